"""The company's doing in the present progressive, said of a year still under way, is a plan for that year
("we're investing more than $1 billion in 2023"); what the year brings so far ("we are averaging $7") and
past results stay actual."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Across these businesses, we're investing more than $1 billion in 2023.", "more than $1 billion"),
        ("We're expanding into six new countries this year.", "six new countries"),
        ("Our net debt reduction is tracking toward $1.8 billion in 2023.", "$1.8 billion"),
    ],
)
def test_a_doing_for_the_year_under_way_is_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.GUIDANCE


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("This year, we are averaging less than $7 per barrel of finding cost.", "less than $7"),
        ("In 2023, we invested more than $1 billion across these businesses.", "more than $1 billion"),
    ],
)
def test_what_the_year_brought_stays_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is not ClaimKind.GUIDANCE
