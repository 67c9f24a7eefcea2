"""What a Dask worker does with one file: load it, extract its claims, return plain rows.

Runs in worker processes: it returns column lists (not Claim objects) so results stay small to
send back, and turns every failure of one file into a result instead of an exception, so one bad
file never costs the batch. Only the death of the worker process itself escapes (see runner).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from thesisledger.companies import CompanyProfile
from thesisledger.documents.load import load_document
from thesisledger.errors import ThesisLedgerError
from thesisledger.extract import extract_claims
from thesisledger.ingest.staging import Columns, append_row, empty_columns
from thesisledger.store.rows import claim_row, document_row


@dataclass(frozen=True, slots=True)
class FileJob:
    path: str
    file_hash: str
    company: CompanyProfile | None = None


@dataclass(frozen=True, slots=True)
class FileResult:
    """A stored-to-be document with its claim columns, or the stage and reason it failed."""

    path: str
    file_hash: str
    document: dict[str, Any] | None = None
    claims: Columns = field(default_factory=dict)
    stage: str | None = None  # load | extract when the file failed
    reason: str | None = None

    @property
    def n_claims(self) -> int:
        return len(self.claims.get("id", ()))


def _reason(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, ThesisLedgerError) else f"{type(exc).__name__}: {exc}"


def process_file(job: FileJob) -> FileResult:
    """Load `job.path` and extract its claims; never raises for a problem with the file."""
    try:
        doc = load_document(job.path, company=job.company.ticker if job.company else None)
    except Exception as exc:  # any failure to read one file is that file's failure
        return FileResult(job.path, job.file_hash, stage="load", reason=_reason(exc))
    try:
        claims = extract_claims(doc, job.company)
    except Exception as exc:  # an extractor bug on one file must not stop the batch
        return FileResult(job.path, job.file_hash, stage="extract", reason=_reason(exc))
    columns = empty_columns("claims")
    seen: set[str] = set()
    for claim in claims:
        row = claim_row(claim)
        if row["id"] not in seen:  # one claim per span, as Ledger.record_document keeps
            seen.add(row["id"])
            append_row(columns, row)
    added_at = datetime.now(UTC).replace(tzinfo=None)
    return FileResult(job.path, job.file_hash, document=document_row(doc, added_at), claims=columns)
