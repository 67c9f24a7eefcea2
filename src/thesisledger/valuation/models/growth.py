"""Growth: revenue paths from growth rates, the CAGR between two values, and whether guidance gets there.

`grow` and `grow_path` work on floats or NumPy arrays of draws alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import numpy as np

from thesisledger.errors import InputError
from thesisledger.quantities.quantity import Quantity

Value = Any  # float or NDArray[np.float64]


def grow(base: Value, rate: Value, years: Value) -> Value:
    """`base` compounded at `rate` a year for `years`: base * (1 + rate) ** years."""
    return base * np.power(1.0 + rate, years)


def grow_path(base: Value, rates: Sequence[Value]) -> list[Value]:
    """Values after each year when year i grows at rates[i]: [base*(1+r0), base*(1+r0)*(1+r1), ...]."""
    out: list[Value] = []
    v = base
    for r in rates:
        v = v * (1.0 + r)
        out.append(v)
    return out


def cagr(start: Value, end: Value, years: Value) -> Value:
    """The compound annual growth rate that takes `start` to `end` in `years`."""
    return np.power(end / start, 1.0 / years) - 1.0


def _money_pair(start: Quantity, target: Quantity) -> tuple[float, float]:
    if start.unit != target.unit:
        raise InputError(
            f"start is in {start.unit} and target in {target.unit}; convert one with an explicit fx rate"
        )
    s, t = start.value, target.value
    if s <= 0 or t <= 0:
        raise InputError(f"a CAGR needs positive start and target, got {s} and {t}")
    return s, t


def required_cagr(start: Quantity, target: Quantity, years: float) -> float:
    """The CAGR needed to go from `start` to `target` in `years` (USD 22bn -> 100bn in 5 years: 35.4%)."""
    if years <= 0:
        raise InputError(f"years must be positive, got {years}")
    s, t = _money_pair(start, target)
    return float((t / s) ** (1.0 / years) - 1.0)


class CagrVerdict(StrEnum):
    IMPLIES = "implies"  # every growth rate the guidance allows reaches the target
    FALLS_SHORT = "falls short"  # no rate the guidance allows reaches it
    STRADDLES = "straddles"  # some rates in the guided range reach it, some do not


@dataclass(frozen=True, slots=True)
class CagrCheck:
    """Does guided growth reach a target? `required` is the CAGR needed; the verdict compares the guidance."""

    start: Quantity
    target: Quantity
    years: float
    required: float
    guided: Quantity
    verdict: CagrVerdict
    end_low: float | None  # where the guided range's low end takes `start` after `years` (None if open)
    end_high: float | None

    def explain(self) -> str:
        lo, hi = self.guided.interval()
        g = f"{lo:.1%}" if math.isfinite(lo) else "-inf"
        h = f"{hi:.1%}" if math.isfinite(hi) else "+inf"
        return (
            f"{self.start.value:.4g} -> {self.target.value:.4g} {self.target.unit} in {self.years:g} years "
            f"needs a CAGR of {self.required:.1%}; guided growth [{g}, {h}] {self.verdict.value} it"
        )


def check_cagr(start: Quantity, target: Quantity, years: float, guided: Quantity) -> CagrCheck:
    """Whether guided annual growth (a ratio Quantity, possibly a range or "over 40%") reaches the target."""
    req = required_cagr(start, target, years)
    s, _ = _money_pair(start, target)
    lo, hi = guided.interval()
    if lo >= req:
        verdict = CagrVerdict.IMPLIES
    elif hi < req:
        verdict = CagrVerdict.FALLS_SHORT
    else:
        verdict = CagrVerdict.STRADDLES
    return CagrCheck(
        start=start,
        target=target,
        years=years,
        required=req,
        guided=guided,
        verdict=verdict,
        end_low=s * (1 + lo) ** years if math.isfinite(lo) else None,
        end_high=s * (1 + hi) ** years if math.isfinite(hi) else None,
    )
