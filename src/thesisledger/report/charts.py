"""Plotly figures for reports and the dashboard, rendered as `<div>` fragments without plotly.js.

The page that holds them loads plotly.js once (`plotly_js()`: the bundle shipped inside the plotly
package, so pages work offline).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from functools import cache

import plotly.graph_objects as go
import plotly.io as pio
import plotly.offline

from thesisledger.report.model import FactSeries, Histogram, VerdictRow
from thesisledger.valuation import Tornado

_CONFIG = {"displaylogo": False, "responsive": True}
_LAYOUT = {"template": "plotly_white", "height": 320, "margin": {"l": 60, "r": 20, "t": 40, "b": 40}}


@cache
def plotly_js() -> str:
    """The plotly.js bundle shipped with the plotly package (no CDN)."""
    return str(plotly.offline.get_plotlyjs())


def _div(fig: go.Figure, div_id: str) -> str:
    return str(pio.to_html(fig, full_html=False, include_plotlyjs=False, config=_CONFIG, div_id=div_id))


def _scale(unit: str, values: list[float]) -> tuple[float, str]:
    """A divisor and axis label that show `values` as an analyst reads them (bn, %, x)."""
    if unit == "ratio":
        return 0.01, "%"
    if unit == "multiple":
        return 1.0, "x"
    big = max((abs(v) for v in values), default=0.0)
    for div, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if big >= div:
            return div, f"{unit} {word}"
    return 1.0, unit


def fact_chart(series: FactSeries, div_id: str) -> str:
    """Actuals over periods: one point per period, restated points drawn as diamonds."""
    values = [p.value for p in series.points]
    div, label = _scale(series.unit, values)
    fig = go.Figure(
        go.Scatter(
            x=[p.period for p in series.points],
            y=[v / div for v in values],
            mode="lines+markers",
            name="reported",
            marker={
                "size": 9,
                "symbol": ["diamond" if p.restated else "circle" for p in series.points],
            },
            text=[f"{p.shown}<br>{p.source}{' (restated)' if p.restated else ''}" for p in series.points],
            hovertemplate="%{x}: %{text}<extra></extra>",
        )
    )
    fig.update_layout(title=series.title, yaxis_title=label, **_LAYOUT)
    return _div(fig, div_id)


def histogram_chart(
    hist: Histogram, price: float | None, percentiles: dict[float, float], unit: str, div_id: str
) -> str:
    """The simulated distribution of value per share, with the price and p5/p50/p95 marked."""
    edges = hist.edges
    mids = [(a + b) / 2 for a, b in itertools.pairwise(edges)]
    width = edges[1] - edges[0] if len(edges) > 1 else 1.0
    fig = go.Figure(
        go.Bar(x=mids, y=list(hist.counts), width=width, name="scenarios", marker_color="#4c78a8")
    )
    for q, v in percentiles.items():
        if q in (5.0, 50.0, 95.0):
            fig.add_vline(x=v, line_dash="dot", line_color="#555", annotation_text=f"p{q:g}")
    if price is not None:
        fig.add_vline(x=price, line_color="#d62728", annotation_text="price", annotation_position="top left")
    fig.update_layout(
        title="Value per share: simulated distribution",
        xaxis_title=unit,
        yaxis_title="scenarios",
        bargap=0,
        showlegend=False,
        **_LAYOUT,
    )
    return _div(fig, div_id)


def tornado_chart(tor: Tornado, unit: str, div_id: str) -> str:
    """Each input at its p10 and p90 with the others at their medians: the swing in value per share."""
    bars = sorted(tor.bars, key=lambda b: b.swing)
    names = [b.input for b in bars]
    low = [b.value_at_low - tor.base for b in bars]
    high = [b.value_at_high - tor.base for b in bars]
    fig = go.Figure()
    fig.add_bar(
        y=names,
        x=low,
        base=tor.base,
        orientation="h",
        name=f"input at p{tor.low_q * 100:g}",
        marker_color="#e45756",
    )
    fig.add_bar(
        y=names,
        x=high,
        base=tor.base,
        orientation="h",
        name=f"input at p{tor.high_q * 100:g}",
        marker_color="#54a24b",
    )
    fig.add_vline(x=tor.base, line_color="#333")
    layout = dict(_LAYOUT, height=max(260, 60 + 28 * len(bars)))
    fig.update_layout(title=f"Tornado (base {tor.base:,.2f})", barmode="overlay", xaxis_title=unit, **layout)
    return _div(fig, div_id)


_STATUS_COLOURS = {
    "met": "#54a24b",
    "beat": "#2e7d32",
    "missed": "#e45756",
    "partially_met": "#f58518",
    "not_yet_due": "#4c78a8",
    "overdue": "#b279a2",
    "not_verifiable": "#9d9d9d",
    "superseded": "#bab0ac",
}


def guidance_chart(
    verdicts: Sequence[VerdictRow], series: FactSeries | None, title: str, as_of: date, div_id: str
) -> str:
    """One metric's promises against its actuals over time.

    Each promise is a band at its due date from its low to its high (an arrow where it is open on
    one side), coloured by its verdict; superseded promises are drawn faint. Actuals are points at
    their period ends (diamonds where restated). Revisions are stars at the revised promise.
    """
    unit = verdicts[0].unit if verdicts else (series.unit if series else "")
    values = [x for v in verdicts for x in (v.low, v.high) if x is not None]
    values += [p.value for p in series.points] if series else []
    div, label = _scale(unit, values)
    fig = go.Figure()
    for status in _STATUS_COLOURS:
        rows = [v for v in verdicts if v.status == status and v.due is not None]
        if not rows:
            continue
        xs: list[date | None] = []
        ys: list[float | None] = []
        arrows_x: list[date] = []
        arrows_y: list[float] = []
        arrows_symbol: list[str] = []
        hover: list[str] = []
        for v in rows:
            assert v.due is not None
            lo, hi = v.low, v.high
            if lo is not None and hi is not None:
                pad = 0.0 if hi > lo else abs(hi) * 0.01 or 0.01
                xs += [v.due, v.due, None]
                ys += [(lo - pad) / div, (hi + pad) / div, None]
            else:
                edge = lo if lo is not None else hi
                assert edge is not None
                arrows_x.append(v.due)
                arrows_y.append(edge / div)
                arrows_symbol.append("triangle-up" if lo is not None else "triangle-down")
            hover.append(f"{v.promise} for {v.period}<br>given {v.given_at} by {v.speaker}: {status}")
        colour = _STATUS_COLOURS[status]
        faint = 0.35 if status == "superseded" else 0.8
        if xs:
            fig.add_trace(
                go.Scatter(
                    x=xs, y=ys, mode="lines", name=f"promise ({status})", opacity=faint,
                    line={"width": 12, "color": colour}, hoverinfo="skip", legendgroup=status,
                )
            )  # fmt: skip
        if arrows_x:
            fig.add_trace(
                go.Scatter(
                    x=arrows_x, y=arrows_y, mode="markers", name=f"bound ({status})", opacity=faint,
                    marker={"symbol": arrows_symbol, "size": 14, "color": colour}, legendgroup=status,
                    hovertemplate="%{x}: %{y}<extra></extra>", showlegend=not xs,
                )
            )  # fmt: skip
        mids = rows
        fig.add_trace(
            go.Scatter(
                x=[v.due for v in mids],
                y=[_mid(v) / div for v in mids],
                mode="markers", marker={"size": 1, "color": colour}, showlegend=False,
                text=hover, hovertemplate="%{text}<extra></extra>", legendgroup=status,
            )
        )  # fmt: skip
    revised = [v for v in verdicts if v.revision and v.due is not None]
    if revised:
        fig.add_trace(
            go.Scatter(
                x=[v.due for v in revised],
                y=[_mid(v) / div for v in revised],
                mode="markers+text", name="revision", text=[v.revision for v in revised],
                textposition="middle right",
                marker={"symbol": "star", "size": 13, "color": "#222"},
                hovertext=[f"{v.given_at}: {v.revision_detail}" for v in revised], hoverinfo="text",
            )
        )  # fmt: skip
    if series is not None and series.points:
        fig.add_trace(
            go.Scatter(
                x=[p.period_end for p in series.points],
                y=[p.value / div for p in series.points],
                mode="markers", name="actual",
                marker={"size": 9, "color": "#111",
                        "symbol": ["diamond" if p.restated else "circle" for p in series.points]},
                text=[f"{p.period}: {p.shown}{' (restated)' if p.restated else ''}" for p in series.points],
                hovertemplate="%{text}<extra></extra>",
            )
        )  # fmt: skip
    fig.add_vline(x=as_of.isoformat(), line_dash="dot", line_color="#888")
    fig.update_layout(title=title, yaxis_title=label, xaxis_type="date", **_LAYOUT)
    return _div(fig, div_id)


def _mid(v: VerdictRow) -> float:
    if v.low is not None and v.high is not None:
        return (v.low + v.high) / 2
    edge = v.low if v.low is not None else v.high
    return edge if edge is not None else 0.0
