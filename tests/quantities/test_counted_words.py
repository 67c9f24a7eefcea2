"""Number words counting a noun ("with six deals over $1 million"), only where the text shows a count."""

from __future__ import annotations

import pytest

from thesisledger.quantities import find_quantities
from thesisledger.quantities.units import UnitKind

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
        "We spoke of it on our last two calls and the next three meetings.",  # members of a sequence
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
    assert [g[0] for g in got] == ["9", "top 20", "12 deals", "over $1 million"]  # (the rank count too)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The program flew five test aircraft this year.",
            ("five test aircraft", 5.0, 5.0, "eq", "test aircraft"),
        ),
        (
            "The mill will have two galvanizing lines.",
            ("two galvanizing lines", 2.0, 2.0, "eq", "galvanizing lines"),
        ),
        (
            "Rivals protested two sizable contracts.",
            ("two sizable contracts", 2.0, 2.0, "eq", "sizable contracts"),
        ),
        ("We closed three of our plants in May.", ("three", 3.0, 3.0, "eq", "plants")),
        ("We have shipped 115 of these engines so far.", ("115", 115.0, 115.0, "eq", "engines")),
        (
            "The fleet logged about 2,300 flight hours.",
            ("about 2,300 flight hours", 2300.0, 2300.0, "approx", "flight hours"),
        ),
        (
            "We serve 410,000 Medicare members today.",
            ("410,000 Medicare members", 410e3, 410e3, "eq", "Medicare members"),
        ),
        (
            "The campus has 1.2 million square feet of labs.",
            ("1.2 million square feet", 1.2e6, 1.2e6, "eq", "square feet"),
        ),
        ("We delivered 48 aircraft.", ("48 aircraft", 48.0, 48.0, "eq", "aircraft")),
    ],
)
def test_counts_written_without_a_digit_count_nearby(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "It is a tale of two regions.",  # an idiom
        "Our two largest facilities and three biggest customers grew.",  # ranks, as "our top two" are
        "Management named the three major sources of funding:\n1. Cash flow\n2. Debt",  # a list follows
        "Two core factories:\nthe training one and the inference one.",  # a list follows
        "We must build two core factories -- the training factory and the inference factory.",
        "Slide nine covers the market; year three savings follow.",  # labels
        "Revenue grew in 17 of the last 19 quarters.",  # "the last N quarters" is a time window
        "Funding covers DDG 51 class destroyers and LPD 28 ships.",  # product codes
        "2.4 Five-year goals\nWe aim high.",  # a section number
        "Orders arrived within the last 24 hours.",  # a time, not a count of hours
    ],
)
def test_numbers_that_name_or_list_rather_than_count(text: str) -> None:
    counts = [m.text for m in find_quantities(text) if m.quantity.unit.kind is UnitKind.COUNT]
    assert counts == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labels README: counts with a noun are claims even when small, and a set named before is counted
        ("Our two segments grew.", [("two segments", 2.0, 2.0, "eq", "segments")]),
        ("We integrated the two acquisitions.", [("two acquisitions", 2.0, 2.0, "eq", "acquisitions")]),
        ("Adjusting for these three items, sales rose.", [("three items", 3.0, 3.0, "eq", "items")]),
        ("They are just two examples of our reach.", [("two examples", 2.0, 2.0, "eq", "examples")]),
        ("Growth came from all five vectors.", [("five vectors", 5.0, 5.0, "eq", "vectors")]),
        ("All three of our business segments grew.", [("three", 3.0, 3.0, "eq", "business segments")]),
    ],
)
def test_small_counts_and_counts_of_a_named_set(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def test_part_of_a_ranked_group_in_words() -> None:
    got = _read("Sales grew with nine of our top 10 customers.")
    assert got == [("nine", 9.0, 9.0, "eq", None), ("top 10", 10.0, 10.0, "eq", None)]  # (and the rank count)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net orders were 2,150, a record.", [("2,150", 2150.0, 2150.0, "eq", "orders")]),
        ("Our store count was 412 at year end.", [("412", 412.0, 412.0, "eq", None)]),
        (
            "The number of deals above $5 million was 37.",
            [("above $5 million", 5e6, None, "gt", None), ("37", 37.0, 37.0, "eq", None)],
        ),
        (
            "We shipped 61 turbines, up from 44 last year.",
            [("61 turbines", 61.0, 61.0, "eq", "turbines"), ("44", 44.0, 44.0, "eq", "turbines")],
        ),
        (
            "We added 12 clinics, from 80 at the start of the year to 92 today.",
            [
                ("12 clinics", 12.0, 12.0, "eq", "clinics"),
                ("80", 80.0, 80.0, "eq", "clinics"),
                ("92", 92.0, 92.0, "eq", "clinics"),
            ],
        ),
    ],
)
def test_whole_numbers_a_count_names(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales were 4,300 in the region.",  # money-like plurals are not counted
        "Revenue rose from 2020 levels; costs were 12 below plan.",
        "On March 31 we met 20 of the analysts.",  # a date; "the" names no group
        "One in four consumers worry; Six Flags opened.",  # a share; a name
        "In fiscal '20 East Division gas volumes fell.",  # a year
    ],
)
def test_whole_numbers_no_count_names(text: str) -> None:
    counts = [m.text for m in find_quantities(text) if m.quantity.unit.kind is UnitKind.COUNT]
    assert counts == []


def test_a_plural_subject_changed_to_a_whole_number() -> None:
    got = _read("New contracts for the quarter decreased 8% to 1,310 compared to 1,420 a year ago.")
    assert [g for g in got if g[4] == "contracts"] == [
        ("1,310", 1310.0, 1310.0, "eq", "contracts"),
        ("1,420", 1420.0, 1420.0, "eq", "contracts"),
    ]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Growth came from 27 open properties growing revenues.", "open properties"),
        ("It added 17 direct sales consultants.", "direct sales consultants"),
        ("We added 9,000 more natural gas customers.", "more natural gas customers"),
    ],
)
def test_the_counted_noun_is_the_shortest_plural(text: str, noun: str) -> None:
    assert [g[4] for g in _read(text)] == [noun]


def test_a_parallel_count_takes_the_noun_stated_just_before() -> None:
    got = _read("We plan 28 deliveries in the third quarter and 35 in the fourth.")
    assert got == [("28 deliveries", 28.0, 28.0, "eq", "deliveries"), ("35", 35.0, 35.0, "eq", "deliveries")]


def test_a_number_after_and_without_a_parallel_phrase_stays_out() -> None:
    assert _read("We run 12 plants and 3 more are planned.") == [("12 plants", 12.0, 12.0, "eq", "plants")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # a function word ends the noun phrase: nothing here is a count of customers or of plants
        ("It requires 0 compromise no matter how customers choose to engage.", []),
        ("We have 5 stores if customers want them.", ["5 stores"]),
        # long counted nouns without such words still read whole
        ("We opened 30 de novo senior focused centers.", ["30 de novo senior focused centers"]),
    ],
)
def test_a_function_word_ends_the_counted_noun(text: str, spans: list[str]) -> None:
    assert [r[0] for r in _read(text)] == spans
