"""ingest_corpus on a real LocalCluster (2 worker processes): storing, skipping, resuming, failures.

One cluster for the module (starting one costs seconds); every call has a timeout so nothing hangs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import ingest_crash_task
import pytest
from distributed import Client, LocalCluster
from typer.testing import CliRunner

from thesisledger.cli import app
from thesisledger.documents import load_document
from thesisledger.extract import extract_claims
from thesisledger.ingest import IngestProgress, ingest_corpus, local_cluster
from thesisledger.ingest.synthetic import write_corpus
from thesisledger.store import Ledger

pytestmark = pytest.mark.slow
TIMEOUT = 240.0


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    c = local_cluster(2)
    try:
        with Client(c, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield c
    finally:
        c.close(timeout=30)


@pytest.fixture(scope="module")
def address(cluster: LocalCluster) -> str:
    return str(cluster.scheduler_address)


@pytest.fixture
def own_address() -> Iterator[str]:
    """A cluster of its own for a test that kills workers, so later tests never meet the restarted ones."""
    c = local_cluster(2)
    try:
        with Client(c, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield str(c.scheduler_address)
    finally:
        c.close(timeout=30)


@pytest.fixture
def corpus(tmp_path: Path, shared_dir: Path) -> Path:
    """10 synthetic calls, 2 real transcripts and 1 real press release from ../shared, 1 binary file."""
    folder = tmp_path / "corpus"
    write_corpus(folder, 10, seed=11)
    transcripts = sorted((shared_dir / "data" / "ectsum_train" / "transcripts").glob("*.txt"))[:2]
    releases = sorted((shared_dir / "data" / "press_releases").glob("*.txt"))[:1]
    for src in [*transcripts, *releases]:
        shutil.copyfile(src, folder / f"real-{src.name}")  # into tmp_path only, never into the repo
    (folder / "corrupt.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" + bytes(range(256)) * 40)
    return folder


def _expected(folder: Path) -> dict[str, int]:
    """Claims per document id, computed in this process with the same loader and extractor."""
    out: dict[str, int] = {}
    for p in sorted(folder.iterdir()):
        if p.name != "corrupt.txt" and ingest_crash_task.KILL_MARKER not in p.name:
            doc = load_document(p)
            out[doc.id] = len({(c.start, c.end) for c in extract_claims(doc)})
    return out


def _claims_per_document(ledger: Ledger) -> dict[str, int]:
    counts: dict[str, int] = {d.id: 0 for d in ledger.documents()}
    for c in ledger.claims():
        counts[c.document_id] += 1
    return counts


def test_ingest_stores_every_document_with_its_claims(tmp_path: Path, corpus: Path, address: str) -> None:
    seen: list[IngestProgress] = []
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        report = ingest_corpus(
            corpus, ledger, scheduler=address, batch_size=4, progress=seen.append, timeout=TIMEOUT
        )
        expected = _expected(corpus)
        assert (report.files, report.ingested, report.skipped) == (14, 13, 0)
        assert report.claims == sum(expected.values()) == ledger.count("claims")
        assert report.batches == 4  # 14 results in batches of 4
        assert _claims_per_document(ledger) == expected
        assert ledger.count("ingest_files") == 13
        (failure,) = report.failures
        assert failure.path == str(corpus / "corrupt.txt") and failure.stage == "load"
        assert ledger.ingest_failures() == [failure]
    assert seen[0] == IngestProgress(total=14)
    assert seen[-1] == IngestProgress(total=14, done=14, failed=1, skipped=0, claims=report.claims)


def test_a_rerun_duplicates_nothing(tmp_path: Path, corpus: Path, address: str) -> None:
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        first = ingest_corpus(corpus, ledger, scheduler=address, timeout=TIMEOUT)
        counts = {t: ledger.count(t) for t in ("documents", "claims", "ingest_files", "ingest_failures")}
        again = ingest_corpus(corpus, ledger, scheduler=address, timeout=TIMEOUT)
        assert (again.ingested, again.claims, again.skipped) == (0, 0, 13)
        assert [f.path for f in again.failures] == [
            str(corpus / "corrupt.txt")
        ]  # still failing, reported again
        assert {t: ledger.count(t) for t in counts} == counts  # ... but recorded once
        assert first.claims == counts["claims"]


def test_resume_after_a_partial_run(tmp_path: Path, corpus: Path, address: str) -> None:
    files = sorted(corpus.iterdir())
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        part = ingest_corpus(files[:5], ledger, scheduler=address, timeout=TIMEOUT)
        rest = ingest_corpus(corpus, ledger, scheduler=address, timeout=TIMEOUT)
        assert part.ingested + part.skipped + len(part.failures) == 5
        assert rest.skipped == part.ingested and rest.ingested == 13 - part.ingested
        assert _claims_per_document(ledger) == _expected(corpus)


def test_a_crash_mid_run_keeps_whole_batches_and_the_rerun_finishes(
    tmp_path: Path, corpus: Path, address: str
) -> None:
    class Crash(Exception):
        pass

    def crash_after_seven(p: IngestProgress) -> None:
        if p.done == 7:
            raise Crash

    expected = _expected(corpus)
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        with pytest.raises(Crash):
            ingest_corpus(
                corpus, ledger, scheduler=address, batch_size=3, progress=crash_after_seven, timeout=TIMEOUT
            )
        stored = _claims_per_document(ledger)
        assert 1 <= len(stored) <= 6  # two batches of 3 landed (one may be the corrupt file); the 7th did not
        assert all(stored[d] == expected[d] for d in stored)  # no document without all its claims
        report = ingest_corpus(corpus, ledger, scheduler=address, timeout=TIMEOUT)
        assert report.skipped == len(stored) and report.ingested == 13 - len(stored)
        assert _claims_per_document(ledger) == expected


def test_the_same_text_under_two_names_is_stored_once(tmp_path: Path, address: str) -> None:
    folder = tmp_path / "dup"
    (a,) = write_corpus(folder, 1, seed=5)
    shutil.copyfile(a, folder / "copy-of-call.txt")
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        report = ingest_corpus(folder, ledger, scheduler=address, timeout=TIMEOUT)
        assert (report.ingested, report.skipped, ledger.count("documents")) == (1, 1, 1)


def test_a_worker_killed_mid_task_is_retried_once_then_reported(tmp_path: Path, own_address: str) -> None:
    folder = tmp_path / "kill"
    write_corpus(folder, 6, seed=2)
    doomed = folder / f"{ingest_crash_task.KILL_MARKER}.txt"
    doomed.write_text("Revenue was $5 million.\n", encoding="utf-8")
    cloudpickle.register_pickle_by_value(ingest_crash_task)  # the workers need not import the test folder
    try:
        with Ledger.open(tmp_path / "l.duckdb") as ledger:
            report = ingest_corpus(
                folder, ledger, scheduler=own_address, timeout=TIMEOUT, task=ingest_crash_task.crashing_task
            )
            assert len(report.failures) == 1, [(f.path[-20:], f.reason) for f in report.failures]
            (failure,) = report.failures
            assert failure.path == str(doomed) and failure.stage == "worker"
            assert "worker running it died on every attempt" in failure.reason
            pids = Path(f"{doomed}.attempts").read_text(encoding="utf-8").split()
            # tried and retried among the others, then tried and retried alone: four processes
            assert len(pids) == 4 and len(set(pids)) == 4
            assert report.ingested == 6 and _claims_per_document(ledger) == _expected(folder)
            assert [f.path for f in ledger.ingest_failures()] == [str(doomed)]
    finally:
        cloudpickle.unregister_pickle_by_value(ingest_crash_task)


def test_a_chunk_whose_worker_dies_is_split_and_only_the_killer_is_reported(
    tmp_path: Path, own_address: str
) -> None:
    folder = tmp_path / "kill-chunk"
    write_corpus(folder, 20, seed=4)  # 21 files on 2 workers: tasks of 2 files
    doomed = folder / f"{ingest_crash_task.KILL_MARKER}.txt"
    doomed.write_text("Revenue was $5 million.\n", encoding="utf-8")
    cloudpickle.register_pickle_by_value(ingest_crash_task)
    try:
        with Ledger.open(tmp_path / "l.duckdb") as ledger:
            report = ingest_corpus(
                folder, ledger, scheduler=own_address, timeout=TIMEOUT, task=ingest_crash_task.crashing_task
            )
            assert len(report.failures) == 1, [(f.path[-20:], f.reason) for f in report.failures]
            (failure,) = report.failures
            assert failure.path == str(doomed) and failure.stage == "worker"
            pids = Path(f"{doomed}.attempts").read_text(encoding="utf-8").split()
            assert len(pids) >= 6  # its chunk, then its own task, then alone at the end: twice each
            assert report.ingested == 20 and _claims_per_document(ledger) == _expected(folder)
    finally:
        cloudpickle.unregister_pickle_by_value(ingest_crash_task)


def test_cli_ingest_exit_codes(tmp_path: Path, corpus: Path, address: str) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.duckdb")
    result = runner.invoke(
        app, ["ingest", str(corpus), "--scheduler", address, "--db", db, "--batch-size", "5"]
    )
    assert result.exit_code == 1, result.output
    assert "ingested 13 documents" in result.stdout and "1 failed (14 files, 3 batches" in result.stdout
    assert f"failed [load] {corpus / 'corrupt.txt'}: " in result.stdout
    (corpus / "corrupt.txt").unlink()
    result = runner.invoke(app, ["ingest", str(corpus), "--scheduler", address, "--db", db])
    assert result.exit_code == 0, result.output
    assert "ingested 0 documents, 0 claims; skipped 13 already stored; 0 failed" in result.stdout
    result = runner.invoke(app, ["ingest", str(tmp_path / "nope" / "*.txt"), "--db", db])
    assert result.exit_code == 2 and "matches no file" in result.stderr


def test_without_a_scheduler_a_local_cluster_is_started_and_stopped(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    write_corpus(folder, 3, seed=9)
    with Ledger.open(tmp_path / "l.duckdb") as ledger:
        report = ingest_corpus(folder, ledger, "BABA", workers=1, timeout=TIMEOUT)
        assert (report.ingested, report.failures) == (3, ())
        assert {d.company for d in ledger.documents()} == {"BABA"}


CHILD = """
import sys
import time
from thesisledger.ingest import ingest_corpus
from thesisledger.store import Ledger

