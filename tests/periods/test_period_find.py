"""find_periods over running text: the real seed note (read from ../shared at test time) and own sentences."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from thesisledger.companies import find_profile
from thesisledger.errors import PeriodError
from thesisledger.periods import FiscalCalendar, PeriodKind, PeriodMatch, find_periods

BABA = find_profile("BABA").calendar
DOC = date(2026, 5, 15)  # the note follows Alibaba's FY26Q4 results call


@pytest.fixture(scope="module")
def seed_matches(seed_note_path: Path) -> tuple[str, list[PeriodMatch]]:
    text = seed_note_path.read_text("utf-8")
    return text, list(find_periods(text, calendar=BABA, doc_date=DOC))


def test_spans_are_exact_ordered_and_disjoint(seed_matches: tuple[str, list[PeriodMatch]]) -> None:
    text, matches = seed_matches
    assert len(matches) >= 30
    for m in matches:
        assert text[m.start : m.end] == m.text
    for a, b in pairwise(matches):
        assert a.end <= b.start


def test_every_fiscal_label_in_the_note_is_found(seed_matches: tuple[str, list[PeriodMatch]]) -> None:
    text, matches = seed_matches
    labels = list(re.finditer(r"FY(\d\d)(?:\s?Q(\d))?", text))
    assert len(labels) >= 15
    for lab in labels:
        holder = [m for m in matches if m.start <= lab.start() < m.end]
        assert holder, f"fiscal label {lab[0]!r} at {lab.start()} not found"
        if lab[2] and holder[0].text == lab[0]:  # a plain quarter label, not part of a span
            yy, q = int(lab[1]), int(lab[2])
            p = holder[0].period
            assert (p.label, p.fiscal_year, p.fiscal_quarter) == (f"FY{yy}Q{q}", 2000 + yy, q)
            assert (p.start, p.end) == BABA.quarter_bounds(2000 + yy, q)


def _find(matches: list[PeriodMatch], phrase: str) -> list[PeriodMatch]:
    return [m for m in matches if phrase in m.text.lower()]


def test_guidance_phrases_in_the_note(seed_matches: tuple[str, list[PeriodMatch]]) -> None:
    _, matches = seed_matches
    [year_end, *_] = _find(matches, "end of the year")
    assert (year_end.period.kind, year_end.period.end) == (PeriodKind.DEADLINE, date(2026, 12, 31))
    assert year_end.period.ambiguity is not None  # Alibaba's fiscal year ends in March

    june = [m for m in matches if m.text.endswith("June")]
    assert june and all(m.period.label == "2026-06" for m in june)

    two_quarters = _find(matches, "next two quarters")
    assert two_quarters and {m.period.label for m in two_quarters} == {"FY27Q1-FY27Q2"}
    spans = [m for m in matches if m.text.startswith("FY27Q1-")]
    assert spans and spans[0].period.label == "FY27Q1-FY27Q2"

    about_a_year = _find(matches, "about a year")
    assert about_a_year[0].period.approximate and about_a_year[0].period.end == date(2027, 5, 15)

    six_months = _find(matches, "six months")
    assert six_months[0].period.end == date(2026, 11, 15)

    instants = [m.period for m in matches if m.period.kind is PeriodKind.INSTANT]
    assert [(p.start, p.fiscal_year, p.fiscal_quarter) for p in instants] == [(date(2026, 3, 31), 2026, 4)]

    years = {m.period.label for m in matches if m.period.kind is PeriodKind.SPAN}
    assert {"CY2026-CY2031", "FY27-FY28", "FY27Q1-FY27Q2"} <= years

    assert any(m.period.kind is PeriodKind.OPEN for m in matches)  # long-term targets


def test_long_term_debt_is_not_a_period(seed_matches: tuple[str, list[PeriodMatch]]) -> None:
    text, matches = seed_matches
    assert "long-term debt" in text
    for m in matches:
        assert not text[m.end :].startswith(" debt")


def test_own_sentences() -> None:
    text = (
        "May revenue rose. Capex may exceed plan in May 2026, and we expect margin in the teens "
        "by the end of fiscal 2027. Q5 2026 is a typo. The company expects 12% growth next quarter."
    )
    found = [(m.text, m.period.label) for m in find_periods(text, calendar=BABA, doc_date=DOC)]
    assert found == [
        ("in May 2026", "2026-05"),
        ("by the end of fiscal 2027", "2027-03-31"),
        ("next quarter", "FY27Q2"),
    ]


def test_dates_keep_their_preposition_and_day() -> None:
    text = "Sales grew since June 30, 2025, and again from 1 April 2026."
    found = [(m.text, m.period.label) for m in find_periods(text, calendar=BABA, doc_date=DOC)]
    assert found == [("since June 30, 2025", "2025-06-30"), ("from 1 April 2026", "2026-04-01")]


def test_tencent_quarter_in_running_text() -> None:
    tencent = find_profile("0700.HK").calendar
    [m] = find_periods(
        "Games revenue grew in Q4 2025 on new titles.", calendar=tencent, doc_date=date(2026, 3, 20)
    )
    assert (m.text, m.period.label, m.period.start, m.period.end) == (
        "Q4 2025",
        "FY25Q4",
        date(2025, 10, 1),
        date(2025, 12, 31),
    )


def test_without_company_labels_are_calendar_periods() -> None:
    plain = FiscalCalendar.calendar_year()
    found = [
        m.period.label for m in find_periods("Revenue for 1Q25 and H2 2024.", calendar=plain, doc_date=DOC)
    ]
    assert found == ["2025Q1", "2024H2"]


def test_fast_scan_finds_what_the_master_pattern_finds(seed_note_path: Path, shared_dir: Path) -> None:
    """find_periods only tries the pattern where a period can start; it must lose nothing by that."""
    from thesisledger.periods import parse

    transcripts = sorted((shared_dir / "data" / "ectsum_train" / "transcripts").glob("*.txt"))[:40]
    texts = [seed_note_path.read_text("utf-8"), *(p.read_text("utf-8") for p in transcripts)]
    cal = FiscalCalendar(12)
    for text in texts:
        fast = [(m.start, m.end) for m in find_periods(text, calendar=cal, doc_date=DOC)]
        reference = []
        for m in parse._MASTER.finditer(text):
            try:
                assert m.lastgroup is not None
                parse._HANDLERS[m.lastgroup](m, parse._Ctx(cal, DOC, scanning=True))
            except (parse.InvalidPeriod, parse._Skip, PeriodError):
                continue
            if m.lastgroup == "within" and parse._looks_back(m, text):
                continue  # "the fastest pace in 80 years": no deadline
            reference.append(m.span())
        assert fast == reference


def test_ordinal_quarter_with_a_bare_or_hyphenated_year() -> None:
    from datetime import date as _d

    from thesisledger.periods.calendar import FiscalCalendar as _Cal
    from thesisledger.periods.parse import find_periods as _find

    cal = _Cal.calendar_year()
    found = [
        (m.text, m.period.label)
        for m in _find("Second quarter 2021 EBITDA rose.", calendar=cal, doc_date=_d(2021, 7, 21))
    ]
    assert found == [("Second quarter 2021", "2021Q2")]
    found = [
        (m.text, m.period.label)
        for m in _find("margin for the third-quarter 2021", calendar=cal, doc_date=_d(2021, 10, 21))
    ]
    assert found == [("the third-quarter 2021", "2021Q3")]
    # a percentage after a quarter is no year
    found = [
        m.text for m in _find("in the third quarter 2021% higher", calendar=cal, doc_date=_d(2021, 10, 21))
    ]
    assert "the third quarter" in found[0] and "2021%" not in found[0]


def test_in_n_years_after_a_superlative_looks_back_and_is_no_deadline() -> None:
    plain = FiscalCalendar.calendar_year()

    def found(text: str) -> list[str]:
        return [m.period.label for m in find_periods(text, calendar=plain, doc_date=DOC)]

    assert found("Demand grew at the quickest rate in 40 years.") == []
    assert found("It was our best quarter in 10 years.") == []
    assert found("For the first time in five years, prices fell.") == []
    # contrasts: a plain window ahead, and "in the next" after a superlative, stay deadlines / spans
    assert found("We will open the plant in 3 years.") == ["2029-05-15"]
    assert len(found("The biggest gains come in the next two years.")) == 1


def test_month_of_year_and_a_month_named_as_a_past_call() -> None:
    plain = FiscalCalendar.calendar_year()
    call_day = date(2024, 1, 30)

    def found(text: str) -> list[str]:
        return [m.period.label for m in find_periods(text, calendar=plain, doc_date=call_day)]

    assert found("The plant closed in August of 2019.") == ["2019-08"]
    assert found("As we said on our October call, orders rose.") == ["2023-10"]
    assert found("As we said on the November earnings call, orders rose.") == ["2023-11"]
    # contrasts: a month alone looks forward; "August 2019" reads as before
    assert found("We open the plant in October.") == ["2024-10"]
    assert found("The plant closed in August 2019.") == ["2019-08"]


def test_a_quarter_before_fiscal_and_its_year() -> None:
    sept = FiscalCalendar(9)  # a fiscal year ending in September
    day = date(2021, 8, 5)

    def found(text: str) -> list[str]:
        return [m.period.label for m in find_periods(text, calendar=sept, doc_date=day)]

    assert found("Widget sales in Q3 fiscal 21 rose.") == ["FY21Q3"]
    assert found("Widget sales in Q3 of fiscal 2021 rose.") == ["FY21Q3"]
    # contrast: the forms read before stay as they were
    assert found("Widget sales in Q3 FY21 rose.") == ["FY21Q3"]
    assert found("Widget sales in fiscal 21 rose.") == ["FY21"]


def test_possessive_years_before_a_quarter_and_a_day_of_this_year() -> None:
    plain = FiscalCalendar.calendar_year()
    day = date(2021, 4, 28)

    def found(text: str) -> list[str]:
        return [m.period.label for m in find_periods(text, calendar=plain, doc_date=day)]

    assert found("Gizmo margin was 23% in this year's first quarter.") == ["2021Q1"]
    assert found("Gizmo margin was 23% in 2020's first quarter.") == ["2020Q1"]
    assert found("Gizmo land stood at $742 million at March 31 of this year.") == ["2021-03-31"]
    # contrasts: a possessive year before another noun is still the year; a day alone as before
    assert found("Gizmo margin beat this year's outlook.") == ["2021"]
    assert found("Gizmo land stood at $742 million at March 31.") == ["2021-03-31"]


def test_a_fiscal_year_before_an_ordinal_quarter() -> None:
    plain = FiscalCalendar.calendar_year()
    day = date(2021, 4, 28)
    found = find_periods("in fiscal 2020 fourth quarter", calendar=plain, doc_date=day)
    assert [m.period.label for m in found] == ["2020Q4"]
    # contrast: a fiscal year alone stays a year
    assert [m.period.label for m in find_periods("in fiscal 2020", calendar=plain, doc_date=day)] == ["2020"]
