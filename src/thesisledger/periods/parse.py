"""Period phrases in financial English, resolved against a fiscal calendar and a document date.

`resolve_period` reads one phrase ("FY26Q4", "the June quarter", "over the next two quarters");
`find_periods` scans running text in one pass of one compiled regex. Both are pure.

Rules for phrases that do not name their year (each is reported in `Period.ambiguity` when the
other reading is plausible):

- A month alone ("June", "in June") is the nearest occurrence looking forward: this month, or the
  next occurrence if it is at most 9 months ahead (guidance talks about the future), else the past
  occurrence (1-2 months ago). When the other occurrence is within 6 months, that is reported.
- A day without a year ("as of June 30", "on May 24") is an instant on its occurrence nearest the
  document date ("by December 31": the next one, a deadline; "since": the last one; a balance date
  "as of"/"at" the last one when it is at most about 9 months back).
- "March quarter" is the quarter ending in that month whose end is nearest the document date.
- A bare "Q3" / "third quarter" is the most recent such fiscal quarter that has started.
- "year" alone ("next year", "by the end of the year", "2015", "2026-2031") is a calendar year;
  for a company whose fiscal year does not end in December the fiscal reading is reported.
- A quarter or half with a year but no FY/CY marker ("Q1 2015", "1Q25", "H1 2026") follows the
  company's fiscal labels (Alibaba's "Q1 2015" is FY15Q1) and reports the calendar reading.
- Two-digit years are 2000-2069 for 00-69 and 1970-1999 for 70-99.
- "the second half" / "H2" without a year is that half of the current fiscal year.
- Deadlines ("by the end of the year", "in about a year", "within six months", "by June") run
  from the document date to the deadline and are labelled by the deadline's ISO date.

When scanning, month names count only when capitalised, a bare "May" needs a preposition or a
year, "long-term debt" (and other balance-sheet nouns) is not a period, and phrases that cannot
exist ("FY26Q5") are skipped; `resolve_period` raises PeriodError for them instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from thesisledger.errors import PeriodError
from thesisledger.periods.calendar import FiscalCalendar, month_end
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.periods.readings import (
    MONTH_NAMES,
    InvalidPeriod,
    add_months,
    calendar_half,
    calendar_quarter,
    calendar_year,
    check_half,
    date_span,
    deadline,
    fiscal_half,
    fiscal_quarter,
    fiscal_quarter_of,
    fiscal_year,
    fiscal_year_note,
    fiscal_year_of,
    half_bounds,
    half_with_year,
    instant,
    iso_span,
    month_name,
    month_period,
    no_company_note,
    quarter_bounds,
    quarter_no_year,
    quarter_span,
    quarter_with_year,
    read_year,
    shift_quarter,
    year_bounds,
    year_span,
)

__all__ = ["PeriodMatch", "find_periods", "resolve_period"]

_EXAMPLES = "'FY26Q4', 'Q1 2015', 'fiscal 2027', 'H1 2026', 'March 31, 2026' or 'next two quarters'"

_MONTH_NUM: dict[str, int] = {}
for _i, _name in enumerate(MONTH_NAMES, start=1):
    _MONTH_NUM[_name.lower()] = _i
    _MONTH_NUM[_name[:3].lower()] = _i
_MONTH_NUM["sept"] = 9

_NUM_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

# Building blocks of the master pattern.
_FULL_MONTH = "(?-i:" + "|".join(MONTH_NAMES) + ")"  # month words only when capitalised
_ANY_MONTH = "(?:" + "|".join([*MONTH_NAMES, "Sept", *(m[:3] for m in MONTH_NAMES)]) + r")\.?"
_NUM = r"(?:\d{1,3}|twenty-four|" + "|".join(k for k in _NUM_WORDS if k != "twenty-four") + ")"
_YY = r"(?:\d{4}|\d{2})"
_FISCAL = r"(?:fiscal\s+(?:year\s+)?['’]?|FY\s?'?)"  # "fiscal '22" as well as "FY'22"
_DATE_PREP = r"(?:(?:as\s+(?:of|at)|on|at|by|in|until|through|since|from|before|after|during)\s+)?"
# Nouns that "long-term" classifies rather than dates: "long-term debt", "long-term care", "long-term
# contracts" name a kind of debt, insurance or contract, not a horizon (extract.cues uses them too); an
# asset manager's "net long-term inflows of $11 billion" flow into its long-term funds (not money market),
# in the quarter. Not "rate": "our long-term tax rate of 20% to 22%" is a horizon.
NOT_HORIZON_NOUNS = (
    r"(?:debt|borrowings?|loans?|investments?|assets?|liabilit(?:y|ies)|notes|bonds|incentives?|care"
    r"|contracts?|leases?|agreements?|disability|financing|interest|yields?|deferred|portions?"
    r"|maturit(?:y|ies)|obligations?|charters?|rentals?|receivables?|payables?|compensation|acute"
    r"|supply (?:agreements?|contracts?)|fixed"
    # an asset manager's flows into its long-term funds (as against money-market funds): "net long-term
    # inflows of $3.7 billion" is a class of flow, no horizon
    r"|(?:net\s+)?(?:in|out)?flows?)\b"
)
_NOT_LONG_TERM = rf"(?!\s+{NOT_HORIZON_NOUNS})"

# (name, pattern): earlier entries win when two match at the same position.
_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "qspan",
        rf"(?P<qs_p>FY|CY)\s?'?(?P<qs_y>{_YY})\s?Q(?P<qs_q>\d{{1,2}})\s*[-–]\s*"
        rf"(?:(?:FY|CY)\s?'?(?P<qs_y2>{_YY})\s?)?Q(?P<qs_q2>\d{{1,2}})",
    ),
    ("cqspan", r"(?P<cs_y>\d{4})Q(?P<cs_q>\d)\s*[-–]\s*(?P<cs_y2>\d{4})Q(?P<cs_q2>\d)"),
    ("fyspan", rf"(?P<fs_p>FY|CY)\s?'?(?P<fs_a>{_YY})\s*[-–]\s*(?:(?:FY|CY)\s?'?)?(?P<fs_b>{_YY})(?![\dQH])"),
    ("yspan", r"(?P<ys_a>(?:19|20)\d\d)\s*[-–]\s*(?P<ys_b>(?:19|20)\d\d)(?![-\d])"),
    ("isospan", r"(?P<is_a>\d{4}-\d{2}-\d{2})(?:/|\.\.)(?P<is_b>\d{4}-\d{2}-\d{2})"),  # '..': old labels
    ("iso", _DATE_PREP + r"(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})"),
    (
        "mdy",  # with its year; or without it ("as of June 30"), the day on the same line
        r"(?:(?P<mdy_p>as\s+(?:of|at)|on|at|by|in|until|through|since|from|before|after|during)\s+)?"
        rf"(?P<mdy_m>{_ANY_MONTH})(?:\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>\d{{4}})"
        r"|[^\S\n]+(?P<mdy_d2>\d{1,2})(?:st|nd|rd|th)?(?![\d%]|[.,]\d)"
        r"(?P<mdy_this>\s+of\s+(?:this|the\s+current)\s+year)?)",  # "March 31 of this year"
    ),
    (
        "dmy",
        _DATE_PREP
        + rf"(?P<dmy_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dmy_m>{_ANY_MONTH}),?\s+(?P<dmy_y>\d{{4}})",
    ),
    (
        "mrange",
        rf"(?P<mr_a>{_FULL_MONTH})\s*(?:[-–]|to|through)\s*(?P<mr_b>{_FULL_MONTH}),?\s+(?P<mr_y>\d{{4}})",
    ),
    ("fq", rf"(?P<fq_p>FY|CY)\s?'?(?P<fq_y>{_YY})\s?[-/]?\s?Q(?P<fq_q>\d{{1,2}})"),
    ("qfy", rf"(?P<qf_q>\d{{1,2}})Q\s?(?P<qf_p>FY|CY)\s?'?(?P<qf_y>{_YY})"),
    (  # "Q3 FY21", "Q3 fiscal 21", "Q3 of fiscal 2021"
        "q_fy",
        rf"Q(?P<q2_q>\d{{1,2}})\s?(?:of\s+)?(?P<q2_p>FY|CY|fiscal(?:\s+year)?)\s?'?(?P<q2_y>{_YY})",
    ),
    ("fh", rf"(?P<fh_p>FY|CY)\s?'?(?P<fh_y>{_YY})\s?[-/]?\s?H(?P<fh_h>\d)"),
    ("hfy", rf"(?:(?P<hf_h>\d)H|H(?P<hf_h2>\d))\s?(?P<hf_p>FY|CY)\s?'?(?P<hf_y>{_YY})"),
    (
        "ordhalf",
        r"(?:the\s+)?(?P<oh_o>first|second)(?:\s+|-)half(?:\s+of\s+(?:the\s+|this\s+)?"
        rf"(?:(?P<oh_f>{_FISCAL})?(?P<oh_a>['’](?=\d\d(?!\d)))?(?P<oh_y>{_YY})|(?P<oh_fy>fiscal\s+)?(?P<oh_yr>year)))?",
    ),
    (  # "the first nine months of 2021": year-to-date at the end of a quarter, named with its year
        "firstn",
        rf"(?:the\s+)?first\s+(?P<fn_n>{_NUM})\s+months\s+of\s+(?:the\s+)?(?P<fn_f>{_FISCAL})?(?P<fn_y>\d{{4}})",
    ),
    (
        "ordq",
        r"(?:the\s+)?(?P<oq_o>first|second|third|fourth)(?:\s+|-)(?:fiscal\s+)?quarter"
        rf"(?:\s+of\s+(?:the\s+)?(?P<oq_f>{_FISCAL})?(?P<oq_a>['’](?=\d\d(?!\d)))?(?P<oq_y>{_YY})"
        r"|,?\s+(?P<oq_y4>(?:19|20)\d\d)(?![\d%]|[.,]\d)|\s+['’](?P<oq_y2>\d\d)(?![\d%]|[.,]\d))?",
    ),
    (  # "the 2021 third quarter", "2020's fourth-quarter results", "this year's first quarter"
        "yq",
        r"(?:(?:in|for|during)\s+)?(?:the\s+)?"
        r"(?:(?P<yq_f>fiscal\s+(?:year\s+)?)?(?P<yq_y>(?:19|20)\d\d)(?:['’]s)?"
        r"|(?P<yq_this>this|the\s+current)\s+year['’]s)"
        r"\s+(?P<yq_o>first|second|third|fourth)(?:\s+|-)(?:fiscal\s+)?quarter",
    ),
    ("cq", r"Q(?P<cq_q>\d{1,2})(?:\s?'?|\s+of\s+)(?P<cq_y>\d{4})"),
    (  # "Q4 '21", "Q1 of '22", "3Q of '20"
        "cqa",
        r"(?:Q(?P<cqa_q>\d)(?:\s?|\s+of\s+)|(?P<cqa_q2>\d)Q\s+of\s+)['’](?P<cqa_y>\d\d)(?!\d)",
    ),
    ("cq2", rf"(?P<cq2_q>\d)Q\s?'?(?P<cq2_y>{_YY})"),
    ("cq3", r"(?P<cq3_y>\d{4})\s?Q(?P<cq3_q>\d)"),
    ("ch", r"H(?P<ch_h>\d)\s?'?(?P<ch_y>\d{4})"),
    ("ch2", rf"(?P<ch2_h>\d)H\s?'?(?P<ch2_y>{_YY})"),
    ("ch3", r"(?P<ch3_y>\d{4})\s?H(?P<ch3_h>\d)"),
    ("fy", rf"(?:(?P<fy_p>FY|CY)\s?'?(?P<fy_y>{_YY})|fiscal\s+(?:year\s+)?['’]?(?P<fy_y2>{_YY}))"),
    ("mq", rf"(?:the\s+)?(?P<mq_m>{_FULL_MONTH})[-\s]quarter(?:,?\s+(?:of\s+)?(?P<mq_y>\d{{4}}))?"),
    (
        "nextn",
        r"(?:(?:over|in|during|within)\s+)?(?:the\s+)?(?:next|coming|following)\s+"
        rf"(?P<nx_n>{_NUM})\s+(?P<nx_u>quarters?|years?|months?)",
    ),
    (
        "endof",
        r"(?:(?:by|before|until|through|to|at|earlier\s+than|later\s+than)\s+)?(?:the\s+)?end\s+of\s+"
        r"(?:(?P<eo_w>the|this|next|the\s+current|the\s+next)\s+)?(?P<eo_f>fiscal\s+)?"
        r"(?:(?P<eo_u>year|quarter)|(?P<eo_fy>FY\s?'?|fiscal\s+(?:year\s+)?)(?P<eo_fyy>\d{4}|\d{2})"
        r"|(?P<eo_y>\d{4})|['’](?P<eo_yy>\d\d)(?!\d))",  # "the end of '21"
    ),
    ("yearend", r"(?P<ye_p>by|before|until)\s+(?:the\s+)?year[-\s]end"),
    (
        "rel",
        r"(?:the\s+)?(?P<rl_w>this|current|next|coming|last|previous|prior)\s+(?P<rl_f>fiscal\s+)?"
        r"(?P<rl_u>quarter|year|half|month)(?![-\w])",
    ),
    (
        "within",
        # "in a quarter" is any one quarter ("above 30% in a quarter for the first time"), no deadline
        r"(?P<wi_p>in(?!\s+a\s+(?:single\s+)?quarter\b)|within)\s+(?:the\s+next\s+)?"
        r"(?P<wi_a>(?:about|around|roughly|approximately|some|nearly|less\s+than)\s+)?"
        rf"(?P<wi_n>{_NUM})\s+(?P<wi_u>years?|months?|quarters?)",
    ),
    ("ytd", r"year[-\s]to[-\s]date|YTD"),
    ("longterm", r"(?:(?:over|in)\s+the\s+)?long[-\s](?:term|run)" + _NOT_LONG_TERM),
    ("monthn", rf"month\s+(?P<mn_n>\d{{1,3}})(?:\s+of\s+(?P<mn_f>{_FISCAL})?(?P<mn_y>{_YY}))?"),
    (
        "month",
        r"(?:(?P<mo_p>in|by|until|before|since|from|during|through|after)\s+)?"
        rf"(?P<mo_m>{_FULL_MONTH})(?:,?\s+(?:of\s+)?(?P<mo_y>\d{{4}}))?"  # "August of 2020" too
        r"(?P<mo_call>[-\s]+(?:earnings\s+|conference\s+)?call\b)?"  # "on our October call": a past call
        rf"(?![-\s]quarter|\s*[-–]\s*{_FULL_MONTH})",
    ),
    ("bareq", r"Q(?P<bq_q>\d)(?!\s?'?\d)"),
    ("bareh", r"(?:H(?P<bh_h>\d)|(?P<bh_h2>\d)H)(?!\s?'?\d)"),
    (  # a year written with two digits after an apostrophe, where a year is expected: "capex of $2 billion in
        # '24", "annual EBITDA for '22 and '23", "from '22 to '24", "the end of '21" (not "Q3 '21": cqa);
        # "and", "to", "through" stay out of the phrase: context_periods joins two years by the words between
        "ayear",
        r"(?:(?P<ay_p>in|by|during|since|for|from)\s+|(?<=\bof\s)|(?<=\band\s)|(?<=\bto\s)|(?<=\bthrough\s))"
        r"['’](?P<ay_y>[0-4]\d)(?![\d%'’]|[.,]\d)",
    ),
    (
        "year",
        r"(?:(?P<yr_a>around|about|circa|approximately|roughly)\s+)?"
        r"(?:(?P<yr_p>in|by|during|since|for)\s+)?(?P<yr_y>(?:19[5-9]|20\d)\d)(?![\d%]|[.,]\d)",
    ),
)

_MASTER = re.compile(
    r"(?<![\w.,$€£¥'-])(?:"
    + "|".join(f"(?P<{name}>{pat})" for name, pat in _PATTERNS)
    + r")(?!\w|'(?!s\b))",  # a possessive ends a phrase ("next year's outlook"); "Q3 '21" goes on
    re.IGNORECASE,
)


# Where a period phrase can begin: a superset of the first tokens of every form above. Scanning
# tries the master pattern only there, which is several times faster than letting the regex engine
# try every alternative at every word. Prepositions ("in", "by", "the") count only when the next
# word can continue a period phrase.
_STRONG_WORDS = (
    "next|coming|following|end|this|current|last|previous|prior|year|ytd|long|month|fiscal"
    "|first|second|third|fourth|fy|cy"
)
_WEAK_WORDS = (
    "the|over|in|during|within|by|before|until|through|to|at|earlier|later|since|from|after"
    "|around|about|circa|approximately|roughly|as|on|for"
)
_FOLLOW_WORDS = (
    "the|a|an|of|at|than|about|around|roughly|approximately|some|nearly|less|"
    + _STRONG_WORDS
    + "|"
    + "|".join(_NUM_WORDS)
)
_STARTS = re.compile(
    r"(?<![\w.,$€£¥'-])(?:\d|[QH]\d|['’]\d\d|(?:" + _STRONG_WORDS + r")(?![a-z])"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?:" + _WEAK_WORDS + r")\s+(?=\d|[QH]\d|['’]\d\d|(?-i:[A-Z])|(?:" + _FOLLOW_WORDS + r")(?![a-z])))",
    re.IGNORECASE,
)


# The same candidates, tighter, as a case-sensitive pattern over the lower-cased text (several times
# faster than IGNORECASE, and far fewer failed _MASTER attempts). Any start it offers that _STARTS would
# not is harmless (_MASTER decides, on the original text); it offers every start of a _MASTER match:
# a number starts one only as four digits, "4q"/"2h", a day before a month or a count before a unit;
# a preposition only when a few filler words ("the", "about", "a", "than", ...) lead to such a number,
# a Q/H label, a strong word, a unit or a month name. Each alternative consumes no more than its
# _STARTS counterpart, so no later start is hidden.
_MONTHS = "|".join(
    sorted({m.lower() for m in (*MONTH_NAMES, "Sept", *(m[:3] for m in MONTH_NAMES))}, key=len, reverse=True)
)
_DIGIT_CORE = (
    r"\d(?=\d{3}|\d?[qh]|\d?(?:st|nd|rd|th)?\s+(?:" + _MONTHS + r")"
    r"|\d{0,2}\s+(?:years?|months?|quarters?)(?![a-z]))"
)
_FILLERS = (
    _WEAK_WORDS
    + "|a|an|of|at|than|some|nearly|less|"
    + "|".join(k for k in _NUM_WORDS if k not in ("a", "an"))
)
_LOWER_START = (  # what the lower-cased text holds at a candidate start
    r"(?:" + _DIGIT_CORE + r"|[qh]\d|['’]\d\d|year(?=[-\s]to[-\s]date)"
    r"|(?:"
    + _STRONG_WORDS.replace("|year|", "|")
    + r")(?![a-z])|(?:"
    + _MONTHS
    + r")(?:(?![a-z])|(?=to|through))"
    r"|(?:" + _WEAK_WORDS + r")\s+(?=(?:(?:" + _FILLERS + r")\s+){0,4}"
    r"(?:"
    + _DIGIT_CORE
    + r"|[qh]\d|['’]\d\d|(?:"
    + _STRONG_WORDS
    + r"|quarters?|years?|months?|halfs?|"
    + _MONTHS
    + r")(?![a-z]))))"
)
_NOT_AFTER = r"[\w.,$€£¥'-]"  # a candidate start follows none of these
_LOWER_STARTS = re.compile(f"(?<!{_NOT_AFTER}){_LOWER_START}")
# The same candidates found ~15% faster: `re` skips in C to a character a start may follow (letters and
# digits, most of a sentence, cannot) and looks ahead from there; position 0, which follows nothing, is tried
# apart. Every offset where _LOWER_STARTS can match is offered (a superset of the starts its consuming scan
# stops at), so no start is lost (tests/extract/test_extract_speed_paths.py).
_LOWER_NEXT = re.compile(f"[^{_NOT_AFTER[1:-1]}](?={_LOWER_START})")
_LOWER_FIRST = re.compile(_LOWER_START)


def _lower_starts(lowered: str) -> list[int]:
    """Every offset of `lowered` where _LOWER_STARTS can match, in order."""
    starts = [m.end() for m in _LOWER_NEXT.finditer(lowered)]
    if _LOWER_FIRST.match(lowered) is not None:
        starts.insert(0, 0)
    return starts


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period phrase found in running text: `text == source[start:end]`."""

    start: int
    end: int
    text: str
    period: Period


