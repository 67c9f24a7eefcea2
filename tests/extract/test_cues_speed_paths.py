"""cues.py's literal-led patterns (_DIRECTION_FAST, _COMPARE_FAST) match exactly as the plain patterns
they stand in for.

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
