"""`thesis parse` and `thesis period` through the real Typer app: JSON contract and exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from thesisledger.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "above RMB 10 billion but below 20 billion",
            {"low": 1e10, "high": 2e10, "bound": "range", "unit": "CNY"},
        ),
        ("30%", {"value": 0.3, "bound": "eq", "unit": "ratio"}),
        ("over 40%", {"low": 0.4, "high": None, "bound": "gt", "unit": "ratio"}),
        ("US$38bn", {"value": 3.8e10, "unit": "USD", "scale": "bn"}),
        ("8-10x", {"low": 8.0, "high": 10.0, "bound": "range", "unit": "multiple"}),
        ("-7 percentage points", {"value": -0.07, "unit": "pp"}),
    ],
)
def test_parse_json(phrase: str, expected: dict[str, object]) -> None:
    result = runner.invoke(app, ["parse", phrase, "--json"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    for key, value in expected.items():
        assert got[key] == pytest.approx(value) if isinstance(value, float) else got[key] == value, key


def test_parse_table_shows_the_reading() -> None:
    result = runner.invoke(app, ["parse", "mid-teens"])
    assert result.exit_code == 0
    assert "mid-teens" in result.stdout and "0.14" in result.stdout


def test_parse_rejects_non_quantity_with_one_line_and_exit_2() -> None:
    result = runner.invoke(app, ["parse", "RMB 9 zillion"])
    assert result.exit_code == 2
    assert "zillion" in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "label", "start", "end"),
    [
        (
            ["next two quarters", "--company", "BABA", "--date", "2026-05-15"],
            "FY27Q1-FY27Q2",
            "2026-04-01",
            "2026-09-30",
        ),
        (["FY26Q4", "--company", "BABA", "--date", "2026-05-15"], "FY26Q4", "2026-01-01", "2026-03-31"),
        (["Q4 2025", "--company", "0700.HK", "--date", "2026-03-20"], "FY25Q4", "2025-10-01", "2025-12-31"),
        (["H1 2026", "--date", "2026-05-15"], "2026H1", "2026-01-01", "2026-06-30"),
    ],
)
def test_period_json(args: list[str], label: str, start: str, end: str) -> None:
    result = runner.invoke(app, ["period", *args, "--json"])
    assert result.exit_code == 0, result.output
    got = json.loads(result.stdout)
    assert (got["label"], got["start"], got["end"]) == (label, start, end)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["FY26Q5", "--company", "BABA"], "FY26Q5"),
        (["FY26Q4", "--company", "NOSUCH"], "NOSUCH"),
    ],
)
def test_period_errors_exit_2(args: list[str], needle: str) -> None:
    result = runner.invoke(app, ["period", *args])
    assert result.exit_code == 2
    assert needle in result.stderr


def test_period_bad_date_is_a_usage_error() -> None:
    result = runner.invoke(app, ["period", "FY26Q4", "--date", "15/05/2026"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output
