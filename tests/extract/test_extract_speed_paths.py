"""The fast paths of extraction give exactly what the plain patterns they replace give.

Each fast path (extractor._period_hint, cues._CLAUSE_FAST, periods' lower-case start candidates and
resolved-phrase cache, PhraseIndex.find's plain-tuple sort) is checked against the original pattern or
code path on real sentences from ../shared and on edge cases, so a change to one side that is not made
to the other fails here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shared_paths import sample_sentences
from thesisledger.extract import cues, extractor
from thesisledger.extract.entities import entity_index
from thesisledger.extract.metrics import metric_lexicon
from thesisledger.extract.phrases import Hit, PhraseIndex
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


def test_lower_starts_offer_every_place_the_start_pattern_can_match(sentences: list[str]) -> None:
    """find_periods' candidates (periods.parse._lower_starts): every offset where _LOWER_STARTS matches, so
    every start of its own consuming scan too."""
    for s in [*sentences, "in 2021", "2021 and in 2022", "(in q3)", "x-in 2021", "'in 2021", "."]:
        low = s.lower()
        got = periods_parse._lower_starts(low)
        assert got == [i for i in range(len(low)) if periods_parse._LOWER_STARTS.match(low, i)], s
        assert {m.start() for m in periods_parse._LOWER_STARTS.finditer(low)} <= set(got), s


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


def _plain_longest(raw: list[Hit]) -> list[Hit]:
    """How PhraseIndex.find chose among raw hits before it sorted plain tuples: a stable sort by start, the
    longest first, then the hits that do not overlap one already kept."""
    if len(raw) < 2:
        return raw
    out: list[Hit] = []
    last = -1
    for h in sorted(raw, key=lambda h: (h.start, h.start - h.end)):
        if h.start >= last:
            out.append(h)
            last = h.end
    return out


def _raw_hits(idx: PhraseIndex, text: str) -> list[Hit]:
    """Every whole-word hit of both automata, in the order they report them (no overlap resolution)."""
    raw: list[Hit] = []
    low, n = text.lower(), len(text)
    for auto, where in ((idx._auto, low), (idx._exact, text)):
        if auto is None:
            continue
        for end_idx, (length, entries) in auto.iter(where):
            end, start = end_idx + 1, end_idx + 1 - length
            if (
                start > 0
                and (text[start - 1].isalnum() or text[start - 1] == "_")
                and (text[start].isalnum() or text[start] == "_")
            ):
                continue
            if (
                end < n
                and (text[end].isalnum() or text[end] == "_")
                and (text[end - 1].isalnum() or text[end - 1] == "_")
            ):
                continue
            for written, key in entries:
                if written is None or text[start:end] == written:
                    raw.append(Hit(start, end, key))
                    break
    return raw


def test_phrase_index_keeps_the_longest_hits_as_before(sentences: list[str]) -> None:
    lex = metric_lexicon()
    ents = entity_index(None)
    nested = PhraseIndex([("gross margin", "gm"), ("margin", "m"), ("gross", "g"), ("PE", "pe")], ["PE"])
    extra = ["gross margin margin gross", "PE gross PE margin", "gross-margin PE-ratio", "xgross marginx"]
    for s in [*sentences, *extra]:
        for idx in (lex.index, ents, nested):
            assert idx.find(s) == _plain_longest(_raw_hits(idx, s)), s
