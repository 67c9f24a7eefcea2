"""False metric keys (helper M12): a number the vocabulary's key does not measure stays without a metric,
each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the size of a credit line is what a bank would lend: neither cash nor debt
        (
            "Our liquidity also includes our undrawn $1.5 billion revolving credit facility.",
            {"$1.5 billion": None},
        ),
        ("We signed a new $1 billion bank credit facility to refinance debt.", {"$1 billion": None}),
        (
            "Cash was $300 million and we had no borrowings under our $600 million revolver.",
            {"$300 million": "cash", "$600 million": None},
        ),
        # contrast: an amount drawn or available on the line keeps its reading
        (
            "Liquidity was $900 million, including $600 million available under our credit facility.",
            {"$900 million": "cash", "$600 million": "cash"},
        ),
        ("We repaid $200 million of debt on our revolving credit facility.", {"$200 million": "debt"}),
    ],
)  # fmt: skip
def test_credit_facility_size_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share of a change named right after the % is a ratio to that change: no level or change of its own
        (
            "Costs rose $40 million and roughly half of that increase is driven by higher freight.",
            {"$40 million": "expenses", "roughly half": None},
        ),
        (
            "Revenue grew 12%, with about 70% of that coming from new customers.",
            {"12%": "revenue_growth", "about 70%": None},
        ),
        ("Approximately 30% of this growth was attributable to acquisitions.", {"Approximately 30%": None}),
        # contrast: organic growth stated as a % keeps its key, and so does a share of sales
        ("Sales rose 20% with 8% of organic growth.", {"20%": "revenue_growth", "8%": "revenue_growth"}),
        ("Services were 30% of revenue in the quarter.", {"30%": "revenue_share"}),
    ],
)  # fmt: skip
def test_share_of_a_change_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an investment or interest spread is a rate with no key (README: spreads no metric): its level and
        # its basis points of change have none, whatever growth "year-over-year" names
        (
            "Investment spreads were 234 basis points, up 120 basis points year-over-year.",
            {"234 basis points": None, "120 basis points": None},
        ),
        ("The net interest spread improved 79 basis points over last year.", {"79 basis points": None}),
        # contrast: a named margin's points are that margin's
        ("Operating margin rose 120 basis points year-over-year.", {"120 basis points": "operating_margin"}),
    ],
)  # fmt: skip
def test_spreads_have_no_metric(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount sized as a change of the phrase right after it measures that phrase, not a measure named
        # elsewhere in the sentence
        ("Strong sales execution drove a $1.5 billion increase to our backlog.", {"$1.5 billion": None}),
        (
            "We generated $134 million of cash from operations despite a $48 million increase in working "
            "capital.",
            {"$134 million": "operating_cash_flow", "$48 million": None},
        ),
        ("Lower sales led to a $5.6 million reduction in gross profit.", {"$5.6 million": "gross_profit"}),
        # contrasts: a phrase naming no measure leaves the bridged one; cents are steps of an EPS bridge
        (
            "Segment revenues declined $22 million, reflecting a $12 million decline in rental and service.",
            {"$22 million": "revenue", "$12 million": "revenue"},
        ),
        ("The increase is driven by $0.13 improvement in operations.", {"$0.13": None}),
    ],
)  # fmt: skip
def test_amount_of_a_change_measures_the_phrase_after(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % of earnings paid out or converted into cash is a ratio to the profit, no share of it (README:
        # payout ratios and cash conversion as % of net income have no metric)
        ("We returned 95% of earnings to shareholders in the quarter.", {"95%": None}),
        ("We expect to convert 85% to 95% of adjusted net income into free cash flow.", {"85% to 95%": None}),
        # contrast: a business's share of the earnings is a share of profit
        ("Wealth management now represents about 80% of earnings.", {"about 80%": "profit_share"}),
    ],
)  # fmt: skip
def test_payout_of_earnings_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level against a year before the pandemic has no metric (README, heldout3 decisions: "121% of 2019
        # levels"), whatever change or measure the sentence names
        ("Group revenue has reached approximately 90% of 2019 levels.", {"approximately 90%": None}),
        ("Comparable sales improved, reaching close to 97% of pre-pandemic levels.", {"close to 97%": None}),
        # contrast: a share of a year's revenue is a revenue share
        ("Services were 21% of our 2020 revenue.", {"21%": "revenue_share"}),
    ],
)  # fmt: skip
def test_level_against_a_past_year_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected
