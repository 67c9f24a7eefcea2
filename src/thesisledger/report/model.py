"""`Report`: everything a report shows, gathered from the core once, so every renderer shows the same numbers.

A section that has no data carries a `missing` sentence saying why (no thesis given, no facts stored,
module not available yet); renderers print that sentence instead of an empty table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from thesisledger.valuation import SimulationResult, Tornado, TriggerResult, Valuation
from thesisledger.valuation.triggers import TriggerStatus


@dataclass(frozen=True, slots=True)
class FactPoint:
    """One reported value of a metric, in base units of `unit` (1e9 for RMB 1bn, 0.3 for 30%)."""

    period: str
    period_end: date
    value: float
    unit: str
    shown: str  # the value as an analyst writes it ("RMB 158bn")
    source: str
    reported_at: date
    restated: bool = False
    illustrative: bool = False


@dataclass(frozen=True, slots=True)
class FactSeries:
    """The actuals of one (company, metric, segment), oldest period first."""

    company: str
    metric: str
    segment: str | None
    unit: str
    points: tuple[FactPoint, ...]

    @property
    def title(self) -> str:
        where = f" · {self.segment}" if self.segment else ""
        return f"{self.company} {self.metric}{where}"


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A stored claim as the ledger table shows it, with its provenance."""

    claim_id: str
    document_id: str
    document_title: str
    start: int
    end: int
    span_text: str
    sentence: str
    sentence_start: int
    value: str  # formatted quantity
    value_low: float | None
    value_high: float | None
    unit: str
    metric: str | None
    entity: str | None
    kind: str
    period: str | None
    speaker: str
    speaker_name: str | None

    @property
    def sentence_parts(self) -> tuple[str, str, str]:
        """The sentence split around the claim's span: (before, span, after)."""
        a = max(0, self.start - self.sentence_start)
        b = max(a, self.end - self.sentence_start)
        if self.sentence[a:b] != self.span_text:  # span not inside the sentence as stored
            return self.sentence, "", ""
        return self.sentence[:a], self.sentence[a:b], self.sentence[b:]


@dataclass(frozen=True, slots=True)
class Histogram:
    """Binned simulated values per share: `counts[i]` values fell in [edges[i], edges[i+1])."""

    edges: tuple[float, ...]
    counts: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ValuationSection:
    thesis_name: str
    thesis_path: str
    currency: str
    share_unit: str
    price: float | None
    central: Valuation
    scenarios: tuple[Valuation, ...]
    simulation: SimulationResult | None
    histogram: Histogram | None
    tornado: Tornado | None
    triggers: tuple[TriggerResult, ...]
    inputs: tuple[dict[str, Any], ...]

    @property
    def trigger_counts(self) -> dict[str, int]:
        counts = {s.value: 0 for s in TriggerStatus}
        for t in self.triggers:
            counts[t.status.value] += 1
        return counts


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class FindingRow:
    """An audit finding in the audit JSON contract's shape (rule, status, severity, quotes, ...)."""

    document_id: str
    document_title: str
    rule: str
    status: str  # fail | pass
    severity: str  # high | medium | low
    quotes: tuple[Quote, ...]
    explanation: str
    suggestion: str | None
    context: tuple[tuple[str, bool], ...] = ()  # text pieces around the quotes; True = a quote


@dataclass(frozen=True, slots=True)
class VerdictRow:
    """One promise and what became of it, as the scorecard table and timeline show it.

    `low`/`high` are the promised interval in base units (None: open on that side); `due` is the
    period's end (None for open-ended targets); `revision` says how this record revised an earlier one.
    """

    guidance_id: str
    company: str
    entity: str | None
    metric: str
    label: str
    promise: str
    low: float | None
    high: float | None
    unit: str
    period: str
    due: date | None
    given_at: date
    speaker: str
    kind: str
    status: str
    actual: str
    actual_value: float | None
    distance_pct: float | None
    quote: str
    source: str
    illustrative: bool
    revision: str | None = None
    revision_detail: str | None = None
    superseded_by: str | None = None


@dataclass(frozen=True, slots=True)
class RevisionRow:
    on: date
    label: str
    period: str
    kind: str
    earlier: str
    later: str
    detail: str


@dataclass(frozen=True, slots=True)
class CredibilityRow:
    group: str
    name: str
    n: int
    hits: int
    hit_rate: float
    low: float
    high: float
    mean_miss_pct: float | None
    bias_pct: float | None


@dataclass(frozen=True, slots=True)
class ScorecardSection:
    """Guidance verdicts as of `as_of` (reconcile.resolve_all), their revisions and credibility scores."""

    as_of: date
    verdicts: tuple[VerdictRow, ...]
    revisions: tuple[RevisionRow, ...]
    credibility: tuple[CredibilityRow, ...]
    illustrative: bool

    @property
    def company_score(self) -> CredibilityRow | None:
        return next((c for c in self.credibility if c.group == "company"), None)

    @property
    def status_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for v in self.verdicts:
            counts[v.status] = counts.get(v.status, 0) + 1
        return counts

    def metrics(self) -> list[tuple[str, str | None, str]]:
        """(company, entity, metric) of every promise, in first-seen order: one timeline chart each."""
        seen: dict[tuple[str, str | None, str], None] = {}
        for v in self.verdicts:
            seen.setdefault((v.company, v.entity, v.metric), None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class Section:
    """A section's data, or the sentence explaining why it has none."""

    title: str
    missing: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """All the data one report shows; built by `build_report`, drawn by the renderers."""

    title: str
    company: str | None  # ticker, or None for every company in the ledger
    company_name: str | None
    as_of: date
    generated_at: datetime
    ledger_location: str | None
    documents: tuple[tuple[str, str, str | None], ...]  # (id, title, date)
    facts: tuple[FactSeries, ...]
    claims: tuple[ClaimRow, ...]
    valuation: ValuationSection | None
    findings: tuple[FindingRow, ...] | None  # None: no audit available
    scorecard: ScorecardSection | None
    missing: dict[str, str] = field(default_factory=dict)  # section key -> why it is empty

    @property
    def high_findings(self) -> int:
        return sum(1 for f in self.findings or () if f.status == "fail" and f.severity == "high")
