"""Metric readings that recur across companies (third metric round), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change bounded by "up to" is what a product can do: no metric
        ("These tools increase filling speed by up to 50%.", {"up to 50%": None}),
        ("The platform allows for up to a 40% increase in throughput.", {"up to a 40%": None}),
        # contrast: a result bounded by "up to" that is no change keeps its metric
        ("Revenue grew 12%, and margins reached up to 30% in some segments.", {"12%": "revenue_growth"}),
    ],
)
def test_change_up_to_is_a_capability(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate falling below (rising above) a threshold: the level crossed, not a change
        ("We expect the default rate to fall below 3% by year-end.", {"below 3%": None}),
        ("Our combined ratio dropped below 55% in the quarter.", {"below 55%": None}),
        ("That share is now rising above 60%.", {"above 60%": None}),
        # contrast: a change said with "over" stays a change
        ("Orders rose over 20% in the quarter.", {"over 20%": "growth"}),
    ],
)
def test_crossing_a_threshold_is_a_level(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount sizing a business is its yearly sales
        ("Our goal is to turn the service line into a $2 billion business.", {"$2 billion": "revenue"}),
        ("We are on track to build a $400 million specialty coatings business.", {"$400 million": "revenue"}),
        # contrasts: a change, a valuation or an opportunity named between are no sizes
        ("We recorded a $40 million decrease in business activity.", {"$40 million": None}),
        ("Clean energy is a $5 trillion business opportunity.", {"$5 trillion": None}),
    ],
)
def test_amount_sizing_a_business_is_revenue(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a revenue (sales) run rate is annualized revenue
        ("We exited the quarter at a sales run rate of $3 billion.", {"$3 billion": "annualized_revenue"}),
        ("That puts us at a $250 million annual revenue run rate.", {"$250 million": "annualized_revenue"}),
        # contrast: revenue itself
        ("Revenue was $3 billion in the quarter.", {"$3 billion": "revenue"}),
    ],
)
def test_revenue_run_rate_is_annualized_revenue(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cash dividends are the dividend, not cash
        ("We also paid $40 million in cash dividends.", {"$40 million": "dividend"}),
        (
            "We made share repurchases of $600 million, cash dividends of $120 million.",
            {"$600 million": "buyback", "$120 million": "dividend"},
        ),
        # contrast: a cash balance
        ("We ended the quarter with cash of $40 million.", {"$40 million": "cash"}),
    ],
)
def test_cash_dividends_are_the_dividend(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # money spent on something is that thing's, not the measure named before it
        (
            "We paid $300 million in dividends and spent $90 million on the repurchase of 500,000 shares.",
            {"$300 million": "dividend", "$90 million": "buyback"},
        ),
        ("We paid $300 million in dividends and spent $90 million on acquisitions.", {"$90 million": None}),
        # contrast: spent on a keyed measure keeps it
        ("We spent $90 million on capital expenditures.", {"$90 million": "capex"}),
    ],
)
def test_spent_on_is_what_it_was_spent_on(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