class _Skip(Exception):
    """A match that is too weak to report when scanning running text ("May" at a sentence start)."""


@dataclass(frozen=True, slots=True)
class _Ctx:
    cal: FiscalCalendar
    doc: date
    scanning: bool


def _num(text: str) -> int:
    t = text.lower()
    return int(t) if t.isdigit() else _NUM_WORDS[t]


# -- handlers: one per named alternative ----------------------------------------------------------------
Handler = Callable[[re.Match[str], _Ctx], Period]


def _h_qspan(m: re.Match[str], c: _Ctx) -> Period:
    y1 = read_year(m["qs_y"])
    y2 = read_year(m["qs_y2"]) if m["qs_y2"] else y1
    if m["qs_p"].upper() == "CY":
        a, b = calendar_quarter(c.cal, y1, int(m["qs_q"])), calendar_quarter(c.cal, y2, int(m["qs_q2"]))
    else:
        a, b = fiscal_quarter(c.cal, y1, int(m["qs_q"])), fiscal_quarter(c.cal, y2, int(m["qs_q2"]))
    return quarter_span(a, b)


def _h_cqspan(m: re.Match[str], c: _Ctx) -> Period:
    a = quarter_with_year(c.cal, int(m["cs_y"]), int(m["cs_q"]), m[0])
    b = quarter_with_year(c.cal, int(m["cs_y2"]), int(m["cs_q2"]), m[0])
    return quarter_span(a, b)


