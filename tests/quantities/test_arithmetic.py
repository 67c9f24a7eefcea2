"""Interval-aware arithmetic: exact values on the seed note's kind of figures, errors, and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thesisledger.errors import QuantityArithmeticError, UnitMismatchError
from thesisledger.quantities import (
    MULTIPLE,
    PP,
    RATIO,
    Bound,
    Quantity,
    Unit,
    UnitKind,
    annualise,
    cagr,
    cagr_target,
    growth_multiple,
    parse_quantity,
    pct_change,
    pp_difference,
    share_of,
    years_for_cagr,
)

P = parse_quantity
CNY, USD = Unit.currency("CNY"), Unit.currency("USD")
YEARS = Unit(UnitKind.DURATION, "years")


def test_growth_multiple_of_arr() -> None:
    assert growth_multiple(P("RMB 8bn"), P("RMB 30bn")) == Quantity.exact(3.75, MULTIPLE)
    assert growth_multiple(P("8 billion"), P("300 billion")) == Quantity.exact(37.5, MULTIPLE)


def test_pct_change_and_share() -> None:
    assert pct_change(P("RMB 8 billion"), P("RMB 10 billion")) == Quantity.exact(0.25, RATIO, "%")
    assert pct_change(P("RMB 10 billion"), P("RMB 8 billion")) == Quantity.exact(-0.2, RATIO, "%")
    assert share_of(P("RMB 9 billion"), P("RMB 36 billion")) == Quantity.exact(0.25, RATIO, "%")


def test_cagr_22_to_100_in_five_years_is_about_35_percent_not_over_40() -> None:
    rate = cagr(P("USD 22 billion"), P("USD 100 billion"), 5)
    assert rate.bound is Bound.EQ and rate.unit == RATIO and rate.scale == "%"
    assert rate.value == pytest.approx((100 / 22) ** 0.2 - 1)
    assert round(rate.value, 4) == 0.3537
    assert not P("over 40%").contains(rate.value)
    assert cagr(P("USD 22 billion"), P("USD 100 billion"), P("five years")) == rate
    assert cagr(P("USD 22 billion"), P("USD 100 billion"), P("20 quarters")).value == pytest.approx(
        rate.value
    )


def test_cagr_approximate_input_gives_approximate_output() -> None:
    assert cagr(P("approximately USD 22 billion"), P("USD 100 billion"), 5).bound is Bound.APPROX


def test_years_for_cagr_and_target() -> None:
    n = years_for_cagr(P("USD 22 billion"), P("USD 100 billion"), P("40%"))
    assert n.unit == YEARS and n.bound is Bound.EQ
    assert n.value == pytest.approx(math.log(100 / 22) / math.log(1.4))
    assert years_for_cagr(P("USD 22 billion"), P("USD 100 billion"), 0.4) == n
    target = cagr_target(P("USD 22 billion"), P("35-40%"), P("five years"))
    assert target.bound is Bound.RANGE and target.unit == USD and target.scale == "billion"
    assert (target.low, target.high) == pytest.approx((22e9 * 1.35**5, 22e9 * 1.4**5))


def test_open_rate_gives_open_target_and_open_years() -> None:
    target = cagr_target(P("USD 22 billion"), P("over 40%"), 5)
    assert (target.bound, target.high) == (Bound.GT, None)
    assert target.low == pytest.approx(22e9 * 1.4**5)
    n = years_for_cagr(P("USD 22 billion"), P("USD 100 billion"), P("over 40%"))
    assert n.bound is Bound.LT
    assert n.high == pytest.approx(math.log(100 / 22) / math.log(1.4))


def test_annualise_run_rate_and_compounding() -> None:
    assert annualise(P("RMB 9 billion"), 4) == P("RMB 36 billion")
    assert annualise(P("RMB 2-3 billion"), 4) == P("RMB 8-12 billion")
    yearly = annualise(P("2%"), 4, compound=True)
    assert yearly.value == pytest.approx(1.02**4 - 1)
    assert yearly.unit == RATIO


def test_pp_difference() -> None:
    d = pp_difference(P("36%"), P("29%"))
    assert d.unit == PP and d.scale == "pp" and d.bound is Bound.EQ
    assert d.value == pytest.approx(0.07)
    more = pp_difference(P("over 20%"), P("9%"))
    assert more.bound is Bound.GT and more.low == pytest.approx(0.11)
    spread = pp_difference(P("50-70%"), P("35-40%"))
    assert (spread.low, spread.high) == pytest.approx((0.10, 0.35))


def test_ranges_give_ranges_and_open_bounds_stay_open() -> None:
    r = pct_change(P("RMB 8 billion"), P("RMB 10-30 billion"))
    assert r.bound is Bound.RANGE and (r.low, r.high) == pytest.approx((0.25, 2.75))
    strict = growth_multiple(P("more than RMB 8 billion"), P("RMB 30 billion"))
    assert (strict.bound, strict.low, strict.high) == (Bound.LT, None, 3.75)
    closed = growth_multiple(P("at least RMB 8 billion"), P("RMB 30 billion"))
    assert (closed.bound, closed.high) == (Bound.LTE, 3.75)
    up = growth_multiple(P("RMB 8 billion"), P("more than RMB 30 billion"))
    assert (up.bound, up.low) == (Bound.GT, 3.75)


def test_currency_mismatch_says_convert_first() -> None:
    with pytest.raises(UnitMismatchError, match=r"CNY.*USD.*convert with FxTable first"):
        growth_multiple(P("RMB 8 billion"), P("USD 30 billion"))
    with pytest.raises(UnitMismatchError, match="same unit"):
        share_of(P("3x"), P("30%"))
    with pytest.raises(UnitMismatchError):
        pp_difference(P("RMB 3 billion"), P("RMB 2 billion"))
    with pytest.raises(UnitMismatchError, match="rate"):
        years_for_cagr(P("USD 1"), P("USD 2"), P("3x"))
    with pytest.raises(UnitMismatchError, match="duration"):
        cagr(P("USD 1"), P("USD 2"), P("30%"))


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (lambda: cagr(P("RMB -3 billion"), P("RMB 2 billion"), 5), "positive start"),
        (lambda: growth_multiple(P("RMB 0 billion"), P("RMB 2 billion")), "positive start"),
        (lambda: share_of(P("RMB 1 billion"), P("less than RMB 2 billion")), "positive total"),
        (lambda: cagr(P("USD 1"), P("USD 2"), 0), "positive number of years"),
        (lambda: cagr_target(P("USD 1"), P("-150%"), 3), "above -100%"),
        (lambda: years_for_cagr(P("USD 22 billion"), P("USD 10 billion"), P("40%")), "never reaches"),
        (lambda: years_for_cagr(P("USD 22 billion"), P("USD 100 billion"), P("-5 to 5%")), "never reaches"),
        (lambda: pp_difference(P("over 20%"), P("over 9%")), "cannot be bounded"),
        (lambda: annualise(P("RMB 1 billion"), 0), "positive number of periods"),
    ],
)
def test_domain_errors(call: object, fragment: str) -> None:
    assert callable(call)
    with pytest.raises(QuantityArithmeticError, match=fragment):
        call()


# -- properties ---------------------------------------------------------------------------------
positive = st.floats(min_value=0.1, max_value=1e4, allow_nan=False)
growth = st.floats(min_value=1.01, max_value=100.0)
horizon = st.floats(min_value=0.25, max_value=40.0)
fraction = st.floats(min_value=0.0, max_value=1.0)


@settings(max_examples=200, deadline=None)
@given(positive, growth, horizon)
def test_cagr_and_years_for_cagr_are_inverse(start: float, mult: float, years: float) -> None:
    a, b = Quantity.exact(start, CNY), Quantity.exact(start * mult, CNY)
    rate = cagr(a, b, years)
    assert years_for_cagr(a, b, rate).value == pytest.approx(years, rel=1e-9)
    assert cagr_target(a, rate, years).value == pytest.approx(start * mult, rel=1e-9)


@st.composite
def ranges_with_points(draw: st.DrawFn, lo: float = 0.1, hi: float = 1e4) -> tuple[Quantity, float]:
    a = draw(st.floats(min_value=lo, max_value=hi))
    b = draw(st.floats(min_value=lo, max_value=hi))
    low, high = min(a, b), max(a, b)
    x = low + draw(fraction) * (high - low)
    x = min(max(x, low), high)
    return Quantity(low, high, Bound.RANGE, CNY), x


@settings(max_examples=200, deadline=None)
@given(ranges_with_points(), ranges_with_points(), st.floats(min_value=0.5, max_value=30.0))
def test_points_inside_inputs_land_inside_outputs(
    s: tuple[Quantity, float], e: tuple[Quantity, float], years: float
) -> None:
    (start, x), (end, y) = s, e
    px, py = Quantity.exact(x, CNY), Quantity.exact(y, CNY)
    for f in (growth_multiple, pct_change, share_of):
        assert f(start, end).contains(f(px, py).value, rel_tol=1e-9), f.__name__
    assert cagr(start, end, years).contains(cagr(px, py, years).value, rel_tol=1e-9)
    assert annualise(start, 4).contains(annualise(px, 4).value, rel_tol=1e-9)
    ra, rb = (Quantity(q.low, q.high, Bound.RANGE, RATIO) for q in (start, end))
    pa, pb = Quantity.exact(x, RATIO), Quantity.exact(y, RATIO)
    # float subtraction is monotonic, so containment holds without tolerance
    assert pp_difference(ra, rb).contains(pp_difference(pa, pb).value)


@settings(max_examples=200, deadline=None)
@given(
    ranges_with_points(),
    st.floats(min_value=0.01, max_value=0.5),
    st.floats(min_value=0.0, max_value=0.3),
    fraction,
)
def test_rate_ranges_contain_target_and_years(
    s: tuple[Quantity, float], r_low: float, r_width: float, t: float
) -> None:
    start, x = s
    rate = Quantity(r_low, r_low + r_width, Bound.RANGE, RATIO, "%")
    r = r_low + t * r_width
    point_target = cagr_target(Quantity.exact(x, CNY), r, 5).value
    assert cagr_target(start, rate, 5).contains(point_target, rel_tol=1e-9)
    end = Quantity.exact(1e5, CNY)
    point_years = years_for_cagr(Quantity.exact(x, CNY), end, r).value
    assert years_for_cagr(start, end, rate).contains(point_years, rel_tol=1e-9)
