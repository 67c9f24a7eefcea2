"""The size of an opportunity or of a market the company could address is an estimate ("an overall lifetime
opportunity of up to $3 billion", "a $600 million addressable market"), not a result or the company's plan;
a pipeline or backlog is what the company holds, and "the opportunity to" is no size."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "We anticipate a contract in 2024 with an overall lifetime opportunity of up to $2 billion.",
            "up to $2 billion",
        ),
        (
            "We continue to believe this opportunity is in excess of $400 million of sales annually.",
            "in excess of $400 million",
        ),
        ("The product is growing into a $600 million addressable market.", "$600 million"),
    ],
)
def test_the_size_of_an_opportunity_is_an_estimate(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.ESTIMATE


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We took the opportunity to upsize the facility to $150 million.", "$150 million"),
        ("Our development pipeline was $410 million at the end of the quarter.", "$410 million"),
        ("The program gives our 48 million members the opportunity to earn points.", "48 million members"),
    ],
)
def test_no_size_of_an_opportunity_stays_as_it_was(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is not ClaimKind.ESTIMATE
