"""An asset manager's "long-term" flows (flows into its long-term funds, as against money-market funds) are
a class of flow, no horizon: "net long-term inflows of $4.2 billion" is the quarter's actual, not a target
of no period; "our long-term target of 5% organic growth" stays a target."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, call_claims
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Our ETFs generated net long-term inflows of $4.2 billion.", "$4.2 billion"),
        ("The retail channel had long-term net flows of $1.5 billion in the quarter.", "$1.5 billion"),
        ("Net long-term outflows were $800 million in the U.K.", "$800 million"),
    ],
)
def test_long_term_flows_are_the_quarters_actual(sentence: str, span: str) -> None:
    claim = next(c for c in call_claims(sentence, Q3_CALL) if c.span_text == span)
    assert claim.kind is ClaimKind.ACTUAL
    assert claim.period is not None and claim.period.label == "2023Q3"


def test_a_long_term_target_stays_a_target() -> None:
    claims = call_claims("Our long-term target is 5% organic growth.", Q3_CALL)
    claim = next(c for c in claims if c.span_text == "5%")
    assert claim.kind is ClaimKind.TARGET
