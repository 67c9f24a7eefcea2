"""The noun "projection" (singular) names the company's forecast as "forecast" and "outlook" do; a reported
figure measured against it stays an actual (dev: MCO; unlabelled sample: 14 kinds changed, 13 right; the
plural, "industry projections", "weather projections", is left alone: mostly others' figures)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span", "kind"),
    [
        ("We are maintaining our revenue growth projection in the mid-teens percent range.",
         "mid-teens percent", ClaimKind.GUIDANCE),
        ("We raised our projection for net sales growth to a range of 5% to 9%.", "5% to 9%",
         ClaimKind.GUIDANCE),
        ("Occupancy was 97%, well ahead of our projection of 95%.", "97%", ClaimKind.ACTUAL),
        ("Occupancy ended the quarter at 97%, ahead of our original projection.", "97%", ClaimKind.ACTUAL),
    ],
)  # fmt: skip
def test_a_projection_is_a_forecast(sentence: str, span: str, kind: ClaimKind) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is kind
