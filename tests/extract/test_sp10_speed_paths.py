"""SP10's fast paths give exactly what the code they replace gives (run on real texts read from ../shared at
test time, and on edge cases)."""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as C  # the parser's opcodes, to read which letters a pattern starts with
from re import _parser as P
from typing import Any

import pytest

from shared_paths import sample_sentences
from thesisledger.extract import context_periods, cues, extractor, period_rules
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.quantities import reader

# quantities.reader._RANK_COUNT as it was written before it was made to start with a character set
_RANK_COUNT_PLAIN = re.compile(
    r"(?<![A-Za-z])(?:[Tt]op|TOP)[ \u00a0]+(?P<n>\d{1,3}|[A-Za-z]+)"
    r"(?=[ \u00a0]+(?!(?i:percent|per[ \u00a0]cent|percentile|basis|million|billion|thousand|times"
    r"|or[ \u00a0]|to[ \u00a0]|and[ \u00a0])\b)[A-Za-z])"
)

RANK_EDGE = [
    "a top 20 brand", "Top 10 customers", "TOP 5 MARKETS", "tOP 5 a", "ToP 5 a", "TOp 5 a", "xTop 5 a",
    "desktop 5 units", "Stop 5 times", "(top 3 clients", "\u00a0top\u00a0two players", "top 10 percent",
    "TTop 5 a", "tTop 5 a", "T top 5 a", "top", "Top", "the top half of peers", "1top 5 x",
]  # fmt: skip


@pytest.fixture(scope="module")
def sentences(shared_dir: Path) -> list[str]:
    return sample_sentences(shared_dir) + RANK_EDGE + GATE_EDGE


def test_rank_count_pattern_matches_as_the_plain_one(sentences: list[str]) -> None:
    text = "\n".join(sentences)
    found = [(m.span(), m.group("n")) for m in reader._RANK_COUNT.finditer(text)]
    assert found == [(m.span(), m.group("n")) for m in _RANK_COUNT_PLAIN.finditer(text)]
    assert found  # the sample holds rank counts
    for s in RANK_EDGE:
        got = [(m.span(), m.group("n")) for m in reader._RANK_COUNT.finditer(s)]
        assert got == [(m.span(), m.group("n")) for m in _RANK_COUNT_PLAIN.finditer(s)], s


# -- patterns gated by a look-ahead of the letters their phrases start with -------------------------------
def _first(seq: Any, icase: bool) -> tuple[set[str] | None, bool]:
    """The characters a parsed pattern's match can start with (None: any) and whether it can match empty."""
    out: set[str] = set()
    for op, av in seq:
        chars, empty = _first_of(op, av, icase)
        if chars is None:
            return None, False
        out |= chars
        if not empty:
            return out, False
    return out, True


def _cased(code: int, icase: bool) -> set[str]:
    c = chr(code)
    return {c, c.lower(), c.upper()} if icase else {c}


def _first_of(op: Any, av: Any, icase: bool) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return _cased(av, icase), False
    if op is C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is C.LITERAL:
                chars |= _cased(a, icase)
            elif o is C.RANGE and a[1] - a[0] < 300:
                for code in range(a[0], a[1] + 1):
                    chars |= _cased(code, icase)
            else:
                return None, False
        return chars, False
    if op is C.SUBPATTERN:
        _, add, drop, sub = av
        return _first(sub, (icase or bool(add & C.SRE_FLAG_IGNORECASE)) and not drop & C.SRE_FLAG_IGNORECASE)
    if op is C.BRANCH:
        union: set[str] = set()
        empty = False
        for branch in av[1]:
            chars_b, empty_b = _first(branch, icase)
            if chars_b is None:
                return None, False
            union |= chars_b
            empty = empty or empty_b
        return union, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _, sub = av
        chars_r, empty_r = _first(sub, icase)
        return (None, False) if chars_r is None else (chars_r, empty_r or low == 0)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero width
    return None, False


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """Every character a match of `pattern` can start with; None when any can (or it can match empty)."""
    chars, empty = _first(P.parse(pattern, flags), bool(flags & re.IGNORECASE))
    return None if empty else chars


