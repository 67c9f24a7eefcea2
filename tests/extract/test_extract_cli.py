"""`thesis extract` and `thesis claims` through Typer's CliRunner with a temporary ledger."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from thesisledger.cli import app
from thesisledger.store import Ledger

runner = CliRunner()


def _counts(db: Path) -> tuple[int, int]:
    with Ledger.open(db) as ledger:
        return ledger.count("documents"), ledger.count("claims")


def test_extract_seed_jsonl_records_once(seed_note_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    args = ["extract", str(seed_note_path), "--company", "BABA", "--date", "2026-05-15", "--db", str(db)]
    first = runner.invoke(app, [*args, "--jsonl"])
    assert first.exit_code == 0, first.output
    rows = [json.loads(line) for line in first.stdout.splitlines() if line.startswith("{")]
    assert len(rows) > 80
    text = seed_note_path.read_text("utf-8")
    for r in rows:
        assert text[r["start"] : r["end"]] == r["span_text"]
        assert r["kind"] in {"actual", "guidance", "target", "estimate", "historical", "derived"}
    docs, n = _counts(db)
    assert (docs, n) == (1, len(rows))
    again = runner.invoke(app, args)  # table output; idempotent
    assert again.exit_code == 0, again.output
    assert "ebita_margin" in again.stdout
    assert _counts(db) == (1, len(rows))


def test_claims_metric_with_entity_prefix(seed_note_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    runner.invoke(app, ["extract", str(seed_note_path), "--company", "BABA", "--date", "2026-05-15",
                        "--db", str(db), "--csv"])  # fmt: skip
    out = runner.invoke(
        app, ["claims", "--company", "BABA", "--metric", "maas_arr", "--db", str(db), "--json"]
    )
    assert out.exit_code == 0, out.output
    found = json.loads(out.stdout)
    assert found and all(c["entity"] == "maas" and c["metric"] == "arr" for c in found)
    assert "surpass RMB 30 billion" in {c["span_text"] for c in found}
    guidance = runner.invoke(app, ["claims", "--kind", "guidance", "--db", str(db), "--json"])
    assert {c["kind"] for c in json.loads(guidance.stdout)} == {"guidance"}


def test_csv_has_header_and_rows(tmp_path: Path) -> None:
    f = tmp_path / "n.txt"
    f.write_text("Cloud revenue was RMB 30 billion, up 20% year-over-year.\n", encoding="utf-8")
    out = runner.invoke(
        app, ["extract", str(f), "--company", "BABA", "--date", "2026-05-15", "--csv", "--no-store"]
    )
    assert out.exit_code == 0, out.output
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 2
    jsonl = runner.invoke(
        app, ["extract", str(f), "--company", "BABA", "--date", "2026-05-15", "--jsonl", "--no-store"]
    )
    # the README promises the same fields as --jsonl: every key of every JSON object is a column
    objects = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert {k for o in objects for k in o} <= set(rows[0])
    assert [r["span_text"] for r in rows] == [o["span_text"] for o in objects] == ["RMB 30 billion", "20%"]
    assert rows[0]["horizon"] == "" and rows[0]["period"] == objects[0]["period"]


def test_empty_file_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    out = runner.invoke(app, ["extract", str(f), "--db", str(db)])
    assert out.exit_code == 2
    assert "empty" in out.output and "Traceback" not in out.output
    assert _counts(db) == (0, 0)


def test_unknown_company_is_exit_2_and_writes_nothing(seed_note_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    out = runner.invoke(app, ["extract", str(seed_note_path), "--company", "NOPE", "--db", str(db)])
    assert out.exit_code == 2
    assert "unknown company 'NOPE'" in out.output
    assert _counts(db) == (0, 0)


def test_extract_records_the_notes_promises_as_guidance(seed_note_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    args = ["extract", str(seed_note_path), "--company", "BABA", "--date", "2026-05-15", "--db", str(db)]
    out = runner.invoke(app, [*args, "--jsonl"])
    assert out.exit_code == 0, out.output
    claims = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    listed = runner.invoke(app, ["guidance", "list", "--company", "BABA", "--db", str(db), "--as-of",
                                 "2026-06-01", "--json"])  # fmt: skip
    assert listed.exit_code == 0, listed.output
    promises = json.loads(listed.stdout)["guidance"]
    text = seed_note_path.read_text("utf-8")
    promised = {(c["start"], c["end"]) for c in claims if c["kind"] in ("guidance", "target")}
    for g in promises:  # each one is a guidance/target claim of the note, with its quote and span
        start, end = g["span"]
        assert (start, end) in promised and g["quote"] and text[start:end] in g["quote"]
    got = {(g["entity"], g["metric"], g["promise"]["bound"], g["promise"]["low"]) for g in promises}
    assert ("maas", "arr", "eq", 10e9) in got  # RMB 10 billion in June
    assert ("maas", "arr", "gt", 30e9) in got  # surpass RMB 30 billion by the end of the year
    assert ("ai_products", "ai_revenue_share", "gt", 0.5) in got  # the cloud's AI-related products (profile)
    # a promise repeated in the note for the same period is recorded once (the teens margin guided over the
    # next two quarters and checked under the "FY27Q1 Outlook" heading are two periods)
    dated = {(g["entity"], g["metric"], g["promise"]["bound"], g["promise"]["low"],
              (g["period"] or {}).get("label")) for g in promises}  # fmt: skip
    assert len(dated) == len(promises)
    runner.invoke(app, args)  # re-extracting changes nothing
    again = runner.invoke(app, ["guidance", "list", "--company", "BABA", "--db", str(db), "--json",
                                "--as-of", "2026-06-01"])  # fmt: skip
    assert len(json.loads(again.stdout)["guidance"]) == len(promises)
    before = runner.invoke(app, ["guidance", "list", "--company", "BABA", "--db", str(db), "--json",
                                 "--as-of", "2026-05-14"])  # fmt: skip
    assert json.loads(before.stdout)["guidance"] == []  # not said yet


def test_extract_without_company_or_date_records_no_guidance(seed_note_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "l.duckdb"
    out = runner.invoke(app, ["extract", str(seed_note_path), "--db", str(db), "--csv"])
    assert out.exit_code == 0, out.output
    assert "give --company" in out.stderr
    with Ledger.open(db) as ledger:
        assert ledger.count("guidance") == 0 and ledger.count("claims") > 80


def test_an_open_horizon_is_no_period_in_the_jsonl_but_named_as_horizon(tmp_path: Path) -> None:
    f = tmp_path / "n.txt"
    f.write_text(
        "Cloud EBITA margin was 9% in the quarter. Management targets a 20% margin over the long term.\n",
        encoding="utf-8",
    )
    out = runner.invoke(
        app, ["extract", str(f), "--company", "BABA", "--date", "2026-05-15", "--jsonl", "--no-store"]
    )
    assert out.exit_code == 0, out.output
    rows = {r["span_text"]: r for r in map(json.loads, out.stdout.splitlines())}
    later = rows["20%"]
    assert (later["period"], later["period_start"], later["period_end"]) == (None, None, None)
    assert later["horizon"] == "long term"
    assert rows["9%"]["horizon"] is None and rows["9%"]["period"] is not None


def test_doc_kind_overrides_the_guess_and_so_who_speaks(tmp_path: Path) -> None:
    f = tmp_path / "n.txt"
    f.write_text("Widget Corp said revenue was $4 billion in the quarter, up 12%.\n", encoding="utf-8")
    base = ["extract", str(f), "--date", "2026-05-15", "--jsonl", "--no-store"]
    guessed = runner.invoke(app, base)
    told = runner.invoke(app, [*base, "--doc-kind", "transcript"])
    assert guessed.exit_code == 0 and told.exit_code == 0, guessed.output + told.output
    assert {json.loads(line)["speaker"] for line in guessed.stdout.splitlines()} == {"author"}
    assert {json.loads(line)["speaker"] for line in told.stdout.splitlines()} == {"management"}
    bad = runner.invoke(app, [*base, "--doc-kind", "memo"])
    assert bad.exit_code == 2 and "memo" in bad.output
