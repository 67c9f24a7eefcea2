"""Quantities the scanner used to miss on new companies (helper SD7): a change "by $X to $Y" whose second
amount is the level reached (two claims), not a range."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thesisledger.quantities import find_quantities


def _spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.quantity.bound.value) for m in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "We're raising our 2022 revenue guidance by $1.5 billion to $42 billion, which",
            "$1.5 billion",
            "$42 billion",
        ),
        ("we're increasing our adjusted EPS guidance by $1.07 to $22.43.", "$1.07", "$22.43"),
        ("we reduced adjusted net debt by $1.3 billion to $7.7 billion and", "$1.3 billion", "$7.7 billion"),
        (
            "with total assets decreasing by approximately $5 billion to $89 billion",
            "approximately $5 billion",
            "$89 billion",
        ),
        (
            "we upsized our revolving credit facility by $50 million to $225 million",
            "$50 million",
            "$225 million",
        ),
    ],
)
def test_change_by_then_level_is_two_claims(text: str, first: str, second: str) -> None:
    got = [s for s, _ in _spans(text)]
    assert first in got and second in got


def test_change_by_then_level_keeps_a_range_after_it() -> None:
    got = _spans("we are raising our guidance by $0.13 to $5.92 to $6.08 and")
    assert ("$0.13", "eq") in got and ("$5.92 to $6.08", "range") in got


@pytest.mark.parametrize(
    "text",
    [
        "we expect to reduce pre-tax cost by $80 million to $100 million for the year",
        "the settlement will lower net income by approximately $50 million to $60 million",
        "new store investments may exceed refranchising by $50 million to $100 million annually",
    ],
)
def test_range_after_by_of_one_size_stays_a_range(text: str) -> None:
    assert [b for _, b in _spans(text)] == ["range"]


@settings(max_examples=60, deadline=None)
@given(low=st.integers(1, 900), factor=st.integers(1, 30))
def test_by_to_splits_exactly_when_the_level_is_four_times_the_change(low: int, factor: int) -> None:
    high = low * factor
    got = _spans(f"we lowered our debt by ${low} million to ${high} million this year")
    assert len(got) == (2 if factor >= 4 else 1)


def _multiples(text: str) -> list[tuple[str, float | None]]:
    return [(m.text, m.quantity.low) for m in find_quantities(text) if m.quantity.unit.code == "multiple"]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("we plan to build a new concentrator to double production at the mine", "double", 2.0),
        ("We're advancing studies to double the capacity there", "double", 2.0),
        ("subscriptions are on track to double that by the end of the year", "double", 2.0),
        ("this investment will triple the annual revenues in a few years", "triple", 3.0),
        ("the power of doubling our reinvestment hurdle rate", "doubling", 2.0),
        ("First, by doubling our reinvestment standard, the future", "doubling", 2.0),
        ("We are tripling the number of stores this year", "tripling", 3.0),
        ("more than doubling our cash during the quarter", "more than doubling", 2.0),
    ],
)
def test_planned_or_gerund_doubling_is_a_multiple(text: str, span: str, value: float) -> None:
    assert _multiples(text) == [(span, value)]


@pytest.mark.parametrize(
    "text",
    [
        "we will double down on this market",
        "we need to double check the numbers",
        "so we don't double count the benefit",
        "double premium wells offer shallower declines",
        "the doubling of capacity was announced",
        "the team is doubling down on service",
    ],
)
def test_doubling_idioms_and_names_are_no_multiple(text: str) -> None:
    assert _multiples(text) == []


def _counts(text: str) -> list[str]:
    return [m.text for m in find_quantities(text) if m.quantity.unit.code == "count"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We've updated our outlook based on two factors: first, COVID and staffing.", "two factors"),
        (
            "Our strategy generally falls into three categories: reduce, capture or offset.",
            "three categories",
        ),
        (
            "Speaking today are our CEO, our CFO and our three segment presidents: Greg of A.",
            "three segment presidents",
        ),
    ],
)
def test_count_before_a_colon_and_its_list_on_the_line_is_stated(text: str, span: str) -> None:
    assert _counts(text) == [span]


@pytest.mark.parametrize(
    "text",
    [
        "We will build two core factories:\nthe training factory and the inference factory.",
        "There are three things to cover:\n",
        "We will build two core factories -- the training factory and the inference factory.",
    ],
)
def test_count_heading_a_list_below_or_after_a_dash_stays_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Importantly, six out of our seven businesses grew double digits", "six", "seven businesses"),
        ("we saw organic growth in four out of our five segments.", "four", "five segments"),
        ("where 11 out of our 12 brands achieved gains", "11", "12 brands"),
        ("lower revenue in three out of the five segments.", "three", "five segments"),
    ],
)
def test_part_out_of_a_counted_group_is_a_count(text: str, part: str, whole: str) -> None:
    assert _counts(text) == [part, whole]


def test_out_of_with_no_group_is_no_count() -> None:
    assert _counts("we got two out of the way and moved on") == []
