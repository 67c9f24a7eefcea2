"""Two processes writing the same company to one PostgreSQL ledger at once lose and duplicate nothing.

Both workers start on an empty schema at the same moment (so they also race to migrate it), then
for ROUNDS rounds each: adds the same company, records the same shared document with its claims
plus one document of its own, imports the same shared facts plus restatements of its own, and
adds the same guidance. Afterwards every row is there exactly once and the workers' own counts
of what they added sum to what the ledger holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from thesisledger.store import Ledger

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 12

WORKER = r"""
import json, sys
from datetime import date
from thesisledger.companies import find_profile
from thesisledger.documents.document import Document, DocumentKind
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.facts import Fact
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import Unit
from thesisledger.reconcile.guidance import Guidance
from thesisledger.store import Ledger

url, me, rounds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
CNY = Unit.currency("CNY")

def quarter(i):
    y, q = 2020 + i // 4, i % 4 + 1
    start, end = date(y - 1, 3 * q - 2, 1), date(y - 1, 3 * q, 28)
    return Period(f"FY{y % 100}Q{q}", start, end, PeriodKind.QUARTER, y, q)

def document(text):
    return Document(text=text, title=text[:20], kind=DocumentKind.TRANSCRIPT, date=date(2026, 5, 1),
                    source="test", company="BABA")

def claims(doc):
    out = []
    for n in range(3):
        s = doc.text.index(f"RMB {n + 1} billion")
        e = s + len(f"RMB {n + 1} billion")
        out.append(Claim(doc.id, s, e, doc.text[s:e], doc.text, Quantity.exact((n + 1) * 1e9, CNY, "billion"),
                         "revenue", ClaimKind.ACTUAL, Speaker.MANAGEMENT))
    return out

print("ready", flush=True)
sys.stdin.readline()  # the test says go to both workers at once
added = {"company_new": 0, "documents_new": 0, "facts_added": 0, "facts_restated": 0, "guidance_added": 0}
with Ledger.open(url) as led:
    for i in range(rounds):
        added["company_new"] += led.add_company(find_profile("BABA"))
        for text in (f"Shared call {i}: RMB 1 billion, RMB 2 billion and RMB 3 billion.",
                     f"Worker {me} call {i}: RMB 1 billion, RMB 2 billion and RMB 3 billion."):
            doc = document(text)
            new, _ = led.record_document(doc, claims(doc))
            added["documents_new"] += new
        p = quarter(i)
        facts = [
            Fact("BABA", "revenue", p, Quantity.exact(100.0 + i, CNY), date(2026, 1, 1), "shared release"),
            Fact("BABA", "ebita", p, Quantity.exact(10.0 + me, CNY), date(2026, 1, 1), f"worker {me} model"),
        ]
        report = led.import_facts(facts)
        added["facts_added"] += report.added
        added["facts_restated"] += report.restated
        g = Guidance(f"g{i}", "BABA", "cloud", "revenue", Quantity.at_least(5e9, CNY), p, "CFO",
                     date(2026, 1, 1), "shared", "at least RMB 5 billion")
        added["guidance_added"] += led.add_guidance([g])
print(json.dumps(added), flush=True)
"""


def _start(url: str, me: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, url, str(me), str(ROUNDS)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_writers_at_once_lose_and_duplicate_nothing(pg_url: str) -> None:
    workers = [_start(pg_url, me) for me in (0, 1)]
    try:
        for w in workers:
            assert w.stdout is not None and w.stdout.readline().strip() == "ready"
        for w in workers:
            assert w.stdin is not None
            w.stdin.write("go\n")
            w.stdin.flush()
        outputs = [w.communicate(timeout=240) for w in workers]
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
                w.wait()
    for w, (_, err) in zip(workers, outputs, strict=True):
        assert w.returncode == 0, err
    reports = [json.loads(out.strip().splitlines()[-1]) for out, _ in outputs]

    def total(key: str) -> int:
        return sum(int(r[key]) for r in reports)

    with Ledger.open(pg_url) as led:
        assert led.count("companies") == 1
        assert total("company_new") == 1
        # ROUNDS shared documents stored once each, plus ROUNDS of each worker's own
        assert led.count("documents") == 3 * ROUNDS == total("documents_new")
        assert led.count("claims") == 3 * led.count("documents")
        for doc in led.documents():
            assert [c.span_text for c in led.claims(document_id=doc.id)] == [
                "RMB 1 billion",
                "RMB 2 billion",
                "RMB 3 billion",
            ]
        # shared revenue once per quarter; each worker's ebita once per quarter (a restatement for one)
        assert led.count("facts") == 3 * ROUNDS == total("facts_added")
        assert total("facts_restated") == ROUNDS
        assert len(led.fact_history("BABA", metric="revenue")) == ROUNDS
        latest = led.facts("BABA", metric="ebita")
        assert len(latest) == ROUNDS
        assert {f.source for f in latest} <= {"worker 0 model", "worker 1 model"}
        assert led.count("guidance") == ROUNDS == total("guidance_added")


LOADER = r"""
import sys
from pathlib import Path
from thesisledger.store import Ledger

url, files = sys.argv[1], sys.argv[2:]
with Ledger.open(url) as led:
    print("ready", flush=True)
    sys.stdin.readline()
    print(sum(led._backend.bulk_load("facts", Path(f)) for f in files), flush=True)
"""


def test_two_bulk_loads_at_once_store_each_row_once(pg_url: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from test_store_bulk_load import RECORDED, _facts

    from thesisledger.store import rows

    def write(name: str, n: int, offset: int) -> str:
        data = [rows.fact_row(f, RECORDED) for f in _facts(n, offset)]
        pq.write_table(pa.Table.from_pylist(data), tmp_path / name)
        return str(tmp_path / name)

    Ledger.open(pg_url).close()  # migrated before the race
    shared, own0, own1 = (
        write("shared.parquet", 3000, 0),
        write("0.parquet", 500, 2800),
        write("1.parquet", 500, 3200),
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    workers = [
        subprocess.Popen([sys.executable, "-c", LOADER, pg_url, *files], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for files in ((shared, own0), (own1, shared))
    ]  # fmt: skip
    try:
        for w in workers:
            assert w.stdout is not None and w.stdout.readline().strip() == "ready"
        for w in workers:
            assert w.stdin is not None
            w.stdin.write("go\n")
            w.stdin.flush()
        outputs = [w.communicate(timeout=240) for w in workers]
    finally:
        for w in workers:
            if w.poll() is None:
                w.kill()
                w.wait()
    for w, (_, err) in zip(workers, outputs, strict=True):
        assert w.returncode == 0, err
    inserted = [int(out.strip()) for out, _ in outputs]
    with Ledger.open(pg_url) as led:
        assert led.count("facts") == 3700 == sum(inserted)
