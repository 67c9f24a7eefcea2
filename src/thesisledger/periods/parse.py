"""Period phrases in financial English, resolved against a fiscal calendar and a document date.

`resolve_period` reads one phrase ("FY26Q4", "the June quarter", "over the next two quarters");
`find_periods` scans running text in one pass of one compiled regex. Both are pure.

Rules for phrases that do not name their year (each is reported in `Period.ambiguity` when the
other reading is plausible):

- A month alone ("June", "in June") is the nearest occurrence looking forward: this month, or the
  next occurrence if it is at most 9 months ahead (guidance talks about the future), else the past
  occurrence (1-2 months ago). When the other occurrence is within 6 months, that is reported.
- "March quarter" is the quarter ending in that month whose end is nearest the document date.
- A bare "Q3" / "third quarter" is the most recent such fiscal quarter that has started.
- "year" alone ("next year", "by the end of the year", "2015", "2026-2031") is a calendar year;
  for a company whose fiscal year does not end in December the fiscal reading is reported.
- A quarter or half with a year but no FY/CY marker ("Q1 2015", "1Q25", "H1 2026") follows the
  company's fiscal labels (Alibaba's "Q1 2015" is FY15Q1) and reports the calendar reading.
- Two-digit years are 2000-2069 for 00-69 and 1970-1999 for 70-99.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from thesisledger.errors import PeriodError
from thesisledger.periods.calendar import FiscalCalendar, month_end
from thesisledger.periods.period import Period, PeriodKind

__all__ = ["PeriodMatch", "find_periods", "resolve_period"]

_EXAMPLES = "'FY26Q4', 'Q1 2015', 'fiscal 2027', 'H1 2026', 'March 31, 2026' or 'next two quarters'"

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_NUM: dict[str, int] = {}
for _i, _name in enumerate(_MONTH_NAMES, start=1):
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
_FULL_MONTH = "(?-i:" + "|".join(_MONTH_NAMES) + ")"  # month words only when capitalised
_ANY_MONTH = "(?:" + "|".join([*_MONTH_NAMES, "Sept", *(m[:3] for m in _MONTH_NAMES)]) + r")\.?"
_NUM = r"(?:\d{1,3}|twenty-four|" + "|".join(k for k in _NUM_WORDS if k != "twenty-four") + ")"
_YY = r"(?:\d{4}|\d{2})"
_FY = r"(?:FY|CY)\s?'?"
_FISCAL = r"(?:fiscal\s+(?:year\s+)?|FY\s?'?)"
_DATE_PREP = r"(?:(?:as\s+(?:of|at)|on|at|by|in|until|through|since|from|before|after|during)\s+)?"
_NOT_LONG_TERM = (
    r"(?!\s+(?:debt|borrowings?|loans?|investments?|assets?|liabilit(?:y|ies)|notes|bonds|incentives?))"
)

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
    ("isospan", r"(?P<is_a>\d{4}-\d{2}-\d{2})\.\.(?P<is_b>\d{4}-\d{2}-\d{2})"),
    ("iso", _DATE_PREP + r"(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})"),
    (
        "mdy",
        _DATE_PREP
        + rf"(?P<mdy_m>{_ANY_MONTH})\s+(?P<mdy_d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<mdy_y>\d{{4}})",
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
    ("q_fy", rf"Q(?P<q2_q>\d{{1,2}})\s?(?P<q2_p>FY|CY)\s?'?(?P<q2_y>{_YY})"),
    ("fh", rf"(?P<fh_p>FY|CY)\s?'?(?P<fh_y>{_YY})\s?[-/]?\s?H(?P<fh_h>\d)"),
    ("hfy", rf"(?:(?P<hf_h>\d)H|H(?P<hf_h2>\d))\s?(?P<hf_p>FY|CY)\s?'?(?P<hf_y>{_YY})"),
    (
        "ordhalf",
        r"(?:the\s+)?(?P<oh_o>first|second)\s+half(?:\s+of\s+(?:the\s+|this\s+)?"
        rf"(?:(?P<oh_f>{_FISCAL})?(?P<oh_y>{_YY})|(?P<oh_fy>fiscal\s+)?(?P<oh_yr>year)))?",
    ),
    (
        "ordq",
        r"(?:the\s+)?(?P<oq_o>first|second|third|fourth)\s+(?:fiscal\s+)?quarter"
        rf"(?:\s+of\s+(?:the\s+)?(?P<oq_f>{_FISCAL})?(?P<oq_y>{_YY}))?",
    ),
    ("cq", r"Q(?P<cq_q>\d{1,2})(?:\s?'?|\s+of\s+)(?P<cq_y>\d{4})"),
    ("cq2", rf"(?P<cq2_q>\d)Q\s?'?(?P<cq2_y>{_YY})"),
    ("cq3", r"(?P<cq3_y>\d{4})\s?Q(?P<cq3_q>\d)"),
    ("ch", r"H(?P<ch_h>\d)\s?'?(?P<ch_y>\d{4})"),
    ("ch2", rf"(?P<ch2_h>\d)H\s?'?(?P<ch2_y>{_YY})"),
    ("ch3", r"(?P<ch3_y>\d{4})\s?H(?P<ch3_h>\d)"),
    ("fy", rf"(?:(?P<fy_p>FY|CY)\s?'?(?P<fy_y>{_YY})|fiscal\s+(?:year\s+)?(?P<fy_y2>{_YY}))"),
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
        r"|(?P<eo_y>\d{4}))",
    ),
    ("yearend", r"(?P<ye_p>by|before|until)\s+(?:the\s+)?year[-\s]end"),
    (
        "rel",
        r"(?:the\s+)?(?P<rl_w>this|current|next|coming|last|previous|prior)\s+(?P<rl_f>fiscal\s+)?"
        r"(?P<rl_u>quarter|year|half|month)(?![-\w])",
    ),
    (
        "within",
        r"(?P<wi_p>in|within)\s+(?:the\s+next\s+)?"
        r"(?P<wi_a>(?:about|around|roughly|approximately|some|nearly|less\s+than)\s+)?"
        rf"(?P<wi_n>{_NUM})\s+(?P<wi_u>years?|months?|quarters?)",
    ),
    ("ytd", r"year[-\s]to[-\s]date|YTD"),
    ("longterm", r"(?:(?:over|in)\s+the\s+)?long[-\s](?:term|run)" + _NOT_LONG_TERM),
    ("monthn", rf"month\s+(?P<mn_n>\d{{1,3}})(?:\s+of\s+(?P<mn_f>{_FISCAL})?(?P<mn_y>{_YY}))?"),
    (
        "month",
        r"(?:(?P<mo_p>in|by|until|before|since|from|during|through|after)\s+)?"
        rf"(?P<mo_m>{_FULL_MONTH})(?:,?\s+(?P<mo_y>\d{{4}}))?(?![-\s]quarter|\s*[-–]\s*{_FULL_MONTH})",
    ),
    ("bareq", r"Q(?P<bq_q>\d)(?!\s?'?\d)"),
    ("bareh", r"(?:H(?P<bh_h>\d)|(?P<bh_h2>\d)H)(?!\s?'?\d)"),
    (
        "year",
        r"(?:(?P<yr_a>around|about|circa|approximately|roughly)\s+)?"
        r"(?:(?P<yr_p>in|by|during|since|for)\s+)?(?P<yr_y>(?:19[5-9]|20\d)\d)(?![\d%]|[.,]\d)",
    ),
)

_MASTER = re.compile(
    r"(?<![\w.,$€£¥'-])(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _PATTERNS) + r")(?![\w'])",
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
    r"(?<![\w.,$€£¥'-])(?:\d|[QH]\d|(?:" + _STRONG_WORDS + r")(?![a-z])"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?:" + _WEAK_WORDS + r")\s+(?=\d|[QH]\d|(?-i:[A-Z])|(?:" + _FOLLOW_WORDS + r")(?![a-z])))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class PeriodMatch:
    """A period phrase found in running text: `text == source[start:end]`."""

    start: int
    end: int
    text: str
    period: Period


class _Invalid(Exception):
    """A phrase that matched a period form but cannot exist; carries the reason and a valid example."""

    def __init__(self, reason: str, example: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.example = example


class _Skip(Exception):
    """A match that is too weak to report when scanning running text ("May" at a sentence start)."""


@dataclass(frozen=True, slots=True)
class _Ctx:
    cal: FiscalCalendar
    doc: date
    scanning: bool


# pandas Periods are exact but slow to build; scanning a corpus asks for the same few over and over.
@lru_cache(maxsize=8192)
def _qb(cal: FiscalCalendar, fy: int, q: int) -> tuple[date, date]:
    return cal.quarter_bounds(fy, q)


def _hb(cal: FiscalCalendar, fy: int, h: int) -> tuple[date, date]:
    _check_half(h)
    return _qb(cal, fy, 2 * h - 1)[0], _qb(cal, fy, 2 * h)[1]


def _yb(cal: FiscalCalendar, fy: int) -> tuple[date, date]:
    return _qb(cal, fy, 1)[0], _qb(cal, fy, 4)[1]


@lru_cache(maxsize=8192)
def _fq_of(cal: FiscalCalendar, d: date) -> tuple[int, int]:
    return cal.fiscal_quarter_of(d)


def _fy_of(cal: FiscalCalendar, d: date) -> int:
    return _fq_of(cal, d)[0]


# -- small date helpers -----------------------------------------------------------------------------
def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y


def _add_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    y, m0 = divmod(idx, 12)
    return date(y, m0 + 1, min(d.day, month_end(y, m0 + 1).day))


def _num(text: str) -> int:
    t = text.lower()
    return int(t) if t.isdigit() else _NUM_WORDS[t]


def _shift_quarter(fy: int, q: int, k: int) -> tuple[int, int]:
    y, q0 = divmod(fy * 4 + q - 1 + k, 4)
    return y, q0 + 1


def _month_name(m: int) -> str:
    return _MONTH_NAMES[m - 1]


def _span(a: date, b: date) -> str:
    return f"{a.isoformat()}..{b.isoformat()}"


# -- building Periods ---------------------------------------------------------------------------------
def _check_quarter(q: int) -> None:
    if not 1 <= q <= 4:
        raise _Invalid(f"a fiscal year has quarters 1-4, there is no Q{q}", "FY26Q4")


def _check_half(h: int) -> None:
    if h not in (1, 2):
        raise _Invalid(f"a fiscal year has halves 1 and 2, there is no H{h}", "H1 2026")


def _fiscal_quarter(cal: FiscalCalendar, fy: int, q: int, ambiguity: str | None = None) -> Period:
    _check_quarter(q)
    s, e = _qb(cal, fy, q)
    return Period(cal.quarter_label(fy, q), s, e, PeriodKind.QUARTER, fy, q, ambiguity=ambiguity)


def _calendar_quarter(cal: FiscalCalendar, year: int, q: int, ambiguity: str | None = None) -> Period:
    """Calendar quarter `q` of `year`, labelled with the fiscal quarter it coincides with, if any."""
    _check_quarter(q)
    s, e = date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if cal.fy_end_month % 3 == 0:
        fy, fq = _fq_of(cal, s)
        return Period(cal.quarter_label(fy, fq), s, e, PeriodKind.QUARTER, fy, fq, ambiguity=ambiguity)
    return Period(f"CY{year}Q{q}", s, e, PeriodKind.QUARTER, ambiguity=ambiguity)


def _fiscal_half(cal: FiscalCalendar, fy: int, h: int, ambiguity: str | None = None) -> Period:
    _check_half(h)
    s, e = _hb(cal, fy, h)
    return Period(cal.half_label(fy, h), s, e, PeriodKind.HALF, fy, ambiguity=ambiguity)


def _calendar_half(cal: FiscalCalendar, year: int, h: int) -> Period:
    _check_half(h)
    s, e = date(year, 6 * h - 5, 1), month_end(year, 6 * h)
    if cal.fy_end_month % 6 == 0:
        fy = _fy_of(cal, s)
        fh = 1 if _hb(cal, fy, 1)[0] == s else 2
        return Period(cal.half_label(fy, fh), s, e, PeriodKind.HALF, fy)
    return Period(f"CY{year}H{h}", s, e, PeriodKind.HALF)


def _fiscal_year(cal: FiscalCalendar, fy: int, ambiguity: str | None = None) -> Period:
    s, e = _yb(cal, fy)
    return Period(cal.year_label(fy), s, e, PeriodKind.YEAR, fy, ambiguity=ambiguity)


def _calendar_year_label(cal: FiscalCalendar, year: int) -> str:
    return cal.year_label(year) if cal.fy_end_month == 12 else f"CY{year}"


def _calendar_year(cal: FiscalCalendar, year: int, approximate: bool = False) -> Period:
    if cal.fy_end_month == 12:
        return _fiscal_year(cal, year)
    fs, fe = _yb(cal, year)
    amb = (
        f"'{year}' read as calendar year {year}; as fiscal year {cal.year_label(year)} it is {_span(fs, fe)}"
    )
    return Period(
        f"CY{year}",
        date(year, 1, 1),
        date(year, 12, 31),
        PeriodKind.YEAR,
        approximate=approximate,
        ambiguity=amb,
    )


def _month(cal: FiscalCalendar, year: int, m: int, ambiguity: str | None = None) -> Period:
    s = date(year, m, 1)
    fy, fq = _fq_of(cal, s)
    return Period(
        f"{_month_name(m)} {year}", s, month_end(year, m), PeriodKind.MONTH, fy, fq, ambiguity=ambiguity
    )


def _instant(cal: FiscalCalendar, y: int, m: int, d: int) -> Period:
    try:
        day = date(y, m, d)
    except ValueError as exc:
        raise _Invalid(f"{y:04d}-{m:02d}-{d:02d} is not a calendar date ({exc})", "2026-03-31") from exc
    fy, fq = _fq_of(cal, day)
    return Period(day.isoformat(), day, day, PeriodKind.INSTANT, fy, fq)


def _deadline(doc: date, end: date, approximate: bool = False, ambiguity: str | None = None) -> Period:
    return Period(
        end.isoformat(),
        min(doc, end),
        end,
        PeriodKind.DEADLINE,
        approximate=approximate,
        ambiguity=ambiguity,
    )


def _no_company_note(cal: FiscalCalendar, prefix: str, y: int) -> str | None:
    if not cal.fiscal_labels and prefix.upper() == "FY":
        return f"no company calendar given: FY{y % 100:02d} read as calendar year {y}"
    return None


def _quarter_with_year(cal: FiscalCalendar, year: int, q: int, text: str) -> Period:
    """'Q1 2015': the company's fiscal quarter when its year is not the calendar year."""
    if cal.fy_end_month == 12:
        return _fiscal_quarter(cal, year, q)
    _check_quarter(q)
    cal_q = _calendar_quarter(cal, year, q)
    p = _fiscal_quarter(cal, year, q)
    amb = (
        f"{text!r} read as fiscal {p.label}; as calendar Q{q} {year} it is "
        f"{_span(cal_q.start, cal_q.end)} ({cal_q.label})"
    )
    return _fiscal_quarter(cal, year, q, ambiguity=amb)


