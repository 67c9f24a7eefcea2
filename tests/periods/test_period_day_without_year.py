"""A day named without a year ("as of June 30"): an instant, on the occurrence the phrase means."""

from __future__ import annotations

from datetime import date

from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import find_periods
from thesisledger.periods.period import PeriodKind

CAL = FiscalCalendar.calendar_year()


def _read(text: str, doc: date) -> list[tuple[str, PeriodKind]]:
    return [(m.period.label, m.period.kind) for m in find_periods(text, calendar=CAL, doc_date=doc)]


def test_a_balance_date_is_the_last_one() -> None:
    assert _read("Cash was $5 million as of June 30.", date(2023, 7, 27)) == [
        ("2023-06-30", PeriodKind.INSTANT)
    ]
    # seven months back is still the last one for a balance, though next December 31 is nearer
    assert _read("The ratio fell from 967% at December 31.", date(2023, 7, 27)) == [
        ("2022-12-31", PeriodKind.INSTANT)
    ]


def test_a_day_is_its_nearest_occurrence_and_by_a_day_is_a_deadline() -> None:
    assert _read("The dividend is payable on November 13.", date(2023, 10, 26)) == [
        ("2023-11-13", PeriodKind.INSTANT)
    ]
    assert _read("On May 24th we agreed to sell the unit.", date(2023, 10, 26)) == [
        ("2023-05-24", PeriodKind.INSTANT)
    ]
    assert _read("We will finish by December 31.", date(2023, 10, 26)) == [
        ("2023-12-31", PeriodKind.DEADLINE)
    ]


def test_a_month_alone_or_with_a_year_is_unchanged() -> None:
    # contrast: no day, or a day with its year, keeps the month and date readings
    assert _read("Sales rose in June.", date(2023, 7, 27)) == [("2023-06", PeriodKind.MONTH)]
    assert _read("As of June 30, 2023, cash was $5 million.", date(2023, 7, 27)) == [
        ("2023-06-30", PeriodKind.INSTANT)
    ]
    # a number on the next line is a list item, not the day
    assert _read("likely in September or October.\n2. Margins", date(2023, 7, 27)) == [
        ("2023-09", PeriodKind.MONTH),
        ("2023-10", PeriodKind.MONTH),
    ]
