"""Fiscal calendars and period phrases resolved into concrete date intervals."""

from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import PeriodMatch, find_periods, resolve_period
from thesisledger.periods.period import Period, PeriodKind

__all__ = ["FiscalCalendar", "Period", "PeriodKind", "PeriodMatch", "find_periods", "resolve_period"]
