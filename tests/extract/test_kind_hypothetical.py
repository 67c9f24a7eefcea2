"""The output of a hypothetical is an estimate (README: hypothetical and scenario outputs are `estimate`):
a conditional modal in a sentence that sets a case ("if adopted, the decision would result in revenue of
$6.9 billion", "if approved, decoupled sales would rise to about 80%"); a plain forecast with
"would" or one stated under the premises of guidance ("assuming rates stay where they are") stays
guidance."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("If adopted, the proposed decision would result in revenue of $6.9 billion.", "$6.9 billion"),
        ("If the mechanism is approved, decoupled sales would rise to about 80% of sales.", "about 80%"),
        ("In a reasonable scenario, operating income could decline by $150 million.", "$150 million"),
    ],
)
def test_a_hypothetical_output_is_an_estimate(sentence: str, span: str) -> None:
    kinds = claim_kinds(sentence, Q3_CALL)
    assert kinds[next(k for k in kinds if k.endswith(span))] is ClaimKind.ESTIMATE


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We think revenue would grow about 6% next year.", "about 6%"),
        ("Assuming rates stay where they are, FX could add approximately 1.5% to revenue next year.", "1.5%"),
    ],
)
def test_a_forecast_stays_guidance(sentence: str, span: str) -> None:
    kinds = claim_kinds(sentence, Q3_CALL)
    assert kinds[next(k for k in kinds if k.endswith(span))] is ClaimKind.GUIDANCE
