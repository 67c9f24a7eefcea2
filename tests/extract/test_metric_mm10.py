"""Metric readings found on the dev10 calls (new companies' wordings), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is earned per unit sold, named before its change or as the change after the number: a price
        ("Revenue per test fell 3.1% from a year ago.", {"3.1%": "price_change"}),
        ("Net sales per barrel increased 4.2% on a reported basis.", {"4.2%": "price_change"}),
        ("Pricing drove a 6% increase in revenue per shipment.", {"6%": "price_change"}),
        ("We see increases in revenue per ton of 2% to 3%.", {"2% to 3%": "price_change"}),
        # contrasts: a spend per customer, a yield of capacity, a level against a base keep their reading
        ("Revenue per subscriber grew 9% in the quarter.", {"9%": "growth"}),
        ("Sales per operating week were up 5% in the quarter.", {"5%": "growth"}),
        ("Revenue per ton recovered to 95% of 2019 levels.", {"95%": None}),
    ],
)
def test_unit_revenue_change(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % with no metric told as the gap to a past level: the change of what its clause names
        ("We shipped 4,100 boats, which is 22% more than last year.", {"22%": "growth"}),
        ("Store traffic remained below pre-pandemic levels by 7%.", {"7%": "growth"}),
        (
            "Total revenue of $2 billion was 31% ahead of 2019.",
            {"$2 billion": "revenue", "31%": "revenue_growth"},
        ),
        # contrasts: a level against a past base, and a plain level, keep no metric
        ("Bookings recovered to 85% of 2019 levels.", {"85%": None}),
        ("Store traffic was 7% of the total.", {"7%": None}),
    ],
)
def test_gap_to_past_level(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a growth named as such right before the number is what it measures, after another measure's growth
        (
            "Same-store revenue grew 9%, while expenses rose 2%, resulting in NOI growth of 14%.",
            {"14%": "growth"},
        ),
        ("We reported revenue growth of 4% and rent growth of 6%.", {"4%": "revenue_growth", "6%": "growth"}),
        # contrast: a generic change word still takes the measure named before it
        ("Industrial revenue increased 28% and 2% over the last quarter.", {"28%": "revenue_growth"}),
    ],
)
def test_growth_named_as_such(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a property owner's call (it names NOI): same-store revenue growth is a revenue growth
        (
            "Same-store revenue grew 6.2% and same-store NOI grew 8.1% in the quarter.",
            {"6.2%": "revenue_growth"},
        ),
        # contrast: a retailer's call keeps comparable sales
        (
            "Same-store revenue grew 6.2% in the quarter, led by our online channel.",
            {"6.2%": "same_store_sales"},
        ),
    ],
)
def test_same_store_revenue_of_a_property_owner(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of the company's engineers is a headcount (README, defense: engineers `headcount`)
        (
            "Our team of roughly 4,000 engineers supports every program.",
            {"roughly 4,000 engineers": "headcount"},
        ),
        # contrast: a count of another noun has no metric
        ("Our team supports roughly 4,000 programs.", {"roughly 4,000 programs": None}),
    ],
)
def test_engineers_are_headcount(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
