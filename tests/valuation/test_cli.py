"""`thesis value` and `thesis triggers` on the Alibaba example, and bad input through the CLI."""

from __future__ import annotations

import importlib
import json
import sys
import types
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner
from valuation_helpers import ALIBABA, ALIBABA_FACTS, MINIMAL

from thesisledger.valuation import compile_thesis, load_thesis, run_scenarios, simulate


def _valuation_cmds() -> types.ModuleType:
    try:
        return importlib.import_module("thesisledger.cli.valuation_cmds")
    except ImportError:
        # cli/__init__ assembles every command group; where another group's modules are not merged yet,
        # load this group from the package directory without running that assembly.
        pkg = types.ModuleType("thesisledger.cli")
        pkg.__path__ = [str(Path(__file__).resolve().parents[2] / "src" / "thesisledger" / "cli")]
        sys.modules["thesisledger.cli"] = pkg
        return importlib.import_module("thesisledger.cli.valuation_cmds")


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    a = typer.Typer()
    _valuation_cmds().register(a)
    return a


Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(app: typer.Typer) -> Run:
    def invoke(*args: str | Path) -> tuple[int, str, str]:
        r = CliRunner().invoke(app, [str(a) for a in args])
        if r.exception is not None and not isinstance(r.exception, SystemExit):
            raise r.exception
        return r.exit_code, r.stdout, r.stderr

    return invoke


