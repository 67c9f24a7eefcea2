"""Sum of the parts: each segment's value by its method, and the walk from segments to value per share.

    segment value  = earnings x P/E | EBITA x EV/EBITA | revenue x P/S or EV/Sales | DCF | cost
                     (x the stake owned), converted to the thesis currency at an explicit fx rate
    gross value    = segments + listed stakes (each less its own discount)
    equity value   = gross value x (1 - holding discount) + net cash
    per share      = equity value / shares

P/E and P/S give equity values, EV/EBITA, EV/Sales and DCF enterprise values; the walk adds them as a
simple SOTP does, with net cash (negative for net debt) held at the group. Money in results is a float in
the `currency` the result names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

Value = Any  # float or NDArray[np.float64]

METHOD_LABELS = {
    "pe": "P/E",
    "ev_ebita": "EV/EBITA",
    "ps": "P/S",
    "ev_sales": "EV/Sales",
    "dcf": "DCF",
    "cost": "cost",
}
BASIS = {"pe": "equity", "ps": "equity", "cost": "equity", "ev_ebita": "enterprise", "ev_sales": "enterprise",
         "dcf": "enterprise"}  # fmt: skip


def multiple_value(base: Value, multiple: Value) -> Value:
    """Earnings, EBITA or revenue times its multiple."""
    return base * multiple


def dcf_value(
    cash_flow: Value, growth: Value, discount_rate: Value, terminal_growth: Value, years: int
) -> Value:
    """Present value of `years` cash flows growing from `cash_flow` at `growth`, plus a Gordon terminal value.

    Year t's cash flow is cash_flow * (1 + growth) ** t, discounted by (1 + discount_rate) ** t; after the
    last year the flow grows at `terminal_growth` forever. NaN where discount_rate <= terminal_growth.
    """
    q = (1.0 + growth) / (1.0 + discount_rate)
    qn = np.power(q, years)
    near_one = np.abs(1.0 - q) < 1e-12
    annuity = np.where(near_one, float(years), q * (1.0 - qn) / np.where(near_one, 1.0, 1.0 - q))
    explicit = cash_flow * annuity
    spread = discount_rate - terminal_growth
    terminal = cash_flow * qn * (1.0 + terminal_growth) / np.where(spread > 0, spread, np.nan)
    return explicit + terminal


@dataclass(frozen=True, slots=True)
class SegmentValue:
    """One part of the SOTP: `native_value` in the segment's own currency, `value` in the thesis currency."""

    key: str
    name: str
    method: str
    basis: str  # "equity" or "enterprise"
    native_currency: str
    native_value: float
    value: float
    per_share: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "method": self.method,
            "basis": self.basis,
            "native_currency": self.native_currency,
            "native_value": self.native_value,
            "value": self.value,
            "per_share": self.per_share,
        }


@dataclass(frozen=True, slots=True)
class Valuation:
    """A deterministic SOTP (one scenario). Money in `currency`; `per_share` per one `share_unit`."""

    label: str
    currency: str
    share_unit: str
    segments: tuple[SegmentValue, ...]
    stakes: tuple[tuple[str, float], ...]
    gross_value: float
    holding_discount: float  # the amount taken off, in `currency`
    net_cash: float
    equity_value: float
    shares: float
    per_share: float
    price: float | None
    inputs: tuple[tuple[str, float], ...] = ()  # the value each random or overridden input took
    description: str | None = None

    @property
    def upside(self) -> float | None:
        """per_share / price - 1, if a price is given."""
        return None if self.price is None else self.per_share / self.price - 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "description": self.description,
            "currency": self.currency,
            "share_unit": self.share_unit,
            "segments": [s.to_dict() for s in self.segments],
            "stakes": dict(self.stakes),
            "gross_value": self.gross_value,
            "holding_discount": self.holding_discount,
            "net_cash": self.net_cash,
            "equity_value": self.equity_value,
            "shares": self.shares,
            "per_share": self.per_share,
            "price": self.price,
            "upside": self.upside,
            "inputs": dict(self.inputs),
        }
