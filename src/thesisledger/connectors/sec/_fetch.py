"""One fetch job for `thesis fetch sec`: resolve the company, map its facts, collect its press
releases, hand them to sinks, and say what happened. The CLI only parses arguments and prints."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from thesisledger.companies import CompanyProfile
from thesisledger.connectors.sec._connector import SecConnector
from thesisledger.connectors.sec._filings import PRESS_RELEASE_FORMS, Filing
from thesisledger.facts import Basis, Fact

if TYPE_CHECKING:
    from thesisledger.connectors.sinks import DocumentSink, FactSink


@dataclass
class FetchSummary:
    """What a fetch found and delivered."""

    cik: str
    company: str
    since: date | None
    calendar: str = ""  # "fiscal year ends in month 9 (profile AAPL)"
    facts: list[Fact] = field(default_factory=list)
    facts_result: object = None  # what the fact sink returned (an ImportResult)
    filings: list[Filing] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)  # title, url, date, chars, claims
    skipped_accessions: list[str] = field(default_factory=list)  # filings the ledger already holds
    requests_sent: int = 0

    @property
    def restated(self) -> int:
        return sum(1 for f in self.facts if f.basis is Basis.RESTATED)

    @property
    def derived(self) -> int:
        return sum(1 for f in self.facts if f.note and f.note.startswith("derived"))

    @property
    def claims(self) -> int:
        return sum(int(d.get("claims") or 0) for d in self.documents)

    def to_dict(self, *, with_facts: bool = False) -> dict[str, Any]:
        result = self.facts_result
        d: dict[str, Any] = {
            "cik": self.cik,
            "company": self.company,
            "since": self.since.isoformat() if self.since else None,
            "calendar": self.calendar,
            "facts": len(self.facts),
            "restated": self.restated,
            "derived_q4": self.derived,
            "stored": {
                "added": getattr(result, "added", None),
                "unchanged": getattr(result, "unchanged", None),
                "restated": getattr(result, "restated", None),
            },
            "filings": [
                {
                    "form": f.form,
                    "accession": f.accession,
                    "filed": f.filed.isoformat(),
                    "url": f.index_url,
                }
                for f in self.filings
            ],
            "press_releases": self.documents,
            "claims": self.claims,
            "skipped_filings": self.skipped_accessions,
            "requests_sent": self.requests_sent,
        }
        if with_facts:
            d["fact_rows"] = [fact_to_dict(f) for f in self.facts]
        return d


def fact_to_dict(f: Fact) -> dict[str, Any]:
    return {
        "company": f.company,
        "metric": f.metric,
        "period": f.period.label,
        "period_start": f.period.start.isoformat(),
        "period_end": f.period.end.isoformat(),
        "period_kind": f.period.kind.value,
        **f.quantity.to_dict(),
        "reported_at": f.reported_at.isoformat(),
        "basis": f.basis.value,
        "source": f.source,
        "note": f.note,
    }


def fetch_sec(
    connector: SecConnector,
    ticker_or_cik: str,
    *,
    since: date | None = None,
    facts: bool = True,
    forms: Sequence[str] | None = PRESS_RELEASE_FORMS,
    fact_sink: FactSink | None = None,
    document_sink: DocumentSink | None = None,
    profile: CompanyProfile | None = None,
) -> FetchSummary:
    """Fetch a company's facts (when `facts`) and the filings of `forms` (none when empty or None)
    since `since`; facts go to `fact_sink` in one call, press-release exhibits of the 8-Ks and 6-Ks
    among the filings to `document_sink` one by one as they download.

    `profile` files everything under that company (its ticker and fiscal calendar) instead of the
    one SEC names. A document sink with `known_accessions()` (the ledger) makes a re-run skip the
    filings it already holds; the disk cache makes it skip what an interrupted run downloaded.
    """
    cik = connector.resolve(ticker_or_cik)
    company = profile.ticker if profile is not None else connector.ticker_for(cik)
    summary = FetchSummary(cik=cik, company=company, since=since)
    sent_before = connector.http.requests_sent
    if facts:
        mapping = connector.company_facts_mapping(
            cik, since=since, company=company, calendar=profile.calendar if profile else None
        )
        summary.facts = list(mapping.facts)
        summary.calendar = (
            f"fiscal year ends in month {mapping.calendar.fy_end_month} ({mapping.calendar_source})"
        )
        if fact_sink is not None:
            summary.facts_result = fact_sink.add_facts(summary.facts)
    if forms:
        known_fn = getattr(document_sink, "known_accessions", None)
        known: set[str] = set(known_fn()) if callable(known_fn) else set()
        summary.filings = connector.filings(cik, forms=forms, since=since)
        for filing in summary.filings:
            if filing.base_form not in PRESS_RELEASE_FORMS:
                continue
            if filing.accession in known:
                summary.skipped_accessions.append(filing.accession)
                continue
            for doc in connector.filing_documents(filing):
                if not doc.is_press_release:
                    continue
                document = connector.document(doc, company=company)
                stored = document_sink.add_document(document) if document_sink is not None else None
                summary.documents.append(
                    {
                        "title": document.title,
                        "url": document.source,
                        "accession": filing.accession,
                        "date": filing.filed.isoformat(),
                        "chars": len(document.text),
                        "claims": getattr(stored, "claims", None),
                    }
                )
    summary.requests_sent = connector.http.requests_sent - sent_before
    return summary
