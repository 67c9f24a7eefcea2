"""Sum of the parts in closed form: a thesis with fixed inputs gives exactly the hand-computed value."""

from __future__ import annotations

import numpy as np
import pytest

from thesisledger.valuation import (
    central_valuation,
    compile_thesis,
    dcf_value,
    parse_thesis,
    simulate,
)

# Every method, every model, a stake, a listed stake, a holding discount and net cash in another currency.
FIXED = """\
name: fixed inputs
currency: USD
shares: {value: 1.0e9, of: ADS, source: t}
price: {value: 200, currency: USD, source: t}
fx:
  USD/CNY: {value: 8.0, source: t}
inputs:
  retail_earnings: {value: 80e9, unit: CNY, source: t}
  retail_pe: {value: 10, unit: multiple, source: t}
  cloud_rev0: {value: 100e9, unit: CNY, source: t}
  cloud_rev: {model: growth, base: cloud_rev0, rate: 0.1, years: 2}
  ai_share: {value: 0.4, unit: ratio, source: t}
  cloud_gm:
    model: mix_shift
    parts:
      - {share: ai_share, margin: 0.6}
      - {share: rest, margin: 0.2}
  opex: {value: 0.15, unit: ratio, source: t}
  cloud_margin: cloud_gm - opex
  cloud_ps: {model: analog, analog: aws_2015, driver: cloud_margin, threshold: 0.2}
  delivery:
    model: unit_economics
    orders: 1e9
    revenue_per_order: dpo
    cost_per_order: cpo
    subsidy_per_order: spo
    depreciation: dep
    allocations: alloc
    rnd: rnd
  dpo: {value: 10, unit: USD, source: t}
  cpo: {value: 8, unit: USD, source: t}
  spo: {value: 0.5, unit: USD, source: t}
  dep: {value: 1.2e9, unit: USD, source: t}
  alloc: {value: 0.2e9, unit: USD, source: t}
  rnd: {value: 0.3e9, unit: USD, source: t}
  intl_rev0: {value: 10e9, unit: USD, source: t}
  intl_rev: {model: growth, base: intl_rev0, rates: [0.1, 0.2]}
  needed: {model: cagr, start: intl_rev0, target: intl_rev, years: 2}
  ant_value: {value: 20e9, unit: USD, source: t}
  media_cf: {value: 1e9, unit: USD, source: t}
  others_cost: {value: -5e9, unit: USD, source: t}
  cash_cny: {value: 80e9, unit: CNY, source: t}
segments:
  retail: {method: pe, earnings: retail_earnings, multiple: retail_pe}
  cloud: {method: ps, revenue: cloud_rev, multiple: cloud_ps}
  logistics: {method: ev_ebita, ebita: delivery, multiple: 12, stake: 0.6}
  intl: {method: ev_sales, revenue: intl_rev, multiple: 1.5}
  media: {method: dcf, cash_flow: media_cf, growth: 0.05, years: 5,
          discount_rate: 0.10, terminal_growth: 0.02}
  others: {method: cost, amount: others_cost}
stakes:
  ant: {value: ant_value, discount: 0.3}
holding_discount: 0.1
net_cash: cash_cny
checks:
  ue_positive: delivery.contribution > 0
  ebita_positive: delivery > 0
  intl_needs_under_15pct: needed < 0.15
"""


def _hand_dcf(cf: float, g: float, r: float, tg: float, years: int) -> float:
    pv = 0.0
    flow = cf
    for t in range(1, years + 1):
        flow *= 1 + g
        pv += flow / (1 + r) ** t
    return pv + flow * (1 + tg) / (r - tg) / (1 + r) ** years


