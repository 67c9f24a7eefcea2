"""Property tests: labels resolve to their quarters, quarters tile years, labels parse back to themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from thesisledger.errors import PeriodError
from thesisledger.periods import FiscalCalendar, Period, PeriodKind, find_periods, resolve_period

MONTHS = [
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
]

# the two kinds of calendar in use: a company's (fiscal labels, any year end) and none (calendar years)
calendars = st.one_of(st.builds(FiscalCalendar, st.integers(1, 12)), st.just(FiscalCalendar.calendar_year()))
fiscal_years = st.integers(1971, 2068)  # two-digit labels read 70-99 as 19xx, 00-69 as 20xx
quarters = st.integers(1, 4)
doc_dates = st.dates(date(1975, 1, 1), date(2065, 12, 31))


@given(calendars, fiscal_years, quarters, doc_dates)
def test_quarter_label_resolves_to_its_quarter(cal: FiscalCalendar, fy: int, q: int, doc: date) -> None:
    p = resolve_period(cal.quarter_label(fy, q), calendar=cal, doc_date=doc)
    assert (p.start, p.end) == cal.quarter_bounds(fy, q)
    assert (p.kind, p.label) == (PeriodKind.QUARTER, cal.quarter_label(fy, q))
    # the bounds hold the quarter and nothing else
    assert cal.fiscal_quarter_of(p.start) == (fy, q) == cal.fiscal_quarter_of(p.end)
    assert cal.fiscal_quarter_of(p.start - timedelta(days=1)) != (fy, q)
    assert cal.fiscal_quarter_of(p.end + timedelta(days=1)) != (fy, q)
    assert 88 <= (p.end - p.start).days <= 91  # 89 to 92 days


@given(calendars, fiscal_years, doc_dates)
def test_consecutive_quarters_tile_the_fiscal_year(cal: FiscalCalendar, fy: int, doc: date) -> None:
    qs = [resolve_period(cal.quarter_label(fy, q), calendar=cal, doc_date=doc) for q in (1, 2, 3, 4)]
    year = resolve_period(cal.year_label(fy), calendar=cal, doc_date=doc)
    assert qs[0].start == year.start and qs[-1].end == year.end
    for a, b in pairwise(qs):
        assert a.end + timedelta(days=1) == b.start
    halves = [resolve_period(cal.half_label(fy, h), calendar=cal, doc_date=doc) for h in (1, 2)]
    assert (halves[0].start, halves[0].end, halves[1].start, halves[1].end) == (
        qs[0].start,
        qs[1].end,
        qs[2].start,
        qs[3].end,
    )
    if fy < 2068:
        following = resolve_period(cal.quarter_label(fy + 1, 1), calendar=cal, doc_date=doc)
        assert qs[-1].end + timedelta(days=1) == following.start


@st.composite
def phrases(draw: st.DrawFn) -> tuple[str, FiscalCalendar, date]:
    cal = draw(calendars)
    doc = draw(doc_dates)
    y = draw(st.integers(1971, 2060))
    yy = f"{y % 100:02d}"
    q = draw(quarters)
    h = draw(st.integers(1, 2))
    mon = draw(st.integers(1, 12))
    quarter_end_month = MONTHS[(cal.fy_end_month + 3 * draw(st.integers(0, 3)) - 1) % 12]
    day = draw(st.integers(1, 28))
    n = draw(st.integers(1, 8))
    k = draw(st.integers(1, 8))
    text = draw(
        st.sampled_from(
            [
                f"FY{yy}Q{q}",
                f"FY{y} Q{q}",
                f"{q}QFY{yy}",
                f"Q{q} FY{yy}",
                f"Q{q} {y}",
                f"{q}Q{yy}",
                f"fiscal {y}",
                f"FY{yy}",
                f"fiscal year {y}",
                f"H{h} {y}",
                f"{h}H{yy}",
                f"{'first' if h == 1 else 'second'} half of fiscal {y}",
                f"{quarter_end_month} quarter",
                f"the {quarter_end_month} quarter {y}",
                MONTHS[mon - 1],
                f"in {MONTHS[mon - 1]}",
                f"{MONTHS[mon - 1]} {y}",
                "this quarter",
                "next quarter",
                "last quarter",
                "this fiscal year",
                "next year",
                f"over the next {n} quarters",
                f"{y}-{y + k}",
                f"FY{yy}-FY{(y + k) % 100:02d}",
                str(y),
                f"{MONTHS[mon - 1]} {day}, {y}",
                f"as of {MONTHS[mon - 1]} {day}, {y}",
                f"{y}-{mon:02d}-{day:02d}",
                "year-to-date",
                "the second half of the year",
                f"H{h}",
                f"Q{q} of {y}",
                "long term",
            ]
        )
    )
    return text, cal, doc


def _core(p: Period) -> Period:
    return replace(p, ambiguity=None, approximate=False)


@given(phrases())
def test_label_parses_back_to_the_same_period(case: tuple[str, FiscalCalendar, date]) -> None:
    text, cal, doc = case
    p = resolve_period(text, calendar=cal, doc_date=doc)
    again = resolve_period(p.label, calendar=cal, doc_date=doc)
    if p.kind is PeriodKind.SPAN and "/" in p.label:  # ISO spans carry no fiscal fields
        assert (again.label, again.start, again.end, again.kind) == (p.label, p.start, p.end, p.kind)
    else:
        assert _core(again) == _core(p)


@given(phrases())
def test_scanning_running_text_agrees_with_resolving_the_phrase(
    case: tuple[str, FiscalCalendar, date],
) -> None:
    text, cal, doc = case
    assume(text != "May")  # a bare "May" is skipped when scanning: it is also a verb
    sentence = f"Management said that {text} matters."
    matches = list(find_periods(sentence, calendar=cal, doc_date=doc))
    assert len(matches) == 1, matches
    m = matches[0]
    assert sentence[m.start : m.end] == m.text
    assert m.period == resolve_period(m.text, calendar=cal, doc_date=doc)
    assert m.period == resolve_period(text, calendar=cal, doc_date=doc)


@given(st.text(max_size=60), calendars, doc_dates)
def test_any_text_either_resolves_or_raises_period_error(text: str, cal: FiscalCalendar, doc: date) -> None:
    try:
        p = resolve_period(text, calendar=cal, doc_date=doc)
    except PeriodError as exc:
        assert repr(text) in str(exc)
    else:
        assert p.start <= p.end
    for m in find_periods(text, calendar=cal, doc_date=doc):
        assert text[m.start : m.end] == m.text


TOKENS = [
    "FY",
    "CY",
    "Q",
    "H",
    "0",
    "1",
    "5",
    "13",
    "26",
    "2026",
    "1999",
    " ",
    "-",
    "..",
    "/",
    ",",
    "'",
    "of",
    "the",
]
TOKENS += [
    "next",
    "two",
    "quarter",
    "quarters",
    "year",
    "half",
    "June",
    "May",
    "in",
    "by",
    "end",
    "fiscal",
    "about",
]


@given(st.lists(st.sampled_from(TOKENS), max_size=12).map("".join), calendars, doc_dates)
def test_period_like_noise_resolves_or_raises_period_error(text: str, cal: FiscalCalendar, doc: date) -> None:
    try:
        p = resolve_period(text, calendar=cal, doc_date=doc)
    except PeriodError as exc:
        assert repr(text) in str(exc)
    else:
        assert p.start <= p.end and p.label
    for m in find_periods(text, calendar=cal, doc_date=doc):
        assert text[m.start : m.end] == m.text
        assert m.period == resolve_period(m.text, calendar=cal, doc_date=doc)


@pytest.mark.parametrize("text", ["FY0001", "fiscal 0001", "FY3000"])
def test_years_no_calendar_can_hold_are_period_errors(text: str) -> None:
    with pytest.raises(PeriodError, match="outside 1800-2999"):
        resolve_period(text, calendar=FiscalCalendar(fy_end_month=3), doc_date=date(2026, 5, 15))
