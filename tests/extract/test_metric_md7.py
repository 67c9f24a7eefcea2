"""Metric readings found on the six dev calls labelled blind in the fifth session (AMT, EOG, NSC, BAC, TMO,
BSX) that recur across companies, each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cut stated in % of something with no key is a change of it: growth (README: % changes of anything
        # else are growth)
        ("Our goal is to reduce emissions intensity by 42% over the next decade.", {"42%": "growth"}),
        ("We remain on track for an additional 8% reduction in water use this year.", {"8%": "growth"}),
        ("The new process delivered a reduction of 15% in scrap.", {"15%": "growth"}),
        # contrasts: a cut of a measure with a growth key keeps it; a cut in points of a rate with no key has
        # none; a cut reached as a level ("reduced to") is no change stated
        ("Prior year divestitures reduced sales by 3%.", {"3%": "revenue_growth"}),
        ("The changes reduce our capacity outlook by about four points.", {"about four points": None}),
        ("We reduced the share of paper statements to 12%.", {"12%": None}),
    ],
)
def test_reduction_in_percent(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # accounts, households and relationships newly opened or gained are customers (README, fifth session:
        # "new and net new accounts, households and relationships customers")
        ("We opened 410,000 new accounts in the quarter.", {"410,000 new accounts": "customers"}),
        (
            "The retail bank added over 75,000 net new checking accounts.",
            {"over 75,000 net new checking accounts": "customers"},
        ),
        ("Our brands gained 2 million new households this year.", {"2 million new households": "customers"}),
        (
            "We booked 350 new client relationships in the quarter.",
            {"350 new client relationships": "customers"},
        ),
        # contrasts: accounts and relationships that are not counted as newly won stay without a metric
        ("We have 37 operator relationships across the portfolio.", {"37 operator relationships": None}),
        ("Accounts receivable totaled $8.3 billion.", {"$8.3 billion": None}),
    ],
)
def test_new_accounts_are_customers(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # points of change opening a sentence move the rate the sentence before stated last
        (
            "Our adjusted tax rate in the quarter was 13.8%. This is 220 basis points lower than last year.",
            {"220 basis points": "tax_rate"},
        ),
        (
            "Occupancy at quarter end was 89.4%. This is up 90 basis points from the first quarter.",
            {"90 basis points": "utilization"},
        ),
    ],
)
def test_points_of_previous_rate(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


def test_points_of_previous_rate_not_when_the_sentence_names_its_subject() -> None:
    got = call_metrics(
        "Line utilization at year end remained low at 48%. Loan yields increased seven basis points."
    )
    assert got["48%"] == "utilization"
    assert got["seven basis points"] != "utilization", got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount right before "of revenue" is the revenue, even after another measure in the sentence
        (
            "The business produced $3.1 billion of earnings off $8.9 billion of revenue.",
            {"$3.1 billion": "net_income", "$8.9 billion": "revenue"},
        ),
        ("We assume a run-rate level of $100 million of revenue per quarter.", {"$100 million": "revenue"}),
    ],
)
def test_amount_of_revenue(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


def test_amount_of_revenue_not_when_it_qualifies_the_next_noun() -> None:
    got = call_metrics(
        "The plan includes $65 million of dividends and $20 million of revenue maintaining capital."
    )
    assert got["$20 million"] != "revenue", got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an E&P's finding cost and well cost are expenses, their % cuts too (README, fifth session)
        (
            "This year we are averaging less than $7 per barrel of oil equivalent finding cost.",
            {"less than $7": "expenses"},
        ),
        (
            "We expect our average well cost to be more than 7% lower than last year.",
            {"more than 7%": "expenses"},
        ),
        ("We have exceeded our targeted 5% well cost reduction.", {"5%": "expenses"}),
        # contrast: a well count is no cost
        ("We completed 45 wells in the quarter.", {"45 wells": None}),
    ],
)
def test_finding_and_well_costs(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change named before a measure with no key, the % after it: growth (README: % changes of measures
        # with no key are growth)
        ("We now expect growth in consolidated AFFO of roughly 15% for the year.", {"roughly 15%": "growth"}),
        ("We delivered an increase in backlog of 12% in the quarter.", {"12%": "growth"}),
        ("California had the largest growth in orders at 158% for the quarter.", {"158%": "growth"}),
        # contrasts: the level the measure moved to, a level stated in a clause after it
        ("The result was an increase in the benefit ratio to 78.9% this quarter.", {"78.9%": None}),
        ("This reflects an improvement in the loss ratio, which was 58.9% in the quarter.", {"58.9%": None}),
    ],
)
def test_change_in_unkeyed_measure(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # client and customer wins and new logos are customers won
        ("We had 10 new client wins in the quarter.", {"10 new client wins": "customers"}),
        ("We landed 109 new logos during the second quarter.", {"109 new logos": "customers"}),
        # contrast: a count of deals named otherwise has no key
        ("We signed 12 new contracts in the quarter.", {"12 new contracts": None}),
    ],
)
def test_client_wins_are_customers(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # points a part "contributed" to sales are points of revenue growth, not a share of revenue
        (
            "Sales from the acquisition contributed 240 basis points, more than offset by the divestiture.",
            {"240 basis points": "revenue_growth"},
        ),
        (
            "Sales rose 24%, with acquisitions contributing 6.6 points of growth.",
            {"6.6 points": "revenue_growth"},
        ),
    ],
)
def test_points_contributed_to_sales(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


def test_points_contributed_to_a_margin_are_no_revenue_growth() -> None:
    got = call_metrics("Among gross margin drivers, category sales mix contributed about 10 basis points.")
    assert got["about 10 basis points"] != "revenue_growth", got
