"""A number a past-tense verb reports is an actual, though its clause names a later period ("the dividend
payable in October was raised to $0.30"): what is done is done, whatever period it serves."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Our dividend payable on September 30 was raised to $0.30 per share.", "$0.30 per share"),
        ("Third quarter orders were booked at 1.2 million units by the end of June.", "1.2 million units"),
    ],
)
def test_a_past_result_for_a_later_period_is_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Margin was strong, and we expect $0.30 per share in the fourth quarter.", "$0.30 per share"),
        ("Sales grew in the quarter; we will add $40 million in the fourth quarter.", "$40 million"),
    ],
)
def test_a_forecast_after_a_past_clause_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.GUIDANCE
