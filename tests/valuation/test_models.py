"""Models analysts use: growth paths and CAGR, margin mix-shift, re-rating analogs, unit economics."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from valuation_helpers import ALIBABA

from thesisledger.errors import DataFileError, InputError
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import RATIO, Unit
from thesisledger.valuation import compile_thesis, load_thesis
from thesisledger.valuation.models import (
    CagrVerdict,
    UnitEconomics,
    blended_margin,
    cagr,
    check_cagr,
    contribution,
    ebita_from_unit_economics,
    grow,
    grow_path,
    load_analogs,
    mix_shift_bridge,
    required_cagr,
    rerated_multiple,
)

USD = Unit.currency("USD")
CNY = Unit.currency("CNY")


def usd(x: float) -> Quantity:
    return Quantity.exact(x, USD)


# -- growth and CAGR --------------------------------------------------------------------------------------
def test_grow_compounds_on_floats_and_arrays() -> None:
    assert grow(100.0, 0.10, 2) == pytest.approx(121.0, rel=1e-15)
    out = grow(np.array([100.0, 200.0]), np.array([0.0, 0.5]), 2.0)
    np.testing.assert_allclose(out, [100.0, 450.0], rtol=1e-15)


def test_grow_path_year_by_year() -> None:
    assert grow_path(100.0, [0.1, 0.2, -0.5]) == pytest.approx([110.0, 132.0, 66.0], rel=1e-15)
    assert grow_path(100.0, []) == []


def test_cagr_inverts_grow() -> None:
    r = cagr(22e9, 100e9, 5)
    assert grow(22e9, r, 5) == pytest.approx(100e9, rel=1e-12)


def test_cagr_needed_from_22_to_100_in_five_years_is_about_35_percent() -> None:
    # (100 / 22) ** (1 / 5) - 1 = 0.35368: about 35%, so "over 40%" overstates it
    r = required_cagr(usd(22e9), usd(100e9), 5)
    assert r == pytest.approx((100 / 22) ** 0.2 - 1, rel=1e-12)
    assert round(r, 4) == 0.3537
    assert r < 0.40


def test_required_cagr_refuses_mixed_currencies_and_bad_inputs() -> None:
    with pytest.raises(InputError, match="explicit fx rate"):
        required_cagr(usd(22e9), Quantity.exact(700e9, CNY), 5)
    with pytest.raises(InputError, match="positive"):
        required_cagr(usd(0.0), usd(100e9), 5)
    with pytest.raises(InputError, match="years must be positive"):
        required_cagr(usd(22e9), usd(100e9), 0)


def test_check_cagr_against_guided_growth() -> None:
    start, target = usd(22e9), usd(100e9)
    above = check_cagr(start, target, 5, Quantity.more_than(0.40, RATIO))
    assert above.verdict is CagrVerdict.IMPLIES
    assert above.end_low == pytest.approx(22e9 * 1.4**5)
    assert above.end_high is None  # open-ended guidance has no upper path
    straddle = check_cagr(start, target, 5, Quantity.between(0.30, 0.40, RATIO))
    assert straddle.verdict is CagrVerdict.STRADDLES
    short = check_cagr(start, target, 5, Quantity.between(0.20, 0.30, RATIO))
    assert short.verdict is CagrVerdict.FALLS_SHORT
    assert short.end_high == pytest.approx(22e9 * 1.3**5)
    text = straddle.explain()
    assert "needs a CAGR of 35.4%" in text
    assert "[30.0%, 40.0%] straddles" in text


# -- mix shift ----------------------------------------------------------------------------------------
def test_blended_margin_from_shares_and_from_revenues() -> None:
    # MaaS at 60% gross margin on 30% of revenue, the rest at 25%
    assert blended_margin([0.3, 0.7], [0.6, 0.25]) == pytest.approx(0.3 * 0.6 + 0.7 * 0.25, rel=1e-15)
    # revenues instead of shares give the same blend
    assert blended_margin([30.0, 70.0], [0.6, 0.25]) == pytest.approx(0.355, rel=1e-15)
    arr = blended_margin([np.array([0.3, 0.5]), np.array([0.7, 0.5])], [0.6, 0.25])
    np.testing.assert_allclose(arr, [0.355, 0.425], rtol=1e-15)
    with pytest.raises(InputError):
        blended_margin([0.5, 0.5], [0.1])


def test_mix_shift_bridge_splits_mix_and_rate_effects() -> None:
    # MaaS share rises from 30% to 50% at an unchanged 60% margin: a pure mix effect
    pure = mix_shift_bridge([0.3, 0.7], [0.5, 0.5], [0.6, 0.25])
    assert pure.margin_from == pytest.approx(0.355)
    assert pure.margin_to == pytest.approx(0.425)
    assert pure.mix_effect == pytest.approx(0.07)
    assert pure.rate_effect == pytest.approx(0.0)
    # and MaaS margin also moves 50% -> 70%: mix + rate add up to the change
    both = mix_shift_bridge([0.3, 0.7], [0.5, 0.5], [0.5, 0.25], [0.7, 0.25])
    assert both.margin_from == pytest.approx(0.325)
    assert both.margin_to == pytest.approx(0.475)
    assert both.mix_effect == pytest.approx(0.2 * 0.5 - 0.2 * 0.25)
    assert both.rate_effect == pytest.approx(0.5 * 0.2)
    assert both.mix_effect + both.rate_effect == pytest.approx(both.change)
    with pytest.raises(InputError):
        mix_shift_bridge([0.3, 0.7], [1.0], [0.5, 0.25])
    with pytest.raises(InputError):
        mix_shift_bridge([0.0, 0.0], [0.5, 0.5], [0.5, 0.25])


# -- analogs ---------------------------------------------------------------------------------------------
def test_the_aws_2015_analog_is_data_with_its_figures() -> None:
    aws = load_analogs()["aws_2015"]
    assert (aws.company, aws.segment, aws.year, aws.multiple) == ("AMZN", "AWS", 2015, "price_to_sales")
    assert (aws.multiple_before, aws.multiple_after) == (1.6, 4.3)
    assert aws.rerating_factor == pytest.approx(4.3 / 1.6)
    assert aws.figures == {
        "segment_revenue_share": 0.074,
        "segment_operating_profit_share": 0.86,
        "stock_return_ytd": 1.18,
    }
    assert aws.to_dict()["rerating_factor"] == pytest.approx(2.6875)
    assert "not checked" in aws.source


def test_rerated_multiple_steps_at_the_threshold() -> None:
    margin = np.array([0.09, 0.1999, 0.20, 0.25])
    np.testing.assert_array_equal(rerated_multiple(margin, 0.20, 1.6, 4.3), [1.6, 1.6, 4.3, 4.3])


def test_rerated_multiple_ramps_linearly() -> None:
    margin = np.array([0.10, 0.15, 0.175, 0.20, 0.30])
    out = rerated_multiple(margin, 0.20, 1.6, 4.3, ramp_from=0.15)
    np.testing.assert_allclose(out, [1.6, 1.6, 1.6 + 2.7 / 2, 4.3, 4.3], rtol=1e-12)


def test_extra_analogs_override_and_bad_ones_are_refused(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "aws_2015:\n  name: n\n  company: AMZN\n  year: 2015\n  event: e\n  multiple: price_to_sales\n"
        "  multiple_before: 2\n  multiple_after: 5\n  source: my own reading\n",
        encoding="utf-8",
    )
    assert load_analogs(extra)["aws_2015"].rerating_factor == 2.5
    extra.write_text("x:\n  name: n\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="analog 'x' is missing company"):
        load_analogs(extra)
    extra.write_text(
        "x:\n  name: n\n  company: C\n  year: 2015\n  event: e\n  multiple: ps\n"
        "  multiple_before: 0\n  multiple_after: 5\n  source: s\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="positive"):
        load_analogs(extra)


# -- unit economics ----------------------------------------------------------------------------------------
def test_unit_economics_positive_but_ebita_negative() -> None:
    # 1bn orders at +0.5 a unit contribute 0.5bn, but depreciation, allocations and R&D cost 1.1bn
    ue = UnitEconomics(
        orders=1e9,
        revenue_per_order=6.0,
        cost_per_order=5.0,
        subsidy_per_order=0.5,
        depreciation=0.4e9,
        allocations=0.3e9,
        rnd=0.4e9,
    )
    assert ue.unit_margin == 0.5
    assert ue.ue_positive
    assert ue.contribution == pytest.approx(0.5e9)
    assert ue.fixed_costs == pytest.approx(1.1e9)
    assert ue.ebita == pytest.approx(-0.6e9)
    assert not ue.ebita_positive
    assert ue.breakeven_orders == pytest.approx(2.2e9)


def test_unit_economics_negative_has_no_breakeven() -> None:
    ue = UnitEconomics(orders=1e9, revenue_per_order=5.0, cost_per_order=5.0, subsidy_per_order=1.0)
    assert not ue.ue_positive
    assert ue.breakeven_orders is None
    assert ue.ebita == pytest.approx(-1e9)


def test_unit_economics_functions_vectorise() -> None:
    orders = np.array([1e9, 2e9, 3e9])
    c = contribution(orders, 6.0, 5.0, 0.5)
    np.testing.assert_allclose(c, [0.5e9, 1e9, 1.5e9])
    e = ebita_from_unit_economics(c, 0.4e9, 0.3e9, 0.4e9)
    np.testing.assert_allclose(e, [-0.6e9, -0.1e9, 0.4e9])
    assert math.isclose(float(e[1]), -0.1e9, rel_tol=1e-12)


def test_models_inside_the_alibaba_thesis() -> None:
    program = compile_thesis(load_thesis(ALIBABA))
    # fixed inputs fold to constants: the CAGR the USD 100bn target needs
    assert program.lookup["cloud_required_cagr"] == pytest.approx((100 / 22) ** 0.2 - 1, rel=1e-12)
    # every input at its median: the mix-shift margin and the analog multiple follow by hand
    env = program.run(program.medians(1))
    med = {r.name: float(env[r.slot][0]) for r in program.random}
    share, ai, other = med["ai_revenue_share"], med["ai_gross_margin"], med["other_cloud_gross_margin"]
    gm = share * ai + (1 - share) * other
    assert float(env[program.lookup["cloud_gross_margin"]][0]) == pytest.approx(gm, rel=1e-12)
    margin = gm - med["cloud_opex_ratio"]
    ps = 1.6 + (4.3 - 1.6) * min(max((margin - 0.15) / 0.05, 0.0), 1.0)
    assert float(env[program.lookup["cloud_ps"]][0]) == pytest.approx(ps, rel=1e-12)
    rev = 158e9 * (1 + med["cloud_growth"]) ** 2
    assert float(env[program.lookup["cloud_revenue_fy28"]][0]) == pytest.approx(rev, rel=1e-12)
