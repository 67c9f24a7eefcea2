"""`ingest_corpus`: extract claims from many documents in parallel on Dask and store them in batches.

    with Ledger.open("team.duckdb") as ledger:
        report = ingest_corpus(["calls/"], ledger, company="BABA", workers=2)

Files are hashed on the client; files a previous run stored (same bytes) are skipped without being
read again. The remaining files go to Dask in small chunks (one task per up to MAX_CHUNK files, at
least ~4 tasks per worker; load + extract each file) returning plain rows. Results are
written in batches: Parquet staging files, then one bulk load per batch through the store, in ONE
transaction per batch (a document always lands with its claims and its ingest_files row). A crash
loses at most the batch in flight; a re-run finishes the rest and duplicates nothing.

A worker that dies mid-task (killed, out of memory, a segfault in a parser) has its task retried once
on another worker (the scheduler's allowed-failures is 1 on the cluster we start); a chunk that still
fails is split into one task per file, each retried once the same way. The scheduler charges a
worker's death to every task running on it, so a file whose task failed is tried once more at the
end, alone (two attempts, nothing else running): only a file that still kills its worker is reported
as a failure. Other exceptions are retried once (`retries=1`).
Failures are stored in `ingest_failures` with the path and the reason.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dask
from distributed import Client, Future, LocalCluster, as_completed
from distributed.scheduler import KilledWorker

from thesisledger.companies import CompanyProfile
from thesisledger.errors import ThesisLedgerError
from thesisledger.ingest.files import expand_paths, file_hash
from thesisledger.ingest.staging import Columns, append_row, empty_columns, extend_columns, write_batch
from thesisledger.ingest.task import FileJob, FileResult, process_file
from thesisledger.store.ledger import IngestFailure, Ledger

DEFAULT_BATCH_SIZE = 200
"""Documents per bulk load: big enough that the load is cheap, small enough that a crash loses little."""

CLUSTER_CONFIG = {
    # A task whose worker dies is retried once on another worker, then reported (KilledWorker).
    "distributed.scheduler.allowed-failures": 1,
    # One task in flight per worker thread: a dying worker takes no queued, innocent task with it.
    "distributed.scheduler.worker-saturation": 1.0,
}


class IngestError(ThesisLedgerError):
    """The run itself failed (no cluster, no progress before the timeout); per-file problems are not
    errors but `IngestReport.failures`."""


@dataclass(frozen=True, slots=True)
class IngestProgress:
    """Counts so far, for a progress bar: `done` includes `failed` and `skipped`."""

    total: int
    done: int = 0
    failed: int = 0
    skipped: int = 0
    claims: int = 0


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What a run did. `skipped`: files already stored (same bytes or same text) or repeated in the run."""

    files: int
    ingested: int
    skipped: int
    claims: int
    failures: tuple[IngestFailure, ...] = ()
    batches: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures


def local_cluster(workers: int = 2, *, memory_limit: str = "2GiB") -> LocalCluster:
    """The cluster `ingest_corpus` starts when given no scheduler: `workers` processes, one thread each."""
    with dask.config.set(CLUSTER_CONFIG):
        return LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: several clusters may run on one machine
            memory_limit=memory_limit,
            silence_logs=logging.ERROR,
        )


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    if workers < 1:
        raise IngestError(f"--workers must be at least 1, not {workers}")
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=30)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise IngestError(
                f"cannot reach the Dask scheduler at {scheduler}: {exc}; check the address (tcp://host:8786)"
            ) from exc
        try:
            yield client
        finally:
            client.close()  # type: ignore[no-untyped-call]
        return
    cluster = local_cluster(workers)
    try:
        client = Client(cluster, timeout=60)  # type: ignore[no-untyped-call]
        try:
            yield client
        finally:
            client.close()  # type: ignore[no-untyped-call]
    finally:
        cluster.close()


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _failure_row(path: str, digest: str, stage: str, reason: str) -> dict[str, Any]:
    key = hashlib.sha256(f"{path}\x1f{digest}\x1f{reason}".encode()).hexdigest()[:32]
    return {
        "id": key,
        "path": path,
        "file_hash": digest,
        "stage": stage,
        "reason": reason,
        "failed_at": _utcnow(),
    }


