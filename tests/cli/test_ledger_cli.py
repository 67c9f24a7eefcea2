"""Ledger commands end to end through the Typer app on a temporary DuckDB file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from thesisledger.cli import app
from thesisledger.store import Ledger

runner = CliRunner()
REPO = Path(__file__).resolve().parents[2]

GOOD = (
    "company,segment,metric,period,value,unit,scale,source\n"
    "BABA,cloud,revenue,FY26Q3,35000,CNY,million,test file\n"
    "BABA,cloud,revenue,FY26Q4,37000,CNY,million,test file\n"
    "BABA,cloud,ebita_margin,FY26Q4,9,%,,test file\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "ledger.duckdb"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_init_creates_the_file(db: Path) -> None:
    code, out, _ = run("init", "--db", str(db))
    assert code == 0 and db.exists() and str(db) in out


def test_facts_import_twice_counts_once_and_lists(db: Path, tmp_path: Path) -> None:
    f = tmp_path / "facts.csv"
    f.write_text(GOOD, encoding="utf-8")
    code, out, _ = run("facts", "import", str(f), "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["added"] == 3
    code, out, _ = run("facts", "import", str(f), "--db", str(db), "--json")
    assert code == 0 and json.loads(out) == {"file": str(f), "added": 0, "unchanged": 3, "restated": 0}
    with Ledger.open(db) as led:
        assert led.count("facts") == 3
    # `--metric cloud_revenue` means segment cloud + metric revenue.
    code, out, _ = run(
        "facts", "list", "--company", "BABA", "--metric", "cloud_revenue", "--db", str(db), "--json"
    )
    rows = json.loads(out)
    assert code == 0 and [r["period"] for r in rows] == ["FY26Q3", "FY26Q4"]
    assert rows[1]["value"] == pytest.approx(3.7e10) and rows[1]["unit"] == "CNY"
    assert rows[1]["period_start"] == "2026-01-01"


def test_failed_import_changes_nothing(db: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    assert run("facts", "import", str(good), "--db", str(db))[0] == 0
    before = db.read_bytes()
    lines = [GOOD.splitlines()[0]] + [
        f"BABA,cloud,revenue,FY25Q{q},{30000 + q},CNY,million,new" for q in (1, 2, 3)
    ]
    lines.append("BABA,cloud,revenue,FY25Q4,n/a,CNY,million,new")
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run("facts", "import", str(bad), "--db", str(db))
    assert code == 2
    assert "bad.csv line 5" in err and "value" in err
    with Ledger.open(db) as led:
        assert led.count("facts") == 3
    assert before == db.read_bytes()


def test_non_utf8_fact_file_is_refused(db: Path, tmp_path: Path) -> None:
    f = tmp_path / "latin1.csv"
    f.write_bytes(GOOD.replace("test file", "café").encode("latin-1"))
    code, _, err = run("facts", "import", str(f), "--db", str(db))
    assert code == 2 and "latin1.csv" in err and "UTF-8" in err


def test_company_add_then_period_labels_use_it(db: Path) -> None:
    code, out, _ = run(
        "company", "add", "--ticker", "ACME", "--name", "Acme Corp", "--currency", "EUR",
        "--fy-end", "June", "--alias", "Acme", "--db", str(db),
    )  # fmt: skip
    assert code == 0 and "FY ends June" in out
    code, out, _ = run("company", "list", "--db", str(db), "--json")
    rows = {r["ticker"]: r for r in json.loads(out)}
    assert rows["ACME"]["source"] == "ledger" and rows["BABA"]["source"] == "shipped"
    with Ledger.open(db) as led:
        assert led.company("acme").calendar.fy_end_month == 6


def test_company_add_bad_month_and_currency(db: Path) -> None:
    base = ("company", "add", "--ticker", "X", "--name", "X")
    code, _, err = run(*base, "--currency", "EUR", "--fy-end", "Smarch", "--db", str(db))
    assert code == 2 and "Smarch" in err
    code, _, err = run(*base, "--currency", "ZZQ", "--db", str(db))
    assert code == 2 and "ZZQ" in err


def test_doc_add_is_idempotent(db: Path, tmp_path: Path) -> None:
    f = tmp_path / "call.txt"
    f.write_text(
        "Operator: Welcome.\nJane Doe -- CFO: Revenue was USD 5 billion, up 10%.\n", encoding="utf-8"
    )
    code, out, _ = run(
        "doc", "add", str(f), "--company", "BABA", "--date", "2026-05-15", "--db", str(db), "--json"
    )
    first = json.loads(out)
    assert code == 0 and first["new"] is True
    code, out, _ = run("doc", "add", str(f), "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["new"] is False and json.loads(out)["id"] == first["id"]
    with Ledger.open(db) as led:
        assert led.count("documents") == 1


def test_doc_add_binary_file_exit_2(db: Path, tmp_path: Path) -> None:
    f = tmp_path / "blob.txt"
    f.write_bytes(b"\x00\x01\x02" * 100)
    code, _, err = run("doc", "add", str(f), "--db", str(db))
    assert code == 2 and "blob.txt" in err


HOLDER = """
import sys
from thesisledger.store import Ledger
led = Ledger.open(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
led.close()
"""


def test_locked_ledger_exit_3(db: Path) -> None:
    assert run("init", "--db", str(db))[0] == 0
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        code, _, err = run("facts", "list", "--company", "BABA", "--db", str(db))
        assert code == 3 and "locked by another process" in err
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
