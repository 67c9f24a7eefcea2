"""`make demo`: the main job on bundled example data, as the commands an analyst would type.

A fresh ledger in ./demo-out/, the fictional example company Northwind (examples/northwind: its own
profile, an earnings-call transcript and facts, all invented for the demo) and the Alibaba example
thesis (examples/alibaba: numbers from the seed note, assumptions marked). Each step prints the
`thesis` command it runs, so the demo doubles as a tour of the CLI.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import typer

from thesisledger.cli import app
from thesisledger.store import Ledger

ROOT = Path(__file__).resolve().parents[2]  # the checkout (examples/ lives beside src/)


def _steps(out: Path) -> list[list[str]]:
    db = str(out / "ledger.duckdb")
    nw = ROOT / "examples" / "northwind"
    ali = ROOT / "examples" / "alibaba"
    call = nw / "q1_fy27_call.txt"
    return [
        ["init", "--db", db],
        ["company", "add", "--file", str(nw / "profile.toml"), "--db", db],
        ["facts", "import", str(nw / "facts.csv"), "--db", db],
        ["facts", "import", str(nw / "facts.csv"), "--db", db],  # again: nothing is added twice
        ["facts", "list", "--company", "NWND", "--metric", "cloud_revenue", "--db", db],
        # The call: every number becomes a claim with its span; promises become guidance records.
        ["extract", str(call), "--company", "NWND", "--date", "2026-11-05", "--db", db],
        ["claims", "--company", "NWND", "--kind", "guidance", "--db", db],
        # The call checked against itself and the ledger (it has a deliberate slip: exit 1 = findings).
        ["audit", str(call), "--company", "NWND", "--date", "2026-11-05", "--db", db],
        ["guidance", "list", "--company", "NWND", "--as-of", "2026-11-25", "--db", db],
        ["report", "--company", "NWND", "--as-of", "2026-11-25", "--simulate", "0",
         "--out", str(out / "northwind_report.html"), "--db", db],
        ["parse", "above RMB 10 billion but below 20 billion"],
        ["period", "over the next two quarters", "--company", "BABA", "--date", "2026-05-15"],
        # Alibaba: guidance from the FY26Q4 call (as facts), later actuals that are made up (illustrative).
        ["guidance", "add", str(ali / "guidance.yaml"), "--db", db],
        ["facts", "import", str(ali / "actuals_illustrative.csv"), "--db", db],
        [
            "scorecard",
            "--company",
            "BABA",
            "--as-of",
            "2027-09-01",
            "--fx",
            str(ali / "fx_illustrative.csv"),
            "--db",
            db,
        ],
        ["value", str(ali / "thesis.yaml"), "--scenarios", "--simulate", "200000", "--seed", "7", "--db", db],
        ["triggers", str(ali / "thesis.yaml"), "--facts", str(ali / "facts.yaml"), "--as-of", "2026-06-01"],
        ["report", "--company", "BABA", "--thesis", str(ali / "thesis.yaml"), "--as-of", "2027-09-01",
         "--fx", str(ali / "fx_illustrative.csv"), "--out", str(out / "report.html"), "--db", db],
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    out = Path(argv[0] if argv else "demo-out").resolve()
    out.mkdir(parents=True, exist_ok=True)
    ledger = out / "ledger.duckdb"
    if ledger.exists():
        ledger.unlink()  # a fresh ledger every run
    for args in _steps(out):
        print(f"\n$ thesis {shlex.join(args)}", flush=True)
        try:
            app(args, standalone_mode=False)
        except typer.Exit as e:
            if e.exit_code not in (0, 1):  # 1 = findings (an audit, a trigger) is a result, not a failure
                print(f"demo step failed with exit status {e.exit_code}", file=sys.stderr)
                return e.exit_code
    with Ledger.open(ledger) as led:
        counts = {t: led.count(t) for t in ("companies", "documents", "claims", "facts", "guidance")}
    print("\nDemo done. " + ", ".join(f"{n} {t}" for t, n in counts.items()) + f" in {ledger}")
    print("Reports (open in a browser; they work offline):")
    for name in ("northwind_report.html", "report.html"):
        print(f"  {out / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
