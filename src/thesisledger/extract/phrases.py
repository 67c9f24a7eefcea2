"""Phrase matching with word boundaries over Aho-Corasick automata (pyahocorasick), built once and cached.

One `PhraseIndex` maps many phrases to keys; `find(text)` returns the longest non-overlapping
whole-word hits in text order. Matching is case-insensitive, except phrases listed as
case-sensitive (short acronyms such as "PE" would otherwise match the letters "pe").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

import ahocorasick


class Hit(NamedTuple):
    """A phrase found at `text[start:end]`, naming `key`."""

    start: int
    end: int
    key: str


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class PhraseIndex:
    """Phrases -> keys. Build once (the automaton is the expensive part), then `find` per sentence."""

    __slots__ = ("_auto", "size")

    def __init__(self, phrases: Iterable[tuple[str, str]], case_sensitive: Iterable[str] = ()) -> None:
        exact = set(case_sensitive)
        forms: dict[str, list[tuple[str | None, str]]] = {}
        for phrase, key in phrases:
            p = phrase.strip()
            if p:
                # the first key given for a phrase wins; a case-sensitive spelling only matches as written
                forms.setdefault(p.lower(), []).append((p if p in exact else None, key))
        auto: Any = ahocorasick.Automaton()
        for low, entries in forms.items():
            auto.add_word(low, (len(low), tuple(entries)))
        self.size = len(forms)
        if forms:
            auto.make_automaton()
        self._auto = auto

    def find(self, text: str, lowered: str | None = None) -> list[Hit]:
        """Longest non-overlapping whole-word hits, in order. `lowered` is `text.lower()` if already made."""
        if not self.size:
            return []
        low = text.lower() if lowered is None else lowered
        n = len(text)
        raw: list[Hit] = []
        for end_idx, (length, entries) in self._auto.iter(low):
            end = end_idx + 1
            start = end - length
            if start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
                continue
            if end < n and _word_char(text[end]) and _word_char(text[end - 1]):
                continue
            for written, key in entries:
                if written is None or text[start:end] == written:
                    raw.append(Hit(start, end, key))
                    break
        if len(raw) < 2:
            return raw
        raw.sort(key=lambda h: (h.start, h.start - h.end))
        out: list[Hit] = []
        last = -1
        for h in raw:
            if h.start >= last:
                out.append(h)
                last = h.end
        return out
