"""The arithmetic analysts do on quantities, interval-aware: a range in gives a range out.

Every function here is monotonic in each argument over its domain, so the result's interval is
spanned by the function's values at the corners of the inputs' intervals (open sides count as
+-inf, reached only in the limit). Bound kinds follow: points in give a point out (approximately
if any input was), an open side in gives an open side out, a strict bound ("more than") stays
strict only where no closed corner reaches the same end, and an end reached only as an input
runs off to infinity is left open ("RMB 30bn / more than RMB 8bn" is "less than 3.75x", not 0-3.75x).

    >>> from thesisledger.quantities import cagr, format_quantity, growth_multiple, parse_quantity
    >>> str(growth_multiple(parse_quantity("RMB 8bn"), parse_quantity("RMB 30bn")))
    '3.75x'
    >>> format_quantity(cagr(parse_quantity("USD 22bn"), parse_quantity("USD 100bn"), 5), digits=3)
    '35.4%'
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from thesisledger.errors import QuantityArithmeticError, UnitMismatchError
from thesisledger.quantities.format import format_quantity
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import MULTIPLE, PP, RATIO, Unit, UnitKind

__all__ = [
    "annualise",
    "cagr",
    "cagr_target",
    "growth_multiple",
    "pct_change",
    "pp_difference",
    "share_of",
    "years_for_cagr",
]

YEARS = Unit(UnitKind.DURATION, "years")
_YEARS_PER = {"years": 1.0, "quarters": 0.25, "months": 1 / 12, "weeks": 7 / 365.25, "days": 1 / 365.25}


@dataclass(frozen=True, slots=True)
class _Span:
    """An interval with each end open or closed; `approx` carries "approximately" through."""

    lo: float
    hi: float
    lo_open: bool
    hi_open: bool
    approx: bool = False


def _span(q: Quantity) -> _Span:
    lo, hi = q.interval()
    return _Span(
        lo,
        hi,
        q.bound is Bound.GT or math.isinf(lo),
        q.bound is Bound.LT or math.isinf(hi),
        q.bound is Bound.APPROX,
    )


def _corners(what: str, f: Callable[..., float], *args: _Span) -> _Span:
    """The span of `f` over the box of `args`, from its values at the box's corners."""
    values: list[tuple[float, bool, bool]] = []  # value, reached only at an open end, only in the limit
    for corner in itertools.product(*(((a.lo, a.lo_open), (a.hi, a.hi_open)) for a in args)):
        with _domain(what):
            v = f(*(x for x, _ in corner))
        if math.isnan(v):
            raise QuantityArithmeticError(
                f"{what} cannot be bounded: two open-ended inputs ('more than', 'less than') "
                "leave it undetermined; give at least one side as a number or a range"
            )
        values.append((v, any(o for _, o in corner), any(math.isinf(x) for x, _ in corner)))
    lo = min(v for v, _, _ in values)
    hi = max(v for v, _, _ in values)
    # an end reached only as an input runs off to infinity ("30 / more than 8" -> 0) is no bound
    # an analyst states: that side stays open ("less than 3.75x")
    if all(limit for v, _, limit in values if v == lo):
        lo = -math.inf
    if all(limit for v, _, limit in values if v == hi):
        hi = math.inf
    return _Span(
        lo,
        hi,
        all(o for v, o, _ in values if v == lo) or math.isinf(lo),
        all(o for v, o, _ in values if v == hi) or math.isinf(hi),
        any(a.approx for a in args),
    )


@contextmanager
def _domain(what: str) -> Iterator[None]:
    """Turn float overflow and math domain errors into QuantityArithmeticError naming `what`."""
    try:
        yield
    except QuantityArithmeticError:
        raise
    except (OverflowError, ZeroDivisionError, ValueError) as exc:
        raise QuantityArithmeticError(f"{what} is out of range: {exc}") from exc


def _quantity(s: _Span, unit: Unit, scale: str | None, what: str) -> Quantity:
    lo_inf, hi_inf = math.isinf(s.lo), math.isinf(s.hi)
    if lo_inf and hi_inf:
        raise QuantityArithmeticError(
            f"{what} is unbounded on both sides; give the inputs as numbers or ranges, not open bounds"
        )
    if hi_inf:
        return Quantity(s.lo, None, Bound.GT if s.lo_open else Bound.GTE, unit, scale)
    if lo_inf:
        return Quantity(None, s.hi, Bound.LT if s.hi_open else Bound.LTE, unit, scale)
    if s.lo == s.hi:
        return Quantity(s.lo, s.hi, Bound.APPROX if s.approx else Bound.EQ, unit, scale)
    return Quantity(s.lo, s.hi, Bound.RANGE, unit, scale)


