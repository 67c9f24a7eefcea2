"""A thesis's triggers checked against the ledger, with the simulated probability of each where it has one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from thesisledger.valuation.ledger_view import InMemoryLedger, LedgerView
from thesisledger.valuation.montecarlo import SimulationResult
from thesisledger.valuation.plan import Plan, build_plan
from thesisledger.valuation.schema import Thesis
from thesisledger.valuation.triggers import TriggerResult, evaluate_trigger


def check_triggers(
    thesis: Thesis | Plan,
    ledger: LedgerView | None = None,
    *,
    as_of: date | None = None,
    simulation: SimulationResult | None = None,
) -> list[TriggerResult]:
    """Each trigger's status on `as_of` (default today); with `simulation`, the probability it is met.

    Without a ledger every trigger is "no data". The probability is the share of simulated scenarios in
    which the linked input satisfies the trigger, at that input's own horizon.
    """
    plan = thesis if isinstance(thesis, Plan) else build_plan(thesis)
    view: LedgerView = ledger if ledger is not None else InMemoryLedger()
    company = plan.profile.ticker if plan.profile else plan.thesis.company
    out: list[TriggerResult] = []
    for i, tp in enumerate(plan.triggers):
        res = evaluate_trigger(tp.trigger, view, company, as_of=as_of, name=tp.name)
        prob = None if simulation is None else simulation.trigger_probabilities.get(i)
        out.append(replace(res, input=tp.input, probability=prob))
    return out
