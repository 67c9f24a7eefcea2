"""A ledger file held by another process is refused with StoreLockedError, and left as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from thesisledger.errors import StoreLockedError
from thesisledger.store import Ledger

REPO = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from thesisledger.store import Ledger
led = Ledger.open(sys.argv[1])
print("open", flush=True)
sys.stdin.read()  # hold the file until the test closes our stdin
led.close()
"""


def test_locked_by_another_process(db_path: Path, tmp_path: Path) -> None:
    facts = tmp_path / "f.csv"
    facts.write_text("company,metric,period,value,unit\nBABA,revenue,FY26Q1,1,CNY\n", encoding="utf-8")
    with Ledger.open(db_path) as led:
        led.import_facts(facts)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError) as err:
            Ledger.open(db_path)
        assert str(err.value) == (
            f"ledger {db_path} is locked by another process (pid {holder.pid}); "
            "close it or use --db for another file"
        )
    finally:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        assert holder.wait(timeout=30) == 0
        holder.stdout.close()

    # Once the other process lets go, the ledger opens with its data intact.
    with Ledger.open(db_path) as led:
        assert led.count("facts") == 1
