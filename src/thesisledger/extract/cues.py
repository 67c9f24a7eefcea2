"""Words that decide a claim's kind, its direction, and where clauses break inside a sentence.

The kind of a number is read from the nearest cue before it in its sentence:
derived ("implying", "i.e.", "which means", "representing"), target ("target", "long-term",
"goal"), the author's estimate ("we estimate", "the author expects", "estimated at"), forward
words ("expect", "will", "plan", "guide", "outlook", "could") -> guidance when management
speaks, an estimate otherwise; reported verbs ("reached", "was", "delivered", "grew") -> actual.
"Guidance" as a reported figure's yardstick ("above the high end of our guidance") is a "base" cue that
leaves the kind alone, and "long-term" before a noun it classifies ("long-term debt") is no target cue.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from thesisledger.periods.parse import NOT_HORIZON_NOUNS

# hedge words that may stand between a word and its number ("to about $5", "by approximately 3%", "or
# roughly $0.09"), a fragment of many patterns in extractor.py and period_rules.py
ABOUT = r"(?:about\s+|approximately\s+|roughly\s+)?"

# "long-term" as a horizon, not as the class of a noun ("long-term debt", "long-term care")
_LONG_TERM = r"long[- ]term\b(?![- ]" + NOT_HORIZON_NOUNS + ")"

# One word boundary up front (then each alternative): far fewer attempts than a \b per branch.
_CUES = re.compile(
    r"\b(?=[a-z])(?:(?P<derived>impl(?:ying|ies|ied)\b|i\.e\.|which means\b|this means\b|representing\b"
    r"|translat(?:es|ing) (?:in)?to\b|equivalent to\b|(?:will|would) require\b|compared with\b)"
    r"|(?P<target>target(?:s|ed|ing)?\b|goals?\b|" + _LONG_TERM + r"|ambition\b|aspir\w*)"
    r"|(?P<estimate>estimat\w*|we (?:expect|believe|think|forecast|project)\b|our (?:estimate|forecast)s?\b"
    r"|author(?:'s|’s)? (?:expect|believe|estimate)\w*|in my view\b|i (?:expect|believe|think)\b)"
    r"|(?P<forward>expect(?:s|ed|ing|ations?)?\b|projecting\b|projection\b|predict(?:s|ed|ing)?\b"
    r"|p(?<=to p)roject\b"
    r"|will\b|would\b|shall\b|guid(?:e|es|ed|ing|ance)\b|midpoint\b"
    r"|outlook\b|forecast\w*|plan(?:s|ned)? to\b|anticipat\w+|projected\b|intend\w*|going to\b"
    r"|could\b|may\b|might\b|likely\b|should\b|on track to\b|next (?:year|quarter)\b|l(?<=['’]l)l\b)"
    r"|(?P<actual>reported\b|reached\b|delivered\b|grew\b|increased\b|rose\b|declined\b"
    r"|fell\b|decreased\b|was\b|were\b|came in\b|total(?:l)?ed\b|achieved\b|recorded\b|generated\b"
    r"|posted\b|accounted for\b|ha(?:s|ve|d) (?:exceeded|reached|surpassed|risen|grown|climbed)\b"
    r"|ended\b|climbed\b|boasts?\b|cumulatively\b|current(?:ly)?\b|up\b|down\b))",
)

# _CUES's alternatives, each led by its literal first letter, by kind in _CUES's order: _CUES_FAST tries at
# a letter only the alternatives that start with it (tests/extract/test_cues_speed_paths.py checks it
# finds exactly what _CUES finds; keep the two in step).
_CUE_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("derived", (
        r"impl(?:ying|ies|ied)\b", r"i\.e\.", r"which means\b", r"this means\b", r"representing\b",
        r"translat(?:es|ing) (?:in)?to\b", r"equivalent to\b", r"will require\b", r"would require\b",
        r"compared with\b",
    )),
    ("target", (r"target(?:s|ed|ing)?\b", r"goals?\b", _LONG_TERM, r"ambition\b", r"aspir\w*")),
    ("estimate", (
        r"estimat\w*", r"we (?:expect|believe|think|forecast|project)\b", r"our (?:estimate|forecast)s?\b",
        r"author(?:'s|’s)? (?:expect|believe|estimate)\w*", r"in my view\b", r"i (?:expect|believe|think)\b",
    )),
    ("forward", (
        r"expect(?:s|ed|ing|ations?)?\b", r"projecting\b", r"projection\b", r"predict(?:s|ed|ing)?\b",
        r"p(?<=to p)roject\b",
        r"will\b", r"would\b", r"shall\b", r"guid(?:e|es|ed|ing|ance)\b", r"midpoint\b",
        r"outlook\b", r"forecast\w*", r"plan(?:s|ned)? to\b", r"anticipat\w+", r"projected\b", r"intend\w*",
        r"going to\b", r"could\b", r"may\b", r"might\b", r"likely\b", r"should\b", r"on track to\b",
        r"next (?:year|quarter)\b", r"l(?<=['’]l)l\b",
    )),
    ("actual", (
        r"reported\b", r"reached\b", r"delivered\b", r"grew\b", r"increased\b", r"rose\b", r"declined\b",
        r"fell\b", r"decreased\b", r"was\b", r"were\b", r"came in\b", r"total(?:l)?ed\b", r"achieved\b",
        r"recorded\b",
        r"generated\b", r"posted\b", r"accounted for\b",
        r"ha(?:s|ve|d) (?:exceeded|reached|surpassed|risen|grown|climbed)\b", r"ended\b", r"climbed\b",
        r"boasts?\b", r"cumulatively\b", r"current(?:ly)?\b", r"up\b", r"down\b",
    )),
)  # fmt: skip


def _cue_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """_CUES with its alternatives grouped under their first letter (at a word start `re` tries only the
    words of that letter), and the kind of each group: a group per run of one kind's words under a letter."""
    runs: dict[str, list[tuple[str, list[str]]]] = {}
    for kind, words in _CUE_WORDS:
        for w in words:
            letter_runs = runs.setdefault(w[0], [])
            if not letter_runs or letter_runs[-1][0] != kind:
                letter_runs.append((kind, []))
            letter_runs[-1][1].append(w[1:])
    kinds: dict[str, str] = {}
    branches = []
    for c, letter_runs in runs.items():
        groups = []
        for kind, rests in letter_runs:
            name = f"{kind}_{len(kinds)}"
            kinds[name] = kind
            groups.append(f"(?P<{name}>{'|'.join(rests)})")
        branches.append(f"{c}(?:{'|'.join(groups)})")
    # (speed: the look-ahead of the first letters fails the other word starts on one test)
    return re.compile(f"\\b(?=[{''.join(runs)}])(?:{'|'.join(branches)})"), kinds


