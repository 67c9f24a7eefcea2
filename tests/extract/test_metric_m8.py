"""Metric readings found on the dev8 calls (new companies' wordings), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an insurer's expense ratio and a bank's or utility's efficiency ratio are cost lines over revenue
        # (README: expense ratio and its changes, O&M efficiency ratio, efficiency ratio: `expenses`)
        (
            "Our adjusted expense ratio was 21.4%, up 70 basis points year-over-year.",
            {"21.4%": "expenses", "70 basis points": "expenses"},
        ),
        ("The efficiency ratio improved to 55.2% in the quarter.", {"55.2%": "expenses"}),
        ("Our O&M efficiency ratio was 33.1% for the twelve months.", {"33.1%": "expenses"}),
        # contrasts: the loss and combined ratios have no key
        ("The loss ratio was 61.2% in the quarter.", {"61.2%": None}),
        ("The combined ratio improved to 92.5% in the quarter.", {"92.5%": None}),
    ],
)
def test_expense_and_efficiency_ratios(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
