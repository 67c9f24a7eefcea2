"""Claims from earnings documents: every quantity with entity, metric, period, kind, speaker and span.

    from thesisledger.extract import extract_claims
    claims = extract_claims(load_document("note.txt", date=date(2026, 5, 15)), find_profile("BABA"))

The pipeline lives in extract/extractor.py; it is imported on first use because documents/ imports
`Claim` and `Speaker` from this package.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from thesisledger.extract.claim import Claim, ClaimKind, Speaker

if TYPE_CHECKING:
    from thesisledger.companies import CompanyProfile
    from thesisledger.documents.document import Document


def extract_claims(doc: Document, company: CompanyProfile | None = None) -> list[Claim]:
    """Every quantitative claim in `doc`, in text order (one per quantity).

    `company` gives entities, the fiscal calendar and the reporting currency; without it the
    profile named by `doc.company` is used if known, else calendar-year periods and no entities.
    """
    from thesisledger.extract.extractor import extract_claims as run

    return run(doc, company)


def iter_claims(doc: Document, company: CompanyProfile | None = None) -> Iterator[Claim]:
    """`extract_claims`, streamed claim by claim."""
    from thesisledger.extract.extractor import iter_claims as run

    return run(doc, company)


__all__ = ["Claim", "ClaimKind", "Speaker", "extract_claims", "iter_claims"]
