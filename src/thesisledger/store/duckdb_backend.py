"""The DuckDB backend: the default ledger, one file, zero setup. All DuckDB SQL lives here.

Locking: DuckDB lets one process open a database file for writing and holds an OS file lock until
the connection closes. We keep that model (no lock files of our own) and translate the conflict into
StoreLockedError naming the holder's PID, which DuckDB reports in its message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from thesisledger.errors import StoreError, StoreLockedError, ThesisLedgerError
from thesisledger.store.backend import ClaimFilter, FactFilter, GuidanceFilter, Row, iter_chunks

_PID = re.compile(r"\(PID (\d+)\)")
_TABLES = (
    "companies",
    "documents",
    "claims",
    "facts",
    "guidance",
    "fx_rates",
    "schema_version",
    "ingest_files",
    "ingest_failures",
)
_FACT_KEY = "company, segment, metric, period_start, period_end"


def _open_error(location: str, exc: duckdb.Error) -> StoreError:
    msg = str(exc)
    if "lock" in msg.lower():
        m = _PID.search(msg)
        holder = f" (pid {m.group(1)})" if m else ""
        return StoreLockedError(
            f"ledger {location} is locked by another process{holder}; close it or use --db for another file"
        )
    return StoreError(f"cannot open ledger {location}: {msg}; check the path or use --db for another file")


def _check_table(table: str) -> None:
    """Refuse a name that is not a ledger table (names go into SQL text: never take one unchecked)."""
    if table not in _TABLES:
        raise StoreError(f"unknown ledger table {table!r}; tables are {', '.join(_TABLES)}")


class DuckDBBackend:
    """A ledger in one DuckDB file (or ":memory:")."""

    def __init__(self, location: str, *, read_only: bool = False) -> None:
        self.location = location
        try:
            self._con = duckdb.connect(location, read_only=read_only)
        except duckdb.Error as exc:
            raise _open_error(location, exc) from exc
        self._in_tx = False

    def close(self) -> None:
        self._con.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            raise StoreError("nested ledger transactions are not supported")
        self._in_tx = True
        try:
            self._con.begin()
            try:
                yield
            except BaseException:
                self._con.rollback()
                raise
            self._con.commit()
        except ThesisLedgerError:
            raise
        except duckdb.Error as exc:
            raise StoreError(f"ledger {self.location}: write failed and was rolled back: {exc}") from exc
        finally:
            self._in_tx = False

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            cur = self._con.execute(sql, list(params))
            cols = [d[0] for d in cur.description or ()]
            return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"ledger {self.location}: query failed: {exc}") from exc

    def _insert(self, table: str, rows: Sequence[Row], conflict: str = "") -> None:
        if not rows:
            return
        cols = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) {conflict}"
        for chunk in iter_chunks(rows):
            self._con.executemany(sql, [[r[c] for c in cols] for r in chunk])

    # -- schema --------------------------------------------------------------------------------
    def schema_version(self) -> int:
        self._con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)"
        )
        row = self._con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def apply_migration(self, version: int, sql: str) -> None:
        self._con.execute(sql)
        self._con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [version])

    # -- writes --------------------------------------------------------------------------------
    def upsert_company(self, row: Row) -> bool:
        existing = self._con.execute(
            "SELECT added_at FROM companies WHERE ticker = ?", [row["ticker"]]
        ).fetchone()
        if existing is not None:
            row = {**row, "added_at": existing[0]}
            self._con.execute("DELETE FROM companies WHERE ticker = ?", [row["ticker"]])
        self._insert("companies", [row])
        return existing is None

    def insert_document(self, row: Row) -> bool:
        before = self.count("documents")
        self._insert("documents", [row], "ON CONFLICT DO NOTHING")
        return self.count("documents") > before

    def replace_claims(self, document_id: str, rows: Sequence[Row]) -> None:
        self._con.execute("DELETE FROM claims WHERE document_id = ?", [document_id])
        self._insert("claims", rows)

    def replace_document_guidance(self, document_id: str, rows: Sequence[Row]) -> None:
        self._con.execute("DELETE FROM guidance WHERE source = ? AND span_start IS NOT NULL", [document_id])
        self._insert("guidance", rows, "ON CONFLICT DO NOTHING")

    def insert_facts(self, rows: Sequence[Row]) -> int:
        before = self.count("facts")
        self._insert("facts", rows, "ON CONFLICT DO NOTHING")
        return self.count("facts") - before

    def insert_guidance(self, rows: Sequence[Row]) -> int:
        before = self.count("guidance")
        self._insert("guidance", rows, "ON CONFLICT DO NOTHING")
        return self.count("guidance") - before

    def bulk_load(self, table: str, parquet_path: Path) -> int:
        if not self._in_tx:
            with self.transaction():
                return self.bulk_load(table, parquet_path)
        table_cols = self._columns(table)
        try:
            described = self._con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(parquet_path)])
            file_cols = [str(r[0]) for r in described.fetchall()]
        except duckdb.Error as exc:
            raise StoreError(f"cannot read staged rows {parquet_path}: {exc}") from exc
        unknown = [c for c in file_cols if c not in table_cols]
        if unknown:
            raise StoreError(f"{parquet_path}: columns {', '.join(unknown)} are not in table {table}")
        key = self._primary_key(table)
        missing = [c for c in key if c not in file_cols]
        if missing:
            raise StoreError(
                f"{parquet_path}: the key column(s) {', '.join(missing)} of table {table} are missing"
            )
        cols = ", ".join(f'"{c}"' for c in file_cols)
        on = " AND ".join(f'k."{c}" = p."{c}"' for c in key)
        src = "read_parquet(?)"
        # An anti-join on the key, not ON CONFLICT DO NOTHING: DuckDB runs that as a MERGE that groups
        # every column by key (several times slower). Keys repeated inside the file are rare (a
        # retried batch), checked on the key columns alone, and only then deduplicated.
        key_cols = ", ".join(f'"{c}"' for c in key)
        dupes = self._con.execute(
            f"SELECT count(*) - count(DISTINCT ({key_cols})) FROM {src}", [str(parquet_path)]
        ).fetchone()
        if dupes and dupes[0]:
            src = f"(SELECT * FROM read_parquet(?) QUALIFY row_number() OVER (PARTITION BY {key_cols}) = 1)"
        row = self._con.execute(
            f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {src} AS p "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} AS k WHERE {on})",
            [str(parquet_path)],
        ).fetchone()
        return int(row[0]) if row else 0

    def _primary_key(self, table: str) -> list[str]:
        found = self._con.execute(
            "SELECT constraint_column_names FROM duckdb_constraints() "
            "WHERE table_name = ? AND constraint_type = 'PRIMARY KEY'",
            [table],
        ).fetchone()
        if not found:
            raise StoreError(f"table {table} has no primary key; bulk_load skips rows by key")
        return [str(c) for c in found[0]]

    def _columns(self, table: str) -> list[str]:
        _check_table(table)
        found = self._con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position",
            [table],
        ).fetchall()
        return [str(r[0]) for r in found]

    # -- reads ---------------------------------------------------------------------------------
    def companies(self) -> list[Row]:
        return self._rows("SELECT * FROM companies ORDER BY ticker")

    def key_values(self, table: str, column: str) -> set[str]:
        if column not in self._columns(table):
            raise StoreError(f"table {table} has no column {column!r}")
        found = self._con.execute(f'SELECT DISTINCT "{column}" FROM {table} WHERE "{column}" IS NOT NULL')
        return {str(r[0]) for r in found.fetchall()}

    def table_rows(self, table: str) -> list[Row]:
        _check_table(table)
        order = ", ".join(f'"{c}"' for c in self._primary_key(table))
        return self._rows(f"SELECT * FROM {table} ORDER BY {order}")

    def open_ingest_failures(self) -> list[Row]:
        return self._rows(
            "SELECT f.* FROM ingest_failures f WHERE NOT EXISTS (SELECT 1 FROM ingest_files i "
            "WHERE i.path = f.path AND i.ingested_at >= f.failed_at) ORDER BY f.failed_at, f.path"
        )

    def documents(self, document_id: str | None = None) -> list[Row]:
        if document_id is None:
            return self._rows("SELECT * FROM documents ORDER BY added_at, id")
        return self._rows("SELECT * FROM documents WHERE id = ?", [document_id])

    def claims(self, where: ClaimFilter) -> list[Row]:
        cond, params = where.where("?")
        sql = "SELECT c.* FROM claims c JOIN documents d ON d.id = c.document_id" + cond
        return self._rows(sql + " ORDER BY d.added_at, c.document_id, c.span_start, c.span_end", params)

    def facts(self, where: FactFilter, as_of: datetime | None, *, history: bool = False) -> list[Row]:
        conds: list[str] = []
        params: list[Any] = []
        for col, val in (
            ("company", where.company),
            ("metric", where.metric),
            ("segment", where.segment),
            ("period_label", where.period_label),
            ("period_start", where.period_start),
            ("period_end", where.period_end),
        ):
            if val is not None:
                conds.append(f"{col} = ?")
                params.append(val)
        if as_of is not None:
            conds.append("recorded_at <= ?")
            params.append(as_of)
        sql = "SELECT * FROM facts"
        if conds:
            sql += " WHERE " + " AND ".join(conds)
        if not history:
            sql += f" QUALIFY row_number() OVER (PARTITION BY {_FACT_KEY} ORDER BY recorded_at DESC, id) = 1"
        return self._rows(sql + f" ORDER BY {_FACT_KEY}, recorded_at", params)

    def guidance(self, where: GuidanceFilter) -> list[Row]:
        cond, params = where.where("?")
        sql = "SELECT * FROM guidance" + cond
        return self._rows(sql + " ORDER BY given_at, company, metric, segment, period_end, id", params)

    def existing_fact_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        found = self._rows("SELECT id FROM facts WHERE id IN (SELECT unnest(?::TEXT[]))", [list(ids)])
        return {r["id"] for r in found}

    def existing_fact_keys(self, keys: Sequence[tuple[str, str, str, str, str]]) -> set[tuple[str, ...]]:
        if not keys:
            return set()
        rows = self._rows(
            "SELECT DISTINCT company, segment, metric, "
            "strftime(period_start, '%Y-%m-%d') AS ps, strftime(period_end, '%Y-%m-%d') AS pe FROM facts "
            "WHERE company IN (SELECT DISTINCT unnest(?::TEXT[]))",
            [sorted({k[0] for k in keys})],
        )
        present = {(r["company"], r["segment"], r["metric"], r["ps"], r["pe"]) for r in rows}
        return {k for k in keys if k in present}

    def last_recorded_at(self) -> datetime | None:
        row = self._con.execute("SELECT max(recorded_at) FROM facts").fetchone()
        return row[0] if row and row[0] is not None else None

    def count(self, table: str) -> int:
        _check_table(table)
        row = self._con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0
