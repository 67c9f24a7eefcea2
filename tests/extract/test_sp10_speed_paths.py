"""SP10's fast paths give exactly what the code they replace gives (run on real texts read from ../shared at
test time, and on edge cases)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shared_paths import sample_sentences
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
    return sample_sentences(shared_dir) + RANK_EDGE


def test_rank_count_pattern_matches_as_the_plain_one(sentences: list[str]) -> None:
    text = "\n".join(sentences)
    found = [(m.span(), m.group("n")) for m in reader._RANK_COUNT.finditer(text)]
    assert found == [(m.span(), m.group("n")) for m in _RANK_COUNT_PLAIN.finditer(text)]
    assert found  # the sample holds rank counts
    for s in RANK_EDGE:
        got = [(m.span(), m.group("n")) for m in reader._RANK_COUNT.finditer(s)]
        assert got == [(m.span(), m.group("n")) for m in _RANK_COUNT_PLAIN.finditer(s)], s

