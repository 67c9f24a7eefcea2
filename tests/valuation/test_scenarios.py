"""Named scenarios (bear/base/bull) and tornado data, checked against hand-computed values."""

from __future__ import annotations

import pytest
from valuation_helpers import ALIBABA, MINIMAL

from thesisledger.valuation import compile_thesis, load_thesis, parse_thesis, run_scenarios, tornado
from thesisledger.valuation.scenarios import CENTRAL

# value per share = rev * mult / 100
SCENARIOS = MINIMAL.replace(
    "  rev:\n    value: 1000\n",
    "  rev:\n    low: 500\n    high: 1500\n",
) + (
    "  idle:\n    method: cost\n    amount: idle_amount\n"
    "scenarios:\n"
    "  bear:\n    description: low multiple\n    inputs: {mult: 2, rev: p10}\n"
    "  base:\n    inputs: {mult: median}\n"
    "  bull:\n    inputs: {mult: p90, rev: 1500}\n"
)
SCENARIOS = SCENARIOS.replace(
    "segments:\n",
    "  idle_amount:\n    low: 0\n    high: 1e-9\n    unit: USD\n    source: test\nsegments:\n",
)


def test_bear_base_bull_are_the_overridden_sotp() -> None:
    rows = run_scenarios(parse_thesis(SCENARIOS, "s.yaml"))
    assert [v.label for v in rows] == [CENTRAL, "bear", "base", "bull"]
    central, bear, base, bull = rows
    assert central.per_share == pytest.approx(1000 * 3 / 100 + 0.5e-9 / 100, rel=1e-12)
    assert bear.per_share == pytest.approx(600 * 2 / 100, rel=1e-9)
    assert bear.description == "low multiple"
    assert base.per_share == pytest.approx(central.per_share, rel=1e-12)
    assert bull.per_share == pytest.approx(1500 * 3.8 / 100, rel=1e-9)
    assert dict(bull.inputs)["mult"] == pytest.approx(3.8)
    assert dict(bull.inputs)["rev"] == 1500
    assert bear.upside == pytest.approx(bear.per_share / 10 - 1)


def test_alibaba_scenarios_are_ordered_bear_base_bull() -> None:
    rows = {v.label: v for v in run_scenarios(load_thesis(ALIBABA))}
    assert rows["bear"].per_share < rows["base"].per_share < rows["bull"].per_share
    # overrides hold: bear values retail at 8x its p10 earnings
    bear = dict(rows["bear"].inputs)
    assert bear["retail_pe"] == 8
    segs = {s.key: s for s in rows["bear"].segments}
    assert segs["taotian"].native_value == pytest.approx(8 * bear["taotian_earnings"], rel=1e-12)
    assert bear["taotian_earnings"] == pytest.approx(150e9 + 0.1 * 40e9, rel=1e-12)


def test_tornado_sorts_inputs_by_swing() -> None:
    program = compile_thesis(parse_thesis(SCENARIOS, "s.yaml"))
    t = tornado(program)
    assert [b.input for b in t.bars] == ["rev", "mult", "idle_amount"]
    rev, mult, idle = t.bars
    assert (rev.input_low, rev.input_high) == (pytest.approx(600), pytest.approx(1400))
    assert rev.swing == pytest.approx((1400 - 600) * 3 / 100, rel=1e-9)  # 24
    assert mult.swing == pytest.approx(1000 * (3.8 - 2.2) / 100, rel=1e-9)  # 16
    assert idle.swing == pytest.approx(0.8e-9 / 100, rel=1e-6)
    assert t.base == pytest.approx(30, rel=1e-9)
    assert rev.value_at_low < t.base < rev.value_at_high
    assert t.to_dict()["bars"][0]["swing"] == pytest.approx(24)


def test_tornado_of_the_alibaba_thesis_puts_cloud_margin_drivers_first() -> None:
    t = tornado(compile_thesis(load_thesis(ALIBABA)))
    swings = [b.swing for b in t.bars]
    assert swings == sorted(swings, reverse=True)
    top = {b.input for b in t.bars[:4]}
    assert top == {"ai_gross_margin", "ai_revenue_share", "cloud_opex_ratio", "other_cloud_gross_margin"}
    # MaaS ARR is monitored, not valued: it moves nothing
    assert t.bars[-1].input == "maas_arr_dec26" and t.bars[-1].swing == 0.0
