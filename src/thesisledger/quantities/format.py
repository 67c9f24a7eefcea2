"""Write a Quantity back as text an analyst would read (and the parser reads back)."""

from __future__ import annotations

from thesisledger.quantities.quantity import Quantity


def format_quantity(q: Quantity) -> str:
    """Placeholder until the parser lands: a plain rendering of the interval."""
    return f"{q.bound.value} {q.low}..{q.high} {q.unit}"
