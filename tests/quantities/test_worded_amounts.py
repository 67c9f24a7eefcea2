"""Amounts written with words where digits would stand: plural magnitudes ("thousands of guests"), "half a
billion dollars", "one and a half inches", "several thousand drivers", "multi-billion dollar" (labels README:
plural magnitudes are gte the magnitude, "several" is 3 to 9 of the scale, "multi-billion dollar" gte 2e9)."""

from __future__ import annotations

import pytest

from thesisledger.quantities import find_quantities

Read = tuple[str, float | None, float | None, str, str, str | None]


def _read(text: str) -> list[Read]:
    return [
        (
            m.text,
            m.quantity.low,
            m.quantity.high,
            m.quantity.bound.value,
            m.quantity.unit.code,
            m.quantity.unit.noun,
        )
        for m in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The network links hundreds of dealers.",
            ("hundreds of dealers", 100.0, None, "gte", "count", "dealers"),
        ),
        (
            "We screen tens of thousands of vendors a year.",
            ("tens of thousands of vendors", 1e4, None, "gte", "count", "vendors"),
        ),
        (
            "The index covers hundreds of thousands of bonds.",
            ("hundreds of thousands of bonds", 1e5, None, "gte", "count", "bonds"),
        ),
        (
            "Millions of households use the app.",
            ("Millions of households", 1e6, None, "gte", "count", "households"),
        ),
        (
            "Lenders commit tens of billions of dollars to the market.",
            ("tens of billions of dollars", 1e10, None, "gte", "USD", None),
        ),
        ("Upgrades cost in the billions.", ("in the billions", 1e9, None, "gte", "count", None)),
    ],
)
def test_plural_magnitude_is_at_least_the_magnitude(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_plural_magnitude_needs_what_it_counts() -> None:
    assert _read("Millions of the old units were sold.") == []
    assert _read("Demand was in the thousands.") == []  # "numbering in the thousands": no amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We added more than half a billion dollars in sales.",
            ("more than half a billion dollars", 5e8, None, "gt", "USD", None),
        ),
        ("Sales rose by a half a billion in the year.", ("a half a billion", 5e8, 5e8, "eq", "count", None)),
        (
            "Savings surpassed a billion dollars.",
            ("surpassed a billion dollars", 1e9, None, "gt", "USD", None),
        ),
        ("The board bought a million shares.", ("a million shares", 1e6, 1e6, "eq", "count", "shares")),
        ("It became a billion-dollar brand.", ("a billion-dollar", 1e9, 1e9, "eq", "USD", None)),
    ],
)
def test_a_or_half_a_before_a_scale(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_a_before_a_scale_needs_a_noun_or_currency() -> None:
    assert _read("That chance is one in a million.") == []


def test_number_word_and_a_half() -> None:
    assert _read("Screens grow one and a half inches a year.") == [
        ("one and a half inches", 1.5, 1.5, "eq", "count", "inches")
    ]
    assert _read("Organic growth was about eight and a half percent.") == [
        ("about eight and a half percent", 0.085, 0.085, "approx", "ratio", None)
    ]


def test_several_is_three_to_nine_of_the_scale() -> None:
    assert _read("The fleet has several thousand trucks.") == [
        ("several thousand trucks", 3e3, 9e3, "range", "count", "trucks")
    ]
    assert _read("We will spend several hundred million dollars.") == [
        ("several hundred million dollars", 3e8, 9e8, "range", "USD", None)
    ]


def test_multi_scale_dollar_is_at_least_two_of_the_scale() -> None:
    assert _read("It is a multi-billion dollar market.") == [
        ("multi-billion dollar", 2e9, None, "gte", "USD", None)
    ]
    assert _read("We won multimillion-dollar contracts.") == [
        ("multimillion-dollar", 2e6, None, "gte", "USD", None)
    ]
    assert _read("We signed multiyear contracts.") == []


def test_range_of_grouped_whole_numbers_is_a_count() -> None:
    assert _read("We expect a range of 1,050 to 1,150 this year.") == [
        ("1,050 to 1,150", 1050.0, 1150.0, "range", "count", None)
    ]
    assert _read("Headcount went from 1,050 to 1,150.") == [  # a change: a start and an end
        ("1,050", 1050.0, 1050.0, "eq", "count", None),
        ("1,150", 1150.0, 1150.0, "eq", "count", None),
    ]


def test_past_tense_doubled_before_as_is_a_multiple() -> None:
    assert _read("Operating profit more than doubled as demand stayed strong.") == [
        ("more than doubled", 2.0, None, "gt", "multiple", None)
    ]
    assert _read("The lounge doubles as a meeting room.") == []


def test_grouped_whole_number_alone_is_a_count() -> None:
    assert _read("Our team, 52,000 strong, delivered.") == [("52,000", 52000.0, 52000.0, "eq", "count", None)]
    assert _read("Visits peaked at nearly 31,000 in May.") == [
        ("nearly 31,000", 31000.0, 31000.0, "approx", "count", None)
    ]
    assert _read("In 2021 we met 300 times.") == [("300 times", 300.0, 300.0, "eq", "multiple", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Margin is approaching 31% now.", ("approaching 31%", 0.31, 0.31, "approx", "ratio", None)),
        (
            "Capex will be in the range of 3.5% of sales.",
            ("in the range of 3.5%", 0.035, 0.035, "approx", "ratio", None),
        ),
        (
            "Output could reach as much as 4 million tons.",
            ("as much as 4 million tons", None, 4e6, "lte", "count", "tons"),
        ),
        (
            "Costs will be in the range of $3 million and $5 million.",
            ("$3 million and $5 million", 3e6, 5e6, "range", "USD", None),
        ),
        (
            "Fees will be in the range of $3 million to $5 million.",
            ("$3 million to $5 million", 3e6, 5e6, "range", "USD", None),
        ),
    ],
)
def test_bound_phrases_of_the_labels_readme(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("That was about a 6% rise.", ("about a 6%", 0.06, 0.06, "approx", "ratio", None)),
        ("It is roughly a $0.03 hit.", ("roughly a $0.03", 0.03, 0.03, "approx", "USD", None)),
        ("We cut waste by up to a 60% share.", ("up to a 60%", None, 0.6, "lte", "ratio", None)),
        (
            "Margins grew more than a 900 basis points.",
            ("more than a 900 basis points", 0.09, None, "gt", "pp", None),
        ),
    ],
)
def test_bound_word_before_the_article_of_a_number(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


def test_time_windows_with_an_article_keep_no_bound() -> None:
    assert _read("We will do it over a 3-year period.") == [("3-year", 3.0, 3.0, "eq", "years", None)]
    assert _read("We will do it within a 2-year window.") == [("2-year", 2.0, 2.0, "eq", "years", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our goal is 31% plus.", ("31% plus", 0.31, None, "gte", "ratio", None)),
        ("We target a 95% plus retention rate.", ("95% plus", 0.95, None, "gte", "ratio", None)),
        ("Orders of $2 billion or more came in.", ("$2 billion or more", 2e9, None, "gte", "USD", None)),
        (
            "Margins were around 27% or better in May.",
            ("around 27% or better", 0.27, None, "gte", "ratio", None),
        ),
        ("Screens of 70 inches and larger.", ("70 inches and larger", 70.0, None, "gte", "count", "inches")),
        ("Most loans were $90,000 or less, we said.", ("$90,000 or less", None, 9e4, "lte", "USD", None)),
    ],
)
def test_open_end_after_a_number(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Cash of $1.3 billion plus availability under our facility.",  # a sum
        "The rate is 3.5% plus or minus a point.",
        "Rates were 2.5% plus other costs.",
        "Growth was 4% or more importantly steady.",
    ],
)
def test_plus_or_more_that_do_not_open_a_bound(text: str) -> None:
    assert all(m.quantity.bound.value == "eq" for m in find_quantities(text))


