"""The second validation pass: what refers to what, in which order, in which currency.

`build_plan(thesis)` parses every formula and Ref, rejects unknown names (with a suggestion), circular
references (naming the loop), unit mismatches (CNY + USD, a multiple with a currency), missing FX pairs,
inconsistent correlations, bad scenario overrides and unreadable triggers — each as a ThesisFileError on
the line that causes it. The result, a `Plan`, lists inputs in dependency order for the compiler.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.errors import ExpressionError, ThesisFileError, UnknownCompanyError, UnknownCurrencyError
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.quantities.units import normalize_currency
from thesisledger.valuation.distributions import support
from thesisledger.valuation.expression import BOOL, FUNCTIONS, Dim, Expression, parse_expression
from thesisledger.valuation.models.analogs import Analog, load_analogs
from thesisledger.valuation.schema import (
    LEAF_TYPES,
    AnalogModel,
    CagrModel,
    DCFSegment,
    DerivedInput,
    GrowthModel,
    LedgerInput,
    MixShiftModel,
    PointInput,
    Ref,
    Thesis,
    UnitEconomicsModel,
    suggest,
    unit_dim,
)
from thesisledger.valuation.source_map import Path_, SourceMap
from thesisledger.valuation.triggers import Trigger, parse_trigger

RefPlan = Expression | float
_PCT = re.compile(r"^p(\d{1,2}(?:\.\d+)?)$")
MONEY_FIELDS = ("earnings", "ebita", "revenue", "cash_flow", "amount")


@dataclass(frozen=True)
class InputNode:
    """One input: its spec, the formulas in it (by field), what it depends on, and its dimension."""

    name: str
    spec: Any  # one of the schema's input specs
    refs: dict[str, RefPlan]
    deps: tuple[str, ...]
    dim: Dim
    path: Path_

    @property
    def is_leaf(self) -> bool:
        return isinstance(self.spec, LEAF_TYPES)

    @property
    def is_ledger(self) -> bool:
        return isinstance(self.spec, LedgerInput)


@dataclass(frozen=True)
class FxConversion:
    """How to bring `currency` into the thesis currency: by the rate `pair`, multiplying or dividing."""

    currency: str
    pair: str
    divide: bool  # True for pair "THESIS/CCY" (CCY per unit of thesis currency)


@dataclass(frozen=True)
class SegmentPlan:
    key: str
    spec: Any
    refs: dict[str, RefPlan]
    currency: str
    path: Path_


@dataclass(frozen=True)
class StakePlan:
    key: str
    value: RefPlan
    discount: RefPlan | None
    currency: str
    path: Path_


@dataclass(frozen=True)
class TriggerPlan:
    trigger: Trigger
    name: str | None
    input: str | None  # the thesis input (or check) whose draws give the trigger's probability
    source: str | None
    path: Path_


@dataclass(frozen=True)
class Plan:
    thesis: Thesis
    profile: CompanyProfile | None
    order: tuple[str, ...]  # input names, each after everything it depends on
    nodes: dict[str, InputNode]
    dims: dict[str, Dim]  # every name usable in a formula (inputs and NAME.contribution outputs)
    fx: dict[str, tuple[str, str]]  # pair key -> (base, quote)
    conversions: dict[str, FxConversion]  # by currency
    segments: tuple[SegmentPlan, ...]
    stakes: tuple[StakePlan, ...]
    net_cash: RefPlan | None
    net_cash_currency: str | None
    holding_discount: RefPlan | None
    correlated: tuple[str, ...]
    correlation: np.ndarray[Any, np.dtype[np.float64]] | None
    scenarios: dict[str, dict[str, float | str]]
    triggers: tuple[TriggerPlan, ...]
    checks: dict[str, Expression]
    analogs: dict[str, Analog]

    @property
    def calendar(self) -> FiscalCalendar:
        return self.profile.calendar if self.profile else FiscalCalendar.calendar_year()


class _Builder:
    def __init__(self, thesis: Thesis) -> None:
        self.t = thesis
        self.smap: SourceMap = thesis.source_map
        self.nodes: dict[str, InputNode] = {}
        self.dims: dict[str, Dim] = {}
        self.owner: dict[str, str] = {}  # formula name -> input that defines it
        self.analogs: dict[str, Analog] = load_analogs()

    def err(self, path: Path_, msg: str) -> ThesisFileError:
        return self.smap.error(path, msg)

    # -- refs --------------------------------------------------------------------------------------
    def parse_ref(self, ref: Ref | str, path: Path_) -> RefPlan:
        if isinstance(ref, float | int):
            return float(ref)
        try:
            expr = parse_expression(ref)
        except ExpressionError as exc:
            raise self.err(path, str(exc)) from None
        for name in expr.names:
            if name not in self.owner:
                raise self.err(path, self.unknown(name))
        return expr

    def unknown(self, name: str) -> str:
        hint = suggest(name, set(self.owner))
        known = "" if hint else " (define it under inputs:)"
        return f"{name!r} is not a known input{hint}{known}"

    def dim_of(self, ref: RefPlan, path: Path_) -> Dim:
        if isinstance(ref, float):
            return None
        try:
            return ref.dim(self.dims)
        except ExpressionError as exc:
            raise self.err(path, str(exc)) from None

    def need(self, ref: RefPlan, path: Path_, want: str) -> Dim:
        """Dimension of `ref`, which must be money (`want="money"`) or a plain number (`"number"`)."""
        d = self.dim_of(ref, path)
        field = ".".join(str(p) for p in path)
        if want == "money" and (d is None or d == BOOL):
            raise self.err(
                path, f"{field} must be an amount of money; give its input a currency unit (CNY, USD)"
            )
        if want == "number" and d is not None:
            what = "a comparison" if d == BOOL else f"money in {d}"
            raise self.err(path, f"{field} must be a plain number (a ratio or multiple), not {what}")
        return d

    # -- inputs --------------------------------------------------------------------------------------
    def declare(self) -> None:
        for name, spec in self.t.inputs.items():
            if name in FUNCTIONS:
                raise self.err(("inputs", name), f"{name!r} is a function name; choose another input name")
            self.owner[name] = name
            if isinstance(spec, UnitEconomicsModel):
                self.owner[f"{name}.contribution"] = name

    def collect(self) -> None:
        for name, spec in self.t.inputs.items():
            path: Path_ = ("inputs", name)
            refs: dict[str, RefPlan] = {}
            if isinstance(spec, DerivedInput):
                expr_path = (*path, "expr") if (*path, "expr") in self.smap.lines else path
                refs["expr"] = self.parse_ref(spec.expr, expr_path)
            elif hasattr(spec, "refs"):
                for field, ref in spec.refs().items():
                    refs[field] = self.parse_ref(ref, (*path, *_field_path(field)))
            deps: list[str] = []
            for ref in refs.values():
                if isinstance(ref, Expression):
                    deps.extend(self.owner[n] for n in ref.names)
            self.nodes[name] = InputNode(name, spec, refs, tuple(dict.fromkeys(deps)), None, path)

    def order(self) -> tuple[str, ...]:
        done: list[str] = []
        state: dict[str, int] = {}  # 1 visiting, 2 done

        def visit(n: str, stack: list[str]) -> None:
            if state.get(n) == 2:
                return
            if state.get(n) == 1:
                loop = [*stack[stack.index(n) :], n]
                first = self.nodes[loop[0]]
                raise self.err(first.path, f"circular reference: {' -> '.join(loop)}")
            state[n] = 1
            stack.append(n)
            for d in self.nodes[n].deps:
                visit(d, stack)
            stack.pop()
            state[n] = 2
            done.append(n)

        by_line = sorted(self.nodes, key=lambda n: self.smap.line_of(("inputs", n)) or 0)
        for n in by_line:
            visit(n, [])
        return tuple(done)

    def infer_dims(self, order: tuple[str, ...]) -> None:
        for name in order:
            node = self.nodes[name]
            spec = node.spec
            path = node.path
            if isinstance(spec, LEAF_TYPES):
                if spec.unit is None:
                    raise self.err(
                        path, f"input {name!r} needs unit: (a currency code, ratio, multiple, count)"
                    )
                dim = unit_dim(spec.unit)
            elif isinstance(spec, LedgerInput):
                dim = unit_dim(spec.declared_unit)
                if (
                    spec.fallback is not None
                    and spec.fallback.unit is not None
                    and spec.unit is not None
                    and unit_dim(spec.fallback.unit) != dim
                ):
                    raise self.err(
                        (*path, "fallback"),
                        f"the fallback's unit {spec.fallback.unit} differs from the input's unit {spec.unit}",
                    )
            else:
                dim = self.model_dim(node)
                declared = getattr(spec, "unit", None)
                if declared is not None and unit_dim(declared) != dim:
                    got = "a plain number" if dim is None else f"money in {dim}"
                    raise self.err(
                        path, f"input {name!r} declares unit {declared} but its formula gives {got}"
                    )
            self.nodes[name] = InputNode(name, spec, node.refs, node.deps, dim, path)
            self.dims[name] = dim
            if isinstance(spec, UnitEconomicsModel):
                self.dims[f"{name}.contribution"] = dim

    def model_dim(self, node: InputNode) -> Dim:
        spec, refs, path = node.spec, node.refs, node.path

        def fp(field: str) -> Path_:
            return (*path, *_field_path(field))

        if isinstance(spec, DerivedInput):
            d = self.dim_of(refs["expr"], fp("expr"))
            if d == BOOL:
                raise self.err(path, f"input {node.name!r} is a comparison; put comparisons under checks:")
            return d
        if isinstance(spec, GrowthModel):
            for f in refs:
                if f != "base":
                    self.need(refs[f], fp(f), "number")
            return self.dim_of(refs["base"], fp("base"))
        if isinstance(spec, CagrModel):
            self.need(refs["years"], fp("years"), "number")
            ds, dt = self.dim_of(refs["start"], fp("start")), self.dim_of(refs["target"], fp("target"))
            if ds != dt:
                raise self.err(
                    fp("target"),
                    f"start and target must be in the same unit ({ds} vs {dt}); convert with an fx input",
                )
            return None
        if isinstance(spec, MixShiftModel):
            share_dims = {self.dim_of(r, fp(f)) for f, r in refs.items() if f.endswith(".share")}
            if any(p.share == "rest" for p in spec.parts):
                share_dims.add(None)
            margin_dims = {self.dim_of(r, fp(f)) for f, r in refs.items() if f.endswith(".margin")}
            if len(share_dims) > 1:
                raise self.err(path, "mix_shift shares must all be ratios (or all revenues in one currency)")
            if len(margin_dims) > 1:
                raise self.err(path, "mix_shift margins must all be in the same unit")
            return margin_dims.pop()
        if isinstance(spec, AnalogModel):
            if spec.analog is not None and spec.analog not in self.analogs:
                raise self.err(
                    fp("analog"),
                    f"unknown analog {spec.analog!r}{suggest(spec.analog, set(self.analogs))}"
                    f" (known: {', '.join(sorted(self.analogs))})",
                )
            drv = {self.dim_of(refs[f], fp(f)) for f in ("driver", "threshold", "ramp_from") if f in refs}
            if len(drv) > 1:
                raise self.err(fp("threshold"), "driver, threshold and ramp_from must be in the same unit")
            mult = {self.dim_of(refs[f], fp(f)) for f in ("before", "after", "base") if f in refs}
            if len(mult) > 1:
                raise self.err(fp("after"), "before and after must be in the same unit")
            return mult.pop() if mult else None
        if isinstance(spec, UnitEconomicsModel):
            self.need(refs["orders"], fp("orders"), "number")
            money = {
                self.dim_of(refs[f], fp(f))
                for f in (
                    "revenue_per_order",
                    "cost_per_order",
                    "subsidy_per_order",
                    "depreciation",
                    "allocations",
                    "rnd",
                    "other",
                )
                if not (isinstance(refs[f], float) and refs[f] == 0.0)
            }
            if len(money) != 1 or None in money:
                raise self.err(path, "unit economics amounts must all be money in one currency")
            return money.pop()
        raise self.err(path, "unsupported input")  # pragma: no cover

    # -- the company ---------------------------------------------------------------------------------
    def fx_pairs(self) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        for key, spec in self.t.fx.items():
            path: Path_ = ("fx", key)
            base, sep, quote = key.partition("/")
            if not sep:
                raise self.err(
                    path, f"fx key {key!r} must be a pair BASE/QUOTE, e.g. USD/CNY (CNY per 1 USD)"
                )
            try:
                pair = (normalize_currency(base), normalize_currency(quote))
            except UnknownCurrencyError as exc:
                raise self.err(path, str(exc)) from None
            if spec.unit is not None:
                raise self.err((*path, "unit"), "an fx rate's unit is its pair; remove unit:")
            lo, _ = support(spec.to_distribution())
            if not lo > 0:
                raise self.err(path, f"fx rate {key} must be positive; bound its distribution above zero")
            out[key] = pair
        return out

    def conversion(
        self, ccy: str, pairs: dict[str, tuple[str, str]], path: Path_, what: str
    ) -> FxConversion | None:
        home = self.t.currency
        if ccy == home:
            return None
        for key, (base, quote) in pairs.items():
            if (base, quote) == (home, ccy):
                return FxConversion(ccy, key, divide=True)
            if (base, quote) == (ccy, home):
                return FxConversion(ccy, key, divide=False)
        raise self.err(
            path,
            f"{what} is in {ccy} but the thesis currency is {home}: add an fx rate under fx: "
            f"'{home}/{ccy}': {{value: ..., source: ...}} ({ccy} per 1 {home}); "
            "there is no implicit conversion",
        )


def _field_path(field: str) -> Path_:
    return tuple(int(p) if p.isdigit() else p for p in field.split("."))


def _profile(thesis: Thesis) -> CompanyProfile | None:
    if thesis.company is None:
        return None
    try:
        return find_profile(thesis.company)
    except UnknownCompanyError:
        return None  # the ledger may still know it; triggers just use calendar periods


def build_plan(thesis: Thesis) -> Plan:
    """Check every reference in `thesis` and put its inputs in dependency order."""
    b = _Builder(thesis)
    b.declare()
    b.collect()
    order = b.order()
    b.infer_dims(order)
    t = thesis

    if t.price is not None and t.price.currency != t.currency:
        raise b.err(
            ("price", "currency"),
            f"the price is in {t.price.currency} but the thesis currency is "
            f"{t.currency}; give the price in {t.currency}",
        )
    pairs = b.fx_pairs()
    conversions: dict[str, FxConversion] = {}

    def convert(ccy: str, path: Path_, what: str) -> None:
        c = b.conversion(ccy, pairs, path, what)
        if c is not None:
            conversions[ccy] = c

    segments: list[SegmentPlan] = []
    for key, seg in t.segments.items():
        path: Path_ = ("segments", key)
        refs = {f: b.parse_ref(r, (*path, f)) for f, r in seg.refs().items()}
        if seg.stake is not None:
            refs["stake"] = b.parse_ref(seg.stake, (*path, "stake"))
        ccy: str | None = None
        for f, r in refs.items():
            if f in MONEY_FIELDS:
                ccy = b.need(r, (*path, f), "money")
            else:
                b.need(r, (*path, f), "number")
        assert ccy is not None
        convert(ccy, path, f"segment {key!r}")
        if isinstance(seg, DCFSegment):
            _check_dcf(b, refs, path)
        segments.append(SegmentPlan(key, seg, refs, ccy, path))

    stakes: list[StakePlan] = []
    for key, st in t.stakes.items():
        path = ("stakes", key)
        value = b.parse_ref(st.value, (*path, "value"))
        ccy_s = b.need(value, (*path, "value"), "money")
        assert ccy_s is not None
        disc = None
        if st.discount is not None:
            disc = b.parse_ref(st.discount, (*path, "discount"))
            b.need(disc, (*path, "discount"), "number")
        convert(ccy_s, path, f"stake {key!r}")
        stakes.append(StakePlan(key, value, disc, ccy_s, path))

    net_cash = None
    nc_ccy: str | None = None
    if t.net_cash is not None:
        net_cash = b.parse_ref(t.net_cash, ("net_cash",))
        nc_ccy = b.need(net_cash, ("net_cash",), "money")
        assert nc_ccy is not None
        convert(nc_ccy, ("net_cash",), "net_cash")
    hold = None
    if t.holding_discount is not None:
        hold = b.parse_ref(t.holding_discount, ("holding_discount",))
        b.need(hold, ("holding_discount",), "number")

    correlated, matrix = _correlations(b)
    scenarios = _scenarios(b, pairs)
    profile = _profile(thesis)
    calendar = profile.calendar if profile else FiscalCalendar.calendar_year()
    checks: dict[str, Expression] = {}
    for name, text in t.checks.items():
        ref = b.parse_ref(text, ("checks", name))
        if not isinstance(ref, Expression) or b.dim_of(ref, ("checks", name)) != BOOL:
            raise b.err(("checks", name), f"check {name!r} must be a comparison, e.g. 'cloud_growth >= 0.35'")
        checks[name] = ref
    triggers = _triggers(b, calendar, profile)
    return Plan(
        thesis=thesis, profile=profile, order=order, nodes=dict(b.nodes), dims=dict(b.dims), fx=pairs,
        conversions=conversions, segments=tuple(segments), stakes=tuple(stakes), net_cash=net_cash,
        net_cash_currency=nc_ccy, holding_discount=hold, correlated=correlated, correlation=matrix,
        scenarios=scenarios, triggers=triggers, checks=checks, analogs=b.analogs,
    )  # fmt: skip


def _check_dcf(b: _Builder, refs: dict[str, RefPlan], path: Path_) -> None:
    """Reject a DCF whose discount rate can fall to the terminal growth rate (when both are known)."""

    def bounds(ref: RefPlan) -> tuple[float, float] | None:
        if isinstance(ref, float):
            return ref, ref
        if len(ref.names) == 1 and ref.text == ref.names[0]:
            node = b.nodes[b.owner[ref.names[0]]]
            if node.is_leaf:
                return support(node.spec.to_distribution())
        return None

    r, g = bounds(refs["discount_rate"]), bounds(refs["terminal_growth"])
    if r is not None and g is not None and r[0] <= g[1]:
        raise b.err(
            (*path, "discount_rate"),
            f"the discount rate can be as low as {r[0]:g} while terminal growth "
            f"can reach {g[1]:g}: the terminal value needs rate > growth",
        )


def _correlations(b: _Builder) -> tuple[tuple[str, ...], np.ndarray[Any, np.dtype[np.float64]] | None]:
    t = b.t
    if not t.correlations:
        return (), None
    names: list[str] = []
    seen: dict[frozenset[str], int] = {}
    for i, c in enumerate(t.correlations):
        path: Path_ = ("correlations", i)
        a, z = c.inputs
        if a == z:
            raise b.err(path, f"{a!r} is correlated with itself")
        for n in (a, z):
            node = b.nodes.get(n)
            if node is None:
                raise b.err((*path, "inputs"), b.unknown(n))
            if isinstance(node.spec, PointInput) or not (node.is_leaf or node.is_ledger):
                raise b.err(
                    (*path, "inputs"),
                    f"{n!r} has no distribution of its own; correlate inputs that "
                    "have one (formulas follow their inputs)",
                )
            if n not in names:
                names.append(n)
        key = frozenset((a, z))
        if key in seen:
            raise b.err(path, f"{a} and {z} are correlated twice (also item {seen[key] + 1})")
        seen[key] = i
    m = np.eye(len(names))
    for c in t.correlations:
        i, j = names.index(c.inputs[0]), names.index(c.inputs[1])
        m[i, j] = m[j, i] = c.rho
    try:
        np.linalg.cholesky(m)
    except np.linalg.LinAlgError:
        raise b.err(
            ("correlations",),
            "these correlations cannot hold together (the matrix is not positive "
            "definite); weaken some of them",
        ) from None
    return tuple(names), m


def _scenarios(b: _Builder, pairs: dict[str, tuple[str, str]]) -> dict[str, dict[str, float | str]]:
    out: dict[str, dict[str, float | str]] = {}
    for sname, sc in b.t.scenarios.items():
        for key, val in sc.inputs.items():
            path: Path_ = ("scenarios", sname, "inputs", key)
            if key not in b.nodes and key not in pairs:
                raise b.err(path, b.unknown(key))
            if isinstance(val, str):
                m = _PCT.match(val) if val != "median" else _PCT.match("p50")
                if m is None or not 0 < float(m[1]) < 100:
                    raise b.err(
                        path, f"scenario value {val!r} must be a number or a percentile p1..p99 (or median)"
                    )
                node = b.nodes.get(key)
                if node is not None and not (node.is_leaf or node.is_ledger):
                    raise b.err(
                        path, f"{key!r} is a formula; a percentile needs an input with a distribution"
                    )
            elif not math.isfinite(val):
                raise b.err(path, f"scenario value for {key!r} must be finite")
        out[sname] = dict(sc.inputs)
    return out


def _triggers(
    b: _Builder, calendar: FiscalCalendar, profile: CompanyProfile | None
) -> tuple[TriggerPlan, ...]:
    out: list[TriggerPlan] = []
    for i, spec in enumerate(b.t.triggers):
        path: Path_ = ("triggers", i)
        when_path = (*path, "when") if (*path, "when") in b.smap.lines else path
        try:
            trig = parse_trigger(spec.when, calendar)
        except ExpressionError as exc:
            raise b.err(when_path, str(exc)) from None
        if profile is not None and trig.segment is not None:
            keys = {e.key for e in profile.entities}
            if trig.segment not in keys:
                raise b.err(
                    when_path,
                    f"{profile.ticker} has no segment {trig.segment!r}"
                    f"{suggest(trig.segment, keys)} (segments: {', '.join(sorted(keys))})",
                )
        link = spec.input
        if link is not None:
            if link not in b.dims:
                raise b.err((*path, "input"), b.unknown(link))
        elif spec.simulate:
            guess = f"{trig.segment}_{trig.metric}" if trig.segment else trig.metric
            link = guess if guess in b.dims else None
        if not spec.simulate:
            link = None
        if link is not None:
            d = b.dims[link]
            t_ccy = trig.threshold.unit.code if trig.threshold.unit.is_currency else None
            if d == BOOL or d != t_ccy:
                got = "a plain number" if d is None else f"money in {d}"
                want = f"money in {t_ccy}" if t_ccy else "a plain number"
                raise b.err(path, f"trigger compares {want} but input {link!r} is {got}")
        out.append(TriggerPlan(trig, spec.name, link, spec.source, path))
    return tuple(out)
