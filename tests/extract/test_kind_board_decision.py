"""A board's decision is done when it is announced: the dividend or buyback it approved for a later quarter is
an actual, not guidance (dev: HAL, MET, UPS; unlabelled sample: 14 of 14 changes right)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Last week, our Board of Directors approved a third quarter dividend of $0.52 per share.",
         "$0.52 per share"),
        ("The board has approved a dividend of $1.10 for the third quarter, which represents a 9% increase.",
         "9%"),
        ("Our board increased our quarterly dividend to $0.30 per share in the fourth quarter of 2023.",
         "$0.30 per share"),
        ("The Board declared a $0.15 per share dividend payable on September 20.", "$0.15 per share"),
    ],
)  # fmt: skip
def test_what_the_board_decided_is_an_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("The board approved a dividend of $0.52, and we expect to raise it to $0.60 next year.", "$0.60"),
        ("We expect the board will approve a dividend of $0.60 per share in the fourth quarter.",
         "$0.60 per share"),
    ],
)  # fmt: skip
def test_a_forecast_after_or_of_a_decision_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.GUIDANCE
