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
