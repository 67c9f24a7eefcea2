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

    __slots__ = ("_auto", "_exact", "size")

    def __init__(self, phrases: Iterable[tuple[str, str]], case_sensitive: Iterable[str] = ()) -> None:
        exact = set(case_sensitive)
        forms: dict[str, list[tuple[str | None, str]]] = {}
        for phrase, key in phrases:
            p = phrase.strip()
            if p:
                # the first key given for a phrase wins; a case-sensitive spelling only matches as written
                forms.setdefault(p.lower(), []).append((p if p in exact else None, key))
        # Phrases whose every spelling is case-sensitive ("PE") go to a second automaton run over the text
        # as written: the same hits, without the many "pe" inside lower-cased words to check and drop.
        auto: Any = ahocorasick.Automaton()
        exact_auto: Any = ahocorasick.Automaton()
        n_lower = n_exact = 0
        for low, entries in forms.items():
            if all(written is not None for written, _ in entries):
                for written, key in entries:
                    if written is not None and written not in exact_auto:  # the first key wins
                        exact_auto.add_word(written, (len(written), ((None, key),)))
                        n_exact += 1
            else:
                auto.add_word(low, (len(low), tuple(entries)))
                n_lower += 1
        self.size = len(forms)
        if n_lower:
            auto.make_automaton()
        if n_exact:
            exact_auto.make_automaton()
        self._auto: Any = auto if n_lower else None
        self._exact: Any = exact_auto if n_exact else None

    def find(self, text: str, lowered: str | None = None) -> list[Hit]:
        """Longest non-overlapping whole-word hits, in order. `lowered` is `text.lower()` if already made."""
        if not self.size:
            return []
        low = text.lower() if lowered is None else lowered
        n = len(text)
        # (start, -end, key): plain tuples sort by start, the longest first, with no key function; a span is
        # found at most once (the two automata hold disjoint lower-cased phrases), so keys never decide
        raw: list[tuple[int, int, str]] = []
        for auto, where in ((self._auto, low), (self._exact, text)):
            if auto is None:
                continue
            for end_idx, (length, entries) in auto.iter(where):
                end = end_idx + 1
                start = end - length
                # inside a word on either side? (_word_char, inlined: this loop runs for every raw hit)
                if start > 0:
                    a, b = text[start - 1], text[start]
                    if (a.isalnum() or a == "_") and (b.isalnum() or b == "_"):
                        continue
                if end < n:
                    a, b = text[end], text[end - 1]
                    if (a.isalnum() or a == "_") and (b.isalnum() or b == "_"):
                        continue
                for written, key in entries:
                    if written is None or text[start:end] == written:
                        raw.append((start, -end, key))
                        break
        if len(raw) < 2:
            return [Hit(start, -neg_end, key) for start, neg_end, key in raw]
        raw.sort()
        out: list[Hit] = []
        last = -1
        for start, neg_end, key in raw:
            if start >= last:
                last = -neg_end
                out.append(Hit(start, last, key))
        return out
