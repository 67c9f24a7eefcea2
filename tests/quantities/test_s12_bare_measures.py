"""Bare figures of a named measure (S12): a ratio's value stated further after its noun or compared with
its base by "after", inventory turns stated without the word "turns" after the number."""

from __future__ import annotations

import pytest

from read_quantities import Read
from read_quantities import read_quantities as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The book-to-bill ratio in the third quarter was 1.08 after 1.17 in the prior quarter.",
            [("1.08", 1.08, 1.08, "eq", "multiple"), ("1.17", 1.17, 1.17, "eq", "multiple")],
        ),
        (
            "Book-to-bill ratio in Q2 was 1.12 after 1.31 in the first quarter.",
            [("1.12", 1.12, 1.12, "eq", "multiple"), ("1.31", 1.31, 1.31, "eq", "multiple")],
        ),
        (
            "The book-to-bill in the period stayed firm, 1.21 versus 1.35 a year ago.",
            [("1.21", 1.21, 1.21, "eq", "multiple"), ("1.35", 1.35, 1.35, "eq", "multiple")],
        ),
        (
            "Book-to-bill in the quarter has stayed on a remarkably high level of 1.22 after 1.33.",
            [("1.22", 1.22, 1.22, "eq", "multiple"), ("1.33", 1.33, 1.33, "eq", "multiple")],
        ),
    ],
)
def test_a_book_to_bill_stated_further_on_or_before_after(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inventory turns were at 3.9 after 4.2 in the prior quarter.",
            [("3.9", 3.9, 3.9, "eq", "multiple"), ("4.2", 4.2, 4.2, "eq", "multiple")],
        ),
        (
            "We saw inventory turns of 6.1 in the quarter after 6.4 in the second quarter.",
            [("6.1", 6.1, 6.1, "eq", "multiple"), ("6.4", 6.4, 6.4, "eq", "multiple")],
        ),
    ],
)
def test_inventory_turns_stated_as_a_bare_number(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Inventory turns improved in 2021 and we opened 4 plants.",  # a year, then a count of no turns
        "Book-to-bill was strong, and we added 35 engineers.",  # a count of another noun
    ],
)
def test_no_bare_number_of_another_measure(text: str) -> None:
    assert all(r[4] != "multiple" for r in _read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Organic growth was 7-plus percent.", [("7-plus percent", 0.07, None, "gte", "ratio")]),
        (
            "Our 12,000-plus associates did great work.",
            [("12,000-plus associates", 12000.0, None, "gte", "count")],
        ),
        ("Prices rose 0.4%-plus versus last year.", [("0.4%", 0.004, None, "gte", "ratio")]),
        ("It was a 300-plus basis point headwind.", [("300-plus basis point", 0.03, None, "gte", "pp")]),
        ("We have been at it for 25-plus years.", [("25-plus years", 25.0, None, "gte", "years")]),
    ],
)
def test_a_plus_suffix_leaves_the_top_open(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["Members aged 55-plus joined.", "A 40-plus-year-old plant closed."])
def test_a_plus_suffix_with_no_unit_after_stays_out(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales pace fell to 3.8 per month in the quarter.", [("3.8 per month", 3.8, 3.8, "eq", "count")]),
        ("We held an average of 11.4 per community.", [("11.4 per community", 11.4, 11.4, "eq", "count")]),
        ("We add about 12 per week, as planned.", [("about 12 per week", 12.0, 12.0, "approx", "count")]),
    ],
)
def test_a_bare_number_per_a_unit_is_a_rate(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Scrap sold at 410 per long ton.",  # a denominator of two words is not cut to one
        "We signed it in 2019 per the agreement.",  # a year
    ],
)
def test_no_rate_cut_short_or_from_a_year(text: str) -> None:
    assert all(" per " not in r[0] for r in _read(text))


def test_a_ratio_before_its_noun_and_its_base_after() -> None:
    got = _read("1.18 book-to-bill for services after 1.07 in the prior quarter.")
    assert [r[0] for r in got] == ["1.18", "1.07"]


def test_a_list_of_a_ratio_for_parts_with_bases() -> None:
    text = (
        "Book-to-bill was 1.2 after 1.3 in the prior quarter; 1.15 for retail after 1.25 in Q1; "
        "0.95 for the industrial segment after 1.05."
    )
    assert [r[0] for r in _read(text)] == ["1.2", "1.3", "1.15", "1.25", "0.95", "1.05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That adds another full point of margin.", [("full point", 0.01, 0.01, "eq", "pp")]),
        ("Margin improved by three full points.", [("three full points", 0.03, 0.03, "eq", "pp")]),
        (
            "It sits about a full percentage point above plan.",
            [("about a full percentage point", 0.01, 0.01, "approx", "pp")],
        ),
    ],
)
def test_full_points_are_a_change_in_points(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def test_the_full_point_of_something_is_no_quantity() -> None:
    assert _read("That is the full point of the program.") == []


def test_a_ratio_range_with_its_unit_stays_one_range() -> None:
    got = _read("Our leverage to EBITDA target remains the same in the range of 1 to 2 times.")
    assert [r[0] for r in got] == ["1 to 2 times"]
