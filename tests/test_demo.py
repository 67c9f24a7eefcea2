"""`make demo` runs every step on the bundled example data and leaves a ledger behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from thesisledger.demo import main
from thesisledger.store import Ledger


def test_demo_runs_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "$ thesis facts import" in out and "Demo done" in out
    assert "ILLUSTRATIVE" in out  # every output built on made-up example facts says so
    with Ledger.open(tmp_path / "out" / "ledger.duckdb") as led:
        # Northwind facts (imported twice, stored once) + Alibaba illustrative actuals
        assert led.count("facts") == 7 + 7
        assert led.count("guidance") == 7
        assert led.count("documents") == 1
