"""Every period form, resolved with Alibaba's calendar (FY ends March) and with plain calendar years."""

from __future__ import annotations

from datetime import date

import pytest

from thesisledger.companies import find_profile
from thesisledger.errors import PeriodError
from thesisledger.periods import FiscalCalendar, Period, PeriodKind, resolve_period

DOC = date(2026, 5, 15)
BABA = find_profile("BABA").calendar
PLAIN = FiscalCalendar.calendar_year()

Q, H, Y, M = PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR, PeriodKind.MONTH
S, INS, D, OPEN = PeriodKind.SPAN, PeriodKind.INSTANT, PeriodKind.DEADLINE, PeriodKind.OPEN
# (label, start, end, kind, ambiguous?)
Row = tuple[str, str, str, PeriodKind, bool]

TABLE: list[tuple[str, Row, Row]] = [
    # text, Alibaba reading, calendar-year reading (no company)
    (
        "FY26Q4",
        ("FY26Q4", "2026-01-01", "2026-03-31", Q, False),
        ("2026Q4", "2026-10-01", "2026-12-31", Q, True),
    ),
    (
        "FY2026 Q4",
        ("FY26Q4", "2026-01-01", "2026-03-31", Q, False),
        ("2026Q4", "2026-10-01", "2026-12-31", Q, True),
    ),
    (
        "4QFY26",
        ("FY26Q4", "2026-01-01", "2026-03-31", Q, False),
        ("2026Q4", "2026-10-01", "2026-12-31", Q, True),
    ),
    (
        "Q4 FY26",
        ("FY26Q4", "2026-01-01", "2026-03-31", Q, False),
        ("2026Q4", "2026-10-01", "2026-12-31", Q, True),
    ),
    (
        "Q1 2015",
        ("FY15Q1", "2014-04-01", "2014-06-30", Q, True),
        ("2015Q1", "2015-01-01", "2015-03-31", Q, False),
    ),
    (
        "1Q25",
        ("FY25Q1", "2024-04-01", "2024-06-30", Q, True),
        ("2025Q1", "2025-01-01", "2025-03-31", Q, False),
    ),
    (
        "fiscal 2027",
        ("FY27", "2026-04-01", "2027-03-31", Y, False),
        ("2027", "2027-01-01", "2027-12-31", Y, False),
    ),
    ("FY27", ("FY27", "2026-04-01", "2027-03-31", Y, False), ("2027", "2027-01-01", "2027-12-31", Y, True)),
    (
        "fiscal year 2026",
        ("FY26", "2025-04-01", "2026-03-31", Y, False),
        ("2026", "2026-01-01", "2026-12-31", Y, False),
    ),
    (
        "H1 2026",
        ("FY26H1", "2025-04-01", "2025-09-30", H, True),
        ("2026H1", "2026-01-01", "2026-06-30", H, False),
    ),
    (
        "1H26",
        ("FY26H1", "2025-04-01", "2025-09-30", H, True),
        ("2026H1", "2026-01-01", "2026-06-30", H, False),
    ),
    (
        "the second half of the year",
        ("CY2026H2", "2026-07-01", "2026-12-31", H, True),
        ("2026H2", "2026-07-01", "2026-12-31", H, False),
    ),
    (
        "H2",
        ("FY27H2", "2026-10-01", "2027-03-31", H, False),
        ("2026H2", "2026-07-01", "2026-12-31", H, False),
    ),
    (
        "first half of fiscal 2027",
        ("FY27H1", "2026-04-01", "2026-09-30", H, False),
        ("2027H1", "2027-01-01", "2027-06-30", H, False),
    ),
    (
        "March quarter",
        ("FY26Q4", "2026-01-01", "2026-03-31", Q, False),
        ("2026Q1", "2026-01-01", "2026-03-31", Q, False),
    ),
    (
        "the June quarter",
        ("FY27Q1", "2026-04-01", "2026-06-30", Q, False),
        ("2026Q2", "2026-04-01", "2026-06-30", Q, False),
    ),
    (
        "June quarter 2025",
        ("FY26Q1", "2025-04-01", "2025-06-30", Q, False),
        ("2025Q2", "2025-04-01", "2025-06-30", Q, False),
    ),
    (
        "June",
        ("2026-06", "2026-06-01", "2026-06-30", M, False),
        ("2026-06", "2026-06-01", "2026-06-30", M, False),
    ),
    (
        "in June",
        ("2026-06", "2026-06-01", "2026-06-30", M, False),
        ("2026-06", "2026-06-01", "2026-06-30", M, False),
    ),
    # 10 months ahead is too far for guidance: the March just gone
    (
        "March",
        ("2026-03", "2026-03-01", "2026-03-31", M, False),
        ("2026-03", "2026-03-01", "2026-03-31", M, False),
    ),
    # 8 months ahead or 4 months ago: next January, reported as ambiguous
    (
        "January",
        ("2027-01", "2027-01-01", "2027-01-31", M, True),
        ("2027-01", "2027-01-01", "2027-01-31", M, True),
    ),
    (
        "this quarter",
        ("FY27Q1", "2026-04-01", "2026-06-30", Q, False),
        ("2026Q2", "2026-04-01", "2026-06-30", Q, False),
    ),
    (
        "next quarter",
        ("FY27Q2", "2026-07-01", "2026-09-30", Q, False),
        ("2026Q3", "2026-07-01", "2026-09-30", Q, False),
    ),
    (
        "last quarter",
        ("FY26Q4", "2026-01-01", "2026-03-31", Q, False),
        ("2026Q1", "2026-01-01", "2026-03-31", Q, False),
    ),
    (
        "this fiscal year",
        ("FY27", "2026-04-01", "2027-03-31", Y, False),
        ("2026", "2026-01-01", "2026-12-31", Y, False),
    ),
    (
        "next year",
        ("CY2027", "2027-01-01", "2027-12-31", Y, True),
        ("2027", "2027-01-01", "2027-12-31", Y, False),
    ),
    (
        "by the end of the year",
        ("2026-12-31", "2026-05-15", "2026-12-31", D, True),
        ("2026-12-31", "2026-05-15", "2026-12-31", D, False),
    ),
    (
        "by the end of the fiscal year",
        ("2027-03-31", "2026-05-15", "2027-03-31", D, False),
        ("2026-12-31", "2026-05-15", "2026-12-31", D, False),
    ),
    (
        "by the end of fiscal 2027",
        ("2027-03-31", "2026-05-15", "2027-03-31", D, False),
        ("2027-12-31", "2026-05-15", "2027-12-31", D, False),
    ),
    (
        "over the next two quarters",
        ("FY27Q1-FY27Q2", "2026-04-01", "2026-09-30", S, False),
        ("2026Q2-2026Q3", "2026-04-01", "2026-09-30", S, False),
    ),
    (
        "in about a year",
        ("2027-05-15", "2026-05-15", "2027-05-15", D, False),
        ("2027-05-15", "2026-05-15", "2027-05-15", D, False),
    ),
    (
        "within six months",
        ("2026-11-15", "2026-05-15", "2026-11-15", D, False),
        ("2026-11-15", "2026-05-15", "2026-11-15", D, False),
    ),
    (
        "2026-2031",
        ("CY2026-CY2031", "2026-01-01", "2031-12-31", S, True),
        ("2026-2031", "2026-01-01", "2031-12-31", S, False),
    ),
    ("2015", ("CY2015", "2015-01-01", "2015-12-31", Y, True), ("2015", "2015-01-01", "2015-12-31", Y, False)),
    (
        "as of March 31, 2026",
        ("2026-03-31", "2026-03-31", "2026-03-31", INS, False),
        ("2026-03-31", "2026-03-31", "2026-03-31", INS, False),
    ),
    (
        "March 31, 2026",
        ("2026-03-31", "2026-03-31", "2026-03-31", INS, False),
        ("2026-03-31", "2026-03-31", "2026-03-31", INS, False),
    ),
    (
        "2026-03-31",
        ("2026-03-31", "2026-03-31", "2026-03-31", INS, False),
        ("2026-03-31", "2026-03-31", "2026-03-31", INS, False),
    ),
    (
        "year-to-date",
        ("2026-04-01/2026-05-15", "2026-04-01", "2026-05-15", S, True),
        ("2026-01-01/2026-05-15", "2026-01-01", "2026-05-15", S, False),
    ),
    (
        "long term",
        ("long term", "2026-05-15", "9999-12-31", OPEN, False),
        ("long term", "2026-05-15", "9999-12-31", OPEN, False),
    ),
    (
        "FY27-FY28",
        ("FY27-FY28", "2026-04-01", "2028-03-31", S, False),
        ("2027-2028", "2027-01-01", "2028-12-31", S, False),
    ),
    (
        "FY27Q1-Q2",
        ("FY27Q1-FY27Q2", "2026-04-01", "2026-09-30", S, False),
        ("2027Q1-2027Q2", "2027-01-01", "2027-06-30", S, False),
    ),
    (
        "April-June 2026",
        ("FY27Q1", "2026-04-01", "2026-06-30", Q, False),
        ("2026Q2", "2026-04-01", "2026-06-30", Q, False),
    ),
    (
        "the third quarter of fiscal 2026",
        ("FY26Q3", "2025-10-01", "2025-12-31", Q, False),
        ("2026Q3", "2026-07-01", "2026-09-30", Q, False),
    ),
    ("Q3", ("FY26Q3", "2025-10-01", "2025-12-31", Q, True), ("2025Q3", "2025-07-01", "2025-09-30", Q, True)),
    (
        "by June",
        ("2026-06-30", "2026-05-15", "2026-06-30", D, False),
        ("2026-06-30", "2026-05-15", "2026-06-30", D, False),
    ),
    (
        "month 3 of fiscal 2027",
        ("2026-06", "2026-06-01", "2026-06-30", M, False),
        ("2027-03", "2027-03-01", "2027-03-31", M, False),
    ),
    (
        "CY2026Q1",
        ("FY26Q4", "2026-01-01", "2026-03-31", Q, False),
        ("2026Q1", "2026-01-01", "2026-03-31", Q, False),
    ),
]


