"""SEC company facts (XBRL, `api/xbrl/companyfacts`) to ledger `Fact`s.

How a company-facts document becomes facts:
- Concepts are mapped to metrics by the concept map (`data/sec_concepts.toml`); unmapped concepts,
  dimensional breakdowns (which company facts never carries) and units of another kind are left out.
- Each context becomes a ledger period (see `_periods`): 3-month durations -> fiscal quarters,
  12-month -> fiscal years, year-to-date 6 months -> the first half, 9 months -> a span
  "FY24Q1-FY24Q3" (kept: cash-flow statements are reported year-to-date); instants -> instants.
  Any other duration, or one that does not line up with the fiscal calendar, is skipped and counted.
- Within one filing, when several concepts of a metric report the same period, the concept listed
  first in the map wins; when one concept reports two values, the one SEC assigned a `frame` to
  (its pick for that calendar period) wins.
- A fact's `source` is the accession number of the filing that reported it (0000320193-24-000123);
  its `note` names the form and the concept ("SEC 10-Q us-gaap:Revenues").
- Across filings, a period's value as first filed is the fact (`reported_at` = earliest `filed`);
  later filings that repeat it (comparatives, amendments, or the same number rounded to thousands,
  millions or billions) add nothing; a later filing with a different value under the same concept
  is a restatement (Basis.RESTATED, its own `reported_at`); the ledger keeps both.
- Quarters reported only year-to-date (cash flows: Q1, H1, 9M, year) are derived for flow
  metrics as the difference of two year-to-date figures (Q4 = year - 9M, Q2 = H1 - Q1, ...), and
  marked "derived" in `note`; quarters a filing states are never overwritten.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from thesisledger.connectors.sec._concepts import ConceptMap, MetricConcepts, load_concept_map
from thesisledger.connectors.sec._periods import (
    duration_period,
    fiscal_months,
    infer_fy_end_month,
    instant_period,
)
from thesisledger.errors import ConnectorError
from thesisledger.facts import Basis, Fact
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import Unit


@dataclass(frozen=True, slots=True)
class Observation:
    """One row of company facts: a value of a concept for a context, as one filing reported it."""

    metric: MetricConcepts
    concept: str  # "us-gaap:Revenues"
    rank: int  # the concept's place in the metric's preference list
    unit: Unit
    value: float
    start: date | None
    end: date
    accession: str
    form: str
    filed: date
    framed: bool

    @property
    def source(self) -> str:
        """The fact's source in the ledger: the accession number of the filing that reported it."""
        return self.accession

    @property
    def origin(self) -> str:
        """What the note says about where the value came from: "SEC 10-Q us-gaap:Revenues"."""
        return f"SEC {self.form} {self.concept}"

    def context(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}" if self.start else self.end.isoformat()


@dataclass(frozen=True, slots=True)
class CompanyFactsMapping:
    """The facts mapped from one company-facts document, and what was left out and why."""

    company: str
    entity_name: str
    calendar: FiscalCalendar
    calendar_source: str  # "given", "inferred from annual facts" or "default: calendar year"
    facts: tuple[Fact, ...]
    skipped: Mapping[str, int] = field(default_factory=dict)  # reason -> rows


def _precision(n: int) -> int:
    """How many trailing zeros an integer has: 4130000000 -> 7; 0 -> 0."""
    k = 0
    while n and n % 10 == 0:
        n //= 10
        k += 1
    return k


def same_value(a: float, b: float) -> bool:
    """Whether two reports of a figure agree: equal, or one is the other rounded to a power of ten
    from thousands to billions with two or more significant digits left (4130162000 vs 4130000000,
    or 105103000000 vs a note's "$105.1 billion"): a filing that reports in millions does not
    restate the exact figure. The exact figure must be at least 100 times finer than the rounded
    one, so two figures both stated in millions (1180 vs 1175 million) are a restatement."""
    if a == b:
        return True
    if not (a.is_integer() and b.is_integer()):
        return False
    for coarse, fine in ((int(a), int(b)), (int(b), int(a))):
        k = min(_precision(coarse), 9)
        if k < 3 or abs(coarse) < 10 * 10**k or _precision(fine) + 2 > k:
            continue
        if abs(fine - coarse) * 2 <= 10**k:
            return True
    return False


def _parse_date(text: object) -> date | None:
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


