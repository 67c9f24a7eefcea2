"""The scorecard section shows exactly what reconcile computes: verdicts, revisions, credibility, charts."""

from __future__ import annotations

import json
import re
from datetime import date

from thesisledger.quantities.fx import FxTable
from thesisledger.reconcile import credibility, resolve_all, revisions
from thesisledger.report import Report, render_html, render_markdown
from thesisledger.report.build import scorecard_section
from thesisledger.store import Ledger


def _core(ledger: Ledger, as_of: date) -> tuple[list, list, list]:  # type: ignore[type-arg]
    guidance = ledger.guidance("BABA", as_of=as_of)
    facts = [r.fact for r in ledger.fact_history("BABA")]
    verdicts = resolve_all(guidance, facts, as_of=as_of, fx=FxTable.default())
    return verdicts, revisions(guidance), credibility(verdicts)


def test_verdict_rows_equal_reconcile(report: Report, ledger: Ledger) -> None:
    card = report.scorecard
    assert card is not None
    verdicts, _, _ = _core(ledger, card.as_of)
    assert [r.guidance_id for r in card.verdicts] == [v.guidance.id for v in verdicts]
    assert [r.status for r in card.verdicts] == [v.status.value for v in verdicts]
    assert [r.distance_pct for r in card.verdicts] == [
        v.distance_pct if v.status.is_resolved else None for v in verdicts
    ]
    by_period = {(r.metric, r.period, r.promise): r for r in card.verdicts}
    raised = by_period[("revenue", "FY26Q2", "approximately CNY 36 billion")]
    assert (raised.status, raised.revision, raised.actual_value) == ("met", "raised", 35e9)
    assert raised.due == date(2025, 9, 30) and raised.low == raised.high == 36e9
    assert by_period[("revenue", "FY26Q2", "approximately CNY 33 billion")].status == "superseded"
    bound = by_period[("ebita_margin", "FY26Q3", "more than 9%")]
    assert (bound.low, bound.high, bound.status) == (0.09, None, "met")
    assert by_period[("ebita_margin", "FY28", "more than 12%")].status == "not_yet_due"
    assert card.illustrative  # the fixture's actuals are marked illustrative


def test_revisions_and_credibility_equal_reconcile(report: Report, ledger: Ledger) -> None:
    card = report.scorecard
    assert card is not None
    _, revs, scores = _core(ledger, card.as_of)
    assert [(r.kind, r.on) for r in card.revisions] == [(r.kind.value, r.on) for r in revs]
    assert [(c.group, c.name, c.n, c.hits, c.hit_rate, c.bias_pct) for c in card.credibility] == [
        (c.group, c.name, c.n, c.hits, c.hit_rate, c.bias_pct) for c in scores
    ]
    company = card.company_score
    assert company is not None and (company.n, company.hits) == (2, 2)


def test_as_of_before_the_results_leaves_promises_open(ledger: Ledger) -> None:
    card = scorecard_section(ledger, "BABA", date(2025, 9, 15))  # before the facts were reported
    assert {r.status for r in card.verdicts} == {"superseded", "not_yet_due"}
    assert all(r.actual_value is None for r in card.verdicts)


def test_html_has_a_timeline_per_metric_with_bands_actuals_and_revisions(report: Report) -> None:
    html = render_html(report)
    card = report.scorecard
    assert card is not None
    assert [m[2] for m in card.metrics()] == ["revenue", "ebita_margin"]
    for i in range(2):
        assert f'id="chart-guidance-{i}"' in html
    fig = _figure(html, "chart-guidance-0")
    names = [t.get("name") for t in fig]
    assert "actual" in names and "revision" in names and "promise (met)" in names
    actual = next(t for t in fig if t.get("name") == "actual")
    assert actual["y"] == [33.0, 35.0, 37.5]  # CNY billion, FY26Q3 as restated
    band = next(t for t in fig if t.get("name") == "promise (met)")
    assert band["x"][:2] == ["2025-09-30", "2025-09-30"]
    margin = _figure(html, "chart-guidance-1")
    arrows = next(t for t in margin if t.get("name") == "bound (met)")
    assert arrows["marker"]["symbol"] == ["triangle-up"] and arrows["y"] == [9.0]
    assert html.count('<tr data-status="') >= len(card.verdicts)
    assert 'data-revision="raised"' in html
    assert re.search(r'data-field="credibility">credibility \(hit rate\)<b>75\.0%</b>2 of 2', html)


def test_markdown_has_the_verdicts(report: Report) -> None:
    md = render_markdown(report)
    assert "| 2025-09-30 | cloud revenue approximately CNY 36 billion | FY26Q2 | 2025-08-01 | met |" in md
    assert "| company | BABA | 2 | 2 | 75% |" in md
    assert "- Credibility: hit rate 75% (2 of 2 promises met or beaten)" in md


def _figure(html: str, div_id: str) -> list[dict]:  # type: ignore[type-arg]
    """The traces Plotly.newPlot receives for `div_id` (decoded from the page's inline script)."""
    m = re.search(r'Plotly\.newPlot\(\s*"' + div_id + r'",\s*(\[.*?\]),\s*\{', html, re.S)
    assert m, div_id
    traces: list[dict] = json.JSONDecoder().raw_decode(m.group(1))[0]  # type: ignore[type-arg]
    return traces


def test_a_promise_in_another_currency_is_not_drawn_on_the_actuals_axis(report: Report) -> None:
    from dataclasses import replace

    card = report.scorecard
    assert card is not None
    usd = replace(card.verdicts[1], guidance_id="usd", unit="USD", promise="about USD 5 billion")
    html = render_html(replace(report, scorecard=replace(card, verdicts=(*card.verdicts, usd))))
    assert "cloud revenue: guidance and actuals (1 in other units: see the tables)" in html
    assert "about USD 5 billion" in html  # still in the verdicts table