def _h_fyspan(m: re.Match[str], c: _Ctx) -> Period:
    ya, yb = read_year(m["fs_a"]), read_year(m["fs_b"])
    if len(m["fs_b"]) == 2 and yb < ya:  # "FY1999-01" style century roll-over
        yb += 100
    if m["fs_p"].upper() == "CY":
        return year_span(calendar_year(c.cal, ya), calendar_year(c.cal, yb))
    return year_span(fiscal_year(c.cal, ya), fiscal_year(c.cal, yb))


def _h_yspan(m: re.Match[str], c: _Ctx) -> Period:
    ya, yb = int(m["ys_a"]), int(m["ys_b"])
    p = year_span(calendar_year(c.cal, ya), calendar_year(c.cal, yb))
    if c.cal.fy_end_month != 12:
        fa, fb = year_bounds(c.cal, ya)[0], year_bounds(c.cal, yb)[1]
        amb = (
            f"{m[0]!r} read as calendar years; as fiscal years "
            f"{c.cal.year_label(ya)}-{c.cal.year_label(yb)} it is {iso_span(fa, fb)}"
        )
        return Period(p.label, p.start, p.end, p.kind, ambiguity=amb)
    return p


def _h_isospan(m: re.Match[str], c: _Ctx) -> Period:
    a, b = (instant(c.cal, *map(int, m[g].split("-"))) for g in ("is_a", "is_b"))
    if b.start < a.start:
        raise InvalidPeriod(
            f"the span runs backwards ({a.label} is after {b.label})", "2026-04-01/2026-05-15"
        )
    return date_span(a.start, b.end)


