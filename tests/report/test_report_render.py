"""Renderers: one offline HTML file with every section, Markdown tables, PDF through Chromium."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest

from thesisledger.report import (
    ChromiumMissingError,
    Report,
    build_report,
    find_chromium,
    render_html,
    render_markdown,
    render_pdf,
)
from thesisledger.report.audit import audit_available
from thesisledger.report.charts import plotly_js
from thesisledger.report.html import ps
from thesisledger.store import Ledger


@pytest.fixture(scope="module")
def html(report: Report) -> str:
    return render_html(report)


def test_plotly_js_embedded_exactly_once_and_no_remote_scripts(html: str) -> None:
    assert html.count(plotly_js()[:60]) == 1
    page = html.replace(plotly_js(), "")  # the bundle itself mentions URLs it never loads by default
    assert "cdn.plot.ly" not in page
    assert not re.search(r"<script[^>]+src=", page)
    assert not re.search(r"<link[^>]+href=\"https?:", page)


def test_every_section_present(html: str) -> None:
    for section in ("summary", "scorecard", "facts", "claims", "audit", "valuation", "triggers"):
        assert f'<section id="{section}">' in html


def test_charts_per_fact_series_histogram_and_tornado(html: str, report: Report) -> None:
    for i in range(len(report.facts)):
        assert f'id="chart-fact-{i}"' in html
    assert 'id="chart-histogram"' in html
    assert 'id="chart-tornado"' in html


def test_tables_show_the_core_numbers(html: str, report: Report) -> None:
    v = report.valuation
    assert v is not None and v.simulation is not None
    assert f'data-field="central-per-share">{ps(v.central.per_share)}<' in html
    for row in v.scenarios:
        assert f'<tr data-scenario="{row.label}"><td>{row.label}</td>' in html
        assert f"<b>{ps(row.per_share)}</b>" in html
    for q, val in v.simulation.percentiles.items():
        assert f'<td class="num">{ps(val)}</td>' in html, q
    for t in v.triggers:
        assert escape(t.trigger.text) in html


def test_claims_table_is_sortable_filterable_and_highlights_spans(html: str) -> None:
    assert '<table id="claims-table" class="sortable claims">' in html
    assert 'data-filter-for="claims-table"' in html
    assert "<mark>RMB 41 billion</mark>" in html
    assert html.count('<tr data-kind="') == 4


def test_missing_sections_say_why(html: str) -> None:
    assert 'data-missing="scorecard"' not in html  # the fixture ledger holds guidance
    assert ('data-missing="audit"' in html) is (not audit_available())


def test_report_without_data_renders_reasons(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "empty.duckdb") as empty:
        page = render_html(build_report(empty, "BABA"))
    assert 'data-missing="facts"' in page and 'data-missing="claims"' in page
    assert 'data-missing="valuation"' in page and 'data-missing="scorecard"' in page
    assert "chart-fact-0" not in page and "chart-guidance-0" not in page


def test_markdown_has_tables_and_no_html(report: Report) -> None:
    md = render_markdown(report)
    v = report.valuation
    assert v is not None
    assert md.startswith("# Alibaba Group — Thesis Ledger report\n")
    assert "| BABA | cloud | revenue | FY26Q3 | CNY 37,500 million (restated) |" in md
    assert "| Example retailer update | RMB 41 billion | CNY 41 billion | revenue | cloud | actual |" in md
    assert f"**{ps(v.central.per_share)}**" in md
    for row in v.scenarios:
        assert f"| {row.label} | {ps(row.per_share)} |" in md
    assert "<div" not in md and "<script" not in md


def test_markdown_escapes_pipes_in_cells(report: Report) -> None:
    from dataclasses import replace

    row = replace(report.claims[0], span_text="a | b")
    md = render_markdown(replace(report, claims=(row,)))
    assert "a \\| b" in md


def test_pdf_without_chromium_is_a_clear_error(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("THESIS_CHROMIUM", str(tmp_path / "no-such-browser"))
    assert find_chromium() is None
    with pytest.raises(ChromiumMissingError, match="PDF output needs Chromium"):
        render_pdf("<p>x</p>", tmp_path / "r.pdf")
    assert not (tmp_path / "r.pdf").exists()


@pytest.mark.browser
def test_pdf_printed_by_chromium(report: Report, tmp_path: Path) -> None:
    if find_chromium() is None:
        pytest.skip("chromium is not installed")
    out = render_pdf(render_html(report), tmp_path / "report.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 20_000
