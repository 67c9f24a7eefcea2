"""Metric readings of MP11's rules (profit levels in %, changes of EPS, defined abbreviations), each checked
on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change of EPS itself in dollars is a variance of EPS (README, decided in the eighth session)
        (
            "Our earnings were $2.40 per share, an increase of $0.31 per share over last year.",
            {"$2.40 per share": "eps", "$0.31 per share": None},
        ),
        ("Adjusted EPS was $2.40, up 12% or $0.26 from last year.", {"$2.40": "eps", "$0.26": None}),
        ("Adjusted EPS was $0.52, $0.04 higher than the prior year.", {"$0.52": "eps", "$0.04": None}),
        ("Diluted earnings per share were down $0.09 versus last year.", {"$0.09": None}),
        (
            "Adjusted EPS was $1.90. Walking through that $0.12 increase in adjusted EPS, volume led.",
            {"$1.90": "eps", "$0.12": None},
        ),
        # contrasts: the level reached and the base left stay EPS
        ("Earnings per share increased to $2.40 from $2.14 last year.", {"$2.40": "eps", "$2.14": "eps"}),
        ("Adjusted EPS was $1.15, up from $0.98 a year ago.", {"$1.15": "eps", "$0.98": "eps"}),
        (
            "We now expect diluted earnings per share to increase between $4.05 and $4.25 for the year.",
            {"between $4.05 and $4.25": "eps"},
        ),
    ],
)
def test_change_of_eps_itself_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
