"""Counts, ratings, levels and multiples written without a plain "<digits> <unit>": each reading with the
junk it must leave out next to it."""

from __future__ import annotations

import pytest

from read_quantities import Read
from read_quantities import read_quantities as _read
from thesisledger.quantities import find_quantities


def _spans(text: str) -> list[str]:
    return [m.text for m in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 4-star rating is our floor.", [("4-star", 4.0, 4.0, "eq", "count")]),
        ("Plans are tracking to 3.5 Stars.", [("3.5 Stars", 3.5, 3.5, "eq", "count")]),
        ("Most members are in 4-Star or higher plans.", [("4-Star or higher", 4.0, None, "gte", "count")]),
        ("We offer three-star plans or better.", [("three-star plans or better", 3.0, None, "gte", "count")]),
    ],
)
def test_star_ratings_are_counts(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Morningstar rates the fund.",
        "He is a star performer.",
        "We started early.",
        "Ask Five Star Senior Living.",
    ],
)
def test_star_words_without_a_rating(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our storage capacity doubled this year.", [("doubled", 2.0, 2.0, "eq", "multiple")]),
        (
            "The bonus doubles to $500.",
            [("doubles", 2.0, 2.0, "eq", "multiple"), ("$500", 500.0, 500.0, "eq", "USD")],
        ),
        ("Volume more than tripled.", [("more than tripled", 3.0, None, "gt", "multiple")]),
    ],
)
def test_double_and_triple_as_verbs(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text", ["We doubled down on service.", "The depot doubles as a hub.", "He won the doubles title."]
)
def test_double_idioms_and_nouns(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a payout ratio in the low-60% range", 0.60, 0.63),
        ("tax rate in the mid 20% range", 0.24, 0.26),
        ("a margin in the high 17% range", 0.177, 0.179),
    ],
)
def test_a_qualified_percent_range_is_a_level(text: str, low: float, high: float) -> None:
    (got,) = _read(text)
    assert got[1] == pytest.approx(low) and got[2] == pytest.approx(high)
    assert (got[3], got[4]) == ("range", "ratio") and got[0].endswith("% range")


def test_a_plain_percent_range_stays_the_percent() -> None:
    assert _read("growth in a 20% range of outcomes") == [("20%", 0.2, 0.2, "eq", "ratio")]


def test_n_to_one_and_approximate() -> None:
    assert _read("we see an approximate 1-to-1 offset") == [
        ("approximate 1-to-1", 1.0, 1.0, "approx", "multiple")
    ]
    assert _read("a 3-to-1 ratio") == [("3-to-1", 3.0, 3.0, "eq", "multiple")]


def test_a_bare_number_to_an_amount_is_one_range() -> None:
    assert _read("an impact of 20 to $25 million") == [("20 to $25 million", 20e6, 25e6, "range", "USD")]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("capex fell from $219 million in FY '21 to $146 million", ["$219 million", "$146 million"]),
        ("debt fell in 2020 to $25 million", ["$25 million"]),
        ("paid from March 31 to $225 million", ["$225 million"]),
    ],
)
def test_a_year_or_date_before_to_an_amount_is_no_range(text: str, spans: list[str]) -> None:
    assert _spans(text) == spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We repaired two BOF converters.", "two BOF converters"),
        ("We hold 77 MAX firm orders.", "77 MAX firm orders"),
        ("It leased two CH-47 helitankers.", "two CH-47 helitankers"),
    ],
)
def test_a_code_before_the_counted_plural(text: str, span: str) -> None:
    assert _spans(text) == [span]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Total net adds for the quarter were 276,000.", "276,000", 276e3),
        ("Broadband net adds, defined here as fiber and DSL, were 129,000.", "129,000", 129e3),
        ("Growth came from our Internet base of approximately 400,000.", "approximately 400,000", 400e3),
    ],
)
def test_a_count_named_before_its_number(text: str, span: str, value: float) -> None:
    assert [(g[0], g[1], g[4]) for g in _read(text)] == [(span, value, "count")]


def test_a_small_base_is_not_a_count() -> None:
    assert _read("On a base of 45 we grew.") == []


def test_four_of_the_seven() -> None:
    assert _spans("Four of the seven segments grew; 9 of the 12 stores opened.") == [
        "Four",
        "seven segments",
        "9",
        "12 stores",
    ]


def test_one_compared_with_a_count() -> None:
    assert _spans("Contracts rated 5 stars rose from one contract to four contracts.") == [
        "5 stars",
        "one contract",
        "four contracts",
    ]
    assert _spans("Softness in one segment offset strength in 4 segments.") == ["4 segments"]


def test_two_levels_joined_by_to_are_one_range() -> None:
    got = _read("FX adds a high single-digit to low double-digit tailwind.")
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [
        ("high single-digit to low double-digit", 0.07, 0.13, "range")
    ]
    assert [g[0] for g in _read("growth in mid-single digits and low double digits")] == [
        "mid-single digits",
        "low double digits",
    ]


def test_days_of_a_kind_compared_are_a_count() -> None:
    assert _read("The quarter has four fewer working days.") == [
        ("four fewer working days", 4.0, 4.0, "eq", "count")
    ]
    assert _read("It took two more days and six fewer days.") == []


def test_a_score_named_before_its_number() -> None:
    assert _read("We reached an NPS score of 72.") == [("72", 72.0, 72.0, "eq", "count")]


def test_a_few_hundred_thousand() -> None:
    assert _read("Membership falls by a few hundred thousand members.") == [
        ("a few hundred thousand members", 2e5, 4e5, "range", "count")
    ]
    assert _read("It cost a few thousand dollars and a few more days.") == []


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("growth in the high 20% to low 30% range", "high 20% to low 30% range", 0.27, 0.33),
        ("growth in the high-teens to low 20% range", "high-teens to low 20% range", 0.17, 0.23),
    ],
)
def test_a_percent_level_range(text: str, span: str, low: float, high: float) -> None:
    (got,) = _read(text)
    assert got[0] == span and got[1] == pytest.approx(low) and got[2] == pytest.approx(high)


def test_a_list_takes_the_unit_written_once_at_its_end() -> None:
    assert _read("Those days were 85, 71 and 60 days.") == [
        ("85", 85.0, 85.0, "eq", "days"),
        ("71", 71.0, 71.0, "eq", "days"),
        ("60 days", 60.0, 60.0, "eq", "days"),
    ]
    assert [g[:2] for g in _read("Costs were 1, 2 and 3 billion.")] == [
        ("1", 1e9),
        ("2", 2e9),
        ("3 billion", 3e9),
    ]
    assert [g[0] for g in _read("In 2019, 2020 and 2021 we grew 5%.")] == ["5%"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We will open 30 de novo senior focused centers.", "30 de novo senior focused centers"),
        (
            "We delivered 429,000 wireless retail postpaid phone net adds.",
            "429,000 wireless retail postpaid phone net adds",
        ),
    ],
)
def test_a_plural_up_to_six_words_after_the_number(text: str, span: str) -> None:
    assert _spans(text) == [span]


def test_no_plural_within_six_words_is_no_count() -> None:
    # (a whole number without thousands separators: "429,000" alone is a count, with no noun)
    assert _read("We delivered 429 in the wireless retail postpaid phone net adds.") == []
