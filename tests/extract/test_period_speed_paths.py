"""The extractor's word gates and per-sentence reads give exactly what the code they replace gives.

- extractor._pm_skips reads once per sentence the words around each period phrase that rule it out
  (maturities, streaks, yardsticks); checked against the per-number tests it replaces on real sentences.
- A pattern run only when the sentence holds a word it needs (`"return" in low and _RETURN_BEFORE...`):
  checked that no sentence of ../shared without those words matches the pattern, wherever it ends.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shared_paths import sample_sentences
from thesisledger.documents.document import DocumentKind
from thesisledger.extract import extractor
from thesisledger.extract.metrics import metric_lexicon
from thesisledger.periods.calendar import FiscalCalendar

X = extractor


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


# (pattern, the words one of which every match holds): the gates in extractor.py
GATES = [
    (X._IN_A_ROW, ("row",)),
    (X._NAMES_NOTES, ("note", "bond", "debenture", "maturit")),
    (X._NAMES_DEVELOPMENT, ("development",)),
    (X._MATURITY, ("due", "matur", "expir")),
    (X._LEVELS, ("level",)),
    (X._SAME_AS, ("same as", "similar to", "equal to")),
    (X._RETURN_BEFORE, ("return",)),
    (X._POINTS_TO, ("point", "bp")),
    (X._DEVIATION, ("normal", "baseline")),
    (X._BY_AMOUNT, (" by",)),
    (X._GUIDE_AFTER, ("guid", "outlook", "midpoint")),
    (X._TO_DATE_AFTER, ("far", "date")),
    (X._ORGANIC_AFTER, ("organic",)),
    (X._ORGANIC_BEFORE, ("organic",)),
    (X._GOAL, X._GOAL_WORDS),
    (X._STANDING_GOAL, X._GOAL_WORDS),
    (X._MARKET_FORECAST, X._MARKET_WORDS),
    (X._BOARD_DECIDED, ("board",)),
    (X._MARKET_AHEAD, X._MARKET_AHEAD_WORDS),
    (X._RECURRING, X._RECURRING_WORDS),
    (X._AUTHORIZED, ("authori",)),
    (X._OVER_THAT_PERIOD, ("over",)),
    (X._CONDITION, ("if", "threshold")),
]
GATE_EDGE = [
    "returned $860 million to shareholders", "up 50 bps to 20%", "up 50 basis points to 20%",
    "running 1% below baseline", "3% above normal", "lower by 2%", "the midpoint of our guidance",
    "250 basis points higher at the midpoint", "92% complete to date", "40 stores so far",
    "our 2025 notes", "due 2061", "2019 levels", "the same as 2020", "third quarter in a row",
    "prior year reserve development", "up 8% organically", "grew organically by 5%", "5% on an organic basis",
    "global gdp is expected to grow 4.2%", "our forecast for net absorption", "the street's estimates",
    "on track to deliver $5 billion", "on our way to becoming a $15 billion company", "we aim to hit 20%",
    "our board of directors approved a dividend of $0.48", "we expect the market to grow 4%",
    "the unemployment rate will remain below 5%",
    "in any given quarter 50%", "each year, 75%", "1.9 million tons per year", "authorized an additional $",
    "a rate of 9% over that period", "a bonus if the rate achieves 85%", "a second threshold of 85%",
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "words"), GATES, ids=[p.pattern[:30] for p, _w in GATES])
def test_gated_patterns_need_their_words(
    shared_dir: Path, pattern: X.re.Pattern[str], words: tuple[str, ...]
) -> None:
    texts = [s.lower() for s in sample_sentences(shared_dir)]
    hits = 0
    for low in [*texts, *GATE_EDGE]:
        # every end the extractor may search to ($ matches at endpos): a number's, a phrase's start
        ends = [len(low)]
        if pattern.pattern.endswith("$"):
            ends += [i for i in range(1, len(low)) if not low[i - 1].isalnum() and low[i] != " "]
        found = any(pattern.search(low, 0, end) for end in ends)
        hits += found
        if not any(w in low for w in words):
            assert not found, (pattern.pattern, low)
    assert hits  # the pattern is exercised


def test_third_party_forecast_needs_its_verbs(shared_dir: Path) -> None:
    """_THIRD_PARTY_FORECAST runs on the sentence as written (capitals matter): searched only when the
    lower-cased sentence holds one of _THIRD_PARTY_WORDS."""
    hits = 0
    for text in [*sample_sentences(shared_dir), "IDC predicts 5% growth", "the MBA projects $2 trillion"]:
        found = X._THIRD_PARTY_FORECAST.search(text) is not None
        hits += found
        if not any(w in text.lower() for w in X._THIRD_PARTY_WORDS):
            assert not found, text
    assert hits


def test_first_digit_shortcut_is_the_pattern() -> None:
    for text in ("5%", "$5", "٣ million", "²5", "about 5", "５ units", "x"):
        m = X._FIRST_DIGIT.search(text)
        fast = 0 if text[:1].isdecimal() else (m.start() if m is not None else 0)
        assert fast == (m.start() if m is not None else 0), text


def _sample_files(shared: Path) -> list[Path]:
    """The texts sample_sentences reads (3 notes, 6 releases, 12 calls), as files."""
    files = sorted(shared.glob("seed/*.txt"))[:3]
    files += sorted(shared.glob("data/press_releases/*.txt"))[:6]
    return files + sorted(shared.glob("data/ectsum_train/transcripts/*.txt"))[:12]


def test_skipped_period_rules_return_the_period_as_given(
    shared_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """period_rules.resolve skips a FILL_ONLY rule once a period is found and an AMEND_ONLY rule while there
    is none: run every rule on real texts and check each would have returned the period it was given, and
    left the number as it was."""
    from collections import Counter

    from thesisledger.documents import load_document
    from thesisledger.extract import extract_claims
    from thesisledger.extract import period_rules as PR

    skippable: Counter[str] = Counter()
    ran: Counter[str] = Counter()

    def checked(rule: PR.Rule) -> PR.Rule:
        def run(ex: X._Extractor, n: PR.Number, period: PR.Period | None) -> PR.Period | None:
            before = (n.kind, n.continued)
            found = rule(ex, n, period)
            ran[rule.__name__] += 1
            only = PR.KIND_ONLY.get(rule)
            if (
                (rule in PR.FILL_ONLY and period is not None)
                or (rule in PR.AMEND_ONLY and period is None)
                or (only is not None and before[0] is not only)
                or (rule in PR.NOTE_ONLY and ex.doc.kind is not DocumentKind.NOTE)
            ):
                assert found is period, rule.__name__
                assert (n.kind, n.continued) == before, rule.__name__
                skippable[rule.__name__] += 1
            return found

        return run

    def every(rules: tuple[PR.Rule, ...]) -> tuple[PR.Step, ...]:  # no rule skipped
        return tuple((checked(r), False, False, r in PR.GUIDED_YEAR, None, 0) for r in rules)

    for name in ("BEFORE_STEPS", "BEFORE_STEPS_NO_NOTE"):
        monkeypatch.setattr(PR, name, every(PR.BEFORE_KIND))
    for name in ("AFTER_STEPS", "AFTER_STEPS_NO_NOTE"):
        monkeypatch.setattr(PR, name, every(PR.AFTER_KIND))
    for f in _sample_files(shared_dir):
        extract_claims(load_document(f))
    assert set(ran) == {r.__name__ for r in (*PR.BEFORE_KIND, *PR.AFTER_KIND)}
    # each gated rule met the case it is skipped in
    gated = PR.FILL_ONLY | PR.AMEND_ONLY | PR.NOTE_ONLY | set(PR.KIND_ONLY)
    assert set(skippable) == {r.__name__ for r in gated}, skippable
