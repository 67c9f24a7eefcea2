"""Period phrases read in the context of a results document (an earnings call or results release).

`find_periods` resolves phrases against the document date alone. In a document that reports on a
quarter, some phrases mean something else:

- "this quarter", "the quarter", "the current quarter", "at the end of the quarter" (a balance, in a
  sentence that does not look forward) -> the quarter reported on (a call in October
  about July-September says "this quarter" for Q3, not for the October-December quarter it is held in);
- "last year", "the prior year", "a year ago", "the year-ago quarter" -> the same quarter a year
  earlier (the comparison a quarterly report makes), unless the sentence speaks of whole years
  ("full year", "for the year", "all of last year", "annual");
- "the rest (remainder, balance) of the year" (or "of 2021", "of this year") -> from the end of the
  reported quarter to the end of its fiscal year;
- "next quarter" / "last quarter" -> the quarter after / before the reported one; "the third quarter of
  last year" (or "the first half of last year") -> that quarter (half) a year earlier; "the first nine
  months" -> the fiscal year to the end of its third quarter;
- "full year", "the full-year", "for the year" without a year -> the fiscal year of the reported quarter; on a
  fourth-quarter call, in a forward-looking sentence, the year after it;
- "the prior-year quarter", "a year earlier", "last year's" -> the same quarter a year earlier (whole years
  as above); "last year's third quarter" -> that quarter a year earlier;
- a quarter named without a year ("Q3", "the fourth quarter") in a forward-looking sentence -> its next
  occurrence after the reported quarter (find_periods takes the latest one that has started: on an April
  call "we expect the fourth quarter ..." speaks of this December, not last);
- "the back half" / "the front half" (of the year) -> the second / first half of the fiscal year the
  document is written in;
- in a forward-looking sentence, "end (exit) the year with (at)", "at year-end" -> a deadline at the end
  of the fiscal year the document is written in; in another sentence, the fourth quarter that closed the
  last fiscal year (on a fourth-quarter call, the quarter reported on);
- "as of today" -> the document date (an instant; "at today's prices" is a price, not a period);
- a month without a year ("in April") in a sentence that does not look ahead -> its last occurrence
  (find_periods looks up to 9 months ahead, as guidance does: "In April, we issued notes" on a July call
  is this April, not next);
- "quarter-to-date" -> from the end of the reported quarter to the document date; "the trailing (last)
  twelve months", "TTM", "LTM" -> the four quarters ending with the reported one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import chain

from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import PeriodMatch
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.periods.readings import (
    add_months,
    date_span,
    deadline,
    fiscal_half,
    fiscal_quarter,
    fiscal_year,
    instant,
    month_period,
    shift_quarter,
    year_span,
)

_THIS_QUARTER = re.compile(r"(?:this|the|the current|current)\s+quarter")
_NEXT_QUARTER = re.compile(r"(?:the\s+)?(?:next|coming|following|upcoming)\s+quarter")
_LAST_QUARTER = re.compile(r"(?:the\s+)?(?:last|prior|previous|preceding|sequential)\s+quarter")
# "the third quarter of last year", "the third quarter last year", "the third quarter a year ago"
_OF_LAST_YEAR = re.compile(
    r"\s+(?:of\s+(?:the\s+)?)?(?:last|prior|previous)\s+year\b(?!['’-])|\s+a\s+year\s+(?:ago|earlier)\b"
)
# "the third quarter of this year", "Q1 this year", "in July of this year", "the first quarter of next
# year": find_periods reads the quarter (or month) and the year apart; the year, nearer a number after it, won
_OF_THIS_YEAR = re.compile(
    r"\s+(?:of\s+)?(?:this|the\s+current|(?P<next>(?:the\s+)?(?:next|coming)))\s+(?:fiscal\s+)?year\b(?!['’-])"
)
# "the first nine months of this year": _EXTRA reads the months; the year after them is no period of its own
_FIRST_MONTHS_OF = re.compile(r"\bfirst\s+(?:three|six|nine|3|6|9)\s+months\s+of\s+$")
# "last year's third quarter": find_periods reads only "third quarter" (a possessive ends no phrase)
_LAST_YEARS = re.compile(r"(?:(?:the\s+)?(?:last|prior|previous)[- ]year['’]s\s+)$")
# "the same quarter of 2019": that year's quarter like the one reported on, not the whole year
_SAME_QUARTER = re.compile(
    r"(?:same|comparable|corresponding)\s+(?:quarter|period)\s+(?:(?:of|in)\s+)?(?:fiscal\s+)?$"
)
# words that look ahead for certain: "I would like to highlight the fourth quarter" does not
_LOOKS_AHEAD = re.compile(
    r"\b(?:expect(?:s|ing)?\b|(?:is|are|be)\s+expected|expected\s+to\b|will\b|guid(?:e|es|ing|ance)\b|outlook"
    r"|forecast|project(?:s|ed|ing)?\s+(?:to|that)\b|anticipat(?:e|es|ing)\b|plan(?:s|ning)?\s+to\b|should\b"
    r"|going\s+to\b|intend|look(?:s|ing)?\s+ahead)"
)
# looking-ahead words that are no kind cue ("we're expecting 40% of it in Q4")
_EXPECTING = re.compile(
    r"\b(?=[elp])(?:expecting|planning\s+to|look(?:s|ing)?\s+ahead|project(?:s|ing)\s+(?:to|that))\b"
)
# the running year after "so far" / "thus far" ("this year", "in 2021"; not "for 2021": the whole year)
_IN_THIS_YEAR = re.compile(
    r"(?:(?:in|during)\s+)?this\s+(?:fiscal\s+)?year|(?:in|during)\s+(?:fiscal\s+)?\d{4}"
)
_FIRST_DAYS = re.compile(
    r"(?:the\s+)?first\s+(?:(\d{1,2})\s+days|(?P<weeks>two|three|four|2|3|4)?\s*(?P<week>weeks?))\s+(?:(?:of|in)\s+)?$"
)  # "the first three weeks of January", "for the first three weeks in July"
_WEEKS = {None: 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}
# ("in" may open the month's own phrase: find_periods reads "in July")
# "a dividend of $0.49 per share payable on September 30": the quarter the payment falls in
_PAYABLE = re.compile(r"\b(?:payable|paid|to\s+be\s+paid)\s+(?:on\s+)?$")
_THROUGH = re.compile(r"\b(?=[t])(?:through|thru)\s+$")  # "through May": the year to the end of May
_REST_OF = re.compile(r"\b(?:rest|remainder|balance)\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?$")
_SO_FAR = re.compile(r"\b(?:so|thus)\s+far\s+$")
_CALL_AFTER = re.compile(r"[-\s]+(?:earnings\s+|conference\s+)?call")  # "as we said on the Q2 call"
_SPAN_WORDS = re.compile(r"to[- ]date|months|half|ytd")  # "the same period" of a span the sentence names
_YEAR_DIGITS = re.compile(r"\d\d")  # a quarter phrase that names its year ("Q3 2021", "FY21Q3")
# "at the end of the quarter", "ended the period": the balance at the close of the quarter reported on; in a
# sentence with no forward word, "by (through) the end of the quarter" too ("we had delivered 131 aircraft
# through the end of the quarter")
_END_OF_QUARTER = re.compile(
    r"(?:(?:at|by|through|until|to)\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+(?:quarter|period)$"
)
# the phrases added to _EXTRA after its first ones each hold one of these (plain string tests: a regex
# alternation of them was 10x slower per sentence)
_BEFORE_YEAR = ("prior-", "last-", "previous-", "fiscal ")
# " with", " at": "end (exit) the year with"; "-earlier": "the year-earlier quarter"
_AFTER_YEAR = ("'s", "’s", " earlier", "-earlier", " with", " at")
_MONTH_WORDS = ("12-month", "12 month", "twelve month", "twelve-month")
_EXTRA_HINT = re.compile(r"ago|full|the year|months")  # every one of the first _EXTRA phrases holds one


def _overlaps(pm: PeriodMatch, m: re.Match[str]) -> bool:
    """Whether phrase `pm` and match `m` share a character (where a phrase was read already)."""
    return pm.start < m.end() and m.start() < pm.end


def _year_word(lowered: str) -> bool:
    """ "prior-year", "year's", "year earlier", "fiscal year", "end the year with", "at year-end"."""
    i = lowered.find("year")
    while i >= 0:
        if (
            lowered.startswith(_AFTER_YEAR, i + 4)
            or lowered.endswith(_BEFORE_YEAR, 0, i)
            or (lowered.startswith(("-end", " end"), i + 4) and lowered.endswith(("at ", "at the "), 0, i))
        ):
            return True
        i = lowered.find("year", i + 4)
    return False


def new_extra_hint(lowered: str) -> bool:
    """Whether a sentence holds a word of the phrases added to _EXTRA after its first ones, or to _EXTRA6."""
    return (
        _later_hint(lowered)
        or _round6_hint(lowered)
        or _balance_hint(lowered)
        or ("months" in lowered and ("past" in lowered or "last" in lowered or "previous" in lowered))
        or (("years" in lowered or "decade" in lowered) and _last_years_hint(lowered))
        or ("decade" in lowered and _BY_MID_DECADE.search(lowered) is not None)
    )


def _last_years_hint(lowered: str) -> bool:
    """Whether a sentence holding "years" may hold "the past (last) N years", read only by _last_years."""
    return (
        "past" in lowered
        or "last" in lowered
        or "previous" in lowered
        or "prior" in lowered
        or "trailing" in lowered
    )


def _balance_hint(lowered: str) -> bool:
    """Whether a sentence may hold "through year-end", a phrase only _balance_of_year reads."""
    return "year" in lowered and ("through" in lowered or "thru" in lowered)


def _later_hint(lowered: str) -> bool:
    """Whether a sentence holds a word of the phrases added to _EXTRA after its first ones."""
    return (
        _year_word(lowered)
        or ("half" in lowered and ("back half" in lowered or "front half" in lowered))
        or "to date" in lowered
        or "to-date" in lowered
        or ("month" in lowered and any(map(lowered.__contains__, _MONTH_WORDS)))
        or "qtd" in lowered
        or "ttm" in lowered
        or "ltm" in lowered
        or "past year" in lowered
        or "as of today" in lowered
        or "currently" in lowered
        or "the quarter" in lowered
    )


def _extra_hint(lowered: str) -> bool:
    return _EXTRA_HINT.search(lowered) is not None or _later_hint(lowered)


_MONTHS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}
_BEST_IN = re.compile(
    r"\b(?:highest|lowest|best|strongest|weakest|fastest|most|fewest|largest|biggest|smallest|record)\b"
    r"[^.;,]{0,24}\b(?:in|of|over|for)\s+$"
)
_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:fiscal\s+)?((?:19|20)\d\d)\b")  # "at year-end 2019"
_AS_BEFORE = re.compile(r"\b(?:as|than|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)\s+$")
_YEAR_THROUGH = re.compile(r"\s+(?:through|thru)\s+")  # "2021 through 2023" (not "2019 to 2021": compared)
# "from 2022 to 2024", "between 2022 and 2025": the years between them, after "from" ("between"); not a move
# of something from one year to the next ("we shifted about $100 million in expenditures from 2021 to 2022",
# "revenue deferral from 2021 to 2022") nor a change between the two years' levels ("revenue declined from
# 2019 to 2020", "grew 20% from 2019 to 2021")
_YEAR_TO = re.compile(r"\s+to\s+(?:fiscal\s+)?")
_YEAR_AND = re.compile(r"\s+and\s+(?:fiscal\s+)?")
_MOVED = re.compile(
    r"\b(?:shift|mov|push|pull|defer|delay|slip|slid|postpon|accelerat|brought|bring|transfer|carr(?:y|ied)"
    r"|realloc|phas)[\w'’-]*\s+(?:[\w$.,%'’-]+\s+){0,8}?$"
)
_CHANGED = re.compile(
    r"\b(?:declin|decreas|increas|grow|grew|rose|rise|fell|fall|drop|improv|jump|climb)"
    r"[\w'’-]*\s+(?:[\w$.,%'’-]+\s+){0,8}?$"
)
# ... unless the change is a rate per year over the span ("grow at a CAGR of 5% from 2024 to 2026")
_PER_YEAR_RATE = re.compile(r"\bcagr\b|compound|annual|per\s+year|a\s+year\b|average")
_MONTH_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*(?:-|–|through)\s*)")
_TO = re.compile(r"\s+to\s+")  # "from February to March": a range only after "from"
_CLOSED = ("at", "ended", "exited")  # "at year end", "we ended (exited) the year with": a year closed
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
# "yesterday" dates a state or event ("Yesterday, we were 95% on time"), not a figure announced then
# ("Yesterday, the board declared a dividend of $0.25", "yesterday we reported EPS of $2"): their own period
# (a dividend decided on the eve of a call is the quarter's, as one declared on it)
_ANNOUNCED = re.compile(
    r"\b(?:announc|declar|approv|authori[sz]|report|releas|publish|came out|sign|fil(?:e|ed)\b|vot(?:e|ed)\b"
    r"|dividend)"
)
# "for the three months ended", "the quarter ended", "the year ending", "the 12-month period ending": the span
# before the day after them
_MONTHS_ENDED = re.compile(
    r"\b(?:(?P<n>three|six|nine|twelve|3|6|9|12)[- ]months?(?:\s+period)?"
    r"|(?P<unit>quarter|(?:fiscal\s+)?year|months?))\s+(?:ended|ending)\s+(?:on\s+)?$"
)
_LAST_YEAR_WORDS = re.compile(r"(?:the\s+)?(?:last|prior|previous)\s+(?:fiscal\s+)?year")
_END_OF = re.compile(r"\b(?:the\s+)?end\s+of\s+$")
_QUARTER_AFTER = re.compile(r"['’]s\b|\s+(?:first|second|third|fourth|q[1-4])\b")
_PRIOR_YEAR = re.compile(r"(?:the\s+)?(?:last|prior|previous)[- ]year|a year ago|(?:the\s+)?year[- ]ago")
# "the prior year quarter", "the previous year quarter": a quarter named, whatever whole years the sentence
# speaks of ("higher than the prior year quarter of 51% and at the top end of our annual target range")
_QUARTER_NOUN = re.compile(r"\s+quarter\b(?!s|[-'’])")
_BASE_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|from|over|than|against)\b[^.;:]*$")
_WHOLE_YEARS = re.compile(
    r"full[- ]year|for the year(?![- ](?:ago|end))|all of (?:last|the prior|the previous) year|annual"
    r"|fiscal year|calendar year"
    r"|whole year|entire year"
)
# (speed: the look-ahead holds the letters a phrase can start with, so the many other word starts fail on one
# test before the alternation; tests/extract/test_sp10_speed_paths.py checks it against the phrases)
_EXTRA = re.compile(
    r"\b(?=[abcdefilpqrty])(?:(?:the\s+)?year[- ]ago(?:\s+(?:quarter|period))?|a year ago"
    r"|(?:the\s+)?(?:prior|last|previous)-year\s+(?:quarter|period)|a\s+year\s+earlier"
    r"|(?:the\s+)?year[- ]earlier\s+(?:quarter|period)"  # "$4 billion in the year-earlier quarter"
    r"|(?:prior|last|previous)-year(?=\s+(?:increase|decrease|decline|growth|gain|drop|comp))"
    r"|(?:last|prior|previous)\s+year['’]s"
    r"|(?P<half>(?:the\s+)?(?P<side>back|front)\s+half(?:\s+of\s+(?:the|this)\s+year)?)"
    r"|(?P<rest>(?:the\s+)?(?:rest|remainder|balance)\s+of\s+the\s+year)"
    r"|(?P<exit>(?:end|exit)(?:s|ed|ing)?\s+(?:the|this)\s+(?:fiscal\s+)?year(?=\s+(?:with|at)\b)"
    r"|at\s+(?:the\s+)?(?:fiscal\s+)?year[- ]end)"
    r"|(?P<qtd>quarter[- ]to[- ]date|qtd)"
    r"|(?P<today>as\s+of\s+today|currently|(?<![\w-])(?<!\bup\s)(?<!\byear\s)to[- ]date)"
    r"|(?P<inq>(?:in|during|ended|closed|for)\s+the\s+quarter"
    r"(?![- ](?:to|ago|end|ended|ending)\b"
    r"|\s+(?:a\s+year|last\s+year|of\b|end(?:ed|ing)\s+(?:on\s+)?(?:[a-s]\w+\s+\d|\d))))"
    r"|(?P<ttm>(?:the\s+)?(?:trailing|last|past|previous|prior)\s+(?:12|twelve)[- ]months?|ttm|ltm"
    r"|(?<=over\s)the\s+past\s+year(?![-'’])(?!\s+(?:ago|end)))"
    r"|(?:the\s+)?first\s+(?P<months>three|six|nine|3|6|9)\s+months(?!\s+(?:of|ended)\s+(?:fiscal\s+)?\d)"
    r"|(?:(?:the\s+)?full[- ](?:fiscal[- ])?year|for\s+the\s+(?:full\s+)?(?:fiscal\s+)?year)"
    r"(?![- ]ago|[- ]end|\s*(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d))\b"
)


# phrases added in round 6, in a pattern of their own run only when a sentence holds one of their words
# (each alternative of _EXTRA is tried at every "the" and preposition of every sentence it scans)
_EXTRA6 = re.compile(
    # "for the nine-month period": the N months ending with the quarter reported on (not "the nine-month
    # period ended June 30, 2020", "the same nine-month period", "2020's six-month period")
    r"\b(?:(?:for|in|during|over)\s+the\s+(?P<nmonth>three|six|nine|twelve|3|6|9|12)[- ]month\s+period"
    r"(?!\s+(?:ended|ending|of|in|a\s+year|last|prior)\b|\s*,?\s+(?:19|20)\d\d)"
    # "for each of the past nine quarters", "over the last four quarters": the N quarters ending with the one
    # reported on (not "the last three quarters of 2020")
    r"|(?:the|our)\s+(?:past|last|previous|prior|trailing)\s+(?P<nq>two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|[2-9]|1[0-2])\s+quarters(?!\s+of\b|['’])"
    r"|(?P<yday>(?:as\s+of\s+)?yesterday(?!['’]s))"
    # "through the first three quarters of the year": the fiscal year to the end of its third quarter (not
    # "the first three quarters of 2020", read with its year)
    r"|(?:the\s+)?first\s+(?P<fq>two|three|2|3)\s+quarters(?!\s+(?:of|ended)\s+(?:fiscal\s+)?\d))\b"
)


def _round6_hint(lowered: str) -> bool:
    """Whether a sentence may hold a phrase only _EXTRA6 reads."""
    return "quarters" in lowered or "month period" in lowered or "yesterday" in lowered


def _runs(text: str, lowered: str, matches: list[PeriodMatch], calendar: FiscalCalendar) -> list[PeriodMatch]:
    """Consecutive months listed together ("during April and May", "for April, May and June", "January and
    February combined") are one span (a whole fiscal quarter when they make one), and so are two years
    joined by "through" ("over the period of 2021 through 2023", "for 2023 through 2025"); months apart
    ("in April and December, respectively") stay apart."""
    out: list[PeriodMatch] = []
    run = False  # whether the last match kept is a month or a run of months
    for pm in matches:
        p = pm.period
        month = p.kind is PeriodKind.MONTH
        prev = out[-1] if out else None
        if (
            run
            and month
            and prev is not None
            and p.start == prev.period.end + timedelta(days=1)
            and (
                _MONTH_JOIN.fullmatch(lowered, prev.end, pm.start) is not None
                or (
                    _TO.fullmatch(lowered, prev.end, pm.start) is not None
                    and (lowered.endswith("from ", 0, prev.start) or lowered.startswith("from ", prev.start))
                )
            )
        ):
            start, end = prev.period.start, p.end
            quarter = fiscal_quarter(calendar, *calendar.fiscal_quarter_of(start))
            period = quarter if (quarter.start, quarter.end) == (start, end) else date_span(start, end)
            # "from February to March": the range's own "from" (no comparison base) is part of its phrase
            begin = prev.start - 5 if lowered.endswith("from ", 0, prev.start) else prev.start
            out[-1] = PeriodMatch(begin, pm.end, text[begin : pm.end], period)
            continue
        if (
            prev is not None
            and p.kind is PeriodKind.YEAR
            and prev.period.kind is PeriodKind.YEAR
            and prev.period.end < p.start
            and (
                _YEAR_THROUGH.fullmatch(lowered, prev.end, pm.start) is not None
                or _years_between(lowered, prev, pm)
            )
        ):
            # "from 2016 through 2020": the span's own "from" (no comparison base) is part of its phrase
            begin = prev.start - 5 if lowered.endswith("from ", 0, prev.start) else prev.start
            begin = prev.start - 8 if lowered.endswith("between ", 0, prev.start) else begin
            out[-1] = PeriodMatch(begin, pm.end, text[begin : pm.end], year_span(prev.period, p))
            run = False
            continue
        out.append(pm)
        run = month
    return out


def _round6_period(
    m: re.Match[str],
    lowered: str,
    calendar: FiscalCalendar,
    reported: Period,
    forward: bool,
    doc_date: date | None,
) -> Period | None:
    """The period of an _EXTRA6 phrase in a results document reporting on `reported`, or None."""
    fy, q = reported.fiscal_year, reported.fiscal_quarter
    if forward or fy is None or q is None:
        return None  # a forecast's span is no look back; "yesterday" is no horizon
    if m.group("yday"):
        if doc_date is None or _ANNOUNCED.search(lowered) is not None:
            return None
        day = doc_date - timedelta(days=1)
        return instant(calendar, day.year, day.month, day.day)
    if m.group("fq"):
        n = _COUNTS.get(m.group("fq"), 0) or int(m.group("fq"))
        return (
            None if n > q else date_span(fiscal_year(calendar, fy).start, fiscal_quarter(calendar, fy, n).end)
        )
    if m.group("nq") and (
        _BEST_IN.search(lowered, max(0, m.start() - 40), m.start()) is not None
        or _AS_BEFORE.search(lowered, max(0, m.start() - 16), m.start()) is not None
    ):
        # "orders were the strongest in the last six quarters", "the same range as the prior two quarters": a
        # yardstick
        return None
    n = _MONTHS[m.group("nmonth")] // 3 if m.group("nmonth") else 0
    n = n or _COUNTS.get(m.group("nq") or "", 0) or int(m.group("nq"))
    first = fiscal_quarter(calendar, *shift_quarter(fy, q, 1 - n))
    return first if n == 1 else date_span(first.start, reported.end)


def _of_this_year(
    text: str,
    lowered: str,
    pm: PeriodMatch,
    calendar: FiscalCalendar,
    doc_fy: int,
    past_fy: int | None,
    doc_date: date | None,
) -> PeriodMatch | None:
    """A quarter, half or month phrase read with "(of) this year" after it, as one phrase in "this year"'s
    fiscal year `doc_fy` (quarters, halves) or calendar year (months), or in `past_fy` when that is still
    ahead of `doc_date` (a sentence that does not look ahead); or, for a "this year" that names the year of
    "the first N months" before it, the year phrase itself (to be dropped). None when neither."""
    p = pm.period
    if p.kind is PeriodKind.YEAR:
        if p.fiscal_year is not None and _FIRST_MONTHS_OF.search(lowered, max(0, pm.start - 30), pm.start):
            return pm
        return None
    if p.kind not in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.MONTH) or _YEAR_DIGITS.search(pm.text):
        return None
    m = _OF_THIS_YEAR.match(lowered, pm.end)
    if m is None:
        return None
    if m.group("next"):  # "the first quarter of next year"
        doc_fy, past_fy = doc_fy + 1, None
    year = fiscal_year(calendar, doc_fy)
    if p.kind is PeriodKind.MONTH:
        month = p.start.month
        period = month_period(calendar, year.start.year + (month < year.start.month), month)
    elif p.kind is PeriodKind.HALF:
        period = fiscal_half(calendar, doc_fy, 1 if p.start.month == year.start.month else 2)
    elif p.fiscal_quarter is not None:
        period = fiscal_quarter(calendar, doc_fy, p.fiscal_quarter)
    else:
        return None
    if past_fy not in (None, doc_fy) and doc_date is not None and period.start > doc_date:
        # on a fourth-quarter call held in January, "the third quarter of this year" in a sentence that does
        # not look ahead is the year just reported on ("By comparison, in the third quarter of this year")
        return _of_this_year(text, lowered, pm, calendar, past_fy, None, None)
    return PeriodMatch(pm.start, m.end(), text[pm.start : m.end()], period)


def _ended_span(lowered: str, at: int, end: date, calendar: FiscalCalendar) -> Period | None:
    """The span named by "(for) the N months (quarter, year) ended" before the day at sentence offset `at`,
    ending on day `end`: a fiscal quarter, half or year when it is one, else the ISO span. None when those
    words do not stand right before the day."""
    m = _MONTHS_ENDED.search(lowered, max(0, at - 40), at)
    if m is None:
        return None
    unit = m.group("unit") or ""
    n = 3 if unit == "quarter" else 12 if "year" in unit else _MONTHS.get(m.group("n") or "", 0)
    if n == 0:
        return None
    start = add_months(end + timedelta(days=1), -n)
    fy, q = calendar.fiscal_quarter_of(end)
    for period in (
        fiscal_quarter(calendar, fy, q),
        fiscal_half(calendar, fy, 1 if q <= 2 else 2),
        fiscal_year(calendar, fy),
    ):
        if period.start == start and period.end == end:
            return period
    return date_span(start, end)


# "through year-end", "through the end of the year", "in each of the three remaining quarters this year": the
# balance of the year, a span (find_periods reads a deadline, the whole year, or nothing)
_THROUGH_YEAR_END = re.compile(
    r"\b(?:through|thru)\s+(?:the\s+)?(?:fiscal\s+)?year[- ]end\b"
    r"(?![- ]?\s*(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d)"  # not "through year-end 2022", read with its year
)
_THROUGH_END_OF_YEAR = re.compile(r"(?:through|thru)\s+the\s+end\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year")
_REMAINING_QUARTERS = re.compile(
    r"\b(?:remaining\s+(?:(?:two|three|2|3)\s+)?quarters|(?:two|three|2|3)\s+remaining\s+quarters)"
    r"\s+(?:(?:of|in)\s+)?$"
)


def _balance_of_year(
    text: str, lowered: str, out: list[PeriodMatch], calendar: FiscalCalendar, reported: Period
) -> list[PeriodMatch]:
    """`out` (of a forward-looking sentence) with the spans to the end of the fiscal year that run "through"
    it or over its "remaining quarters" read as the balance of the year: from the end of the quarter reported
    on to the end of its fiscal year (on a fourth-quarter call, the year ahead)."""
    fy, q = reported.fiscal_year, reported.fiscal_quarter
    if fy is None or q is None:
        return out
    year = fiscal_year(calendar, fy)
    if reported.end >= year.end:
        rest = fiscal_year(calendar, fy + 1)
    elif q == 3:
        rest = fiscal_quarter(calendar, fy, 4)  # the balance of the year is its last quarter (half)
    elif q == 2:
        rest = fiscal_half(calendar, fy, 2)
    else:
        rest = date_span(reported.end + timedelta(days=1), year.end)
    kept: list[PeriodMatch] = []
    for pm in out:
        p = pm.period
        if (
            p.kind is PeriodKind.DEADLINE
            and p.end == rest.end
            and _THROUGH_END_OF_YEAR.fullmatch(lowered, pm.start, pm.end)
        ):
            pm = PeriodMatch(pm.start, pm.end, pm.text, rest)
        elif (
            p.kind is PeriodKind.YEAR
            and p.start <= reported.end < p.end
            and (before := _REMAINING_QUARTERS.search(lowered, max(0, pm.start - 40), pm.start)) is not None
        ):
            pm = PeriodMatch(before.start(), pm.end, text[before.start() : pm.end], rest)
        kept.append(pm)
    for m in _THROUGH_YEAR_END.finditer(lowered):
        if not any(_overlaps(pm, m) for pm in kept):
            kept.append(PeriodMatch(m.start(), m.end(), text[m.start() : m.end()], rest))
            kept.sort(key=lambda pm: pm.start)
    return kept


# "in both 2022 and 2021", "from $10 billion in 2015 and 2016": one figure for two years running
def _years_between(lowered: str, prev: PeriodMatch, pm: PeriodMatch) -> bool:
    """Whether two years are the ends of a span of years, "from 2022 to 2024" or "between 2022 and 2025" ("the
    business from 2022 to 2024", "a compound annual growth rate of 42% between 2020 and 2023"), not a move
    between them nor a change from one to the other that is no rate per year."""
    for word, joint in (("from ", _YEAR_TO), ("between ", _YEAR_AND)):
        if lowered.startswith(word, prev.start):
            at = prev.start
        elif lowered.endswith(word, 0, prev.start):
            at = prev.start - len(word)
        else:
            continue
        if joint.fullmatch(lowered, prev.end, pm.start) is None:
            return False
        lo = max(0, at - 80)
        if _MOVED.search(lowered, lo, at) is not None:
            return False
        return _CHANGED.search(lowered, lo, at) is None or _PER_YEAR_RATE.search(lowered, lo, at) is not None
    return False


_TWO_YEARS_AND = re.compile(r"\s+and\s+")
_WRITTEN_YEAR = re.compile(r"(?:(?:19|20)\d\d|['’]\d\d)$")  # "2021", "'21"
_IN_BOTH = re.compile(r"\b(?:in|during|for)\s+(?:both\s+)?(?:fiscal\s+)?$")


def _two_years(text: str, lowered: str, out: list[PeriodMatch]) -> list[PeriodMatch]:
    """`out` with two years running joined by "and" after "in" ("approximately 40% in both 2022 and 2021",
    "the remaining $24 million in 2021 and 2022") read as one span of years: one number said of both. Not
    years apart ("maturing in 2024 and 2026"), each its own ("$5 and $6 in 2020 and 2021, respectively"),
    nor the years of a quarter named before ("our Q3 performance in 2019 and 2020")."""
    if "respectively" in lowered:
        return out
    kept: list[PeriodMatch] = []
    for pm in out:
        prev = kept[-1] if kept else None
        p = pm.period
        if (
            prev is not None
            and p.kind is PeriodKind.YEAR
            and prev.period.kind is PeriodKind.YEAR
            and p.fiscal_year is not None
            and prev.period.fiscal_year is not None
            and abs(p.fiscal_year - prev.period.fiscal_year) == 1
            and _TWO_YEARS_AND.fullmatch(lowered, prev.end, pm.start) is not None
            and _WRITTEN_YEAR.search(lowered, prev.start, prev.end) is not None
            and _WRITTEN_YEAR.search(lowered, pm.start, pm.end)
            is not None  # not "8.5% in 2019 and full year"
            and (
                lowered.startswith(("in ", "during ", "for "), prev.start)  # find_periods may hold the "in"
                or _IN_BOTH.search(lowered, max(0, prev.start - 20), prev.start) is not None
            )
            and not (
                len(kept) > 1
                and kept[-2].period.kind is not PeriodKind.YEAR
                and prev.start - kept[-2].end < 30
            )
        ):
            a, b = (prev.period, p) if prev.period.start < p.start else (p, prev.period)
            kept[-1] = PeriodMatch(prev.start, pm.end, text[prev.start : pm.end], year_span(a, b))
            continue
        kept.append(pm)
    return kept


# "over the past 18 months", "during the last three months": the months ending with the quarter reported on
# (not "the last six months of 2020", "the past six months ended June 30": read with their own end)
_LAST_MONTHS = re.compile(
    r"\b(?:the|our)\s+(?:past|last|previous|prior|trailing)\s+"
    r"(?P<n>three|six|nine|fifteen|eighteen|3|6|9|15|18|21|24|36)\s+months(?!\s+(?:of|ended|ending|in)\b|['’])"
)
_MONTH_COUNTS = {"three": 3, "six": 6, "nine": 9, "fifteen": 15, "eighteen": 18}


def _last_months(
    text: str, lowered: str, out: list[PeriodMatch], calendar: FiscalCalendar, reported: Period
) -> list[PeriodMatch]:
    """`out` with "the past (last) N months" (N a whole number of quarters, not twelve: "the trailing twelve
    months" is read with _EXTRA) as the N/3 quarters ending with the one reported on, as "the past N quarters"
    are; not a yardstick ("the highest level in the last six months", "the same as the past three months")."""
    found: list[tuple[re.Match[str], int]] = []
    for m in _LAST_MONTHS.finditer(lowered):
        word = m.group("n")
        n = int(word) if word.isdigit() else _MONTH_COUNTS[word]
        if n % 3:
            continue
        if (
            _BEST_IN.search(lowered, max(0, m.start() - 40), m.start()) is not None
            or _AS_BEFORE.search(lowered, max(0, m.start() - 16), m.start()) is not None
        ):
            continue
        found.append((m, n // 3))
    return _trailing_quarters(text, out, calendar, reported, found)


def _trailing_quarters(
    text: str,
    out: list[PeriodMatch],
    calendar: FiscalCalendar,
    reported: Period,
    found: list[tuple[re.Match[str], int]],
) -> list[PeriodMatch]:
    """`out` with each phrase of `found` (a match and its number of quarters) read as that many quarters
    ending with the one reported on, unless a phrase of `out` already covers part of it."""
    fy, q = reported.fiscal_year, reported.fiscal_quarter
    if fy is None or q is None:
        return out
    added = False
    for m, quarters in found:
        if any(_overlaps(pm, m) for pm in out):
            continue
        first = fiscal_quarter(calendar, *shift_quarter(fy, q, 1 - quarters))
        period = first if quarters == 1 else date_span(first.start, reported.end)
        out = [*out, PeriodMatch(m.start(), m.end(), text[m.start() : m.end()], period)]
        added = True
    if added:
        out.sort(key=lambda pm: pm.start)
    return out


# "over the past two years", "in the last five years" (not "the last three years of the plan", "the prior
# two years' results", "the last two years ago")
_PAST_N_YEARS = re.compile(
    r"\b(?:the|our)\s+(?:past|last|previous|prior|trailing)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten"
    r"|[2-9]|10)\s+years|decade)(?!\s+(?:of|ended|ending|ago|in)\b|['’])"
)  # ("over the past decade": ten years)
_FIRST_TIME_IN = re.compile(r"\bfirst\s+time\s+(?:in|over)\s+$")  # "for the first time in the last ten years"
# "making the last three years our best in more than a decade": a yardstick
_BEST_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:best|highest|record|strongest|lowest|worst)\b")
# "the same as the past two years", "more than any of the past four years": a yardstick
_YARDSTICK_BEFORE = re.compile(
    r"\b(?:as|than|versus|vs\.?|compared\s+(?:to|with)|relative\s+to)\s+(?:any\s+of\s+)?$"
)


def _last_years(
    text: str, lowered: str, out: list[PeriodMatch], calendar: FiscalCalendar, reported: Period
) -> list[PeriodMatch]:
    """`out` with "the past (last) N years" (N from two to ten; "the past year" is read with _EXTRA) as the
    4N quarters ending with the one reported on, as "over the past year" is the trailing four quarters and
    "the past N quarters" are N ("we have grown revenue by 40% over the past two years", "over the last five
    years we have returned $10 billion"); not a yardstick ("the highest level in the last ten years", "for
    the first time in the last five years", "the same as the past two years")."""
    found: list[tuple[re.Match[str], int]] = []
    for m in _PAST_N_YEARS.finditer(lowered):
        word = m.group("n") or "10"
        n = int(word) if word.isdigit() else _COUNTS[word]
        lead = max(0, m.start() - 40)
        if (
            _BEST_IN.search(lowered, lead, m.start()) is not None
            or _YARDSTICK_BEFORE.search(lowered, lead, m.start()) is not None
            or _FIRST_TIME_IN.search(lowered, lead, m.start()) is not None
            or _BEST_AFTER.match(lowered, m.end()) is not None
        ):
            continue
        found.append((m, 4 * n))
    return _trailing_quarters(text, out, calendar, reported, found)


# "since 2019", "since the beginning of 2020", "since the end of 2019", "since year-end 2019" right before a
# year or year-end phrase (find_periods takes "since" into "Since 2019")
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:(?:the\s+(?:beginning|start)\s+of\s+|early\s+)|(?P<after>(?:the\s+)?year[- ]end\s+))?$"
)
# a superlative a "since" measures, searched right before the "since": "the highest level since 2017", "its
# first quarter of double-digit growth since 2013", "the second highest since Coeur's acquisition back in
# 2015" (the year is a yardstick, not the number's period; period_rules reads it too)
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:highest|lowest|best|worst|strongest|weakest|first|record|most|fewest|largest|biggest|smallest"
    r"|greatest|fastest|slowest|never|not\s+seen)\b(?!,)[^.;:]{0,80}$"  # not "First, we reduced ... since"
)


def _span_since(since: date, end: date, reported: Period, calendar: FiscalCalendar) -> Period:
    """The span from `since` to `end`; the quarter reported on when it starts with it ("since last quarter"),
    the fiscal year that quarter closes when it starts with that year ("since the end of 2019" on a call about
    the fourth quarter of 2020), as year-to-date does. Shared by _since_year and _since_quarter."""
    if since == reported.start:
        return reported
    year = fiscal_year(calendar, reported.fiscal_year) if reported.fiscal_year is not None else None
    if year is not None and year.end == reported.end and since == year.start:
        return year
    return date_span(since, end)


def _since_year(
    lowered: str, out: list[PeriodMatch], calendar: FiscalCalendar, reported: Period, doc_date: date | None
) -> list[PeriodMatch]:
    """`out` with a past year named after "since" read as the span from it to the call date, what has happened
    since (README, decided 2026-12-03: "since ..." ends on the call date; "Since 2014, we've completed more
    than two dozen acquisitions", "nearly 1 million new customers have been added since 2019", "cash
    decreased $50 million since the beginning of 2020"); after its end for "since the end of 2019", "since
    year-end 2019". Not a yardstick ("the highest level since 2017", "the first quarter of double-digit
    growth since 2013"). A span that is a period reported on keeps it: since the start of the quarter reported
    on or of the fiscal year it closes ("RPOs increasing 15.2% since the end of 2019" on a call about the
    fourth quarter of 2020), as year-to-date does. With no document date, to the end of the quarter."""
    kept: list[PeriodMatch] = []
    end = doc_date if doc_date is not None and doc_date > reported.end else reported.end
    for pm in out:
        p = pm.period
        since = None
        if p.kind is PeriodKind.YEAR and p.end < reported.end:
            if lowered.startswith("since ", pm.start):
                since = p.start
            elif (m := _SINCE_BEFORE.search(lowered, max(0, pm.start - 30), pm.start)) is not None:
                since = p.end + timedelta(days=1) if m.group("after") else p.start
        elif (
            p.kind in (PeriodKind.DEADLINE, PeriodKind.INSTANT)
            and p.end < reported.end
            and lowered.startswith("the end of", pm.start)
            and lowered.endswith("since ", 0, pm.start)
        ):
            since = p.end + timedelta(days=1)
        at = pm.start if lowered.startswith("since ", pm.start) else lowered.rfind("since", 0, pm.start)
        if since is not None and SUPERLATIVE_BEFORE.search(lowered, max(0, at - 80), at) is None:
            pm = PeriodMatch(pm.start, pm.end, pm.text, _span_since(since, end, reported, calendar))
        kept.append(pm)
    return kept


# "since" right before a quarter phrase: "Since Q2 2019, we have closed 17 stores", "improved 44% since the
# first quarter of 2020", "since the end of the third quarter of 2020"
_SINCE_QUARTER_BEFORE = re.compile(r"\bsince\s+(?:the\s+end\s+of\s+)?$")


def _since_quarter(
    lowered: str, out: list[PeriodMatch], calendar: FiscalCalendar, reported: Period, doc_date: date | None
) -> list[PeriodMatch]:
    """`out` with a past quarter named right after "since" read as the span after it, what has changed since
    its level ("we also saw $23 billion of client flows since Q4 '20", "digital client needs met have
    improved 44% since the first quarter of 2020", "Since Q2 2019, we have closed 17 stores"), to the end of
    the quarter reported on (README: "since the end of Q2 last year" is the four quarters after it; fifth
    session: "since Q4 '20" on a call about Q4 2021 is 2021), not the quarter named. Not a yardstick ("the
    highest level since the first quarter of 2019")."""
    kept: list[PeriodMatch] = []
    for pm in out:
        p = pm.period
        if p.kind is PeriodKind.QUARTER and p.end < reported.start:
            m = _SINCE_QUARTER_BEFORE.search(lowered, max(0, pm.start - 20), pm.start)
            at = m.start() if m is not None else 0
            if m is not None and SUPERLATIVE_BEFORE.search(lowered, max(0, at - 80), at) is None:
                since = p.end + timedelta(days=1)
                span = _span_since(since, reported.end, reported, calendar)
                pm = PeriodMatch(pm.start, pm.end, pm.text, span)
        kept.append(pm)
    return kept


# "to date in 2021", "to-date in 2021" right before the year phrase (not "year to date in 2021": a fiscal
# year-to-date, read with the quarter reported on)
_TO_DATE_IN = re.compile(r"(?<![\w-])(?<!\byear\s)to[- ]date\s+$")


def _to_date_in_year(text: str, lowered: str, out: list[PeriodMatch], doc_date: date) -> list[PeriodMatch]:
    """`out` with "to date in 2021" said of the year the call is held in read as the span from the start of
    that year to the call date (README, decided 2026-12-03: "to date in 2021" is 2021-01-01/<call date>),
    one phrase in place of "to date" (the call date) and "in 2021" (the year) read apart. Not "year to date
    in 2021", "to date this year" nor "so far in 2021" (the fiscal year so far, to the end of the quarter
    reported on)."""
    kept: list[PeriodMatch] = []
    for pm in out:
        p = pm.period
        named = p.kind is PeriodKind.YEAR and lowered.startswith("in ", pm.start)  # not "to date this year"
        m = _TO_DATE_IN.search(lowered, max(0, pm.start - 12), pm.start) if named else None
        if m is not None and p.start <= doc_date <= p.end:
            if kept and kept[-1].start >= m.start():
                kept.pop()  # "to date" read as the call date
            pm = PeriodMatch(m.start(), pm.end, text[m.start() : pm.end], date_span(p.start, doc_date))
        kept.append(pm)
    return kept


# "so far in 2021", "thus far in 2022": the year phrase holds its "in"
_SO_FAR_BEFORE = re.compile(r"\b(?:so|thus)\s+far\s+$")
# "for 2021 to date", "2022 so far": the words after the year
_TO_DATE_AFTER = re.compile(r"\s+(?:to\s+date|so\s+far|thus\s+far)\b")


def _call_year_so_far(
    text: str, lowered: str, out: list[PeriodMatch], reported: Period, doc_date: date
) -> list[PeriodMatch]:
    """`out` with the year a call is held in, said "so far" ("So far in 2021 we have purchased an additional
    1.4 million shares" on a January call about the fourth quarter; "$500 million of debt paydown for 2021 to
    date"), read as the span from the start of that year to the call date (README, decided 2026-12-03:
    "thus far in 2021" and "for 2021 to date" end on the call date), not the whole year. "so far in 2021"
    said of the year the quarter reported on is in keeps its reading (to that quarter's end)."""
    kept: list[PeriodMatch] = []
    for pm in out:
        p = pm.period
        if p.kind is PeriodKind.YEAR and p.start <= doc_date <= p.end:
            after = _TO_DATE_AFTER.match(lowered, pm.end)
            before = (
                p.start > reported.end
                and lowered.startswith("in ", pm.start)
                and _SO_FAR_BEFORE.search(lowered, max(0, pm.start - 12), pm.start) is not None
            )
            if (after is not None and (p.start > reported.end or after.group(0).endswith("date"))) or before:
                end = after.end() if after is not None else pm.end
                pm = PeriodMatch(pm.start, end, text[pm.start : end], date_span(p.start, doc_date))
        kept.append(pm)
    return kept


# "3.65 times trailing 12 month adjusted EBITDA", "net debt to LTM EBITDA": a leverage ratio's denominator
_RATIO_TO = re.compile(r"\b(?:to|times|x)\s+$")
_EBITDA_AFTER = re.compile(r"\s+(?:adjusted\s+)?ebitda")
# "down from $357 million for the same period in 2020" after "for the first nine months": that span of 2020
_SAME_PERIOD = re.compile(r"(?:same|comparable|corresponding)\s+period\s+(?:(?:of|in)\s+)?(?:fiscal\s+)?$")


# a comparison word before a base year phrase, over the amount between ("compared to $260.8 million or $0.53
# per diluted share for the same period last year": decimals are no sentence break)
_BASE_OVER_AMOUNT = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?|from|against)\b(?:[^.;:]|\.\d)*$")
_PRIOR_YEAR_BASE = re.compile(
    r"(?:the\s+)?(?:(?:same|comparable|corresponding)\s+period\s+(?:of\s+|in\s+)?)?"
    r"(?:(?:the\s+)?(?:last|prior|previous)[- ]year(?:\s+period)?|a year ago"
    r"|(?:the\s+)?year[- ]ago(?:\s+period)?)"
)