_CUES_FAST, _CUE_KINDS = _cue_pattern()

_DIRECTION_WORDS = (
    r"exceed\w*", r"surpass\w*", "at least", "above", "below", "over", "more than", "less than", "under",
    "up to", "at most", "no (?:more|less) than", "approximately", "about", "around", "nearly", "almost",
    "roughly", r"reach\w*", "ris(?:e|es|ing|en)", "rose", r"grow\w*", "grew", r"increas\w*", r"declin\w*",
    "fell", r"fall\w*", r"drop\w*", r"narrow\w*", r"improv\w*", r"climb\w*", r"approach\w*", r"jump\w*",
    r"double\w*", r"tripl\w*", r"widen\w*", r"shr[iu]nk\w*", "beyond", "top(?:s|ped)?",
)  # fmt: skip
_DIRECTION_SIGNS = ("~", ">", "<", "≥", "≤")
_DIRECTION = re.compile(
    r"(?<!-)\b(?:" + "|".join(_DIRECTION_WORDS) + r")\b(?!-)|" + "|".join(_DIRECTION_SIGNS)
)


def _literal_led(
    words: tuple[str, ...], not_after: str, tail: str, signs: tuple[str, ...] = ()
) -> re.Pattern[str]:
    """`(?<!not_after)(?:words)tail|signs` with each top-level branch led by its literal first letter, so
    `re` skips in C to the letters that can start a match instead of trying every position. The words of one
    letter keep their order (the first that matches still wins); `not_after` is a one-character class.
    tests/extract/test_cues_speed_paths.py checks each fast pattern matches as its plain one."""
    by_letter: dict[str, list[str]] = {}
    for w in words:
        by_letter.setdefault(w[0], []).append(w[1:])
    branches = [f"{c}(?<!{not_after}{c})(?:{'|'.join(rests)}){tail}" for c, rests in by_letter.items()]
    return re.compile("|".join(branches + [re.escape(x) for x in signs]))


# `(?<!-)\b` before a word's first letter is "not after a word character or a hyphen"
_DIRECTION_FAST = _literal_led(_DIRECTION_WORDS, r"[\w-]", r"\b(?!-)", _DIRECTION_SIGNS)

_GAP_STOP = re.compile(r"[,;:.]")