@dataclass
class _Batches:
    """Results waiting for the next bulk load, and the running totals."""

    ledger: Ledger
    folder: Path
    known_documents: set[str]
    tables: dict[str, Columns] = field(default_factory=dict)
    pending: int = 0
    batches: int = 0
    ingested: int = 0
    claims: int = 0
    skipped: int = 0
    failures: list[IngestFailure] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self.tables = {
            t: empty_columns(t) for t in ("documents", "claims", "ingest_files", "ingest_failures")
        }
        self.pending = 0

    def fail(self, path: str, digest: str, stage: str, reason: str) -> None:
        row = _failure_row(path, digest, stage, reason)
        append_row(self.tables["ingest_failures"], row)
        self.failures.append(IngestFailure(path, stage, reason, digest, row["failed_at"]))
        self.pending += 1

    def add(self, result: FileResult) -> None:
        if result.document is None:
            self.fail(result.path, result.file_hash, result.stage or "load", result.reason or "unknown error")
            return
        doc_id = result.document["id"]
        stored = doc_id not in self.known_documents
        if stored:  # the same text under another name (or added by `thesis doc add`) is stored once
            self.known_documents.add(doc_id)
            append_row(self.tables["documents"], result.document)
            extend_columns(self.tables["claims"], result.claims)
        else:
            self.skipped += 1
        log = {
            "file_hash": result.file_hash,
            "document_id": doc_id,
            "path": result.path,
            "claims": result.n_claims if stored else 0,
            "ingested_at": _utcnow(),
        }
        append_row(self.tables["ingest_files"], log)
        self.pending += 1

    def flush(self) -> None:
        if not self.pending:
            return
        self.batches += 1
        staged = write_batch(self.folder, self.batches, self.tables)
        inserted = self.ledger.load_staged(staged)
        for _, path in staged:
            path.unlink()
        self.ingested += inserted.get("documents", 0)
        self.claims += inserted.get("claims", 0)
        self._reset()


def ingest_corpus(
    paths: str | Path | Iterable[str | Path],
    ledger: Ledger,
    company: CompanyProfile | str | None = None,
    *,
    workers: int = 2,
    scheduler: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Callable[[IngestProgress], None] | None = None,
    timeout: float | None = None,
    task: Callable[[FileJob], FileResult] = process_file,
) -> IngestReport:
    """Extract and store the claims of every document under `paths` (DIR, GLOB or files).

    `scheduler` is the address of a running Dask scheduler; without it a LocalCluster of `workers`
    processes is started and stopped. `timeout` (seconds) bounds the whole run: an IngestError if it
    is not finished by then (what is stored so far stays). `task` exists for tests (a task that kills
    its worker); it must be importable by the workers.
    """
    started = time.perf_counter()
    files = expand_paths(paths)
    profile = ledger.company(company) if isinstance(company, str) else company
    if batch_size < 1:
        raise IngestError(f"batch size must be at least 1, not {batch_size}")
    done_hashes = ledger.ingested_file_hashes()
    with tempfile.TemporaryDirectory(prefix="thesis-ingest-") as tmp:
        batches = _Batches(ledger, Path(tmp), ledger.document_ids())
        jobs: list[FileJob] = []
        for f in files:
            try:
                digest = file_hash(f)
            except OSError as exc:
                batches.fail(str(f), "", "read", f"cannot read {f}: {exc.strerror or exc}")
                continue
            if digest in done_hashes:
                batches.skipped += 1
                continue
            done_hashes.add(digest)  # the same bytes twice in one run: the first one is enough
            jobs.append(FileJob(str(f), digest, profile))
        state = IngestProgress(total=len(files), skipped=batches.skipped, failed=len(batches.failures))
        state = IngestProgress(state.total, state.skipped + state.failed, state.failed, state.skipped)
        if progress:
            progress(state)
        if jobs:
            with _client(scheduler, workers) as client:
                chunks = _chunks(jobs, len(client.scheduler_info()["workers"]) or workers)
                futures: dict[Future[list[FileResult]], list[FileJob]] = dict(
                    zip(client.map(_run_chunk, [task] * len(chunks), chunks, retries=1, pure=False),
                        chunks, strict=True)
                )  # fmt: skip
                suspects: list[FileJob] = []

                def record(results: list[FileResult]) -> None:
                    nonlocal state
                    for result in results:
                        batches.add(result)
                        state = IngestProgress(
                            total=state.total,
                            done=state.done + 1,
                            failed=state.failed + (result.document is None),
                            skipped=batches.skipped,
                            claims=state.claims + result.n_claims,
                        )
                        if progress:
                            progress(state)
                    if batches.pending >= batch_size:
                        batches.flush()

                try:
                    done = as_completed(list(futures), timeout=timeout)  # type: ignore[no-untyped-call]
                    for fut in done:
                        chunk = futures.pop(fut)
                        got = _fetch(fut)
                        if isinstance(got, BaseException) and len(chunk) > 1:
                            # The chunk's worker died (or it raised): run its files one by one, so
                            # only the file that kills a worker is reported and the rest are stored.
                            for single, job in zip(
                                client.map(_run_chunk, [task] * len(chunk), [[j] for j in chunk],
                                           retries=1, pure=False),
                                chunk,
                                strict=True,
                            ):  # fmt: skip
                                futures[single] = [job]
                                done.add(single)  # type: ignore[no-untyped-call]
                        elif isinstance(got, BaseException):
                            # The scheduler charges a worker's death to every task running on it
                            # (and a result can be lost with its worker), so a file that shared a
                            # dying worker may be blamed: try it again at the end, alone.
                            suspects.extend(chunk)
                        else:
                            record(_results_of(got, chunk))
                    for job in suspects:  # nothing else runs now: a death is this file's doing
                        spent = time.perf_counter() - started
                        left = None if timeout is None else max(1.0, timeout - spent)
                        (alone,) = client.map(_run_chunk, [task], [[job]], retries=1, pure=False)
                        futures[alone] = [job]
                        for fut in as_completed([alone], timeout=left):  # type: ignore[no-untyped-call]
                            futures.pop(fut)
                            record(_results_of(_fetch(fut), [job]))
                except TimeoutError as exc:
                    client.cancel(list(futures))  # type: ignore[no-untyped-call]
                    batches.flush()
                    raise IngestError(
                        f"ingest did not finish within {timeout:g} s; {len(futures)} documents were not "
                        "processed (what finished is stored); run it again to resume"
                    ) from exc
        batches.flush()
    return IngestReport(
        files=len(files),
        ingested=batches.ingested,
        skipped=batches.skipped,
        claims=batches.claims,
        failures=tuple(batches.failures),
        batches=batches.batches,
        seconds=time.perf_counter() - started,
    )