def _check_same_unit(a: Quantity, b: Quantity, what: str) -> None:
    ua, ub = a.unit, b.unit
    same = ua.kind is ub.kind and ua.code == ub.code and ua.per_share == ub.per_share
    if same and ua.noun and ub.noun and ua.noun != ub.noun:
        same = False
    if same:
        return
    if ua.is_currency and ub.is_currency and ua.code != ub.code:
        raise UnitMismatchError(
            f"{what}: {format_quantity(a)!r} is in {ua.code} but {format_quantity(b)!r} is in {ub.code}; "
            f"convert with FxTable first, e.g. FxTable.default().convert(q, {ua.code!r}, on=date)"
        )
    raise UnitMismatchError(
        f"{what}: {format_quantity(a)!r} is in {ua} but {format_quantity(b)!r} is in {ub}; "
        "both must be in the same unit"
    )


def _positive(s: _Span, q: Quantity, what: str, role: str) -> None:
    if s.lo < 0 or (s.lo == 0 and not s.lo_open):
        raise QuantityArithmeticError(
            f"{what} needs a positive {role}, got {format_quantity(q)!r} "
            "(growth from zero or a loss is undefined; compare absolute changes instead)"
        )


def _ratio_arg(x: Quantity | float, what: str) -> tuple[_Span, Quantity]:
    q = x if isinstance(x, Quantity) else Quantity.exact(float(x), RATIO, "%")
    if q.unit.kind is not UnitKind.RATIO:
        raise UnitMismatchError(f"{what} needs a rate such as '20%', got {format_quantity(q)!r}")
    s = _span(q)
    if s.lo <= -1:
        raise QuantityArithmeticError(f"{what} needs a rate above -100%, got {format_quantity(q)!r}")
    return s, q


def _years_arg(x: Quantity | float, what: str) -> _Span:
    q = x if isinstance(x, Quantity) else Quantity.exact(float(x), YEARS)
    if q.unit.kind is not UnitKind.DURATION or q.unit.code not in _YEARS_PER:
        raise UnitMismatchError(f"{what} needs a duration such as '5 years', got {format_quantity(q)!r}")
    s = _span(q)
    f = _YEARS_PER[q.unit.code]
    s = _Span(s.lo * f, s.hi * f, s.lo_open, s.hi_open, s.approx)
    if s.lo < 0 or (s.lo == 0 and not s.lo_open):
        raise QuantityArithmeticError(f"{what} needs a positive number of years, got {format_quantity(q)!r}")
    return s


def _ratio(e: float, s: float) -> float:
    if math.isinf(e) and math.isinf(s):
        return math.nan
    return e / s


def _multiple_span(start: Quantity, end: Quantity, what: str) -> _Span:
    _check_same_unit(start, end, what)
    s = _span(start)
    _positive(s, start, what, "start")
    return _corners(what, _ratio, _span(end), s)


def growth_multiple(start: Quantity, end: Quantity) -> Quantity:
    """How many times `end` is `start`: RMB 8bn -> RMB 30bn is 3.75x."""
    what = "growth multiple"
    return _quantity(_multiple_span(start, end, what), MULTIPLE, None, what)


def pct_change(start: Quantity, end: Quantity) -> Quantity:
    """The percentage change from `start` to `end` (a ratio: 0.25 for +25%)."""
    what = "percentage change"
    _check_same_unit(start, end, what)
    s = _span(start)
    _positive(s, start, what, "start")

    def change(e: float, b: float) -> float:  # (e - b) / b rounds better than e / b - 1
        if math.isinf(b):
            return math.nan if math.isinf(e) else -1.0
        return (e - b) / b

    return _quantity(_corners(what, change, _span(end), s), RATIO, "%", what)