# Clause breaks: punctuation and conjunctions that start a new statement inside a sentence.
_CLAUSE = re.compile(
    r"[;()\[\]—–→]|\s-\s|,\s+(?:and|but|while|whereas|with|which|as|implying|representing)\b"
    r"|,\s+(?=[a-z]\w*\s+(?:is|are|was|will|has)\b)|\band (?:it|they|this) (?:is|are|will|has)\b",
)

# _CLAUSE with every top-level branch led by a literal character, so `re` skips in C to the few
# characters that can start a match instead of trying every branch at every position (2-3x faster).
# tests/extract/test_extract_speed_paths.py checks it matches exactly as _CLAUSE does; keep them in step.
# every character str.isspace() (and so \s) accepts
_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000"
)
_CLAUSE_FAST = re.compile(
    "|".join(re.escape(c) for c in ";()[]—–→")
    + "|"
    + "|".join(f"{re.escape(w)}-\\s" for w in _SPACES)
    + r"|,\s+(?:and|but|while|whereas|with|which|as|implying|representing)\b"
    r"|,\s+(?=[a-z]\w*\s+(?:is|are|was|will|has)\b)|a(?<!\wa)nd (?:it|they|this) (?:is|are|will|has)\b",
)

# Words that make the period phrase after them a comparison base ("up 5% from last year", "versus Q3",
# "twice last year's level", "slightly ahead of last year", "below prior year" -- "above" and "below" only
# right before the period phrase: "above 30% in a quarter" is a bound; "similar to 2020", "on par with what we
# experienced in January"):
# the period is the base's, not the period of a number stated before the word.
# "flat to (with)" too: "EPS was $2.69, flat to the prior year period" (not "flat to up 2% in 2022": a range)
_ONLY_RIGHT_BEFORE = ("below", "above", "flat to", "flat with")
# a figure that passed an earlier period's ("$2 billion exceeded the prior year", "we beat last quarter
# revenue by 3.8%", "surpassing 2019 levels"): that period is the base, when the verb is right before it
# ("exceeding $1 billion in 2022" is a bound; "exceeded our expectations in the third quarter" a yardstick)
_PASSING = ("exceed", "surpass", "outpac", "topp", "beat")
_RIGHT_BEFORE = re.compile(r"\s+(?:the\s+)?")  # "below prior year", "above the prior year"
# ... or after the base figure named as achieved then: "610 basis points above the margin achieved in the
# first quarter of 2020", "4% above the levels of the second quarter of 2019" (not "above 30% in a quarter")
_BASE_FIGURE_BEFORE = re.compile(
    r"\s+the\s+(?:[a-z-]+\s+){0,3}?(?:(?:achieved|reported|recorded|posted|delivered|generated|seen|we\s+"
    r"(?:had|saw|reported|achieved|posted|delivered))\s+(?:in|during|for)|levels?\s+(?:of|in))\s+"
)
# "from" naming where cash or income comes from ("cash from operations during the fourth quarter", "income
# from continuing operations in 2021"): a source, no comparison base
_FROM_SOURCE = re.compile(r"\s+(?:(?:continuing|discontinued)\s+)?operat(?:ions|ing\s+activities)\b")
_COMPARE_WORDS = ("from", "versus", r"vs\.?", "compared (?:to|with)", "than", "relative to", "against",
                  "over", "lapp(?:ed|ing)", "in line with",
                  "consistent with", "double", "twice", "triple", "following", "ahead of", "behind",
                  "flat (?:to|with)", "comparable with", "exceed(?:ed|ing|s)?", "surpass(?:ed|es|ing)?",
                  "outpac(?:ed|es|ing)", "topp(?:ed|ing)", "beat",
                  "below", "above", "similar to", "comparable to", "on par with",
                  "in comparison (?:to|with)")  # fmt: skip