MAX_CHUNK = 8
"""Files per Dask task at most. One task per file costs ~4 ms of scheduling against ~20 ms of
extraction (measured on 2 cores): small chunks keep the workers busy and the scheduler idle."""


def _chunks(jobs: list[FileJob], workers: int) -> list[list[FileJob]]:
    """Split `jobs` into tasks: at least ~4 per worker so the load balances, at most MAX_CHUNK files."""
    size = max(1, min(MAX_CHUNK, len(jobs) // (4 * max(1, workers))))
    return [jobs[i : i + size] for i in range(0, len(jobs), size)]


def _run_chunk(task: Callable[[FileJob], FileResult], jobs: list[FileJob]) -> list[FileResult]:
    """What one Dask task does: `task` on each file of its chunk."""
    return [task(job) for job in jobs]


RESULT_TIMEOUT = 120.0
"""Seconds to wait for a completed task's result. A result held by a worker that died after
finishing can be lost; the task then counts as failed (and a chunk is re-run file by file) instead
of the run waiting for ever."""


def _fetch(fut: Future[list[FileResult]]) -> list[FileResult] | BaseException:
    """A completed task's results, or the exception that ended it (or a TimeoutError if lost)."""
    try:
        if fut.status == "finished":
            results: list[FileResult] = fut.result(timeout=RESULT_TIMEOUT)
            return results
        exc = fut.exception(timeout=RESULT_TIMEOUT)  # type: ignore[no-untyped-call]
    except Exception as err:  # lost with its worker, cancelled, timed out
        return err
    return exc if isinstance(exc, BaseException) else RuntimeError(f"task ended as {fut.status}")


def _results_of(got: list[FileResult] | BaseException, chunk: list[FileJob]) -> list[FileResult]:
    """The chunk's results; a one-file task that could not finish (its worker died twice) is a failure."""
    if not isinstance(got, BaseException):
        return got
    (job,) = chunk
    return [_failure_of(got, job)]


def _failure_of(exc: BaseException, job: FileJob) -> FileResult:
    if isinstance(exc, KilledWorker):
        # allowed-failures is 1 on our cluster (one retry); an external scheduler sets its own.
        reason = "the Dask worker running it died on every attempt (KilledWorker); it may crash the loader"
    else:
        reason = f"{type(exc).__name__}: {exc or 'no detail'} (after one retry)"
    return FileResult(job.path, job.file_hash, stage="worker", reason=reason)
