"""`Quantity`: a number as an analyst writes it: point or interval, with a bound kind, a unit and a scale."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from thesisledger.quantities.units import Unit


class Bound(StrEnum):
    """How the written number bounds the true value."""

    EQ = "eq"  # "RMB 9 billion"
    APPROX = "approx"  # "approximately", "about", "~"
    GT = "gt"  # "more than", "above", "over", "exceed"
    GTE = "gte"  # "at least", "no less than"
    LT = "lt"  # "less than", "below", "under"
    LTE = "lte"  # "at most", "up to", "no more than"
    RANGE = "range"  # "8-10x", "5 to 8 billion", "above 10 but below 20", "teens"


# bound groups as sets, for __post_init__ (every Quantity made runs it): a set test is one hash lookup,
# while `b in (Bound.EQ, Bound.APPROX)` looks up each member through the Enum class first
_POINT_SET = frozenset((Bound.EQ, Bound.APPROX))
_LOWER_SET = frozenset((Bound.GT, Bound.GTE))
_UPPER_SET = frozenset((Bound.LT, Bound.LTE))
_isfinite = math.isfinite


@dataclass(frozen=True, slots=True)
class Quantity:
    """A value in base units (1e10 for "10 billion", 0.3 for "30%", -0.07 for "-7 pp").

    `low`/`high` are the interval the words allow: equal for eq/approx, one side open (None) for
    gt/gte/lt/lte, both set for a range. `scale` is the scale word as written ("billion", "bn", "%"),
    `qualitative` the level word when the text gave no digits ("mid-teens").
    """

    low: float | None
    high: float | None
    bound: Bound
    unit: Unit
    scale: str | None = None
    qualitative: str | None = None

    def __post_init__(self) -> None:
        lo, hi, b = self.low, self.high, self.bound
        for v in (lo, hi):
            if v is not None and not _isfinite(v):
                raise ValueError(f"quantity bounds must be finite, got {v!r}")
        if b in _POINT_SET:
            if lo is None or lo != hi:
                raise ValueError(f"{b.value} quantity needs low == high, got {lo!r}..{hi!r}")
        elif b in _LOWER_SET:
            if lo is None or hi is not None:
                raise ValueError(f"{b.value} quantity needs a low and no high, got {lo!r}..{hi!r}")
        elif b in _UPPER_SET:
            if hi is None or lo is not None:
                raise ValueError(f"{b.value} quantity needs a high and no low, got {lo!r}..{hi!r}")
        elif lo is None or hi is None or lo > hi:
            raise ValueError(f"range quantity needs low <= high, got {lo!r}..{hi!r}")

    # -- constructors -------------------------------------------------------------------------
    @classmethod
    def exact(cls, value: float, unit: Unit, scale: str | None = None) -> Quantity:
        return cls(value, value, Bound.EQ, unit, scale)

    @classmethod
    def approx(cls, value: float, unit: Unit, scale: str | None = None) -> Quantity:
        return cls(value, value, Bound.APPROX, unit, scale)

    @classmethod
    def between(cls, low: float, high: float, unit: Unit, scale: str | None = None) -> Quantity:
        return cls(low, high, Bound.RANGE, unit, scale)

    @classmethod
    def more_than(cls, value: float, unit: Unit, scale: str | None = None) -> Quantity:
        return cls(value, None, Bound.GT, unit, scale)

    @classmethod
    def at_least(cls, value: float, unit: Unit, scale: str | None = None) -> Quantity:
        return cls(value, None, Bound.GTE, unit, scale)

    @classmethod
    def less_than(cls, value: float, unit: Unit, scale: str | None = None) -> Quantity:
        return cls(None, value, Bound.LT, unit, scale)

    @classmethod
    def at_most(cls, value: float, unit: Unit, scale: str | None = None) -> Quantity:
        return cls(None, value, Bound.LTE, unit, scale)

    # -- views --------------------------------------------------------------------------------
    @property
    def value(self) -> float:
        """The representative value: the point, the one stated bound, or a range's midpoint."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        v = self.low if self.low is not None else self.high
        assert v is not None  # guaranteed by __post_init__
        return v

    @property
    def is_point(self) -> bool:
        return self.bound in (Bound.EQ, Bound.APPROX)

    def interval(self) -> tuple[float, float]:
        """(low, high) with open sides as -inf/+inf; what interval arithmetic works on."""
        lo = self.low if self.low is not None else -math.inf
        hi = self.high if self.high is not None else math.inf
        return lo, hi

    def contains(self, x: float, *, rel_tol: float = 0.0) -> bool:
        """Whether `x` satisfies the bound (strictly for gt/lt); `rel_tol` widens points and ranges."""
        lo, hi = self.interval()
        slack_lo = abs(lo) * rel_tol if math.isfinite(lo) else 0.0
        slack_hi = abs(hi) * rel_tol if math.isfinite(hi) else 0.0
        if self.bound is Bound.GT:
            return x > lo - slack_lo
        if self.bound is Bound.LT:
            return x < hi + slack_hi
        return lo - slack_lo <= x <= hi + slack_hi

    def with_unit(self, unit: Unit) -> Quantity:
        return replace(self, unit=unit)

    def scaled(self, factor: float, unit: Unit | None = None) -> Quantity:
        """Multiply by a positive factor (an FX rate, a unit change); the bound kind is kept."""
        if factor <= 0:
            raise ValueError(f"scale factor must be positive, got {factor}")
        return replace(
            self,
            low=None if self.low is None else self.low * factor,
            high=None if self.high is None else self.high * factor,
            unit=unit or self.unit,
        )

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape: value, low, high, bound, unit, scale (+ qualitative, noun)."""
        d: dict[str, Any] = {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "bound": self.bound.value,
            "unit": str(self.unit),
            "scale": self.scale,
        }
        if self.qualitative:
            d["qualitative"] = self.qualitative
        if self.unit.noun:
            d["noun"] = self.unit.noun
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        unit = Unit.parse(str(d["unit"]))
        if d.get("noun") and unit.noun is None:
            unit = replace(unit, noun=str(d["noun"]))
        return cls(
            low=None if d.get("low") is None else float(d["low"]),
            high=None if d.get("high") is None else float(d["high"]),
            bound=Bound(d["bound"]),
            unit=unit,
            scale=d.get("scale"),
            qualitative=d.get("qualitative"),
        )

    def __str__(self) -> str:
        from thesisledger.quantities.format import format_quantity

        return format_quantity(self)