_COMPARE = re.compile(r"\b(?:" + "|".join(_COMPARE_WORDS) + r")(?=\s)")
_COMPARE_FAST = _literal_led(_COMPARE_WORDS, r"\w", r"(?=\s)")  # \b before a letter: not after \w
# "95% of 2019 levels": a share of a base year's level
_OF_BEFORE = re.compile(r"\bof\s+$")
_YEAR_LEVELS = re.compile(r"(?:19|20)\d\d\s+levels?\b")
_BOUND_THAN = re.compile(r"(?:more|less|greater|fewer|rather)\s+$")
_BOUND_OVER = re.compile(r"\s+(?:[$€£¥]|\d|usd|rmb)")
_COMPARE_WINDOW = 80  # characters before a period phrase searched for a comparison word ("compared to the
# adjusted operating income of $458 million in the third quarter": the base may follow a long noun phrase)
# a change right before "over" + the period phrase: "up 23% over 2020", "an increase of 114% over 2020", "a
# 20% improvement over 2019" (the year is a base, though "over" + digits reads as a bound)
_CHANGE_BEFORE_OVER = re.compile(
    r"(?:%|\bpercent|\bpoints?|\bbps|\bincrease|\bgrowth|\bimprovement|\bdecrease|\bdecline|\bup)\s+$"
)
# "over" opens a time window, not a comparison, in "over the next two quarters", "over the long term",
# "over the years" (but "over the year-ago quarter", "over the year ago quarter" compare)
_OVER_WINDOW = re.compile(
    r"\s*(?:the\s+)?(?:next|past|coming|course|remainder|rest|balance|long|medium|short|near|years?\b(?!-|\s+ago\b)|time\b)"
    r"|\s*the\s+last\b"
    # "over the track one period of 2021 through 2023", "over 2021-2023": a window of years, no base
    # (not "over the same period of 2020": a base)
    r"|\s*(?!(?:the\s+)?(?:same|prior|previous|comparable|corresponding|year-ago|last)\b)(?:[\w-]+\s+){0,4}?"
    r"period\s+of\b|\s*(?:19|20)\d\d\s*(?:[-–]|through\b|thru\b)"
)

# "over" opening its sentence opens a time window: nothing stated before it is compared
_SENTENCE_LEAD = re.compile(r"\s*(?:(?:and|so|but|also|now)\s*,?\s*)?")


def is_bound_word(lowered: str, m: re.Match[str]) -> bool:
    """Whether a matched comparison word bounds a number instead: "more than 20%", "over $1.2 billion"
    ("$352 million less than the year-ago quarter" compares)."""
    word = m.group(0)
    if word == "than":
        return bool(
            _BOUND_THAN.search(lowered, max(0, m.start() - 8), m.start())
            and _BOUND_OVER.match(lowered, m.end())
        )
    return word == "over" and _BOUND_OVER.match(lowered, m.end()) is not None


def _change_over(lowered: str, m: re.Match[str], period_start: int) -> bool:
    """Whether "over" right before the period phrase at `period_start` follows a change ("up 23% over 2020"):
    a comparison with that period, not the bound "over 100" its digits look like."""
    return (
        m.group(0) == "over"
        and lowered[m.end() : period_start].isspace()
        and _CHANGE_BEFORE_OVER.search(lowered, max(0, m.start() - 16), m.start()) is not None
    )


def comparison_start(lowered: str, period_start: int) -> int | None:
    """Where the comparison that makes the period phrase at `period_start` a base starts, or None.

    "sales grew 9% compared to the first quarter" -> the offset of "compared"; the search stops at a
    sentence-internal stop (";", ":") and looks back at most _COMPARE_WINDOW characters.
    """
    lo = max(0, period_start - _COMPARE_WINDOW)
    stop = max(lowered.rfind(";", lo, period_start), lowered.rfind(":", lo, period_start))
    lo = max(lo, stop + 1)
    last: re.Match[str] | None = None
    # most windows hold no comparison word: one search says so without the iterator and loop
    found = _COMPARE_FAST.search(lowered, lo, period_start) is not None
    for m in _COMPARE_FAST.finditer(lowered, lo, period_start) if found else ():
        if (m.group(0) in _ONLY_RIGHT_BEFORE or m.group(0).startswith(_PASSING)) and not (
            _RIGHT_BEFORE.fullmatch(lowered, m.end(), period_start)
            or (
                m.group(0) in ("above", "below")
                and _BASE_FIGURE_BEFORE.fullmatch(lowered, m.end(), period_start)
            )
        ):
            continue  # "above 30% in a quarter": a bound, no comparison
        if m.group(0) == "from" and _FROM_SOURCE.match(lowered, m.end()) is not None:
            continue  # "cash from operations during the quarter": a source
        if not is_bound_word(lowered, m) or _change_over(lowered, m, period_start):
            last = m
    if last is None:
        of = _OF_BEFORE.search(lowered, max(0, period_start - 4), period_start)
        return of.start() if of and _YEAR_LEVELS.match(lowered, period_start) else None
    if last.group(0) == "over" and (
        _OVER_WINDOW.match(lowered, last.end()) or _SENTENCE_LEAD.fullmatch(lowered, 0, last.start())
    ):
        return None  # "over the next two quarters"; "Over the first half of this year, we bought ..."
    return last.start()


_PRONOUN = re.compile(
    r"\b(?:it|its|this|they|their|these|that segment|the segment|the business)\b", re.IGNORECASE
)


