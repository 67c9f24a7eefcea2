"""A number right before the word "target" or "goal" is the target itself ("above our 360% target"), whatever
verb leads to it (dev: MET; unlabelled sample: 70 changes, about 68 right)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Our capital ratio was 392% at the end of the quarter, comfortably above our 360% target.", "360%"),
        ("Cash at the holding company was $3.8 billion, near the top end of our $3 billion to $4 billion "
         "target buffer.", "$3 billion to $4 billion"),
        ("We are on track to hit our 90% payout target for the full year.", "90%"),
        ("We expect to comfortably exceed our $1 billion goal for 2023.", "$1 billion"),
        ("Our debt would then be at the low end of our 2.0 times to 2.5 times targeted range.",
         "2.0 times to 2.5 times"),
    ],
)  # fmt: skip
def test_the_number_before_target_is_the_target(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.TARGET


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We estimate a $5 billion target market for the new product line.", "$5 billion"),
        ("Our capex guidance includes approximately $900 million targeted for the brewery expansion.",
         "approximately $900 million"),
        ("Analysts set a $150 price target for the shares.", "$150"),
    ],
)  # fmt: skip
def test_a_target_market_or_money_targeted_for_is_no_target(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is not ClaimKind.TARGET
