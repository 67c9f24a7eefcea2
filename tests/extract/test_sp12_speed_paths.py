"""SP12's fast paths give exactly what the code they replace gives.

- guidance_scope asks first whether the sentence lies in a guidance paragraph's scope (`_scope_of`, read
  once per sentence), before the per-number tests: the old order, kept here as `_guidance_scope_as_before`,
  must return the same period and leave the same kind on every number of real texts read from ../shared.
- the period rules gated by trigger words this session (the literal words their code tests first) stay
  gated; tests/periods/test_rule_triggers.py checks that each returns its input wherever its words are absent.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from thesisledger.extract import extract_claims
from thesisledger.extract import period_rules as PR
from thesisledger.extract.claim import ClaimKind
from thesisledger.extract.extractor import _Extractor
from thesisledger.extract.triggers import TRIGGERS
from thesisledger.periods.period import Period

_LABELS = Path(__file__).resolve().parent / "labels"


def _guidance_scope_as_before(ex: _Extractor, n: PR.Number, period: Period | None) -> Period | None:
    """guidance_scope as it was before SP12: the per-number tests first, the scope last."""
    reported = ex.reported
    if reported is None or period is not ex.default_period or n.kind is not ClaimKind.ACTUAL:
        return period
    s, low, qs, qe = n.s, n.s.lowered, n.qs, n.qe
    if s.prev_span is None or n.cue() not in (None, "derived") or PR._SCOPE_ENDS.search(low) is not None:
        return period
    near = qe + PR._SCOPE_NEAR
    if PR._TOLD_DONE.search(low, 0, near) is not None or PR._STATE_AFTER.match(low, qe) is not None:
        return period
    if PR._STATE_IS.search(low, 0, qs + n.digits + 1) is not None or PR._DONE_HERE.search(low, 0, near):
        return period
    if not (
        PR._FORECAST_PART.search(low, 0, qs) is not None
        or PR._STEP_AFTER.match(low, qe) is not None
        or PR._list_line(ex, n)
    ):
        return period
    if ex._undated(s, qs, qe):
        return period
    return PR._forecast_in_scope(ex, n, near) or period


def _dev_documents(shared: Path) -> list[tuple[Path, str]]:
    """(transcript, call date) of the dev label files' documents (their first line names both)."""
    out = []
    for f in sorted(_LABELS.glob("dev_*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            head = json.loads(fh.readline())
        out.append((shared / head["doc"], head["date"]))
    return out


def test_guidance_scope_reading_its_scope_first_is_the_old_order(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from thesisledger.documents import load_document

    seen = {"calls": 0, "found": 0}
    fast = PR.guidance_scope

    def both(ex: _Extractor, n: PR.Number, period: Period | None) -> Period | None:
        kind = n.kind
        old = _guidance_scope_as_before(ex, n, period)
        old_kind, n.kind = n.kind, kind
        new = fast(ex, n, period)
        assert new is old or new == old, n.s.text
        assert n.kind is old_kind, n.s.text
        seen["calls"] += 1
        seen["found"] += new is not period
        return new

    for name in ("AFTER_STEPS", "AFTER_STEPS_NO_NOTE"):
        steps = tuple((both, *st[1:]) if st[0] is fast else st for st in getattr(PR, name))
        monkeypatch.setattr(PR, name, steps)
    for path, day in _dev_documents(shared_dir):
        extract_claims(load_document(path, date=date.fromisoformat(day)))
    assert seen["calls"] > 100
    assert seen["found"] > 0  # the scope was met, not only ruled out


def test_rules_gated_this_session_keep_their_words() -> None:
    gated = {
        PR.coupon: {"note", "bond", "coupon", "debenture"},
        PR.remaining_authorization: {"remain", "left"},
        PR.annual_plan: {"annual", "yearly"},
        PR.done_last_year: {"last year"},
        PR.category_threshold: set(PR._CATEGORY_WORDS),
        PR.price_assumption: set(PR._PRICE_WORDS),
        PR.rank_count: {"top", "big", "largest"},
        PR.guided_midpoint: {"midpoint", "mid-point"},
        PR.base_clause: {" when ", " which ", " where "},
        PR.kept_forecast: {"continu", "reiterat", "reaffirm"},
        PR.program_size: {"purchase", "buyback"},
        PR.guided_bare_quarter: {"quarter"},
        PR.done_so_far_passive: {" been "},
        PR.quarter_ahead: {"for the quarter"},
    }
    for rule, words in gated.items():
        mask = TRIGGERS.mask(rule)
        assert {w for w, bit in TRIGGERS._bits.items() if bit & mask} == words, rule.__name__
