"""A number followed by a result's past participle and a period gone by ("with $51 million realized in the
first quarter", "beyond the 320 schools achieved in 2022") is done, whatever forecast its sentence makes:
actual; "was to be paid in the first quarter" and "realized in this fiscal year" stay forecasts."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We expect $90 million of synergies this year, with $31 million already realized in 2022.",
         "$31 million"),
        ("We expect margins to grow beyond the nearly 10% margin achieved in 2022.", "nearly 10%"),
    ],
)  # fmt: skip
def test_a_figure_done_in_a_past_period_is_actual(sentence: str, span: str) -> None:
    kinds = claim_kinds(sentence, Q3_CALL)
    assert kinds[next(k for k in kinds if k.endswith(span))] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We expected payments of $42 million, and that $27 million was to be paid in the first quarter.",
         "$27 million"),
        ("The projects should save $8 million a year, with about $1 million realized in this fiscal year.",
         "about $1 million"),
    ],
)  # fmt: skip
def test_a_figure_still_ahead_stays_a_forecast(sentence: str, span: str) -> None:
    kinds = claim_kinds(sentence, Q3_CALL)
    assert kinds[next(k for k in kinds if k.endswith(span))] is ClaimKind.GUIDANCE