def share_of(part: Quantity, total: Quantity) -> Quantity:
    """`part` as a share of `total` (a ratio: 0.3 for 30%)."""
    what = "share of total"
    _check_same_unit(part, total, what)
    t = _span(total)
    _positive(t, total, what, "total")
    return _quantity(_corners(what, _ratio, _span(part), t), RATIO, "%", what)


def pp_difference(a: Quantity, b: Quantity) -> Quantity:
    """`a - b` for two ratios (or two pp figures), in percentage points: 36% vs 29% is +7 pp."""
    what = "percentage-point difference"
    _check_same_unit(a, b, what)
    if a.unit.kind not in (UnitKind.RATIO, UnitKind.PP):
        raise UnitMismatchError(
            f"{what} needs two percentages, got {format_quantity(a)!r} and {format_quantity(b)!r}"
        )

    def minus(x: float, y: float) -> float:
        return math.nan if math.isinf(x) and x == y else x - y

    return _quantity(_corners(what, minus, _span(a), _span(b)), PP, "pp", what)


def cagr(start: Quantity, end: Quantity, years: Quantity | float) -> Quantity:
    """Compound annual growth rate from `start` to `end` over `years` (a float or a duration quantity).

    USD 22bn -> USD 100bn over 5 years is about 35.4% a year.
    """
    what = "CAGR"
    m = _multiple_span(start, end, what)
    if m.lo < 0:
        raise QuantityArithmeticError(f"{what} needs a non-negative end, got {format_quantity(end)!r}")
    y = _years_arg(years, what)

    def rate(mult: float, yrs: float) -> float:
        if math.isinf(yrs):
            return 0.0 if 0 < mult < math.inf else math.nan
        return float(mult ** (1 / yrs) - 1)

    return _quantity(_corners(what, rate, m, y), RATIO, "%", what)


def years_for_cagr(start: Quantity, end: Quantity, rate: Quantity | float) -> Quantity:
    """The years needed to grow from `start` to `end` at compound `rate`: the inverse of `cagr`."""
    what = "years for CAGR"
    m = _multiple_span(start, end, what)
    r, rq = _ratio_arg(rate, what)
    growing = m.lo >= 1 and (r.lo > 0 or (r.lo == 0 and r.lo_open))
    shrinking = m.hi <= 1 and (r.hi < 0 or (r.hi == 0 and r.hi_open))
    if not (growing or shrinking):
        raise QuantityArithmeticError(
            f"{what}: {format_quantity(start)!r} never reaches {format_quantity(end)!r} at "
            f"{format_quantity(rq)!r} a year (the rate must be positive when the end is above the start "
            "and negative when below, over the whole of any range)"
        )

    def years(mult: float, g: float) -> float:
        if math.isinf(mult) and math.isinf(g):
            return math.nan
        if math.isinf(g):
            return 0.0
        return math.log(mult) / math.log1p(g)

    return _quantity(_corners(what, years, m, r), YEARS, None, what)


def cagr_target(start: Quantity, rate: Quantity | float, years: Quantity | float) -> Quantity:
    """Where `start` gets to after `years` of compound growth at `rate`, in `start`'s unit."""
    what = "CAGR target"
    r, _ = _ratio_arg(rate, what)
    y = _years_arg(years, what)

    def target(s: float, g: float, yrs: float) -> float:
        factor = (1 + g) ** yrs
        if s == 0 or (math.isinf(s) and factor == 0):
            return 0.0 if not math.isinf(s) else math.nan
        return float(s * factor)

    return _quantity(_corners(what, target, _span(start), r, y), start.unit, start.scale, what)


def annualise(q: Quantity, periods_per_year: float, *, compound: bool = False) -> Quantity:
    """A per-period figure as a yearly one: a quarter's revenue run-rate x4, a month's x12.

    With `compound=True` a per-period growth rate compounds instead: 2% a quarter is ~8.24% a year.
    """
    what = "annualised figure"
    if not (periods_per_year > 0 and math.isfinite(periods_per_year)):
        raise QuantityArithmeticError(
            f"{what} needs a positive number of periods per year, got {periods_per_year!r}"
        )
    n = float(periods_per_year)
    if compound:
        s, _ = _ratio_arg(q, what)
        return _quantity(_corners(what, lambda g: (1 + g) ** n - 1, s), RATIO, q.scale or "%", what)
    return _quantity(_corners(what, lambda x: x * n, _span(q)), q.unit, q.scale, what)