class Cue(NamedTuple):
    start: int
    end: int
    kind: str  # derived | target | estimate | forward | actual | base


# "guidance" (or "outlook", "expectations") as the yardstick of a reported figure is no forward cue:
# "revenue was $1.33 billion, above the high end of our guidance range and growing 31%". Such a cue is
# a "base": it does not change the kind of what follows, unless the guided number itself follows it
# ("above our guidance of $1.30 billion"; see `guided_value`). "Raising our guidance to $5", "our guidance
# for Q3 is ..." and "the above guidance reflects ..." (the guidance just given) compare nothing and stay
# forward.
_GUIDANCE_NOUNS = frozenset(
    ("guidance", "guide", "guided", "outlook", "expectation", "expectations", "forecast", "forecasts")
) | {"midpoint"}  # "the new midpoint of $8.40", "at the midpoint, this represents 25% growth"
_GUIDANCE_NOUNS |= {"projection"}  # "well below our initial projection of up to 100 closures": a yardstick
_BASE_BEFORE = re.compile(
    r"\b(?<!the )(?:above|below|beat(?:s|ing)?|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?"
    r"|outperform(?:s|ed|ing)?|top(?:s|ped)|ahead of|in line with|consistent with|within|versus|vs\.?"
    r"|compared (?:to|with)"
    r"|relative to|against|(?:better|higher|lower|greater|less) than|short of|in excess of"
    r"|(?:at|near|toward|towards)(?=\s+the\s+(?:\w+\s+){0,2}(?:end|midpoint|half|top|bottom)\b))"
    r"(?:\s+the\s+(?:(?:high|low|top|upper|lower|bottom)(?:\s+end)?|midpoint|(?:upper|lower|top|bottom)\s+half)"
    r"\s+of)?(?:\s+(?:our|the|its|their|management's|management’s))?(?:\s+[a-z0-9][\w'’-]*){0,2}\s+$"
)
_BASE_REACH = 90  # characters before the noun searched for the comparison word
# what may stand between a base noun and the guided number's first digit: "guidance range of $", "outlook
# was approximately", "guidance range of a loss between"
_GUIDED_GAP = re.compile(
    r"(?:\s*(?:(?:range|ranges|of|at|was|were|which|remains?|stays?|between|to|previously|originally|approximately"
    r"|about|around"
    r"|roughly|nearly|above|below|over|under|up|at least|at most|more than|less than|a|an|loss|rmb|usd|eur)\b"
    r"|[:,$€£¥]))*\s*"
)


# a horizon right before a forecast noun makes it a standing target, not the year's guidance ("we reiterate
# our long-term guidance of 5% to 7% growth in earnings per share", "our medium-term outlook of 7% to 9%
# revenue growth", "our longer-term outlook is expected to deliver double-digit EPS growth"; README:
# "medium-term targets with no span are `target`")
_HORIZON_BEFORE = re.compile(r"\b(?:long|longer|medium|mid)[- ]term\s+(?:financial\s+)?$|\bmulti-?year\s+$")

# "may" the month, not the modal: "notes that matured in May", "since May", "May 15", "May 2021"
_MAY_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|of|since|until|till|through|by|from|to|early|late|mid|end|during|before|after|this|last|next)"
    r"[\s-]+)$"
)
_MAY_MONTH_AFTER = re.compile(r"\s+(?:\d|through\b|to\b|and\b)")


# "would" that softens the speaker's own words, no forecast: "I would say", "we would just highlight"
_HEDGE_AFTER = re.compile(
    r"(?:\s+(?:just|also|only|again|really|simply|certainly))?\s+(?:say|highlight|note|point out|add that"
    r"|remind|mention|characterize|describe|call|emphasize|stress|reiterate|like to|suggest|argue"
    r"|summarize)\b"
)

# "will" / "may" of the telling, not of what is told: "as you will see in our 10-Q, we sold it for $340
# million", "you may recall ... it stood at $6 million", "I will note that we did record a $148 million loss"
# (not "we will see growth of 5%": only "you" sees, recalls or notes)
_TELLING_YOU = re.compile(
    r"(?:\s+(?:also|then|now|just|again|likely))?\s+(?:see|note|notice|recall|remember|observe|hear|find|know"
    r"|have (?:seen|noticed|heard|read))\b"
)
_TELLING_WE = re.compile(
    r"(?:\s+(?:also|then|now|just|again|briefly|quickly|shortly))?\s+(?:note|discuss|cover|walk|talk|review"
    r"|get into|go through|touch on|point out|show)\b"
)

