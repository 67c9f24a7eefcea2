"""Compile a thesis once into a flat program of vectorised operations, then run it on arrays of draws.

`compile_thesis(thesis, ledger)` resolves ledger references (latest fact or guided range, else the
fallback), folds constants, and emits one operation per formula, model output, segment and SOTP step.
`Program.run(draws)` evaluates those operations on arrays (one element per scenario); the same program
serves a single scenario (arrays of length 1), the tornado and each Monte-Carlo chunk.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import reduce
from typing import Any

import numpy as np
from numpy.typing import NDArray

from thesisledger.errors import ThesisFileError
from thesisledger.facts import Fact
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.valuation.distributions import Distribution, Pert, Point, Triangular, Uniform, quantile
from thesisledger.valuation.expression import Compiled, Expression, combine, slot_reader
from thesisledger.valuation.ledger_view import LedgerView
from thesisledger.valuation.models.analogs import rerated_multiple
from thesisledger.valuation.models.growth import cagr, grow
from thesisledger.valuation.models.mix_shift import blended_margin
from thesisledger.valuation.models.unit_economics import contribution
from thesisledger.valuation.plan import InputNode, Plan, RefPlan, build_plan
from thesisledger.valuation.schema import (
    AnalogModel,
    CagrModel,
    DCFSegment,
    DerivedInput,
    GrowthModel,
    LedgerInput,
    MixShiftModel,
    Thesis,
    UnitEconomicsModel,
)
from thesisledger.valuation.sotp import BASIS, dcf_value

Array = NDArray[np.float64]
Ref_ = int | float  # a slot index (computed at run time) or a constant
Op = tuple[int, Callable[[Sequence[Any]], Any]]


@dataclass(frozen=True)
class ResolvedInput:
    """An input as the program uses it: its distribution (None for formulas), unit and provenance."""

    name: str
    kind: str  # "point", "uniform", ..., "formula", "growth", ...
    dist: Distribution | None
    unit: str | None
    source: str | None
    line: int | None
    fact: Fact | None = None
    note: str | None = None

    @property
    def is_random(self) -> bool:
        return self.dist is not None and not isinstance(self.dist, Point)

    def describe(self) -> str:
        return self.dist.describe() if self.dist is not None else self.kind

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "distribution": None if self.dist is None else self.dist.to_dict(),
            "unit": self.unit,
            "source": self.source,
            "line": self.line,
            "note": self.note,
        }


@dataclass(frozen=True)
class RandomInput:
    """An input drawn at random: where its draws go, its distribution, and its random stream's key."""

    name: str
    slot: int
    dist: Distribution
    stream: int


@dataclass(frozen=True)
class SegmentOutput:
    key: str
    name: str
    method: str
    basis: str
    currency: str
    native: Ref_
    value: Ref_  # in the thesis currency


@dataclass
class Program:
    """The compiled thesis. Slots hold arrays at run time; outputs are slots or constants."""

    plan: Plan
    inputs: dict[str, ResolvedInput]
    random: list[RandomInput]
    ops: list[Op]
    n_slots: int
    names: list[str]
    lookup: dict[str, Ref_]
    segments: list[SegmentOutput]
    stakes: list[tuple[str, Ref_]]
    gross_value: Ref_
    holding_discount: Ref_
    net_cash: Ref_
    equity_value: Ref_
    per_share: Ref_
    checks: dict[str, Ref_]
    trigger_inputs: dict[int, Ref_]  # trigger index -> the linked input
    correlated: list[int] = field(default_factory=list)  # indices into `random`
    cholesky: Array | None = None
    overrides: dict[str, float] = field(default_factory=dict)

    @property
    def thesis(self) -> Thesis:
        return self.plan.thesis

    @property
    def currency(self) -> str:
        return self.thesis.currency

    @property
    def shares(self) -> float:
        return self.thesis.shares.value

    def run(self, draws: Sequence[Array]) -> list[Any]:
        """Evaluate every operation given one array per random input (in `self.random` order)."""
        env: list[Any] = [None] * self.n_slots
        for rin, arr in zip(self.random, draws, strict=True):
            env[rin.slot] = arr
        with np.errstate(all="ignore"):
            for slot, fn in self.ops:
                env[slot] = fn(env)
        return env

    @staticmethod
    def get(env: Sequence[Any], ref: Ref_) -> Any:
        return env[ref] if isinstance(ref, int) else ref

    def medians(self, size: int = 1) -> list[Array]:
        return [np.full(size, quantile(r.dist, 0.5)) for r in self.random]


