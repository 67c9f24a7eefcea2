"""`Ledger`: the store of companies, documents, claims and reported facts. Backend-neutral.

    with Ledger.open() as ledger:               # --db, else THESIS_DB, else ~/.local/share/...
        ledger.add_company(find_profile("BABA"))
        ledger.import_facts("facts.csv")        # idempotent; a changed value is a restatement
        ledger.facts("BABA", metric="revenue", as_of=datetime(2026, 6, 1))

Every write is one transaction: it happens completely or not at all.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType

import pyarrow as pa
import pyarrow.parquet as pq

from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.documents.document import Document
from thesisledger.errors import InputError, StoreError, UnknownCompanyError
from thesisledger.extract.claim import Claim, ClaimKind
from thesisledger.facts import Fact
from thesisledger.periods.period import Period
from thesisledger.reconcile.guidance import Guidance
from thesisledger.store import rows
from thesisledger.store.backend import Backend, ClaimFilter, FactFilter, GuidanceFilter
from thesisledger.store.fact_files import FactLine, read_fact_lines
from thesisledger.store.schema import migrate

DEFAULT_PATH = Path("~/.local/share/thesisledger/ledger.duckdb")


def default_location(path: str | Path | None = None) -> str:
    """The ledger: `path` if given, else $THESIS_DB, else ~/.local/share/thesisledger/ledger.duckdb.

    A `postgresql://` (or `postgres://`) URL names a PostgreSQL ledger and is returned as given;
    anything else is a DuckDB file, optionally written `duckdb://PATH`.
    """
    raw = str(path) if path is not None else (os.environ.get("THESIS_DB") or str(DEFAULT_PATH))
    if raw == ":memory:" or raw.startswith(("postgresql://", "postgres://")):
        return raw
    # pathlib folds "//" to "/", so a URL that went through a Path option arrives as "postgresql:/..."
    m = _MANGLED_URL.match(raw)
    if m:
        return f"{m.group(1)}://{raw[m.end() :]}"
    if raw.startswith("duckdb:"):
        raw = raw.removeprefix("duckdb:").removeprefix("//")
    return str(Path(raw).expanduser())


_MANGLED_URL = re.compile(r"^(postgresql|postgres):/(?!/)")


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _to_utc(t: datetime) -> datetime:
    """Naive times are local time (what a user types); the store keeps naive UTC."""
    return t.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: rows `added` (of which `restated` changed a known value), rows `unchanged`."""

    added: int
    unchanged: int
    restated: int


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file a corpus run could not ingest: where, at which stage (read, load, extract, worker), why."""

    path: str
    stage: str
    reason: str
    file_hash: str = ""
    failed_at: datetime | None = None  # UTC


@dataclass(frozen=True, slots=True)
class RecordedFact:
    """A stored fact with when the ledger learned it and the file line it came from."""

    fact: Fact
    recorded_at: datetime  # UTC
    source_line: int | None


class Ledger:
    """The public store API. Open with `Ledger.open(path)`; use as a context manager or `close()`."""

    def __init__(self, backend: Backend) -> None:
        self._backend = backend
        self.schema_version_at_open = migrate(backend)

    @classmethod
    def open(cls, path: str | Path | None = None) -> Ledger:
        """Open (creating and migrating as needed) the ledger at `path` (see `default_location`):
        a DuckDB file, or a PostgreSQL database given as a `postgresql://` URL."""
        location = default_location(path)
        backend: Backend
        if location.startswith(("postgresql://", "postgres://")):
            from thesisledger.store.postgres_backend import PostgresBackend

            backend = PostgresBackend(location)
        else:
            from thesisledger.store.duckdb_backend import DuckDBBackend

            if location != ":memory:":
                try:
                    Path(location).parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create the folder for ledger {location}: {exc}") from exc
            backend = DuckDBBackend(location)
        try:
            return cls(backend)
        except BaseException:
            backend.close()
            raise

    @property
    def location(self) -> str:
        return self._backend.location

    def close(self) -> None:
        self._backend.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    COPIED_TABLES = (
        "companies", "documents", "claims", "facts", "guidance",
        "fx_rates", "ingest_files", "ingest_failures",
    )  # fmt: skip
    _COPIED_AS_IS = ("fx_rates", "ingest_files", "ingest_failures")
    """Tables copied row for row, skipping keys the target has (a corpus run's log travels with it)."""

    def copy_into(self, target: Ledger) -> dict[str, int]:
        """Copy companies, documents, claims, facts (with their history), guidance, FX rates and the
        corpus-ingest log into `target` in one transaction there; returns the rows each table gained.
        Re-running adds nothing: rows are matched by primary key, a document's claims are replaced
        as a whole, and a company profile already in `target` is updated to this ledger's."""
        src, dst = self._backend, target._backend
        companies = src.companies()
        documents = src.documents()
        claims: dict[str, list[dict[str, object]]] = {}
        for row in src.claims(ClaimFilter()):
            claims.setdefault(str(row["document_id"]), []).append(row)
        facts = src.facts(FactFilter(), None, history=True)
        guidance = src.guidance(GuidanceFilter())
        as_is = {t: src.table_rows(t) for t in self._COPIED_AS_IS}
        before = {t: dst.count(t) for t in self.COPIED_TABLES}
        with tempfile.TemporaryDirectory(prefix="thesis-copy-") as tmp, dst.transaction():
            for row in companies:
                dst.upsert_company(row)
            for row in documents:
                dst.insert_document(row)
            for document_id, claim_rows in claims.items():
                dst.replace_claims(document_id, claim_rows)
            dst.insert_facts(facts)
            dst.insert_guidance(guidance)
            for table, table_rows in as_is.items():
                if table_rows:  # through Parquet, as a corpus run loads them: keys present are skipped
                    staged = Path(tmp) / f"{table}.parquet"
                    pq.write_table(pa.Table.from_pylist(table_rows), staged)
                    dst.bulk_load(table, staged)
        return {t: dst.count(t) - before[t] for t in self.COPIED_TABLES}

    def count(self, table: str) -> int:
        """Rows in one table (companies, documents, claims, facts, guidance, fx_rates)."""
        return self._backend.count(table)

    # -- companies -----------------------------------------------------------------------------
    def add_company(self, profile: CompanyProfile) -> bool:
        """Store (or replace) a company profile; True if the ticker was new to this ledger."""
        with self._backend.transaction():
            return self._backend.upsert_company(rows.company_row(profile, _utcnow()))

    def companies(self) -> list[CompanyProfile]:
        """Companies added to this ledger, by ticker."""
        return [rows.company_from_row(r) for r in self._backend.companies()]

    def company(self, name: str) -> CompanyProfile:
        """A company by ticker or alias: this ledger's profiles first, then the shipped ones."""
        return find_profile(name, {p.ticker: p for p in self.companies()})

    def _ticker(self, name: str) -> str:
        try:
            return self.company(name).ticker
        except UnknownCompanyError:
            return name.strip().upper()

    # -- documents and claims ------------------------------------------------------------------
    def add_document(self, doc: Document) -> bool:
        """Store a document; False (and no change) if the same text is already stored."""
        with self._backend.transaction():
            return self._backend.insert_document(rows.document_row(doc, _utcnow()))

    def document(self, document_id: str) -> Document:
        found = self._backend.documents(document_id)
        if not found:
            raise InputError(
                f"no document {document_id!r} in ledger {self.location}; add it with `thesis doc add`"
            )
        return rows.document_from_row(found[0])

    def documents(self) -> list[Document]:
        return [rows.document_from_row(r) for r in self._backend.documents()]

    def add_claims(self, document_id: str, claims: Iterable[Claim]) -> int:
        """Replace the claims of one stored document with `claims`, atomically; returns how many."""
        if not self._backend.documents(document_id):
            raise InputError(f"no document {document_id!r} in ledger {self.location}; add the document first")
        by_id = self._claims_by_id(document_id, claims)
        with self._backend.transaction():
            self._backend.replace_claims(document_id, [rows.claim_row(c) for c in by_id.values()])
        return len(by_id)

    def record_document(
        self, doc: Document, claims: Iterable[Claim], guidance: Iterable[Guidance] | None = None
    ) -> tuple[bool, int]:
        """Store a document and replace its claims in ONE transaction (idempotent): (new document?, claims).

        With `guidance` (records made from this document's guidance claims), the guidance extracted
        from this document earlier is replaced by it in the same transaction."""
        by_id = self._claims_by_id(doc.id, claims)
        promises = None if guidance is None else {g.id: g for g in guidance}
        with self._backend.transaction():
            now = _utcnow()
            new = self._backend.insert_document(rows.document_row(doc, now))
            self._backend.replace_claims(doc.id, [rows.claim_row(c) for c in by_id.values()])
            if promises is not None:
                self._backend.replace_document_guidance(
                    doc.id, [rows.guidance_row(g, now) for g in promises.values()]
                )
        return new, len(by_id)

    def _claims_by_id(self, document_id: str, claims: Iterable[Claim]) -> dict[str, Claim]:
        claim_list = list(claims)
        by_id: dict[str, Claim] = {}
        for c in claim_list:
            if c.document_id != document_id:
                raise InputError(
                    f"claim {c.span_text!r} belongs to document {c.document_id}, not {document_id}"
                )
            cid = rows.claim_id(c.document_id, c.start, c.end)
            if cid in by_id and by_id[cid] != c:
                raise InputError(
                    f"two different claims share the span {c.start}-{c.end} ({c.span_text!r}); keep one"
                )
            by_id[cid] = c
        return by_id

    def claims(
        self,
        company: str | None = None,
        metric: str | None = None,
        entity: str | None = None,
        kind: ClaimKind | str | None = None,
        *,
        document_id: str | None = None,
    ) -> list[Claim]:
        """Stored claims, filtered; in document order."""
        where = ClaimFilter(
            company=self._ticker(company) if company else None,
            metric=metric,
            entity=entity,
            kind=ClaimKind(kind).value if kind is not None else None,
            document_id=document_id,
        )
        return [rows.claim_from_row(r) for r in self._backend.claims(where)]

    # -- bulk loads (corpus ingestion) -----------------------------------------------------------
    def document_ids(self) -> set[str]:
        """The ids (content hashes) of every stored document."""
        return self._backend.key_values("documents", "id")

    def ingested_file_hashes(self) -> set[str]:
        """sha256 of the bytes of every file a corpus run has stored (see `thesisledger.ingest`)."""
        return self._backend.key_values("ingest_files", "file_hash")

    def load_staged(self, files: Sequence[tuple[str, Path]]) -> dict[str, int]:
        """Bulk-load staged Parquet files `(table, path)`, in order, in ONE transaction: all land or
        none. Rows whose primary key is stored already are skipped. Returns rows inserted per table."""
        inserted: dict[str, int] = {}
        with self._backend.transaction():
            for table, path in files:
                inserted[table] = inserted.get(table, 0) + self._backend.bulk_load(table, path)
        return inserted

    def ingest_failures(self) -> list[IngestFailure]:
        """Files that failed to ingest and that no later run has ingested, oldest first."""
        return [
            IngestFailure(
                path=r["path"],
                stage=r["stage"],
                reason=r["reason"],
                file_hash=r["file_hash"],
                failed_at=r["failed_at"],
            )
            for r in self._backend.open_ingest_failures()
        ]

    # -- facts ---------------------------------------------------------------------------------
    def import_facts(self, source: str | Path | Iterable[Fact]) -> ImportReport:
        """Import a fact file (.csv/.xlsx) or Facts. The same fact (key, value, source) is stored once;
        a new value for a known key is added as a restatement. The whole input is checked first."""
        if isinstance(source, str | Path):
            extra = {p.ticker: p for p in self.companies()}
            lines = read_fact_lines(source, extra)
        else:
            lines = [FactLine(f, 0) for f in source]
        return self._store_facts(lines)

    def _store_facts(self, lines: Sequence[FactLine]) -> ImportReport:
        ids: dict[str, FactLine] = {}
        for fl in lines:
            ids.setdefault(rows.fact_row_id(fl.fact), fl)
        with self._backend.transaction():
            now = _utcnow()
            last = self._backend.last_recorded_at()
            if last is not None and now <= last:  # keep recorded_at strictly increasing
                now = last + timedelta(microseconds=1)
            known = self._backend.existing_fact_ids(list(ids))
            new = [fl for fid, fl in ids.items() if fid not in known]
            restated = self._backend.existing_fact_keys([fl.fact.key for fl in new])
            added = self._backend.insert_facts([rows.fact_row(fl.fact, now, fl.line or None) for fl in new])
        return ImportReport(
            added=added,
            unchanged=len(lines) - added,
            restated=sum(1 for fl in new if fl.fact.key in restated),
        )

    def _fact_filter(
        self, company: str | None, metric: str | None, entity: str | None, period: Period | str | None
    ) -> FactFilter:
        if isinstance(period, Period):
            p_label, p_start, p_end = None, period.start.isoformat(), period.end.isoformat()
        else:
            p_label, p_start, p_end = period, None, None
        return FactFilter(
            company=self._ticker(company) if company else None,
            metric=metric,
            segment=entity,
            period_label=p_label,
            period_start=p_start,
            period_end=p_end,
        )

    def facts(
        self,
        company: str | None,
        metric: str | None = None,
        entity: str | None = None,
        period: Period | str | None = None,
        as_of: datetime | date | None = None,
    ) -> list[Fact]:
        """The latest known value of each fact as of `as_of` (default: now): a point-in-time view.

        `entity` "" selects whole-company facts; `period` is a label ("FY26Q4") or a Period (by dates).
        A naive `as_of` is local time; a date means the end of that day.
        """
        when: datetime | None
        if isinstance(as_of, datetime):
            when = _to_utc(as_of)
        elif isinstance(as_of, date):
            when = _to_utc(datetime.combine(as_of, datetime.max.time()))
        else:
            when = None
        where = self._fact_filter(company, metric, entity, period)
        return [rows.fact_from_row(r) for r in self._backend.facts(where, when)]

    def fact_history(
        self,
        company: str | None,
        metric: str | None = None,
        entity: str | None = None,
        period: Period | str | None = None,
    ) -> list[RecordedFact]:
        """Every stored row, restatements included, oldest first within each key."""
        where = self._fact_filter(company, metric, entity, period)
        return [
            RecordedFact(rows.fact_from_row(r), r["recorded_at"], r["source_line"])
            for r in self._backend.facts(where, None, history=True)
        ]

    # -- guidance ------------------------------------------------------------------------------
    def add_guidance(self, items: Iterable[Guidance]) -> int:
        """Store guidance records, atomically; a record whose id is stored already is skipped.
        Returns how many were new."""
        by_id: dict[str, Guidance] = {}
        for g in items:
            by_id.setdefault(g.id, g)
        with self._backend.transaction():
            now = _utcnow()
            return self._backend.insert_guidance([rows.guidance_row(g, now) for g in by_id.values()])

    def guidance(
        self,
        company: str | None = None,
        metric: str | None = None,
        entity: str | None = None,
        as_of: date | None = None,
    ) -> list[Guidance]:
        """Stored guidance, oldest given first; with `as_of`, only guidance given on or before that date.
        `entity` "" selects whole-company guidance."""
        when = as_of.date() if isinstance(as_of, datetime) else as_of
        where = GuidanceFilter(
            company=self._ticker(company) if company else None,
            metric=metric,
            segment=entity,
            given_by=when.isoformat() if when is not None else None,
        )
        return [rows.guidance_from_row(r) for r in self._backend.guidance(where)]