def _closed_year_base(
    text: str, lowered: str, out: list[PeriodMatch], calendar: FiscalCalendar, reported: Period
) -> list[PeriodMatch]:
    """`out` with the base of a fourth-quarter call's full-year result ("For the full year, revenue was $2.4
    billion, compared to $2.1 billion in the prior year", "Net income for the full year increased to $260.8
    million, compared to $203.3 million for the same period last year") read as the year before the one
    reported on: the nearest period phrase before the base is the closed year, so "last year" is the whole
    year before it, not the year-ago quarter nor (read from a January call date) the closed year itself.
    Not a base after a quarter's result ("$5 billion in the quarter, compared to $4 billion last year")."""
    fy = reported.fiscal_year
    if fy is None:
        return out
    closed = fiscal_year(calendar, fy)
    kept: list[PeriodMatch] = []
    for pm in out:
        p = pm.period
        if (
            kept
            and kept[-1].period == closed
            and p.kind in (PeriodKind.YEAR, PeriodKind.QUARTER)
            and p.end >= fiscal_quarter(calendar, fy - 1, 4).end  # the year-ago quarter, or the closed year
            and _PRIOR_YEAR_BASE.fullmatch(lowered, pm.start, pm.end) is not None
            and _BASE_OVER_AMOUNT.search(lowered, max(0, pm.start - 80), pm.start) is not None
        ):
            pm = PeriodMatch(pm.start, pm.end, text[pm.start : pm.end], fiscal_year(calendar, fy - 1))
        elif (
            kept
            and kept[-1].period == reported
            and p == closed
            and _PRIOR_YEAR_BASE.fullmatch(lowered, pm.start, pm.end) is not None
            and _BASE_OVER_AMOUNT.search(lowered, max(0, pm.start - 80), pm.start) is not None
        ):
            # "in Q4 2020 was 33.3% versus 30.2% last year, ... for the full year it was 29.8%": the base of
            # the quarter's result is the year-ago quarter, not the closed year "last year" names from January
            pm = PeriodMatch(pm.start, pm.end, text[pm.start : pm.end], fiscal_quarter(calendar, fy - 1, 4))
        kept.append(pm)
    return kept