class _Collector:
    """Reads company-facts rows into observations, counting the ones it leaves out."""

    def __init__(self, cmap: ConceptMap) -> None:
        self.by_concept = cmap.by_concept()
        self.skipped: Counter[str] = Counter()

    def observations(self, data: Mapping[str, Any]) -> list[Observation]:
        rows_by_metric: dict[str, list[tuple[MetricConcepts, str, int, Unit, dict[str, Any]]]] = defaultdict(
            list
        )
        for taxonomy, concepts in (data.get("facts") or {}).items():
            for name, concept in concepts.items():
                key = f"{taxonomy}:{name}"
                spec = self.by_concept.get(key)
                if spec is None:
                    continue
                metric, rank = spec
                for xbrl_unit, rows in (concept.get("units") or {}).items():
                    unit = metric.unit.ledger_unit(xbrl_unit)
                    if unit is None:
                        self.skipped[f"{key}: unit {xbrl_unit} is not {metric.unit.value}"] += len(rows)
                        continue
                    rows_by_metric[metric.metric].extend((metric, key, rank, unit, r) for r in rows)
        out: list[Observation] = []
        for metric_name, rows in rows_by_metric.items():
            # One currency per metric: the one most rows use (the reporting currency); a filer that
            # also tags a few amounts in a local currency would otherwise look like it restated.
            units = Counter(unit for _, _, _, unit, _ in rows)
            main_unit = units.most_common(1)[0][0]
            for metric, key, rank, unit, row in rows:
                if unit != main_unit:
                    self.skipped[f"{metric_name}: values in {unit} (reporting unit is {main_unit})"] += 1
                    continue
                obs = self._observation(metric, key, rank, unit, row)
                if obs is not None:
                    out.append(obs)
        return out

    def _observation(
        self, metric: MetricConcepts, concept: str, rank: int, unit: Unit, row: dict[str, Any]
    ) -> Observation | None:
        end = _parse_date(row.get("end"))
        start = _parse_date(row.get("start")) if "start" in row else None
        filed = _parse_date(row.get("filed"))
        value = row.get("val")
        if (
            end is None
            or filed is None
            or ("start" in row and (start is None or start > end))
            or isinstance(value, bool)
            or not isinstance(value, int | float)
            or not row.get("accn")
        ):
            self.skipped[f"{concept}: malformed row"] += 1
            return None
        return Observation(
            metric=metric,
            concept=concept,
            rank=rank,
            unit=unit,
            value=float(value),
            start=start,
            end=end,
            accession=str(row["accn"]),
            form=str(row.get("form") or "?"),
            filed=filed,
            framed=bool(row.get("frame")),
        )


def _period_ends(data: Mapping[str, Any]) -> frozenset[date]:
    """Raw end dates of the filer's quarters and years: the dates its balance sheets are drawn at."""
    ends: set[date] = set()
    for concepts in (data.get("facts") or {}).values():
        for concept in concepts.values():
            for rows in (concept.get("units") or {}).values():
                for row in rows:
                    if "start" not in row:
                        continue
                    start, end = _parse_date(row.get("start")), _parse_date(row.get("end"))
                    if start is None or end is None or end in ends or start > end:
                        continue
                    months = fiscal_months(start, end)
                    if months is not None and months[2] in (3, 12):
                        ends.add(end)
    return frozenset(ends)


def _history(observations: list[Observation]) -> list[tuple[Observation, Basis, float | None]]:
    """A period's values in filing order, one per change: (observation, basis, value it replaced).

    The concept the period was first reported under (the preferred one if that filing had several)
    leads; later values under other concepts are ignored, so a filing that only tags a wider
    concept for a comparative (cash including restricted cash) does not read as a restatement.
    """
    first = min(observations, key=lambda o: (o.filed, o.rank, not o.framed, o.accession))
    per_filing: dict[str, Observation] = {}
    for obs in observations:
        if obs.concept != first.concept:
            continue
        held = per_filing.get(obs.accession)
        if held is None or (obs.framed and not held.framed):
            per_filing[obs.accession] = obs
    chosen = sorted(per_filing.values(), key=lambda o: (o.filed, o.accession))
    out: list[tuple[Observation, Basis, float | None]] = []
    current: float | None = None
    for obs in chosen:
        if current is None:
            out.append((obs, Basis.AS_REPORTED, None))
        elif not same_value(current, obs.value):
            out.append((obs, Basis.RESTATED, current))
        else:
            continue
        current = obs.value
    return out


def _fact(company: str, period: Period, obs: Observation, basis: Basis, replaced: float | None) -> Fact:
    notes = [obs.origin]
    if obs.start is not None and (obs.start, obs.end) != (period.start, period.end):
        notes.append(f"XBRL context {obs.context()}")
    elif obs.start is None and obs.end != period.end:
        notes.append(f"XBRL instant {obs.end.isoformat()}")
    if replaced is not None:
        notes.append(f"restates {replaced:g}")
    return Fact(
        company=company,
        metric=obs.metric.metric,
        period=period,
        quantity=Quantity.exact(obs.value, obs.unit),
        reported_at=obs.filed,
        source=obs.source,
        basis=basis,
        note="; ".join(notes),
    )


def _known_on(history: list[tuple[Observation, Basis, float | None]], day: date) -> Observation:
    """The value a period had on `day`: the latest filed by then (else the first ever filed)."""
    before = [o for o, _, _ in history if o.filed <= day]
    return before[-1] if before else history[0][0]


