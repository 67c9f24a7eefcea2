"""XBRL contexts to ledger periods: fiscal quarters, halves, nine-month spans, years and instants.

Companies on 52/53-week years close their periods on a weekday near a month end (Apple: the last
Saturday of September, so a quarter may end on 1 April; NVIDIA: the last Sunday of January). Dates
within a week of a month end are snapped to it, which turns any such context into the fiscal months
it covers; the ledger period then takes the fiscal calendar's bounds (FY24Q3 = April-June 2024 for a
September year), so facts from filings and claims from documents land on the same key.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

from thesisledger.periods.calendar import FiscalCalendar, month_end
from thesisledger.periods.period import Period, PeriodKind

SNAP_DAYS = 7  # the farthest a 52/53-week period end lies from the month end it stands for


def snap_to_month_end(d: date) -> date | None:
    """The month end within `SNAP_DAYS` of `d` (2023-04-01 -> 2023-03-31), or None."""
    this = month_end(d.year, d.month)
    prev = date(d.year, d.month, 1) - timedelta(days=1)
    best = min((this, prev), key=lambda m: abs((m - d).days))
    return best if abs((best - d).days) <= SNAP_DAYS else None


def _months_between(first_day: date, last_day: date) -> int:
    return (last_day.year - first_day.year) * 12 + last_day.month - first_day.month + 1


def fiscal_months(start: date, end: date) -> tuple[date, date, int] | None:
    """(first day of the first month, last day of the last month, months) a duration covers, or None
    when either end is not near a month boundary."""
    end_m = snap_to_month_end(end)
    before = snap_to_month_end(start - timedelta(days=1))
    if end_m is None or before is None or before >= end_m:
        return None
    first = before + timedelta(days=1)
    return first, end_m, _months_between(first, end_m)


def duration_period(start: date, end: date, calendar: FiscalCalendar) -> Period | None:
    """The ledger period of an XBRL duration: a fiscal quarter, the first half, the first nine months
    (a span) or a fiscal year; None for anything else (a month, an odd stub, a misaligned quarter)."""
    months = fiscal_months(start, end)
    if months is None:
        return None
    first, last, n = months
    fy, q = calendar.fiscal_quarter_of(last)
    if n == 3:
        q_start, q_end = calendar.quarter_bounds(fy, q)
        if (q_start, q_end) != (first, last):
            return None
        return Period(calendar.quarter_label(fy, q), q_start, q_end, PeriodKind.QUARTER, fy, q)
    y_start, y_end = calendar.year_bounds(fy)
    if first != y_start:  # only year-to-date spans; a trailing six months is not a fiscal period
        return None
    if n == 12 and last == y_end:
        return Period(calendar.year_label(fy), y_start, y_end, PeriodKind.YEAR, fy)
    if n == 6 and q == 2:
        h_start, h_end = calendar.half_bounds(fy, 1)
        return Period(calendar.half_label(fy, 1), h_start, h_end, PeriodKind.HALF, fy)
    if n == 9 and q == 3:
        _, q3_end = calendar.quarter_bounds(fy, 3)
        label = f"{calendar.quarter_label(fy, 1)}-{calendar.quarter_label(fy, 3)}"
        return Period(label, y_start, q3_end, PeriodKind.SPAN, fy)
    return None


def instant_period(day: date, calendar: FiscalCalendar, period_ends: frozenset[date]) -> Period:
    """The ledger period of an XBRL instant. A balance at a date the company closes its periods on
    (one of `period_ends`, the raw end dates of its quarters and years) is moved to the fiscal
    quarter's last day, so it matches "cash at the end of FY24Q3"; any other date stays as is."""
    if day in period_ends:
        snapped = snap_to_month_end(day)
        if snapped is not None:
            fy, q = calendar.fiscal_quarter_of(snapped)
            if calendar.quarter_bounds(fy, q)[1] == snapped:
                return Period(snapped.isoformat(), snapped, snapped, PeriodKind.INSTANT, fy, q)
    return Period(day.isoformat(), day, day, PeriodKind.INSTANT)


# -- the fiscal calendar of a filer ---------------------------------------------------------------
def _iter_facts(company_facts: Mapping[str, Any]) -> Iterable[dict[str, Any]]:
    for concepts in (company_facts.get("facts") or {}).values():
        for concept in concepts.values():
            for rows in (concept.get("units") or {}).values():
                yield from rows


def infer_fy_end_month(company_facts: Mapping[str, Any]) -> int | None:
    """The month a filer's fiscal year ends, from its annual facts: durations of about a year that
    annual reports (fp "FY") tag, their end dates snapped to month ends; the most common month over
    the latest five years wins (a filer that moved its year end is read by its current habit).
    Falls back to the first-quarter facts of quarterly reports; None when the facts say nothing."""
    annual: Counter[tuple[int, int]] = Counter()
    first_quarters: Counter[tuple[int, int]] = Counter()
    for row in _iter_facts(company_facts):
        if "start" not in row or "end" not in row:
            continue
        try:
            months = fiscal_months(date.fromisoformat(row["start"]), date.fromisoformat(row["end"]))
        except (TypeError, ValueError):
            continue
        if months is None:
            continue
        _, last, n = months
        if n == 12 and row.get("fp") == "FY":
            annual[(last.year, last.month)] += 1
        elif n == 3 and row.get("fp") == "Q1":
            # the year ends three quarters after a first quarter ends
            m = (last.month + 9 - 1) % 12 + 1
            first_quarters[(last.year, m)] += 1
    for votes in (annual, first_quarters):
        if votes:
            latest_years = sorted({y for y, _ in votes}, reverse=True)[:5]
            by_month: Counter[int] = Counter()
            for (y, m), n in votes.items():
                if y in latest_years:
                    by_month[m] += n
            return by_month.most_common(1)[0][0]
    return None