def _h_iso(m: re.Match[str], c: _Ctx) -> Period:
    return instant(c.cal, int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))


def _month_num(text: str) -> int:
    return _MONTH_NUM[text.rstrip(".").lower()]


def _h_mdy(m: re.Match[str], c: _Ctx) -> Period:
    if m["mdy_this"]:
        return instant(c.cal, c.doc.year, _month_num(m["mdy_m"]), int(m["mdy_d2"]))
    if m["mdy_y"] is None:
        return _day_without_year(m, c)
    return instant(c.cal, int(m["mdy_y"]), _month_num(m["mdy_m"]), int(m["mdy_d"]))


def _h_dmy(m: re.Match[str], c: _Ctx) -> Period:
    return instant(c.cal, int(m["dmy_y"]), _month_num(m["dmy_m"]), int(m["dmy_d"]))


def _h_mrange(m: re.Match[str], c: _Ctx) -> Period:
    y = int(m["mr_y"])
    a, b = _month_num(m["mr_a"]), _month_num(m["mr_b"])
    start = date(y if a <= b else y - 1, a, 1)  # "November-January 2026" starts in 2025
    end = month_end(y, b)
    fy, fq = fiscal_quarter_of(c.cal, start)
    fy2, fq2 = fiscal_quarter_of(c.cal, end)
    if (fy, fq) == (fy2, fq2) and quarter_bounds(c.cal, fy, fq) == (start, end):
        return fiscal_quarter(c.cal, fy, fq)
    return date_span(start, end)


def _explicit_quarter(c: _Ctx, prefix: str, y: int, q: int) -> Period:
    if prefix.upper() == "CY":
        return calendar_quarter(c.cal, y, q)
    return fiscal_quarter(c.cal, y, q, ambiguity=no_company_note(c.cal, prefix, y))


