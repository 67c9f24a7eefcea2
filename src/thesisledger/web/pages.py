"""Server-rendered pages (Jinja2): dashboard, companies, documents, claims, facts, valuation, report."""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from thesisledger.report import build_report, render_html
from thesisledger.report.html import environment as report_environment
from thesisledger.report.html import report_charts
from thesisledger.web import service
from thesisledger.web.app import LedgerDep, SettingsDep
from thesisledger.web.highlight import highlight
from thesisledger.web.upload import load_upload

router = APIRouter(include_in_schema=False)
Text = Annotated[str | None, Query(max_length=200)]


@cache
def environment() -> jinja2.Environment:
    """Web templates first, then the report's (sections, claims table), with the report's filters."""
    base = report_environment()
    env = base.overlay(
        loader=jinja2.ChoiceLoader([jinja2.PackageLoader("thesisledger.web", "templates"), base.loader])  # type: ignore[list-item]
    )
    return env


def _page(name: str, http_status: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(name).render(doc_link=lambda i: f"/documents/{i}", **context)
    return HTMLResponse(html, status_code=http_status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _page("error.html.j2", status, title="Error", status=status, message=message)


@router.get("/", response_class=HTMLResponse)
def dashboard(ledger: LedgerDep, settings: SettingsDep) -> HTMLResponse:
    docs = ledger.documents()
    return _page(
        "dashboard.html.j2",
        title="Thesis Ledger",
        companies=ledger.companies(),
        documents=docs,
        counts={t: ledger.count(t) for t in ("companies", "documents", "claims", "facts")},
        theses=settings.thesis_files(),
        extraction=service.extractor() is not None,
        max_upload=settings.max_upload_bytes,
        location=ledger.location,
    )


@router.get("/companies/{ticker}", response_class=HTMLResponse)
def company(ticker: str, ledger: LedgerDep, settings: SettingsDep) -> HTMLResponse:
    report = build_report(ledger, ticker, simulations=0)
    return _page(
        "company.html.j2",
        title=report.title,
        report=report,
        charts=report_charts(report),
        theses=settings.thesis_files(),
    )


@router.get("/documents", response_class=HTMLResponse)
def documents(ledger: LedgerDep) -> HTMLResponse:
    return _page("documents.html.j2", title="Documents", documents=ledger.documents())


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(doc_id: str, ledger: LedgerDep) -> HTMLResponse:
    doc = service.get_document(ledger, doc_id)
    claims = service.document_claims(ledger, doc)
    return _page(
        "document.html.j2",
        title=doc.title,
        doc=doc,
        claims=claims,
        pieces=highlight(doc.text, claims),
        extraction=service.extractor() is not None,
        findings=service.document_findings(ledger, doc),
    )


@router.post("/upload")
async def upload(
    ledger: LedgerDep,
    settings: SettingsDep,
    file: Annotated[UploadFile, File()],
    company: Annotated[str | None, Form(max_length=100)] = None,
    doc_date: Annotated[str | None, Form(alias="date", max_length=10)] = None,
) -> Response:
    data = await file.read(settings.max_upload_bytes + 1)
    doc = load_upload(
        data,
        file.filename,
        company=company or None,
        doc_date=service.doc_date(doc_date),
        max_bytes=settings.max_upload_bytes,
    )
    service.add_document(ledger, doc)
    return RedirectResponse(f"/documents/{doc.id}", status_code=303)


@router.get("/claims", response_class=HTMLResponse)
def claims(
    ledger: LedgerDep, q: Text = None, company: Text = None, metric: Text = None, kind: Text = None
) -> HTMLResponse:
    rows = service.search_claims(ledger, q=q, company=company, metric=metric, kind=kind)
    return _page(
        "claims.html.j2",
        title="Claims",
        claims=rows,
        query={"q": q or "", "company": company or "", "metric": metric or "", "kind": kind or ""},
    )


@router.get("/scorecard", response_class=HTMLResponse)
def scorecard(ledger: LedgerDep, company: Text = None, as_of: date | None = None) -> HTMLResponse:
    """Guidance and verdicts: each promise against the actuals, a timeline chart per metric, credibility."""
    report = build_report(ledger, company or None, as_of=service.check_as_of(as_of), simulations=0)
    return _page(
        "scorecard.html.j2",
        title="Guidance scorecard" + (f" · {report.company}" if report.company else ""),
        report=report,
        charts=report_charts(report),
        companies=ledger.companies(),
    )


@router.get("/facts", response_class=HTMLResponse)
def facts(ledger: LedgerDep, company: Text = None) -> HTMLResponse:
    report = build_report(ledger, company or None, simulations=0)
    return _page("facts.html.j2", title="Reported actuals", report=report, charts=report_charts(report))


@router.get("/valuation", response_class=HTMLResponse)
def valuation(
    ledger: LedgerDep,
    settings: SettingsDep,
    thesis: Annotated[str, Query(max_length=300)],
    as_of: date | None = None,
) -> HTMLResponse:
    from thesisledger.valuation import load_thesis

    path = settings.thesis_file(thesis)
    report = build_report(
        ledger,
        load_thesis(path).company,
        thesis_path=path,
        as_of=service.check_as_of(as_of),
        simulations=settings.simulations,
    )
    return _page(
        "valuation.html.j2",
        title=report.valuation.thesis_name if report.valuation else "Valuation",
        report=report,
        charts=report_charts(report),
        thesis=thesis,
    )


@router.get("/report/{ticker}", response_class=HTMLResponse)
def report(
    ticker: str,
    ledger: LedgerDep,
    settings: SettingsDep,
    thesis: Annotated[str | None, Query(max_length=300)] = None,
    as_of: date | None = None,
) -> HTMLResponse:
    """The full self-contained report (the same file `thesis report` writes)."""
    path = settings.thesis_file(thesis) if thesis else None
    rep = build_report(
        ledger, ticker, thesis_path=path, as_of=service.check_as_of(as_of), simulations=settings.simulations
    )
    return HTMLResponse(render_html(rep))