def _derive_quarters(
    company: str,
    calendar: FiscalCalendar,
    metric: MetricConcepts,
    by_period: Mapping[Period, list[tuple[Observation, Basis, float | None]]],
) -> list[Fact]:
    """Quarters of a flow metric that were only reported year-to-date: cash-flow statements and
    annual reports state Q1, H1, the first nine months and the year, so Q2 = H1 - Q1,
    Q3 = 9M - H1 and Q4 = year - 9M (the year-to-date figure as first reported, minus the shorter
    one as known on that day; the shorter one may also be the sum of the quarters before)."""
    quarters = {
        (p.fiscal_year, p.fiscal_quarter): h for p, h in by_period.items() if p.kind is PeriodKind.QUARTER
    }
    ytd: dict[tuple[int, int], list[tuple[Observation, Basis, float | None]]] = {}
    for p, h in by_period.items():
        if p.fiscal_year is None:
            continue
        if p.kind is PeriodKind.HALF and p.start == calendar.year_bounds(p.fiscal_year)[0]:
            ytd[(p.fiscal_year, 2)] = h
        elif p.kind is PeriodKind.SPAN:
            ytd[(p.fiscal_year, 3)] = h
        elif p.kind is PeriodKind.YEAR:
            ytd[(p.fiscal_year, 4)] = h
    names = {2: "the first quarter", 3: "the first half", 4: "the first nine months"}
    out: list[Fact] = []
    for (fy, q), history in sorted(ytd.items()):
        if (fy, q) in quarters:
            continue
        whole = history[0][0]
        shorter = ytd.get((fy, q - 1)) if q > 2 else quarters.get((fy, 1))
        if shorter is not None:
            parts = [_known_on(shorter, whole.filed)]
            how = names[q]
        elif all((fy, k) in quarters for k in range(1, q)):
            parts = [_known_on(quarters[(fy, k)], whole.filed) for k in range(1, q)]
            how = f"Q1-Q{q - 1}"
        else:
            continue
        value = whole.value - sum(o.value for o in parts)
        start, end = calendar.quarter_bounds(fy, q)
        period = Period(calendar.quarter_label(fy, q), start, end, PeriodKind.QUARTER, fy, q)
        part_sources = ", ".join(sorted({o.accession for o in parts}))
        whole_label = (
            calendar.year_label(fy)
            if q == 4
            else f"{calendar.quarter_label(fy, 1)}-{calendar.quarter_label(fy, q)}"
        )
        out.append(
            Fact(
                company=company,
                metric=metric.metric,
                period=period,
                quantity=Quantity.exact(value, whole.unit),
                reported_at=whole.filed,
                source=whole.accession,
                note=(
                    f"derived, not reported: {whole_label} {whole.value:g} minus {how} "
                    f"{sum(o.value for o in parts):g} (from {part_sources}); {whole.origin}"
                ),
            )
        )
    return out


def map_company_facts(
    data: Mapping[str, Any],
    *,
    company: str,
    calendar: FiscalCalendar | None = None,
    concepts: ConceptMap | None = None,
    since: date | None = None,
    derive_q4: bool = True,
) -> CompanyFactsMapping:
    """Map a company-facts document to ledger facts for `company` (a ticker).

    `calendar` is the company's fiscal calendar when known (from its profile); otherwise it is
    inferred from the filer's annual facts. `since` keeps periods that end on or after that date.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("facts"), Mapping):
        raise ConnectorError("not an SEC company-facts document (no 'facts' object)")
    cmap = concepts or load_concept_map()
    if calendar is not None:
        source = "given"
    else:
        month = infer_fy_end_month(data)
        calendar = FiscalCalendar(month or 12)
        source = "inferred from annual facts" if month else "default: calendar year"

    collector = _Collector(cmap)
    observations = collector.observations(data)
    period_ends = _period_ends(data)
    grouped: dict[tuple[str, Period], list[Observation]] = defaultdict(list)
    for obs in observations:
        if obs.start is None:
            period: Period | None = instant_period(obs.end, calendar, period_ends)
        else:
            period = duration_period(obs.start, obs.end, calendar)
        if period is None:
            collector.skipped[
                f"{obs.metric.metric}: durations that are not a fiscal quarter, H1, 9M or year"
            ] += 1
            continue
        grouped[(obs.metric.metric, period)].append(obs)

    facts: list[Fact] = []
    histories: dict[str, dict[Period, list[tuple[Observation, Basis, float | None]]]] = defaultdict(dict)
    for (metric_name, period), group in grouped.items():
        history = _history(group)
        histories[metric_name][period] = history
        facts.extend(_fact(company, period, obs, basis, replaced) for obs, basis, replaced in history)
    if derive_q4:
        for metric in cmap.metrics:
            if metric.flow and metric.metric in histories:
                facts.extend(_derive_quarters(company, calendar, metric, histories[metric.metric]))
    if since is not None:
        facts = [f for f in facts if f.period.end >= since]
    facts.sort(key=lambda f: (f.metric, f.period.start, f.period.end, f.reported_at, f.basis.value))
    return CompanyFactsMapping(
        company=company,
        entity_name=str(data.get("entityName") or ""),
        calendar=calendar,
        calendar_source=source,
        facts=tuple(facts),
        skipped=dict(collector.skipped),
    )
