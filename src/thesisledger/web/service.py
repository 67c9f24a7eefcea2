"""What the pages and the API show, read from the ledger: shared so both give the same data."""

from __future__ import annotations

from datetime import date
from typing import Any

from thesisledger.documents import Document
from thesisledger.errors import InputError
from thesisledger.report.audit import audit_available, audit_rows
from thesisledger.report.build import claim_row
from thesisledger.report.model import ClaimRow, FindingRow
from thesisledger.store import Ledger
from thesisledger.web.app import NotFoundError


def extractor() -> Any | None:
    """`thesisledger.extract.extract_claims` once it exists in this build, else None."""
    import thesisledger.extract as extract

    return getattr(extract, "extract_claims", None)


def get_document(ledger: Ledger, doc_id: str) -> Document:
    try:
        return ledger.document(doc_id)
    except InputError as exc:
        raise NotFoundError(str(exc)) from None


def document_claims(ledger: Ledger, doc: Document) -> list[ClaimRow]:
    return [claim_row(c, doc.title) for c in ledger.claims(document_id=doc.id)]


def document_findings(ledger: Ledger, doc: Document) -> list[FindingRow] | None:
    """The auditor's findings on `doc` (against its company's stored facts), or None without an auditor."""
    if not audit_available():
        return None
    facts = ledger.facts(doc.company) if doc.company else []
    return audit_rows(doc, ledger.claims(document_id=doc.id), facts)


def search_claims(
    ledger: Ledger,
    *,
    q: str | None = None,
    company: str | None = None,
    metric: str | None = None,
    kind: str | None = None,
    limit: int = 500,
) -> list[ClaimRow]:
    """Claims filtered by company, metric and kind, then by `q` anywhere in the quote or its sentence."""
    from thesisledger.extract.claim import ClaimKind

    if kind and kind not in {k.value for k in ClaimKind}:
        raise InputError(f"kind {kind!r} is not one of {', '.join(k.value for k in ClaimKind)}")
    titles = {d.id: d.title for d in ledger.documents()}
    claims = ledger.claims(company or None, metric or None, kind=kind or None)
    needle = (q or "").strip().lower()
    rows = []
    for c in claims:
        if needle and needle not in c.sentence.lower() and needle not in (c.metric or "").lower():
            continue
        rows.append(claim_row(c, titles.get(c.document_id, c.document_id)))
        if len(rows) >= limit:
            break
    return rows


def add_document(ledger: Ledger, doc: Document) -> tuple[bool, int | None]:
    """Store `doc` and, when extraction exists, its claims and promises (one transaction).
    Returns (new?, claims stored or None)."""
    if doc.company:
        try:
            profile = ledger.company(doc.company)
        except InputError:
            profile = None
        if profile is not None and profile.ticker not in {p.ticker for p in ledger.companies()}:
            ledger.add_company(profile)
    extract = extractor()
    if extract is None:
        return ledger.add_document(doc), None
    from thesisledger.reconcile.guidance import guidance_from_claims

    profile = ledger.company(doc.company) if doc.company else None
    claims = extract(doc, profile)
    promises = None  # like `thesis extract`: guidance claims become promises when company and date are known
    if profile is not None and doc.date is not None:
        promises, _ = guidance_from_claims(claims, profile.ticker, doc.date)
    return ledger.record_document(doc, claims, promises)


EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)


def check_as_of(as_of: date | None) -> date | None:
    """`as_of` if it is a plausible date (year 1900-2999); the store cannot place year 1 in UTC."""
    if as_of is not None and not EARLIEST <= as_of <= LATEST:
        raise InputError(f"as_of {as_of.isoformat()} is out of range; give a date between 1900 and 2999")
    return as_of


def doc_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise InputError(f"date {text!r} is not a date; use YYYY-MM-DD") from None
    return check_as_of(parsed)
