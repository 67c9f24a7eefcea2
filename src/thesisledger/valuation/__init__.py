"""Valuation: a thesis file evaluated as scenarios and a Monte-Carlo SOTP, and its triggers watched.

thesis = load_thesis("examples/alibaba/thesis.yaml")
program = compile_thesis(thesis, ledger)          # ledger: any LedgerView, or None
run_scenarios(thesis, ledger)                     # median inputs, bear, base, bull
simulate(program, 1_000_000, seed=7)              # distribution of value per share
tornado(program)                                  # which input moves value most
check_triggers(thesis, ledger, simulation=...)    # met / not yet / failed / no data
"""

from thesisledger.valuation.distributions import (
    Distribution,
    LogNormal,
    Normal,
    Pert,
    Point,
    Triangular,
    Uniform,
    quantile,
)
from thesisledger.valuation.expression import Expression, parse_expression
from thesisledger.valuation.ledger_file import load_ledger_file
from thesisledger.valuation.ledger_view import GuidedRange, InMemoryLedger, LedgerView
from thesisledger.valuation.monitor import check_triggers
from thesisledger.valuation.montecarlo import SimulationResult, simulate
from thesisledger.valuation.plan import Plan, build_plan
from thesisledger.valuation.program import Program, ResolvedInput, compile_thesis
from thesisledger.valuation.scenarios import central_valuation, run_scenarios
from thesisledger.valuation.schema import Thesis
from thesisledger.valuation.sotp import SegmentValue, Valuation, dcf_value
from thesisledger.valuation.thesis_file import load_thesis, parse_thesis
from thesisledger.valuation.tornado import Tornado, TornadoBar, tornado
from thesisledger.valuation.triggers import (
    Trigger,
    TriggerResult,
    TriggerStatus,
    evaluate_trigger,
    parse_trigger,
)

__all__ = [
    "Distribution",
    "Expression",
    "GuidedRange",
    "InMemoryLedger",
    "LedgerView",
    "LogNormal",
    "Normal",
    "Pert",
    "Plan",
    "Point",
    "Program",
    "ResolvedInput",
    "SegmentValue",
    "SimulationResult",
    "Thesis",
    "Tornado",
    "TornadoBar",
    "Triangular",
    "Trigger",
    "TriggerResult",
    "TriggerStatus",
    "Uniform",
    "Valuation",
    "build_plan",
    "central_valuation",
    "check_triggers",
    "compile_thesis",
    "dcf_value",
    "evaluate_trigger",
    "load_ledger_file",
    "load_thesis",
    "parse_expression",
    "parse_thesis",
    "parse_trigger",
    "quantile",
    "run_scenarios",
    "simulate",
    "tornado",
]
