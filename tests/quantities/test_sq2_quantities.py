"""Quantity shapes found uncovered on unlabelled calls (helper SQ2): each test names the shape."""

from __future__ import annotations

import pytest

from thesisledger.quantities import Bound, find_quantities


def _found(text: str) -> dict[str, tuple[float | None, float | None, Bound, str]]:
    return {
        m.text: (m.quantity.low, m.quantity.high, m.quantity.bound, str(m.quantity.unit))
        for m in find_quantities(text)
    }


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "Sales should fall by $100 million to $300 million year on year.",
            "$100 million to $300 million",
            1e8,
            3e8,
        ),
        ("Capex was $40 million and $90 million year to date.", "$90 million", 9e7, 9e7),
        ("Capex was $40 million and $90 million year to date.", "$40 million", 4e7, 4e7),
    ],
)
def test_two_amounts_before_a_period_word_are_kept(text: str, span: str, low: float, high: float) -> None:
    got = _found(text)
    assert span in got
    assert got[span][:2] == pytest.approx((low, high))
