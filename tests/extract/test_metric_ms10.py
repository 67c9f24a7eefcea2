"""Metric readings of claims the labels give no metric (an effect on earnings, a part's share of earnings),
each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an effect moved earnings by is no level of them (README, decided 2026-12-03)
        (
            "Higher storm claims reduced our segment earnings by approximately $40 million.",
            {"approximately $40 million": None},
        ),
        ("Warm weather hurt net income by $6 million in the quarter.", {"$6 million": None}),
        (
            "We expect fourth quarter operating income to be negatively impacted by about $30 million.",
            {"about $30 million": None},
        ),
        ("The sale resulted in a net increase of $25 million to net income.", {"$25 million": None}),
        # contrasts: the measure's own change, a business's own change, a level
        ("Net income increased by $43 million compared to last year.", {"$43 million": "net_income"}),
        (
            "The services segment increased operating profit by $90 million.",
            {"$90 million": "operating_income"},
        ),
        ("Net income was $412 million in the quarter.", {"$412 million": "net_income"}),
    ],
)
def test_effect_on_earnings_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
