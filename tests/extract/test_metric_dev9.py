"""Metric readings found on the dev9 calls (new companies' wordings), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost told per share is a step of the EPS bridge (README, decided 2026-12-03: no metric)
        ("Shipping expenses were higher by $0.14 per share than last year.", {"$0.14 per share": None}),
        (
            "Adjusted EPS was $2.40. The increase was partly offset by higher labor costs of $0.23.",
            {"$0.23": None},
        ),
        # contrasts: a cost line in dollars, and a unit cost, keep `expenses`
        ("Shipping expenses were higher by $14 million compared to last year.", {"$14 million": "expenses"}),
        ("Adjusted EPS was $2.40. Our cash costs were $1.42 per pound.", {"$1.42": "expenses"}),
    ],
)
def test_cost_per_share_is_a_bridge_step(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)