def _check(p: Period, row: Row) -> None:
    label, start, end, kind, ambiguous = row
    assert (p.label, p.start.isoformat(), p.end.isoformat(), p.kind) == (label, start, end, kind)
    assert (p.ambiguity is not None) == ambiguous, p.ambiguity


@pytest.mark.parametrize(("text", "baba", "plain"), TABLE, ids=[t for t, _, _ in TABLE])
def test_alibaba_calendar(text: str, baba: Row, plain: Row) -> None:
    _check(resolve_period(text, calendar=BABA, doc_date=DOC), baba)


@pytest.mark.parametrize(("text", "baba", "plain"), TABLE, ids=[t for t, _, _ in TABLE])
def test_calendar_year_without_company(text: str, baba: Row, plain: Row) -> None:
    _check(resolve_period(text, calendar=PLAIN, doc_date=DOC), plain)


def test_fiscal_fields_and_flags() -> None:
    p = resolve_period("FY26Q4", calendar=BABA, doc_date=DOC)
    assert (p.fiscal_year, p.fiscal_quarter) == (2026, 4)
    assert resolve_period("in about a year", calendar=BABA, doc_date=DOC).approximate is True
    assert resolve_period("within six months", calendar=BABA, doc_date=DOC).approximate is False
    assert resolve_period("fiscal 2027", calendar=BABA, doc_date=DOC).fiscal_year == 2027
    instant = resolve_period("as of March 31, 2026", calendar=BABA, doc_date=DOC)
    assert (instant.fiscal_year, instant.fiscal_quarter) == (2026, 4)