def test_fixed_input_thesis_gives_the_hand_computed_sotp() -> None:
    program = compile_thesis(parse_thesis(FIXED, "fixed.yaml"))
    assert program.random == []  # nothing to draw
    v = central_valuation(program)
    segs = {s.key: s for s in v.segments}

    retail = 80e9 * 10 / 8.0  # CNY earnings x P/E, at 8 CNY per USD
    cloud_rev = 100e9 * 1.1 * 1.1
    cloud_margin = 0.4 * 0.6 + 0.6 * 0.2 - 0.15  # 21%: above the AWS threshold of 20%, so P/S 4.3
    assert cloud_margin == pytest.approx(0.21)
    cloud = cloud_rev * 4.3 / 8.0
    logistics = (1e9 * (10 - 8 - 0.5) - 1.2e9 - 0.2e9 - 0.3e9) * 12 * 0.6
    intl = 10e9 * 1.1 * 1.2 * 1.5
    media = _hand_dcf(1e9, 0.05, 0.10, 0.02, 5)
    others = -5e9
    ant = 20e9 * (1 - 0.3)
    gross = retail + cloud + logistics + intl + media + others + ant
    equity = gross * (1 - 0.1) + 80e9 / 8.0

    assert segs["retail"].native_value == pytest.approx(800e9, rel=1e-12)
    assert segs["retail"].native_currency == "CNY"
    assert segs["retail"].value == pytest.approx(retail, rel=1e-12)
    assert segs["cloud"].value == pytest.approx(cloud, rel=1e-12)
    assert segs["logistics"].value == pytest.approx(logistics, rel=1e-12)
    assert segs["logistics"].basis == "enterprise"
    assert segs["intl"].value == pytest.approx(intl, rel=1e-12)
    assert segs["media"].value == pytest.approx(media, rel=1e-12)
    assert segs["others"].value == -5e9
    assert dict(v.stakes)["ant"] == pytest.approx(ant, rel=1e-12)
    assert v.gross_value == pytest.approx(gross, rel=1e-12)
    assert v.holding_discount == pytest.approx(0.1 * gross, rel=1e-12)
    assert v.net_cash == pytest.approx(10e9, rel=1e-12)
    assert v.equity_value == pytest.approx(equity, rel=1e-12)
    assert v.per_share == pytest.approx(equity / 1e9, rel=1e-12)
    assert v.upside == pytest.approx(equity / 1e9 / 200 - 1, rel=1e-12)
    assert segs["cloud"].per_share == pytest.approx(cloud / 1e9, rel=1e-12)
    assert v.to_dict()["share_unit"] == "ADS"


def test_fixed_input_simulation_is_that_value_with_no_spread() -> None:
    program = compile_thesis(parse_thesis(FIXED, "fixed.yaml"))
    v = central_valuation(program)
    sim = simulate(program, 1000, seed=1)
    assert sim.mean == pytest.approx(v.per_share, rel=1e-12)
    assert sim.std == 0.0
    assert list(sim.percentiles.values()) == [pytest.approx(v.per_share, rel=1e-12)] * 5
    # contribution +1.5bn but fixed costs 1.7bn: unit economics positive, EBITA negative; CAGR 14.9%
    assert sim.check_probabilities == {
        "ue_positive": 1.0,
        "ebita_positive": 0.0,
        "intl_needs_under_15pct": 1.0,
    }
    assert sim.p_above_price == (1.0 if v.per_share > 200 else 0.0)


def test_dcf_closed_form_matches_the_year_by_year_sum() -> None:
    for g, r, tg, n in [(0.05, 0.10, 0.02, 5), (0.10, 0.10, 0.03, 7), (-0.02, 0.08, 0.0, 10)]:
        assert dcf_value(1e9, g, r, tg, n) == pytest.approx(_hand_dcf(1e9, g, r, tg, n), rel=1e-12)
    out = dcf_value(np.array([1.0, 2.0]), 0.05, np.array([0.10, 0.02]), 0.02, 5)
    assert out[0] == pytest.approx(_hand_dcf(1.0, 0.05, 0.10, 0.02, 5), rel=1e-12)
    assert np.isnan(out[1])  # discount rate at terminal growth: no value