def _half_with_year(cal: FiscalCalendar, year: int, h: int, text: str) -> Period:
    if cal.fy_end_month == 12:
        return _fiscal_half(cal, year, h)
    _check_half(h)
    cal_h = _calendar_half(cal, year, h)
    p = _fiscal_half(cal, year, h)
    amb = f"{text!r} read as fiscal {p.label}; as calendar H{h} {year} it is {_span(cal_h.start, cal_h.end)}"
    return _fiscal_half(cal, year, h, ambiguity=amb)


def _quarter_no_year(cal: FiscalCalendar, doc: date, q: int) -> Period:
    _check_quarter(q)
    fy, cur = _fq_of(cal, doc)
    if q == cur:
        return _fiscal_quarter(cal, fy, q)
    chosen, other = (fy, fy + 1) if q < cur else (fy - 1, fy)
    alt = _fiscal_quarter(cal, other, q)
    amb = f"no year given: read as the latest Q{q} that has started; could be {alt.label}"
    return _fiscal_quarter(cal, chosen, q, ambiguity=amb)


# -- handlers: one per named alternative ----------------------------------------------------------------
Handler = Callable[[re.Match[str], _Ctx], Period]


def _h_qspan(m: re.Match[str], c: _Ctx) -> Period:
    y1 = _year(m["qs_y"])
    y2 = _year(m["qs_y2"]) if m["qs_y2"] else y1
    if m["qs_p"].upper() == "CY":
        a, b = _calendar_quarter(c.cal, y1, int(m["qs_q"])), _calendar_quarter(c.cal, y2, int(m["qs_q2"]))
    else:
        a, b = _fiscal_quarter(c.cal, y1, int(m["qs_q"])), _fiscal_quarter(c.cal, y2, int(m["qs_q2"]))
    return _quarter_span(a, b)