def test_value_json_on_the_alibaba_example(run: Run) -> None:
    code, out, err = run("value", ALIBABA, "--scenarios", "--simulate", "10000", "--seed", "7", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["company"] == "BABA" and doc["currency"] == "USD" and doc["share_unit"] == "ADS"
    # the same numbers as the Python API
    thesis = load_thesis(ALIBABA)
    rows = run_scenarios(thesis)
    assert doc["valuation"]["per_share"] == rows[0].per_share
    assert [s["label"] for s in doc["scenarios"]] == ["bear", "base", "bull"]
    assert [s["per_share"] for s in doc["scenarios"]] == [v.per_share for v in rows[1:]]
    sim = simulate(compile_thesis(thesis), 10_000, seed=7)
    s = doc["simulation"]
    assert (s["n"], s["seed"], s["mean"], s["std"]) == (10_000, 7, sim.mean, sim.std)
    assert list(s["percentiles"]) == ["p5", "p25", "p50", "p75", "p95"]
    assert list(s["percentiles"].values()) == sorted(s["percentiles"].values())
    assert s["p_above_price"] == sim.p_above_price
    assert doc["tornado"]["bars"][0]["swing"] >= doc["tornado"]["bars"][-1]["swing"]
    assert len(doc["triggers"]) == 4
    assert {i["name"] for i in doc["inputs"]} >= {"retail_pe", "cloud_ps", "fx:USD/CNY"}
    # seeded: a second run prints the same numbers
    again = json.loads(
        run("value", ALIBABA, "--scenarios", "--simulate", "10000", "--seed", "7", "--json")[1]
    )
    doc["simulation"].pop("seconds")
    again["simulation"].pop("seconds")
    assert again == doc


def test_value_tables(run: Run) -> None:
    code, out, _ = run("value", ALIBABA, "--scenarios", "--simulate", "10000", "--seed", "7", "--inputs")
    assert code == 0
    for text in ("Sum of the parts (median inputs)", "Scenarios (USD per ADS)", "bear", "bull",
                 "Monte Carlo: 10,000 scenarios, seed 7", "Tornado", "Triggers as of", "Inputs",
                 "cloud_revenue_fy26: fallback used: no ledger"):  # fmt: skip
        assert text in out


def test_triggers_with_facts_as_of(run: Run) -> None:
    code, out, err = run("triggers", ALIBABA, "--facts", ALIBABA_FACTS, "--as-of", "2026-06-01")
    assert code == 0, err
    assert "Triggers as of 2026-06-01" in out
    assert out.count("not yet") == 4
    assert "FY26Q4: 9.0%" in out
    code, out, _ = run("triggers", ALIBABA, "--facts", ALIBABA_FACTS, "--as-of", "2026-06-01", "--json")
    doc = json.loads(out)
    assert [t["status"] for t in doc["triggers"]] == ["not yet"] * 4
    assert doc["triggers"][0]["fact"]["period"]["label"] == "FY26Q4"
    assert doc["triggers"][3]["fact"]["value"]["unit"] == "CNY"
    assert doc["triggers"][1]["trigger"]["deadline"] == "2026-09-30"


def test_value_with_facts_uses_the_ledger(run: Run) -> None:
    code, out, _ = run("value", ALIBABA, "--facts", ALIBABA_FACTS, "--as-of", "2026-06-01", "--json")
    assert code == 0
    inputs = {i["name"]: i for i in json.loads(out)["inputs"]}
    assert inputs["cloud_revenue_fy26"]["kind"] == "fact"
    assert inputs["all_others_quarterly_ebita"]["kind"] == "guidance"
    assert inputs["all_others_quarterly_ebita"]["distribution"] == {
        "kind": "uniform",
        "low": -20e9,
        "high": -10e9,
    }
    # before the results were reported the ledger has nothing: fallbacks are used
    early = json.loads(run("value", ALIBABA, "--facts", ALIBABA_FACTS, "--as-of", "2026-05-01", "--json")[1])
    assert {i["name"]: i["kind"] for i in early["inputs"]}["cloud_revenue_fy26"] == "point"
    assert date.fromisoformat("2026-05-01")  # the option takes ISO dates


BAD = [
    ("typo", MINIMAL.replace("    multiple: mult", "    multple: mult"), "multple:",
     "segments.core: field 'multple' is not known; did you mean 'multiple'?"),
    ("negative shares", MINIMAL.replace("  value: 100\n", "  value: -2.3e9\n"), "-2.3e9",
     "shares.value must be > 0.0"),
    ("low above high", MINIMAL.replace("    low: 2\n    high: 4", "    low: 5\n    high: 4"), "low: 5",
     "low 5.0 is above high 4.0"),
    ("unknown reference", MINIMAL.replace("    multiple: mult", "    multiple: mlt"), "multiple: mlt",
     "'mlt' is not a known input; did you mean 'mult'?"),
    ("circular", MINIMAL.replace("segments:\n", "  a: b * 2\n  b: a + 1\nsegments:\n"), "  a: b * 2",
     "circular reference: a -> b -> a"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "text", "needle", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_thesis_files_exit_2_with_one_line_naming_the_yaml_line(
    run: Run, tmp_path: Path, case: str, text: str, needle: str, message: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    line = next(i + 1 for i, s in enumerate(text.splitlines()) if needle in s)
    for command in ("value", "triggers"):
        code, out, err = run(command, path)
        assert code == 2, case
        assert out == ""
        assert err.count("\n") == 1, err  # one line, no traceback
        assert err.startswith(f"error: {path} line {line}: ")
        assert message in err


def test_bad_options_and_files(run: Run, tmp_path: Path) -> None:
    code, _, err = run("value", tmp_path / "missing.yaml")
    assert code == 2 and "no such file" in err
    code, _, err = run("triggers", ALIBABA, "--as-of", "June")
    assert code == 2 and "'June' is not a date" in err
    bad_facts = tmp_path / "facts.yaml"
    bad_facts.write_text("company: BABA\nfacts:\n  - metric: x\n    period: FY26Q9\n", encoding="utf-8")
    code, _, err = run("triggers", ALIBABA, "--facts", bad_facts)
    assert code == 2 and err.startswith(f"error: {bad_facts} line ")


def test_a_thesis_without_price_or_triggers(run: Run, tmp_path: Path) -> None:
    text = MINIMAL.replace("price:\n  value: 10\n  currency: USD\n  source: test\n", "")
    path = tmp_path / "plain.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run("value", path, "--simulate", "1000")
    assert code == 0
    assert "P(value > price)" not in out and "vs price" not in out
    assert "100 share" in out  # small counts are written out, not as 1e-07bn
    code, out, _ = run("triggers", path)
    assert code == 0 and "no triggers in this thesis" in out