def test_tencent_december_year_q4_2025_is_october_to_december() -> None:
    tencent = find_profile("0700.HK").calendar
    p = resolve_period("Q4 2025", calendar=tencent, doc_date=date(2026, 3, 20))
    assert (p.label, p.start, p.end, p.ambiguity) == ("FY25Q4", date(2025, 10, 1), date(2025, 12, 31), None)
    year = resolve_period("2025", calendar=tencent, doc_date=date(2026, 3, 20))
    assert (year.label, year.start, year.end, year.ambiguity) == (
        "FY25",
        date(2025, 1, 1),
        date(2025, 12, 31),
        None,
    )


def test_calendar_reading_is_named_in_the_ambiguity() -> None:
    p = resolve_period("Q1 2015", calendar=BABA, doc_date=DOC)
    assert p.ambiguity is not None
    assert "2015-01-01/2015-03-31" in p.ambiguity
    assert "FY15Q4" in p.ambiguity  # the calendar quarter in Alibaba's own labels


def test_labels_are_iso_months_and_intervals_and_read_back_in_old_spellings_too() -> None:
    ytd = resolve_period("year-to-date", calendar=PLAIN, doc_date=DOC)
    assert ytd.label == "2026-01-01/2026-05-15"  # an ISO 8601 interval, not "a..b"
    for text in ("2026-01-01/2026-05-15", "2026-01-01..2026-05-15"):
        again = resolve_period(text, calendar=PLAIN, doc_date=DOC)
        assert (again.label, again.start, again.end) == (ytd.label, ytd.start, ytd.end)
    for text in ("2021-05", "May 2021", "in May 2021"):
        month = resolve_period(text, calendar=BABA, doc_date=DOC)
        assert (month.label, month.kind, month.start, month.end, month.fiscal_year, month.fiscal_quarter) == (
            "2021-05",
            PeriodKind.MONTH,
            date(2021, 5, 1),
            date(2021, 5, 31),
            2022,
            1,
        )
    with pytest.raises(PeriodError):
        resolve_period("2021-13", calendar=BABA, doc_date=DOC)  # no month 13: not an ISO month


