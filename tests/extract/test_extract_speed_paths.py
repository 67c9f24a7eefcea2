"""The fast paths of extraction give exactly what the plain patterns they replace give.

Each fast path (extractor._period_hint, cues._CLAUSE_FAST, periods' lower-case start candidates and
resolved-phrase cache) is checked against the original pattern or code path on real sentences from
../shared and on edge cases, so a change to one side that is not made to the other fails here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shared_paths import sample_sentences
from thesisledger.extract import cues, extractor
from thesisledger.extract.phrases import PhraseIndex
from thesisledger.periods import parse as periods_parse
from thesisledger.periods.calendar import FiscalCalendar

EDGE = [
    "fy26", "cy", "h1 ", "x2020", "2020", "in june", "junk", "sept.", "sep", "fy", "afy26", "h12", "h1-",
    "a - b", "x\u00a0-\u00a0y", "sand it is", "and it is", ", and", ",  as", ", revenue is", "(a) [b]",
    "In June 2021 and in May we", "by the end of the year", "within less than a year", "10Q FY26",
    "5 June 2021", "on 5 June", "earlier than the end of fiscal 2027", "İİ in June", "the June quarter",
    "year-to-date", "long-term debt", "over the long run", "in 5 years", "next two quarters", "2Q25",
]  # fmt: skip


@pytest.fixture(scope="module")
def sentences(shared_dir: Path) -> list[str]:
    return sample_sentences(shared_dir) + EDGE


def test_period_hint_equals_the_regex(sentences: list[str]) -> None:
    for s in sentences:
        low = s.lower()
        assert extractor._period_hint(low) == (extractor._PERIOD_HINT.search(low) is not None), s


def test_clause_fast_equals_clause(sentences: list[str]) -> None:
    assert set(cues._SPACES) == {c for c in map(chr, range(0x110000)) if c.isspace()}
    for s in sentences:
        low = s.lower()
        fast = [(m.start(), m.end()) for m in cues._CLAUSE_FAST.finditer(low)]
        assert fast == [(m.start(), m.end()) for m in cues._CLAUSE.finditer(low)], s


@pytest.mark.parametrize(
    ("calendar", "doc_date"),
    [(FiscalCalendar.calendar_year(), date(2026, 5, 15)), (FiscalCalendar(3), date(2021, 3, 2))],
)
def test_find_periods_equals_master_scan(
    sentences: list[str], calendar: FiscalCalendar, doc_date: date
) -> None:
    """Leftmost non-overlapping _MASTER matches whose handler resolves: what find_periods promises."""
    ctx = periods_parse._Ctx(calendar, doc_date, scanning=True)
    for s in sentences:
        want = []
        for m in periods_parse._MASTER.finditer(s):
            try:
                p = periods_parse._HANDLERS[m.lastgroup or ""](m, ctx)
            except (periods_parse.InvalidPeriod, periods_parse._Skip, periods_parse.PeriodError):
                continue
            want.append((m.start(), m.end(), p))
        for _ in range(2):  # the second pass reads from the resolved-phrase cache
            got = [(pm.start, pm.end, pm.period) for pm in periods_parse.find_periods(
                s, calendar=calendar, doc_date=doc_date
            )]  # fmt: skip
            assert got == want, s


def test_phrase_index_case_sensitive_spellings() -> None:
    idx = PhraseIndex([("PE", "pe"), ("price earnings", "pe"), ("Pe", "other")], case_sensitive=["PE", "Pe"])
    assert [h.key for h in idx.find("a PE of 8x, Pe 3, pe 4, expected")] == ["pe", "other"]
    assert [h.key for h in idx.find("Price Earnings")] == ["pe"]
