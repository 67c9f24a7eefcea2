"""How close is close enough: rounding of written digits, "approximately", and the verdict rule.

A stated figure and one computed from other stated figures agree when their intervals meet after
each written number is read as the interval its digits allow ("3.75x" is 3.745-3.755, "8 billion"
is 7.5-8.5 billion, "approximately 22" adds APPROX_REL_TOL). A stated bound or range ("over 40%",
"35-40%") must contain what the stated inputs imply: "implying a CAGR of over 40%" fails when the
inputs give 35.4%. Examples: 30 / 8 = 3.75x, so a stated "3.7x" passes (it stands for 3.65-3.75);
30 / 8.1 = 3.70x and a stated "3.75x" passes too (8.1 and 30 are rounded inputs); 300 / 8 = 37.5x
against a stated "3.75x" fails HIGH.

Every tolerance the audit uses (numbers here; thresholds that belong to one rule live in its
module and are listed here so there is one table):

  ROUNDING_HALF_UNIT          0.5   a written number covers half a unit of its last digit either side
  APPROX_REL_TOL              5%    "about", "approximately", "~" widen a figure by 5% either side
  COMPUTE_REL_TOL             1%    slack on every comparison (the author's intermediate rounding)
  INPUT_REL_CAP               2%    an input's rounding counts for at most 2% of its value
  FX_REL_TOL                  10%   an implied FX rate within 10% (+ the figures' rounding) of the
                                    table's yearly average passes; beyond twice that it is HIGH
  context.FX_LOOKBACK_YEARS   3     if the FX table stops before the period, its latest year (up to
                                    3 years back) is used
  consistency.SCALE_REL_TOL   0.5%  two mentions are a scale slip when their ratio is within 0.5% of
                                    10, 100 or 1000
  currency.PATH_REL_TOL       2%    from-to paths in two currencies are one path when their growth
                                    ratios agree within 2%
  currency.MAGNITUDE_FACTOR   3x    a converted figure 3x above/below every related figure does not
                                    fit them, ...
  currency.FITS_FACTOR        1.5x  ... while read in the other currency it is within 1.5x of one
  ledger.LEDGER_HIGH_REL      5%    more than 5% off the recorded actual (after rounding) is HIGH,
                                    less is MEDIUM

Severity: HIGH when the representative computed value lies outside the stated figure (the
numbers cannot all be right); LOW when only the loose reading fails (a bound that does not quite
follow); MEDIUM when the pairing itself was a guess (a start found by proximity, a period assumed).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from thesisledger.audit.finding import Severity, Status
from thesisledger.errors import QuantityArithmeticError
from thesisledger.quantities import Bound, Quantity

ROUNDING_HALF_UNIT = 0.5
"""A written number stands for anything that rounds to it: half a unit of its last written digit
either side ("3.75x" is 3.745-3.755x, "8 billion" 7.5-8.5 billion, "30%" 29.5-30.5%)."""

APPROX_REL_TOL = 0.05
""""approximately", "about", "~" widen a figure by a further 5% of its value either side."""

COMPUTE_REL_TOL = 0.01
"""Slack on every comparison (1% of the compared value) for the author's own intermediate rounding."""

INPUT_REL_CAP = 0.02
"""An input's rounding counts for at most 2% of its value: "8 billion" feeding a computation is
7.84-8.16 billion, not 7.5-8.5 (authors round outputs harder than inputs)."""

FX_REL_TOL = 0.10
"""An implied FX rate within 10% of the table's yearly average passes (spot rates move, authors round)."""

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def half_unit(q: Quantity, text: str) -> float:
    """Half a unit of the last digit written in `text` (the quantity's own words), in base units."""
    m = _NUMBER.search(text)
    ref = q.low if q.low is not None else q.high
    if m is None or ref is None:
        return 0.0
    written = float(m.group().replace(",", ""))
    if written == 0:
        return 0.0
    decimals = len(m.group(1) or "")
    return ROUNDING_HALF_UNIT * 10.0**-decimals * abs(ref) / written


def loosen(q: Quantity, text: str, cap: float | None = None) -> Quantity:
    """`q` as the interval its written digits and "approximately" allow (open sides stay open);
    `cap` limits the rounding part to that share of the value."""
    h = half_unit(q, text)
    if cap is not None:
        h = min(h, abs(q.value) * cap)
    if q.bound is Bound.APPROX:
        h += abs(q.value) * APPROX_REL_TOL
    if h == 0:
        return q
    lo = None if q.low is None else q.low - h
    hi = None if q.high is None else q.high + h
    if lo is not None and hi is not None:
        return Quantity(lo, hi, Bound.RANGE, q.unit, q.scale)
    return Quantity(lo, hi, q.bound, q.unit, q.scale)


def point(q: Quantity) -> Quantity:
    """The representative value as an exact point ("more than 8" -> 8), for a first-reading sum."""
    return Quantity.exact(q.value, q.unit, q.scale)


Interval = tuple[float, float]


def interval(q: Quantity, rel: float = 0.0) -> Interval:
    lo, hi = q.interval()
    return (lo - abs(lo) * rel if math.isfinite(lo) else lo, hi + abs(hi) * rel if math.isfinite(hi) else hi)


@dataclass(frozen=True, slots=True)
class Computed:
    """A figure computed three ways: from the stated inputs as written (`strict`), from the intervals
    their digits allow (`loose`) and from their representative values (`point`)."""

    strict: Quantity | None
    loose: Quantity | None
    point: Quantity

    @property
    def shown(self) -> Quantity:
        return self.strict or self.point


def compute(f: Callable[..., Quantity], inputs: Sequence[tuple[Quantity, str]]) -> Computed | None:
    """Apply `f` to stated inputs (quantity, its text) three ways; None when it is undefined."""

    def attempt(args: Sequence[Quantity]) -> Quantity | None:
        try:
            return f(*args)
        except QuantityArithmeticError:
            return None

    p = attempt([point(q) for q, _ in inputs])
    if p is None:
        return None
    return Computed(
        attempt([q for q, _ in inputs]), attempt([loosen(q, t, INPUT_REL_CAP) for q, t in inputs]), p
    )


def judge(stated: Quantity, stated_text: str, computed: Computed) -> tuple[Status, Severity]:
    """Pass or fail a stated figure against a computed one, with the severity of a failure.

    A stated point passes when it meets the computed interval; a stated bound or range passes when
    it contains what the inputs as written imply. A failure is HIGH when the representative
    computed value is outside the stated figure, else LOW (the bound is loose, not wrong).
    """
    s_lo, s_hi = interval(loosen(stated, stated_text), COMPUTE_REL_TOL)
    c_val = computed.point.value
    point_inside = s_lo <= c_val <= s_hi
    if stated.is_point:
        c_lo, c_hi = interval(computed.loose or computed.point, COMPUTE_REL_TOL)
        ok = c_lo <= s_hi and s_lo <= c_hi
    else:
        c_lo, c_hi = interval(computed.strict or computed.point)
        ok = s_lo <= c_lo and c_hi <= s_hi
    if ok:
        return Status.PASS, Severity.LOW
    return Status.FAIL, (Severity.LOW if point_inside else Severity.HIGH)


def negated(q: Quantity) -> Quantity:
    """`-q`: a decline written as a positive number ("down 20%")."""
    lo = None if q.high is None else -q.high
    hi = None if q.low is None else -q.low
    flip = {Bound.GT: Bound.LT, Bound.GTE: Bound.LTE, Bound.LT: Bound.GT, Bound.LTE: Bound.GTE}
    return Quantity(lo, hi, flip.get(q.bound, q.bound), q.unit, q.scale, q.qualitative)
