"""A forecast noun after a horizon ("long-term guidance", "mid-term outlook", "longer-term outlook") names a
standing target, not the year's guidance (README: "medium-term targets with no span are `target`"; dev: LH;
unlabelled sample: 13 changes, 12 right)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We reiterate our long-term guidance of 5% to 7% growth in earnings per share.", "5% to 7%"),
        ("We are extending our mid-term outlook of 7% to 9% revenue growth through 2026.", "7% to 9%"),
        ("Our longer-term outlook is expected to deliver double-digit earnings per share growth.",
         "double-digit"),
    ],
)  # fmt: skip
def test_a_horizons_forecast_is_a_target(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.TARGET


@pytest.mark.parametrize(
    ("sentence", "span", "kind"),
    [
        ("Achieving this growth target is expected to help us reach a run rate of more than $500 million by "
         "the end of 2024.", "more than $500 million", ClaimKind.GUIDANCE),
        ("We are raising our full year guidance to 7% to 9% revenue growth.", "7% to 9%", ClaimKind.GUIDANCE),
        ("Revenue grew 18%, above the high end of our long-term outlook.", "18%", ClaimKind.ACTUAL),
    ],
)  # fmt: skip
def test_no_horizon_or_a_yardstick_keeps_its_kind(sentence: str, span: str, kind: ClaimKind) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is kind
