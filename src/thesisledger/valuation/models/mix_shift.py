"""Margin mix-shift: a blended margin from the shares and margins of a business's parts, and its bridge.

A MaaS gross margin of 50-70% on a share of cloud revenue that rises from 30% to 50% lifts the blended
margin even if no part's own margin moves; `mix_shift_bridge` splits a change into that mix effect
and the rate effect of the parts' own margins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from thesisledger.errors import InputError

Value = Any  # float or NDArray[np.float64]


def blended_margin(weights: Sequence[Value], margins: Sequence[Value]) -> Value:
    """sum(w_i * m_i) / sum(w_i): weights may be revenue shares (summing to 1) or revenues."""
    if len(weights) != len(margins) or not weights:
        raise InputError(f"need one margin per weight, got {len(weights)} weights and {len(margins)} margins")
    num: Value = 0.0
    den: Value = 0.0
    for w, m in zip(weights, margins, strict=True):
        num = num + w * m
        den = den + w
    return num / den


@dataclass(frozen=True, slots=True)
class MixBridge:
    """Blended margin before and after, and the change split into mix and rate effects (they add up)."""

    margin_from: float
    margin_to: float
    mix_effect: float  # sum((s_to - s_from) * m_from): the parts' weights moved
    rate_effect: float  # sum(s_to * (m_to - m_from)): the parts' own margins moved

    @property
    def change(self) -> float:
        return self.margin_to - self.margin_from


def mix_shift_bridge(
    shares_from: Sequence[float],
    shares_to: Sequence[float],
    margins_from: Sequence[float],
    margins_to: Sequence[float] | None = None,
) -> MixBridge:
    """Bridge the blended margin from one mix to another; `margins_to` defaults to `margins_from`."""
    m_to = list(margins_to) if margins_to is not None else list(margins_from)
    n = len(shares_from)
    if not (len(shares_to) == len(margins_from) == len(m_to) == n):
        raise InputError("shares and margins must list the same parts")
    f_tot, t_tot = sum(shares_from), sum(shares_to)
    if f_tot <= 0 or t_tot <= 0:
        raise InputError("shares must add up to a positive total")
    sf = [s / f_tot for s in shares_from]
    st = [s / t_tot for s in shares_to]
    mix = sum((b - a) * m for a, b, m in zip(sf, st, margins_from, strict=True))
    rate = sum(s * (b - a) for s, a, b in zip(st, margins_from, m_to, strict=True))
    return MixBridge(
        margin_from=sum(s * m for s, m in zip(sf, margins_from, strict=True)),
        margin_to=sum(s * m for s, m in zip(st, m_to, strict=True)),
        mix_effect=mix,
        rate_effect=rate,
    )
