"""`Backend`: what a ledger database must do. All SQL lives in the backend modules, one per engine.

Rows cross this boundary as plain dicts keyed by column name (see migrations/0001_initial.sql);
`rows.py` turns them into domain objects, so a new engine (PostgreSQL) only writes SQL.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

Row = dict[str, Any]


def where_sql(conditions: Sequence[tuple[str, Any]], placeholder: str) -> tuple[str, list[Any]]:
    """ " WHERE a = ? AND b <= ?" for the (condition, value) pairs whose value is given, with the
    back end's `placeholder` ("?" or "%s") in each condition's "{}"; "" when none is given."""
    given = [(cond, val) for cond, val in conditions if val is not None]
    if not given:
        return "", []
    return " WHERE " + " AND ".join(c.format(placeholder) for c, _ in given), [v for _, v in given]


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    company: str | None = None
    metric: str | None = None
    entity: str | None = None
    kind: str | None = None
    document_id: str | None = None

    def where(self, placeholder: str) -> tuple[str, list[Any]]:
        """The WHERE clause over `claims c JOIN documents d`."""
        return where_sql(
            [
                ("d.company = {}", self.company),
                ("c.metric = {}", self.metric),
                ("c.entity = {}", self.entity),
                ("c.kind = {}", self.kind),
                ("c.document_id = {}", self.document_id),
            ],
            placeholder,
        )


@dataclass(frozen=True, slots=True)
class GuidanceFilter:
    company: str | None = None
    metric: str | None = None
    segment: str | None = None  # "" selects whole-company guidance
    given_by: str | None = None  # ISO date: only guidance given on or before it

    def where(self, placeholder: str) -> tuple[str, list[Any]]:
        """The WHERE clause over `guidance`."""
        return where_sql(
            [
                ("company = {}", self.company),
                ("metric = {}", self.metric),
                ("segment = {}", self.segment),
                ("given_at <= CAST({} AS DATE)", self.given_by),
            ],
            placeholder,
        )


@dataclass(frozen=True, slots=True)
class FactFilter:
    company: str | None = None
    metric: str | None = None
    segment: str | None = None  # "" selects whole-company facts
    period_label: str | None = None
    period_start: str | None = None  # ISO dates; both or neither
    period_end: str | None = None


class Backend(Protocol):
    """One open ledger database. Methods that write must be called inside `transaction()`."""

    location: str

    def close(self) -> None: ...

    def transaction(self) -> AbstractContextManager[None]:
        """Commit on success, roll back on any exception (engine errors become StoreError)."""
        ...

    # -- schema --------------------------------------------------------------------------------
    def schema_version(self) -> int:
        """The highest applied migration, 0 for an empty database (creates the version table)."""
        ...

    def apply_migration(self, version: int, sql: str) -> None: ...

    # -- writes --------------------------------------------------------------------------------
    def upsert_company(self, row: Row) -> bool:
        """Insert or replace a company; True if the ticker was new."""
        ...

    def insert_document(self, row: Row) -> bool:
        """Insert a document unless its id is present; True if it was new."""
        ...

    def replace_claims(self, document_id: str, rows: Sequence[Row]) -> None: ...

    def insert_facts(self, rows: Sequence[Row]) -> int:
        """Insert facts whose id is not present yet; returns how many were inserted."""
        ...

    def replace_document_guidance(self, document_id: str, rows: Sequence[Row]) -> None:
        """Replace the guidance extracted from one document (rows whose source is that document and
        that carry a span); hand-entered guidance is never touched."""
        ...

    def insert_guidance(self, rows: Sequence[Row]) -> int:
        """Insert guidance whose id is not present yet; returns how many were inserted."""
        ...

    # -- reads ---------------------------------------------------------------------------------
    def companies(self) -> list[Row]: ...

    def key_values(self, table: str, column: str) -> set[str]:
        """The distinct non-null values of one text column (documents.id, ingest_files.file_hash)."""
        ...

    def table_rows(self, table: str) -> list[Row]:
        """Every row of one table, in primary-key order (for copying a ledger)."""
        ...

    def open_ingest_failures(self) -> list[Row]:
        """ingest_failures rows whose path no later run has ingested, oldest first."""
        ...

    def documents(self, document_id: str | None = None) -> list[Row]: ...

    def claims(self, where: ClaimFilter) -> list[Row]: ...

    def facts(self, where: FactFilter, as_of: datetime | None, *, history: bool = False) -> list[Row]:
        """Latest row per fact key recorded at or before `as_of` (UTC); all rows if `history`."""
        ...

    def guidance(self, where: GuidanceFilter) -> list[Row]:
        """Guidance rows, oldest given first."""
        ...

    def existing_fact_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these fact ids are already stored."""
        ...

    def existing_fact_keys(self, keys: Sequence[tuple[str, str, str, str, str]]) -> set[tuple[str, ...]]:
        """Which (company, segment, metric, period_start, period_end) keys already have a row."""
        ...

    def last_recorded_at(self) -> datetime | None: ...

    def count(self, table: str) -> int: ...

    # -- bulk ----------------------------------------------------------------------------------
    def bulk_load(self, table: str, parquet_path: Path) -> int:
        """Insert every row of a Parquet file (columns: a subset of `table`'s, same names) in one
        transaction, skipping rows whose primary key is stored already (or repeated in the file); returns
        how many were new. Inside `transaction()` the load joins it, so several loads commit together."""
        ...


def iter_chunks(rows: Sequence[Row], size: int = 500) -> Iterator[Sequence[Row]]:
    for i in range(0, len(rows), size):
        yield rows[i : i + size]
