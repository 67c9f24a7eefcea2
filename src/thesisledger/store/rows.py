"""Domain objects <-> backend rows (dicts keyed by the columns of migrations/*.sql).

Backend-neutral: every engine stores the same columns, so this mapping is written once.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from thesisledger.companies import CompanyProfile, Entity
from thesisledger.documents.document import Document, DocumentKind
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.facts import Basis, Fact
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import Unit
from thesisledger.reconcile.guidance import Guidance, GuidanceKind
from thesisledger.store.backend import Row


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]


def _as_date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


# -- companies ---------------------------------------------------------------------------------
def company_row(p: CompanyProfile, added_at: datetime) -> Row:
    entities = [
        {"key": e.key, "name": e.name, "aliases": list(e.aliases), "parent": e.parent} for e in p.entities
    ]
    return {
        "ticker": p.ticker,
        "name": p.name,
        "reporting_currency": p.reporting_currency,
        "fy_end_month": p.fy_end_month,
        "aliases": json.dumps(list(p.aliases)),
        "cik": p.cik,
        "entities": json.dumps(entities),
        "added_at": added_at,
    }


def company_from_row(r: Row) -> CompanyProfile:
    return CompanyProfile(
        ticker=r["ticker"],
        name=r["name"],
        reporting_currency=r["reporting_currency"],
        fy_end_month=int(r["fy_end_month"]),
        aliases=tuple(json.loads(r["aliases"])),
        cik=r["cik"],
        entities=tuple(
            Entity(key=e["key"], name=e["name"], aliases=tuple(e["aliases"]), parent=e["parent"])
            for e in json.loads(r["entities"])
        ),
    )


# -- documents ---------------------------------------------------------------------------------
def document_row(d: Document, added_at: datetime) -> Row:
    return {
        "id": d.id,
        "title": d.title,
        "kind": d.kind.value,
        "doc_date": d.date,
        "source": d.source,
        "company": d.company,
        "text": d.text,
        "page_starts": json.dumps(list(d.page_starts)),
        "added_at": added_at,
    }


def document_from_row(r: Row) -> Document:
    return Document(
        text=r["text"],
        title=r["title"],
        kind=DocumentKind(r["kind"]),
        date=None if r["doc_date"] is None else _as_date(r["doc_date"]),
        source=r["source"],
        company=r["company"],
        page_starts=tuple(json.loads(r["page_starts"])),
    )


# -- quantities and periods --------------------------------------------------------------------
def _quantity_cols(q: Quantity) -> Row:
    return {
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "bound": q.bound.value,
        "unit": str(q.unit),
        "scale": q.scale,
    }


def _quantity_from(r: Row, noun: str | None = None, qualitative: str | None = None) -> Quantity:
    unit = Unit.parse(r["unit"])
    if noun and unit.noun is None:
        unit = replace(unit, noun=noun)
    return Quantity(
        low=r["low"],
        high=r["high"],
        bound=Bound(r["bound"]),
        unit=unit,
        scale=r["scale"],
        qualitative=qualitative,
    )


def _period_cols(p: Period | None) -> Row:
    return {
        "period_label": p.label if p else None,
        "period_start": p.start if p else None,
        "period_end": p.end if p else None,
        "period_kind": p.kind.value if p else None,
        "fiscal_year": p.fiscal_year if p else None,
        "fiscal_quarter": p.fiscal_quarter if p else None,
    }


def _period_from(r: Row, *, approximate: bool = False, ambiguity: str | None = None) -> Period | None:
    if r["period_label"] is None:
        return None
    return Period(
        label=r["period_label"],
        start=_as_date(r["period_start"]),
        end=_as_date(r["period_end"]),
        kind=PeriodKind(r["period_kind"]),
        fiscal_year=r["fiscal_year"],
        fiscal_quarter=r["fiscal_quarter"],
        approximate=approximate,
        ambiguity=ambiguity,
    )


# -- claims ------------------------------------------------------------------------------------
def claim_id(document_id: str, start: int, end: int) -> str:
    """Deterministic: the same span of the same document is the same claim."""
    return _hash(document_id, start, end)


def claim_row(c: Claim) -> Row:
    return {
        "id": claim_id(c.document_id, c.start, c.end),
        "document_id": c.document_id,
        "span_start": c.start,
        "span_end": c.end,
        "span_text": c.span_text,
        "sentence": c.sentence,
        "sentence_start": c.sentence_start,
        "page": c.page,
        "entity": c.entity,
        "metric": c.metric,
        "kind": c.kind.value,
        "speaker": c.speaker.value,
        "speaker_name": c.speaker_name,
        "direction": c.direction,
        **_quantity_cols(c.quantity),
        "noun": c.quantity.unit.noun,
        "qualitative": c.quantity.qualitative,
        **_period_cols(c.period),
        "period_approx": bool(c.period and c.period.approximate),
        "period_ambiguity": c.period.ambiguity if c.period else None,
        "refinement": c.refinement,
    }


def claim_from_row(r: Row) -> Claim:
    return Claim(
        document_id=r["document_id"],
        start=int(r["span_start"]),
        end=int(r["span_end"]),
        span_text=r["span_text"],
        sentence=r["sentence"],
        quantity=_quantity_from(r, noun=r["noun"], qualitative=r["qualitative"]),
        metric=r["metric"],
        kind=ClaimKind(r["kind"]),
        speaker=Speaker(r["speaker"]),
        entity=r["entity"],
        period=_period_from(r, approximate=bool(r["period_approx"]), ambiguity=r["period_ambiguity"]),
        speaker_name=r["speaker_name"],
        direction=r["direction"],
        sentence_start=int(r["sentence_start"]),
        page=int(r["page"]),
        refinement=r.get("refinement"),
    )


# -- facts -------------------------------------------------------------------------------------
def fact_row_id(f: Fact) -> str:
    """Identity of a stored fact: its key, its value and its source. Same three -> stored once."""
    q = f.quantity
    return _hash(*f.key, repr(q.low), repr(q.high), q.bound.value, str(q.unit), f.source)


def fact_row(f: Fact, recorded_at: datetime, source_line: int | None = None) -> Row:
    return {
        "id": fact_row_id(f),
        "company": f.company,
        "segment": f.segment or "",
        "metric": f.metric,
        **_period_cols(f.period),
        **_quantity_cols(f.quantity),
        "basis": f.basis.value,
        "source": f.source,
        "source_line": source_line,
        "reported_at": f.reported_at,
        "recorded_at": recorded_at,
        "illustrative": f.illustrative,
        "note": f.note,
    }


def fact_from_row(r: Row) -> Fact:
    period = _period_from(r)
    assert period is not None  # facts.period_label is NOT NULL
    return Fact(
        company=r["company"],
        metric=r["metric"],
        period=period,
        quantity=_quantity_from(r),
        reported_at=_as_date(r["reported_at"]),
        source=r["source"],
        segment=r["segment"] or None,
        basis=Basis(r["basis"]),
        illustrative=bool(r["illustrative"]),
        note=r["note"],
    )


# -- guidance ----------------------------------------------------------------------------------
def guidance_row(g: Guidance, recorded_at: datetime) -> Row:
    q = g.quantity
    return {
        "id": g.id,
        "claim_id": (
            claim_id(g.source, g.span_start, g.span_end)
            if g.span_start is not None and g.span_end is not None
            else None
        ),
        "company": g.company,
        "segment": g.entity or "",
        "metric": g.metric,
        **_period_cols(g.period),
        "period_approx": g.period.approximate,
        "period_ambiguity": g.period.ambiguity,
        "period_text": g.period_text,
        "low": q.low,
        "high": q.high,
        "bound": q.bound.value,
        "unit": str(q.unit),
        "scale": q.scale,
        "qualitative": q.qualitative,
        "noun": q.unit.noun,
        "given_at": g.given_at,
        "recorded_at": recorded_at,
        "kind": g.kind.value,
        "speaker": g.speaker,
        "source": g.source,
        "quote": g.quote,
        "span_start": g.span_start,
        "span_end": g.span_end,
        "withdrawn": g.withdrawn,
    }


def guidance_from_row(r: Row) -> Guidance:
    period = _period_from(r, approximate=bool(r["period_approx"]), ambiguity=r["period_ambiguity"])
    assert period is not None  # guidance.period_label is NOT NULL
    return Guidance(
        id=r["id"],
        company=r["company"],
        entity=r["segment"] or None,
        metric=r["metric"],
        quantity=_quantity_from(r, noun=r["noun"], qualitative=r["qualitative"]),
        period=period,
        speaker=r["speaker"] or "",
        given_at=_as_date(r["given_at"]),
        source=r["source"] or "",
        quote=r["quote"] or "",
        span_start=r["span_start"],
        span_end=r["span_end"],
        kind=GuidanceKind(r["kind"] or "guidance"),
        period_text=r["period_text"],
        withdrawn=bool(r["withdrawn"]),
    )
