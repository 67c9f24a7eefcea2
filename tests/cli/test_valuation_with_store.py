"""`thesis triggers/value --db`: the thesis reads its facts from the ledger store, point in time."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from thesisledger.cli import app

runner = CliRunner()
THESIS = Path(__file__).resolve().parents[2] / "examples" / "alibaba" / "thesis.yaml"

FACTS = (
    "company,segment,metric,period,value,unit,source,reported_at\n"
    "BABA,cloud,ebita_margin,FY26Q4,9,%,test: FY26Q4 results,2026-05-15\n"
    "BABA,cloud,ebita_margin,FY27Q2,14,%,test: FY27Q2 results,2026-11-20\n"
)


def _status(db: Path, as_of: str) -> dict[str, str]:
    result = runner.invoke(app, ["triggers", str(THESIS), "--db", str(db), "--as-of", as_of, "--json"])
    assert result.exit_code == 0, result.output
    return {t["trigger"]["text"]: t["status"] for t in json.loads(result.stdout)["triggers"]}


def test_triggers_read_the_store_point_in_time(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    facts = tmp_path / "facts.csv"
    facts.write_text(FACTS, encoding="utf-8")
    assert runner.invoke(app, ["facts", "import", str(facts), "--db", str(db)]).exit_code == 0

    later = _status(db, "2026-12-01")
    teens = next(k for k in later if "0.13" in k)
    assert later[teens] == "met"
    # Before the FY27Q2 results were reported, the same trigger is not decided yet.
    assert _status(db, "2026-06-01")[teens] == "not yet"


def test_value_with_an_empty_store_uses_fallbacks(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    result = runner.invoke(app, ["value", str(THESIS), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["valuation"]["per_share"] > 0
    # Nothing in the ledger: each ledger-referenced input falls back, and says so.
    assert any("fallback" in json.dumps(v) for v in out["inputs"])


GUIDANCE = """\
company: BABA
given_at: 2026-05-15
speaker: management
source: test guidance
guidance:
  - entity: all_others
    metric: adjusted_ebita
    promise: "RMB -16 billion to RMB -12 billion"
    period: "FY27Q1"
    quote: "test: All Others quarterly EBITA guided between -16 and -12 billion."
"""


def test_value_takes_guidance_ranges_from_the_store(tmp_path: Path) -> None:
    db = tmp_path / "ledger.duckdb"
    g = tmp_path / "guidance.yaml"
    g.write_text(GUIDANCE, encoding="utf-8")
    assert runner.invoke(app, ["guidance", "add", str(g), "--db", str(db)]).exit_code == 0

    def input_of(as_of: str) -> dict[str, object]:
        result = runner.invoke(app, ["value", str(THESIS), "--db", str(db), "--as-of", as_of, "--json"])
        assert result.exit_code == 0, result.output
        (item,) = [
            i for i in json.loads(result.stdout)["inputs"] if i["name"] == "all_others_quarterly_ebita"
        ]
        return dict(item)

    guided = input_of("2026-06-01")
    assert guided["kind"] == "guidance"
    assert guided["distribution"] == {"kind": "uniform", "low": -16e9, "high": -12e9}
    # Before the guidance was given, the thesis falls back to its own range.
    assert "fallback" in json.dumps(input_of("2026-05-01"))