def _quarter_span(a: Period, b: Period) -> Period:
    if b.start < a.start:
        raise _Invalid(f"the span runs backwards ({a.label} is after {b.label})", "FY27Q1-FY27Q2")
    if a == b:
        return a
    return Period(f"{a.label}-{b.label}", a.start, b.end, PeriodKind.SPAN, a.fiscal_year)


def _h_cqspan(m: re.Match[str], c: _Ctx) -> Period:
    a = _quarter_with_year(c.cal, int(m["cs_y"]), int(m["cs_q"]), m[0])
    b = _quarter_with_year(c.cal, int(m["cs_y2"]), int(m["cs_q2"]), m[0])
    return _quarter_span(a, b)


def _year_span(a: Period, b: Period) -> Period:
    if b.start <= a.start:
        raise _Invalid(f"the span runs backwards or is empty ({a.label} to {b.label})", "2026-2031")
    return Period(f"{a.label}-{b.label}", a.start, b.end, PeriodKind.SPAN, a.fiscal_year)


def _h_fyspan(m: re.Match[str], c: _Ctx) -> Period:
    ya, yb = _year(m["fs_a"]), _year(m["fs_b"])
    if len(m["fs_b"]) == 2 and yb < ya:  # "FY1999-01" style century roll-over
        yb += 100
    if m["fs_p"].upper() == "CY":
        return _year_span(_calendar_year(c.cal, ya), _calendar_year(c.cal, yb))
    return _year_span(_fiscal_year(c.cal, ya), _fiscal_year(c.cal, yb))


