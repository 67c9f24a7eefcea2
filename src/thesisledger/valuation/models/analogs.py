"""Re-rating analogs as data (`valuation/data/analogs.yaml`) and a multiple that moves with a threshold.

An analog records a past re-rating (AWS in 2015: price/sales 1.6x -> 4.3x once the segment's margins were
visible). `rerated_multiple` applies one: the multiple is `before` while a driver (a margin, a growth rate)
is below `threshold` and `after` once it is above; with `ramp_from` it moves linearly in between.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from thesisledger.errors import DataFileError

Value = Any  # float or NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Analog:
    """A past re-rating: the multiple before and after, the figures that explain it, and their source."""

    key: str
    name: str
    company: str
    year: int
    event: str
    multiple: str  # which multiple: "price_to_sales", "ev_to_ebita", ...
    multiple_before: float
    multiple_after: float
    source: str
    segment: str | None = None
    figures: dict[str, float] = field(default_factory=dict)

    @property
    def rerating_factor(self) -> float:
        """after / before: 4.3 / 1.6 = 2.69 for AWS in 2015."""
        return self.multiple_after / self.multiple_before

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "name": self.name,
            "company": self.company,
            "segment": self.segment,
            "year": self.year,
            "event": self.event,
            "multiple": self.multiple,
            "multiple_before": self.multiple_before,
            "multiple_after": self.multiple_after,
            "rerating_factor": self.rerating_factor,
            "figures": dict(self.figures),
            "source": self.source,
        }


_REQUIRED = ("name", "company", "year", "event", "multiple", "multiple_before", "multiple_after", "source")


def _parse(raw: object, origin: str) -> dict[str, Analog]:
    if not isinstance(raw, dict):
        raise DataFileError(f"{origin}: expected a mapping of analog names to their figures")
    out: dict[str, Analog] = {}
    for key, spec in raw.items():
        if not isinstance(spec, dict):
            raise DataFileError(f"{origin}: analog {key!r} must be a mapping")
        missing = [k for k in _REQUIRED if k not in spec]
        if missing:
            raise DataFileError(f"{origin}: analog {key!r} is missing {', '.join(missing)}")
        try:
            before, after = float(spec["multiple_before"]), float(spec["multiple_after"])
            if before <= 0 or after <= 0:
                raise ValueError("multiples must be positive")
            out[str(key)] = Analog(
                key=str(key),
                name=str(spec["name"]),
                company=str(spec["company"]),
                year=int(spec["year"]),
                event=str(spec["event"]),
                multiple=str(spec["multiple"]),
                multiple_before=before,
                multiple_after=after,
                source=str(spec["source"]),
                segment=None if spec.get("segment") is None else str(spec["segment"]),
                figures={str(k): float(v) for k, v in (spec.get("figures") or {}).items()},
            )
        except (TypeError, ValueError) as exc:
            raise DataFileError(f"{origin}: analog {key!r}: {exc}") from exc
    return out


def load_analogs(extra: Path | None = None) -> dict[str, Analog]:
    """The shipped analogs, plus (overriding by key) those in the YAML file `extra`."""
    text = resources.files("thesisledger.valuation").joinpath("data/analogs.yaml").read_text("utf-8")
    analogs = _parse(yaml.safe_load(text), "valuation/data/analogs.yaml")
    if extra is not None:
        try:
            raw = yaml.safe_load(extra.read_text("utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise DataFileError(f"{extra}: cannot read analogs: {exc}") from exc
        analogs.update(_parse(raw, str(extra)))
    return analogs


def rerated_multiple(
    driver: Value, threshold: Value, before: Value, after: Value, ramp_from: Value | None = None
) -> Value:
    """`before` below `threshold`, `after` at or above it; linear from `ramp_from` to `threshold` if given."""
    if ramp_from is None:
        return np.where(driver >= threshold, after, before)
    weight = np.clip((driver - ramp_from) / (threshold - ramp_from), 0.0, 1.0)
    return before + (after - before) * weight
