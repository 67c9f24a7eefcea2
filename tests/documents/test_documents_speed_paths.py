"""The fast paths of documents/ give exactly what the code they replace gives.

`_headers` keeps the last text's headers (guess_kind, then speaker_turns, read the same text) and
`attribute` keeps the last span's markers (one sentence, many numbers): both are checked against the
uncached code on real texts from ../shared, with spans and texts interleaved so the cache is both hit
and missed. `_person_rates` blanks punctuation with str.replace instead of str.translate.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from thesisledger.documents import load, load_document, split_sentences, structure
from thesisledger.extract.claim import Speaker


def _attribute_uncached(text: str, span: tuple[int, int], offset: int | None) -> Speaker:
    """`attribute` as it was before the marker cache."""
    start, end = span
    pos = start if offset is None else offset
    chosen: re.Match[str] | None = None
    has_anchor = next(structure._anchors().iter(text[start:end].lower()), None) is not None
    for m in structure._MARKER.finditer(text, start, end) if has_anchor else ():
        if chosen is None or m.start() <= pos:
            chosen = m
        if m.start() > pos:
            break
    if chosen is not None:
        return {"third": Speaker.THIRD_PARTY, "author": Speaker.AUTHOR}.get(
            chosen.lastgroup or "", Speaker.MANAGEMENT
        )
    if structure._quoted(text, start, end, offset):
        return Speaker.MANAGEMENT
    return Speaker.AUTHOR


@pytest.fixture(scope="module")
def texts(shared: Path) -> list[str]:
    files = sorted(shared.glob("seed/*.txt")) + sorted(shared.glob("data/press_releases/*.txt"))[:8]
    files += sorted(shared.glob("data/ectsum_train/transcripts/*.txt"))[:5]
    return [load_document(f).text for f in files]


def test_attribute_equals_uncached(texts: list[str]) -> None:
    checked = 0
    for text in texts:
        spans = split_sentences(text)
        for a, b in spans:
            offsets = [None, a, (a + b) // 2, b - 1, *range(a, b, 37)]
            for off in offsets:
                assert structure.attribute(text, (a, b), off) == _attribute_uncached(text, (a, b), off)
                checked += 1
            # another span in between: the cache must be replaced, not reused
            assert structure.attribute(text, spans[0], None) == _attribute_uncached(text, spans[0], None)
    assert checked > 1000


def test_attribute_same_span_other_text() -> None:
    a = "According to IDC, shipments rose 5%."
    b = "According to the CEO, shipments rose 5%."
    assert structure.attribute(a, (0, len(a)), 30) is Speaker.THIRD_PARTY
    assert structure.attribute(b, (0, len(a)), 30) is Speaker.MANAGEMENT
    assert structure.attribute(b, (0, len(b)), 30) is Speaker.MANAGEMENT


def test_headers_cache_equals_uncached(texts: list[str]) -> None:
    for text in texts:
        want = structure._find_headers(text)
        first = structure._headers(text)
        first.clear()  # a caller changing its list must not change the cache
        assert structure._headers(text) == want
        assert structure._headers("".join(text)) == want  # an equal text that is another object
    a, b = texts[-1], texts[-2]
    assert structure.speaker_turns(a) == structure.speaker_turns(a[:] + "")
    structure._headers(b)
    assert structure._headers(a) == structure._find_headers(a)


def test_first_person_rate_equals_translate(texts: list[str]) -> None:
    table = str.maketrans(dict.fromkeys(".,;:!?\"()“”’'\n\t\r\f", " "))
    extra = ["We're here; our call.\tI think “we” (us) won’t!", "", "ours\fus\r\nwe", "é, we: I?"]
    for text in [t[:10_000] for t in texts] + extra:
        padded = f" {text.lower().translate(table)} "
        words = len(padded.split())
        want = 0.0 if not words else 1000 * sum(padded.count(f" {w} ") for w in load._FIRST_PERSON) / words
        assert load._person_rates(text)[0] == want, text[:80]
