"""The PostgreSQL backend: one ledger shared by a team. All PostgreSQL SQL lives here.

Many writers at once: every table has a primary key and every insert is `ON CONFLICT DO NOTHING`,
so two processes writing the same rows store them once and lose none. Three transaction-scoped
advisory locks (per schema) serialise the writes whose reads must see each other's commits:
migrations, fact imports (so `recorded_at` keeps increasing and restatements are counted right)
and replacing one document's claims. Rows are inserted in primary-key order, so two transactions
that overlap wait for each other instead of deadlocking.

Connection strings are libpq URLs (`postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?options]`);
messages and `location` show them with the password masked.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row

from thesisledger.errors import StoreError, StoreUnavailableError, ThesisLedgerError
from thesisledger.store.backend import ClaimFilter, FactFilter, GuidanceFilter, Row, iter_chunks

_SCHEMES = ("postgresql://", "postgres://")
_FACT_KEY = "company, segment, metric, period_start, period_end"
_FACT_ORDER = 'company COLLATE "C", segment COLLATE "C", metric COLLATE "C", period_start, period_end'
_PASSWORD_IN_URL = re.compile(r"^(\w+://[^:/@?#]*):[^@/?#]*@")
_PASSWORD_PARAM = re.compile(r"(password=)[^&\s]*", re.IGNORECASE)
_CONNECT_TIMEOUT = 10  # seconds, unless the URL says otherwise
_COPY_BATCH = 50_000


def is_postgres_url(target: str) -> bool:
    return target.startswith(_SCHEMES)


def redact(url: str) -> str:
    """The URL with any password replaced by ***, safe for messages and logs."""
    return _PASSWORD_PARAM.sub(r"\1***", _PASSWORD_IN_URL.sub(r"\1:***@", url))


def _reason(exc: BaseException, url: str) -> str:
    """libpq's explanation in a few words: the tail of its first line, minus 'FATAL:' noise."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    tail = first.rsplit("failed: ", 1)[-1].strip()
    tail = re.sub(r"^(FATAL|ERROR):\s*", "", tail)
    password = conninfo_password(url)
    if password:
        tail = re.sub(rf"(?<!\w){re.escape(password)}(?!\w)", "***", tail)
    return _PASSWORD_PARAM.sub(r"\1***", tail).rstrip(".")


def conninfo_password(url: str) -> str | None:
    try:
        value = conninfo_to_dict(url).get("password")
    except psycopg.Error:
        return None
    return str(value) if value else None


def _where(url: str) -> str:
    """'database "thesis" on 127.0.0.1:5432' (what the user needs to find the server)."""
    try:
        info = conninfo_to_dict(url)
    except psycopg.Error:
        return redact(url)
    host = info.get("host") or "localhost"
    port = info.get("port") or "5432"
    db = info.get("dbname") or info.get("user") or "postgres"
    return f'database "{db}" on {host}:{port}'