_GATE = re.compile(r"\(\?=\[([^\]]+)\]\)")


def _plain(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], set[str]]:
    """The pattern without its first look-ahead of characters, and those characters."""
    gate = _GATE.search(pattern.pattern)
    assert gate is not None and gate.start() <= 2, pattern.pattern[:40]  # first, or right after a leading \b
    plain = pattern.pattern[: gate.start()] + pattern.pattern[gate.end() :]
    return re.compile(plain, pattern.flags), set(gate.group(1))


def test_first_chars_reads_patterns() -> None:
    assert first_chars(r"\b(?:(?:the\s+)?year|a\s+b|(?i:Q)\d)") == {"t", "y", "a", "q", "Q"}
    assert first_chars(r"(?<!x)\bup|[d-f]own") == {"u", "d", "e", "f"}
    assert first_chars(r"\w+") is None and first_chars(r"(?:a)?") is None


# (the pattern, how far back of a number its callers search it: 0 for whole sentences only)
LETTER_GATED = [
    (context_periods._EXTRA, 0), (extractor._MOVE_BEFORE, 30), (context_periods._EXPECTING, 0),
    (context_periods._THROUGH, 9), (extractor._BY_AMOUNT, 30), (extractor._CAUSE, 0), (cues._CUES_FAST, 0),
    (period_rules._TOLD_DONE, 0), (period_rules._DONE_HERE, 0), (reader._DOUBLING, 0),
    (reader._BOUNDED_DOUBLING, 0),
]  # fmt: skip
GATE_EDGE = [
    "By doubling our reinvestment standard", "almost tripling in size", "More than doubling its base",
    "revenue through May 5", "thru 2 quarters", "raising guidance by $0.60", "driven by 5 stores",
    "Expecting 3 more", "project to reach 4", "was up 4%", "increased 7%", "last month 9",
]  # fmt: skip


@pytest.mark.parametrize(("pattern", "reach"), LETTER_GATED, ids=lambda p: str(p)[:40])
def test_letter_gate_holds_every_first_letter_and_matches_as_before(
    pattern: re.Pattern[str], reach: int, sentences: list[str]
) -> None:
    """The look-ahead holds every letter the pattern without it can start with, and on the sample sentences
    (whole, and in the windows before each number its callers search) both find the same."""
    plain, letters = _plain(pattern)
    starts = first_chars(plain.pattern, plain.flags)
    assert starts is not None and starts <= letters, sorted((starts or set()) - letters)
    hits = 0
    for s in sentences:
        low = s if pattern.flags & re.IGNORECASE or "A-Z" in pattern.pattern else s.lower()
        got = [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(low)]
        assert got == [(m.span(), m.lastgroup, m.groups()) for m in plain.finditer(low)], s
        hits += len(got)
        for qs in (m.start() for m in _DIGIT.finditer(low)) if reach else ():
            window = (max(0, qs - reach), qs)
            found = pattern.search(low, *window)
            expected = plain.search(low, *window)
            assert (found and found.span()) == (expected and expected.span()), (s, qs)
            hits += found is not None
    assert hits  # the sample holds the phrases


_DIGIT = re.compile(r"(?<!\d)\d")


def test_calendar_year_is_one_frozen_instance() -> None:
    """FiscalCalendar.calendar_year() returns one shared instance, equal to a new one (the caches keyed by
    calendar find it by identity); a subclass still gets its own."""
    cal = FiscalCalendar.calendar_year()
    assert cal is FiscalCalendar.calendar_year()
    assert cal == FiscalCalendar(12, fiscal_labels=False) and hash(cal) == hash(FiscalCalendar(12, False))

    class Sub(FiscalCalendar):
        __slots__ = ()

    assert type(Sub.calendar_year()) is Sub
