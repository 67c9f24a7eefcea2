"""The thesis file's schema: pydantic models with `extra="forbid"`, named as an analyst would name them.

A `Ref` (a segment's multiple, a model's base) is an input name, a formula over inputs, or a number.
Inputs come in seven forms, told apart by their keys:

    value: 38e9            a point                 low: 8, high: 10       a uniform range
    dist: triangular|pert  low, mode, high         dist: normal           mean, sd (low/high truncate)
    dist: lognormal        median, sigma           from: fact|guidance    a ledger reference
    expr: "a * (1 + g)"    a formula (or just the string)   model: growth|cagr|mix_shift|analog|unit_economics

Numbers are in base units: 158e9 for RMB 158bn, 0.09 for 9%, 8.5 for 8.5x.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    PrivateAttr,
    Tag,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError
from rapidfuzz import process

from thesisledger.errors import UnknownCurrencyError
from thesisledger.quantities.units import Unit, UnitKind, normalize_currency
from thesisledger.valuation.distributions import (
    Distribution,
    LogNormal,
    Normal,
    Pert,
    Point,
    Triangular,
    Uniform,
)
from thesisledger.valuation.source_map import SourceMap

NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
DISTRIBUTIONS = ("uniform", "triangular", "pert", "normal", "lognormal")
MODELS = ("growth", "cagr", "mix_shift", "analog", "unit_economics")
METHODS = ("pe", "ev_ebita", "ps", "ev_sales", "dcf", "cost")


def suggest(word: str, choices: list[str] | tuple[str, ...] | set[str]) -> str:
    """ "; did you mean 'x'?" for the closest choice, or "" if none is close."""
    pool = sorted(choices)
    if not pool:
        return ""
    best = process.extractOne(word, pool, score_cutoff=60)
    return f"; did you mean {best[0]!r}?" if best else ""


class Spec(BaseModel):
    """Base of every thesis-file model: frozen, unknown keys rejected with a suggestion."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    _shorthand: ClassVar[str | None] = None  # a bare string stands for this field

    @model_validator(mode="before")
    @classmethod
    def _known_fields(cls, data: Any) -> Any:
        if isinstance(data, str) and cls._shorthand:
            return {cls._shorthand: data}
        if isinstance(data, dict):
            allowed = {f.alias or n for n, f in cls.model_fields.items()}
            for key in data:
                if key not in allowed:
                    raise PydanticCustomError(
                        "unknown_field",
                        "field '{field}' is not known{hint}",
                        {"field": str(key), "hint": suggest(str(key), allowed)},
                    )
        return data


def _no_bool(v: Any) -> Any:
    if isinstance(v, bool):
        raise PydanticCustomError(
            "ref_type", "expected a number, an input name or a formula, got {input}", {"input": v}
        )
    return v


Ref = Annotated[float | str, BeforeValidator(_no_bool)]


def parse_unit(v: str) -> str:
    try:
        unit = Unit.parse(v)
    except UnknownCurrencyError as exc:
        raise PydanticCustomError(
            "bad_unit",
            "unknown unit '{unit}': use a currency code (CNY, USD), ratio, multiple, pp, count or count:NOUN",
            {"unit": v},
        ) from exc
    if unit.per_share:
        raise PydanticCustomError(
            "bad_unit",
            "per-share unit '{unit}' is not an input unit: give totals; "
            "the thesis divides by the share count",
            {"unit": v},
        )
    return v


def unit_dim(unit: str | None) -> str | None:
    """The expression dimension of a unit string: its currency code for money, None for plain numbers."""
    if unit is None:
        return None
    u = Unit.parse(unit)
    return u.code if u.kind is UnitKind.CURRENCY else None


# -- leaf inputs -------------------------------------------------------------------------------------
class _Leaf(Spec):
    unit: str | None = None
    source: str = Field(min_length=1)
    note: str | None = None

    @field_validator("unit")
    @classmethod
    def _check_unit(cls, v: str | None) -> str | None:
        return None if v is None else parse_unit(v)

    def to_distribution(self) -> Distribution:  # pragma: no cover - every subclass overrides
        raise NotImplementedError


def _range_error(low: float, high: float) -> PydanticCustomError:
    return PydanticCustomError(
        "bad_range", "low {low} is above high {high}", {"field": "low", "low": low, "high": high}
    )


