"""Metric attachment across a clause break (helper MK), each checked on sentences of our own with a
contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside between the subject and its ratio to sales keeps the subject
        ("SG&A, as reported, was 16.9% of sales.", {"16.9%": "expenses"}),
        ("Adjusted EBITDA, as adjusted, was 21.5% of net sales.", {"21.5%": "ebitda_margin"}),
        # the amount just named, restated as a ratio to sales by "which was"
        (
            "SG&A expense increased to $76 million, which was 11.3% of revenue.",
            {"$76 million": "expenses", "11.3%": "expenses"},
        ),
        (
            "Capital expenditures were $40 million, which was 2.1% of sales.",
            {"$40 million": "capex", "2.1%": None},
        ),
        # contrast: a "which" clause that says something else is no restatement
        ("SG&A, which we cut hard, was 16.9% of sales.", {"16.9%": None}),
    ],
)  # fmt: skip
def test_ratio_to_sales_across_an_aside(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rise in something with no key is its own change, not the growth of the revenue named before it
        (
            "The decline in organic revenue was driven by a 15% decrease in testing, partially offset by a "
            "5% increase in the base business.",
            {"15%": "growth", "5%": "growth"},
        ),
        (
            "Aftermarket sales were up 30%, driven by a 40% increase in parts and repair.",
            {"30%": "revenue_growth", "40%": "growth"},
        ),
        # contrast: a rise in a measure with a key keeps it
        (
            "Aftermarket sales were up 30%, driven by a 40% increase in service revenue.",
            {"30%": "revenue_growth", "40%": "revenue_growth"},
        ),
        # contrast: a rise "in" a currency is the revenue's own growth
        (
            "Revenues were $15 billion, a 27% increase in U.S. dollars.",
            {"$15 billion": "revenue", "27%": "revenue_growth"},
        ),
    ],
)  # fmt: skip
def test_rise_in_a_thing_with_no_key_is_its_growth(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what acquisitions or currency added to a sales growth stated just before is part of that growth
        (
            "Organic sales were up 27%. Recent acquisitions added 16%, and foreign currency added nearly "
            "two points.",
            {"27%": "revenue_growth", "16%": "revenue_growth", "nearly two points": "revenue_growth"},
        ),
        (
            "Organic sales growth was 25%. Acquisitions added 10 points to growth.",
            {"25%": "revenue_growth", "10 points": "revenue_growth"},
        ),
        # contrast: with no sales growth before it, an addition is no revenue growth
        ("Acquisitions added 16% to our store count.", {"16%": None}),
    ],
)  # fmt: skip
def test_acquisitions_and_currency_added_to_sales_growth(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a currency headwind or tailwind in % on a sales growth stated just before is part of that growth
        (
            "Sales grew 8%. Foreign currency was a 2% headwind.",
            {"8%": "revenue_growth", "2%": "revenue_growth"},
        ),
        (
            "We expect revenue to grow 7%. This includes a negative impact from currency translation of "
            "40 basis points.",
            {"7%": "revenue_growth", "40 basis points": "revenue_growth"},
        ),
        # contrast: a growth of another measure in the same sentence keeps the tailwind its own
        (
            "Revenue grew 28%. We expect CRPO growth of 30%, including a 150-basis-point FX tailwind.",
            {"28%": "revenue_growth", "30%": "growth", "150-basis-point": "growth"},
        ),
    ],
)  # fmt: skip
def test_currency_impact_on_sales_growth(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected
