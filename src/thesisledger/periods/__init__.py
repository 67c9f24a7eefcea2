"""Fiscal calendars and period phrases resolved into concrete date intervals."""

from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.period import Period, PeriodKind

__all__ = ["FiscalCalendar", "Period", "PeriodKind"]
