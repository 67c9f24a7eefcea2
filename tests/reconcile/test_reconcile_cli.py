"""`thesis guidance`, `thesis reconcile` and `thesis scorecard` on the Alibaba example with a tmp ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from thesisledger.cli import ledger_cmds, reconcile_cmds
from thesisledger.store import Ledger

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "alibaba"
GUIDANCE, ACTUALS, FX = (
    EXAMPLE / "guidance.yaml",
    EXAMPLE / "actuals_illustrative.csv",
    EXAMPLE / "fx_illustrative.csv",
)


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    a = typer.Typer()
    ledger_cmds.register(a)
    reconcile_cmds.register(a)
    return a


@pytest.fixture()
def db(tmp_path: Path, app: typer.Typer) -> Path:
    path = tmp_path / "baba.duckdb"
    run = CliRunner()
    assert run.invoke(app, ["guidance", "add", str(GUIDANCE), "--db", str(path)]).exit_code == 0
    assert run.invoke(app, ["facts", "import", str(ACTUALS), "--db", str(path)]).exit_code == 0
    return path


def _json(app: typer.Typer, *args: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    out: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return out


def _statuses(out: dict) -> dict[str, str]:  # type: ignore[type-arg]
    return {
        f"{v['guidance']['entity']} {v['guidance']['metric']} {v['guidance']['period']['label']}": v["status"]
        for v in out["verdicts"]
    }


def test_guidance_add_is_idempotent(app: typer.Typer, db: Path) -> None:
    result = CliRunner().invoke(app, ["guidance", "add", str(GUIDANCE), "--db", str(db)])
    assert result.exit_code == 0 and "added 0 guidance record(s), 7 already" in result.stdout


def test_illustrative_actuals_flip_the_verdicts(app: typer.Typer, db: Path) -> None:
    base = ("scorecard", "--company", "BABA", "--db", str(db), "--fx", str(FX))
    before = _json(app, *base, "--as-of", "2026-08-01")
    assert set(_statuses(before).values()) == {"not_yet_due"} and before["illustrative"] is False
    after = _json(app, *base, "--as-of", "2027-09-01")
    assert _statuses(after) == {
        "maas arr 2026-06": "met",
        "all_others loss FY27Q1": "missed",
        "cloud ebita_margin FY27Q1-FY27Q2": "partially_met",
        "maas arr 2026-12-31": "met",
        "cloud ai_revenue_share 2027-05-15": "met",
        "None capex FY26-FY28": "not_yet_due",
        "cloud ebita_margin long term": "not_yet_due",
    }
    assert after["illustrative"] is True
    company = next(c for c in after["credibility"] if c["group"] == "company")
    assert (company["n"], company["hits"], company["hit_rate"]) == (5, 3, pytest.approx(4 / 7))
    fx_verdict = next(v for v in after["verdicts"] if v["guidance"]["period"]["label"] == "2026-12-31")
    assert fx_verdict["fx"] == "1 USD = 7.1 CNY on 2026-12-31 (fx_illustrative.csv)"
    assert "x 7.1 CNY/USD" in fx_verdict["arithmetic"] and fx_verdict["facts"][0]["illustrative"] is True


def test_text_output_says_illustrative(app: typer.Typer, db: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["reconcile", "--company", "BABA", "--as-of", "2026-12-01", "--since", "2026-08-01", "--db", str(db)],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.count("ILLUSTRATIVE") >= 3
    assert "changed since 2026-08-01: 3" in result.stdout
    assert "all_others loss FY27Q1: not_yet_due -> missed" in result.stdout


def test_guidance_list_open_and_due_before(app: typer.Typer, db: Path) -> None:
    out = _json(app, "guidance", "list", "--company", "BABA", "--open", "--due-before", "2026-12-31",
                "--as-of", "2026-09-01", "--db", str(db))  # fmt: skip
    assert [(g["metric"], g["status"]) for g in out["guidance"]] == [
        ("ebita_margin", "not_yet_due"),
        ("arr", "not_yet_due"),
    ]
    none_yet = _json(app, "guidance", "list", "--as-of", "2026-05-14", "--db", str(db))
    assert none_yet["guidance"] == []


def test_a_bad_guidance_file_changes_nothing(app: typer.Typer, db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GUIDANCE.read_text("utf-8").replace('period: "FY27Q1"', 'period: "FY27Q7"'), "utf-8")
    bad = bad.rename(tmp_path / "bad.yaml")
    fresh = tmp_path / "fresh.duckdb"
    result = CliRunner().invoke(app, ["guidance", "add", str(bad), "--db", str(fresh)])
    assert result.exit_code == 2
    assert "bad.yaml guidance item 6" in result.stderr and "Traceback" not in result.output
    with Ledger.open(fresh) as led:
        assert led.count("guidance") == 0
