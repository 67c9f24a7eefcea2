"""Companies, documents and claims in the ledger: round trips, idempotence, atomic replacement."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from thesisledger.companies import CompanyProfile, Entity, find_profile
from thesisledger.documents.document import Document, DocumentKind
from thesisledger.errors import InputError
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import RATIO, Unit
from thesisledger.store import Ledger

TEXT = "Cloud revenue rose to RMB 40 billion. We expect a margin above 12% next quarter, and 5 million users."


def _doc() -> Document:
    return Document(
        text=TEXT,
        title="Example results call",
        kind=DocumentKind.TRANSCRIPT,
        date=date(2026, 5, 14),
        source="/tmp/example.txt",
        company="BABA",
        page_starts=(0, 40),
    )


def _claims(doc: Document) -> list[Claim]:
    def span(s: str) -> tuple[int, int]:
        i = doc.text.index(s)
        return i, i + len(s)

    s1, e1 = span("RMB 40 billion")
    s2, e2 = span("above 12%")
    s3, e3 = span("5 million users")
    q4 = Period("FY26Q4", date(2026, 1, 1), date(2026, 3, 31), PeriodKind.QUARTER, 2026, 4)
    q1 = Period("FY27Q1", date(2026, 4, 1), date(2026, 6, 30), PeriodKind.QUARTER, 2027, 1, approximate=True)
    revenue = Quantity.exact(40e9, Unit.currency("RMB"), "billion")
    margin = Quantity.more_than(0.12, RATIO, "%")
    users = Quantity.exact(5e6, Unit.parse("count:users"), "million")
    return [
        Claim(doc.id, s1, e1, "RMB 40 billion", doc.text[:37], revenue, "revenue", ClaimKind.ACTUAL,
              Speaker.MANAGEMENT, entity="cloud", period=q4, speaker_name="A. Speaker -- CFO"),
        Claim(doc.id, s2, e2, "above 12%", doc.text[38:81], margin, "ebita_margin", ClaimKind.GUIDANCE,
              Speaker.MANAGEMENT, entity="cloud", period=q1, direction="above", sentence_start=38),
        Claim(doc.id, s3, e3, "5 million users", doc.text[38:], users, "mau", ClaimKind.ACTUAL,
              Speaker.AUTHOR, sentence_start=38, page=2),
    ]  # fmt: skip


def test_company_round_trip_and_lookup(ledger: Ledger) -> None:
    mine = CompanyProfile(
        ticker="ACME",
        name="Acme Widgets",
        reporting_currency="EUR",
        fy_end_month=6,
        aliases=("Acme",),
        entities=(Entity("widgets", "Widgets", ("widget unit",)),),
    )
    assert ledger.add_company(mine) is True
    assert ledger.add_company(find_profile("BABA")) is True
    assert ledger.add_company(mine) is False
    assert ledger.companies() == [mine, find_profile("BABA")]
    assert ledger.company("acme") == mine
    assert ledger.count("companies") == 2


def test_fiscal_periods_of_a_ledger_company(ledger: Ledger, tmp_path: Path) -> None:
    ledger.add_company(CompanyProfile("ACME", "Acme Widgets", "EUR", 6))
    path = tmp_path / "acme.csv"
    path.write_text("company,metric,period,value,unit\nACME,revenue,FY26Q1,5,EUR\n", encoding="utf-8")
    ledger.import_facts(path)
    (fact,) = ledger.facts("ACME")
    assert (fact.period.start, fact.period.end) == (date(2025, 7, 1), date(2025, 9, 30))


def test_add_document_is_idempotent(ledger: Ledger) -> None:
    doc = _doc()
    assert ledger.add_document(doc) is True
    assert ledger.add_document(doc) is False
    assert ledger.count("documents") == 1
    assert ledger.document(doc.id) == doc
    assert ledger.documents() == [doc]


def test_claims_round_trip_and_filters(ledger: Ledger) -> None:
    doc = _doc()
    ledger.add_document(doc)
    claims = _claims(doc)
    assert ledger.add_claims(doc.id, claims) == 3
    assert ledger.claims() == claims
    assert ledger.claims(company="Alibaba", metric="revenue") == [claims[0]]
    assert ledger.claims(entity="cloud", kind="guidance") == [claims[1]]
    assert ledger.claims(kind=ClaimKind.ACTUAL) == [claims[0], claims[2]]
    assert ledger.claims(company="TCEHY") == []
    stored = ledger.claims(metric="ebita_margin")[0]
    assert doc.text[stored.start : stored.end] == stored.span_text


def test_add_claims_replaces_atomically(ledger: Ledger) -> None:
    doc = _doc()
    ledger.add_document(doc)
    claims = _claims(doc)
    ledger.add_claims(doc.id, claims)
    ledger.add_claims(doc.id, claims)
    assert ledger.count("claims") == 3

    ledger.add_claims(doc.id, claims[:1])
    assert ledger.claims() == claims[:1]

    clash = Claim(doc.id, claims[0].start, claims[0].end, "RMB 40 billion", "other", claims[0].quantity,
                  "ebita", ClaimKind.ACTUAL, Speaker.AUTHOR)  # fmt: skip
    with pytest.raises(InputError, match="share the span"):
        ledger.add_claims(doc.id, [*claims, clash])
    assert ledger.claims() == claims[:1]


def test_claims_need_their_document(ledger: Ledger) -> None:
    doc = _doc()
    with pytest.raises(InputError, match="add the document first"):
        ledger.add_claims(doc.id, _claims(doc))
    ledger.add_document(doc)
    with pytest.raises(InputError, match="belongs to document"):
        ledger.add_claims(doc.id, [*_claims(doc)[:1], *_claims(_doc_other())])
    assert ledger.count("claims") == 0


def _doc_other() -> Document:
    return Document(text=TEXT + " More.", title="Other")


def test_record_document_replaces_its_extracted_guidance_only(ledger: Ledger) -> None:
    from thesisledger.reconcile.guidance import Guidance

    doc = _doc()
    claims = _claims(doc)
    q1 = claims[1].period
    assert q1 is not None

    def promise(gid: str, start: int | None) -> Guidance:
        end = None if start is None else start + 9
        given = date(2026, 5, 14)
        q = claims[1].quantity
        return Guidance(gid, "BABA", "cloud", "ebita_margin", q, q1, "CFO", given, doc.id, "above 12%",
                        span_start=start, span_end=end)  # fmt: skip

    typed = promise("typed", None)  # hand-entered, naming the document as its source
    ledger.add_guidance([typed])
    ledger.record_document(doc, claims, [promise("a", claims[1].start), promise("b", claims[1].start)])
    assert sorted(g.id for g in ledger.guidance()) == ["a", "b", "typed"]
    ledger.record_document(doc, claims, [promise("b", claims[1].start)])
    assert sorted(g.id for g in ledger.guidance()) == ["b", "typed"]
    assert ledger.guidance(company="BABA", entity="cloud")[0].quote == "above 12%"
