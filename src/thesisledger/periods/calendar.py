"""Fiscal calendars: which months make up a company's fiscal quarters, halves and years.

A fiscal year is named by the calendar year in which it ends (Alibaba's FY26 runs April 2025 to
March 2026), as pandas' fiscal-year period frequencies do (`Q-MAR`, `Y-MAR`).
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date

import pandas as pd

from thesisledger.errors import PeriodError

MIN_FISCAL_YEAR, MAX_FISCAL_YEAR = 1800, 2999
"""Years a fiscal period may fall in: wider than any filing, narrow enough for every date library."""

_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class FiscalCalendar:
    """A fiscal calendar given by the month its fiscal year ends (12 = calendar year).

    `fiscal_labels` says whether labels read "FY26Q4" (a company's own calendar) or "2026Q1"
    (plain calendar periods, used when no company is given).
    """

    fy_end_month: int = 12
    fiscal_labels: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.fy_end_month <= 12:
            raise PeriodError(f"fiscal-year end month must be 1-12, got {self.fy_end_month}")

    @classmethod
    def calendar_year(cls) -> FiscalCalendar:
        """Plain calendar periods with calendar labels: the default without --company. One shared instance
        (it is frozen): the period caches keyed by calendar (readings.quarter_bounds, fiscal_quarter_of, the
        phrase cache of find_periods) then find their keys by identity instead of comparing fields."""
        if cls is FiscalCalendar:
            return _CALENDAR_YEAR
        return cls(12, fiscal_labels=False)

    @property
    def quarter_freq(self) -> str:
        """The pandas frequency of this calendar's quarters, e.g. "Q-MAR"."""
        return f"Q-{_MONTHS[self.fy_end_month - 1]}"

    @property
    def year_freq(self) -> str:
        return f"Y-{_MONTHS[self.fy_end_month - 1]}"

    # -- which fiscal period holds a date ---------------------------------------------------
    def fiscal_year_of(self, d: date) -> int:
        """The fiscal year (named by its end year) that contains date `d`."""
        return int(pd.Period(d, freq=self.year_freq).qyear)

    def fiscal_quarter_of(self, d: date) -> tuple[int, int]:
        """(fiscal year, quarter 1-4) containing date `d`."""
        p = pd.Period(d, freq=self.quarter_freq)
        return int(p.qyear), int(p.quarter)

    # -- bounds --------------------------------------------------------------------------------
    def quarter_bounds(self, fiscal_year: int, quarter: int) -> tuple[date, date]:
        if not 1 <= quarter <= 4:
            raise PeriodError(f"a fiscal year has quarters 1-4, not Q{quarter}")
        if not MIN_FISCAL_YEAR <= fiscal_year <= MAX_FISCAL_YEAR:
            raise PeriodError(
                f"fiscal year {fiscal_year} is outside {MIN_FISCAL_YEAR}-{MAX_FISCAL_YEAR}; "
                "write the year in full, e.g. FY2026"
            )
        p = pd.Period(year=fiscal_year, quarter=quarter, freq=self.quarter_freq)
        return p.start_time.date(), p.end_time.date()

    def half_bounds(self, fiscal_year: int, half: int) -> tuple[date, date]:
        if half not in (1, 2):
            raise PeriodError(f"a fiscal year has halves 1 and 2, not H{half}")
        start, _ = self.quarter_bounds(fiscal_year, 2 * half - 1)
        _, end = self.quarter_bounds(fiscal_year, 2 * half)
        return start, end

    def year_bounds(self, fiscal_year: int) -> tuple[date, date]:
        start, _ = self.quarter_bounds(fiscal_year, 1)
        _, end = self.quarter_bounds(fiscal_year, 4)
        return start, end

    # -- labels --------------------------------------------------------------------------------
    def quarter_label(self, fiscal_year: int, quarter: int) -> str:
        if self.fiscal_labels:
            return f"FY{fiscal_year % 100:02d}Q{quarter}"
        return f"{fiscal_year}Q{quarter}"

    def half_label(self, fiscal_year: int, half: int) -> str:
        if self.fiscal_labels:
            return f"FY{fiscal_year % 100:02d}H{half}"
        return f"{fiscal_year}H{half}"

    def year_label(self, fiscal_year: int) -> str:
        if self.fiscal_labels:
            return f"FY{fiscal_year % 100:02d}"
        return f"{fiscal_year}"


_CALENDAR_YEAR = FiscalCalendar(12, fiscal_labels=False)  # calendar_year()'s one instance