def _h_fq(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_quarter(c, m["fq_p"], read_year(m["fq_y"]), int(m["fq_q"]))


def _h_qfy(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_quarter(c, m["qf_p"], read_year(m["qf_y"]), int(m["qf_q"]))


def _h_q_fy(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_quarter(c, m["q2_p"], read_year(m["q2_y"]), int(m["q2_q"]))


def _explicit_half(c: _Ctx, prefix: str, y: int, h: int) -> Period:
    if prefix.upper() == "CY":
        return calendar_half(c.cal, y, h)
    return fiscal_half(c.cal, y, h, ambiguity=no_company_note(c.cal, prefix, y))


def _h_fh(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_half(c, m["fh_p"], read_year(m["fh_y"]), int(m["fh_h"]))


def _h_hfy(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_half(c, m["hf_p"], read_year(m["hf_y"]), int(m["hf_h"] or m["hf_h2"]))


def _h_ordhalf(m: re.Match[str], c: _Ctx) -> Period:
    h = _ORDINALS[m["oh_o"].lower()]
    if not m["oh_y"]:
        return _half_no_year(c, h, said_year=bool(m["oh_yr"]) and not m["oh_fy"])
    if m["oh_f"]:
        return fiscal_half(c.cal, read_year(m["oh_y"]), h)
    if m["oh_a"]:  # "the second half of '21"
        return half_with_year(c.cal, read_year(m["oh_y"]), h, m[0])
    if len(m["oh_y"]) != 4:
        raise _Skip
    return half_with_year(c.cal, int(m["oh_y"]), h, m[0])


def _h_firstn(m: re.Match[str], c: _Ctx) -> Period:
    n, y = _num(m["fn_n"]), int(m["fn_y"])
    if not 1 <= n <= 12:
        raise _Skip
    start = year_bounds(c.cal, y)[0]
    end = add_months(start, n) - timedelta(days=1)
    if n % 3 == 0 and n < 12:
        last = fiscal_quarter(c.cal, y, n // 3)
        if n == 3:
            return last
        if n == 6:
            return fiscal_half(c.cal, y, 1)
        end = last.end
    return date_span(start, end)


def _half_no_year(c: _Ctx, h: int, said_year: bool = False) -> Period:
    """'the second half' / 'H2': that half of the fiscal year holding the document date;
    'the second half of the year': of the calendar year, like every bare 'year'."""
    check_half(h)
    fy = fiscal_year_of(c.cal, c.doc)
    if said_year and c.cal.fy_end_month != 12:
        p = calendar_half(c.cal, c.doc.year, h)
        fs, fe = half_bounds(c.cal, fy, h)
        amb = f"'year' read as calendar {c.doc.year}; fiscal {c.cal.half_label(fy, h)} is {iso_span(fs, fe)}"
        return Period(p.label, p.start, p.end, p.kind, p.fiscal_year, ambiguity=amb)
    return fiscal_half(c.cal, fy, h)


def _h_bareh(m: re.Match[str], c: _Ctx) -> Period:
    return _half_no_year(c, int(m["bh_h"] or m["bh_h2"]))


def _h_ordq(m: re.Match[str], c: _Ctx) -> Period:
    q = _ORDINALS[m["oq_o"].lower()]
    if m["oq_y4"]:  # "second quarter 2021", "the third-quarter 2021"
        return quarter_with_year(c.cal, int(m["oq_y4"]), q, m[0])
    if m["oq_y2"]:  # "the fourth quarter '20"
        return quarter_with_year(c.cal, read_year(m["oq_y2"]), q, m[0])
    if not m["oq_y"]:
        return quarter_no_year(c.cal, c.doc, q)
    if m["oq_f"]:
        return fiscal_quarter(c.cal, read_year(m["oq_y"]), q)
    if m["oq_a"]:  # "the first quarter of '21"
        return quarter_with_year(c.cal, read_year(m["oq_y"]), q, m[0])
    if len(m["oq_y"]) != 4:
        raise _Skip
    return quarter_with_year(c.cal, int(m["oq_y"]), q, m[0])


def _h_yq(m: re.Match[str], c: _Ctx) -> Period:
    q = _ORDINALS[m["yq_o"].lower()]
    if m["yq_this"]:  # "this year's first quarter": of the fiscal year the document is written in
        return fiscal_quarter(c.cal, fiscal_year_of(c.cal, c.doc), q)
    if m["yq_f"]:  # "fiscal year 2020's first quarter"
        return fiscal_quarter(c.cal, int(m["yq_y"]), q)
    return quarter_with_year(c.cal, int(m["yq_y"]), q, m[0])


def _h_cq(m: re.Match[str], c: _Ctx) -> Period:
    return quarter_with_year(c.cal, int(m["cq_y"]), int(m["cq_q"]), m[0])


def _h_cq2(m: re.Match[str], c: _Ctx) -> Period:
    return quarter_with_year(c.cal, read_year(m["cq2_y"]), int(m["cq2_q"]), m[0])


def _h_cq3(m: re.Match[str], c: _Ctx) -> Period:
    return quarter_with_year(c.cal, int(m["cq3_y"]), int(m["cq3_q"]), m[0])


def _h_ch(m: re.Match[str], c: _Ctx) -> Period:
    return half_with_year(c.cal, int(m["ch_y"]), int(m["ch_h"]), m[0])


def _h_ch2(m: re.Match[str], c: _Ctx) -> Period:
    return half_with_year(c.cal, read_year(m["ch2_y"]), int(m["ch2_h"]), m[0])


def _h_ch3(m: re.Match[str], c: _Ctx) -> Period:
    return half_with_year(c.cal, int(m["ch3_y"]), int(m["ch3_h"]), m[0])


def _h_fy(m: re.Match[str], c: _Ctx) -> Period:
    if m["fy_y2"]:
        return fiscal_year(c.cal, read_year(m["fy_y2"]))
    y = read_year(m["fy_y"])
    if m["fy_p"].upper() == "CY":
        return calendar_year(c.cal, y)
    return fiscal_year(c.cal, y, ambiguity=no_company_note(c.cal, m["fy_p"], y))


def _h_mq(m: re.Match[str], c: _Ctx) -> Period:
    mon = _month_num(m["mq_m"])
    cal = c.cal
    if (mon - cal.fy_end_month) % 3:
        ends = ", ".join(month_name((cal.fy_end_month + 3 * k - 1) % 12 + 1)[:3] for k in range(1, 5))
        raise InvalidPeriod(
            f"no quarter ends in {month_name(mon)} in this calendar (quarters end {ends})", "March quarter"
        )
    if m["mq_y"]:
        fy, fq = fiscal_quarter_of(cal, date(int(m["mq_y"]), mon, 1))
        return fiscal_quarter(cal, fy, fq)
    y = c.doc.year
    past = month_end(y if mon <= c.doc.month else y - 1, mon)
    nxt = month_end(past.year + 1, mon)
    if past >= c.doc:  # same month as the document: the quarter in progress
        nxt, past = past, month_end(past.year - 1, mon)
    dp, dn = (c.doc - past).days, (nxt - c.doc).days
    chosen, other = (past, nxt) if dp <= dn else (nxt, past)
    amb = None
    if abs(dp - dn) < 90:
        fy_o, fq_o = fiscal_quarter_of(cal, other)
        alt = cal.quarter_label(fy_o, fq_o)
        amb = f"no year given: read as the nearest {month_name(mon)} quarter; could be {alt}"
    fy, fq = fiscal_quarter_of(cal, chosen)
    return fiscal_quarter(cal, fy, fq, ambiguity=amb)


def _h_nextn(m: re.Match[str], c: _Ctx) -> Period:
    n, unit = _num(m["nx_n"]), m["nx_u"].lower().rstrip("s")
    if n < 1:
        raise InvalidPeriod("a span needs at least one period", "over the next two quarters")
    if unit == "quarter":
        fy, q = fiscal_quarter_of(c.cal, c.doc)
        a = fiscal_quarter(c.cal, fy, q)
        b = fiscal_quarter(c.cal, *shift_quarter(fy, q, n - 1))
        return quarter_span(a, b)
    months = 12 * n if unit == "year" else n
    end = add_months(c.doc, months) - timedelta(days=1)
    return date_span(c.doc, end)


def _h_endof(m: re.Match[str], c: _Ctx) -> Period:
    cal, doc = c.cal, c.doc
    if m["eo_y"] and m["eo_f"]:  # "end of fiscal 2027"
        return deadline(doc, year_bounds(cal, int(m["eo_y"]))[1])
    if m["eo_y"]:
        y = int(m["eo_y"])
        return deadline(doc, date(y, 12, 31), ambiguity=fiscal_year_note(cal, y))
    if m["eo_fyy"]:
        return deadline(doc, year_bounds(cal, read_year(m["eo_fyy"]))[1])
    if m["eo_yy"] and m["eo_f"]:  # "end of fiscal '23"
        return deadline(doc, year_bounds(cal, read_year(m["eo_yy"]))[1])
    if m["eo_yy"]:
        y = read_year(m["eo_yy"])
        return deadline(doc, date(y, 12, 31), ambiguity=fiscal_year_note(cal, y))
    shift = 1 if (m["eo_w"] or "").lower().endswith("next") else 0
    if m["eo_u"].lower() == "quarter":
        fy, q = shift_quarter(*fiscal_quarter_of(cal, doc), shift)
        return deadline(doc, quarter_bounds(cal, fy, q)[1])
    fy = fiscal_year_of(cal, doc) + shift
    if m["eo_f"]:
        return deadline(doc, year_bounds(cal, fy)[1])
    return deadline(doc, date(doc.year + shift, 12, 31), ambiguity=fiscal_year_note(cal, doc.year + shift))


def _h_yearend(m: re.Match[str], c: _Ctx) -> Period:
    return deadline(c.doc, date(c.doc.year, 12, 31), ambiguity=fiscal_year_note(c.cal, c.doc.year))


def _h_rel(m: re.Match[str], c: _Ctx) -> Period:
    cal, doc = c.cal, c.doc
    word, unit = m["rl_w"].lower(), m["rl_u"].lower()
    shift = {"next": 1, "coming": 1, "last": -1, "previous": -1, "prior": -1}.get(word, 0)
    if unit == "quarter":
        fy, q = shift_quarter(*fiscal_quarter_of(cal, doc), shift)
        return fiscal_quarter(cal, fy, q)
    if unit == "half":
        fy, q = fiscal_quarter_of(cal, doc)
        y, h0 = divmod(fy * 2 + (q - 1) // 2 + shift, 2)
        return fiscal_half(cal, y, h0 + 1)
    if unit == "month":
        s = add_months(doc.replace(day=1), shift)
        return month_period(cal, s.year, s.month)
    if m["rl_f"]:
        return fiscal_year(cal, fiscal_year_of(cal, doc) + shift)
    return calendar_year(cal, doc.year + shift)


def _h_within(m: re.Match[str], c: _Ctx) -> Period:
    n, unit = _num(m["wi_n"]), m["wi_u"].lower().rstrip("s")
    months = n * {"year": 12, "quarter": 3, "month": 1}[unit]
    return deadline(c.doc, add_months(c.doc, months), approximate=bool(m["wi_a"]))


def _h_ytd(m: re.Match[str], c: _Ctx) -> Period:
    fy = fiscal_year_of(c.cal, c.doc)
    start = year_bounds(c.cal, fy)[0]
    amb = None
    if c.cal.fy_end_month != 12:
        amb = (
            f"read as fiscal {c.cal.year_label(fy)} to date; calendar year-to-date starts {c.doc.year}-01-01"
        )
    return Period(iso_span(start, c.doc), start, c.doc, PeriodKind.SPAN, fy, ambiguity=amb)


def _h_longterm(m: re.Match[str], c: _Ctx) -> Period:
    return Period("long term", c.doc, date.max, PeriodKind.OPEN)


def _h_monthn(m: re.Match[str], c: _Ctx) -> Period:
    n = int(m["mn_n"])
    if not 1 <= n <= 12:
        raise InvalidPeriod(f"there is no month {n}: a year has months 1-12", "month 3 of fiscal 2027")
    fy = read_year(m["mn_y"]) if m["mn_y"] else fiscal_year_of(c.cal, c.doc)
    s = add_months(year_bounds(c.cal, fy)[0], n - 1)
    return month_period(c.cal, s.year, s.month)


def _h_month(m: re.Match[str], c: _Ctx) -> Period:
    mon = _month_num(m["mo_m"])
    prep = (m["mo_p"] or "").lower()
    if m["mo_y"]:
        p = month_period(c.cal, int(m["mo_y"]), mon)
    else:
        if c.scanning and mon == 5 and not prep:
            raise _Skip  # "May" is also a verb
        doc = c.doc
        ahead = (mon - doc.month) % 12
        if m["mo_call"] and ahead:  # a call already held: the last such month
            chosen = add_months(doc.replace(day=1), ahead - 12)
            other = chosen
        elif ahead <= 9:
            chosen = add_months(doc.replace(day=1), ahead)
            other = add_months(chosen, -12)
        else:
            chosen = add_months(doc.replace(day=1), ahead - 12)
            other = add_months(chosen, 12)
        amb = None
        if 6 <= ahead <= 9 and not m["mo_call"]:
            amb = (
                f"no year given: read as the next {month_name(mon)} ({chosen.year}); "
                f"could be {month_name(mon)} {other.year}"
            )
        p = month_period(c.cal, chosen.year, mon, ambiguity=amb)
    if prep in ("by", "until", "before") and p.end >= c.doc:
        return deadline(c.doc, p.end, ambiguity=p.ambiguity)
    return p


_BALANCE_PREP = re.compile(r"as\s+(?:of|at)|at|through")


def _day_without_year(m: re.Match[str], c: _Ctx) -> Period:
    """A day without a year ("on May 24", "payable on December 15"): its occurrence nearest the document
    date; "by December 31" the next one from it, "since May 24" the last one before it; a balance date
    ("as of", "at") the last one before it when that is at most about 9 months back."""
    mon, day = _month_num(m["mdy_m"]), int(m["mdy_d2"])
    prep = (m["mdy_p"] or "").lower()
    if c.scanning and mon == 5 and not prep:
        raise _Skip  # "May" is also a verb
    doc = c.doc
    this_year = instant(c.cal, doc.year, mon, day)
    before = this_year if this_year.start <= doc else instant(c.cal, doc.year - 1, mon, day)
    after = this_year if this_year.start >= doc else instant(c.cal, doc.year + 1, mon, day)
    if prep in ("by", "until", "before"):
        return deadline(doc, after.end)
    if prep == "since" or (doc - before.start) <= (after.start - doc):
        return before
    if _BALANCE_PREP.fullmatch(prep) and (doc - before.start).days <= 275:
        return before  # "967% at December 31" on a July call: a balance date is seldom ahead
    return after


def _h_bareq(m: re.Match[str], c: _Ctx) -> Period:
    return quarter_no_year(c.cal, c.doc, int(m["bq_q"]))


def _h_cqa(m: re.Match[str], c: _Ctx) -> Period:
    return quarter_with_year(c.cal, read_year(m["cqa_y"]), int(m["cqa_q"] or m["cqa_q2"]), m[0])


def _h_ayear(m: re.Match[str], c: _Ctx) -> Period:
    p = calendar_year(c.cal, read_year(m["ay_y"]))
    if (m["ay_p"] or "").lower() == "by" and p.end >= c.doc:
        return deadline(c.doc, p.end, ambiguity=p.ambiguity)
    return p


def _h_year(m: re.Match[str], c: _Ctx) -> Period:
    y = int(m["yr_y"])
    p = calendar_year(c.cal, y, approximate=bool(m["yr_a"]))
    if (m["yr_p"] or "").lower() == "by" and p.end >= c.doc:
        return deadline(c.doc, p.end, ambiguity=p.ambiguity)
    if m["yr_a"] and not p.approximate:
        return Period(p.label, p.start, p.end, p.kind, p.fiscal_year, approximate=True, ambiguity=p.ambiguity)
    return p


_HANDLERS: dict[str, Handler] = {
    "qspan": _h_qspan,
    "cqspan": _h_cqspan,
    "fyspan": _h_fyspan,
    "yspan": _h_yspan,
    "isospan": _h_isospan,
    "iso": _h_iso,
    "mdy": _h_mdy,
    "dmy": _h_dmy,
    "mrange": _h_mrange,
    "fq": _h_fq,
    "qfy": _h_qfy,
    "q_fy": _h_q_fy,
    "fh": _h_fh,
    "hfy": _h_hfy,
    "ordhalf": _h_ordhalf,
    "firstn": _h_firstn,
    "ordq": _h_ordq,
    "yq": _h_yq,
    "cq": _h_cq,
    "cqa": _h_cqa,
    "cq2": _h_cq2,
    "cq3": _h_cq3,
    "ch": _h_ch,
    "ch2": _h_ch2,
    "ch3": _h_ch3,
    "fy": _h_fy,
    "mq": _h_mq,
    "nextn": _h_nextn,
    "endof": _h_endof,
    "yearend": _h_yearend,
    "rel": _h_rel,
    "within": _h_within,
    "ytd": _h_ytd,
    "longterm": _h_longterm,
    "monthn": _h_monthn,
    "month": _h_month,
    "bareq": _h_bareq,
    "bareh": _h_bareh,
    "ayear": _h_ayear,
    "year": _h_year,
}
assert set(_HANDLERS) == {name for name, _ in _PATTERNS}


# -- find_periods's master pattern by first character ------------------------------------------------------
# At a start candidate _MASTER tries its ~40 forms in turn, and about half the candidates ("in the", "for
# the") fail them all. A form whose first character cannot be the candidate's cannot match there, so
# find_periods runs _MASTER less those forms (`_master_from`): the same forms in the same order, so the same
# leftmost-first match, its groups named alike (a handler reads only its own form's groups), in about half
# the time.
# (tests/extract/test_sp11_speed_paths.py)
def _first_class(seq: Any) -> tuple[list[str] | None, bool]:
    """Character-class items (for a `[...]` read case-insensitively) holding every character a match of the
    parsed pattern `seq` can start with (None: any may: a wildcard, a negated class, a category but digits),
    and whether it can match empty. Zero-width items (look-arounds, \\b) are passed over: a superset is
    enough."""
    from re import _constants as sre  # type: ignore[attr-defined]  # the parser's opcodes (stdlib `re`)

    def char(code: int) -> str:
        return f"\\U{code:08x}"

    items: list[str] = []
    for op, av in seq:
        inner: list[str] | None
        if op is sre.LITERAL:
            inner, empty = [char(av)], False
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            inner, empty = [], True  # zero width: the next item starts the match
        elif op is sre.IN:
            inner, empty = [], False
            for iop, iav in av:
                if iop is sre.LITERAL:
                    inner.append(char(iav))
                elif iop is sre.RANGE:
                    inner.append(char(iav[0]) + "-" + char(iav[1]))
                elif iop is sre.CATEGORY and iav is sre.CATEGORY_DIGIT:
                    inner.append(r"\d")
                else:
                    return None, False
        elif op is sre.SUBPATTERN:
            inner, empty = _first_class(av[-1])
        elif op is sre.BRANCH:
            inner, empty = [], False
            for alt in av[1]:
                part, alt_empty = _first_class(alt)
                if part is None:
                    return None, False
                inner.extend(part)
                empty = empty or alt_empty
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner, empty = _first_class(av[2])
            empty = empty or av[0] == 0
        else:
            return None, False
        if inner is None:
            return None, False
        items.extend(inner)
        if not empty:
            return items, False
    return items, True


def _form_starts(pattern: str) -> re.Pattern[str] | None:
    """A one-character pattern matching every character a match of `pattern` can start with; None for any."""
    items, empty = _first_class(re._parser.parse(pattern, re.IGNORECASE))  # type: ignore[attr-defined]
    return None if items is None or empty else re.compile("[" + "".join(items) + "]", re.IGNORECASE)


_MATCH_NOTHING = re.compile(r"(?!)")
# per form of _PATTERNS: the characters its matches can start with (a case-insensitive class), None for any
_FORM_STARTS: tuple[re.Pattern[str] | None, ...] = tuple(_form_starts(pat) for _, pat in _PATTERNS)
# _MASTER's pattern around its forms (the test checks that they rebuild it)
_MASTER_HEAD, _MASTER_TAIL = r"(?<![\w.,$€£¥'-])(?:", r")(?!\w|'(?!s\b))"
_MASTER_FROM: dict[str, re.Pattern[str]] = {}
_MASTER_FROM_SIZE = 512  # distinct first characters kept (start candidates offer a few dozen)


def _master_from(first: str) -> re.Pattern[str]:
    """_MASTER less the forms whose matches cannot start with the character `first` (built once per
    character)."""
    found = _MASTER_FROM.get(first)
    if found is not None:
        return found
    forms = [
        f"(?P<{name}>{pat})"
        for (name, pat), starts in zip(_PATTERNS, _FORM_STARTS, strict=True)
        if starts is None or starts.match(first) is not None
    ]
    found = (
        re.compile(_MASTER_HEAD + "|".join(forms) + _MASTER_TAIL, re.IGNORECASE) if forms else _MATCH_NOTHING
    )
    if len(_MASTER_FROM) < _MASTER_FROM_SIZE:
        _MASTER_FROM[first] = found
    return found


# Read by resolve_period only: in running text "2020-21" and "2019-10" are seldom months.
_ISO_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


# -- public API --------------------------------------------------------------------------------------------
def resolve_period(text: str, *, calendar: FiscalCalendar, doc_date: date) -> Period:
    """Resolve one period phrase ("FY26Q4", "the June quarter", "in about a year") to a `Period`.

    Raises PeriodError naming the text, why it is not a period, and a valid form.
    """
    phrase = text.strip().rstrip(".;:")
    if iso_month := _ISO_MONTH.fullmatch(phrase):  # a month label as periods print it ("2021-05")
        return month_period(calendar, int(iso_month[1]), int(iso_month[2]))
    m = _MASTER.fullmatch(phrase)
    if m is None:
        bare = re.sub(r"^(?:in|during|for|over|the)\s+", "", phrase, flags=re.IGNORECASE)
        m = _MASTER.fullmatch(bare)
    if m is None or m.lastgroup is None:
        raise PeriodError(f"cannot read {text!r} as a period; try a form like {_EXAMPLES}")
    try:
        return _HANDLERS[m.lastgroup](m, _Ctx(calendar, doc_date, scanning=False))
    except InvalidPeriod as exc:
        raise PeriodError(
            f"{text!r} is not a valid period: {exc.reason}; a valid form is {exc.example!r}"
        ) from exc
    except _Skip as exc:
        raise PeriodError(f"cannot read {text!r} as a period; try a form like {_EXAMPLES}") from exc
    except PeriodError as exc:
        raise PeriodError(f"{text!r} is not a valid period: {exc}") from exc


def find_periods(text: str, *, calendar: FiscalCalendar, doc_date: date) -> Iterator[PeriodMatch]:
    """Scan running text for period phrases, left to right, in one pass; impossible ones are skipped."""
    ctx = _Ctx(calendar, doc_date, scanning=True)
    pos = 0  # same leftmost, non-overlapping matches as _MASTER.finditer(text)
    lowered = text.lower()
    same = len(lowered) == len(text)  # lower() keeps offsets (it does not for a few non-ASCII letters)
    starts = _lower_starts(lowered) if same else [m.start() for m in _STARTS.finditer(text)]
    by_first = _MASTER_FROM
    cache = _resolved(calendar, doc_date)
    for i in starts:
        if i < pos:
            continue
        first = text[i]
        m = (by_first.get(first) or _master_from(first)).match(text, i)  # _MASTER.match(text, i), sooner
        if m is None or m.lastgroup is None:
            continue
        pos = m.end()
        phrase = m[0]
        key = (m.lastgroup, phrase)
        period = cache.get(key, _UNSEEN)
        if period is _UNSEEN:
            # a handler reads only the groups of its match, so the same phrase resolves the same way
            try:
                period = _HANDLERS[m.lastgroup](m, ctx)
            except (InvalidPeriod, _Skip, PeriodError):
                period = None
            if len(cache) > _CACHE_SIZE:
                cache.clear()
            cache[key] = period
        if period is not None and not (m.lastgroup == "within" and _looks_back(m, text)):
            yield PeriodMatch(m.start(), m.end(), phrase, period)


# "the fastest pace in 80 years", "our best quarter in a decade", "the first time in 10 years": after a
# superlative, "in N years" looks back over N years; it is no deadline N years ahead
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:best|worst|most|least|first\s+time|(?:fast|high|low|larg|bigg|strong|great|small|weak|slow|clos"
    r"|tight|steep|sharp|quick|wid|deep|long|short|rich|cheap)est)\b(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)


def _looks_back(m: re.Match[str], text: str) -> bool:
    """Whether "in N years" follows a superlative (not "within", not "in the next N years")."""
    if m["wi_p"].lower() != "in" or "next" in m[0].lower():
        return False
    return _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None


_UNSEEN: Any = object()
_CACHE_SIZE = 4096


@lru_cache(maxsize=64)
def _resolved(calendar: FiscalCalendar, doc_date: date) -> dict[tuple[str, str], Period | None]:
    """Periods already resolved while scanning with this calendar and document date, by (form, phrase)."""
    return {}
