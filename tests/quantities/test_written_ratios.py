"""Quantities other companies write: ratios to one ("2.1:1"), fractions, counts of "these" things."""

from __future__ import annotations

import pytest

from read_quantities import Read
from read_quantities import read_quantities as _read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The segment posted a book-to-bill of 3:1.", ("3:1", 3.0, 3.0, "eq", "multiple")),
        ("Orders ran at 1.4:1, above plan.", ("1.4:1", 1.4, 1.4, "eq", "multiple")),
        ("A 1:1 ratio of orders to sales held.", ("1:1", 1.0, 1.0, "eq", "multiple")),
        ("It was about 0.9:1 this time.", ("about 0.9:1", 0.9, 0.9, "approx", "multiple")),
    ],
)
def test_ratio_to_one_is_a_multiple(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The call starts at 10:15 a.m. Eastern.",  # a time
        "See verse 3:16 for the quote.",  # a reference
        "They mixed the resins 1:1.5 by weight.",  # a ratio not to one: not read as 1:1
    ],
)
def test_colons_that_are_no_ratio_to_one(text: str) -> None:
    assert _read(text) == []


def test_an_amount_and_a_measure_joined_by_and_are_two_quantities() -> None:
    got = _read("The unit adds $250 million and 30 basis points of margin next year.")
    assert got == [
        ("$250 million", 250e6, 250e6, "eq", "USD"),
        ("30 basis points", 0.003, 0.003, "eq", "pp"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Earnings are more than double 2019's record.", ("more than double", 2.0, None, "gt", "multiple")),
        ("Cash flow was $2 billion, double last year's level.", ("double", 2.0, 2.0, "eq", "multiple")),
        ("Sales grew at twice the category rate.", ("twice", 2.0, 2.0, "eq", "multiple")),
        ("Profit was nearly triple the prior peak.", ("nearly triple", 3.0, 3.0, "approx", "multiple")),
        ("Its EBITDA already exceeds half of the capital spent.", ("exceeds half", 0.5, None, "gt", "ratio")),
        ("About half of the decline was currency.", ("About half", 0.5, 0.5, "approx", "ratio")),
        (
            "The mix will be approximately 2/3 coated steel.",
            ("approximately 2/3", 2 / 3, 2 / 3, "approx", "ratio"),
        ),
    ],
)
def test_multiples_and_shares_written_in_words(text: str, expected: Read) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # "to double the capacity" is a multiple now (blind FCX, GLW, EOG labels; test_sd7_quantities)
        "We will double down and double check the plan.",  # verb idioms
        "Margins improve in the second half of the year.",  # a period
        "We sold more than half a million homes.",  # "half a million" is an amount
        "Costs fell in the top half of the range.",  # a position, "top" is no bound here
        "We meet twice a year.",  # a frequency
        "We avoid double counting.",  # a compound noun
        "Support runs 24/7 and the report is due 6/30.",  # no fraction of small numbers
    ],
)
def test_words_that_state_no_multiple_or_share(text: str) -> None:
    assert [g for g in _read(text) if g[4] in ("multiple", "ratio")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new mill adds three million tons of capacity.",
            ("three million tons", 3e6, 3e6, "eq", "count"),
        ),
        (
            "We bought back about seven million shares.",
            ("about seven million shares", 7e6, 7e6, "approx", "count"),
        ),
        ("It cost two million dollars.", ("two million dollars", 2e6, 2e6, "eq", "USD")),
    ],
)
def test_number_words_with_a_scale(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_a_number_word_with_a_scale_and_nothing_counted_is_no_quantity() -> None:
    assert _read("They sold two million last year, one in a million.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orders were strong, for a book-to-bill of 1.13 and a record backlog.",
            [("1.13", 1.13, 1.13, "eq", "multiple")],
        ),
        ("We expect full year book-to-bill to be about 1.", [("about 1", 1.0, 1.0, "approx", "multiple")]),
        (
            "Funded book-to-bill was 0.9 for the quarter and 1.04 year-to-date.",
            [("0.9", 0.9, 0.9, "eq", "multiple"), ("1.04", 1.04, 1.04, "eq", "multiple")],
        ),
        ("Growth was supported by a 1.2 funded book-to-bill.", [("1.2", 1.2, 1.2, "eq", "multiple")]),
        ("For the year, the book-to-bill was 0.95 to 1.", [("0.95 to 1", 0.95, 0.95, "eq", "multiple")]),
    ],
)
def test_book_to_bill_stated_as_a_bare_number(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def test_a_bare_number_far_from_a_ratio_noun_stays_out() -> None:
    assert _read("Book-to-bill improved. In 2021 we hired 3 and fired 2.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Currency was a headwind of 3 points to growth.", ("3 points", 0.03, 0.03, "eq", "pp")),
        ("Margin rose 1.5 points to 21%.", ("1.5 points", 0.015, 0.015, "eq", "pp")),
        ("It drove a 4-point improvement.", ("4-point", 0.04, 0.04, "eq", "pp")),
        (
            "Acquisitions added about 2 points of revenue growth.",
            ("about 2 points", 0.02, 0.02, "approx", "pp"),
        ),
    ],
)
def test_points_after_digits_are_percentage_points(text: str, expected: Read) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "We laid out a 10-point plan.",
        "From 3 points of view.",
        "We run 2,000 points of sale.",
        "It was 10 point 5.",
    ],
)
def test_points_that_are_no_percentage_points(text: str) -> None:
    assert [g for g in _read(text) if g[4] == "pp"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We target leverage of two to two and a half times.",
            ("two to two and a half times", 2.0, 2.5, "range", "multiple"),
        ),
        ("Leverage is one and a half times today.", ("one and a half times", 1.5, 1.5, "eq", "multiple")),
        (
            "Spend rose by a factor of five to seven times.",
            ("five to seven times", 5.0, 7.0, "range", "multiple"),
        ),
        ("Our target is one turn or less by year-end.", ("one turn or less", None, 1.0, "lte", "multiple")),
        ("Leverage should fall below two turns.", ("below two turns", None, 2.0, "lt", "multiple")),
    ],
)
def test_multiples_in_number_words(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_turn_as_a_verb_or_idiom_is_no_multiple() -> None:
    assert _read("Let us turn to the outlook; in turn, margins rose. It was our turn.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It ended with a net debt-to-EBITDA multiple of 0.7.", [("0.7", 0.7, 0.7, "eq", "multiple")]),
        ("Our net leverage ratio was 2.4 at quarter end.", [("2.4", 2.4, 2.4, "eq", "multiple")]),
        (
            "Net debt to EBITDA was 2.2, down from 2.9 last year.",
            [("2.2", 2.2, 2.2, "eq", "multiple"), ("2.9", 2.9, 2.9, "eq", "multiple")],
        ),
    ],
)
def test_leverage_ratios_stated_as_bare_numbers(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We leverage our 5 brands well.",
        "The Tier 1 leverage ratio was 9.4% in June.",
        "It adds to EBITDA in 2 years.",
    ],
)
def test_no_leverage_ratio_without_its_value(text: str) -> None:
    assert [g for g in _read(text) if g[4] == "multiple"] == []


def test_basis_points_before_a_percentage_stay_basis_points() -> None:
    got = _read("Margins expanded 160 basis points 19.1%.")
    assert got == [("160 basis points", 0.016, 0.016, "eq", "pp"), ("19.1%", 0.191, 0.191, "eq", "ratio")]


def test_double_digits_is_a_level_not_a_multiple() -> None:
    assert [g[4] for g in _read("Store count grows about double digits annually.")] == ["ratio"]


def test_a_fraction_inside_a_coupon_is_no_share() -> None:
    assert [g for g in _read("We issued a three 7/8% bond.") if g[4] == "ratio"] == []