def _h_yspan(m: re.Match[str], c: _Ctx) -> Period:
    ya, yb = int(m["ys_a"]), int(m["ys_b"])
    p = _year_span(_calendar_year(c.cal, ya), _calendar_year(c.cal, yb))
    if c.cal.fy_end_month != 12:
        fa, fb = _yb(c.cal, ya)[0], _yb(c.cal, yb)[1]
        amb = (
            f"{m[0]!r} read as calendar years; as fiscal years "
            f"{c.cal.year_label(ya)}-{c.cal.year_label(yb)} it is {_span(fa, fb)}"
        )
        return Period(p.label, p.start, p.end, p.kind, ambiguity=amb)
    return p


def _h_isospan(m: re.Match[str], c: _Ctx) -> Period:
    a, b = (_instant(c.cal, *map(int, m[g].split("-"))) for g in ("is_a", "is_b"))
    if b.start < a.start:
        raise _Invalid(f"the span runs backwards ({a.label} is after {b.label})", "2026-04-01..2026-05-15")
    return Period(_span(a.start, b.end), a.start, b.end, PeriodKind.SPAN)


def _h_iso(m: re.Match[str], c: _Ctx) -> Period:
    return _instant(c.cal, int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))


def _month_num(text: str) -> int:
    return _MONTH_NUM[text.rstrip(".").lower()]


