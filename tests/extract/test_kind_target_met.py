"""A target named as met or passed ("we exceeded our goal for the year, adding 40 stores", "doubled its
distribution goal, now at 5,500 outlets") or as a yardstick past its own value ("well above our target range
of 85% to 90%, with 17 points from claims") leaves what follows a result: actual; the target's own value, a
target still ahead ("once we've achieved our goal of reducing debt to $1 billion") and a range's other end
stay targets."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We exceeded our goal for the year, adding nearly 40 stores in the quarter.", "nearly 40 stores"),
        (
            "The brand has already doubled its distribution goal, now at about 5,500 outlets.",
            "about 5,500 outlets",
        ),
        (
            "The loss ratio was 106%, well above the top of our target range of 85% to 90%, with about 17 "
            "points from claims.",
            "about 17",
        ),
    ],
)
def test_what_follows_a_target_met_is_actual(sentence: str, span: str) -> None:
    kinds = claim_kinds(sentence, Q3_CALL)
    assert kinds[next(k for k in kinds if k.startswith(span))] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "Once we've achieved our goal of reducing debt to about $1 billion, we will buy back stock.",
            "$1 billion",
        ),
        ("Leverage is above our targeted level of 2.5 times to three times.", "three times"),
    ],
)
def test_a_target_still_ahead_or_its_value_stays_a_target(sentence: str, span: str) -> None:
    kinds = claim_kinds(sentence, Q3_CALL)
    assert kinds[next(k for k in kinds if k.endswith(span))] is ClaimKind.TARGET
