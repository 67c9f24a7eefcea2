""" "The first nine months of 2021": the start of that (fiscal) year to the end of its ninth month."""

from __future__ import annotations

from datetime import date

import pytest

from thesisledger.periods import resolve_period
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import find_periods
from thesisledger.periods.period import PeriodKind

CAL = FiscalCalendar.calendar_year()
MARCH_FY = FiscalCalendar(3)  # a fiscal year that ends in March (Alibaba's)
DOC = date(2021, 10, 21)


@pytest.mark.parametrize(
    ("phrase", "start", "end", "kind"),
    [
        ("the first nine months of 2021", date(2021, 1, 1), date(2021, 9, 30), PeriodKind.SPAN),
        ("first 9 months of 2020", date(2020, 1, 1), date(2020, 9, 30), PeriodKind.SPAN),
        ("the first six months of 2021", date(2021, 1, 1), date(2021, 6, 30), PeriodKind.HALF),
        ("the first three months of fiscal 2022", date(2022, 1, 1), date(2022, 3, 31), PeriodKind.QUARTER),
        ("the first two months of 2021", date(2021, 1, 1), date(2021, 2, 28), PeriodKind.SPAN),
    ],
)
def test_first_months_of_a_year(phrase: str, start: date, end: date, kind: PeriodKind) -> None:
    p = resolve_period(phrase, calendar=CAL, doc_date=DOC)
    assert (p.start, p.end, p.kind) == (start, end, kind)


def test_first_months_follow_the_fiscal_calendar() -> None:
    p = resolve_period("the first nine months of fiscal 2021", calendar=MARCH_FY, doc_date=DOC)
    assert (p.start, p.end) == (date(2020, 4, 1), date(2020, 12, 31))


def test_in_a_sentence_the_whole_phrase_is_one_period_not_the_year() -> None:
    found = find_periods("Cash from operations for the first nine months of 2021 was $3.6 billion.",
                         calendar=CAL, doc_date=DOC)  # fmt: skip
    assert [(m.text, m.period.end) for m in found] == [("the first nine months of 2021", date(2021, 9, 30))]
    # contrast: a year alone is still the whole year, and thirteen months is no part of a year
    assert [
        m.period.label for m in find_periods("Sales in 2021 were $5 billion.", calendar=CAL, doc_date=DOC)
    ] == ["2021"]
    assert all(
        m.period.end != date(2021, 9, 30)
        for m in find_periods("over the first thirteen months of 2021", calendar=CAL, doc_date=DOC)
    )
