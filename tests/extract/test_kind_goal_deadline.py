"""A goal the company has set itself is a target: with a deadline (README: "A stated goal with a deadline is
`target` with that deadline"), though its verb looks forward ("on track to", "committed to"); or by its
wording alone ("on our way to", "our commitment is to")."""

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


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We are well on our way to becoming a $5 billion revenue company.", "$5 billion"),
        ("Our commitment is to cut water use per ton by a combined 20%.", "20%"),
        ("Our safety commitment will take our incident rate down to 40% below the average.", "40%"),
    ],
)
def test_a_goal_by_its_wording_is_a_target_without_deadline(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.TARGET


def test_a_commitment_to_a_reported_figure_stays_actual() -> None:
    kinds = claim_kinds("Our commitment to shareholders was shown by a 12% dividend increase.", Q2_CALL)
    assert kinds["12%"] is ClaimKind.ACTUAL
