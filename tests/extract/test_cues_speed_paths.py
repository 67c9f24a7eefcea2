"""cues.py's fast patterns (literal-led _DIRECTION_FAST and _COMPARE_FAST; _CUES_FAST, its words grouped
by first letter) match exactly as the plain patterns they stand in for.

Checked on real sentences from ../shared (whole sentences and the windows `direction` and
`comparison_start` search, whose bounds cut words) and on edge cases around hyphens, word boundaries
and the sign characters.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shared_paths import sample_sentences
from thesisledger.extract import cues

EDGE = [
    "exceeded", "re-exceed", "exceed-", "over-", "x over y", "overall", "at least 5", "no more than 3",
    "no less than", "rise", "risen", "rising", "rises", "ris", "topped", "tops", "top", "stop", "~5",
    ">5", "<5", "≥ 5", "≤5", "up to 5%", "upto", "shrunk", "shrink", "surpassing", "ı over", "-above",
    "_above", "1above", "above1", "a more than b", "grew 5% to more than $1bn, above the 3% expected",
    "up 5% from last year", "versus q3", "vs. 2020", "vs 2020", "compared to the prior", "compared with it",
    "xfrom a", "from\nthe", "overthan ", "lapped the", "lapping ", "in line with ", "relative to\tq2",
]  # fmt: skip


@pytest.fixture(scope="module")
def sentences(shared_dir: Path) -> list[str]:
    return [s.lower() for s in sample_sentences(shared_dir)] + EDGE


def _spans(pattern: re.Pattern[str], text: str, pos: int, endpos: int) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m[0]) for m in pattern.finditer(text, pos, endpos)]


@pytest.mark.parametrize(("fast", "slow"), [("_DIRECTION_FAST", "_DIRECTION"), ("_COMPARE_FAST", "_COMPARE")])
def test_literal_led_equals_plain(sentences: list[str], fast: str, slow: str) -> None:
    f, p = getattr(cues, fast), getattr(cues, slow)
    for s in sentences:
        n = len(s)
        windows = [(0, n)] + [(max(0, i - w), i) for i in range(0, n + 1, 7) for w in (30, 60)]
        windows += [(i, i + 9) for i in range(0, n, 5)]
        for pos, endpos in windows:
            assert _spans(f, s, pos, endpos) == _spans(p, s, pos, endpos), (s, pos, endpos)


def test_direction_reads_words_and_signs() -> None:
    s = "revenue grew to more than $5 billion, above ~4"
    assert cues.direction(s, s, s.index("$"), s.index(",")) == "more than"
    assert [m[0] for m in cues._DIRECTION_FAST.finditer(s)] == ["grew", "more than", "above", "~"]


CUE_EDGE = [
    "i.e. 5", "i.e.5", "ie. 5", "xi.e. 5", "implying", "implies", "reimplying", "we expect", "we expected",
    "i expect", "i think", "in my view", "inmy view", "our estimates", "author's expectations",
    "author’s view",
    "long-term debt", "long-term target", "long term", "long-termism", "will require", "would require",
    "would", "will", "willing", "guidance", "guided", "guides", "above our guidance", "the above guidance",
    "has grown", "hasgrown", "had reached", "next year", "next quarter", "next years", "totalled", "totaled",
    "currently", "current", "up", "upward", "down", "_up", "1up", "é up", "plan to", "plans to", "planned",
    "on track to", "going to", "came in", "accounted for", "cumulatively", "boast", "boasts", "aspirational",
    "targets", "targeted", "target-", "goal", "goals", "ambitions", "translates into", "translating to",
]  # fmt: skip


def _plain_cues(lowered: str) -> list[tuple[int, int, str]]:
    """`cues.cues` as it reads with the plain _CUES pattern instead of _CUES_FAST (the same reading)."""
    out = []
    for m in cues._CUES.finditer(lowered):
        kind = cues.read_cue(lowered, m, m.lastgroup or "")
        if kind is not None:
            out.append((m.start(), m.end(), kind))
    return out


def test_cue_words_by_letter_equal_plain_cues(sentences: list[str]) -> None:
    for s in [*sentences, *CUE_EDGE, " ".join(CUE_EDGE)]:
        assert [tuple(c) for c in cues.cues(s)] == _plain_cues(s), s


def test_cue_words_are_the_plain_alternatives() -> None:
    """_CUE_WORDS lists _CUES's alternatives word for word, kind by kind (a word dropped, changed or filed
    under another kind fails here even when no sample sentence holds it)."""
    plain = cues._CUES.pattern
    for kind, words in cues._CUE_WORDS:
        for w in words:
            assert w[0].isalpha() and w[0].islower(), w  # each word is led by its literal first letter
        joined = "|".join(words).replace(r"will require\b|would require\b", r"(?:will|would) require\b")
        assert f"(?P<{kind}>{joined})" in plain, kind
    assert [k for k, _ in cues._CUE_WORDS] == list(cues._CUES.groupindex)
    assert set(cues._CUE_KINDS.values()) == set(cues._CUES.groupindex)


def _plain_direction(sentence: str, lowered: str, start: int, end: int) -> str | None:
    """`cues.direction` before it tried one `search` per window ahead of listing the matches."""
    inside = [m[0] for m in cues._DIRECTION_FAST.finditer(lowered, start, end)]
    if inside:
        return " … ".join(dict.fromkeys(inside))
    before = list(cues._DIRECTION_FAST.finditer(lowered, max(0, start - 30), start))
    if before:
        gap = sentence[before[-1].end() : start]
        if not cues._GAP_STOP.search(gap) and len(gap.split()) <= 3:
            return before[-1][0]
    return None


def _plain_comparison_start(lowered: str, period_start: int) -> int | None:
    """`cues.comparison_start` before it tried one `search` ahead of the loop."""
    lo = max(0, period_start - cues._COMPARE_WINDOW)
    stop = max(lowered.rfind(";", lo, period_start), lowered.rfind(":", lo, period_start))
    lo = max(lo, stop + 1)
    last = None
    for m in cues._COMPARE_FAST.finditer(lowered, lo, period_start):
        if (
            m.group(0) in cues._ONLY_RIGHT_BEFORE or m.group(0).startswith(cues._PASSING)
        ) and not cues._RIGHT_BEFORE.fullmatch(lowered, m.end(), period_start):
            continue  # "above"/"below"/"exceeded" compare only right before the period phrase (round 6, P7)
        if m.group(0) == "from" and cues._FROM_SOURCE.match(lowered, m.end()):
            continue  # "cash from operations": a source, no comparison (issue 3, P6)
        if not cues.is_bound_word(lowered, m):
            last = m
    if last is None:
        of = cues._OF_BEFORE.search(lowered, max(0, period_start - 4), period_start)
        return of.start() if of and cues._YEAR_LEVELS.match(lowered, period_start) else None
    if last.group(0) == "over" and cues._OVER_WINDOW.match(lowered, last.end()):
        return None
    return last.start()


def test_direction_and_comparison_read_as_before(sentences: list[str]) -> None:
    for s in sentences:
        n = len(s)
        for i in range(0, n + 1, 3):
            assert cues.comparison_start(s, i) == _plain_comparison_start(s, i), (s, i)
            for j in (i + 1, i + 6, i + 15):
                if j <= n:
                    assert cues.direction(s, s, i, j) == _plain_direction(s, s, i, j), (s, i, j)