def _same_span_before(
    text: str, out: list[PeriodMatch], lowered: str, calendar: FiscalCalendar, reported: Period
) -> list[PeriodMatch]:
    """`out` with "the same period last year" (or "of 2020") read as the to-date span named before it in the
    sentence ("the first nine months", "year-to-date", "so far this year", "the first half") moved to that
    year: a span from the start of a fiscal year, ending with the quarter reported on or before it."""
    kept: list[PeriodMatch] = []
    span: tuple[int, int] | None = None  # (fiscal year, last quarter) of the latest to-date span so far
    for pm in out:
        p = pm.period
        if p.kind in (PeriodKind.SPAN, PeriodKind.HALF) and p.start < reported.end:
            fy, q = calendar.fiscal_quarter_of(p.start)
            last = min(p.end, reported.end)
            if q == 1 and p.start == fiscal_year(calendar, fy).start:
                lfy, lq = calendar.fiscal_quarter_of(last)
                if lfy == fy and last == fiscal_quarter(calendar, lfy, lq).end and lq > 1:
                    span = (fy, lq)
        elif (
            span is not None
            and p.kind in (PeriodKind.YEAR, PeriodKind.QUARTER)
            and _SAME_PERIOD.search(lowered, max(0, pm.start - 32), pm.start) is not None
        ):
            fy, lq = span
            base = fy - 1 if _PRIOR_YEAR.fullmatch(lowered, pm.start, pm.end) else p.fiscal_year
            if base is not None and base < fy:
                if lq == 2:
                    moved = fiscal_half(calendar, base, 1)
                elif lq == 4:
                    moved = fiscal_year(calendar, base)
                else:
                    moved = date_span(
                        fiscal_year(calendar, base).start, fiscal_quarter(calendar, base, lq).end
                    )
                pm = PeriodMatch(pm.start, pm.end, text[pm.start : pm.end], moved)
        kept.append(pm)
    return kept


