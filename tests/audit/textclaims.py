"""Helpers for audit tests: a Document from text and its claims from the real extractor."""

from __future__ import annotations

from datetime import date

from thesisledger.companies import CompanyProfile
from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import extract_claims
from thesisledger.extract.claim import Claim


def text_doc(text: str, on: date | None = date(2025, 6, 30)) -> Document:
    return Document(text=text, title="test", kind=DocumentKind.NOTE, date=on)


def text_claims(
    text: str, on: date | None = date(2025, 6, 30), company: CompanyProfile | None = None
) -> list[Claim]:
    """The claims `extract_claims` finds in `text` (the same pipeline `thesis audit` runs)."""
    return extract_claims(text_doc(text, on), company)
