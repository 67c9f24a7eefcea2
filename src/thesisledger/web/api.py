"""The JSON API under /api: the same data as the pages, described by the OpenAPI schema at /openapi.json."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, UploadFile
from pydantic import BaseModel, ConfigDict

from thesisledger.documents import Document
from thesisledger.report.build import thesis_view, valuation_section
from thesisledger.report.model import ClaimRow
from thesisledger.valuation import load_thesis
from thesisledger.web import service
from thesisledger.web.app import LedgerDep, SettingsDep
from thesisledger.web.upload import load_upload

router = APIRouter(prefix="/api", tags=["api"])

Text = Annotated[str | None, Query(max_length=200)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CompanyOut(_Model):
    ticker: str
    name: str
    reporting_currency: str
    fy_end_month: int
    aliases: list[str]


class DocumentOut(_Model):
    id: str
    title: str
    kind: str
    date: date | None
    source: str
    company: str | None
    chars: int


class ClaimOut(_Model):
    claim_id: str
    document_id: str
    document_title: str
    start: int
    end: int
    span_text: str
    sentence: str
    value: str  # as written by the formatter ("CNY 158 billion")
    low: float | None  # base units of `unit`
    high: float | None
    unit: str
    metric: str | None
    entity: str | None
    kind: str
    period: str | None
    speaker: str
    speaker_name: str | None


class DocumentDetail(DocumentOut):
    text: str
    claims: list[ClaimOut]


class FactOut(_Model):
    company: str
    segment: str | None
    metric: str
    period: str
    period_start: date
    period_end: date
    low: float | None
    high: float | None
    unit: str
    shown: str
    source: str
    reported_at: date
    illustrative: bool


class UploadOut(_Model):
    id: str
    title: str
    new: bool
    claims: int | None  # None: claim extraction is not in this build
    url: str


class ValuationOut(_Model):
    thesis: str
    thesis_file: str
    currency: str
    share_unit: str
    valuation: dict[str, Any]
    scenarios: list[dict[str, Any]]
    simulation: dict[str, Any] | None
    tornado: dict[str, Any] | None
    triggers: list[dict[str, Any]]


def document_out(d: Document) -> DocumentOut:
    return DocumentOut(
        id=d.id,
        title=d.title,
        kind=d.kind.value,
        date=d.date,
        source=d.source,
        company=d.company,
        chars=len(d.text),
    )


def claim_out(c: ClaimRow) -> ClaimOut:
    return ClaimOut(
        claim_id=c.claim_id,
        document_id=c.document_id,
        document_title=c.document_title,
        start=c.start,
        end=c.end,
        span_text=c.span_text,
        sentence=c.sentence,
        value=c.value,
        low=c.value_low,
        high=c.value_high,
        unit=c.unit,
        metric=c.metric,
        entity=c.entity,
        kind=c.kind,
        period=c.period,
        speaker=c.speaker,
        speaker_name=c.speaker_name,
    )


@router.get("/companies", response_model=list[CompanyOut])
def companies(ledger: LedgerDep) -> list[CompanyOut]:
    """Companies added to the ledger."""
    return [
        CompanyOut(
            ticker=p.ticker,
            name=p.name,
            reporting_currency=p.reporting_currency,
            fy_end_month=p.fy_end_month,
            aliases=list(p.aliases),
        )
        for p in ledger.companies()
    ]


@router.get("/documents", response_model=list[DocumentOut])
def documents(ledger: LedgerDep, company: Text = None) -> list[DocumentOut]:
    """Stored documents, optionally of one company (ticker)."""
    want = company.strip().upper() if company else None
    return [document_out(d) for d in ledger.documents() if want is None or (d.company or "").upper() == want]


@router.get("/documents/{doc_id}", response_model=DocumentDetail)
def document(doc_id: str, ledger: LedgerDep) -> DocumentDetail:
    """One document: its text and every claim extracted from it, with spans into the text."""
    d = service.get_document(ledger, doc_id)
    claims = [claim_out(c) for c in service.document_claims(ledger, d)]
    return DocumentDetail(**document_out(d).model_dump(), text=d.text, claims=claims)


class QuoteOut(_Model):
    start: int
    end: int
    text: str


class FindingOut(_Model):
    rule: str
    status: str
    severity: str
    quotes: list[QuoteOut]
    explanation: str
    suggestion: str | None


class AuditOut(_Model):
    document_id: str
    available: bool  # False: this build has no auditor (thesisledger.audit), so no findings
    findings: list[FindingOut]


@router.get("/documents/{doc_id}/audit", response_model=AuditOut)
def document_audit(doc_id: str, ledger: LedgerDep) -> AuditOut:
    """The audit of one document: failed checks, most severe first, each with its quotes (spans)."""
    d = service.get_document(ledger, doc_id)
    rows = service.document_findings(ledger, d)
    findings = [
        FindingOut(
            rule=f.rule,
            status=f.status,
            severity=f.severity,
            quotes=[QuoteOut(start=q.start, end=q.end, text=q.text) for q in f.quotes],
            explanation=f.explanation,
            suggestion=f.suggestion,
        )
        for f in rows or ()
    ]
    return AuditOut(document_id=d.id, available=rows is not None, findings=findings)


class VerdictOut(_Model):
    guidance_id: str
    company: str
    entity: str | None
    metric: str
    promise: str
    low: float | None
    high: float | None
    unit: str
    period: str
    due: date | None
    given_at: date
    speaker: str
    kind: str
    status: str
    actual: str
    actual_value: float | None
    distance_pct: float | None
    quote: str
    source: str
    illustrative: bool
    revision: str | None
    superseded_by: str | None


class ScorecardOut(_Model):
    company: str | None
    as_of: date
    verdicts: list[VerdictOut]
    credibility: list[dict[str, Any]]


@router.get("/scorecard", response_model=ScorecardOut)
def scorecard(ledger: LedgerDep, company: Text = None, as_of: date | None = None) -> ScorecardOut:
    """Every promise judged against the actuals reported by `as_of` (default today), with credibility."""
    from dataclasses import asdict

    from thesisledger.report.build import scorecard_section

    when = service.check_as_of(as_of) or date.today()
    card = scorecard_section(ledger, company or None, when)
    verdicts = [
        VerdictOut(**{k: v for k, v in asdict(r).items() if k in VerdictOut.model_fields})
        for r in card.verdicts
    ]
    return ScorecardOut(
        company=company or None,
        as_of=when,
        verdicts=verdicts,
        credibility=[asdict(c) for c in card.credibility],
    )


@router.post("/documents", response_model=UploadOut, status_code=201)
async def upload(
    ledger: LedgerDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File(description="A .txt, .md, .html or .pdf document")],
    company: Annotated[str | None, Form(max_length=100)] = None,
    doc_date: Annotated[str | None, Form(alias="date", max_length=10)] = None,
) -> UploadOut:
    """Upload a document: stored (idempotent by content) and, when extraction is available, extracted."""
    data = await file.read(settings.max_upload_bytes + 1)
    doc = load_upload(
        data,
        file.filename,
        company=company or None,
        doc_date=service.doc_date(doc_date),
        max_bytes=settings.max_upload_bytes,
    )
    new, n = service.add_document(ledger, doc)
    return UploadOut(id=doc.id, title=doc.title, new=new, claims=n, url=f"/documents/{doc.id}")


@router.get("/claims", response_model=list[ClaimOut])
def claims(
    ledger: LedgerDep,
    q: Text = None,
    company: Text = None,
    metric: Text = None,
    kind: Text = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> list[ClaimOut]:
    """Search claims by company, metric, kind and free text (in the quote's sentence)."""
    rows = service.search_claims(ledger, q=q, company=company, metric=metric, kind=kind, limit=limit)
    return [claim_out(c) for c in rows]


@router.get("/facts", response_model=list[FactOut])
def facts(
    ledger: LedgerDep,
    company: Text = None,
    metric: Text = None,
    segment: Text = None,
    as_of: date | None = None,
) -> list[FactOut]:
    """Reported actuals as known on `as_of` (default: now)."""
    from thesisledger.quantities.format import format_quantity

    found = ledger.facts(company or None, metric or None, segment, as_of=service.check_as_of(as_of))
    return [
        FactOut(
            company=f.company,
            segment=f.segment,
            metric=f.metric,
            period=f.period.label,
            period_start=f.period.start,
            period_end=f.period.end,
            low=f.quantity.low,
            high=f.quantity.high,
            unit=str(f.quantity.unit),
            shown=format_quantity(f.quantity),
            source=f.source,
            reported_at=f.reported_at,
            illustrative=f.illustrative,
        )
        for f in found
    ]


@router.get("/valuation", response_model=ValuationOut)
def valuation(
    ledger: LedgerDep,
    settings: SettingsDep,
    thesis: Annotated[str, Query(max_length=300, description="Thesis file, relative to the server's folder")],
    simulate: Annotated[int, Query(ge=0, le=200_000)] = 20_000,
    seed: Annotated[int, Query(ge=0, le=2**32 - 1)] = 7,
    as_of: date | None = None,
) -> ValuationOut:
    """Value a thesis file against the ledger's facts: median inputs, scenarios, Monte Carlo, triggers."""
    from thesisledger.cli._common import finite

    path = settings.thesis_file(thesis)
    view = thesis_view(ledger, load_thesis(path).company)
    v = valuation_section(path, view, service.check_as_of(as_of), simulate, seed)
    return ValuationOut(
        thesis=v.thesis_name,
        thesis_file=thesis,
        currency=v.currency,
        share_unit=v.share_unit,
        valuation=finite(v.central.to_dict()),
        scenarios=[finite(s.to_dict()) for s in v.scenarios],
        simulation=None if v.simulation is None else finite(v.simulation.to_dict()),
        tornado=None if v.tornado is None else finite(v.tornado.to_dict()),
        triggers=[finite(t.to_dict()) for t in v.triggers],
    )
