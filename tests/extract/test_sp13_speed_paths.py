"""SP13's fast paths give exactly what the code they replace gives.

- resolve walks its step lists by jump tables (`_Plan`: for each position, the next step whose flags let it
  change the period, one table while none is found and one once one is, per kind in AFTER_KIND) and tests a
  step's trigger words only where a table lands, instead of filtering by words and testing each step's flags:
  the old loops, kept here as `_resolve_as_before`, must give the same claims on real texts read from
  ../shared (dated transcripts, so the period rules run, and the seed note, so the note-only rules do).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from thesisledger.documents import DocumentKind, load_document
from thesisledger.extract import extract_claims
from thesisledger.extract import extractor as EX
from thesisledger.extract import period_rules as PR
from thesisledger.extract.claim import ClaimKind
from thesisledger.extract.extractor import _Extractor
from thesisledger.periods.period import Period

_LABELS = Path(__file__).resolve().parent / "labels"


def _resolve_as_before(ex: _Extractor, n: PR.Number) -> tuple[Period | None, ClaimKind]:
    """resolve as it was before SP13: every gated step's flags tested in turn."""
    notes = ex.doc.kind is DocumentKind.NOTE
    before_all, after_all = (
        (PR.BEFORE_STEPS, PR.AFTER_STEPS) if notes else (PR.BEFORE_STEPS_NO_NOTE, PR.AFTER_STEPS_NO_NOTE)
    )
    words = n.s.triggers()
    before = [st for st in before_all if not st[5] or st[5] & words]
    after = [st for st in after_all if not st[5] or st[5] & words]
    period: Period | None = None
    for rule, fills, amends, _, _, _ in before:
        if (fills and period is not None) or (amends and period is None):
            continue
        period = rule(ex, n, period)
    cue = n.cue_cf() if n.digits == 0 else ex._cue_before(n.s, n.qs + n.digits, counterfactual=True)
    kind = ex.kind(n.s, n.qs + n.digits, n.speaker, period, n.third_party, n.qe, cue=cue)
    if n.continued and kind is ClaimKind.ACTUAL:
        kind = n.forecast_kind()
    n.kind = kind
    for rule, fills, amends, guided, only, _ in after:
        if (
            (fills and period is not None)
            or (amends and period is None)
            or (only is not None and n.kind is not only)
        ):
            continue
        found = rule(ex, n, period)
        revised = period is None and found is not None and guided
        if kind is ClaimKind.ACTUAL and revised and not PR._beat(n):
            kind = n.kind = n.forecast_kind()
        period = found
    return period, n.kind or kind


def _documents(shared: Path) -> list[tuple[Path, date | None]]:
    """The dev label files' transcripts with their call dates, and the seed note (undated)."""
    out: list[tuple[Path, date | None]] = []
    for f in sorted(_LABELS.glob("dev_*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            head = json.loads(fh.readline())
        out.append((shared / head["doc"], date.fromisoformat(head["date"])))
    out += [(p, None) for p in sorted(shared.glob("seed/*.txt"))]
    return out


def test_resolve_by_jump_tables_is_the_old_loop(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _documents(shared_dir)
    fast = [[c.to_json() for c in extract_claims(load_document(p, date=d))] for p, d in docs]
    monkeypatch.setattr(EX, "resolve", _resolve_as_before)
    slow = [[c.to_json() for c in extract_claims(load_document(p, date=d))] for p, d in docs]
    assert sum(map(len, fast)) > 1000
    assert fast == slow


def test_jump_tables_skip_exactly_the_steps_that_cannot_change_the_period() -> None:
    steps = PR.AFTER_STEPS_NO_NOTE
    plan = PR._plan(PR.BEFORE_STEPS_NO_NOTE, steps)
    kept = steps
    assert [r for r, _ in plan.after] == [st[0] for st in kept]
    for kind in (*ClaimKind, None):
        for found in (False, True):
            table = plan.after_jumps[kind][found]
            runs = [
                i
                for i, (_, fills, amends, _, only, _) in enumerate(kept)
                if not (
                    (fills and found) or (amends and not found) or (only is not None and kind is not only)
                )
            ]
            assert sorted({table[i] for i in range(len(kept))} - {len(kept)}) == runs
    assert plan.before_none[len(plan.before)] == len(plan.before)
