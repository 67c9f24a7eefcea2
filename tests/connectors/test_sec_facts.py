"""Company facts to ledger facts: quarters vs year-to-date durations, instants, restatements, sources."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sec_fakes import RECORDED

from thesisledger.companies import find_profile
from thesisledger.connectors.sec import map_company_facts, same_value
from thesisledger.facts import Basis, Fact
from thesisledger.periods.period import PeriodKind
from thesisledger.quantities.units import UnitKind


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((RECORDED / name).read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def exdv() -> list[Fact]:
    return list(map_company_facts(_load("companyfacts_CIK0009990002.json"), company="EXDV").facts)


def _one(facts: list[Fact], metric: str, label: str, basis: Basis = Basis.AS_REPORTED) -> Fact:
    found = [f for f in facts if f.metric == metric and f.period.label == label and f.basis is basis]
    assert len(found) == 1, [(f.period.label, f.basis) for f in facts if f.metric == metric]
    return found[0]


def test_three_month_durations_are_quarters_and_ytd_six_months_is_the_first_half(exdv: list[Fact]) -> None:
    q2 = _one(exdv, "revenue", "FY25Q2")
    assert (q2.period.kind, q2.period.start, q2.period.end) == (
        PeriodKind.QUARTER,
        date(2025, 4, 1),
        date(2025, 6, 30),
    )
    assert q2.quantity.low == 1_302_000_000
    h1 = _one(exdv, "revenue", "FY25H1")
    assert h1.period.kind is PeriodKind.HALF and h1.period.start == date(2025, 1, 1)
    assert h1.quantity.low == 2_477_000_000  # year-to-date, never mistaken for the quarter
    nine = _one(exdv, "revenue", "FY24Q1-FY24Q3")
    assert nine.period.kind is PeriodKind.SPAN and nine.quantity.low == 3_450_000_000


def test_a_one_month_duration_is_skipped_and_counted() -> None:
    mapping = map_company_facts(_load("companyfacts_CIK0009990002.json"), company="EXDV")
    assert mapping.skipped == {"revenue: durations that are not a fiscal quarter, H1, 9M or year": 1}
    assert not any(f.period.start == date(2025, 6, 1) for f in mapping.facts)


def test_source_is_the_accession_number_and_the_note_names_form_and_concept(exdv: list[Fact]) -> None:
    q2 = _one(exdv, "revenue", "FY25Q2")
    assert q2.source == "0009990002-25-000044"
    assert q2.note == "SEC 10-Q us-gaap:Revenues"
    assert q2.reported_at == date(2025, 7, 31)
    fy = _one(exdv, "revenue", "FY24")
    assert fy.source == "0009990002-25-000009" and fy.reported_at == date(2025, 2, 20)


def test_q4_is_derived_from_the_year_minus_nine_months(exdv: list[Fact]) -> None:
    q4 = _one(exdv, "revenue", "FY24Q4")
    assert q4.quantity.low == 4_800_000_000 - 3_450_000_000
    assert q4.source == "0009990002-25-000009"  # the 10-K that made it knowable
    assert q4.note is not None and q4.note.startswith("derived, not reported")


def test_cash_flow_q2_is_derived_from_ytd_h1_minus_q1(exdv: list[Fact]) -> None:
    q2 = _one(exdv, "operating_cash_flow", "FY25Q2")
    assert q2.quantity.low == 395_000_000 - 210_000_000
    assert q2.note is not None and "derived" in q2.note
    assert _one(exdv, "operating_cash_flow", "FY25H1").quantity.low == 395_000_000


def test_per_share_values_are_never_derived(exdv: list[Fact]) -> None:
    labels = {f.period.label for f in exdv if f.metric == "eps_diluted"}
    assert labels == {"FY25Q2", "FY25H1"}
    eps = _one(exdv, "eps_diluted", "FY25Q2")
    assert eps.quantity.unit.per_share and eps.quantity.low == pytest.approx(0.41)


def test_balance_sheet_items_are_instants_at_period_ends(exdv: list[Fact]) -> None:
    cash = [f for f in exdv if f.metric == "cash"]
    assert [(f.period.kind, f.period.end, f.quantity.low) for f in cash] == [
        (PeriodKind.INSTANT, date(2024, 12, 31), 2_100_000_000),
        (PeriodKind.INSTANT, date(2025, 6, 30), 2_350_000_000),
    ]  # the 10-Q's comparative of the year-end balance repeats it and adds nothing
    assert cash[1].period.fiscal_quarter == 2
    shares = _one(exdv, "shares_outstanding", "2025-07-25")  # a cover-page date stays as is
    assert shares.period.kind is PeriodKind.INSTANT and shares.quantity.unit.kind is UnitKind.COUNT


def test_a_changed_comparative_is_a_restatement(exdv: list[Fact]) -> None:
    first = _one(exdv, "revenue", "FY25Q1")
    restated = _one(exdv, "revenue", "FY25Q1", Basis.RESTATED)
    assert (first.quantity.low, first.source) == (1_180_000_000, "0009990002-25-000021")
    assert (restated.quantity.low, restated.source) == (1_175_000_000, "0009990002-25-000044")
    assert restated.reported_at == date(2025, 7, 31)


def test_since_keeps_periods_ending_on_or_after() -> None:
    mapping = map_company_facts(
        _load("companyfacts_CIK0009990002.json"), company="EXDV", since=date(2025, 1, 1)
    )
    assert min(f.period.end for f in mapping.facts) >= date(2025, 1, 1)


def test_exhl_march_year_and_reporting_currency() -> None:
    mapping = map_company_facts(_load("companyfacts_CIK0009990001.json"), company="EXHL")
    assert mapping.calendar.fy_end_month == 3
    rev = [f for f in mapping.facts if f.metric == "revenue" and f.period.label == "FY25"]
    assert [str(f.quantity.unit) for f in rev] == ["CNY"]  # the USD convenience translation is left out
    restated = [f for f in mapping.facts if f.metric == "revenue" and f.basis is Basis.RESTATED]
    assert [(f.period.label, f.quantity.low) for f in restated] == [("FY24", 40_950_000_000)]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (4130162000.0, 4130000000.0, True),  # exact vs millions
        (105103000000.0, 105100000000.0, True),  # exact vs "$105.1 billion"
        (1180000000.0, 1175000000.0, False),  # both in millions: a restatement
        (2000.0, 2001.0, False),
        (0.41, 0.41, True),
    ],
)
def test_same_value(a: float, b: float, same: bool) -> None:
    assert same_value(a, b) is same
    assert same_value(b, a) is same


def test_real_apple_facts_land_on_fiscal_quarters(shared_dir: Path) -> None:
    path = shared_dir / "data" / "sec_companyfacts" / "aapl_companyfacts_from_cassette.json"
    if not path.exists():
        pytest.skip(f"{path} not found")
    data = json.loads(path.read_text("utf-8"))
    profile = find_profile("AAPL")
    facts = map_company_facts(data, company="AAPL", calendar=profile.calendar).facts
    rev = {
        f.period.label: f.quantity.low
        for f in facts
        if f.metric == "revenue" and f.basis is Basis.AS_REPORTED and f.period.fiscal_year == 2023
    }
    assert rev["FY23Q3"] == 81_797_000_000  # 2023-04-02..2023-07-01: the quarter, not the 9 months
    assert rev["FY23"] == 383_285_000_000
    assert rev["FY23Q1-FY23Q3"] == 293_787_000_000
    assert rev["FY23Q4"] == 383_285_000_000 - 293_787_000_000


def test_ifrs_full_concepts_map_like_us_gaap() -> None:
    row = {"start": "2024-01-01", "end": "2024-12-31", "val": 9_000_000, "accn": "0009990003-25-000002"}
    row |= {"fy": 2024, "fp": "FY", "form": "20-F", "filed": "2025-04-10"}
    data = {"entityName": "IFRS Filer", "facts": {"ifrs-full": {"Revenue": {"units": {"EUR": [row]}}}}}
    (fact,) = map_company_facts(data, company="IFRS").facts
    assert (fact.metric, fact.period.label, str(fact.quantity.unit)) == ("revenue", "FY24", "EUR")
    assert fact.source == "0009990003-25-000002" and fact.note == "SEC 20-F ifrs-full:Revenue"
