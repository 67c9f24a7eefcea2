"""Parquet staging of ingest results: one file per table per batch, then one bulk load per batch.

The Arrow schemas mirror the columns of store/migrations (0001 documents and claims, 0003 ingest
tables, 0004 a claim's refinement); every engine's `bulk_load` inserts them by column name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

_S = pa.string()
_I = pa.int64()
_F = pa.float64()
_D = pa.date32()
_T = pa.timestamp("us")

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("id", _S),
            ("title", _S),
            ("kind", _S),
            ("doc_date", _D),
            ("source", _S),
            ("company", _S),
            ("text", pa.large_string()),
            ("page_starts", _S),
            ("added_at", _T),
        ]
    ),
    "claims": pa.schema(
        [
            ("id", _S),
            ("document_id", _S),
            ("span_start", _I),
            ("span_end", _I),
            ("span_text", _S),
            ("sentence", _S),
            ("sentence_start", _I),
            ("page", _I),
            ("entity", _S),
            ("metric", _S),
            ("kind", _S),
            ("speaker", _S),
            ("speaker_name", _S),
            ("direction", _S),
            ("value", _F),
            ("low", _F),
            ("high", _F),
            ("bound", _S),
            ("unit", _S),
            ("noun", _S),
            ("scale", _S),
            ("qualitative", _S),
            ("period_label", _S),
            ("period_start", _D),
            ("period_end", _D),
            ("period_kind", _S),
            ("fiscal_year", _I),
            ("fiscal_quarter", _I),
            ("period_approx", pa.bool_()),
            ("period_ambiguity", _S),
            ("refinement", _S),
        ]
    ),
    "ingest_files": pa.schema(
        [("file_hash", _S), ("document_id", _S), ("path", _S), ("claims", _I), ("ingested_at", _T)]
    ),
    "ingest_failures": pa.schema(
        [("id", _S), ("path", _S), ("file_hash", _S), ("stage", _S), ("reason", _S), ("failed_at", _T)]
    ),
}

LOAD_ORDER = ("documents", "claims", "ingest_files", "ingest_failures")
"""Documents before their claims (claims reference documents), the file log after both."""

Columns = dict[str, list[Any]]


def empty_columns(table: str) -> Columns:
    return {name: [] for name in SCHEMAS[table].names}


def extend_columns(into: Columns, more: Mapping[str, Sequence[Any]]) -> None:
    for name, values in into.items():
        values.extend(more[name])


def append_row(into: Columns, row: Mapping[str, Any]) -> None:
    for name, values in into.items():
        values.append(row[name])


def write_batch(folder: Path, batch_no: int, tables: Mapping[str, Columns]) -> list[tuple[str, Path]]:
    """Write each non-empty table to `folder`/batch-NNNNNN-<table>.parquet, in LOAD_ORDER."""
    staged: list[tuple[str, Path]] = []
    for table in LOAD_ORDER:
        cols = tables.get(table)
        if not cols or not next(iter(cols.values())):
            continue
        path = folder / f"batch-{batch_no:06d}-{table}.parquet"
        pq.write_table(pa.Table.from_pydict(cols, schema=SCHEMAS[table]), path)
        staged.append((table, path))
    return staged
