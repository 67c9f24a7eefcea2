"""Metric readings that recur across companies (sixth metric round), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "GP" abbreviates gross profit: its margin and rate are the gross margin, not a bare "margin"
        ("For the segment, GP margin finished the quarter at 38.2%, up 120 basis points.",
         {"38.2%": "gross_margin", "120 basis points": "gross_margin"}),
        ("We expect to exit the year with a GP rate of about 41%.", {"about 41%": "gross_margin"}),
        ("Staffing mix cost 20 basis points of GP margin.", {"20 basis points": "gross_margin"}),
        # contrast: a margin with no "GP" stays the operating margin
        ("Operating margin finished the quarter at 12.4%.", {"12.4%": "operating_margin"}),
    ],
)  # fmt: skip
def test_gp_margin_is_gross_margin(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A&P (advertising and promotion) and RD&E (research, development and engineering) are expenses: their
        # dollars, ratios to sales and % changes
        ("A&P as a percent of net sales was 6.1% versus 5.9% in the prior year.",
         {"6.1%": "expenses", "5.9%": "expenses"}),
        ("Total A&P was up $5 million in the quarter.", {"$5 million": "expenses"}),
        ("In the quarter, we invested $64 million in RD&E.", {"$64 million": "expenses"}),
        ("We spent $210 million on research, development and engineering, about 5% of sales.",
         {"$210 million": "expenses", "about 5%": "expenses"}),
        # contrast: a part of the sales stays a share of revenue
        ("Aftermarket was 38% of sales in the quarter.", {"38%": "revenue_share"}),
    ],
)  # fmt: skip
def test_ap_and_rde_are_expenses(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # points of a profit are points of its margin: a profit in dollars does not move in basis points
        ("Gross profit declined 250 basis points from a year ago.", {"250 basis points": "gross_margin"}),
        ("Adjusted EBIT increased 130 basis points.", {"130 basis points": "operating_margin"}),
        ("Operating profit expanded 90 basis points.", {"90 basis points": "operating_margin"}),
        ("Adjusted segment EBITDA was up 210 basis points.", {"210 basis points": "ebitda_margin"}),
        # contrast: a % change of a profit stays its growth
        ("Gross profit increased 12% on higher volume.", {"12%": "growth"}),
    ],
)  # fmt: skip
def test_points_of_a_profit_are_its_margin(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase after "and" with a verb of its own opens the next clause: not the number before it's
        ("Revenue is expected to increase 6% and operating margin is anticipated to be 21.5%.",
         {"6%": "revenue_growth", "21.5%": "operating_margin"}),
        ("Pension contributions of about $90 million and capex should be about $150 million.",
         {"about $90 million": None, "about $150 million": "capex"}),
        # contrast: a phrase after "and" with no verb of its own still closes a list
        ("Sales rose 8% and EBITDA margin 150 basis points.", {"8%": "revenue_growth"}),
    ],
)  # fmt: skip
def test_phrase_opening_next_clause(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
