"""Number words counting a noun ("with six deals over $1 million"), only where the text shows a count."""

from __future__ import annotations

import pytest

from thesisledger.quantities import find_quantities

Read = tuple[str, float | None, float | None, str, str | None]


def _read(text: str) -> list[Read]:
    return [
        (m.text, m.quantity.low, m.quantity.high, m.quantity.bound.value, m.quantity.unit.noun)
        for m in find_quantities(text)
    ]


def test_noun_counted_with_digits_elsewhere() -> None:
    text = "We closed 22 contracts in May. In June we closed seven contracts, all renewals."
    assert ("seven contracts", 7.0, 7.0, "eq", "contracts") in _read(text)


def test_number_word_listed_after_a_digit_count() -> None:
    got = _read("The fleet had 11 drilling rigs and three completion crews at year end.")
    assert ("three completion crews", 3.0, 3.0, "eq", "completion crews") in got


def test_or_more_is_a_lower_bound() -> None:
    assert _read("Most customers bought five or more modules.") == [
        ("five or more modules", 5.0, None, "gte", "modules")
    ]


def test_bound_word_before_a_counted_word() -> None:
    got = _read("We opened 9 clinics last year and more than four clinics this year.")
    assert ("more than four clinics", 4.0, None, "gt", "clinics") in got


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("We run 30 rigs and expect to add two to four rigs.", "two to four rigs", 2.0, 4.0),
        ("After 8 openings in Q1 we plan three or five openings.", "three or five openings", 3.0, 5.0),
    ],
)
def test_number_word_range(text: str, span: str, low: float, high: float) -> None:
    assert (span, low, high, "range", span.split()[-1]) in _read(text)


_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}


@pytest.mark.parametrize(
    "text",
    [
        "The business has two segments and three priorities.",  # nothing counts these with digits
        "six",
        "We run 5 stores; our top three stores drove growth.",  # a rank
        "Scope one and two emissions fell; we cut 4 emissions sources.",  # labels, not counts
        "We drilled 8 wells in quarter three wells were completed.",
    ],
)
def test_number_words_that_are_not_counts(text: str) -> None:
    assert [g for g in _read(text) if g[0].split()[0].lower() in _NUMBER_WORDS] == []


def test_a_duration_stays_a_duration() -> None:
    got = _read("We expect results in two quarters, with 3 quarters of data.")
    assert [(g[0], g[4]) for g in got] == [("two quarters", None), ("3 quarters", None)]


def test_digit_counts_are_unchanged() -> None:
    text = "ITSM was in 9 of our top 20 deals, with 12 deals over $1 million."
    got = _read(text)
    assert [g[0] for g in got] == ["9", "12 deals", "over $1 million"]