def _h_mdy(m: re.Match[str], c: _Ctx) -> Period:
    return _instant(c.cal, int(m["mdy_y"]), _month_num(m["mdy_m"]), int(m["mdy_d"]))


def _h_dmy(m: re.Match[str], c: _Ctx) -> Period:
    return _instant(c.cal, int(m["dmy_y"]), _month_num(m["dmy_m"]), int(m["dmy_d"]))


def _h_mrange(m: re.Match[str], c: _Ctx) -> Period:
    y = int(m["mr_y"])
    a, b = _month_num(m["mr_a"]), _month_num(m["mr_b"])
    start = date(y if a <= b else y - 1, a, 1)  # "November-January 2026" starts in 2025
    end = month_end(y, b)
    fy, fq = _fq_of(c.cal, start)
    fy2, fq2 = _fq_of(c.cal, end)
    if (fy, fq) == (fy2, fq2) and _qb(c.cal, fy, fq) == (start, end):
        return _fiscal_quarter(c.cal, fy, fq)
    return Period(_span(start, end), start, end, PeriodKind.SPAN)


def _explicit_quarter(c: _Ctx, prefix: str, y: int, q: int) -> Period:
    if prefix.upper() == "CY":
        return _calendar_quarter(c.cal, y, q)
    return _fiscal_quarter(c.cal, y, q, ambiguity=_no_company_note(c.cal, prefix, y))


