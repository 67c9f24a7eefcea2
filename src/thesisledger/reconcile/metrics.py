"""What reconciliation needs to know about a metric: its nature, its family and which way is good.

Nature and family come from the metric lexicon (extract/data/metrics.toml); the direction comes
from reconcile/data/directions.toml (the lexicon has no such field). Unknown metrics are flows in
their own family, higher is better.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    NEUTRAL = "neutral"


class Nature(StrEnum):
    FLOW = "flow"
    STOCK = "stock"
    POINT_IN_TIME = "point_in_time"
    RATE = "rate"
    MULTIPLE = "multiple"


@dataclass(frozen=True, slots=True)
class MetricInfo:
    key: str
    name: str
    nature: Nature
    family: str
    direction: Direction

    @property
    def is_point_in_time(self) -> bool:
        """Read at a moment (ARR, MAU, net cash): judged on a reading at or after the deadline."""
        return self.nature in (Nature.POINT_IN_TIME, Nature.STOCK)


@cache
def _lexicon() -> dict[str, dict[str, object]]:
    text = resources.files("thesisledger.extract").joinpath("data/metrics.toml").read_text("utf-8")
    metrics: dict[str, dict[str, object]] = tomllib.loads(text).get("metric", {})
    return metrics


@cache
def _directions() -> dict[str, str]:
    text = resources.files("thesisledger.reconcile").joinpath("data/directions.toml").read_text("utf-8")
    found: dict[str, str] = tomllib.loads(text).get("direction", {})
    return found


@cache
def metric_info(key: str) -> MetricInfo:
    """Nature, family and direction of metric `key` (defaults for metrics the lexicon lacks)."""
    spec = _lexicon().get(key, {})
    nature = str(spec.get("nature", "flow"))
    return MetricInfo(
        key=key,
        name=str(spec.get("name", key)),
        nature=Nature(nature) if nature in Nature.__members__.values() else Nature.FLOW,
        family=str(spec.get("family", key)),
        direction=Direction(_directions().get(key, "higher")),
    )