def _other_quarter_before(found: list[PeriodMatch], at: int, reported: Period) -> bool:
    """Whether a period phrase before `at` names another quarter or a time ahead of the quarter reported on
    ("As we look to the first quarter of 2021, we see revenue down 3% to 5% for the quarter", "down 190 basis
    points for the back half ... implies down 250 basis points for the quarter"): "for the quarter" after it
    is that quarter, not the one reported on."""
    return any(
        pm.end <= at
        and (pm.period.end > reported.end or (pm.period.kind is PeriodKind.QUARTER and pm.period != reported))
        for pm in found
    )


# a to-date span the sentence may name: only then can a year-ago phrase be that span's base (the extractor
# reads the same words: a to-date span named as a subject)
TO_DATE_WORDS = ("to-date", "to date", "months", "half", "so far", "thus far", "ytd")


def _year_ago_after_span(
    out: list[PeriodMatch], lowered: str, calendar: FiscalCalendar, reported: Period, year_ago: Period
) -> list[PeriodMatch]:
    """`out` with a year-ago phrase ("last year", "a year ago", "the prior year", "the year-ago period") that
    comes right after a to-date span in the sentence ("Year-to-date free cash flow was $133 million versus
    $124 million last year", "for the first nine months ... compared to 130% a year ago") read as that span
    a year earlier, as _same_span_before reads "the same period last year": the base of a span is the same
    span, not the quarter a year before. Not a phrase naming a quarter ("the year-ago quarter"), nor one
    with another period or the word "quarter" between the span and it (the base of that quarter)."""
    kept: list[PeriodMatch] = []
    span: tuple[Period, int] | None = None  # the to-date span just before a year earlier, and its end
    for pm in out:
        p = pm.period
        if p == year_ago:
            if span is not None and "quarter" not in lowered[span[1] : pm.end] and "year" in pm.text.lower():
                pm = PeriodMatch(pm.start, pm.end, pm.text, span[0])
            kept.append(pm)
            continue
        span = None  # another period between: a year-ago phrase after it is that one's base
        if p.kind in (PeriodKind.SPAN, PeriodKind.HALF) and p.start < reported.end:
            fy, q = calendar.fiscal_quarter_of(p.start)
            last = min(p.end, reported.end)
            lfy, lq = calendar.fiscal_quarter_of(last)
            if (
                q == 1
                and p.start == fiscal_year(calendar, fy).start
                and lfy == fy
                and lq > 1
                and last == fiscal_quarter(calendar, lfy, lq).end
            ):
                before = fiscal_year(calendar, fy - 1).start
                moved = (
                    fiscal_half(calendar, fy - 1, 1)
                    if lq == 2
                    else date_span(before, fiscal_quarter(calendar, fy - 1, lq).end)
                )
                span = (moved, pm.end)
        kept.append(pm)
    return kept