# a verb in the past: a figure said as done ("we bought back", "revenue grew"), read before a number by the
# extractor (_continues_forward) and the period rules (quarter_ahead)
_PAST_FORMS = r"[a-z]+ed|bought|paid|sold|had|grew|rose|fell|made|spent|saw|took|brought|began"
PAST_VERB = re.compile(rf"\b(?:{_PAST_FORMS})\b")
# a result told as one: a past verb, "was"/"were", or "up"/"down" ("net income was $2 million", "operating
# earnings are up $137 million", "the expense ratio has decreased from 47.8%")
TOLD_RESULT = re.compile(rf"\b(?:{_PAST_FORMS}|was|were|up|down)\b")

# a streak's word inside a duration: "17 consecutive years", "12 straight quarters" (the duration counts
# periods: a measure's value to the extractor, no period to the period rules)
STREAK = re.compile(r"\b(?:consecutive|straight)\s")

# a streak told by when its like last happened: "growing share for the first time in more than five years",
# "the best share trend we have seen in at least six years", "the highest level in 14 years" (labels README:
# streaks are claims with no period); a superlative only with a perfect or a level in its clause ("the best
# year in five years" could be a plan's horizon: "the largest player in five years" is one)
_LAST_TIME_BEFORE = re.compile(
    r"(?:\bfirst\s+time|\b(?:best|highest|lowest|strongest|weakest|largest|biggest|fastest|slowest|most)\b"
    r"[^.;:,!?]{0,60}\b(?:seen|had|been|experienced|recorded|posted|levels?))\s+in\s+$"
)


def last_time_in(lowered: str, qs: int) -> bool:
    """Whether the duration starting at `qs` counts the years since something last happened (see above)."""
    return _LAST_TIME_BEFORE.search(lowered, max(0, qs - 90), qs) is not None


# "as expected", "than expected", "than we expected", "than originally expected": what happened vs a plan
_AS_EXPECTED = re.compile(r"\b(?:as|than)\s+(?:(?:we|i|they|had|originally|previously|initially)\s+){0,2}$")


# "reported" / "delivered" naming a kind of figure, not a past event: "on a reported basis", "as reported",
# "our reported EPS", "the average delivered price"
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|our|its|their|as|average|year|(?:19|20)\d\d)\s+$")
# ... also after a forecast verb, a preposition or "total", where no subject stands before it ("we expect
# reported sales growth of 5%", "compared to reported EPS", "total reported revenue"), or as the subject of a
# forecast said once for two figures ("EPS is expected to be $4.42 to $4.51, and reported EPS to be $4.08")
_ADJECTIVE_AFTER_WORD = re.compile(
    r"\b(?:expects?|expecting|anticipates?|anticipating|total|to|of|on|in|with|for)\s+$"
)
_SUBJECT_OF_TO_BE = re.compile(r"\s+(?:[a-z&-]+\s+){1,5}?to\s+be\b")


def _telling(lowered: str, m: re.Match[str]) -> bool:
    """Whether a modal at `m` only tells ("you will see", "you may recall", "I will discuss", "I'll turn")."""
    if m[0] == "ll":  # "you'll see", "we'll discuss": the subject is glued to the modal
        before = lowered[max(0, m.start() - 5) : m.start() - 1] + " "
    else:
        before = lowered[max(0, m.start() - 4) : m.start()]
    if before.endswith(" you ") or before == "you ":
        return _TELLING_YOU.match(lowered, m.end()) is not None
    if before.endswith(" i ") or before == "i ":
        return True  # "I'll now turn to", "I'll keep my remarks short": a speaker's own next words
    if before.endswith(" we ") or before == "we ":
        return _TELLING_WE.match(lowered, m.end()) is not None
    return False


def _is_month_may(lowered: str, m: re.Match[str]) -> bool:
    return bool(
        _MAY_MONTH_BEFORE.search(lowered, max(0, m.start() - 12), m.start())
        or _MAY_MONTH_AFTER.match(lowered, m.end())
    )


def cues(lowered: str) -> list[Cue]:
    """Kind cues in a lower-cased sentence, in order (matching lower-case text is much faster than IGNORECASE)."""  # noqa: E501
    out: list[Cue] = []
    for m in _CUES_FAST.finditer(lowered):
        kind = read_cue(lowered, m, _CUE_KINDS[m.lastgroup or ""])
        if kind is not None:
            out.append(Cue(m.start(), m.end(), kind))
    return out


