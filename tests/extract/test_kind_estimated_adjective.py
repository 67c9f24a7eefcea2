"""The word "estimated" as the adjective of a figure a result holds ("results reflect an estimated $0.03
per share benefit from weather", "we've incurred an estimated $87 million") is management's measure of
what happened: actual, as "we estimate COVID impacted Q1 sales by $25 million" is; an estimate of a later
period or one made of the future stays a forecast."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "Results also reflect an estimated $0.04 per share benefit from warm weather.",
            "an estimated $0.04 per share",
        ),
        (
            "Included in earnings is an estimated $0.02 per share impact from the storm.",
            "an estimated $0.02 per share",
        ),
        (
            "Through September, we've incurred an estimated $61 million in storm costs.",
            "an estimated $61 million",
        ),
    ],
)
def test_an_estimated_figure_a_result_holds_is_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Our estimated adjusted EBITDA for 2024 is $900 million.", "$900 million"),
        ("We expect an estimated $5 million of costs next year.", "an estimated $5 million"),
    ],
)
def test_an_estimate_of_what_is_ahead_stays_a_forecast(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.GUIDANCE