def show(p):
    print(p.done, flush=True)
    if p.done == 7:
        time.sleep(120)  # the parent kills us here, between batches 2 and 3

with Ledger.open(sys.argv[2]) as ledger:
    ingest_corpus(sys.argv[1], ledger, scheduler=sys.argv[3], batch_size=3, progress=show, timeout=240)
"""


def test_a_killed_ingest_process_is_finished_by_the_next_run(
    tmp_path: Path, corpus: Path, address: str
) -> None:
    db = tmp_path / "killed.duckdb"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(corpus), str(db), address], stdout=subprocess.PIPE, text=True
    )
    watchdog = threading.Timer(TIMEOUT, child.kill)  # a stuck child ends the read below instead of hanging
    watchdog.start()
    try:
        assert child.stdout is not None
        seen = [line.strip() for _, line in zip(range(8), iter(child.stdout.readline, ""), strict=False)]
        assert seen == [str(i) for i in range(8)]  # progress 0..7, then it waits to be killed
    finally:
        watchdog.cancel()
        child.kill()  # SIGKILL: no cleanup, no flush of the batch in flight
        child.wait(timeout=30)
        child.stdout.close()
    expected = _expected(corpus)
    with Ledger.open(db) as ledger:
        stored = _claims_per_document(ledger)
        failed = len(ledger.ingest_failures())
        assert len(stored) + failed == 6  # two whole batches of 3 results, nothing of the third
        assert all(stored[d] == expected[d] for d in stored)
        report = ingest_corpus(corpus, ledger, scheduler=address, timeout=TIMEOUT)
        assert (report.skipped, report.ingested) == (len(stored), 13 - len(stored))
        assert _claims_per_document(ledger) == expected
