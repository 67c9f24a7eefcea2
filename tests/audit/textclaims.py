"""Build Claims from text with find_quantities + split_sentences, for rule tests (metric left None)."""

from __future__ import annotations

from datetime import date

from thesisledger.documents import Document, DocumentKind, sentence_at, split_sentences
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.quantities import find_quantities


def text_claims(text: str) -> list[Claim]:
    doc_id = "test"
    spans = split_sentences(text)
    out: list[Claim] = []
    for m in find_quantities(text):
        s, e = sentence_at(spans, m.start) or (m.start, m.end)
        out.append(
            Claim(
                document_id=doc_id,
                start=m.start,
                end=m.end,
                span_text=m.text,
                sentence=text[s:e],
                quantity=m.quantity,
                metric=None,
                kind=ClaimKind.ACTUAL,
                speaker=Speaker.AUTHOR,
                sentence_start=s,
            )
        )
    return out


def text_doc(text: str, on: date | None = date(2025, 6, 30)) -> Document:
    return Document(text=text, title="test", kind=DocumentKind.NOTE, date=on)
