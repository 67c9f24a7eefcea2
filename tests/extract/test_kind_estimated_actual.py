"""An estimate of what has happened is an actual: "we estimate" said now of a closed period, or with a verb in
the past ("we estimate COVID impacted our sales by $25 million"); a forecast ("to be", a later period, an
estimate made then) stays guidance."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We estimate the storm impacted our sales by about $12 million.", "about $12 million"),
        (
            "Freight revenues are estimated to have been approximately $41.5 million in the quarter.",
            "approximately $41.5 million",
        ),
        ("We estimate a 2.5% impact of pricing on sales in the third quarter.", "2.5%"),
        (
            "Shipping delays, which we estimate reduced the margin by 30 basis points, have eased.",
            "30 basis points",
        ),
    ],
)
def test_an_estimate_of_the_past_is_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We estimate our tax rate to be about 24% for the full year.", "about 24%"),
        ("We estimate a 2.5% impact of pricing on sales in the fourth quarter.", "2.5%"),
        ("Last quarter, we estimated a negative impact to the third quarter of $40 million.", "$40 million"),
        ("We estimate the adjusted EBITDA margin at 18% for the full year.", "18%"),
    ],
)
def test_an_estimate_of_the_future_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.GUIDANCE