def stream_key(name: str) -> int:
    """A stable random-stream key per input name: adding an input does not change the others' draws."""
    return zlib.crc32(name.encode("utf-8"))


# -- ledger references -----------------------------------------------------------------------------------
def _dist_from_quantity(
    q: Quantity, spec: LedgerInput, what: str, err: Callable[[str], ThesisFileError]
) -> Distribution:
    lo, hi = q.low, q.high
    if q.bound in (Bound.GT, Bound.GTE):
        if spec.cap is None:
            raise err(f"{what} is open-ended (above {lo:g}); give cap: for its upper end")
        hi = spec.cap
    elif q.bound in (Bound.LT, Bound.LTE):
        if spec.floor is None:
            raise err(f"{what} is open-ended (below {hi:g}); give floor: for its lower end")
        lo = spec.floor
    assert lo is not None and hi is not None
    if lo > hi:
        raise err(f"{what} runs from {lo:g} to {hi:g}, which is empty")
    if lo == hi:
        return Point(lo)
    mid = (lo + hi) / 2
    if spec.shape == "pert":
        return Pert(lo, mid, hi)
    if spec.shape == "triangular":
        return Triangular(lo, mid, hi)
    return Uniform(lo, hi)


def _resolve_ledger(
    node: InputNode, plan: Plan, ledger: LedgerView | None, as_of: date | None
) -> ResolvedInput:
    spec: LedgerInput = node.spec
    smap = plan.thesis.source_map
    line = smap.line_of(node.path)
    company = spec.company or plan.thesis.company
    seg = f" of segment {spec.segment!r}" if spec.segment else ""
    what = f"the ledger's {spec.from_} for {spec.metric!r}{seg}"

    def err(msg: str) -> ThesisFileError:
        return smap.error(node.path, f"input {node.name!r}: {msg}")

    note = None
    if ledger is not None and company is not None:
        fact: Fact | None = None
        q: Quantity | None
        if spec.from_ == "fact":
            fact = ledger.latest_fact(company, spec.metric, spec.segment, as_of=as_of)
            if (
                fact is not None
                and spec.period_kind is not None
                and fact.period.kind.value != spec.period_kind
            ):
                got = f"{fact.period.kind.value} ({fact.period.label})"
                note = f"latest fact is a {got}, not a {spec.period_kind}"
                fact = None
            q = fact.quantity if fact is not None else None
        else:
            q = ledger.guidance_range(company, spec.metric, spec.segment, as_of=as_of)
        if q is not None:
            unit_ccy = q.unit.code if q.unit.is_currency else None
            if unit_ccy != node.dim:
                want = f"money in {node.dim}" if node.dim else "a plain number"
                raise err(f"{what} is in {q.unit} but the input is {want}; there is no implicit conversion")
            dist = _dist_from_quantity(q, spec, what, err)
            if fact is not None:
                source = (
                    f"ledger: {fact.source} ({fact.period.label}, reported {fact.reported_at.isoformat()})"
                )
            else:
                source = f"ledger guidance for {spec.metric}{seg}"
            return ResolvedInput(node.name, spec.from_, dist, spec.declared_unit, source, line, fact, note)
    if spec.fallback is None:
        where = "no ledger is connected" if ledger is None else f"{what} is empty"
        raise err(f"{where}; add fallback: {{value: ..., source: ...}} to run without it")
    fb = spec.fallback
    why = "no ledger" if ledger is None else (note or f"nothing in {what}")
    return ResolvedInput(
        node.name,
        fb.to_distribution().kind,
        fb.to_distribution(),
        spec.declared_unit,
        fb.source,
        line,
        None,
        f"fallback used: {why}",
    )


