"""What the scanner reads in a text, as plain tuples: one copy for every quantity test file."""

from __future__ import annotations

from thesisledger.quantities import find_quantities

Read = tuple[str, float | None, float | None, str, str]


def read_quantities(text: str) -> list[Read]:
    """(span as written, low, high, bound, unit code) of every quantity `find_quantities` finds in `text`."""
    return [
        (m.text, m.quantity.low, m.quantity.high, m.quantity.bound.value, m.quantity.unit.code)
        for m in find_quantities(text)
    ]
