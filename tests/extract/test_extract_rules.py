"""extract_claims on small sentences of our own: periods per clause, kinds, currency, non-claims."""

from __future__ import annotations

from datetime import date

import pytest

from thesisledger.companies import find_profile
from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import ClaimKind, Speaker, extract_claims, iter_claims

BABA = find_profile("BABA")


def _doc(
    text: str, kind: DocumentKind = DocumentKind.NOTE, when: date | None = date(2026, 5, 15)
) -> Document:
    return Document(text=text, title="t", kind=kind, date=when)


def test_two_guidance_claims_with_two_periods() -> None:
    text = (
        "Management said the Bailian run-rate is expected to reach RMB 12 billion in July and surpass "
        "RMB 40 billion by the end of the year."
    )
    claims = extract_claims(_doc(text), BABA)
    assert [c.span_text for c in claims] == ["RMB 12 billion", "surpass RMB 40 billion"]
    assert [c.kind for c in claims] == [ClaimKind.GUIDANCE, ClaimKind.GUIDANCE]
    assert [c.entity for c in claims] == ["maas", "maas"]
    assert [c.metric for c in claims] == ["arr", "arr"]
    p1, p2 = (c.period for c in claims)
    assert p1 is not None and p2 is not None
    assert (p1.start, p1.end) == (date(2026, 7, 1), date(2026, 7, 31))
    assert p2.end == date(2026, 12, 31)
    assert claims[1].direction == "surpass"


def test_actual_takes_the_last_closed_quarter() -> None:
    claims = extract_claims(_doc("Taobao GMV grew 6%, while CMR was RMB 70 billion."), BABA)
    assert [c.kind for c in claims] == [ClaimKind.ACTUAL, ClaimKind.ACTUAL]
    assert all(c.period is not None and c.period.label == "FY26Q4" for c in claims)
    assert [c.metric for c in claims] == ["gmv_growth", "cmr"]
    assert claims[0].entity == "taotian"


def test_without_company_calendar_periods_and_no_entities() -> None:
    claims = extract_claims(_doc("Revenue was $5.2 billion, up 12% year-over-year."))
    assert [c.period.label if c.period else None for c in claims] == ["2026Q1", "2026Q1"]
    assert [c.entity for c in claims] == [None, None]
    assert [c.metric for c in claims] == ["revenue", "revenue_growth"]


def test_bare_amount_takes_currency_from_its_sentence_and_metric() -> None:
    text = "The segment loss was USD 4 billion, up from 3 billion. Later the loss reached 5 billion."
    claims = extract_claims(_doc(text), BABA)
    assert [str(c.quantity.unit) for c in claims] == ["USD", "USD", "USD"]


def test_bare_amount_defaults_to_reporting_currency() -> None:
    claims = extract_claims(_doc("Capex may exceed 100 billion this year."), BABA)
    assert str(claims[0].quantity.unit) == "CNY"
    assert claims[0].metric == "capex"


def test_bare_money_amount_before_any_currency_takes_the_documents_currency() -> None:
    text = (
        "Record numbers: revenue of 5 billion and adjusted EBITDA of 1.4 billion.\n"
        "We shipped 4.2 million tons. Cash was EUR 100 million and debt was EUR 5.3 billion.\n"
        "Capex was EUR 90 million."
    )
    claims = extract_claims(_doc(text, DocumentKind.TRANSCRIPT, date(2021, 7, 22)), None)
    units = {c.span_text: str(c.quantity.unit) for c in claims}
    assert units["5 billion"] == units["1.4 billion"] == "EUR"
    assert units["4.2 million tons"] == "count"  # not money: no currency
    # contrast: a bare number measuring no money metric stays a count
    (alone,) = extract_claims(
        _doc("There were 5 billion of them. Capex was EUR 9 million.", when=None), None
    )[:1]
    assert str(alone.quantity.unit) == "count"


def test_kinds_from_cues() -> None:
    text = (
        "We estimate the cloud margin at 12%. The long-term target for cloud margin is 25%. "
        "Revenue of 10 billion and 30 billion means growth of 3x, implying a 200% increase. "
        "In 2015, AWS revenue grew 70%."
    )
    by_span = {c.span_text: c for c in extract_claims(_doc(text), BABA)}
    assert by_span["12%"].kind is ClaimKind.ESTIMATE
    assert by_span["25%"].kind is ClaimKind.TARGET
    assert by_span["200%"].kind is ClaimKind.DERIVED
    assert by_span["70%"].kind is ClaimKind.HISTORICAL
    assert by_span["70%"].entity is None


def test_time_windows_and_years_are_not_claims() -> None:
    text = "Within six months and over the next two quarters of 2026, margin should reach 15%. Call 1-800-555-0100."  # noqa: E501
    claims = extract_claims(_doc(text), BABA)
    assert [c.span_text for c in claims] == ["15%"]


def test_payback_duration_is_a_claim() -> None:
    claims = extract_claims(
        _doc("Management guided a payback period of 3-5 years for the data centers."), BABA
    )
    assert [(c.span_text, c.metric) for c in claims] == [("3-5 years", "payback_period")]


def test_transcript_speakers_and_names() -> None:
    text = (
        "Operator\nOur first question comes from Jane Roe.\n"
        "Jane Roe -- Morgan Stanley -- Analyst\nCan cloud margin reach 20% next year?\n"
        "Eddie Wu -- Chief Executive Officer\nWe expect cloud revenue to grow 30% next year.\n"
    )
    claims = extract_claims(_doc(text, DocumentKind.TRANSCRIPT), BABA)
    assert [c.span_text for c in claims] == ["20%", "30%"]
    assert [c.speaker for c in claims] == [Speaker.ANALYST, Speaker.MANAGEMENT]
    assert claims[1].speaker_name is not None and claims[1].speaker_name.startswith("Eddie Wu")
    assert claims[1].kind is ClaimKind.GUIDANCE


def test_iter_claims_streams_the_same_claims() -> None:
    doc = _doc("Revenue was RMB 5 billion. Margin was 9%.")
    assert list(iter_claims(doc, BABA)) == extract_claims(doc, BABA)


def test_empty_and_numberless_text() -> None:
    assert extract_claims(_doc("No numbers here at all."), BABA) == []
    assert extract_claims(_doc(" "), BABA) == []


@pytest.mark.parametrize("when", [None, date(2026, 5, 15)])
def test_no_date_no_default_period(when: date | None) -> None:
    claims = extract_claims(_doc("Margin was 9%.", when=when), BABA)
    assert (claims[0].period is None) == (when is None)
