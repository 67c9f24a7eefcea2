r"""Trigger words: skip a per-number rule whose sentence holds none of the words it needs.

A rule declares, next to its definition, words or stems at least one of which its sentence (lower-cased)
must contain for it to do anything (`@TRIGGERS.needs("can", "capable")`); its code must make it plain
that without them it returns its input. Each word gets one bit; per sentence, one Aho-Corasick pass
(`present`) finds the bits of the words it contains, and a rule whose bits are all absent is skipped.
Matching is by substring, so a word found inside another ("can" in "scan") only lets a rule run. A trigger
holds a space only where the rule's code tests that exact string (`" off " in low`): a regex's `\s+` may
match a newline or two spaces, so from `on\s+top\s+of` the trigger is "top", not "top of".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import ahocorasick

F = TypeVar("F", bound=Callable[..., object])


class Triggers:
    """The trigger words of every gated rule, one bit each, and the automaton that finds them."""

    __slots__ = ("_auto", "_bits", "masks")

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._auto: Any = None  # built on the first `present`, after every rule module has declared its words
        self.masks: dict[Callable[..., object], int] = {}  # rule -> the bits of its words

    def needs(self, *words: str) -> Callable[[F], F]:
        """A decorator: the rule does nothing unless its sentence contains one of `words` (lower case)."""
        if not words or any(not w or w != w.lower() for w in words):
            raise ValueError(f"trigger words must be non-empty lower case: {words!r}")

        def mark(rule: F) -> F:
            mask = 0
            for w in words:
                if w not in self._bits:
                    self._bits[w] = 1 << len(self._bits)
                    self._auto = None  # a new word: rebuild on the next `present`
                mask |= self._bits[w]
            self.masks[rule] = mask
            return rule

        return mark

    def mask(self, rule: Callable[..., object]) -> int:
        """The bits of `rule`'s trigger words; 0 for a rule that declares none (it always runs)."""
        return self.masks.get(rule, 0)

    def present(self, lowered: str) -> int:
        """The bits of the trigger words `lowered` contains (one pass over it)."""
        auto = self._auto
        if auto is None:
            if not self._bits:
                return 0
            auto = ahocorasick.Automaton()
            for w, bit in self._bits.items():
                auto.add_word(w, bit)
            auto.make_automaton()
            self._auto = auto
        found = 0
        for _, bit in auto.iter(lowered):
            found |= bit
        return found


# the one registry of the extractor's rule families: a sentence's words are looked up once for all of them
TRIGGERS = Triggers()
