"""Kinds read from the period when no cue says: the month a call is held in, the year still running."""

from __future__ import annotations

from datetime import date

from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import ClaimKind, extract_claims

CALL_DATE = date(2021, 7, 22)  # a Q2 2021 call held in July


def _kinds(text: str, when: date = CALL_DATE) -> dict[str, ClaimKind]:
    doc = Document(text=text, title="t", kind=DocumentKind.TRANSCRIPT, date=when)
    return {c.span_text: c.kind for c in extract_claims(doc, None)}


def test_the_month_of_the_call_is_what_happened_so_far() -> None:
    kinds = _kinds("So far in July, our mills are running at a 3.4 million tons annualized rate.")
    assert kinds["3.4 million tons"] is ClaimKind.ACTUAL
    kinds = _kinds("Earlier this month we paid down $250 million of the term loan.")
    assert kinds["$250 million"] is ClaimKind.ACTUAL


def test_a_month_still_ahead_or_a_forward_word_stays_guidance() -> None:
    # August has not begun on the call date: a figure for it is a plan
    kinds = _kinds("In August 2021, shipments of 900,000 tons are scheduled.")
    assert kinds["900,000 tons"] is ClaimKind.GUIDANCE
    # the month of the call with a forward word
    kinds = _kinds("For July, we expect shipments of about 1.2 million tons.")
    assert kinds["about 1.2 million tons"] is ClaimKind.GUIDANCE