# -- compilation ---------------------------------------------------------------------------------------------
class _Compiler:
    def __init__(self, plan: Plan, overrides: Mapping[str, float]) -> None:
        self.plan = plan
        self.overrides = dict(overrides)
        self.ops: list[Op] = []
        self.names: list[str] = []
        self.lookup: dict[str, Ref_] = {}
        self.random: list[RandomInput] = []
        self.inputs: dict[str, ResolvedInput] = {}

    def slot(self, name: str) -> int:
        self.names.append(name)
        return len(self.names) - 1

    def emit(self, compiled: Compiled, name: str) -> Ref_:
        if isinstance(compiled, float):
            return compiled
        s = self.slot(name)
        self.ops.append((s, compiled))
        return s

    def ref(self, r: RefPlan) -> Compiled:
        if isinstance(r, float):
            return r
        return r.compile(self.lookup.__getitem__)

    def as_compiled(self, ref: Ref_) -> Compiled:
        if isinstance(ref, float):
            return ref
        return slot_reader(ref)

    def leaf(self, name: str, info: ResolvedInput) -> None:
        self.inputs[name] = info
        if name in self.overrides:
            self.lookup[name] = float(self.overrides[name])
            return
        assert info.dist is not None
        if isinstance(info.dist, Point):
            self.lookup[name] = float(info.dist.value)
            return
        s = self.slot(name)
        self.random.append(RandomInput(name, s, info.dist, stream_key(name)))
        self.lookup[name] = s

    def model(self, node: InputNode) -> None:
        spec, name = node.spec, node.name
        line = self.plan.thesis.source_map.line_of(node.path)
        kind = "formula" if isinstance(spec, DerivedInput) else spec.model
        self.inputs[name] = ResolvedInput(
            name,
            kind,
            None,
            getattr(spec, "unit", None) or node.dim,
            getattr(spec, "source", None),
            line,
            note=getattr(spec, "note", None),
        )
        r = {k: self.ref(v) for k, v in node.refs.items()}
        if name in self.overrides:
            if isinstance(spec, UnitEconomicsModel):  # the contribution still follows its own inputs
                self.lookup[f"{name}.contribution"] = self.emit(
                    self.ue_contribution(r), f"{name}.contribution"
                )
            self.lookup[name] = float(self.overrides[name])
            return
        if isinstance(spec, DerivedInput):
            out = r["expr"]
        elif isinstance(spec, GrowthModel):
            if spec.rates is not None:
                rates = [r[f"rates.{i}"] for i in range(len(spec.rates))]
                out = combine(
                    lambda base, *rs: reduce(lambda acc, x: acc * (1.0 + x), rs, base), [r["base"], *rates]
                )
            else:
                out = combine(grow, [r["base"], r["rate"], r["years"]])
        elif isinstance(spec, CagrModel):
            out = combine(cagr, [r["start"], r["target"], r["years"]])
        elif isinstance(spec, MixShiftModel):
            out = self.mix(spec, r)
        elif isinstance(spec, AnalogModel):
            out = self.analog(spec, r)
        else:
            assert isinstance(spec, UnitEconomicsModel)
            cref = self.emit(self.ue_contribution(r), f"{name}.contribution")
            self.lookup[f"{name}.contribution"] = cref
            out = combine(
                lambda c, d, a, rd, o: c - d - a - rd - o,
                [self.as_compiled(cref), r["depreciation"], r["allocations"], r["rnd"], r["other"]],
            )
        self.lookup[name] = self.emit(out, name)

    @staticmethod
    def ue_contribution(r: dict[str, Compiled]) -> Compiled:
        return combine(
            contribution, [r["orders"], r["revenue_per_order"], r["cost_per_order"], r["subsidy_per_order"]]
        )

    def mix(self, spec: MixShiftModel, r: dict[str, Compiled]) -> Compiled:
        n = len(spec.parts)
        given = [r[f"parts.{i}.share"] for i in range(n) if spec.parts[i].share != "rest"]
        rest_at = next((i for i, p in enumerate(spec.parts) if p.share == "rest"), None)
        margins = [r[f"parts.{i}.margin"] for i in range(n)]

        def fn(*args: Any) -> Any:
            shares = list(args[: len(given)])
            ms = args[len(given) :]
            if rest_at is not None:
                shares.insert(rest_at, 1.0 - sum(shares))
            return blended_margin(shares, ms)

        return combine(fn, [*given, *margins])

    def analog(self, spec: AnalogModel, r: dict[str, Compiled]) -> Compiled:
        if "before" in r:
            before, after = r["before"], r["after"]
        elif "base" in r:
            assert spec.analog is not None
            factor = self.plan.analogs[spec.analog].rerating_factor
            before = r["base"]
            after = combine(lambda b: b * factor, [before])
        else:
            assert spec.analog is not None
            a = self.plan.analogs[spec.analog]
            before, after = a.multiple_before, a.multiple_after
        if "ramp_from" in r:
            return combine(rerated_multiple, [r["driver"], r["threshold"], before, after, r["ramp_from"]])
        return combine(rerated_multiple, [r["driver"], r["threshold"], before, after])


