"""How a fiscal calendar turns numbers into Periods: quarters, halves, years, months, instants,
deadlines and spans, with the labels analysts use and the other reading when a phrase has one.

Internal to `thesisledger.periods` (the phrase patterns live in `parse.py`). Pure, no I/O.
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

from thesisledger.periods.calendar import FiscalCalendar, month_end
from thesisledger.periods.period import Period, PeriodKind

MONTH_NAMES = tuple(calendar.month_name[1:])  # "January" .. "December" (C locale)


class InvalidPeriod(Exception):
    """A phrase that matched a period form but cannot exist; carries the reason and a valid example."""

    def __init__(self, reason: str, example: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.example = example


# pandas Periods are exact but slow to build; scanning a corpus asks for the same few over and over.
@lru_cache(maxsize=8192)
def quarter_bounds(cal: FiscalCalendar, fy: int, q: int) -> tuple[date, date]:
    return cal.quarter_bounds(fy, q)


def half_bounds(cal: FiscalCalendar, fy: int, h: int) -> tuple[date, date]:
    check_half(h)
    return quarter_bounds(cal, fy, 2 * h - 1)[0], quarter_bounds(cal, fy, 2 * h)[1]


def year_bounds(cal: FiscalCalendar, fy: int) -> tuple[date, date]:
    return quarter_bounds(cal, fy, 1)[0], quarter_bounds(cal, fy, 4)[1]


@lru_cache(maxsize=8192)
def fiscal_quarter_of(cal: FiscalCalendar, d: date) -> tuple[int, int]:
    return cal.fiscal_quarter_of(d)


def fiscal_year_of(cal: FiscalCalendar, d: date) -> int:
    return fiscal_quarter_of(cal, d)[0]


def read_year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 70 else 1900 + y
    return y


def add_months(d: date, months: int) -> date:
    idx = d.year * 12 + d.month - 1 + months
    y, m0 = divmod(idx, 12)
    return date(y, m0 + 1, min(d.day, month_end(y, m0 + 1).day))


def shift_quarter(fy: int, q: int, k: int) -> tuple[int, int]:
    y, q0 = divmod(fy * 4 + q - 1 + k, 4)
    return y, q0 + 1


def month_name(m: int) -> str:
    return MONTH_NAMES[m - 1]


def iso_span(a: date, b: date) -> str:
    """The ISO 8601 interval label of a span that is no run of whole fiscal periods: `start/end`."""
    return f"{a.isoformat()}/{b.isoformat()}"


def date_span(a: date, b: date) -> Period:
    """The span of days from `a` to `b` (inclusive), labelled `start/end` (iso_span)."""
    return Period(iso_span(a, b), a, b, PeriodKind.SPAN)


def check_quarter(q: int) -> None:
    if not 1 <= q <= 4:
        raise InvalidPeriod(f"a fiscal year has quarters 1-4, there is no Q{q}", "FY26Q4")


def check_half(h: int) -> None:
    if h not in (1, 2):
        raise InvalidPeriod(f"a fiscal year has halves 1 and 2, there is no H{h}", "H1 2026")


def fiscal_quarter(cal: FiscalCalendar, fy: int, q: int, ambiguity: str | None = None) -> Period:
    check_quarter(q)
    s, e = quarter_bounds(cal, fy, q)
    return Period(cal.quarter_label(fy, q), s, e, PeriodKind.QUARTER, fy, q, ambiguity=ambiguity)


def calendar_quarter(cal: FiscalCalendar, year: int, q: int, ambiguity: str | None = None) -> Period:
    """Calendar quarter `q` of `year`, labelled with the fiscal quarter it coincides with, if any."""
    check_quarter(q)
    s, e = date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if cal.fy_end_month % 3 == 0:
        fy, fq = fiscal_quarter_of(cal, s)
        return Period(cal.quarter_label(fy, fq), s, e, PeriodKind.QUARTER, fy, fq, ambiguity=ambiguity)
    return Period(f"CY{year}Q{q}", s, e, PeriodKind.QUARTER, ambiguity=ambiguity)


def fiscal_half(cal: FiscalCalendar, fy: int, h: int, ambiguity: str | None = None) -> Period:
    check_half(h)
    s, e = half_bounds(cal, fy, h)
    return Period(cal.half_label(fy, h), s, e, PeriodKind.HALF, fy, ambiguity=ambiguity)


def calendar_half(cal: FiscalCalendar, year: int, h: int) -> Period:
    check_half(h)
    s, e = date(year, 6 * h - 5, 1), month_end(year, 6 * h)
    if cal.fy_end_month % 6 == 0:
        fy = fiscal_year_of(cal, s)
        fh = 1 if half_bounds(cal, fy, 1)[0] == s else 2
        return Period(cal.half_label(fy, fh), s, e, PeriodKind.HALF, fy)
    return Period(f"CY{year}H{h}", s, e, PeriodKind.HALF)


def fiscal_year(cal: FiscalCalendar, fy: int, ambiguity: str | None = None) -> Period:
    s, e = year_bounds(cal, fy)
    return Period(cal.year_label(fy), s, e, PeriodKind.YEAR, fy, ambiguity=ambiguity)


def calendar_year(cal: FiscalCalendar, year: int, approximate: bool = False) -> Period:
    if cal.fy_end_month == 12:
        return fiscal_year(cal, year)
    fs, fe = year_bounds(cal, year)
    fiscal = f"fiscal year {cal.year_label(year)} it is {iso_span(fs, fe)}"
    amb = f"'{year}' read as calendar year {year}; as {fiscal}"
    return Period(
        f"CY{year}",
        date(year, 1, 1),
        date(year, 12, 31),
        PeriodKind.YEAR,
        approximate=approximate,
        ambiguity=amb,
    )


def month_period(cal: FiscalCalendar, year: int, m: int, ambiguity: str | None = None) -> Period:
    s = date(year, m, 1)
    fy, fq = fiscal_quarter_of(cal, s)
    return Period(f"{year:04d}-{m:02d}", s, month_end(year, m), PeriodKind.MONTH, fy, fq, ambiguity=ambiguity)


def instant(cal: FiscalCalendar, y: int, m: int, d: int) -> Period:
    try:
        day = date(y, m, d)
    except ValueError as exc:
        raise InvalidPeriod(f"{y:04d}-{m:02d}-{d:02d} is not a calendar date ({exc})", "2026-03-31") from exc
    fy, fq = fiscal_quarter_of(cal, day)
    return Period(day.isoformat(), day, day, PeriodKind.INSTANT, fy, fq)


def deadline(doc: date, end: date, approximate: bool = False, ambiguity: str | None = None) -> Period:
    return Period(
        end.isoformat(),
        min(doc, end),
        end,
        PeriodKind.DEADLINE,
        approximate=approximate,
        ambiguity=ambiguity,
    )


def no_company_note(cal: FiscalCalendar, prefix: str, y: int) -> str | None:
    if not cal.fiscal_labels and prefix.upper() == "FY":
        return f"no company calendar given: FY{y % 100:02d} read as calendar year {y}"
    return None


def quarter_with_year(cal: FiscalCalendar, year: int, q: int, text: str) -> Period:
    """'Q1 2015': the company's fiscal quarter when its year is not the calendar year."""
    if cal.fy_end_month == 12:
        return fiscal_quarter(cal, year, q)
    check_quarter(q)
    cal_q = calendar_quarter(cal, year, q)
    p = fiscal_quarter(cal, year, q)
    amb = (
        f"{text!r} read as fiscal {p.label}; as calendar Q{q} {year} it is "
        f"{iso_span(cal_q.start, cal_q.end)} ({cal_q.label})"
    )
    return fiscal_quarter(cal, year, q, ambiguity=amb)