def read_cue(lowered: str, m: re.Match[str], kind: str) -> str | None:
    """The kind a matched cue word has where it stands, or None where it is no cue at all."""
    if kind == "forward":
        word = m.group(0)
        if word == "may" and _is_month_may(lowered, m):
            return None
        if word in ("will", "may", "might", "would", "ll") and _telling(lowered, m):
            return None  # "as you will see in our 10-Q", "you may recall", "I will discuss": the telling
        if word == "would" and _HEDGE_AFTER.match(lowered, m.end()):
            return None  # "I would just highlight that this is 6% organic growth": a way of speaking
        if word == "expected" and _AS_EXPECTED.search(lowered, max(0, m.start() - 40), m.start()):
            return None  # "a book-to-bill of 1.02, as expected": the plan is a yardstick, and names no figure
        if word in _GUIDANCE_NOUNS and _BASE_BEFORE.search(
            lowered, max(0, m.start() - _BASE_REACH), m.start()
        ):
            return "base"
        if word in _GUIDANCE_NOUNS and _HORIZON_BEFORE.search(lowered, max(0, m.start() - 30), m.start()):
            return "target"  # "our long-term guidance of 5% to 7% growth": a standing target
        if word == "midpoint" and lowered.endswith("of the ", 0, m.start()):
            return "base"  # "this $0.03 variance of the midpoint resulted from ...": measured against it
    elif (
        kind == "actual"
        and m.group(0) in ("reported", "delivered")
        and _ADJECTIVE_BEFORE.search(lowered, max(0, m.start() - 10), m.start())
    ):
        return None  # "on a reported basis", "the average delivered price": a kind of figure, no report
    elif kind == "actual" and m.group(0) == "reported" and _reported_adjective(lowered, m):
        return None  # "we expect reported sales growth of 5%": the figure's kind, not its report
    return kind


def _reported_adjective(lowered: str, m: re.Match[str]) -> bool:
    """Whether "reported" at `m` names a kind of figure after a word no subject is ("expect reported sales",
    "to reported EPS"), or heads the subject of a forecast's "to be" ("and reported EPS to be $4.08")."""
    return (
        _ADJECTIVE_AFTER_WORD.search(lowered, max(0, m.start() - 13), m.start()) is not None
        or _SUBJECT_OF_TO_BE.match(lowered, m.end()) is not None
    )


def yardstick(lowered: str, cue: Cue) -> bool:
    """Whether a target cue names what a figure is measured against ("guidance has been above our long-term
    growth target ... at 16%"), as a "base" guidance cue does."""
    return _BASE_BEFORE.search(lowered, max(0, cue.start - _BASE_REACH), cue.start) is not None


# a verb saying a target is met or passed, right before the target word: "has already doubled its
# distribution goal", "..., achieving our goal for the year a quarter early", "..., reaching the targeted
# rate" (the past, or a participle after a report; "to achieve our goal", "confident in achieving our goal"
# look ahead)
_PASSED_BEFORE = re.compile(
    r"(?:\b(?:achieved|reached|met|exceeded|surpassed|doubled|beat|hit)|,\s+(?:achieving|reaching|exceeding))"
    r"\s+(?:(?:our|its|their|the|this|that)\s+)?(?:[a-z-]+\s+){0,2}$"
)


# a condition or a modal that puts the meeting ahead: "once we've achieved our goal of reducing debt to $1
# billion", "we can hit our target of 10 new venues next year"
_CONDITION_BEFORE = re.compile(
    r"\b(?:once|when|until|if|after)\s+(?:[a-z'’]+\s+){0,2}$|\b(?:to|can|could|will|would|should|may|might)\s+$"
)


# the target's own value right after it: "exceeded our goal of signing 3 gigawatts"
_OWN_VALUE = re.compile(r"(?:\s+[a-z-]+){0,2}\s+of\s+(?:[a-z-]+\s+){0,2}[$€£¥]?")


def passed(lowered: str, cue: Cue, qs: int) -> bool:
    """Whether a target cue names a target already met or passed ("achieving our goal for the year"), so that
    the number at `qs` is a result: what met it is ("reaching the targeted rate of 95,000 tonnes a day"), but
    what was passed keeps its own value ("we exceeded our goal of signing 3 gigawatts": the goal)."""
    m = _PASSED_BEFORE.search(lowered, max(0, cue.start - 45), cue.start)
    if m is None or _CONDITION_BEFORE.search(lowered, max(0, m.start() - 25), m.start()) is not None:
        return False
    if m[0].lstrip(", ").startswith(("achiev", "reach", "met", "hit")):
        return True
    return not (guided_value(lowered, cue, qs) or _OWN_VALUE.fullmatch(lowered, cue.end, qs))


