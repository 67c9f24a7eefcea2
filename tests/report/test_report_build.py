"""`build_report` gathers exactly what the core computes: facts, claims, valuation, triggers."""

from __future__ import annotations

from pathlib import Path

from report_fixtures import Built
from thesisledger.report import Report, build_report
from thesisledger.report.model import ClaimRow
from thesisledger.store import Ledger
from thesisledger.valuation import (
    InMemoryLedger,
    check_triggers,
    compile_thesis,
    load_thesis,
    run_scenarios,
    simulate,
    tornado,
)
from thesisledger.valuation.plan import build_plan


def _view(ledger: Ledger) -> InMemoryLedger:
    return InMemoryLedger(r.fact for r in ledger.fact_history("BABA"))


def test_header_fields(report: Report) -> None:
    assert report.company == "BABA"
    assert report.company_name == "Alibaba Group"
    assert report.title == "Alibaba Group — Thesis Ledger report"
    assert [d[1] for d in report.documents] == ["Example retailer update"]


def test_fact_series_hold_latest_values_and_mark_restatements(report: Report) -> None:
    by_title = {s.title: s for s in report.facts}
    assert sorted(by_title) == ["BABA ebita_margin · cloud", "BABA revenue · cloud"]
    revenue = by_title["BABA revenue · cloud"]
    assert [p.period for p in revenue.points] == ["FY26Q1", "FY26Q2", "FY26Q3"]
    assert [p.value for p in revenue.points] == [33e9, 35e9, 37.5e9]  # FY26Q3 as restated
    assert [p.restated for p in revenue.points] == [False, False, True]
    assert revenue.points[2].source == "test restatement"
    assert revenue.unit == "CNY"
    margin = by_title["BABA ebita_margin · cloud"]
    assert [p.value for p in margin.points] == [0.085, 0.095]
    assert all(p.illustrative for p in margin.points)


def test_claims_rows_match_stored_claims(report: Report, built: Built) -> None:
    assert [c.span_text for c in report.claims] == [c.span_text for c in built.claims]
    first = report.claims[0]
    assert (first.value, first.metric, first.kind, first.entity) == (
        "CNY 41 billion",
        "revenue",
        "actual",
        "cloud",
    )
    assert (first.value_low, first.value_high) == (41e9, 41e9)
    assert report.claims[2].value == "more than 12%"
    assert report.claims[2].kind == "guidance"
    assert report.claims[2].value_high is None


def test_claim_sentence_parts_split_around_the_span(report: Report) -> None:
    before, span, after = report.claims[0].sentence_parts
    assert span == "RMB 41 billion"
    assert before == "Cloud revenue came in at "
    assert after.startswith(" for the quarter")


def test_sentence_parts_fall_back_when_span_is_not_in_sentence() -> None:
    row = ClaimRow(
        "i",
        "d",
        "t",
        10,
        14,
        "5 bn",
        "other text",
        0,
        "5 billion",
        5e9,
        5e9,
        "count",
        None,
        None,
        "actual",
        None,
        "author",
        None,
    )
    assert row.sentence_parts == ("other text", "", "")


def test_valuation_equals_core_output(report: Report, ledger: Ledger, thesis_path: Path) -> None:
    view = _view(ledger)
    plan = build_plan(load_thesis(thesis_path))
    rows = run_scenarios(plan, view)
    v = report.valuation
    assert v is not None
    assert v.central.per_share == rows[0].per_share
    assert [s.label for s in v.scenarios] == [r.label for r in rows[1:]] == ["bear", "base", "bull"]
    assert [s.per_share for s in v.scenarios] == [r.per_share for r in rows[1:]]
    program = compile_thesis(plan, view)
    sim = simulate(program, 4000, seed=11)
    assert v.simulation is not None
    assert v.simulation.percentiles == sim.percentiles
    assert v.simulation.mean == sim.mean
    assert v.tornado is not None
    assert [b.input for b in v.tornado.bars] == [b.input for b in tornado(program).bars]
    assert v.histogram is not None
    assert sum(v.histogram.counts) == 4000
    assert len(v.histogram.edges) == len(v.histogram.counts) + 1
    assert v.histogram.edges[0] <= sim.percentiles[5.0] <= v.histogram.edges[-1]


def test_triggers_equal_core_output(report: Report, ledger: Ledger, thesis_path: Path) -> None:
    v = report.valuation
    assert v is not None
    expected = check_triggers(build_plan(load_thesis(thesis_path)), _view(ledger))
    assert [(t.name, t.status) for t in v.triggers] == [(t.name, t.status) for t in expected]
    assert sum(v.trigger_counts.values()) == len(expected)


def test_without_thesis_valuation_is_missing_with_a_reason(ledger: Ledger) -> None:
    report = build_report(ledger, "BABA")
    assert report.valuation is None
    assert "no thesis file given" in report.missing["valuation"]
    assert len(report.claims) == 4


def test_empty_ledger_says_why_sections_are_empty(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "empty.duckdb") as empty:
        report = build_report(empty, "BABA")
    assert report.facts == () and report.claims == ()
    assert report.missing["facts"].startswith("the ledger holds no reported actuals for BABA")
    assert report.missing["claims"].startswith("the ledger holds no extracted claims for BABA")


def test_no_ledger_values_the_thesis_alone(thesis_path: Path) -> None:
    report = build_report(None, None, thesis_path=thesis_path, simulations=0)
    assert report.company == "BABA"
    assert report.valuation is not None and report.valuation.simulation is None
    expected = run_scenarios(build_plan(load_thesis(thesis_path)), None)
    assert report.valuation.central.per_share == expected[0].per_share
    assert "no ledger was opened" in report.missing["facts"]


def test_company_filter_excludes_other_companies_documents(ledger: Ledger) -> None:
    report = build_report(ledger, "MSFT")
    assert report.company == "MSFT"
    assert report.claims == () and report.documents == () and report.facts == ()
