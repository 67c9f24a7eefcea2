"""tools/train_period_gate.py, the learned "no period" gate experiment: features, fit, a two-call run."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from call_claims import Q3_CALL, call_claims
from thesisledger.extract.extractor import default_period
from thesisledger.periods.calendar import FiscalCalendar

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    path = REPO / "tools" / "train_period_gate.py"
    spec = importlib.util.spec_from_file_location("train_period_gate", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_period_gate"] = mod  # dataclasses look their module up by name
    spec.loader.exec_module(mod)
    return mod


def test_features_read_lower_case_words_only(tool: ModuleType) -> None:
    text = "Acme Widgets now serves 30 states across the country."
    (claim,) = [c for c in call_claims(text, Q3_CALL) if c.span_text == "30 states"]
    reported = default_period(FiscalCalendar.calendar_year(), Q3_CALL)
    names = tool.features(claim, reported, in_qa=False)
    assert "w:serves" in names and "b:serves" in names and "a:across" in names
    assert not any(n.endswith(("acme", "widgets", "Acme")) for n in names)  # a name is no word here
    assert "no_period_words" in names and "prepared" in names and "metric=none" in names
    assert names == tool.features(claim, reported, in_qa=False)  # deterministic, sorted word features


def test_fit_learns_a_separable_toy_problem_deterministically(tool: ModuleType) -> None:
    # feature 0 marks the positives, feature 1 is on everywhere
    rows = np.array([0, 1, 1, 2, 3, 3], dtype=np.int64)
    cols = np.array([1, 0, 1, 1, 0, 1], dtype=np.int64)
    x = tool.Design(rows, cols, 4, 2, np.array([0.0, 1.0, 0.0, 1.0]))
    w1, b1 = tool.fit(x, 0.001)
    w2, b2 = tool.fit(x, 0.001)
    assert np.array_equal(w1, w2) and b1 == b2
    p = 1.0 / (1.0 + np.exp(-x.dot(w1, b1)))
    assert p[1] > 0.8 and p[3] > 0.8 and p[0] < 0.2 and p[2] < 0.2


def test_two_call_smoke_run(
    tool: ModuleType, shared_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = REPO / "tests" / "extract" / "labels"
    files = [labels / "dev_aph_q2_2021.jsonl", labels / "dev_wst_q1_2021.jsonl"]
    out = tmp_path / "gate.json"
    argv = ["--labels", *map(str, files), "--min-docs", "1", "--inner", "0", "--write", str(out)]
    argv += ["--shared", str(shared_dir)]  # (the fixture's, wherever the checkout stands)
    assert tool.main(argv) == 0
    printed = capsys.readouterr().out
    assert "pooled leave-one-call-out" in printed
    for field in ("span", "metric", "kind", "speaker"):  # the gate can only move periods
        line = next(ln for ln in printed.splitlines() if ln.split()[:1] == [field])
        assert line.rstrip().endswith("(+0)"), line
    data = json.loads(out.read_text())
    assert data["trained_on"] == [f.name for f in files]
    assert len(data["features"]) == len(data["weights"]) > 0


def test_only_dev_files_train(tool: ModuleType) -> None:
    with pytest.raises(SystemExit):
        tool.main(["--labels", str(REPO / "tests" / "extract" / "labels" / "seed_baba_fy26q4.jsonl")])
