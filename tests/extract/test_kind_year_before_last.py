"""A figure of the year before last on a results call (2021 on a 2023 call) is the second base calls compare
with ("versus 9.1% last year and 2.6% in 2021"): a reported figure stated as fact, actual as the year-ago
base is; a figure of an older year stays history."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Operating margin was 3.7%, versus 9.1% last year and 2.6% in 2021.", "2.6%"),
        ("Volume was up more than 160% from $32 billion in the third quarter of 2021.", "$32 billion"),
        ("In 2021, that grew to $145 billion.", "$145 billion"),
    ],
)
def test_a_figure_of_the_year_before_last_is_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.ACTUAL


def test_a_figure_of_an_older_year_stays_history() -> None:
    assert claim_kinds("In 2015, that grew to $145 billion.", Q3_CALL)["$145 billion"] is ClaimKind.HISTORICAL
