"""Claims from a few sentences of our own read as an earnings call: the helpers the extract tests share."""

from __future__ import annotations

from datetime import date

from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import ClaimKind, extract_claims
from thesisledger.extract.claim import Claim

Q1_CALL = date(2023, 4, 27)  # a call about January-March 2023
Q2_CALL = date(2023, 7, 27)  # a call about April-June 2023
Q3_CALL = date(2023, 10, 26)  # a call about July-September 2023
METRIC_CALL = date(2021, 7, 28)  # the call date the metric tests read their sentences at (a Q2 2021 call)


def call_claims(text: str, when: date = Q3_CALL) -> list[Claim]:
    """The claims of `text` as a transcript dated `when`, with no company profile (calendar quarters)."""
    return extract_claims(Document(text=text, title="t", kind=DocumentKind.TRANSCRIPT, date=when))


def period_of(text: str, span: str, when: date = Q3_CALL) -> str | None:
    """The period label of the first claim of `text` (a call dated `when`) whose span is `span`."""
    claims = call_claims(text, when)
    found = [c for c in claims if c.span_text == span]
    assert found, (span, [c.span_text for c in claims])
    return found[0].period.label if found[0].period else None


def period_labels(claims: list[Claim]) -> list[str | None]:
    return [c.period.label if c.period else None for c in claims]


def call_metrics(text: str, when: date = METRIC_CALL) -> dict[str, str | None]:
    """Each claim's metric by its span, for `text` read as a call dated `when`."""
    return {c.span_text: c.metric for c in call_claims(text, when)}


def claim_kinds(text: str, when: date) -> dict[str, ClaimKind]:
    """Each claim's kind by its span, for `text` read as a call dated `when`."""
    return {c.span_text: c.kind for c in call_claims(text, when)}