def guided_value(lowered: str, cue: Cue, qs: int) -> bool:
    """Whether the number at `qs` is the guided figure a base cue names ("above our guidance of $5")."""
    return _GUIDED_GAP.fullmatch(lowered, cue.end, qs) is not None


def clause_breaks(lowered: str) -> list[int]:
    """Offsets in a lower-cased sentence where a new clause starts."""
    return [m.start() for m in _CLAUSE_FAST.finditer(lowered)]


def has_pronoun(sentence: str) -> bool:
    return _PRONOUN.search(sentence) is not None


def direction(sentence: str, lowered: str, start: int, end: int) -> str | None:
    """The direction words as written for the quantity at sentence[start:end] ("exceed", "above … below").

    Words inside the span win; else the nearest direction word in the few words before it.
    """
    # most spans hold no direction word: one search says so without building the list
    if _DIRECTION_FAST.search(lowered, start, end) is not None:
        inside = [m[0] for m in _DIRECTION_FAST.finditer(lowered, start, end)]
        return " … ".join(dict.fromkeys(inside))
    window = max(0, start - 30)
    if _DIRECTION_FAST.search(lowered, window, start) is None:
        return None
    before = list(_DIRECTION_FAST.finditer(lowered, window, start))
    if before:
        gap = sentence[before[-1].end() : start]
        if not _GAP_STOP.search(gap) and len(gap.split()) <= 3:
            return before[-1][0]
    return None


# the term of an agreement or the length of a clinical follow-up said as its adjective ("a new four-year labor
# agreement", "we did seven-year contracts", "a 10-year lease", "a 15-year follow up study", "the one-year
# follow-up data", "the two year results", "positive one year primary outcomes"; labels README: adjective
# durations such as "four-year labor agreement" and clinical-study durations are claims); "a three-year
# period", "a two-year basis", "our 38-year history", "the 10-year goal" (a plan's horizon) stay windows
# (results, outcomes and data only of years: "first six month results", "one-month data point" name periods;
# not after "trailing", "first", "last": "trailing 12-month lease coverage", "the first two-year results")
_TERM_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:agreement|contract|lease|partnership|extension|follow[\s-]?up"
    # a contract's base period and options ("a 1-year base period and four 1-year options", "their next
    # five-year options"; labels README seventh session: contract terms and options are claims, no period)
    r"|option|base\s+period)s?\b"
)
_STUDY_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:(?:outcome|result)s?|data)\b")
_PERIOD_WORD_BEFORE = re.compile(r"\b(?:trailing|first|last|past|next|rolling)\s+$")


def term_adjective(lowered: str, qs: int, qe: int) -> bool:
    """Whether the duration at `qs:qe` is the term of an agreement or a study's follow-up (see above)."""
    return (
        not lowered.endswith("s", qs, qe)
        and (
            _TERM_AFTER.match(lowered, qe) is not None
            or (lowered.endswith("year", qs, qe) and _STUDY_AFTER.match(lowered, qe) is not None)
        )
        and not _PERIOD_WORD_BEFORE.search(lowered, max(0, qs - 10), qs)
    )


# a tenure in the present perfect ("UPMC has been an Evernorth pharmacy client for 16 years", "I've been
# working in Freeport for 30 years"; labels README: tenure, "his 23 years with the business", is a claim):
# "been" then "for" and the years, in one clause ("for the past two years" is a window: no article allowed)
_TENURE_BEFORE = re.compile(r"\bbeen\b[^.;:,]{0,60}\sfor\s+$")


def tenure(lowered: str, qs: int, qe: int) -> bool:
    """Whether the years at `qs:qe` are a tenure in the present perfect (see above)."""
    return lowered.endswith(("years", "decades"), qs, qe) and (
        _TENURE_BEFORE.search(lowered, max(0, qs - 80), qs) is not None
    )


# a career's length, the years before "of experience" ("a new CFO who brings over 30 years of experience",
# "more than 20 years of industry experience", "15 years of banking expertise"; labels README: tenures are
# claims with no period, the period rules' years_of_tenure reads the same words)
_EXPERIENCE_AFTER = re.compile(r"\s+of\s+(?:[\w-]+\s+){0,3}?(?:experience|expertise)\b")


def years_of_experience(lowered: str, qs: int, qe: int) -> bool:
    """Whether the years at `qs:qe` are a career's length (see above)."""
    return lowered.endswith(("years", "decades"), qs, qe) and _EXPERIENCE_AFTER.match(lowered, qe) is not None
