"""Backend.bulk_load: a Parquet file into a table in one transaction, known primary keys skipped."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from thesisledger.errors import StoreError
from thesisledger.facts import Fact
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import Unit
from thesisledger.store import Ledger, rows

RECORDED = datetime(2026, 1, 2, 3, 4, 5, 678901)


def _facts(n: int, offset: int = 0) -> list[Fact]:
    out = []
    for i in range(offset, offset + n):
        y, q = 2010 + i // 4, i % 4 + 1
        period = Period(
            f"FY{y % 100:02d}Q{q}", date(y, 3 * q - 2, 1), date(y, 3 * q, 28), PeriodKind.QUARTER, y, q
        )
        segment = "cloud" if i % 2 else None
        note = None if i % 3 else f'note, with "quotes" and a\nnewline {i}'
        out.append(Fact("BABA", "revenue", period, Quantity.exact((1000.5 + i) / 3, Unit.currency("CNY")),
                        date(2026, 1, 1), f"release {i}", segment=segment, note=note))  # fmt: skip
    return out


def _parquet(path: Path, facts: list[Fact], drop: tuple[str, ...] = ("source_line", "illustrative")) -> Path:
    data = [{k: v for k, v in rows.fact_row(f, RECORDED).items() if k not in drop} for f in facts]
    pq.write_table(pa.Table.from_pylist(data), path)
    return path


def test_bulk_load_inserts_new_rows_once(ledger: Ledger, tmp_path: Path) -> None:
    backend = ledger._backend
    first = _parquet(tmp_path / "a.parquet", _facts(40))
    assert backend.bulk_load("facts", first) == 40
    assert backend.bulk_load("facts", first) == 0
    overlapping = _parquet(tmp_path / "b.parquet", _facts(30, offset=25))
    assert backend.bulk_load("facts", overlapping) == 15
    assert ledger.count("facts") == 55
    stored = {(f.period.label, f.segment, f.source): f for f in ledger.facts("BABA")}
    for f in _facts(55):
        assert stored[(f.period.label, f.segment, f.source)] == f
    (hist,) = {h.recorded_at for h in ledger.fact_history("BABA")}
    assert hist == RECORDED


def test_bulk_load_fills_defaults_and_keeps_empty_strings(ledger: Ledger, tmp_path: Path) -> None:
    ledger._backend.bulk_load("facts", _parquet(tmp_path / "a.parquet", _facts(2)))
    whole, cloud = (h for h in ledger.fact_history("BABA"))
    assert (whole.fact.segment, whole.fact.illustrative, whole.source_line) == (None, False, None)
    assert cloud.fact.segment == "cloud"
    assert ledger.facts("BABA", entity="") == [whole.fact]


def test_bulk_load_documents_then_claims(ledger: Ledger, tmp_path: Path) -> None:
    from thesisledger.documents.document import Document
    from thesisledger.extract.claim import Claim, ClaimKind, Speaker

    doc = Document(text="Revenue was RMB 5 billion.", title="t", company="BABA")
    five = Quantity.exact(5e9, Unit.currency("RMB"), "billion")
    claim = Claim(doc.id, 12, 25, "RMB 5 billion", doc.text, five,
                  "revenue", ClaimKind.ACTUAL, Speaker.MANAGEMENT)  # fmt: skip
    docs = tmp_path / "docs.parquet"
    pq.write_table(pa.Table.from_pylist([rows.document_row(doc, RECORDED)]), docs)
    claims = tmp_path / "claims.parquet"
    pq.write_table(pa.Table.from_pylist([rows.claim_row(claim)]), claims)
    assert ledger._backend.bulk_load("documents", docs) == 1
    assert ledger._backend.bulk_load("claims", claims) == 1
    assert ledger._backend.bulk_load("claims", claims) == 0
    assert ledger.documents() == [doc]
    assert ledger.claims() == [claim]


def test_bulk_load_is_all_or_nothing(ledger: Ledger, tmp_path: Path) -> None:
    data = [rows.fact_row(f, RECORDED) for f in _facts(5)]
    data[3]["metric"] = None  # NOT NULL column
    bad = tmp_path / "bad.parquet"
    pq.write_table(pa.Table.from_pylist(data), bad)
    with pytest.raises(StoreError):
        ledger._backend.bulk_load("facts", bad)
    assert ledger.count("facts") == 0


def test_bulk_load_refuses_unknown_tables_and_columns(ledger: Ledger, tmp_path: Path) -> None:
    good = _parquet(tmp_path / "a.parquet", _facts(1))
    with pytest.raises(StoreError, match="unknown ledger table 'nope'"):
        ledger._backend.bulk_load("nope", good)
    extra = tmp_path / "extra.parquet"
    pq.write_table(pa.Table.from_pylist([{**rows.fact_row(_facts(1)[0], RECORDED), "colour": "red"}]), extra)
    with pytest.raises(StoreError):
        ledger._backend.bulk_load("facts", extra)
    assert ledger.count("facts") == 0
