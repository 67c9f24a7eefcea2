"""Every label file under tests/extract/labels is valid and points at its text in ../shared/."""

from __future__ import annotations

from pathlib import Path

import pytest

from thesisledger.companies import find_profile
from thesisledger.documents import load_document
from thesisledger.extract.evaluate import load_labels, period_bounds, validate_claim

LABELS = Path(__file__).parent / "labels"
FILES = sorted(LABELS.glob("*.jsonl"))
METRICS_TOML = Path(__file__).resolve().parents[2] / "src/thesisledger/extract/data/metrics.toml"


def _metric_keys() -> set[str]:
    import tomllib

    return set(tomllib.loads(METRICS_TOML.read_text(encoding="utf-8"))["metric"])


def test_there_are_dev_and_heldout_label_files() -> None:
    splits = {load_labels(f).split for f in FILES}
    assert {"dev", "heldout"} <= splits


@pytest.mark.parametrize("path", FILES, ids=[f.name for f in FILES])
def test_label_file_is_valid(path: Path, shared_dir: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert '"_header": true' in first, "the first line must be the header"
    lf = load_labels(path)
    assert lf.split in ("dev", "heldout")
    assert lf.claims, "no claims"
    profile = find_profile(lf.company) if lf.company else None
    cal = profile.calendar if profile else None
    entities = {e.key for e in profile.entities} if profile else set()
    metrics = _metric_keys()
    doc_path = lf.doc_path(shared_dir)
    if not doc_path.is_file():
        pytest.skip(f"{doc_path} not found")
    text = load_document(doc_path).text
    regions = lf.regions or [[0, len(text)]]
    last = -1
    for c in lf.claims:
        where = f"{path.name} {c.get('start')}:{c.get('end')} {c.get('span_text')!r}"
        assert validate_claim(c) == [], where
        assert text[c["start"] : c["end"]] == c["span_text"], where
        assert any(a <= c["start"] < b for a, b in regions), f"{where} outside the labelled regions"
        assert c["start"] >= last, f"{where}: claims out of order or overlapping"
        last = c["end"]
        assert c["metric"] is None or c["metric"] in metrics, where
        assert c["entity"] is None or c["entity"] in entities, where
        if c["period"] is not None:
            assert period_bounds(c["period"], cal) is not None, f"{where}: unreadable period"
