"""Claims from a few sentences of our own read as an earnings call: the helpers the extract tests share."""

from __future__ import annotations

from datetime import date

from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import ClaimKind, extract_claims
from thesisledger.extract.claim import Claim


def call_claims(text: str, when: date) -> list[Claim]:
    """The claims of `text` as a transcript dated `when`, with no company profile (calendar quarters)."""
    return extract_claims(Document(text=text, title="t", kind=DocumentKind.TRANSCRIPT, date=when))


def period_labels(claims: list[Claim]) -> list[str | None]:
    return [c.period.label if c.period else None for c in claims]


def claim_kinds(text: str, when: date) -> dict[str, ClaimKind]:
    """Each claim's kind by its span, for `text` read as a call dated `when`."""
    return {c.span_text: c.kind for c in call_claims(text, when)}
