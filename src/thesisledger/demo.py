"""`make demo`: open a fresh ledger, import the bundled example fact file twice, print what it holds.

The example numbers are illustrative, not Alibaba's reported figures; the output says so.
"""

from __future__ import annotations

import tempfile
from importlib import resources
from pathlib import Path

from thesisledger.companies import find_profile
from thesisledger.store import Ledger


def main() -> None:
    example = Path(str(resources.files("thesisledger").joinpath("data/examples/alibaba_facts.csv")))
    with tempfile.TemporaryDirectory() as tmp, Ledger.open(Path(tmp) / "demo.duckdb") as ledger:
        ledger.add_company(find_profile("BABA"))
        first = ledger.import_facts(example)
        second = ledger.import_facts(example)
        print(f"ledger {ledger.location}")
        print(f"import {example.name}: {first.added} facts added; again: {second.added} added, "
              f"{second.unchanged} unchanged")  # fmt: skip
        print()
        print(f"{'company':8} {'segment':8} {'metric':14} {'period':7} {'value':>16}  unit")
        for f in ledger.facts("BABA"):
            q = f.quantity
            shown = f"{q.value:,.0f}" if q.unit.is_currency else f"{q.value:.1%}"
            mark = "  (illustrative)" if f.illustrative else ""
            row = f"{f.company:8} {f.segment or '':8} {f.metric:14} {f.period.label:7} {shown:>16}"
            print(f"{row}  {q.unit}{mark}")


if __name__ == "__main__":
    main()
