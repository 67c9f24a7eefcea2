"""Claims with no period (issue 3, round PA): readings that date nothing even in a sentence that names a
period, or that the quarter reported on would otherwise take.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import call_claims as _call


def _period_of(text: str, span: str) -> str | None:
    """The period label of the claim whose span is `span`."""
    claims = [c for c in _call(text) if c.span_text == span]
    assert claims, span
    return claims[0].period.label if claims[0].period else None


def test_an_opportunity_size_keeps_no_date_named_before_it() -> None:
    text = "We anticipate a gizmo contract in 2024 with an overall lifetime opportunity of up to $2 billion."
    assert _period_of(text, "up to $2 billion") is None
    # contrast: a size dated after it
    text = "We see a $5 billion addressable gizmo market by 2026."
    assert _period_of(text, "$5 billion") == "2026-12-31"