# "since the beginning of the year", "since the start of this fiscal year" (not "of the year 2019", "of the
# year's second half", "since the start of the year through the second quarter"): the year the call is held
# in, so far
_SINCE_YEAR_START = re.compile(
    r"\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(?:fiscal\s+|calendar\s+)?year\b"
    r"(?!['’-]|\s+\d|\s+(?:through|thru|to|until)\b)"
)


def _since_year_start(
    text: str, lowered: str, out: list[PeriodMatch], calendar: FiscalCalendar, fy: int, doc_date: date
) -> list[PeriodMatch]:
    """`out` with "since the beginning (start) of the year" read as the span from the start of the fiscal year
    reported on to the call date ("gross debt has decreased by almost $1.5 billion since the beginning of the
    year": README, eighth session, and "since ..." ends on the call date), when the call is held in that year
    (on a January call about the fourth quarter "the year" is unsure). find_periods reads no period in it."""
    year = fiscal_year(calendar, fy)
    if not year.start < doc_date <= year.end:
        return out
    for m in _SINCE_YEAR_START.finditer(lowered):
        kept = [pm for pm in out if not _overlaps(pm, m)]
        span = PeriodMatch(m.start(), m.end(), text[m.start() : m.end()], date_span(year.start, doc_date))
        out = sorted([*kept, span], key=lambda pm: pm.start)
    return out