class PointInput(_Leaf):
    value: float

    def to_distribution(self) -> Distribution:
        return Point(self.value)


class UniformInput(_Leaf):
    dist: Literal["uniform"] = "uniform"
    low: float
    high: float

    @model_validator(mode="after")
    def _ordered(self) -> UniformInput:
        if self.low > self.high:
            raise _range_error(self.low, self.high)
        return self

    def to_distribution(self) -> Distribution:
        return Uniform(self.low, self.high)


def _three_point(low: float, mode: float, high: float) -> None:
    if low > high:
        raise _range_error(low, high)
    if low == high:
        raise PydanticCustomError(
            "bad_range", "low and high are both {low}; use value: for a point", {"field": "low", "low": low}
        )
    if not low <= mode <= high:
        raise PydanticCustomError(
            "bad_range",
            "mode {mode} is outside low..high ({low}..{high})",
            {"field": "mode", "mode": mode, "low": low, "high": high},
        )


class TriangularInput(_Leaf):
    dist: Literal["triangular"]
    low: float
    mode: float
    high: float

    @model_validator(mode="after")
    def _ordered(self) -> TriangularInput:
        _three_point(self.low, self.mode, self.high)
        return self

    def to_distribution(self) -> Distribution:
        return Triangular(self.low, self.mode, self.high)


