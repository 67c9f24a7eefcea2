"""The period fast paths give exactly what the code they replace gives.

- period_rules.resolve skips the rules the period so far rules out (_IF_NONE, _IF_SET) without calling
  them: checked against the plain loop over every rule on real documents from ../shared, and each skipped
  call is checked to be one that would have returned the period unchanged.
- extractor._pm_skips reads once per sentence the words around each period phrase that rule it out
  (maturities, streaks, yardsticks); checked against the per-number tests it replaces on real sentences.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shared_paths import sample_sentences
from thesisledger.documents import load_document
from thesisledger.extract import extract_claims, extractor, period_rules
from thesisledger.extract.metrics import metric_lexicon
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.period import Period

X = extractor


def _sample_files(shared: Path) -> list[Path]:
    files = sorted(shared.glob("seed/*.txt"))[:3]
    files += sorted(shared.glob("data/press_releases/*.txt"))[:4]
    files += sorted(shared.glob("data/ectsum_train/transcripts/*.txt"))[:6]
    return files


def test_gated_resolve_equals_every_rule_called(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [load_document(f) for f in _sample_files(shared_dir)]
    fast = [[c.to_json() for c in extract_claims(d)] for d in docs]
    wrong: list[str] = []

    def plain(
        gated: tuple[tuple[period_rules.Rule, bool, bool], ...],
        ex: extractor._Extractor,
        n: period_rules.Number,
        period: Period | None,
    ) -> Period | None:
        for rule, if_none, if_set in gated:
            got = rule(ex, n, period)
            if (if_none and period is not None and got is not period) or (if_set and period is None and got):
                wrong.append(f"{rule.__name__}: {n.qm.text!r} in {n.s.text!r}")
            period = got
        return period

    monkeypatch.setattr(period_rules, "_apply", plain)
    slow = [[c.to_json() for c in extract_claims(d)] for d in docs]
    assert sum(map(len, fast)) > 500
    assert fast == slow
    assert wrong == []


def _plain_skip(s: X._Sentence, pm: X.PeriodMatch, qe: int) -> bool:
    """The per-number tests extractor.period ran before _pm_skips (copied from it)."""
    if X._IN_A_ROW.match(s.lowered, pm.end) is not None:
        return True
    if X._NAMES_NOTES.match(s.lowered, pm.end) is not None:
        return True
    if X._NAMES_DEVELOPMENT.match(s.lowered, pm.end) is not None and X._PRIOR_YEAR_WORDS.search(pm.text):
        return True
    if X._MATURITY.search(s.lowered, max(0, pm.start - 12), pm.start) is not None:
        return True
    if (
        pm.start >= qe
        and X._OF_THEIR.search(s.lowered, max(0, pm.start - 12), pm.start) is not None
        and X._PLAN_NOUN.match(s.lowered, pm.end) is not None
    ):
        return True
    if pm.start >= qe and (
        X._LEVELS.match(s.lowered, pm.end) is not None
        or X._SAME_AS.search(s.lowered, max(0, pm.start - 20), pm.start) is not None
    ):
        return True
    return (
        s.lowered.startswith("since", pm.start) or s.lowered.endswith("since ", 0, pm.start)
    ) and X._SINCE_RECORD.search(s.lowered, max(0, pm.start - 60), pm.start) is not None


EDGE = [
    "Q1 was their third quarter in a row with 12% growth.",
    "We redeemed $400 million of our 2025 unsecured notes.",
    "5 points of net prior year reserve development in 2021.",
    "$350 million of senior notes due 2061 and 5% in 2021.",
    "We achieved 100% of our full year targets and 20% of its 2021 plan.",
    "Sales were up 17% over 2019 levels, 84%, the same as 2020's first quarter.",
    "Margin was 9.2%, its highest level since 2013, and 4 points higher than last year.",
]


def test_pm_skips_equal_the_per_number_tests(shared_dir: Path) -> None:
    lex = metric_lexicon()
    cal, day = FiscalCalendar.calendar_year(), date(2021, 5, 1)
    reported = X.default_period(cal, day)
    seen = {X._NEVER: 0, X._NOT_AFTER: 0, 0: 0}
    for text in [*sample_sentences(shared_dir), *EDGE]:
        s = X._Sentence(text, 0, len(text), lex, None, cal, day)
        s.read_periods(cal, reported, day)
        for pm, skip in zip(s.periods, X._pm_skips(s), strict=True):
            seen[skip] += 1
            for qe in (0, len(text) + 1):  # every period phrase after the number, then none
                fast = skip == X._NEVER or (skip == X._NOT_AFTER and pm.start >= qe)
                assert fast == _plain_skip(s, pm, qe), (text, pm.text)
    assert all(seen.values()), seen  # each kind of answer occurs
