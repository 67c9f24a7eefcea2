"""The size of a buyback program or authorization is set when it is announced: an actual, whatever the
sentence forecasts about its use (dev: LH; unlabelled sample: 7 changes, 7 right)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Among them are the initiation of a dividend starting in the fourth quarter of 2023 as well as a "
         "$2.5 billion share repurchase program.", "$2.5 billion"),
        ("We expect that we will fully use the remaining $291 million repurchase authorization by year end.",
         "$291 million"),
    ],
)  # fmt: skip
def test_a_programs_size_is_an_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.ACTUAL


def test_a_planned_amount_of_buybacks_stays_guidance() -> None:
    kinds = claim_kinds("We expect to buy back $500 million of shares under the program in 2023.", Q2_CALL)
    assert kinds["$500 million"] is ClaimKind.GUIDANCE