def compile_thesis(
    thesis: Thesis | Plan,
    ledger: LedgerView | None = None,
    *,
    as_of: date | None = None,
    overrides: Mapping[str, float | str] | None = None,
) -> Program:
    """Compile `thesis` (resolving ledger references through `ledger`) into a runnable Program.

    `overrides` fixes inputs (or fx pairs) to a number, or to a percentile of their distribution ("p10").
    """
    plan = thesis if isinstance(thesis, Plan) else build_plan(thesis)
    t = plan.thesis
    smap = t.source_map
    resolved: dict[str, ResolvedInput] = {}
    for name in plan.order:
        node = plan.nodes[name]
        if node.is_leaf:
            d = node.spec.to_distribution()
            resolved[name] = ResolvedInput(
                name,
                d.kind,
                d,
                node.spec.unit,
                node.spec.source,
                smap.line_of(node.path),
                note=node.spec.note,
            )
        elif node.is_ledger:
            resolved[name] = _resolve_ledger(node, plan, ledger, as_of)
    for key, spec in t.fx.items():
        d = spec.to_distribution()
        resolved[f"fx:{key}"] = ResolvedInput(
            f"fx:{key}", d.kind, d, key, spec.source, smap.line_of(("fx", key)), note=spec.note
        )
    fixed: dict[str, float] = {}
    for name, given in (overrides or {}).items():
        key = name if name in plan.nodes else f"fx:{name}"
        if isinstance(given, str):
            info = resolved.get(key)
            if info is None or info.dist is None:
                raise ThesisFileError(f"{name!r} has no distribution to take a percentile of", file=smap.file)
            q = 0.5 if given == "median" else float(given[1:]) / 100
            fixed[key] = quantile(info.dist, q)
        else:
            fixed[key] = float(given)

    c = _Compiler(plan, fixed)
    for key in t.fx:
        c.leaf(f"fx:{key}", resolved[f"fx:{key}"])
    for name in plan.order:
        node = plan.nodes[name]
        if name in resolved:
            c.leaf(name, resolved[name])
        else:
            c.model(node)

    def to_home(value: Ref_, ccy: str, name: str) -> Ref_:
        conv = plan.conversions.get(ccy)
        if conv is None:
            return value
        rate = c.as_compiled(c.lookup[f"fx:{conv.pair}"])
        fn = np.divide if conv.divide else np.multiply
        return c.emit(combine(fn, [c.as_compiled(value), rate]), name)

    segments: list[SegmentOutput] = []
    for sp in plan.segments:
        r = {k: c.ref(v) for k, v in sp.refs.items()}
        spec = sp.spec
        if isinstance(spec, DCFSegment):
            val = combine(
                _dcf(spec.years), [r["cash_flow"], r["growth"], r["discount_rate"], r["terminal_growth"]]
            )
        elif spec.method == "cost":
            val = r["amount"]
        else:
            base_field = {"pe": "earnings", "ev_ebita": "ebita", "ps": "revenue", "ev_sales": "revenue"}[
                spec.method
            ]
            val = combine(np.multiply, [r[base_field], r["multiple"]])
        if "stake" in r:
            val = combine(np.multiply, [val, r["stake"]])
        native = c.emit(val, f"segment:{sp.key}:native")
        home = to_home(native, sp.currency, f"segment:{sp.key}")
        segments.append(
            SegmentOutput(
                sp.key, spec.name or sp.key, spec.method, BASIS[spec.method], sp.currency, native, home
            )
        )
    stakes: list[tuple[str, Ref_]] = []
    for st in plan.stakes:
        v = c.ref(st.value)
        if st.discount is not None:
            v = combine(lambda x, d: x * (1.0 - d), [v, c.ref(st.discount)])
        stakes.append((st.key, to_home(c.emit(v, f"stake:{st.key}:native"), st.currency, f"stake:{st.key}")))

    parts = [c.as_compiled(s.value) for s in segments] + [c.as_compiled(v) for _, v in stakes]
    gross = c.emit(combine(lambda *xs: sum(xs[1:], xs[0]), parts), "gross_value")
    if plan.holding_discount is not None:
        hold = c.emit(
            combine(np.multiply, [c.as_compiled(gross), c.ref(plan.holding_discount)]), "holding_discount"
        )
    else:
        hold = 0.0
    if plan.net_cash is not None:
        assert plan.net_cash_currency is not None
        nc = to_home(c.emit(c.ref(plan.net_cash), "net_cash:native"), plan.net_cash_currency, "net_cash")
    else:
        nc = 0.0
    equity = c.emit(
        combine(lambda g, h, n: g - h + n, [c.as_compiled(gross), c.as_compiled(hold), c.as_compiled(nc)]),
        "equity_value",
    )
    shares = t.shares.value
    per_share = c.emit(combine(lambda e: e / shares, [c.as_compiled(equity)]), "per_share")
    checks = {name: c.emit(c.ref(expr), f"check:{name}") for name, expr in plan.checks.items()}
    trig: dict[int, Ref_] = {i: c.lookup[tp.input] for i, tp in enumerate(plan.triggers) if tp.input}

    correlated: list[int] = []
    chol = None
    if plan.correlation is not None:
        idx = {r.name: i for i, r in enumerate(c.random)}
        keep = [k for k, n in enumerate(plan.correlated) if n in idx]  # fixed (overridden) inputs drop out
        if len(keep) >= 2:
            m = plan.correlation[np.ix_(keep, keep)]
            correlated = [idx[plan.correlated[k]] for k in keep]
            chol = np.asarray(np.linalg.cholesky(m), dtype=np.float64)

    for info in resolved.values():
        c.inputs.setdefault(info.name, info)
    return Program(
        plan=plan, inputs=c.inputs, random=c.random, ops=c.ops, n_slots=len(c.names), names=c.names,
        lookup=c.lookup, segments=segments, stakes=stakes, gross_value=gross, holding_discount=hold,
        net_cash=nc, equity_value=equity, per_share=per_share, checks=checks, trigger_inputs=trig,
        correlated=correlated, cholesky=chol, overrides=fixed,
    )  # fmt: skip


def _dcf(years: int) -> Callable[..., Any]:
    return lambda cf, g, dr, tg: dcf_value(cf, g, dr, tg, years)


def expression_of(ref: RefPlan) -> str:
    return ref.text if isinstance(ref, Expression) else f"{ref:g}"
