"""What valuation needs from the ledger (`LedgerView`), and `InMemoryLedger`, a ledger held in memory.

The DuckDB store implements `LedgerView`; `InMemoryLedger` serves a thesis run with no database (it can
be empty, then every ledger reference uses its fallback) and tests. It is a real, small ledger: the same
point-in-time and restatement rules the store follows.

Point in time: `as_of` means "as known on that date": only facts reported on or before `as_of` count.
Among them the fact for the latest-ending period wins; for the same period, the latest report
(a restatement) wins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol, runtime_checkable

from thesisledger.facts import Fact
from thesisledger.quantities.quantity import Quantity


@runtime_checkable
class LedgerView(Protocol):
    """Read access to reported actuals and guidance, by company ticker, metric and segment."""

    def latest_fact(
        self,
        company: str,
        metric: str,
        segment: str | None = None,
        *,
        as_of: date | None = None,
        period_end_by: date | None = None,
    ) -> Fact | None:
        """The latest reported figure for (company, metric, segment) as known on `as_of` (None: today).

        With `period_end_by`, only facts for periods ending on or before that date count (a trigger's
        deadline: the quarter that ends on it, reported weeks later, is the one that decides).
        """
        ...

    def guidance_range(
        self, company: str, metric: str, segment: str | None = None, *, as_of: date | None = None
    ) -> Quantity | None:
        """The most recent guidance management gave for the metric, as known on `as_of`."""
        ...


@dataclass(frozen=True, slots=True)
class GuidedRange:
    """Guidance as the in-memory ledger keeps it: what range was given, when, and where it was said."""

    company: str
    metric: str
    quantity: Quantity
    given_at: date
    source: str
    segment: str | None = None


def _key(company: str, metric: str, segment: str | None) -> tuple[str, str, str]:
    return company.upper(), metric, segment or ""


class InMemoryLedger:
    """A `LedgerView` over facts and guidance held in memory."""

    def __init__(self, facts: Iterable[Fact] = (), guidance: Iterable[GuidedRange] = ()) -> None:
        self._facts: dict[tuple[str, str, str], list[Fact]] = defaultdict(list)
        self._guidance: dict[tuple[str, str, str], list[GuidedRange]] = defaultdict(list)
        for f in facts:
            self.add_fact(f)
        for g in guidance:
            self.add_guidance(g)

    def add_fact(self, fact: Fact) -> None:
        self._facts[_key(fact.company, fact.metric, fact.segment)].append(fact)

    def add_guidance(self, guided: GuidedRange) -> None:
        self._guidance[_key(guided.company, guided.metric, guided.segment)].append(guided)

    def __len__(self) -> int:
        return sum(len(v) for v in self._facts.values()) + sum(len(v) for v in self._guidance.values())

    def latest_fact(
        self,
        company: str,
        metric: str,
        segment: str | None = None,
        *,
        as_of: date | None = None,
        period_end_by: date | None = None,
    ) -> Fact | None:
        known = [
            f
            for f in self._facts.get(_key(company, metric, segment), [])
            if (as_of is None or f.reported_at <= as_of)
            and (period_end_by is None or f.period.end <= period_end_by)
        ]
        if not known:
            return None
        return max(known, key=lambda f: (f.period.end, f.reported_at))

    def guidance_range(
        self, company: str, metric: str, segment: str | None = None, *, as_of: date | None = None
    ) -> Quantity | None:
        known = [
            g
            for g in self._guidance.get(_key(company, metric, segment), [])
            if as_of is None or g.given_at <= as_of
        ]
        if not known:
            return None
        return max(known, key=lambda g: g.given_at).quantity
