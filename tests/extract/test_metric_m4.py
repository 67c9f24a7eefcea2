"""Metric readings that recur across companies (fourth metric round), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % taken "of" a volume is a share of volume
        ("Small customers represented 27.5% of our total U.S. volume.", {"27.5%": "volume_share"}),
        ("Exports made up 31.2% of domestic volume, up 150 basis points.", {"31.2%": "volume_share"}),
        ("Online orders accounted for 44% of the segment's volume in the quarter.", {"44%": "volume_share"}),
        # contrasts: a level against a base, a market share, a share of what "volume" only qualifies
        ("Shipments were 85% of year-ago volumes.", {"85%": None}),
        ("Our brands held 5% of total industry volume.", {"5%": None}),
        ("We cut overhead by roughly half of the potential volume drop.", {"roughly half": None}),
    ],
)
def test_share_of_volume(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount "of"/"in" a measure through one or two describing words is that measure
        (
            "We ended the quarter with $1.2 billion in cash, $3.1 billion in outstanding debt and a leverage "
            "ratio of 2 times.",
            {"$1.2 billion": "cash", "$3.1 billion": "debt"},
        ),
        ("Adjusted earnings exclude $4.1 million in pre-tax severance costs.", {"$4.1 million": "expenses"}),
        (
            "We had $500 million of net debt with $250 million in available liquidity.",
            {"$500 million": "debt", "$250 million": "cash"},
        ),
        # contrasts: a nearer phrase between names it; an EPS-bridge step in cents; margin points
        ("Deals add $70 million of estimated annualized revenues.", {"$70 million": "annualized_revenue"}),
        ("FFO rose on $0.03 of higher rental revenue.", {"$0.03": None}),
        ("Gross margin was hit by 300 basis points of higher costs.", {"300 basis points": "gross_margin"}),
    ],
)
def test_amount_of_described_measure(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the base a level is compared with takes the level's measure, not the change word's growth
        ("The loss ratio increased to 30.4%, compared to 29.9% in 2018.", {"29.9%": None}),
        ("Combined ratio rose 80 basis points to 41.2%, an increase from 40.4%.", {"40.4%": None}),
        ("Services were 64% of our revenue, which is an increase from 61%.", {"61%": "revenue_share"}),
        ("Parts made up 38% of sales versus 35% a year ago.", {"35%": "revenue_share"}),
        # contrast: the base of a growth stays a growth
        ("Orders grew 12% in the quarter compared to 9% last year.", {"12%": "growth", "9%": "growth"}),
    ],
)
def test_base_of_a_compared_level(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # points of change of a rate with no key are no growth
        ("Persistency was strong, with a rate of 95%, up 50 basis points.", {"50 basis points": None}),
        ("Our royalty rate increased by eight basis points year-over-year.", {"eight basis points": None}),
        ("The ratio was 88.1%, an increase of 4.2 percentage points.", {"4.2 percentage points": None}),
        # contrasts: points a currency rate adds to a change; a named growth's points
        ("Exchange rates added 80 basis points to the increase.", {"80 basis points": "growth"}),
        ("The growth rate increased 300 basis points to 8%.", {"300 basis points": "growth"}),
    ],
)
def test_points_of_an_unkeyed_rate(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % taken "of" a thing is a share of it (of revenue: revenue_share), whatever change is stated
        ("Online sales grew 40% and represented over 35% of our store business.", {"over 35%": None}),
        ("We expect capex to increase, and about 60% of the plan goes to new plants.", {"about 60%": None}),
        ("Service revenue grew 9% and was 23% of our total revenue.", {"23%": "revenue_share"}),
        # a % share of a change is no growth either (dev GLW, LUV labels: "about 70% of that coming from",
        # "Roughly half of that increase is driven by" have no metric; test_metric_m12)
        ("Acquisitions drove 60% of this growth.", {"60%": None}),
        # contrasts: a part of a change in dollars, a change word before the number, a level against a base
        ("Roughly half of the $40 million cost increase came from freight.", {"Roughly half": "growth"}),
        ("Inventories were up 8% of the prior year.", {"8%": "growth"}),
    ],
)
def test_share_of_a_thing_is_no_growth(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # points a share just stated moved by are that share's
        (
            "Exports made up 25.8% of U.S. domestic volume, up 240 basis points.",
            {"240 basis points": "volume_share"},
        ),
        (
            "Digital comprised 90% of total brand revenue in the quarter, up 12 percentage points.",
            {"12 percentage points": "revenue_share"},
        ),
        # contrast: a ratio to sales is no share
        (
            "Working capital was 14.9% of sales, down 210 basis points from last year.",
            {"210 basis points": None},
        ),
    ],
)
def test_points_of_a_share(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