# "by the middle of the decade", "by mid-decade", "by the middle of this decade": a deadline at the end of the
# decade's fifth year (README, eighth session: "by the middle of the decade" is 2025-12-31 on a 2021 call)
_BY_MID_DECADE = re.compile(r"\bby\s+(?:the\s+middle\s+of\s+(?:the|this)\s+decade|mid[- ]decade)\b")


def _by_mid_decade(text: str, lowered: str, out: list[PeriodMatch], doc_date: date) -> list[PeriodMatch]:
    """`out` with "by the middle of the decade" read as a deadline at the end of the fifth year of the decade
    the document is written in ("a total of 2,000 trucks to be delivered by the middle of the decade",
    "nearly two gigawatts of capacity by the middle of the decade"), while that year is still ahead."""
    mid = doc_date.year - doc_date.year % 10 + 5
    if doc_date.year >= mid:
        return out
    for m in _BY_MID_DECADE.finditer(lowered):
        if any(_overlaps(pm, m) for pm in out):
            continue
        period = deadline(doc_date, date(mid, 12, 31))
        out = sorted(
            [*out, PeriodMatch(m.start(), m.end(), text[m.start() : m.end()], period)],
            key=lambda pm: pm.start,
        )
    return out


# "we currently project", "currently forecast": when a forecast is made, no instant of what it forecasts
_FORECAST_VERB_AFTER = re.compile(
    r"\s+(?:project|forecast|anticipate|expect|estimate|predict|plan|see|assume|model|target|guide)(?:s|ing)?\b"
)
# "the decisive actions we took early this year", "the momentum we had in the first quarter", "the
# investments that we made last year": a period phrase that dates what a plain noun's relative clause tells
# (the noun holds no figure), right before the phrase; not "the homes we started in the past two quarters
# represent about 75% of ...": what was started may be what the number counts
_CLAUSE_EVENT_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:[a-z][a-z-]*\s+){1,3}(?:that\s+|which\s+)?we\s+(?:had|saw|took"
    r"|made|announced|implemented|undertook)\s+"
    r"(?:in\s+|during\s+|over\s+|(?:early|earlier|late|later)(?:\s+in)?\s+)?$"
)


# a figure said in words inside the noun ("the double-digit pace we saw", "the two plants we opened")
_FIGURE_WORD = re.compile(
    r"\d|digit|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion"
    r"|half|percent)\b"
)


