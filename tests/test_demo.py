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
    # The fictional call's deliberate slip (500m -> 900m called "an increase of 60%") is caught.
    assert "growth.pct_change" in out and "= 80%" in out
    with Ledger.open(tmp_path / "out" / "ledger.duckdb") as led:
        # Northwind facts (imported twice, stored once) + Alibaba illustrative actuals
        assert led.count("facts") == 7 + 7
        assert led.count("documents") == 1
        claims = led.claims("NWND")
        assert len(claims) == led.count("claims") >= 20
        text = led.documents()[0].text
        assert all(text[c.start : c.end] == c.span_text for c in claims)
        from_call = led.guidance("NWND")  # promises extracted from the call
        assert from_call and all(g.span_start is not None for g in from_call)
        assert len(led.guidance("BABA")) == 7  # the hand-entered Alibaba example
    for name in ("report.html", "northwind_report.html"):
        html = (tmp_path / "out" / name).read_text("utf-8")
        assert "plotly" in html and '<script src="http' not in html  # self-contained, offline