def test_month_rule_looks_forward_up_to_nine_months() -> None:
    doc = date(2026, 5, 15)
    # February is 9 months ahead: next February, and the February just gone is reported
    feb = resolve_period("February", calendar=PLAIN, doc_date=doc)
    assert (feb.start, feb.ambiguity is not None) == (date(2027, 2, 1), True)
    # April is 11 months ahead: the April just gone
    apr = resolve_period("April", calendar=PLAIN, doc_date=doc)
    assert (apr.start, apr.ambiguity) == (date(2026, 4, 1), None)
    # the document's own month
    may = resolve_period("May", calendar=PLAIN, doc_date=doc)
    assert may.start == date(2026, 5, 1)


def test_december_quarter_nearest_to_document_date() -> None:
    p = resolve_period("December quarter", calendar=BABA, doc_date=DOC)
    assert (p.label, p.start, p.end) == ("FY26Q3", date(2025, 10, 1), date(2025, 12, 31))


def test_over_the_next_two_quarters_starts_with_the_quarter_holding_the_doc_date() -> None:
    p = resolve_period("over the next two quarters", calendar=BABA, doc_date=date(2026, 6, 30))
    assert p.label == "FY27Q1-FY27Q2"
    p = resolve_period("over the next two quarters", calendar=BABA, doc_date=date(2026, 7, 1))
    assert p.label == "FY27Q2-FY27Q3"
    p = resolve_period("over the next four quarters", calendar=BABA, doc_date=date(2026, 12, 1))
    assert (p.label, p.start, p.end) == ("FY27Q3-FY28Q2", date(2026, 10, 1), date(2027, 9, 30))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("FY26Q5", "no Q5"),
        ("Q0 2025", "no Q0"),
        ("month 13", "no month 13"),
        ("H3 2026", "no H3"),
        ("5Q25", "no Q5"),
        ("February 30, 2026", "not a calendar date"),
        ("2026-13-01", "not a calendar date"),
        ("FY27Q3-FY27Q1", "backwards"),
        ("2031-2026", "backwards"),
        ("January quarter", "no quarter ends in January"),
        ("sometime soon", "cannot read"),
        ("", "cannot read"),
    ],
)
def test_impossible_or_unreadable_periods_raise(text: str, reason: str) -> None:
    with pytest.raises(PeriodError) as info:
        resolve_period(text, calendar=BABA, doc_date=DOC)
    message = str(info.value)
    assert repr(text) in message  # the text is quoted
    assert reason in message
    assert "a valid form is '" in message or "try a form like 'FY26Q4'" in message  # and an example