def half_with_year(cal: FiscalCalendar, year: int, h: int, text: str) -> Period:
    if cal.fy_end_month == 12:
        return fiscal_half(cal, year, h)
    check_half(h)
    cal_h = calendar_half(cal, year, h)
    p = fiscal_half(cal, year, h)
    amb = (
        f"{text!r} read as fiscal {p.label}; as calendar H{h} {year} it is {iso_span(cal_h.start, cal_h.end)}"
    )
    return fiscal_half(cal, year, h, ambiguity=amb)


def quarter_no_year(cal: FiscalCalendar, doc: date, q: int) -> Period:
    check_quarter(q)
    fy, cur = fiscal_quarter_of(cal, doc)
    if q == cur:
        return fiscal_quarter(cal, fy, q)
    chosen, other = (fy, fy + 1) if q < cur else (fy - 1, fy)
    alt = fiscal_quarter(cal, other, q)
    amb = f"no year given: read as the latest Q{q} that has started; could be {alt.label}"
    return fiscal_quarter(cal, chosen, q, ambiguity=amb)


def quarter_span(a: Period, b: Period) -> Period:
    if b.start < a.start:
        raise InvalidPeriod(f"the span runs backwards ({a.label} is after {b.label})", "FY27Q1-FY27Q2")
    if a == b:
        return a
    return Period(f"{a.label}-{b.label}", a.start, b.end, PeriodKind.SPAN, a.fiscal_year)


def year_span(a: Period, b: Period) -> Period:
    if b.start <= a.start:
        raise InvalidPeriod(f"the span runs backwards or is empty ({a.label} to {b.label})", "2026-2031")
    return Period(f"{a.label}-{b.label}", a.start, b.end, PeriodKind.SPAN, a.fiscal_year)


def fiscal_year_note(cal: FiscalCalendar, year: int) -> str | None:
    """For a non-December fiscal year: 'the year' could mean the fiscal year instead."""
    if cal.fy_end_month == 12:
        return None
    fy_end = year_bounds(cal, fiscal_year_of(cal, date(year, 12, 31)))[1]
    return f"'year' read as calendar year {year}; the fiscal year ends {fy_end.isoformat()}"