def _h_fq(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_quarter(c, m["fq_p"], _year(m["fq_y"]), int(m["fq_q"]))


def _h_qfy(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_quarter(c, m["qf_p"], _year(m["qf_y"]), int(m["qf_q"]))


def _h_q_fy(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_quarter(c, m["q2_p"], _year(m["q2_y"]), int(m["q2_q"]))


def _explicit_half(c: _Ctx, prefix: str, y: int, h: int) -> Period:
    if prefix.upper() == "CY":
        return _calendar_half(c.cal, y, h)
    return _fiscal_half(c.cal, y, h, ambiguity=_no_company_note(c.cal, prefix, y))


def _h_fh(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_half(c, m["fh_p"], _year(m["fh_y"]), int(m["fh_h"]))


def _h_hfy(m: re.Match[str], c: _Ctx) -> Period:
    return _explicit_half(c, m["hf_p"], _year(m["hf_y"]), int(m["hf_h"] or m["hf_h2"]))


def _h_ordhalf(m: re.Match[str], c: _Ctx) -> Period:
    h = _ORDINALS[m["oh_o"].lower()]
    if not m["oh_y"]:
        return _half_no_year(c, h, said_year=bool(m["oh_yr"]) and not m["oh_fy"])
    if m["oh_f"]:
        return _fiscal_half(c.cal, _year(m["oh_y"]), h)
    if len(m["oh_y"]) != 4:
        raise _Skip
    return _half_with_year(c.cal, int(m["oh_y"]), h, m[0])


def _half_no_year(c: _Ctx, h: int, said_year: bool = False) -> Period:
    """'the second half' / 'H2': that half of the fiscal year holding the document date;
    'the second half of the year': of the calendar year, like every bare 'year'."""
    _check_half(h)
    fy = _fy_of(c.cal, c.doc)
    if said_year and c.cal.fy_end_month != 12:
        p = _calendar_half(c.cal, c.doc.year, h)
        fs, fe = _hb(c.cal, fy, h)
        amb = f"'year' read as calendar {c.doc.year}; fiscal {c.cal.half_label(fy, h)} is {_span(fs, fe)}"
        return Period(p.label, p.start, p.end, p.kind, p.fiscal_year, ambiguity=amb)
    return _fiscal_half(c.cal, fy, h)


def _h_bareh(m: re.Match[str], c: _Ctx) -> Period:
    return _half_no_year(c, int(m["bh_h"] or m["bh_h2"]))


def _h_ordq(m: re.Match[str], c: _Ctx) -> Period:
    q = _ORDINALS[m["oq_o"].lower()]
    if not m["oq_y"]:
        return _quarter_no_year(c.cal, c.doc, q)
    if m["oq_f"]:
        return _fiscal_quarter(c.cal, _year(m["oq_y"]), q)
    if len(m["oq_y"]) != 4:
        raise _Skip
    return _quarter_with_year(c.cal, int(m["oq_y"]), q, m[0])


def _h_cq(m: re.Match[str], c: _Ctx) -> Period:
    return _quarter_with_year(c.cal, int(m["cq_y"]), int(m["cq_q"]), m[0])


def _h_cq2(m: re.Match[str], c: _Ctx) -> Period:
    return _quarter_with_year(c.cal, _year(m["cq2_y"]), int(m["cq2_q"]), m[0])


def _h_cq3(m: re.Match[str], c: _Ctx) -> Period:
    return _quarter_with_year(c.cal, int(m["cq3_y"]), int(m["cq3_q"]), m[0])


def _h_ch(m: re.Match[str], c: _Ctx) -> Period:
    return _half_with_year(c.cal, int(m["ch_y"]), int(m["ch_h"]), m[0])


def _h_ch2(m: re.Match[str], c: _Ctx) -> Period:
    return _half_with_year(c.cal, _year(m["ch2_y"]), int(m["ch2_h"]), m[0])


def _h_ch3(m: re.Match[str], c: _Ctx) -> Period:
    return _half_with_year(c.cal, int(m["ch3_y"]), int(m["ch3_h"]), m[0])


def _h_fy(m: re.Match[str], c: _Ctx) -> Period:
    if m["fy_y2"]:
        return _fiscal_year(c.cal, _year(m["fy_y2"]))
    y = _year(m["fy_y"])
    if m["fy_p"].upper() == "CY":
        return _calendar_year(c.cal, y)
    return _fiscal_year(c.cal, y, ambiguity=_no_company_note(c.cal, m["fy_p"], y))


def _h_mq(m: re.Match[str], c: _Ctx) -> Period:
    mon = _month_num(m["mq_m"])
    cal = c.cal
    if (mon - cal.fy_end_month) % 3:
        ends = ", ".join(_month_name((cal.fy_end_month + 3 * k - 1) % 12 + 1)[:3] for k in range(1, 5))
        raise _Invalid(
            f"no quarter ends in {_month_name(mon)} in this calendar (quarters end {ends})", "March quarter"
        )
    if m["mq_y"]:
        fy, fq = _fq_of(cal, date(int(m["mq_y"]), mon, 1))
        return _fiscal_quarter(cal, fy, fq)
    y = c.doc.year
    past = month_end(y if mon <= c.doc.month else y - 1, mon)
    nxt = month_end(past.year + 1, mon)
    if past >= c.doc:  # same month as the document: the quarter in progress
        nxt, past = past, month_end(past.year - 1, mon)
    dp, dn = (c.doc - past).days, (nxt - c.doc).days
    chosen, other = (past, nxt) if dp <= dn else (nxt, past)
    amb = None
    if abs(dp - dn) < 90:
        fy_o, fq_o = _fq_of(cal, other)
        alt = cal.quarter_label(fy_o, fq_o)
        amb = f"no year given: read as the nearest {_month_name(mon)} quarter; could be {alt}"
    fy, fq = _fq_of(cal, chosen)
    return _fiscal_quarter(cal, fy, fq, ambiguity=amb)


def _h_nextn(m: re.Match[str], c: _Ctx) -> Period:
    n, unit = _num(m["nx_n"]), m["nx_u"].lower().rstrip("s")
    if n < 1:
        raise _Invalid("a span needs at least one period", "over the next two quarters")
    if unit == "quarter":
        fy, q = _fq_of(c.cal, c.doc)
        a = _fiscal_quarter(c.cal, fy, q)
        b = _fiscal_quarter(c.cal, *_shift_quarter(fy, q, n - 1))
        return _quarter_span(a, b)
    months = 12 * n if unit == "year" else n
    end = _add_months(c.doc, months) - timedelta(days=1)
    return Period(_span(c.doc, end), c.doc, end, PeriodKind.SPAN)


def _h_endof(m: re.Match[str], c: _Ctx) -> Period:
    cal, doc = c.cal, c.doc
    if m["eo_y"] and m["eo_f"]:  # "end of fiscal 2027"
        return _deadline(doc, _yb(cal, int(m["eo_y"]))[1])
    if m["eo_y"]:
        y = int(m["eo_y"])
        return _deadline(doc, date(y, 12, 31), ambiguity=_fiscal_year_note(cal, y))
    if m["eo_fyy"]:
        return _deadline(doc, _yb(cal, _year(m["eo_fyy"]))[1])
    shift = 1 if (m["eo_w"] or "").lower().endswith("next") else 0
    if m["eo_u"].lower() == "quarter":
        fy, q = _shift_quarter(*_fq_of(cal, doc), shift)
        return _deadline(doc, _qb(cal, fy, q)[1])
    fy = _fy_of(cal, doc) + shift
    if m["eo_f"]:
        return _deadline(doc, _yb(cal, fy)[1])
    return _deadline(doc, date(doc.year + shift, 12, 31), ambiguity=_fiscal_year_note(cal, doc.year + shift))


def _fiscal_year_note(cal: FiscalCalendar, year: int) -> str | None:
    """For a non-December fiscal year: 'the year' could mean the fiscal year instead."""
    if cal.fy_end_month == 12:
        return None
    fy_end = _yb(cal, _fy_of(cal, date(year, 12, 31)))[1]
    return f"'year' read as calendar year {year}; the fiscal year ends {fy_end.isoformat()}"


def _h_yearend(m: re.Match[str], c: _Ctx) -> Period:
    return _deadline(c.doc, date(c.doc.year, 12, 31), ambiguity=_fiscal_year_note(c.cal, c.doc.year))


def _h_rel(m: re.Match[str], c: _Ctx) -> Period:
    cal, doc = c.cal, c.doc
    word, unit = m["rl_w"].lower(), m["rl_u"].lower()
    shift = {"next": 1, "coming": 1, "last": -1, "previous": -1, "prior": -1}.get(word, 0)
    if unit == "quarter":
        fy, q = _shift_quarter(*_fq_of(cal, doc), shift)
        return _fiscal_quarter(cal, fy, q)
    if unit == "half":
        fy, q = _fq_of(cal, doc)
        y, h0 = divmod(fy * 2 + (q - 1) // 2 + shift, 2)
        return _fiscal_half(cal, y, h0 + 1)
    if unit == "month":
        s = _add_months(doc.replace(day=1), shift)
        return _month(cal, s.year, s.month)
    if m["rl_f"]:
        return _fiscal_year(cal, _fy_of(cal, doc) + shift)
    return _calendar_year(cal, doc.year + shift)


def _h_within(m: re.Match[str], c: _Ctx) -> Period:
    n, unit = _num(m["wi_n"]), m["wi_u"].lower().rstrip("s")
    months = n * {"year": 12, "quarter": 3, "month": 1}[unit]
    return _deadline(c.doc, _add_months(c.doc, months), approximate=bool(m["wi_a"]))


def _h_ytd(m: re.Match[str], c: _Ctx) -> Period:
    fy = _fy_of(c.cal, c.doc)
    start = _yb(c.cal, fy)[0]
    amb = None
    if c.cal.fy_end_month != 12:
        amb = (
            f"read as fiscal {c.cal.year_label(fy)} to date; calendar year-to-date starts {c.doc.year}-01-01"
        )
    return Period(_span(start, c.doc), start, c.doc, PeriodKind.SPAN, fy, ambiguity=amb)


def _h_longterm(m: re.Match[str], c: _Ctx) -> Period:
    return Period("long term", c.doc, date.max, PeriodKind.OPEN)


def _h_monthn(m: re.Match[str], c: _Ctx) -> Period:
    n = int(m["mn_n"])
    if not 1 <= n <= 12:
        raise _Invalid(f"there is no month {n}: a year has months 1-12", "month 3 of fiscal 2027")
    fy = _year(m["mn_y"]) if m["mn_y"] else _fy_of(c.cal, c.doc)
    s = _add_months(_yb(c.cal, fy)[0], n - 1)
    return _month(c.cal, s.year, s.month)


def _h_month(m: re.Match[str], c: _Ctx) -> Period:
    mon = _month_num(m["mo_m"])
    prep = (m["mo_p"] or "").lower()
    if m["mo_y"]:
        p = _month(c.cal, int(m["mo_y"]), mon)
    else:
        if c.scanning and mon == 5 and not prep:
            raise _Skip  # "May" is also a verb
        doc = c.doc
        ahead = (mon - doc.month) % 12
        if ahead <= 9:
            chosen = _add_months(doc.replace(day=1), ahead)
            other = _add_months(chosen, -12)
        else:
            chosen = _add_months(doc.replace(day=1), ahead - 12)
            other = _add_months(chosen, 12)
        amb = None
        if 6 <= ahead <= 9:
            amb = (
                f"no year given: read as the next {_month_name(mon)} ({chosen.year}); "
                f"could be {_month_name(mon)} {other.year}"
            )
        p = _month(c.cal, chosen.year, mon, ambiguity=amb)
    if prep in ("by", "until", "before") and p.end >= c.doc:
        return _deadline(c.doc, p.end, ambiguity=p.ambiguity)
    return p


def _h_bareq(m: re.Match[str], c: _Ctx) -> Period:
    return _quarter_no_year(c.cal, c.doc, int(m["bq_q"]))


def _h_year(m: re.Match[str], c: _Ctx) -> Period:
    y = int(m["yr_y"])
    p = _calendar_year(c.cal, y, approximate=bool(m["yr_a"]))
    if (m["yr_p"] or "").lower() == "by" and p.end >= c.doc:
        return _deadline(c.doc, p.end, ambiguity=p.ambiguity)
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
    "ordq": _h_ordq,
    "cq": _h_cq,
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
    "year": _h_year,
}
assert set(_HANDLERS) == {name for name, _ in _PATTERNS}


# -- public API --------------------------------------------------------------------------------------------
def resolve_period(text: str, *, calendar: FiscalCalendar, doc_date: date) -> Period:
    """Resolve one period phrase ("FY26Q4", "the June quarter", "in about a year") to a `Period`.

    Raises PeriodError naming the text, why it is not a period, and a valid form.
    """
    phrase = text.strip().rstrip(".;:")
    m = _MASTER.fullmatch(phrase)
    if m is None:
        bare = re.sub(r"^(?:in|during|for|over|the)\s+", "", phrase, flags=re.IGNORECASE)
        m = _MASTER.fullmatch(bare)
    if m is None or m.lastgroup is None:
        raise PeriodError(f"cannot read {text!r} as a period; try a form like {_EXAMPLES}")
    try:
        return _HANDLERS[m.lastgroup](m, _Ctx(calendar, doc_date, scanning=False))
    except _Invalid as exc:
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
    for start in _STARTS.finditer(text):
        if start.start() < pos:
            continue
        m = _MASTER.match(text, start.start())
        if m is None or m.lastgroup is None:
            continue
        pos = m.end()
        try:
            period = _HANDLERS[m.lastgroup](m, ctx)
        except (_Invalid, _Skip, PeriodError):
            continue
        yield PeriodMatch(m.start(), m.end(), m[0], period)
