"""Words that decide a claim's kind, its direction, and where clauses break inside a sentence.

The kind of a number is read from the nearest cue before it in its sentence:
derived ("implying", "i.e.", "which means", "representing"), target ("target", "long-term",
"goal"), the author's estimate ("we estimate", "the author expects", "estimated at"), forward
words ("expect", "will", "plan", "guide", "outlook", "could") -> guidance when management
speaks, an estimate otherwise; reported verbs ("reached", "was", "delivered", "grew") -> actual.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# One word boundary up front (then each alternative): far fewer attempts than a \b per branch.
_CUES = re.compile(
    r"\b(?=[a-z])(?:(?P<derived>impl(?:ying|ies|ied)\b|i\.e\.|which means\b|this means\b|representing\b"
    r"|translat(?:es|ing) (?:in)?to\b|equivalent to\b|(?:will|would) require\b|compared with\b)"
    r"|(?P<target>target(?:s|ed|ing)?\b|goals?\b|long[- ]term\b(?![- ](?:debt|borrowing|loan|liabilit|investment))|ambition\b|aspir\w*)"  # noqa: E501
    r"|(?P<estimate>estimat\w*|we (?:expect|believe|think|forecast|project)\b|our (?:estimate|forecast)s?\b"
    r"|author(?:'s|’s)? (?:expect|believe|estimate)\w*|in my view\b|i (?:expect|believe|think)\b)"
    r"|(?P<forward>expect(?:s|ed|ations?)?\b|will\b|would\b|shall\b|guid(?:e|es|ed|ing|ance)\b"
    r"|outlook\b|forecast\w*|plan(?:s|ned)? to\b|anticipat\w+|projected\b|intend\w*|going to\b"
    r"|could\b|may\b|might\b|likely\b|should\b|on track to\b|next (?:year|quarter)\b)"
    r"|(?P<actual>reported\b|reached\b|delivered\b|grew\b|increased\b|rose\b|declined\b"
    r"|fell\b|was\b|were\b|came in\b|total(?:l)?ed\b|achieved\b|recorded\b|generated\b"
    r"|posted\b|accounted for\b|ha(?:s|ve|d) (?:exceeded|reached|surpassed|risen|grown|climbed)\b"
    r"|ended\b|climbed\b|boasts?\b|cumulatively\b|current(?:ly)?\b|up\b|down\b))",
)

_DIRECTION = re.compile(
    r"(?<!-)\b(?:exceed\w*|surpass\w*|at least|above|below|over|more than|less than|under|up to|at most"
    r"|no (?:more|less) than|approximately|about|around|nearly|almost|roughly|reach\w*|ris(?:e|es|ing|en)"
    r"|rose|grow\w*|grew|increas\w*|declin\w*|fell|fall\w*|drop\w*|narrow\w*|improv\w*|climb\w*"
    r"|approach\w*|jump\w*|double\w*|tripl\w*|widen\w*|shr[iu]nk\w*|beyond|top(?:s|ped)?)\b(?!-)|~|>|<|≥|≤",
)

_GAP_STOP = re.compile(r"[,;:.]")

# Clause breaks: punctuation and conjunctions that start a new statement inside a sentence.
_CLAUSE = re.compile(
    r"[;()\[\]—–→]|\s-\s|,\s+(?:and|but|while|whereas|with|which|as|implying|representing)\b"
    r"|,\s+(?=[a-z]\w*\s+(?:is|are|was|will|has)\b)|\band (?:it|they|this) (?:is|are|will|has)\b",
)

_PRONOUN = re.compile(
    r"\b(?:it|its|this|they|their|these|that segment|the segment|the business)\b", re.IGNORECASE
)


class Cue(NamedTuple):
    start: int
    end: int
    kind: str  # derived | target | estimate | forward | actual


def cues(lowered: str) -> list[Cue]:
    """Kind cues in a lower-cased sentence, in order (matching lower-case text is much faster than IGNORECASE)."""  # noqa: E501
    return [Cue(m.start(), m.end(), m.lastgroup or "") for m in _CUES.finditer(lowered)]


def clause_breaks(lowered: str) -> list[int]:
    """Offsets in a lower-cased sentence where a new clause starts."""
    return [m.start() for m in _CLAUSE.finditer(lowered)]


def has_pronoun(sentence: str) -> bool:
    return _PRONOUN.search(sentence) is not None


def direction(sentence: str, lowered: str, start: int, end: int) -> str | None:
    """The direction words as written for the quantity at sentence[start:end] ("exceed", "above … below").

    Words inside the span win; else the nearest direction word in the few words before it.
    """
    inside = [m[0] for m in _DIRECTION.finditer(lowered, start, end)]
    if inside:
        return " … ".join(dict.fromkeys(inside))
    window = max(0, start - 30)
    before = list(_DIRECTION.finditer(lowered, window, start))
    if before:
        gap = sentence[before[-1].end() : start]
        if not _GAP_STOP.search(gap) and len(gap.split()) <= 3:
            return before[-1][0]
    return None