class PertInput(_Leaf):
    dist: Literal["pert"]
    low: float
    mode: float
    high: float
    lamb: float = Field(4.0, gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> PertInput:
        _three_point(self.low, self.mode, self.high)
        return self

    def to_distribution(self) -> Distribution:
        return Pert(self.low, self.mode, self.high, self.lamb)


class NormalInput(_Leaf):
    dist: Literal["normal"]
    mean: float
    sd: float = Field(gt=0)
    low: float | None = None
    high: float | None = None

    @model_validator(mode="after")
    def _ordered(self) -> NormalInput:
        if self.low is not None and self.high is not None and self.low >= self.high:
            raise _range_error(self.low, self.high)
        try:
            Normal(self.mean, self.sd, self.low, self.high)
        except ValueError as exc:
            raise PydanticCustomError("bad_range", "{why}", {"field": "low", "why": str(exc)}) from exc
        return self

    def to_distribution(self) -> Distribution:
        return Normal(self.mean, self.sd, self.low, self.high)


class LogNormalInput(_Leaf):
    dist: Literal["lognormal"]
    median: float = Field(gt=0)
    sigma: float = Field(gt=0)

    def to_distribution(self) -> Distribution:
        return LogNormal(self.median, self.sigma)


def _input_kind(v: Any) -> str | None:
    if isinstance(v, str):
        return "expr"
    if isinstance(v, BaseModel):
        return getattr(v, "_kind_tag", None)
    if not isinstance(v, dict):
        return None
    if "expr" in v:
        return "expr"
    if "model" in v:
        return "model"
    if "from" in v:
        return "ledger"
    if "dist" in v:
        d = v["dist"]
        return d if isinstance(d, str) and d in DISTRIBUTIONS else None
    if "value" in v:
        return "point"
    if "low" in v or "high" in v:
        return "uniform"
    return None


_KIND_HELP = (
    "an input needs value: (a point), low:/high: (a range), dist: ({dists}), expr:, model: ({models}) "
    "or from: fact|guidance"
).format(dists="|".join(DISTRIBUTIONS), models="|".join(MODELS))

LeafSpec = Annotated[
    Annotated[PointInput, Tag("point")]
    | Annotated[UniformInput, Tag("uniform")]
    | Annotated[TriangularInput, Tag("triangular")]
    | Annotated[PertInput, Tag("pert")]
    | Annotated[NormalInput, Tag("normal")]
    | Annotated[LogNormalInput, Tag("lognormal")],
    Discriminator(_input_kind, custom_error_type="input_kind", custom_error_message=_KIND_HELP),
]


# -- ledger references, formulas, models --------------------------------------------------------------
class LedgerInput(Spec):
    """A value taken from the ledger: the latest reported fact, or the range management guided."""

    from_: Literal["fact", "guidance"] = Field(alias="from")
    metric: str = Field(min_length=1)
    segment: str | None = None
    company: str | None = None  # default: the thesis's company
    unit: str | None = None
    period_kind: Literal["quarter", "half", "year", "month", "instant"] | None = None
    shape: Literal["uniform", "pert", "triangular"] = "uniform"  # how a guided range is sampled
    cap: float | None = None  # upper end for one-sided guidance ("above 10bn"): samples up to cap
    floor: float | None = None  # lower end for "below X" guidance
    fallback: LeafSpec | None = None  # used when the ledger has nothing
    note: str | None = None

    @field_validator("unit")
    @classmethod
    def _check_unit(cls, v: str | None) -> str | None:
        return None if v is None else parse_unit(v)

    @model_validator(mode="after")
    def _has_unit(self) -> LedgerInput:
        if self.unit is None and (self.fallback is None or self.fallback.unit is None):
            raise PydanticCustomError(
                "missing_unit", "a ledger reference needs unit: (or a fallback with one)", {"field": "from"}
            )
        return self

    @property
    def declared_unit(self) -> str:
        u = self.unit if self.unit is not None else (self.fallback.unit if self.fallback else None)
        assert u is not None  # checked by _has_unit
        return u


class DerivedInput(Spec):
    """A formula over other inputs; `unit` (optional) is checked against the formula's own."""

    _shorthand = "expr"
    expr: str = Field(min_length=1)
    unit: str | None = None
    note: str | None = None
    source: str | None = None

    @field_validator("unit")
    @classmethod
    def _check_unit(cls, v: str | None) -> str | None:
        return None if v is None else parse_unit(v)


class _Model(Spec):
    unit: str | None = None
    note: str | None = None
    source: str | None = None

    @field_validator("unit")
    @classmethod
    def _check_unit(cls, v: str | None) -> str | None:
        return None if v is None else parse_unit(v)

    def refs(self) -> dict[str, Ref]:
        """The fields that hold a Ref, by field name (lists flattened as name.i)."""
        raise NotImplementedError  # pragma: no cover


class GrowthModel(_Model):
    """base * (1 + rate) ** years, or base * prod(1 + rates[i])."""

    model: Literal["growth"]
    base: Ref
    rate: Ref | None = None
    years: Ref | None = None
    rates: list[Ref] | None = None

    @model_validator(mode="after")
    def _one_way(self) -> GrowthModel:
        if (self.rate is None) == (self.rates is None):
            raise PydanticCustomError(
                "bad_model", "give either rate: (with years:) or rates: [...]", {"field": "model"}
            )
        if self.rates is not None and self.years is not None:
            raise PydanticCustomError(
                "bad_model", "years: goes with rate:, not with rates:", {"field": "years"}
            )
        return self

    def refs(self) -> dict[str, Ref]:
        out: dict[str, Ref] = {"base": self.base}
        if self.rate is not None:
            out["rate"] = self.rate
            out["years"] = 1.0 if self.years is None else self.years
        for i, r in enumerate(self.rates or []):
            out[f"rates.{i}"] = r
        return out


class CagrModel(_Model):
    """The CAGR needed to go from `start` to `target` in `years`."""

    model: Literal["cagr"]
    start: Ref
    target: Ref
    years: Ref

    def refs(self) -> dict[str, Ref]:
        return {"start": self.start, "target": self.target, "years": self.years}


class MixPart(Spec):
    name: str | None = None
    share: Ref | Literal["rest"]
    margin: Ref


class MixShiftModel(_Model):
    """Blended margin: sum(share * margin) / sum(share); one part may have share: rest (1 - the others)."""

    model: Literal["mix_shift"]
    parts: list[MixPart] = Field(min_length=2)

    @model_validator(mode="after")
    def _one_rest(self) -> MixShiftModel:
        if sum(1 for p in self.parts if p.share == "rest") > 1:
            raise PydanticCustomError("bad_model", "only one part can have share: rest", {"field": "parts"})
        return self

    def refs(self) -> dict[str, Ref]:
        out: dict[str, Ref] = {}
        for i, p in enumerate(self.parts):
            if p.share != "rest":
                out[f"parts.{i}.share"] = p.share
            out[f"parts.{i}.margin"] = p.margin
        return out


class AnalogModel(_Model):
    """A multiple that moves from `before` to `after` when `driver` reaches `threshold` (as in `analog`)."""

    model: Literal["analog"]
    analog: str | None = None
    driver: Ref
    threshold: Ref
    ramp_from: Ref | None = None
    before: Ref | None = None
    after: Ref | None = None
    base: Ref | None = None  # scale the analog's re-rating factor from this multiple

    @model_validator(mode="after")
    def _sources(self) -> AnalogModel:
        if self.base is not None and (self.before is not None or self.after is not None):
            raise PydanticCustomError(
                "bad_model", "give base: or before:/after:, not both", {"field": "base"}
            )
        if (self.before is None) != (self.after is None):
            raise PydanticCustomError("bad_model", "before: and after: go together", {"field": "model"})
        if self.before is None and self.analog is None:
            raise PydanticCustomError(
                "bad_model", "name an analog: or give before:/after: multiples", {"field": "model"}
            )
        return self

    def refs(self) -> dict[str, Ref]:
        out: dict[str, Ref] = {"driver": self.driver, "threshold": self.threshold}
        for k in ("ramp_from", "before", "after", "base"):
            v = getattr(self, k)
            if v is not None:
                out[k] = v
        return out


class UnitEconomicsModel(_Model):
    """Segment EBITA from unit economics; `NAME.contribution` is the contribution before fixed costs."""

    model: Literal["unit_economics"]
    orders: Ref
    revenue_per_order: Ref
    cost_per_order: Ref
    subsidy_per_order: Ref = 0.0
    depreciation: Ref = 0.0
    allocations: Ref = 0.0
    rnd: Ref = 0.0
    other: Ref = 0.0

    def refs(self) -> dict[str, Ref]:
        keys = (
            "orders",
            "revenue_per_order",
            "cost_per_order",
            "subsidy_per_order",
            "depreciation",
            "allocations",
            "rnd",
            "other",
        )
        return {k: getattr(self, k) for k in keys}


ModelSpec = Annotated[
    GrowthModel | CagrModel | MixShiftModel | AnalogModel | UnitEconomicsModel, Field(discriminator="model")
]

InputSpec = Annotated[
    Annotated[PointInput, Tag("point")]
    | Annotated[UniformInput, Tag("uniform")]
    | Annotated[TriangularInput, Tag("triangular")]
    | Annotated[PertInput, Tag("pert")]
    | Annotated[NormalInput, Tag("normal")]
    | Annotated[LogNormalInput, Tag("lognormal")]
    | Annotated[LedgerInput, Tag("ledger")]
    | Annotated[DerivedInput, Tag("expr")]
    | Annotated[ModelSpec, Tag("model")],
    Discriminator(_input_kind, custom_error_type="input_kind", custom_error_message=_KIND_HELP),
]
LEAF_TYPES = (PointInput, UniformInput, TriangularInput, PertInput, NormalInput, LogNormalInput)
MODEL_TYPES = (GrowthModel, CagrModel, MixShiftModel, AnalogModel, UnitEconomicsModel)


# -- company-level parts ---------------------------------------------------------------------------------
class ShareCount(Spec):
    value: float = Field(gt=0)
    of: str = "share"  # what one unit is: "share", "ADS"
    source: str = Field(min_length=1)
    note: str | None = None


class SharePrice(Spec):
    value: float = Field(gt=0)
    currency: str
    as_of: date | None = None
    source: str = Field(min_length=1)

    @field_validator("currency")
    @classmethod
    def _check_currency(cls, v: str) -> str:
        return _currency(v)


def _currency(v: str) -> str:
    try:
        return normalize_currency(v)
    except UnknownCurrencyError as exc:
        raise PydanticCustomError("bad_currency", "unknown currency '{ccy}'", {"ccy": v}) from exc


class _Segment(Spec):
    name: str | None = None
    stake: Ref | None = None  # the share the company owns, 0..1 (default 1)
    note: str | None = None
    source: str | None = None

    def refs(self) -> dict[str, Ref]:
        raise NotImplementedError  # pragma: no cover


class PESegment(_Segment):
    method: Literal["pe"]
    earnings: Ref
    multiple: Ref

    def refs(self) -> dict[str, Ref]:
        return {"earnings": self.earnings, "multiple": self.multiple}


class EVEbitaSegment(_Segment):
    method: Literal["ev_ebita"]
    ebita: Ref
    multiple: Ref

    def refs(self) -> dict[str, Ref]:
        return {"ebita": self.ebita, "multiple": self.multiple}


class PSSegment(_Segment):
    method: Literal["ps"]
    revenue: Ref
    multiple: Ref

    def refs(self) -> dict[str, Ref]:
        return {"revenue": self.revenue, "multiple": self.multiple}


class EVSalesSegment(_Segment):
    method: Literal["ev_sales"]
    revenue: Ref
    multiple: Ref

    def refs(self) -> dict[str, Ref]:
        return {"revenue": self.revenue, "multiple": self.multiple}


class DCFSegment(_Segment):
    """Explicit years of cash flow growing at `growth`, then a Gordon terminal value, all discounted."""

    method: Literal["dcf"]
    cash_flow: Ref  # the cash flow of the year before the first explicit year
    growth: Ref
    years: int = Field(ge=1, le=100)
    discount_rate: Ref
    terminal_growth: Ref = 0.0

    def refs(self) -> dict[str, Ref]:
        return {
            "cash_flow": self.cash_flow,
            "growth": self.growth,
            "discount_rate": self.discount_rate,
            "terminal_growth": self.terminal_growth,
        }


class CostSegment(_Segment):
    """Valued at an amount: invested cost, or (negative) losses still to be funded."""

    method: Literal["cost"]
    amount: Ref

    def refs(self) -> dict[str, Ref]:
        return {"amount": self.amount}


SegmentSpec = Annotated[
    PESegment | EVEbitaSegment | PSSegment | EVSalesSegment | DCFSegment | CostSegment,
    Field(discriminator="method"),
]


class StakeSpec(Spec):
    """A listed stake at market value, less an optional discount (tax, liquidity)."""

    value: Ref
    discount: Ref | None = None
    note: str | None = None
    source: str | None = None


class CorrelationSpec(Spec):
    inputs: list[str] = Field(min_length=2, max_length=2)
    rho: float = Field(ge=-1, le=1)
    source: str | None = None
    note: str | None = None


class ScenarioSpec(Spec):
    """A named set of overrides: input -> a number (in the input's unit) or a percentile such as "p10"."""

    description: str | None = None
    inputs: dict[str, float | str] = Field(default_factory=dict)


class TriggerSpec(Spec):
    """`when: "cloud.ebita_margin >= 0.20 by 2027-03-31"`; `input:` links an input for its probability."""

    _shorthand = "when"
    when: str = Field(min_length=1)
    name: str | None = None
    input: str | None = None  # default: the input named METRIC or SEGMENT_METRIC, if there is one
    simulate: bool = True  # False: no probability (the input's horizon is not the trigger's)
    source: str | None = None
    note: str | None = None


class Thesis(Spec):
    """A thesis file: what the company is worth, part by part, and what would prove it."""

    name: str = Field(min_length=1)
    company: str | None = None
    currency: str
    as_of: date | None = None
    shares: ShareCount
    price: SharePrice | None = None
    inputs: dict[str, InputSpec] = Field(default_factory=dict)
    fx: dict[str, LeafSpec] = Field(default_factory=dict)
    segments: dict[str, SegmentSpec] = Field(min_length=1)
    net_cash: Ref | None = None
    stakes: dict[str, StakeSpec] = Field(default_factory=dict)
    holding_discount: Ref | None = None
    correlations: list[CorrelationSpec] = Field(default_factory=list)
    scenarios: dict[str, ScenarioSpec] = Field(default_factory=dict)
    triggers: list[TriggerSpec] = Field(default_factory=list)
    checks: dict[str, str] = Field(default_factory=dict)
    note: str | None = None

    _source: SourceMap | None = PrivateAttr(default=None)

    @field_validator("currency")
    @classmethod
    def _check_currency(cls, v: str) -> str:
        return _currency(v)

    @field_validator("inputs", "segments", "stakes", "checks")
    @classmethod
    def _names(cls, v: dict[str, Any]) -> dict[str, Any]:
        for key in v:
            if not NAME.match(key):
                raise PydanticCustomError(
                    "bad_name",
                    "name '{field}' must start with a letter and use only letters, digits and _",
                    {"field": key},
                )
        return v

    @property
    def source_map(self) -> SourceMap:
        """Where each part of the file is (an empty map for a thesis built in code)."""
        return self._source if self._source is not None else SourceMap("<thesis>")

    def with_source(self, smap: SourceMap) -> Thesis:
        self._source = smap
        return self
