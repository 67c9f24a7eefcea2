"""Quantity readings of spoken calls that recur across companies (helper SQ, 2026-12-03): "ranging from $4
to $5" as one range, and the other rules of this file (labels README: a range is one claim)."""

from __future__ import annotations

import pytest

from read_quantities import Read
from read_quantities import read_quantities as _read
from thesisledger.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Margins expand at prices ranging from $4 to $5 per pound.",
            [("$4 to $5", 4.0, 5.0, "range", "USD")],
        ),
        (
            "We expect capex to range from $150 million to $160 million.",
            [("$150 million to $160 million", 1.5e8, 1.6e8, "range", "USD")],
        ),
        ("Occupancy ranges from 5% to 55% by asset.", [("5% to 55%", 0.05, 0.55, "range", "ratio")]),
    ],
)
def test_ranging_from_is_one_range(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def test_from_to_without_a_spread_verb_is_two_claims() -> None:
    assert [r[0] for r in _read("Revenue grew from $4 million to $5 million.")] == [
        "$4 million",
        "$5 million",
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The mill will yield 285 million pounds of copper.", "285 million pounds"),
        ("The tankhouse has a capacity of 285 million pounds per year.", "285 million pounds"),
        ("The line adds about 250 million pounds of potato capacity.", "about 250 million pounds"),
    ],
)
def test_pounds_of_a_material_weigh(text: str, span: str) -> None:
    got = [(m.text, m.quantity.unit.code, m.quantity.unit.noun) for m in find_quantities(text)]
    assert got == [(span, "count", "pounds")]


@pytest.mark.parametrize(
    "text", ["We earned 5 million pounds of revenue.", "The deal is worth 40 million pounds."]
)
def test_pounds_of_money_stay_sterling(text: str) -> None:
    assert [m.quantity.unit.code for m in find_quantities(text)] == ["GBP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan posted six consecutive years of comp growth.",
            ("six consecutive years", 6.0, 6.0, "eq", "years"),
        ),
        (
            "Loans declined for four straight quarters.",
            ("four straight quarters", 4.0, 4.0, "eq", "quarters"),
        ),
    ],
)
def test_a_streak_in_words_is_read_as_in_digits(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_a_streak_needs_a_count() -> None:
    assert _read("Sales rose for a fourth consecutive quarter.") == []


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("We had a total of eight million SKUs online.", "eight million SKUs", "SKUs"),
        ("We added nearly two million SKUs this year.", "nearly two million SKUs", "SKUs"),
        ("The bank installed 300 ATMs.", "300 ATMs", "ATMs"),
    ],
)
def test_an_acronym_plural_is_a_counted_noun(text: str, span: str, noun: str) -> None:
    got = [(m.text, m.quantity.unit.code, m.quantity.unit.noun) for m in find_quantities(text)]
    assert got == [(span, "count", noun)]


def test_a_currency_code_after_a_number_is_no_acronym_plural() -> None:
    assert [m.quantity.unit.code for m in find_quantities("Revenue was 5 million USD.")] == ["USD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth was at or above 20% every month.", ("at or above 20%", 0.2, None, "gte", "ratio")),
        ("We keep SG&A at or below 6% of revenue.", ("at or below 6%", None, 0.06, "lte", "ratio")),
        ("Rental revenue grew, topping 25% again.", ("topping 25%", 0.25, None, "gt", "ratio")),
    ],
)
def test_at_or_above_and_topping_bounds(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The results split roughly one-third each.", ("roughly one-third", 1 / 3, 1 / 3, "approx", "ratio")),
        (
            "Approximately two thirds of the clients held counts flat.",
            ("Approximately two thirds", 2 / 3, 2 / 3, "approx", "ratio"),
        ),
        ("Over two-thirds of consumers cook at home.", ("Over two-thirds", 2 / 3, None, "gt", "ratio")),
    ],
)
def test_thirds_in_words_are_shares(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text", ["We rely on one third party.", "It hired one third-party vendor.", "In the third quarter."]
)
def test_third_party_and_ordinals_are_no_shares(text: str) -> None:
    assert _read(text) == []


def test_doubled_over_a_period_is_a_multiple() -> None:
    assert _read("Online sales have more than doubled over the past two years.") == [
        ("more than doubled", 2.0, None, "gt", "multiple"),
        ("two years", 2.0, 2.0, "eq", "years"),
    ]
    assert _read("We doubled down on service.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each unit achieved high single digit or better growth.",
            ("high single digit or better", 0.07, None, "gte", "ratio"),
        ),
        ("All end markets grew mid teens or higher.", ("mid teens or higher", 0.14, None, "gte", "ratio")),
    ],
)
def test_a_level_or_better_is_at_least_its_low(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_mid_double_digits_is_the_middle_third() -> None:
    assert _read("We expect comps in the low-to-mid double digits.") == [
        ("low-to-mid double digits", 0.1, 0.16, "range", "ratio")
    ]
    assert _read("Sales grew high double digits.") == [("double digits", 0.1, None, "gte", "ratio")]


def test_turns_after_digits_are_a_multiple() -> None:
    assert _read("Debt-to-EBITDA improved to 1.9 turns.") == [("1.9 turns", 1.9, 1.9, "eq", "multiple")]
    assert _read("We cut leverage by nearly 2.5 turns.") == [
        ("nearly 2.5 turns", 2.5, 2.5, "approx", "multiple")
    ]
    assert _read("We delevered two full turns this year.") == [("two full turns", 2.0, 2.0, "eq", "multiple")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spreads stay below approximately 500 basis points.",
            ("below approximately 500 basis points", None, 0.05, "lt", "pp"),
        ),
        ("We expect up to about $50 million of costs.", ("up to about $50 million", None, 5e7, "lte", "USD")),
        (
            "SCE expects to cover at least another 460 miles.",
            ("at least another 460 miles", 460.0, None, "gte", "count"),
        ),
    ],
)
def test_a_comparative_before_an_approximate_or_added_amount_bounds_it(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_risen_to_about_is_no_bound() -> None:
    assert _read("So we're up to about $1.3 million total.") == [
        ("about $1.3 million", 1.3e6, 1.3e6, "approx", "USD")
    ]
