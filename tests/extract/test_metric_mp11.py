"""Metric readings of MP11's rules (profit levels in %, changes of EPS, defined abbreviations), each checked
on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change of EPS itself in dollars is a variance of EPS (README, decided in the eighth session)
        (
            "Our earnings were $2.40 per share, an increase of $0.31 per share over last year.",
            {"$2.40 per share": "eps", "$0.31 per share": None},
        ),
        ("Adjusted EPS was $2.40, up 12% or $0.26 from last year.", {"$2.40": "eps", "$0.26": None}),
        ("Adjusted EPS was $0.52, $0.04 higher than the prior year.", {"$0.52": "eps", "$0.04": None}),
        ("Diluted earnings per share were down $0.09 versus last year.", {"$0.09": None}),
        (
            "Adjusted EPS was $1.90. Walking through that $0.12 increase in adjusted EPS, volume led.",
            {"$1.90": "eps", "$0.12": None},
        ),
        # contrasts: the level reached and the base left stay EPS
        ("Earnings per share increased to $2.40 from $2.14 last year.", {"$2.40": "eps", "$2.14": "eps"}),
        ("Adjusted EPS was $1.15, up from $0.98 a year ago.", {"$1.15": "eps", "$0.98": "eps"}),
        (
            "We now expect diluted earnings per share to increase between $4.05 and $4.25 for the year.",
            {"between $4.05 and $4.25": "eps"},
        ),
        # a name ending in a change noun, and a level followed by how it moved
        ("Adjusted EPS, excluding Northwind Growth of $2.16, rose 20% versus prior year.", {"$2.16": "eps"}),
        ("Our earnings per share of $1.87 more than doubled compared to last year.", {"$1.87": "eps"}),
    ],
)
def test_change_of_eps_itself_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a profit moving between two % levels moves as its margin, both ends (README: EBITDA as % of sales)
        (
            "Operating income increased from 8.5% to 11.2% of sales on higher volumes.",
            {"8.5%": "operating_margin", "11.2%": "operating_margin"},
        ),
        (
            "EBITDA improved as a percent of sales from 14% to 15.5%, led by pricing.",
            {"14%": "ebitda_margin", "15.5%": "ebitda_margin"},
        ),
        (
            "Gross profit declined from 31.2% of sales to 29.8%, on freight costs.",
            {"31.2%": "gross_margin", "29.8%": "gross_margin"},
        ),
        # a forecast level of a profit in % is its margin
        ("EBITDA is now expected to be in the range of 12.5% to 13%.", {"12.5% to 13%": "ebitda_margin"}),
        (
            "We expect segment revenue to increase 8% to 10% and EBITDA to be 19% at the midpoint.",
            {"8% to 10%": "revenue_growth", "19%": "ebitda_margin"},
        ),
        # a base restated as its margin, dated after it
        (
            "EBITDA was $410 million or 16.2% compared to $300 million or 13.9% a year ago.",
            {"16.2%": "ebitda_margin", "13.9%": "ebitda_margin"},
        ),
        ("Segment EBITDA is estimated to be 21% for the year.", {"21%": "ebitda_margin"}),
        # the level a margin's points reached is that margin
        (
            "We expect gross margin to expand 40 basis points sequentially or about 150 basis points "
            "year-over-year to approximately 38% for the third quarter.",
            {"about 150 basis points": "gross_margin", "approximately 38%": "gross_margin"},
        ),
        # contrasts: a profit's growth stays growth, also said with "an increase in ... of"
        ("EBITDA increased 14% from the prior year to $410 million.", {"14%": "growth"}),
        ("The result was an increase in operating income of 8.6% for the quarter.", {"8.6%": "growth"}),
    ],
)
def test_profit_in_percent_is_its_margin(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


def test_aoi_is_adjusted_operating_income() -> None:
    # "AOI" (adjusted operating income) is operating income; its margin is the operating margin
    m = call_metrics(
        "Ticketing delivered AOI of $212 million for the quarter. "
        "Our sponsorship business delivered over $90 million in AOI. AOI margin expanded to 24%."
    )
    assert m["$212 million"] == "operating_income"
    assert m["over $90 million"] == "operating_income"
    assert m["24%"] == "operating_margin"


def test_per_share_amount_beside_repurchases_is_no_buyback() -> None:
    # an EPS step credited to repurchases, or a price per share paid, is no amount bought back
    m = call_metrics(
        "A lower diluted share count driven by share repurchases benefited us by $0.09. "
        "The average repurchase price under the program was $212.40 per share. "
        "We repurchased $300 million of our shares in the quarter."
    )
    assert m["$0.09"] is None
    assert m["$212.40 per share"] is None
    assert m["$300 million"] == "buyback"
