"""`thesis report`: writes HTML/Markdown files, one-line errors for bad input."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from report_fixtures import Built
from thesisledger.cli import app

runner = CliRunner()


def test_html_report_written(built: Built, thesis_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    args = [
        "report",
        "--company",
        "BABA",
        "--thesis",
        str(thesis_path),
        "--db",
        str(built.path),
        "--out",
        str(out),
        "--simulate",
        "2000",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"report written: {out.resolve()}"
    page = out.read_text()
    assert '<section id="valuation">' in page and "<mark>RMB 41 billion</mark>" in page


def test_markdown_to_stdout(built: Built) -> None:
    result = runner.invoke(
        app, ["report", "--company", "BABA", "--db", str(built.path), "--format", "md", "--out", "-"]
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("# Alibaba Group — Thesis Ledger report")
    assert "| BABA | cloud | revenue | FY26Q1 | CNY 33,000 million |" in result.output


def test_missing_thesis_file_is_input_error(built: Built, tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(built.path), "--thesis", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_bad_date_is_rejected(built: Built) -> None:
    result = runner.invoke(app, ["report", "--db", str(built.path), "--as-of", "2026-13-01"])
    assert result.exit_code == 2


def test_report_scorecard_equals_thesis_scorecard_with_the_same_fx(tmp_path: Path) -> None:
    """The demo's Alibaba guidance and illustrative actuals: the report's verdicts are the scorecard's."""
    import json
    import re

    from report_fixtures import REPO

    ali = REPO / "examples" / "alibaba"
    db = str(tmp_path / "l.duckdb")
    for args in (
        ["guidance", "add", str(ali / "guidance.yaml")],
        ["facts", "import", str(ali / "actuals_illustrative.csv")],
    ):
        assert runner.invoke(app, [*args, "--db", db]).exit_code == 0
    common = [
        "--company",
        "BABA",
        "--as-of",
        "2027-09-01",
        "--fx",
        str(ali / "fx_illustrative.csv"),
        "--db",
        db,
    ]
    card = runner.invoke(app, ["scorecard", *common, "--json"])
    assert card.exit_code == 0, card.output
    statuses = [v["status"] for v in json.loads(card.stdout)["verdicts"]]
    out = tmp_path / "r.md"
    result = runner.invoke(app, ["report", *common, "--format", "md", "--simulate", "0", "--out", str(out)])
    assert result.exit_code == 0, result.output
    md = out.read_text("utf-8").split("## Guidance scorecard", 1)[1].split("## Reported actuals", 1)[0]
    rows = [line for line in md.splitlines() if re.match(r"\| (\d{4}-\d\d-\d\d|open) \|", line)]
    assert [r.split(" | ")[4].replace(" ", "_") for r in rows] == statuses
    assert "missed" in statuses and "met" in statuses
