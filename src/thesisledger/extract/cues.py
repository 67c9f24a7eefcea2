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

_CUES = re.compile(
    r"(?P<derived>\bimpl(?:ying|ies|ied)\b|\bi\.e\.|\bwhich means\b|\bthis means\b|\brepresenting\b"
    r"|\btranslat(?:es|ing) (?:in)?to\b|\bequivalent to\b|\b(?:will|would) require\b|\bcompared with\b)"
    r"|(?P<target>\btarget(?:s|ed|ing)?\b|\bgoals?\b|\blong[- ]term\b(?![- ](?:debt|borrowing|loan|liabilit|investment))|\bambition\b|\baspir\w*)"  # noqa: E501
    r"|(?P<estimate>\bestimat\w*|\bwe (?:expect|believe|think|forecast|project)\b|\bour (?:estimate|forecast)s?\b"  # noqa: E501
    r"|\bauthor(?:'s|’s)? (?:expect|believe|estimate)\w*|\bin my view\b|\bi (?:expect|believe|think)\b)"
    r"|(?P<forward>\bexpect(?:s|ed|ations?)?\b|\bwill\b|\bwould\b|\bshall\b|\bguid(?:e|es|ed|ing|ance)\b"
    r"|\boutlook\b|\bforecast\w*|\bplan(?:s|ned)? to\b|\banticipat\w+|\bprojected\b|\bintend\w*|\bgoing to\b"
    r"|\bcould\b|\bmay\b|\bmight\b|\blikely\b|\bshould\b|\bon track to\b|\bnext (?:year|quarter)\b)"
    r"|(?P<actual>\breported\b|\breached\b|\bdelivered\b|\bgrew\b|\bincreased\b|\brose\b|\bdeclined\b"
    r"|\bfell\b|\bwas\b|\bwere\b|\bcame in\b|\btotal(?:l)?ed\b|\bachieved\b|\brecorded\b|\bgenerated\b"
    r"|\bposted\b|\baccounted for\b|\bha(?:s|ve|d) (?:exceeded|reached|surpassed|risen|grown|climbed)\b"
    r"|\bended\b|\bclimbed\b|\bboasts?\b|\bcumulatively\b|\bcurrent(?:ly)?\b|\bup\b|\bdown\b)",
)

_DIRECTION = re.compile(
    r"(?<!-)\b(?:exceed\w*|surpass\w*|at least|above|below|over|more than|less than|under|up to|at most"
    r"|no (?:more|less) than|approximately|about|around|nearly|almost|roughly|reach\w*|ris(?:e|es|ing|en)"
    r"|rose|grow\w*|grew|increas\w*|declin\w*|fell|fall\w*|drop\w*|narrow\w*|improv\w*|climb\w*"
    r"|approach\w*|jump\w*|double\w*|tripl\w*|widen\w*|shr[iu]nk\w*|beyond|top(?:s|ped)?)\b(?!-)|~|>|<|≥|≤",
    re.IGNORECASE,
)

# Clause breaks: punctuation and conjunctions that start a new statement inside a sentence.
_CLAUSE = re.compile(
    r"[;()\[\]—–→]|\s-\s|,\s+(?:and|but|while|whereas|with|which|as|implying|representing)\b"
    r"|,\s+(?=[A-Za-z]\w*\s+(?:is|are|was|will|has)\b)|\band (?:it|they|this) (?:is|are|will|has)\b",
    re.IGNORECASE,
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


def clause_breaks(sentence: str) -> list[int]:
    """Offsets in `sentence` where a new clause starts."""
    return [m.start() for m in _CLAUSE.finditer(sentence)]


def has_pronoun(sentence: str) -> bool:
    return _PRONOUN.search(sentence) is not None


def direction(sentence: str, start: int, end: int) -> str | None:
    """The direction words as written for the quantity at sentence[start:end] ("exceed", "above … below").

    Words inside the span win; else the nearest direction word in the few words before it.
    """
    inside = [m[0] for m in _DIRECTION.finditer(sentence, start, end)]
    if inside:
        return " … ".join(dict.fromkeys(w.lower() for w in inside))
    window = max(0, start - 30)
    before = list(_DIRECTION.finditer(sentence, window, start))
    if before:
        gap = sentence[before[-1].end() : start]
        if not re.search(r"[,;:.]", gap) and len(gap.split()) <= 3:
            return before[-1][0].lower()
    return None
