"""Tornado data: how far value per share moves when one input goes from its 10th to its 90th percentile.

Each random input is set to its low and high percentile while every other input stays at its median
(correlations are ignored: one input at a time); bars are sorted by swing, largest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from thesisledger.valuation.distributions import quantile
from thesisledger.valuation.program import Program


@dataclass(frozen=True, slots=True)
class TornadoBar:
    """One input's bar: its low/high values and value per share at each (money in the thesis currency)."""

    input: str
    unit: str | None
    input_low: float
    input_high: float
    value_at_low: float
    value_at_high: float
    source: str | None

    @property
    def swing(self) -> float:
        return abs(self.value_at_high - self.value_at_low)

    def to_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "unit": self.unit,
            "input_low": self.input_low,
            "input_high": self.input_high,
            "value_at_low": self.value_at_low,
            "value_at_high": self.value_at_high,
            "swing": self.swing,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class Tornado:
    currency: str
    base: float  # value per share with every input at its median
    low_q: float
    high_q: float
    bars: tuple[TornadoBar, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "base": self.base,
            "low_quantile": self.low_q,
            "high_quantile": self.high_q,
            "bars": [b.to_dict() for b in self.bars],
        }


def tornado(program: Program, low_q: float = 0.10, high_q: float = 0.90) -> Tornado:
    """Swing of value per share for each random input between its `low_q` and `high_q` quantiles."""
    m = len(program.random)
    rows = 2 * m + 1
    meds = [quantile(r.dist, 0.5) for r in program.random]
    draws = [np.full(rows, med) for med in meds]
    lows, highs = [], []
    for i, r in enumerate(program.random):
        lo, hi = quantile(r.dist, low_q), quantile(r.dist, high_q)
        draws[i][2 * i + 1] = lo
        draws[i][2 * i + 2] = hi
        lows.append(lo)
        highs.append(hi)
    env = program.run(draws)
    ps = np.broadcast_to(np.asarray(program.get(env, program.per_share), dtype=np.float64), (rows,))
    bars = [
        TornadoBar(
            input=r.name,
            unit=program.inputs[r.name].unit,
            input_low=lows[i],
            input_high=highs[i],
            value_at_low=float(ps[2 * i + 1]),
            value_at_high=float(ps[2 * i + 2]),
            source=program.inputs[r.name].source,
        )
        for i, r in enumerate(program.random)
    ]
    bars.sort(key=lambda b: (-b.swing, b.input))
    return Tornado(program.currency, float(ps[0]), low_q, high_q, tuple(bars))
