"""A real earnings-call transcript from ../shared (ECTSum: prepared remarks, management speaking)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from thesisledger.documents import DocumentKind, load_document
from thesisledger.extract import Claim, ClaimKind, Speaker, extract_claims
from thesisledger.quantities import find_quantities
from thesisledger.quantities.units import UnitKind


def test_ectsum_transcript(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ectsum_train" / "transcripts" / "AAN_q1_2021.txt"
    doc = load_document(path, kind=DocumentKind.TRANSCRIPT, date=date(2021, 4, 29))
    claims = extract_claims(doc)
    spans = {(c.start, c.end) for c in claims}
    numbers = [m for m in find_quantities(doc.text) if m.quantity.unit.kind is not UnitKind.DURATION]
    assert numbers and all((m.start, m.end) in spans for m in numbers)
    assert all(c.speaker is Speaker.MANAGEMENT for c in claims)  # prepared remarks: no analyst turns
    by_span: dict[str, Claim] = {}
    for c in claims:
        by_span.setdefault(c.span_text, c)  # the first occurrence
    growth = by_span["11.1%"]
    assert growth.metric == "revenue_growth" and growth.kind is ClaimKind.ACTUAL
    assert growth.period is not None and growth.period.label == "2021Q1"
    assert by_span["15.4%"].metric == "ebitda_margin"
    assert any(c.kind is ClaimKind.GUIDANCE for c in claims)
