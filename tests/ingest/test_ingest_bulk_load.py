"""bulk_load on DuckDB and Ledger.load_staged: Parquet in, rows inserted, keys never duplicated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from thesisledger.documents.document import Document, DocumentKind
from thesisledger.errors import StoreError
from thesisledger.ingest.staging import SCHEMAS, empty_columns, write_batch
from thesisledger.store import Ledger
from thesisledger.store.duckdb_backend import DuckDBBackend
from thesisledger.store.rows import document_row

NOW = datetime(2026, 5, 20, 9, 30)


def _doc(text: str) -> Document:
    return Document(
        text=text, title="A call", kind=DocumentKind.TRANSCRIPT, date=date(2026, 5, 14), source="x.txt"
    )


def _documents_file(path: Path, docs: list[Document]) -> Path:
    cols = empty_columns("documents")
    for d in docs:
        for k, v in document_row(d, NOW).items():
            cols[k].append(v)
    pq.write_table(pa.Table.from_pydict(cols, schema=SCHEMAS["documents"]), path)
    return path


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger.open(tmp_path / "l.duckdb") as led:
        yield led


def test_bulk_load_inserts_every_row_once(tmp_path: Path) -> None:
    backend = DuckDBBackend(str(tmp_path / "b.duckdb"))
    Ledger(backend)  # migrates
    first = _documents_file(tmp_path / "a.parquet", [_doc("Revenue rose 5%."), _doc("Margin was 9%.")])
    assert backend.bulk_load("documents", first) == 2
    assert backend.bulk_load("documents", first) == 0  # same keys: nothing added
    again = _documents_file(
        tmp_path / "b.parquet", [_doc("Margin was 9%."), _doc("Capex of $3 billion.")] * 2
    )
    assert backend.bulk_load("documents", again) == 1  # one new key, repeated in the file
    assert backend.count("documents") == 3
    row = backend.documents(_doc("Capex of $3 billion.").id)[0]
    assert row["doc_date"] == date(2026, 5, 14) and row["added_at"] == NOW and row["kind"] == "transcript"
    backend.close()


def test_bulk_load_takes_a_subset_of_columns(tmp_path: Path) -> None:
    backend = DuckDBBackend(":memory:")
    Ledger(backend)
    path = tmp_path / "f.parquet"
    pq.write_table(
        pa.table({"file_hash": ["h1"], "document_id": ["d1"], "path": ["/a.txt"], "claims": [3],
                  "ingested_at": pa.array([NOW], pa.timestamp("us"))}),
        path,
    )  # fmt: skip
    assert backend.bulk_load("ingest_files", path) == 1
    assert backend.key_values("ingest_files", "file_hash") == {"h1"}


def test_bulk_load_refuses_unknown_columns_and_tables(tmp_path: Path) -> None:
    backend = DuckDBBackend(":memory:")
    Ledger(backend)
    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"file_hash": ["h"], "colour": ["red"]}), path)
    with pytest.raises(StoreError, match="colour"):
        backend.bulk_load("ingest_files", path)
    with pytest.raises(StoreError, match="unknown ledger table 'nope'"):
        backend.bulk_load("nope", path)
    assert backend.count("ingest_files") == 0
    no_key = tmp_path / "nokey.parquet"
    pq.write_table(pa.table({"path": ["/a.txt"]}), no_key)
    with pytest.raises(StoreError, match="key column"):
        backend.bulk_load("ingest_files", no_key)


def test_load_staged_is_one_transaction(ledger: Ledger, tmp_path: Path) -> None:
    docs = _documents_file(tmp_path / "d.parquet", [_doc("Revenue rose 5%.")])
    broken = tmp_path / "c.parquet"
    pq.write_table(
        pa.table({"id": ["c1"], "document_id": ["no-such-document"]}), broken
    )  # NOT NULL columns missing
    with pytest.raises(StoreError):
        ledger.load_staged([("documents", docs), ("claims", broken)])
    assert ledger.count("documents") == 0  # the documents of a failed batch did not land either
    assert ledger.load_staged([("documents", docs)]) == {"documents": 1}


def test_staging_schemas_match_the_rows_the_store_writes(ledger: Ledger, tmp_path: Path) -> None:
    assert SCHEMAS["documents"].names == list(document_row(_doc("x"), NOW))
    batch = {t: empty_columns(t) for t in SCHEMAS}
    for k, v in document_row(_doc("Revenue rose 5%."), NOW).items():
        batch["documents"][k].append(v)
    staged = write_batch(tmp_path, 1, batch)
    assert [t for t, _ in staged] == ["documents"]  # empty tables are not written
    assert staged[0][1].name == "batch-000001-documents.parquet"
    assert ledger.load_staged(staged) == {"documents": 1}
