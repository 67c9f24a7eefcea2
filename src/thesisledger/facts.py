"""`Fact`: a reported actual (a segment's revenue, a non-GAAP KPI) with its source and publication date."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from thesisledger.periods.period import Period
from thesisledger.quantities.quantity import Quantity


class Basis(StrEnum):
    AS_REPORTED = "as_reported"
    RESTATED = "restated"


@dataclass(frozen=True, slots=True)
class Fact:
    """One reported figure. A restatement is a new Fact for the same key with a later `reported_at`.

    `segment` is an entity key from the company profile ("cloud"), or None for the whole company.
    `illustrative` marks made-up example data, which every output that uses it must say.
    """

    company: str
    metric: str
    period: Period
    quantity: Quantity
    reported_at: date
    source: str
    segment: str | None = None
    basis: Basis = Basis.AS_REPORTED
    illustrative: bool = False
    note: str | None = None

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """What a restatement shares with the original: company, segment, metric and period."""
        return (
            self.company,
            self.segment or "",
            self.metric,
            self.period.start.isoformat(),
            self.period.end.isoformat(),
        )

    @property
    def fact_id(self) -> str:
        """Content hash: importing the same fact twice stores it once."""
        q = self.quantity
        parts = [
            *self.key,
            repr(q.low),
            repr(q.high),
            q.bound.value,
            str(q.unit),
            self.reported_at.isoformat(),
            self.basis.value,
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