def _clause_event_periods(lowered: str, out: list[PeriodMatch]) -> list[PeriodMatch]:
    """`out` without a period phrase that dates an event told in a relative clause of a plain noun, past
    tense ("the decisive actions we took early this year delivered strong double-digit margins of 11.1%",
    "an exceptional 13.9% comp, continuing the momentum we had in the first quarter"): it dates the actions
    (the momentum), which hold no figure, not the numbers of the main clause, which keep the period their
    context gives. A noun with a figure keeps it ("the 10 stores we opened in the first quarter")."""
    kept = []
    for pm in out:
        m = _CLAUSE_EVENT_BEFORE.search(lowered, max(0, pm.start - 60), pm.start)
        if m is None or _FIGURE_WORD.search(m.group(0)) is not None:
            kept.append(pm)  # "not at the double-digit pace we saw in the fourth quarter": the figure's own
    return kept


def results_periods(
    text: str,
    lowered: str,
    matches: list[PeriodMatch],
    calendar: FiscalCalendar,
    reported: Period,
    forward: bool,
    doc_date: date | None = None,
) -> list[PeriodMatch]:
    """`matches` (from find_periods on `text`) re-read for a document reporting on `reported`;
    `forward`: the sentence has forward-looking words; `doc_date`: when the document was written (read
    by "quarter-to-date" and year-end deadlines). Adds the phrases find_periods does not read."""
    fy, q = reported.fiscal_year, reported.fiscal_quarter
    if fy is None or q is None:
        return matches
    whole_years = ("year" in lowered or "annual" in lowered) and _WHOLE_YEARS.search(lowered) is not None
    year_ago = fiscal_quarter(calendar, fy - 1, q)
    out: list[PeriodMatch] = []
    skip_to = -1
    possessive = "'s" in lowered or "’s" in lowered
    same_words = "same " in lowered or "comparable " in lowered or "corresponding " in lowered
    ended = "ended" in lowered or "ending" in lowered
    this_year = "this year" in lowered or "this fiscal year" in lowered or "current year" in lowered
    this_year = (
        this_year or "next year" in lowered or "next fiscal year" in lowered or "coming year" in lowered
    )
    doc_fy = shift_quarter(fy, q, 1)[0]  # the fiscal year the document is written in ("this year")
    past_fy = None if forward else fy  # "this year" not looking ahead: maybe the year reported on
    for pm in matches:
        if pm.start < skip_to:
            continue  # "last year" read together with the quarter before it
        phrase = lowered[pm.start : pm.end]
        p = pm.period
        of_last_year = (
            _OF_LAST_YEAR.match(lowered, pm.end) if p.kind in (PeriodKind.QUARTER, PeriodKind.HALF) else None
        )
        quarter_kind = p.kind is PeriodKind.QUARTER
        last_years = (
            _LAST_YEARS.search(lowered, max(0, pm.start - 24), pm.start)
            if quarter_kind and possessive and lowered.find("year", max(0, pm.start - 24), pm.start) >= 0
            else None
        )
        if last_years and p.fiscal_quarter is not None and not _YEAR_DIGITS.search(phrase):
            # "last year's third quarter"
            begin = last_years.start()
            while out and out[-1].start >= begin:
                out.pop()  # "last year" read alone just before
            quarter = fiscal_quarter(calendar, fy - 1, p.fiscal_quarter)
            pm = PeriodMatch(begin, pm.end, text[begin : pm.end], quarter)
        elif of_last_year and p.fiscal_year is not None and p.fiscal_quarter is not None:
            # "the third quarter of last year", "this quarter last year" (the reported one's); on a call held
            # after its fiscal year closed, "the first quarter last year" is of the year just reported on
            end = of_last_year.end()
            nq = q if _THIS_QUARTER.fullmatch(phrase) else p.fiscal_quarter
            year_of = fy if q == 4 and nq < 4 and doc_fy > fy else fy - 1
            pm = PeriodMatch(pm.start, end, text[pm.start : end], fiscal_quarter(calendar, year_of, nq))
            skip_to = end
        elif of_last_year and p.kind is PeriodKind.HALF and p.fiscal_year is not None:
            # "168 leases in the first half of 2021 versus 53 in the first half of last year"
            end = of_last_year.end()
            half = 1 if p.start == fiscal_year(calendar, p.fiscal_year).start else 2
            pm = PeriodMatch(pm.start, end, text[pm.start : end], fiscal_half(calendar, fy - 1, half))
            skip_to = end
        elif this_year and (merged := _of_this_year(text, lowered, pm, calendar, doc_fy, past_fy, doc_date)):
            # "the third quarter of this year", "in July of this year": that quarter (month) of the year the
            # document is written in; "the first nine months of this year": the months alone (see _EXTRA)
            if merged.end == pm.end:
                continue
            pm = merged
            skip_to = merged.end
        elif (
            p.kind is PeriodKind.INSTANT
            and ended
            and (ended_span := _ended_span(lowered, pm.start, p.end, calendar)) is not None
        ):
            # "for the three months ended September 30, 2021", "the quarter ended June 30": the months that
            # end on that day, not the day
            pm = PeriodMatch(pm.start, pm.end, pm.text, ended_span)
        elif (p.kind is PeriodKind.QUARTER and _THIS_QUARTER.fullmatch(phrase) and p != reported) or (
            p.kind is PeriodKind.DEADLINE and not forward and _END_OF_QUARTER.match(phrase)
        ):
            pm = PeriodMatch(pm.start, pm.end, pm.text, reported)
        elif p.kind is PeriodKind.QUARTER and _NEXT_QUARTER.fullmatch(phrase):
            nfy, nq = shift_quarter(fy, q, 1)
            pm = PeriodMatch(pm.start, pm.end, pm.text, fiscal_quarter(calendar, nfy, nq))
        elif p.kind is PeriodKind.QUARTER and _LAST_QUARTER.fullmatch(phrase):
            pfy, pq = shift_quarter(fy, q, -1)
            pm = PeriodMatch(pm.start, pm.end, pm.text, fiscal_quarter(calendar, pfy, pq))
        elif (
            p.kind is PeriodKind.YEAR
            and p.fiscal_year is not None
            and same_words
            and (same := _SAME_QUARTER.search(lowered, max(0, pm.start - 40), pm.start)) is not None
            and ("quarter" in same.group(0) or not _SPAN_WORDS.search(lowered))
        ):
            # "the same period last year" on a call held after the year it reports on closed: the year before
            # the reported one (find_periods reads "last year" from the call's date)
            base_year = fy - 1 if _PRIOR_YEAR.fullmatch(phrase) else p.fiscal_year
            pm = PeriodMatch(pm.start, pm.end, pm.text, fiscal_quarter(calendar, base_year, q))
        elif (
            p.kind is PeriodKind.YEAR
            and (
                (phrase == "last year" and lowered.endswith("over the ", 0, pm.start))
                or (phrase == "the last year" and lowered.endswith("over ", 0, pm.start))
            )
            and not lowered.startswith(("'", "’", "-"), pm.end)
        ):
            # "grew 9% over the last year": the four quarters ending with the one reported on
            first = fiscal_quarter(calendar, *shift_quarter(fy, q, -3))
            pm = PeriodMatch(pm.start, pm.end, pm.text, date_span(first.start, reported.end))
        elif (
            p.kind is PeriodKind.YEAR
            and p.fiscal_year is not None
            and "end" in lowered
            and _LAST_YEAR_WORDS.fullmatch(phrase)
            and (end_of := _END_OF.search(lowered, max(0, pm.start - 16), pm.start)) is not None
            and _QUARTER_AFTER.match(lowered, pm.end) is None
        ):
            # "at the end of last year": the close of the year before the one reported on, its fourth quarter
            # (as "at year end" is), not the quarter a year before the one reported on ("at the end of last
            # year's third quarter" is that quarter)
            close = fiscal_quarter(calendar, fy - 1, 4)
            pm = PeriodMatch(end_of.start(), pm.end, text[end_of.start() : pm.end], close)
        elif (
            p.kind is PeriodKind.YEAR
            and (not whole_years or _QUARTER_NOUN.match(lowered, pm.end) is not None)
            and _PRIOR_YEAR.fullmatch(phrase)
        ):
            pm = PeriodMatch(pm.start, pm.end, pm.text, year_ago)
        elif (
            p.kind is PeriodKind.YEAR
            and p.fiscal_year == fy
            and _PRIOR_YEAR.fullmatch(phrase)
            and _BASE_BEFORE.search(lowered, max(0, pm.start - 40), pm.start) is not None
        ):
            # "full year revenue was $97 billion, compared to $85 billion last year" on a January call about
            # the fourth quarter: the base is the year before the one reported on, not before the call
            pm = PeriodMatch(pm.start, pm.end, pm.text, fiscal_year(calendar, fy - 1))
        elif (
            p.kind is PeriodKind.YEAR
            and not forward
            and not whole_years
            and q < 4
            and p.fiscal_year == fy
            and _IN_THIS_YEAR.fullmatch(phrase)
            and _SO_FAR.search(lowered, max(0, pm.start - 12), pm.start) is not None
            and _LOOKS_AHEAD.search(lowered) is None
        ):
            # "we have deployed $1.8 billion thus far in 2021", "so far this year, we generated $880 million"
            # on a third-quarter call: the year so far, to the end of the quarter reported on
            pm = PeriodMatch(pm.start, pm.end, pm.text, date_span(p.start, reported.end))
        elif (
            p.kind is PeriodKind.YEAR
            and p.start <= reported.end < p.end
            and _REST_OF.search(lowered, max(0, pm.start - 30), pm.start) is not None
        ):
            # "for the remainder of 2021", "the rest of this year": after the quarter reported on
            pm = PeriodMatch(pm.start, pm.end, pm.text, date_span(reported.end + timedelta(days=1), p.end))
        elif (
            (forward or _EXPECTING.search(lowered) is not None)
            and p.kind is PeriodKind.QUARTER
            and p.fiscal_quarter is not None
            and p.end < reported.start
            and _LOOKS_AHEAD.search(lowered) is not None
            and not _YEAR_DIGITS.search(phrase)
            and not _CALL_AFTER.match(lowered, pm.end)
        ):
            # "we expect the fourth quarter ..." on a first-quarter call: the coming fourth quarter
            nq = p.fiscal_quarter
            coming = fiscal_quarter(calendar, fy if nq > q else fy + 1, nq)
            pm = PeriodMatch(pm.start, pm.end, pm.text, coming)
        elif (
            p.kind is PeriodKind.MONTH
            and doc_date is not None
            and p.start > doc_date
            and not forward
            and not _YEAR_DIGITS.search(phrase)
            and _LOOKS_AHEAD.search(lowered) is None
            and not lowered.endswith(("next ", "coming "), 0, pm.start)
        ):
            # "Recall that in April, we pre-funded ...": a sentence that does not look ahead, the last April
            past = month_period(calendar, p.start.year - 1, p.start.month)
            pm = PeriodMatch(pm.start, pm.end, pm.text, past)
        if (
            pm.period.kind is PeriodKind.INSTANT
            and ("payab" in lowered or "paid" in lowered)
            and _PAYABLE.search(lowered, max(0, pm.start - 20), pm.start) is not None
        ):
            pm = PeriodMatch(
                pm.start,
                pm.end,
                pm.text,
                fiscal_quarter(calendar, *calendar.fiscal_quarter_of(pm.period.start)),
            )
        elif p.kind is PeriodKind.MONTH and (
            days := _FIRST_DAYS.search(lowered, max(0, pm.start - 40), pm.start)
        ):
            # "in just the first 20 days of July": those days, not the month
            month = pm.period
            n = 7 * _WEEKS[days.group("weeks")] if days.group("week") else int(days.group(1))
            last = min(month.start + timedelta(days=n - 1), month.end)
            pm = PeriodMatch(days.start(), pm.end, text[days.start() : pm.end], date_span(month.start, last))
        elif (
            pm.period.kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.INSTANT)
            and (not forward or pm.period.kind is PeriodKind.QUARTER)
            and (
                phrase.startswith(("through ", "thru "))
                or _THROUGH.search(lowered, max(0, pm.start - 9), pm.start) is not None
            )
            and fiscal_year(calendar, fy).start < pm.period.start
            and pm.period.end <= reported.end
            and p.kind is not PeriodKind.DEADLINE  # "through the end of the quarter": its close, not the year
        ):
            # "up 33% through May", "more than $1 billion through the third quarter", "through March 31st, we
            # have accumulated $915 million": the year to its end (a closed quarter in a forward sentence too:
            # "we will continue to expand, completing seven acquisitions through the third quarter")
            pm = PeriodMatch(
                pm.start, pm.end, pm.text, date_span(fiscal_year(calendar, fy).start, pm.period.end)
            )
        out.append(pm)
    if len(out) > 1 and (" and " in lowered or "," in lowered or "thr" in lowered or " to " in lowered):
        out = _runs(text, lowered, out, calendar)
    extras: Iterator[re.Match[str]] = _EXTRA.finditer(lowered) if _extra_hint(lowered) else iter(())
    if _round6_hint(lowered):
        extras = chain(extras, _EXTRA6.finditer(lowered))
    for m in extras:
        if m.re is _EXTRA6:
            got = _round6_period(m, lowered, calendar, reported, forward, doc_date)
            if got is not None and not any(_overlaps(pm, m) for pm in out):
                out.append(PeriodMatch(m.start(), m.end(), text[m.start() : m.end()], got))
            continue
        if any(_overlaps(pm, m) for pm in out):
            continue
        phrase = m.group(0)
        if m.group("months"):
            year = fiscal_year(calendar, fy)
            n = _MONTHS[m.group("months")]
            last = fiscal_quarter(calendar, fy, n // 3).end
            period = date_span(year.start, last)
        elif m.group("half"):
            doc_fy = shift_quarter(fy, q, 1)[0]  # the fiscal year the document is written in
            period = fiscal_half(calendar, doc_fy, 2 if m.group("side") == "back" else 1)
        elif m.group("exit"):
            if not forward:
                if q == 4 or not phrase.startswith(_CLOSED):
                    # "we ended the year with ..." on a fourth-quarter call: the quarter reported on; "to exit
                    # the year at $700 million": a plan, no closed year
                    continue
                # "from $4.1 billion at year end to $2.8 billion at March 31" on a first-quarter call: the
                # balance at the close of the last fiscal year (or the one named), its fourth quarter
                named = _YEAR_AFTER.match(lowered, m.end())
                period = fiscal_quarter(calendar, int(named.group(1)) if named else fy - 1, 4)
                out.append(PeriodMatch(m.start(), m.end(), text[m.start() : m.end()], period))
                continue
            doc_fy = shift_quarter(fy, q, 1)[0]
            period = deadline(doc_date or reported.end + timedelta(days=1), fiscal_year(calendar, doc_fy).end)
        elif m.group("inq"):
            if forward:
                continue  # "we expect to end the quarter with ...": a coming quarter, read elsewhere
            if phrase.startswith("for") and _other_quarter_before(out, m.start(), reported):
                continue  # "a Q2 revenue scenario of $270 million for the quarter": the quarter named before
            period = reported  # "down 24% in the quarter and 22% year to date": the quarter reported on
        elif m.group("today"):
            if doc_date is None or (forward and not phrase.startswith("as")):
                continue  # "we currently expect": no instant of a forecast
            if phrase == "currently" and _FORECAST_VERB_AFTER.match(lowered, m.end()) is not None:
                continue  # "For full year, we currently project ...": a forecast verb the cues do not read
            period = instant(calendar, doc_date.year, doc_date.month, doc_date.day)
        elif m.group("qtd"):
            if doc_date is None or doc_date <= reported.end:
                continue
            period = date_span(reported.end + timedelta(days=1), doc_date)
        elif m.group("ttm"):
            if _EBITDA_AFTER.match(lowered, m.end()) and _RATIO_TO.search(
                lowered, max(0, m.start() - 8), m.start()
            ):
                continue  # "net debt to last 12 months EBITDA was 1.4 times": a ratio's denominator
            first = fiscal_quarter(calendar, *shift_quarter(fy, q, -3))
            period = date_span(first.start, reported.end)
        elif m.group("rest"):
            year = fiscal_year(calendar, fy)
            if reported.end >= year.end:
                continue
            start = reported.end + timedelta(days=1)
            period = date_span(start, year.end)
        elif "full" in phrase or phrase.startswith("for"):
            period = fiscal_year(calendar, fy + 1 if q == 4 and forward else fy)
        elif whole_years and "quarter" not in phrase:
            period = fiscal_year(calendar, fy - 1)
        else:
            period = year_ago
        out.append(PeriodMatch(m.start(), m.end(), text[m.start() : m.end()], period))
    out.sort(key=lambda pm: pm.start)
    if len(out) > 1 and " and " in lowered:
        out = _two_years(text, lowered, out)
    if not forward and "months" in lowered:
        out = _last_months(text, lowered, out, calendar, reported)
    if not forward and ("years" in lowered or "decade" in lowered):
        out = _last_years(text, lowered, out, calendar, reported)
    if not forward and "since" in lowered:
        out = _since_year(lowered, out, calendar, reported, doc_date)
        out = _since_quarter(lowered, out, calendar, reported, doc_date)
    if " we " in lowered and out:
        out = _clause_event_periods(lowered, out)
    if doc_date is not None and "since the " in lowered:
        out = _since_year_start(text, lowered, out, calendar, fy, doc_date)
    if doc_date is not None and "decade" in lowered:
        out = _by_mid_decade(text, lowered, out, doc_date)
    if not forward and doc_date is not None and ("to date " in lowered or "to-date " in lowered):
        out = _to_date_in_year(text, lowered, out, doc_date)
    if not forward and doc_date is not None and ("far " in lowered or " to date" in lowered):
        out = _call_year_so_far(text, lowered, out, reported, doc_date)
    if same_words and len(out) > 1 and "period" in lowered:
        out = _same_span_before(text, out, lowered, calendar, reported)
    if len(out) > 1 and "year" in lowered and any(map(lowered.__contains__, TO_DATE_WORDS)):
        out = _year_ago_after_span(out, lowered, calendar, reported, year_ago)
    if whole_years and q == 4 and not forward and len(out) > 1:
        out = _closed_year_base(text, lowered, out, calendar, reported)
    if forward and not whole_years and ("through" in lowered or "thru" in lowered or "remaining" in lowered):
        # only in a forecast: "has roughly a 4% roll through year-end" dates none of the balances around it
        out = _balance_of_year(text, lowered, out, calendar, reported)
    return out


__all__ = ["results_periods"]
