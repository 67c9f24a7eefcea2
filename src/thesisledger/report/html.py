"""`render_html`: one self-contained HTML file (plotly.js embedded once, no network) from a `Report`."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import cache
from typing import Any

import jinja2

from thesisledger.report.charts import fact_chart, guidance_chart, histogram_chart, plotly_js, tornado_chart
from thesisledger.report.model import Report
from thesisledger.valuation.triggers import format_amount


def ps(v: float | None) -> str:
    """A per-share value: 1,234.56."""
    return "" if v is None else f"{v:,.2f}"


def pct(v: float | None) -> str:
    return "" if v is None else f"{v:+.1%}"


def pct0(v: float | None) -> str:
    return "" if v is None else f"{v:.1%}"


def amount(v: float, ccy: str) -> str:
    return f"{ccy} {format_amount(v)}"


def inputnum(v: float, unit: str | None) -> str:
    if unit == "ratio":
        return f"{v:.1%}"
    if unit == "multiple":
        return f"{v:.2f}x"
    return format_amount(v)


def _truncate_left(text: str, n: int) -> str:
    return text if len(text) <= n else "…" + text[-n:]


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of report/templates, with the number filters; the web app reuses it."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("thesisledger.report", "templates"),
        autoescape=jinja2.select_autoescape(("html", "j2")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        ps=ps,
        pct=pct,
        pct0=pct0,
        amount=amount,
        inputnum=inputnum,
        thousands=lambda n: f"{n:,}",
        truncate_left=_truncate_left,
    )
    return env


def report_charts(report: Report) -> dict[str, str]:
    """Every chart of the report as a `<div>` fragment, keyed as the templates expect."""
    charts = {f"fact-{i}": fact_chart(s, f"chart-fact-{i}") for i, s in enumerate(report.facts)}
    card = report.scorecard
    if card is not None:
        series = {(s.company, s.segment, s.metric): s for s in report.facts}
        for i, key in enumerate(card.metrics()):
            rows = [r for r in card.verdicts if (r.company, r.entity, r.metric) == key]
            unit = Counter(r.unit for r in rows).most_common(1)[0][0]
            same = [r for r in rows if r.unit == unit]  # one axis: other currencies stay in the table
            facts = series.get(key)
            points = tuple(p for p in facts.points if p.unit == unit) if facts is not None else ()
            shown = replace(facts, unit=unit, points=points) if facts is not None and points else None
            title = f"{key[0]} {rows[0].label}: guidance and actuals"
            left_out = len(rows) - len(same) + (len(facts.points) - len(points) if facts is not None else 0)
            if left_out:
                title += f" ({left_out} in other units: see the tables)"
            charts[f"guidance-{i}"] = guidance_chart(same, shown, title, card.as_of, f"chart-guidance-{i}")
    v = report.valuation
    if v is not None:
        unit = f"{v.currency} per {v.share_unit}"
        if v.histogram is not None and v.simulation is not None:
            charts["histogram"] = histogram_chart(
                v.histogram, v.price, v.simulation.percentiles, unit, "chart-histogram"
            )
        if v.tornado is not None and v.tornado.bars:
            charts["tornado"] = tornado_chart(v.tornado, unit, "chart-tornado")
    return charts


def render_html(report: Report, **context: Any) -> str:
    """The report as one HTML page that opens offline: styles, plotly.js and table scripts inline."""
    template = environment().get_template("report.html.j2")
    return template.render(
        report=report, charts=report_charts(report), plotly_js=plotly_js(), doc_link=None, **context
    )
