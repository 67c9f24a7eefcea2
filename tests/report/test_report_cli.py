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
