"""Credibility: how often a company, a metric family or a speaker kept its promises.

Hit rate is the posterior of a Beta(1, 1) prior updated with hits (met or beat) and misses (missed
or partially met): mean (hits + 1) / (n + 2), so two hits out of two is 75%, not 100%, with an 80%
equal-tailed interval from the Beta quantiles. Miss size is |distance| in % of the promise over
misses; bias is the mean signed surprise (positive: actuals came in better than guided, i.e.
management guides conservatively). Only resolved verdicts count; the window filters on the date
each promise fell due (its period end).
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from scipy.stats import beta as beta_dist

from thesisledger.reconcile.metrics import metric_info
from thesisledger.reconcile.resolve import Status, Verdict

PRIOR_HITS = 1.0
PRIOR_MISSES = 1.0
INTERVAL = 0.80


@dataclass(frozen=True, slots=True)
class Credibility:
    """One group's record. `hit_rate` is the posterior mean; `low`/`high` the 80% interval."""

    group: str  # "company", "family" or "speaker"
    name: str
    n: int
    hits: int
    hit_rate: float
    low: float
    high: float
    mean_miss_pct: float | None
    median_miss_pct: float | None
    bias_pct: float | None
    illustrative: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.group,
            "name": self.name,
            "n": self.n,
            "hits": self.hits,
            "hit_rate": self.hit_rate,
            "interval_80": [self.low, self.high],
            "mean_miss_pct": self.mean_miss_pct,
            "median_miss_pct": self.median_miss_pct,
            "bias_pct": self.bias_pct,
            "illustrative": self.illustrative,
        }


def hit_rate(hits: int, n: int) -> tuple[float, float, float]:
    """(posterior mean, 80% low, 80% high) of the hit rate under a Beta(1, 1) prior."""
    a, b = PRIOR_HITS + hits, PRIOR_MISSES + (n - hits)
    tail = (1 - INTERVAL) / 2
    return a / (a + b), float(beta_dist.ppf(tail, a, b)), float(beta_dist.ppf(1 - tail, a, b))


def score(group: str, name: str, verdicts: Iterable[Verdict]) -> Credibility:
    """The record of one group of verdicts (unresolved ones are ignored)."""
    resolved = [v for v in verdicts if v.status.is_resolved]
    hits = sum(1 for v in resolved if v.status.is_hit)
    mean, low, high = hit_rate(hits, len(resolved))
    misses = [
        abs(v.distance_pct)
        for v in resolved
        if v.status in (Status.MISSED, Status.PARTIALLY_MET) and v.distance_pct is not None
    ]
    surprises = [v.surprise_pct for v in resolved if v.surprise_pct is not None]
    return Credibility(
        group=group,
        name=name,
        n=len(resolved),
        hits=hits,
        hit_rate=mean,
        low=low,
        high=high,
        mean_miss_pct=statistics.fmean(misses) if misses else None,
        median_miss_pct=statistics.median(misses) if misses else None,
        bias_pct=statistics.fmean(surprises) if surprises else None,
        illustrative=any(v.illustrative for v in resolved),
    )


_GROUPS: dict[str, Callable[[Verdict], str]] = {
    "company": lambda v: v.guidance.company,
    "family": lambda v: metric_info(v.guidance.metric).family,
    "speaker": lambda v: v.guidance.speaker or "unknown",
}


def credibility(
    verdicts: Iterable[Verdict], *, since: date | None = None, until: date | None = None
) -> list[Credibility]:
    """Scores per company, per metric family and per speaker, over promises due in [since, until]."""
    chosen = [
        v
        for v in verdicts
        if (since is None or v.guidance.period.end >= since)
        and (until is None or v.guidance.period.end <= until)
    ]
    out: list[Credibility] = []
    for group, key in _GROUPS.items():
        names = sorted({key(v) for v in chosen})
        out.extend(score(group, name, [v for v in chosen if key(v) == name]) for name in names)
    return out