def test_a_range_of_x_and_y_is_one_range() -> None:
    assert _read("Sales will be in a range of $2.6 billion and $2.7 billion.") == [
        ("$2.6 billion and $2.7 billion", 2.6e9, 2.7e9, "range", "USD", None)
    ]


def test_flat_to_a_change_is_one_range_from_zero() -> None:
    assert _read("Margins will be flat to down 40 basis points.") == [
        ("flat to down 40 basis points", 0.0, 0.004, "range", "pp", None)
    ]
    assert _read("Sales will be flat to up 3% this year.") == [
        ("flat to up 3%", 0.0, 0.03, "range", "ratio", None)
    ]
    # a change from flat to a decline: the level it ends at
    assert _read("Capacity moves from roughly flat to down 4% this year.") == [
        ("4%", 0.04, 0.04, "eq", "ratio", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Goodwill   27,591    27,591",
        "Accrued expenses and other current liabilities 1,790 1,866",
        "U.S. 7,375$   7,418",
        "In-process research 1,090                      -                           4,269",
    ],
)
def test_grouped_whole_numbers_in_table_rows_stay_out(text: str) -> None:
    assert list(find_quantities(text)) == []


def test_better_than_is_a_lower_bound() -> None:
    assert _read("Book-to-bill was a little better than 1.1:1.") == [
        ("better than 1.1:1", 1.1, None, "gt", "multiple", None)
    ]


def test_a_past_change_of_an_amount_then_its_level_is_two_claims() -> None:
    assert _read("Net income increased $6.2 million to $31.4 million.") == [
        ("$6.2 million", 6.2e6, 6.2e6, "eq", "USD", None),
        ("$31.4 million", 31.4e6, 31.4e6, "eq", "USD", None),
    ]
    assert _read("SG&A decreased by about $9 million to $70 million.")[0] == (
        "about $9 million",
        9e6,
        9e6,
        "approx",
        "USD",
        None,
    )
    # an expected change stated as a range stays one range; so do percentages after a past verb
    assert _read("We expect costs to increase $5 million to $7 million.") == [
        ("$5 million to $7 million", 5e6, 7e6, "range", "USD", None)
    ]
    assert _read("Rates were up 3% to 7%.") == [("3% to 7%", 0.03, 0.07, "range", "ratio", None)]


def test_digits_and_a_half_and_half_ranges() -> None:
    """Spoken calls write 14.5% as "14 and a half percent"; a range of such numbers is one claim, a "from
    ... to ..." change two (labels README)."""
    assert _read("Margin was approximately 14 and a half percent.") == [
        ("approximately 14 and a half percent", 0.145, 0.145, "approx", "ratio", None)
    ]
    assert _read("We see growth of 11 and a half to 17 and a half percent.") == [
        ("11 and a half to 17 and a half percent", 0.115, 0.175, "range", "ratio", None)
    ]
    assert _read("Pricing adds one and a half to six and a half percent.") == [
        ("one and a half to six and a half percent", 0.015, 0.065, "range", "ratio", None)
    ]
    assert _read("We target 12 to 12 and a half percent.") == [
        ("12 to 12 and a half percent", 0.12, 0.125, "range", "ratio", None)
    ]
    assert [r[0] for r in _read("It went from 8 to 9 and a half percent.")] == ["9 and a half percent"]
