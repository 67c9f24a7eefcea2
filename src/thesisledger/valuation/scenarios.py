"""Deterministic valuations: every input at its median, and the thesis's named scenarios (bear/base/bull).

A scenario overrides some inputs (a number in the input's unit, or a percentile such as "p10") and
leaves the rest at their medians; formulas and models follow from those values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import numpy as np

from thesisledger.valuation.ledger_view import LedgerView
from thesisledger.valuation.plan import Plan, build_plan
from thesisledger.valuation.program import Program, compile_thesis
from thesisledger.valuation.schema import Thesis
from thesisledger.valuation.sotp import SegmentValue, Valuation

CENTRAL = "median inputs"


def _at(value: Any, i: int) -> float:
    return float(value[i]) if isinstance(value, np.ndarray) else float(value)


def valuation_at(
    program: Program, env: list[Any], i: int, label: str, description: str | None = None
) -> Valuation:
    """The SOTP of scenario row `i` of an evaluated environment."""
    t = program.thesis
    shares = t.shares.value
    g = program.get
    segs = tuple(
        SegmentValue(
            key=s.key,
            name=s.name,
            method=s.method,
            basis=s.basis,
            native_currency=s.currency,
            native_value=_at(g(env, s.native), i),
            value=_at(g(env, s.value), i),
            per_share=_at(g(env, s.value), i) / shares,
        )
        for s in program.segments
    )
    inputs = [(r.name, _at(env[r.slot], i)) for r in program.random]
    inputs += sorted(program.overrides.items())
    return Valuation(
        label=label,
        currency=t.currency,
        share_unit=t.shares.of,
        segments=segs,
        stakes=tuple((k, _at(g(env, v), i)) for k, v in program.stakes),
        gross_value=_at(g(env, program.gross_value), i),
        holding_discount=_at(g(env, program.holding_discount), i),
        net_cash=_at(g(env, program.net_cash), i),
        equity_value=_at(g(env, program.equity_value), i),
        shares=shares,
        per_share=_at(g(env, program.per_share), i),
        price=t.price.value if t.price else None,
        inputs=tuple(inputs),
        description=description,
    )


def central_valuation(program: Program, label: str = CENTRAL) -> Valuation:
    """Every random input at its median (overrides already compiled into `program` stay)."""
    env = program.run(program.medians(1))
    return valuation_at(program, env, 0, label)


def run_scenarios(
    thesis: Thesis | Plan, ledger: LedgerView | None = None, *, as_of: date | None = None
) -> list[Valuation]:
    """The median-inputs valuation followed by each named scenario, in file order."""
    plan = thesis if isinstance(thesis, Plan) else build_plan(thesis)
    out = [central_valuation(compile_thesis(plan, ledger, as_of=as_of))]
    for name, sc in plan.thesis.scenarios.items():
        program = compile_thesis(plan, ledger, as_of=as_of, overrides=plan.scenarios[name])
        out.append(replace(central_valuation(program, label=name), description=sc.description))
    return out