class PostgresBackend:
    """A ledger in a PostgreSQL database (in the schema the connection's search_path names)."""

    def __init__(self, url: str) -> None:
        self.location = redact(url)
        try:
            info = conninfo_to_dict(url)
        except psycopg.Error as exc:
            raise StoreUnavailableError(
                f"malformed PostgreSQL URL {self.location} ({_reason(exc, url)}); "
                "write postgresql://USER@HOST:PORT/DATABASE"
            ) from exc
        extra: dict[str, Any] = {"application_name": "thesisledger"}
        if "connect_timeout" not in info:
            extra["connect_timeout"] = _CONNECT_TIMEOUT
        try:
            self._con: psycopg.Connection[Row] = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, **extra
            )
        except psycopg.Error as exc:
            raise StoreUnavailableError(
                f"cannot connect to the PostgreSQL ledger {_where(url)} ({_reason(exc, url)}); "
                "check that the server is running and the URL in --db or THESIS_DB"
            ) from exc
        self._url = url
        self._in_tx = False

    def close(self) -> None:
        self._con.close()

    # -- plumbing ------------------------------------------------------------------------------
    def _fail(self, exc: psycopg.Error, doing: str) -> StoreError:
        if isinstance(exc, psycopg.OperationalError) and self._con.broken:
            return StoreUnavailableError(
                f"lost the connection to the PostgreSQL ledger {_where(self._url)} "
                f"({_reason(exc, self._url)}); {doing}"
            )
        return StoreError(f"ledger {self.location}: {doing}: {_reason(exc, self._url)}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._in_tx:
            raise StoreError("nested ledger transactions are not supported")
        self._in_tx = True
        try:
            with self._con.transaction():
                yield
        except ThesisLedgerError:
            raise
        except psycopg.Error as exc:
            raise self._fail(exc, "write failed and was rolled back") from exc
        finally:
            self._in_tx = False

    @contextmanager
    def _own_transaction(self) -> Iterator[None]:
        """A transaction of its own, or the caller's if one is open."""
        if self._in_tx:
            yield
        else:
            with self.transaction():
                yield

    def _exec(self, query: str | sql.Composable, params: Sequence[Any] = ()) -> psycopg.Cursor[Row]:
        try:
            return self._con.execute(query, list(params) or None)  # type: ignore[arg-type]
        except psycopg.Error as exc:
            if self._in_tx:
                raise  # transaction() rolls back and translates
            raise self._fail(exc, "query failed") from exc

    def _rows(self, query: str | sql.Composable, params: Sequence[Any] = ()) -> list[Row]:
        return self._exec(query, params).fetchall()

    def _lock(self, name: str) -> None:
        """A transaction-scoped advisory lock, per schema, so separate test schemas do not contend."""
        self._exec("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || %s, 0))", [name])

    def _insert(self, table: str, rows: Sequence[Row], conflict: str = "") -> int:
        if not rows:
            return 0
        cols = list(rows[0])
        head = sql.SQL("INSERT INTO {} ({}) VALUES ").format(
            sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, cols))
        )
        one = "(" + ", ".join(["%s"] * len(cols)) + ")"
        inserted = 0
        for chunk in iter_chunks(rows):
            query = head + sql.SQL(", ".join([one] * len(chunk)) + " " + conflict)
            inserted += self._exec(query, [r[c] for r in chunk for c in cols]).rowcount
        return inserted

    def _tables(self) -> set[str]:
        found = self._rows(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        )
        return {r["table_name"] for r in found}

    def _check_table(self, table: str) -> None:
        tables = self._tables()
        if table not in tables:
            raise StoreError(f"unknown ledger table {table!r}; tables are {', '.join(sorted(tables))}")

    def _primary_key(self, table: str) -> list[str]:
        found = self._rows(
            "SELECT a.attname AS col FROM pg_index i JOIN pg_attribute a "
            "ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            "WHERE i.indrelid = to_regclass(%s) AND i.indisprimary "
            "ORDER BY array_position(i.indkey::int2[], a.attnum)",
            [table],
        )
        return [str(r["col"]) for r in found]

    # -- schema --------------------------------------------------------------------------------
    def schema_version(self) -> int:
        self._lock("schema_version")  # two processes opening a new database migrate one after the other
        self._exec(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)"
        )
        row = self._rows("SELECT coalesce(max(version), 0) AS v FROM schema_version")
        return int(row[0]["v"]) if row else 0

    def apply_migration(self, version: int, sql_text: str) -> None:
        self._exec(sql_text)
        self._exec(
            "INSERT INTO schema_version VALUES (%s, %s)", [version, datetime.now(UTC).replace(tzinfo=None)]
        )

    # -- writes --------------------------------------------------------------------------------
    def upsert_company(self, row: Row) -> bool:
        cols = list(row)
        updates = [c for c in cols if c not in ("ticker", "added_at")]
        query = sql.SQL(
            "INSERT INTO companies ({}) VALUES ({}) ON CONFLICT (ticker) DO UPDATE SET {} "
            "RETURNING (xmax = 0) AS inserted"
        ).format(
            sql.SQL(", ").join(map(sql.Identifier, cols)),
            sql.SQL(", ").join(sql.Placeholder() * len(cols)),
            sql.SQL(", ").join(
                sql.SQL("{} = EXCLUDED.{}").format(sql.Identifier(c), sql.Identifier(c)) for c in updates
            ),
        )
        result = self._rows(query, [row[c] for c in cols])
        return bool(result[0]["inserted"])

    def insert_document(self, row: Row) -> bool:
        return self._insert("documents", [row], "ON CONFLICT DO NOTHING") == 1

    def replace_claims(self, document_id: str, rows: Sequence[Row]) -> None:
        self._lock("claims:" + document_id)  # one replacement of this document's claims at a time
        self._exec("DELETE FROM claims WHERE document_id = %s", [document_id])
        self._insert("claims", sorted(rows, key=lambda r: str(r["id"])), "ON CONFLICT DO NOTHING")

    def replace_document_guidance(self, document_id: str, rows: Sequence[Row]) -> None:
        self._lock("guidance:" + document_id)
        self._exec("DELETE FROM guidance WHERE source = %s AND span_start IS NOT NULL", [document_id])
        self._insert("guidance", sorted(rows, key=lambda r: str(r["id"])), "ON CONFLICT DO NOTHING")

    def insert_facts(self, rows: Sequence[Row]) -> int:
        return self._insert("facts", sorted(rows, key=lambda r: str(r["id"])), "ON CONFLICT DO NOTHING")

    def insert_guidance(self, rows: Sequence[Row]) -> int:
        return self._insert("guidance", sorted(rows, key=lambda r: str(r["id"])), "ON CONFLICT DO NOTHING")

    # -- reads ---------------------------------------------------------------------------------
    def companies(self) -> list[Row]:
        return self._rows('SELECT * FROM companies ORDER BY ticker COLLATE "C"')

    def documents(self, document_id: str | None = None) -> list[Row]:
        if document_id is None:
            return self._rows('SELECT * FROM documents ORDER BY added_at, id COLLATE "C"')
        return self._rows("SELECT * FROM documents WHERE id = %s", [document_id])

    def claims(self, where: ClaimFilter) -> list[Row]:
        cond, params = where.where("%s")
        query = "SELECT c.* FROM claims c JOIN documents d ON d.id = c.document_id" + cond
        order = ' ORDER BY d.added_at, c.document_id COLLATE "C", c.span_start, c.span_end'
        return self._rows(query + order, params)

    def facts(self, where: FactFilter, as_of: datetime | None, *, history: bool = False) -> list[Row]:
        conds: list[str] = []
        params: list[Any] = []
        for col, val, cast in (
            ("company", where.company, ""),
            ("metric", where.metric, ""),
            ("segment", where.segment, ""),
            ("period_label", where.period_label, ""),
            ("period_start", where.period_start, "DATE"),
            ("period_end", where.period_end, "DATE"),
        ):
            if val is not None:
                conds.append(f"{col} = CAST(%s AS {cast})" if cast else f"{col} = %s")
                params.append(val)
        if as_of is not None:
            conds.append("recorded_at <= %s")
            params.append(as_of)
        where_sql = (" WHERE " + " AND ".join(conds)) if conds else ""
        if history:
            query = f"SELECT * FROM facts{where_sql}"
        else:
            query = (
                f"SELECT * FROM (SELECT DISTINCT ON ({_FACT_KEY}) * FROM facts{where_sql} "
                f"ORDER BY {_FACT_KEY}, recorded_at DESC, id) latest"
            )
        return self._rows(query + f" ORDER BY {_FACT_ORDER}, recorded_at, id", params)

    def guidance(self, where: GuidanceFilter) -> list[Row]:
        cond, params = where.where("%s")
        query = "SELECT * FROM guidance" + cond
        order = (
            ' ORDER BY given_at, company COLLATE "C", metric COLLATE "C", segment COLLATE "C", '
            'period_end, id COLLATE "C"'
        )
        return self._rows(query + order, params)

    def existing_fact_ids(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        found = self._rows("SELECT id FROM facts WHERE id = ANY(%s)", [list(ids)])
        return {r["id"] for r in found}

    def existing_fact_keys(self, keys: Sequence[tuple[str, str, str, str, str]]) -> set[tuple[str, ...]]:
        if not keys:
            return set()
        found = self._rows(
            "SELECT DISTINCT company, segment, metric, to_char(period_start, 'YYYY-MM-DD') AS ps, "
            "to_char(period_end, 'YYYY-MM-DD') AS pe FROM facts WHERE company = ANY(%s)",
            [sorted({k[0] for k in keys})],
        )
        present = {(r["company"], r["segment"], r["metric"], r["ps"], r["pe"]) for r in found}
        return {k for k in keys if k in present}

    def last_recorded_at(self) -> datetime | None:
        # Every fact import starts here: inside a transaction, take the facts lock first, so
        # concurrent imports run one after the other and each sees the rows the other committed.
        if self._in_tx:
            self._lock("facts")
        row = self._rows("SELECT max(recorded_at) AS t FROM facts")
        value = row[0]["t"] if row else None
        return value if isinstance(value, datetime) else None

    def count(self, table: str) -> int:
        self._check_table(table)
        row = self._rows(sql.SQL("SELECT count(*) AS n FROM {}").format(sql.Identifier(table)))
        return int(row[0]["n"]) if row else 0

    def table_rows(self, table: str) -> list[Row]:
        self._check_table(table)
        order = sql.SQL(", ").join(sql.Identifier(c) for c in self._primary_key(table))
        return self._rows(sql.SQL("SELECT * FROM {} ORDER BY {}").format(sql.Identifier(table), order))

    def key_values(self, table: str, column: str) -> set[str]:
        """The distinct non-null values of one text column (documents.id, ingest_files.file_hash)."""
        self._check_table(table)
        found = self._rows(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s AND column_name = %s",
            [table, column],
        )
        if not found:
            raise StoreError(f"table {table} has no column {column!r}")
        query = sql.SQL("SELECT DISTINCT {c} AS v FROM {t} WHERE {c} IS NOT NULL").format(
            c=sql.Identifier(column), t=sql.Identifier(table)
        )
        return {str(r["v"]) for r in self._rows(query)}

    def open_ingest_failures(self) -> list[Row]:
        """ingest_failures rows whose path no later run has ingested, oldest first."""
        return self._rows(
            "SELECT f.* FROM ingest_failures f WHERE NOT EXISTS (SELECT 1 FROM ingest_files i "
            'WHERE i.path = f.path AND i.ingested_at >= f.failed_at) ORDER BY f.failed_at, f.path COLLATE "C"'
        )

    # -- bulk ----------------------------------------------------------------------------------
    def bulk_load(self, table: str, parquet_path: Path) -> int:
        """COPY the Parquet rows (as CSV) into a temporary table, then INSERT ... ON CONFLICT DO NOTHING."""
        try:
            parquet = pq.ParquetFile(parquet_path)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot read Parquet file {parquet_path}: {exc}") from exc
        cols = list(parquet.schema_arrow.names)
        self._check_table(table)
        known = {
            r["column_name"]
            for r in self._rows(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema() AND table_name = %s",
                [table],
            )
        }
        unknown = [c for c in cols if c not in known]
        if unknown:
            raise StoreError(
                f"Parquet file {parquet_path} has columns {', '.join(unknown)} "
                f"that table {table} does not have"
            )
        staging = sql.Identifier(f"_bulk_{table}")
        col_list = sql.SQL(", ").join(map(sql.Identifier, cols))
        options = pa_csv.WriteOptions(include_header=False, quoting_style="all_valid")
        with self._own_transaction():
            self._exec(
                sql.SQL("CREATE TEMP TABLE {} ON COMMIT DROP AS SELECT {} FROM {} WITH NO DATA").format(
                    staging, col_list, sql.Identifier(table)
                )
            )
            copy_sql = sql.SQL("COPY {} ({}) FROM STDIN (FORMAT csv)").format(staging, col_list)
            with self._con.cursor() as cur, cur.copy(copy_sql) as copy:
                for batch in parquet.iter_batches(batch_size=_COPY_BATCH):
                    buf = io.BytesIO()
                    pa_csv.write_csv(batch, buf, write_options=options)
                    copy.write(buf.getbuffer())
            # in primary-key order: faster index inserts, and two loads that overlap wait, not deadlock
            key = self._primary_key(table)
            order = (
                sql.SQL(" ORDER BY {}").format(sql.SQL(", ").join(map(sql.Identifier, key)))
                if key and set(key) <= set(cols)
                else sql.SQL("")
            )
            inserted = self._exec(
                sql.SQL("INSERT INTO {} ({}) SELECT {} FROM {}{} ON CONFLICT DO NOTHING").format(
                    sql.Identifier(table), col_list, col_list, staging, order
                )
            ).rowcount
            self._exec(sql.SQL("DROP TABLE {}").format(staging))
        return inserted
