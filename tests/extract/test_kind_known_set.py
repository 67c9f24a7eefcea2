"""A small count of a set already known, named as a whole ("all three businesses", "these two items"), is a
fact even in a forecast's sentence (dev: LH, NOC, VZ; unlabelled sample: 73 changes, most list counts)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We expect to benefit from growth in all three businesses next year.", "three businesses"),
        ("We expect these two items to weigh on margins in the fourth quarter.", "two items"),
        ("We will keep investing across all our five vectors of growth.", "five vectors"),
    ],
)
def test_a_known_set_is_counted_as_a_fact(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We expect to open three new stores next year.", "three new stores"),
        ("Adjusting for these two items, our fourth quarter sales would grow 3% to 4%.", "3% to 4%"),
    ],
)
def test_a_planned_count_or_a_forecast_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.GUIDANCE
