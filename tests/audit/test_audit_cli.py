"""`thesis audit` end to end through the Typer app: formats, exit status, the JSON contract, --db."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from thesisledger.cli import app
from thesisledger.documents.load import load_document

runner = CliRunner()

CLEAN = (
    "Northwind results review.\n"
    "Subscription revenue grew from USD 4 billion to USD 10 billion, a 2.5x increase. "
    "Operating margin rose from 21% to 24%, up 3 percentage points.\n"
)
FACTS = (
    "company,segment,metric,period,value,unit,scale,source\n"
    "BABA,cloud,revenue,FY26Q4,37000,CNY,million,test file\n"
)
LEDGER_NOTE = (
    "Alibaba results review.\n"
    "In FY26Q4, Cloud Intelligence revenue was RMB {} billion, up 30% year over year.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_seed_note_json_contract(seed_note_path: Path) -> None:
    code, out, _ = run(
        "audit", str(seed_note_path), "--company", "BABA", "--date", "2026-05-15", "--format", "json"
    )
    assert code == 1  # high-severity failures exist
    items = json.loads(out)
    text = load_document(seed_note_path, date=None).text
    assert items and all(i["status"] == "fail" for i in items)
    for i in items:
        assert set(i) == {"rule", "status", "severity", "quotes", "explanation", "suggestion"}
        assert i["severity"] in {"high", "medium", "low"}
        assert isinstance(i["explanation"], str) and i["explanation"]
        assert i["suggestion"] is None or isinstance(i["suggestion"], str)
        for q in i["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]
    rules = {i["rule"] for i in items}
    assert {"growth.multiple", "cagr", "currency.magnitude", "status.target_achieved"} <= rules


def test_show_passes_and_formats(seed_note_path: Path) -> None:
    base = ["audit", str(seed_note_path), "--company", "BABA", "--date", "2026-05-15"]
    _, out, _ = run(*base, "--format", "json", "--show-passes")
    statuses = {i["status"] for i in json.loads(out)}
    assert statuses == {"fail", "pass"}
    code, out, _ = run(*base)
    assert code == 1 and "[FAIL high] growth.multiple" in out and ">>300 billion<<" in out
    _, out, _ = run(*base, "--format", "md")
    assert out.startswith("# Audit") and "**3.75x**" in out
    _, out, _ = run(*base, "--format", "html")
    assert out.startswith("<!doctype html>") and "<mark>3.75x</mark>" in out


def test_clean_note_exits_zero_without_company(tmp_path: Path) -> None:
    f = tmp_path / "clean.txt"
    f.write_text(CLEAN, encoding="utf-8")
    code, out, _ = run("audit", str(f), "--format", "json", "--show-passes")
    assert code == 0
    items = json.loads(out)
    assert {i["rule"] for i in items} >= {"growth.multiple", "pp.change"}
    assert all(i["status"] == "pass" for i in items)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/file.txt"], "no such file"),
        (["{f}", "--date", "2026-13-01"], "not a date"),
        (["{f}", "--format", "xml"], "unknown format"),
        (["{f}", "--company", "NOPE"], "unknown company"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    f = tmp_path / "clean.txt"
    f.write_text(CLEAN, encoding="utf-8")
    code, out, err = run("audit", *[a.format(f=f) for a in args])
    assert code == 2
    assert err.startswith("error: ") and message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in out + err


@pytest.mark.parametrize(("stated", "status", "code"), [("37", "pass", 0), ("47", "fail", 1)])
def test_db_checks_stated_figures_against_facts(tmp_path: Path, stated: str, status: str, code: int) -> None:
    db, facts, note = tmp_path / "l.duckdb", tmp_path / "facts.csv", tmp_path / "note.txt"
    facts.write_text(FACTS, encoding="utf-8")
    note.write_text(LEDGER_NOTE.format(stated), encoding="utf-8")
    assert run("facts", "import", str(facts), "--db", str(db))[0] == 0
    args = ["audit", str(note), "--company", "BABA", "--date", "2026-05-15", "--db", str(db)]
    got, out, _ = run(*args, "--format", "json", "--show-passes")
    items = [i for i in json.loads(out) if i["rule"] == "ledger.fact"]
    assert got == code and [i["status"] for i in items] == [status]
    assert "the ledger records CNY 37,000 million for BABA revenue cloud FY26Q4" in items[0]["explanation"]
