"""Metric vocabulary of industrial, consumer, health-care, software and media calls (helper M11), each
checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the singular names the same line as "corporate costs" and "corporate expense" (README held-out
        # conventions: "corporate expense ... `expenses`")
        ("We now expect corporate cost of about $90 million.", {"about $90 million": "expenses"}),
        ("Corporate cost should approximate $12 million.", {"approximate $12 million": "expenses"}),
        ("We are holding our forecast for corporate cost at 2.7% of sales.", {"2.7%": "expenses"}),
        ("Unallocated corporate cost was $8 million.", {"$8 million": "expenses"}),
        # contrast: a bare "cost" of something is no expense line
        ("The cost of the acquisition was $50 million.", {"$50 million": None}),
    ],
)  # fmt: skip
def test_corporate_cost_is_an_expense(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vivid verbs of a move give the % the growth key of the measure before it, as "rose" and "fell" do
        ("Recurring revenues slipped by 1% in the quarter.", {"1%": "revenue_growth"}),
        ("Net sales dipped 2% year-over-year.", {"2%": "revenue_growth"}),
        ("Orders surged 40% on strong demand.", {"40%": "growth"}),
        ("Segment operating profit soared 35%.", {"35%": "growth"}),
        ("Revenue plunged 30% as the plants were closed.", {"30%": "revenue_growth"}),
        ("Shipments tumbled 12%.", {"12%": "growth"}),
        # contrast: the level the measure surged to stays the measure itself
        ("Net income surged to $40 million.", {"$40 million": "net_income"}),
    ],
)  # fmt: skip
def test_vivid_move_verbs(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a profit stated as a bare % level is its margin (README: EBITDA as % of sales `ebitda_margin`)
        ("Our 2021 adjusted EBITDA of 23.1% surpassed our previous record.", {"23.1%": "ebitda_margin"}),
        ("Adjusted operating profit was 22.8%, reflecting solid execution.", {"22.8%": "operating_margin"}),
        ("The segment delivered adjusted operating income of 16.4% in the fourth quarter.",
         {"16.4%": "operating_margin"}),
        ("Rental gross profit was 19.8% for the first quarter.", {"19.8%": "gross_margin"}),
        # contrast: a change of the profit, or its ratio to something other than sales, is no margin
        ("Operating income was 12% higher than last year.", {"12%": "growth"}),
        ("Operating income came to 5% of net income.", {"5%": None}),
    ],
)  # fmt: skip
def test_profit_level_in_percent_is_its_margin(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected
