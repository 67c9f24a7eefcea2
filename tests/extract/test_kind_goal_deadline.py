"""A goal the company has set itself with a deadline is a target (README: "A stated goal with a deadline is
`target` with that deadline"), though its verb looks forward ("on track to", "committed to")."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We are on track to have 20% of stores remodeled by year end.", "20%"),
        ("We remain committed to deliver $80 million of run-rate savings by the end of 2024.", "$80 million"),
        ("The two plants are well on their way to cut emissions by 30% by 2026.", "30%"),
    ],
)
def test_a_goal_with_a_deadline_is_a_target(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.TARGET


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We expect to have 20% of stores remodeled by year end.", "20%"),  # a forecast, no goal word
        ("We are on track to grow revenue 8% for the full year.", "8%"),  # a goal word but no deadline
        ("We stay committed to our dividend, and we expect capex of $50 million by year end.", "$50 million"),
    ],
)
def test_a_forecast_without_goal_or_deadline_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.GUIDANCE
