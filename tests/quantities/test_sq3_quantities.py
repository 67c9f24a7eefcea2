"""Quantities the scanner used to miss on new companies (helper SQ3): number words before "point(s)" after
a verb of contribution or change, or before "of" and a driver of growth."""

from __future__ import annotations

import pytest

from thesisledger.quantities import find_quantities

Read = tuple[str, float | None, float | None, str, str]


def _read(text: str) -> list[Read]:
    return [
        (m.text, m.quantity.low, m.quantity.high, m.quantity.bound.value, m.quantity.unit.code)
        for m in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "span", "value", "bound"),
    [
        ("Acquisitions added 10 points, while currency added two points.", "two points", 0.02, "eq"),
        ("and foreign exchange added nearly two points.", "nearly two points", 0.02, "approx"),
        ("we expect the deal to add three points to growth", "three points", 0.03, "eq"),
        ("a decrease of more than three points over last year", "more than three points", 0.03, "gt"),
        ("an improvement of seven points from the prior period", "seven points", 0.07, "eq"),
        ("the combined ratio improved one point to 93%", "one point", 0.01, "eq"),
        ("It reflects about one point of net benefit from M&A", "about one point", 0.01, "approx"),
        ("driven by three points of favorable price/mix", "three points", 0.03, "eq"),
        ("and four points of unfavorable foreign currency", "four points", 0.04, "eq"),
        ("which includes one point of growth from the deal", "one point", 0.01, "eq"),
    ],
)
def test_number_word_points_after_contribution_or_before_driver(
    text: str, span: str, value: float, bound: str
) -> None:
    got = [g for g in _read(text) if g[4] == "pp" and g[0].endswith(("point", "points")) and "10" not in g[0]]
    assert [(g[0], g[3]) for g in got] == [(span, bound)]
    low, high = got[0][1], got[0][2]
    assert (low if low is not None else high) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "three points of contact with the customer",
        "we are down to about two points of disagreement",
        "I'd add two points on the outlook",
        "the merger added two points of view to the board",
        "let me make two points of clarification",
    ],
)
def test_number_word_points_without_change_or_driver_stay_unread(text: str) -> None:
    assert [g for g in _read(text) if g[4] == "pp"] == []
