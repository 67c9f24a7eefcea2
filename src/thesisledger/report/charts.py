"""Plotly figures for reports and the dashboard, rendered as `<div>` fragments without plotly.js.

The page that holds them loads plotly.js once (`plotly_js()`: the bundle shipped inside the plotly
package, so pages work offline).
"""

from __future__ import annotations

import itertools
from functools import cache

import plotly.graph_objects as go
import plotly.io as pio
import plotly.offline

from thesisledger.report.model import FactSeries, Histogram
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
