"""cues.py's literal-led patterns match exactly as the plain patterns they stand in for.

Checked on real sentences from ../shared (whole sentences and the windows `direction` searches, whose
bounds cut words) and on edge cases around hyphens, word boundaries and the sign characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from thesisledger.documents import load_document, split_sentences
from thesisledger.extract import cues

EDGE = [
    "exceeded", "re-exceed", "exceed-", "over-", "x over y", "overall", "at least 5", "no more than 3",
    "no less than", "rise", "risen", "rising", "rises", "ris", "topped", "tops", "top", "stop", "~5",
    ">5", "<5", "≥ 5", "≤5", "up to 5%", "upto", "shrunk", "shrink", "surpassing", "ı over", "-above",
    "_above", "1above", "above1", "a more than b", "grew 5% to more than $1bn, above the 3% expected",
]  # fmt: skip


@pytest.fixture(scope="module")
def sentences(shared_dir: Path) -> list[str]:
    files = sorted(shared_dir.glob("seed/*.txt"))[:3]
    files += sorted(shared_dir.glob("data/press_releases/*.txt"))[:6]
    files += sorted(shared_dir.glob("data/ectsum_train/transcripts/*.txt"))[:12]
    out: list[str] = []
    for f in files:
        text = load_document(f).text
        out.extend(text[a:b].lower() for a, b in split_sentences(text))
    return out + EDGE


def _spans(pattern: object, text: str, pos: int, endpos: int) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m[0]) for m in pattern.finditer(text, pos, endpos)]  # type: ignore[attr-defined]


def test_direction_fast_equals_direction(sentences: list[str]) -> None:
    fast, slow = cues._DIRECTION_FAST, cues._DIRECTION
    for s in sentences:
        n = len(s)
        windows = (
            [(0, n)] + [(max(0, i - 30), i) for i in range(0, n, 7)] + [(i, i + 9) for i in range(0, n, 5)]
        )
        for pos, endpos in windows:
            assert _spans(fast, s, pos, endpos) == _spans(slow, s, pos, endpos), (s, pos, endpos)


def test_direction_reads_words_and_signs() -> None:
    s = "revenue grew to more than $5 billion, above ~4"
    assert cues.direction(s, s, s.index("$"), s.index(",")) == "more than"
    assert [m[0] for m in cues._DIRECTION_FAST.finditer(s)] == ["grew", "more than", "above", "~"]
