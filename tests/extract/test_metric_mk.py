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
