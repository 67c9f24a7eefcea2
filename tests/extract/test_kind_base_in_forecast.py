"""A comparison base stated in a forecast's sentence is what was, not the forecast: "we expect a margin of 20%
to 21% compared to 20.3% in fiscal 2022" (a base of a closed period, named after its comparison word); a
prior forecast as the base ("from our previous range of", "in our August guidance") stays guidance."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We expect an adjusted EBITDA margin of 20% to 21% next year compared to 19.4% in 2022.", "19.4%"),
        (
            "Pension expense will be $23 million next year, down from $41 million of pension cost in 2022.",
            "$41 million",
        ),
        ("We expect the rate to be up slightly against our 2022 adjusted gross margin of 47.5%.", "47.5%"),
    ],
)
def test_a_closed_base_in_a_forecast_is_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "We are raising EPS guidance to $3.30 to $3.50 from our previous range of $3.00 to $3.25.",
            "$3.00 to $3.25",
        ),
        (
            "We expect growth of 7% to 8% for the full year versus the 3% to 6% in our August guidance.",
            "3% to 6%",
        ),
    ],
)
def test_a_prior_forecast_as_base_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.GUIDANCE
