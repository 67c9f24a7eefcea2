"""Metric readings that recur across companies (fifth metric round), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % "of sales" takes the measure of what it is a ratio of: an expense ratio, a profit's margin
        ("SG&A expenses, excluding amortization, declined from 29.1% of sales last year to 28.4% of sales.",
         {"29.1%": "expenses", "28.4%": "expenses"}),
        ("Revenue rose 6% to $2.1 billion and adjusted EBITDA was $140 million or 6.7% of sales.",
         {"6.7%": "ebitda_margin"}),
        ("Segment profit as a percentage of sales increased from 18% of sales to 19.2% of sales.",
         {"18%": "operating_margin"}),
        ("We continue to invest about 3% of our revenues in research and development.",
         {"about 3%": "expenses"}),
        # ratios to sales the vocabulary has no key for: capex, cash flow, working capital
        ("Managed working capital was about 38% of revenue at the end of the quarter.", {"about 38%": None}),
        ("We spent $18 million or 1.2% of net sales on capital expenditures.", {"1.2%": None}),
        ("Free cash flow conversion stands at 12% of revenue for the first half.", {"12%": None}),
        # a sentence restating the one before takes its subject
        ("SG&A expense was $90 million, or 7.5% of sales. This compares to 6.9% of sales a year ago.",
         {"6.9%": "expenses"}),
        ("Capital expenditures were $96 million or 2% of sales. That puts us under 2% of sales so far.",
         {"under 2%": None}),
        # contrasts: a part of the revenue stays a share of revenue (an income with no key, a part said with
        # a verb of parts)
        ("International revenue was $600 million or 35% of total revenue.", {"35%": "revenue_share"}),
        ("Non-interest income for the quarter was 27% of revenues.", {"27%": "revenue_share"}),
        ("Our opex customers now account for about 70% of our revenues.", {"about 70%": "revenue_share"}),
    ],
)  # fmt: skip
def test_ratio_to_sales(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cost of revenues" is the cost of sales: an expense, its ratio to revenue `expenses`
        ("Cost of revenues was $212 million or 71.4% of revenues.",
         {"$212 million": "expenses", "71.4%": "expenses"}),
        ("Cost of revenue increased 12% on higher staffing.", {"12%": "expenses"}),
        # a cash cost (per unit) is a cost, not cash: "unit cash cost" as "unit cost" is `expenses`
        ("Our net unit cash cost of $1.62 per pound was above our estimate.", {"$1.62": "expenses"}),
        ("We expect cash costs of $10 to $11 per barrel of oil equivalent.", {"$10 to $11": "expenses"}),
        # contrasts: revenue itself; cash itself
        ("Revenues were $297 million, up 12%.", {"$297 million": "revenue", "12%": "revenue_growth"}),
        ("We ended the quarter with $1.2 billion of cash.", {"$1.2 billion": "cash"}),
    ],
)  # fmt: skip
def test_cost_lines(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
