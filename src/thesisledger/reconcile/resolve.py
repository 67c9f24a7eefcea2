"""Resolve guidance against reported facts: one `Verdict` per promise, with its quote and arithmetic.

Rules (tolerances are module constants, shown in every verdict's arithmetic):
- eq: met within ±1% of the point (EQ_REL_TOL); approx ("about"): met within ±5% (APPROX_REL_TOL).
- gt/gte/lt/lte: met when the bound holds (strictly for gt/lt).
- range: met inside. Qualitative levels are their ranges, read to the next whole percent:
  "teens" (10-19%) holds 19.6% (10% <= x < 20%).
- outside the promise: beat when on the metric's good side (reconcile/data/directions.toml: lower
  is better for losses), else missed; "neutral" metrics (capex plans) are missed either way.
- distance = actual - reference, where the reference is the point, the stated bound, the violated
  edge of a range (or its midpoint when inside); also in % of the reference. Ratios differ in pp.
- surprise = (actual - promised value) / |promised value|, signed so positive is better; credibility
  averages it as bias.
- Point-in-time metrics (ARR, MAU, balances) and deadline promises ("by the end of 2026") are judged
  on readings: the first reading inside the window that meets the promise, else the first reading
  at or after the deadline (within REPORTING_GRACE_DAYS), else the last reading in the window once
  the grace has passed. Flow and rate metrics are judged on the fact for the period; a span with no
  fact of its own is judged on its sub-periods (flows summed, rates judged one by one: some met is
  partially met).
- Currencies: a fact in another currency is converted with the FX table at the fact's period end;
  the verdict names the rate.
- Nothing reported: not yet due until the period ends plus REPORTING_GRACE_DAYS (results come
  weeks after a period closes); then overdue if the company reports the metric for other periods,
  not verifiable if it never has.
- As of a date, a fact is known if it was *reported* (Fact.reported_at) on or before that date; a
  restatement counts only once reported, so earlier dates see the figure as first reported. (The
  store's `facts(as_of=)` answers a different question: what this ledger had recorded then.)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from thesisledger.errors import FxRateError
from thesisledger.facts import Fact
from thesisledger.periods.period import PeriodKind
from thesisledger.quantities.format import format_quantity
from thesisledger.quantities.fx import FxQuote, FxTable
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import PP, Unit, UnitKind
from thesisledger.reconcile.guidance import Guidance
from thesisledger.reconcile.metrics import Direction, MetricInfo, metric_info
from thesisledger.reconcile.revisions import revisions

EQ_REL_TOL = 0.01
APPROX_REL_TOL = 0.05
QUALITATIVE_STEP = 0.01  # a level word covers whole percents: "teens" is 10% <= x < 20%
REPORTING_GRACE_DAYS = 90


class Status(StrEnum):
    MET = "met"
    BEAT = "beat"
    MISSED = "missed"
    PARTIALLY_MET = "partially_met"
    NOT_YET_DUE = "not_yet_due"
    OVERDUE = "overdue"
    NOT_VERIFIABLE = "not_verifiable"
    SUPERSEDED = "superseded"

    @property
    def is_resolved(self) -> bool:
        """Judged against a figure: counts towards credibility."""
        return self in (Status.MET, Status.BEAT, Status.MISSED, Status.PARTIALLY_MET)

    @property
    def is_hit(self) -> bool:
        return self in (Status.MET, Status.BEAT)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What became of one promise as of a date: status, the facts used, distance and arithmetic."""

    guidance: Guidance
    status: Status
    as_of: date
    facts: tuple[Fact, ...] = ()
    distance: Quantity | None = None
    distance_pct: float | None = None  # distance in % of the reference value
    surprise_pct: float | None = None  # + means better than promised
    fx: FxQuote | None = None
    arithmetic: str = ""
    note: str = ""
    superseded_by: str | None = None

    @property
    def fact(self) -> Fact | None:
        return self.facts[-1] if self.facts else None

    @property
    def illustrative(self) -> bool:
        """True if any fact used is made-up example data; every output must say so."""
        return any(f.illustrative for f in self.facts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "guidance": self.guidance.to_dict(),
            "status": self.status.value,
            "as_of": self.as_of.isoformat(),
            "facts": [
                {
                    "metric": f.metric,
                    "entity": f.segment,
                    "period": f.period.label,
                    "actual": f.quantity.to_dict(),
                    "actual_text": str(f.quantity),
                    "reported_at": f.reported_at.isoformat(),
                    "source": f.source,
                    "illustrative": f.illustrative,
                }
                for f in self.facts
            ],
            "distance": self.distance.to_dict() if self.distance else None,
            "distance_text": str(self.distance) if self.distance else None,
            "distance_pct": self.distance_pct,
            "surprise_pct": self.surprise_pct,
            "fx": str(self.fx) if self.fx else None,
            "arithmetic": self.arithmetic,
            "note": self.note,
            "superseded_by": self.superseded_by,
            "illustrative": self.illustrative,
        }


# -- facts known at a date ---------------------------------------------------------------------
def known_facts(facts: Iterable[Fact], as_of: date | None) -> list[Fact]:
    """The figure of each fact key as known on `as_of`: reported on or before it, latest report wins."""
    best: dict[tuple[str, ...], Fact] = {}
    for f in facts:
        if as_of is not None and f.reported_at > as_of:
            continue
        held = best.get(f.key)
        if held is None or f.reported_at >= held.reported_at:
            best[f.key] = f
    return sorted(best.values(), key=lambda f: (f.period.end, f.period.start))


# -- judging one figure ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Judged:
    status: Status
    facts: tuple[Fact, ...]
    distance: Quantity | None = None
    distance_pct: float | None = None
    surprise_pct: float | None = None
    fx: FxQuote | None = None
    arithmetic: str = ""


def _fmt(value: float, unit: Unit, scale: str | None, *, signed: bool = False) -> str:
    text = format_quantity(Quantity.exact(value, unit, scale))
    return f"+{text}" if signed and value > 0 else text


def _in_unit(actual: Quantity, want: Unit, on: date, fx: FxTable) -> tuple[Quantity, FxQuote | None]:
    if actual.unit == want or (actual.unit.kind is want.kind and want.kind is UnitKind.COUNT):
        return actual, None
    if actual.unit.is_currency and want.is_currency and actual.unit.per_share == want.per_share:
        quote = fx.quote(actual.unit.code, want.code, on)
        return replace(fx.convert(actual, want.code, on), unit=want), quote
    raise _UnitsDiffer(f"the fact is in {actual.unit}, the promise in {want}")


class _UnitsDiffer(Exception):
    pass


def _judge_value(
    g: Guidance, x: float, facts: tuple[Fact, ...], info: MetricInfo, fx_quote: FxQuote | None, how: str
) -> _Judged:
    q = g.quantity
    lo, hi = q.interval()
    scale = q.scale or facts[-1].quantity.scale
    if q.bound is Bound.EQ or q.bound is Bound.APPROX:
        tol = EQ_REL_TOL if q.bound is Bound.EQ else APPROX_REL_TOL
        inside = abs(x - lo) <= tol * abs(lo)
        rule = f"within ±{tol:.0%} of {_fmt(lo, q.unit, scale)}"
    elif q.bound is Bound.GT:
        inside, rule = x > lo, f"above {_fmt(lo, q.unit, scale)}"
    elif q.bound is Bound.GTE:
        inside, rule = x >= lo, f"at least {_fmt(lo, q.unit, scale)}"
    elif q.bound is Bound.LT:
        inside, rule = x < hi, f"below {_fmt(hi, q.unit, scale)}"
    elif q.bound is Bound.LTE:
        inside, rule = x <= hi, f"at most {_fmt(hi, q.unit, scale)}"
    elif q.qualitative and q.unit.kind is UnitKind.RATIO:
        top = hi + QUALITATIVE_STEP
        inside = lo <= x < top
        rule = f"{q.qualitative}: {_fmt(lo, q.unit, scale)} <= x < {_fmt(top, q.unit, scale)}"
    else:
        inside = lo <= x <= hi
        rule = f"between {_fmt(lo, q.unit, scale)} and {_fmt(hi, q.unit, scale)}"
    # outside a range, measure from the edge that was missed; else from the promised value
    reference = (lo if x < lo else hi) if q.bound is Bound.RANGE and not inside else q.value
    diff = x - reference
    dist_unit = PP if q.unit.kind is UnitKind.RATIO else q.unit
    distance = Quantity.exact(diff, dist_unit, scale if dist_unit is q.unit else None)
    pct = diff / abs(reference) * 100 if reference != 0 else None
    sign = -1.0 if info.direction is Direction.LOWER else 1.0
    surprise = (x - q.value) / abs(q.value) * 100 * sign if q.value != 0 else None
    if inside:
        status = Status.MET
    else:
        # a failed ceiling failed upwards and a failed floor downwards, even at the bound itself
        if q.bound in (Bound.LT, Bound.LTE):
            above = True
        elif q.bound in (Bound.GT, Bound.GTE):
            above = False
        else:
            above = x > reference
        good = (above and info.direction is Direction.HIGHER) or (
            not above and info.direction is Direction.LOWER
        )
        status = Status.BEAT if good else Status.MISSED
    pct_text = f" = {pct:+.1f}% of {_fmt(reference, q.unit, scale)}" if pct is not None else ""
    side = "" if info.direction is Direction.HIGHER else f" ({info.direction.value} is better for {g.metric})"
    arithmetic = (
        f"{how}; promise {rule}: {'inside' if inside else 'outside'} -> {status.value}{side}; "
        f"distance {_fmt(diff, dist_unit, scale if dist_unit is q.unit else None, signed=True)}{pct_text}"
    )
    return _Judged(status, facts, distance, pct, surprise, fx_quote, arithmetic)


def _judge(g: Guidance, fact: Fact, fx: FxTable, info: MetricInfo) -> _Judged:
    try:
        actual, quote = _in_unit(fact.quantity, g.quantity.unit, fact.period.end, fx)
    except _UnitsDiffer as e:
        return _Judged(Status.NOT_VERIFIABLE, (fact,), arithmetic=f"cannot compare: {e}")
    scale = g.quantity.scale or fact.quantity.scale
    how = (
        f"actual {_fmt(actual.value, actual.unit, scale)} ({fact.period.label}, reported {fact.reported_at})"
    )
    if quote is not None:
        how = (
            f"actual {format_quantity(replace(fact.quantity, scale=fact.quantity.scale or scale))} "
            f"x {quote.rate:.6g} {quote.quote}/{quote.base} ({quote.source}, rate for {quote.on}) "
            f"= {_fmt(actual.value, actual.unit, scale)} ({fact.period.label}, reported {fact.reported_at})"
        )
    return _judge_value(g, actual.value, (fact,), info, quote, how)


def _judged_verdict(g: Guidance, j: _Judged, as_of: date, note: str = "") -> Verdict:
    return Verdict(
        g, j.status, as_of, j.facts, j.distance, j.distance_pct, j.surprise_pct, j.fx, j.arithmetic, note
    )


def _nothing(g: Guidance, as_of: date, ever: bool, due: date, grace_end: date) -> Verdict:
    if as_of <= due:
        note = f"due {due}" if due.year < 9999 else "open-ended target: judged when a reading reaches it"
        if not ever:
            note += f"; the company has not reported {g.label} for any period yet"
        return Verdict(g, Status.NOT_YET_DUE, as_of, note=note)
    if as_of <= grace_end:
        note = f"period closed {due}; results normally follow within {REPORTING_GRACE_DAYS} days"
        return Verdict(g, Status.NOT_YET_DUE, as_of, note=note)
    if ever:
        note = f"no {g.label} figure for {g.period.label} reported by {as_of} (due {due})"
        return Verdict(g, Status.OVERDUE, as_of, note=note)
    note = f"{g.company} has not reported {g.label} for any period by {as_of}: the promise cannot be checked"
    return Verdict(g, Status.NOT_VERIFIABLE, as_of, note=note)


# -- the two resolution modes ------------------------------------------------------------------
def _by_readings(g: Guidance, known: Sequence[Fact], as_of: date, fx: FxTable, info: MetricInfo) -> Verdict:
    p = g.period
    open_ended = p.kind is PeriodKind.OPEN
    grace_end = p.end if open_ended else p.end + timedelta(days=REPORTING_GRACE_DAYS)
    window = [f for f in known if p.start <= f.period.end <= p.end]
    for f in window:
        j = _judge(g, f, fx, info)
        if j.status.is_hit:
            return _judged_verdict(g, j, as_of, f"reached by {f.period.end} (due {p.end})")
    if as_of <= p.end or open_ended:
        v = _nothing(g, as_of, bool(known), p.end, grace_end)
        if window:
            latest = _judge(g, window[-1], fx, info)
            return replace(v, note=f"{v.note}; latest reading: {latest.arithmetic}")
        return v
    if window and window[-1].period.end == p.end:
        return _judged_verdict(g, _judge(g, window[-1], fx, info), as_of, "reading at the deadline")
    after = [f for f in known if p.end < f.period.end <= grace_end]
    if after:
        return _judged_verdict(g, _judge(g, after[0], fx, info), as_of, "first reading after the deadline")
    if window and as_of > grace_end:
        return _judged_verdict(g, _judge(g, window[-1], fx, info), as_of, "last reading before the deadline")
    return _nothing(g, as_of, bool(known), p.end, grace_end)


def _tiling(candidates: Sequence[Fact], start: date, end: date) -> list[Fact] | None:
    """Sub-period facts that cover start..end without gaps or overlaps (finest first), or None."""
    chosen: list[Fact] = []
    cursor = start
    while cursor <= end:
        here = sorted((f for f in candidates if f.period.start == cursor and f.period.end <= end),
                      key=lambda f: f.period.end)  # fmt: skip
        if not here:
            return None
        chosen.append(here[0])
        cursor = here[0].period.end + timedelta(days=1)
    return chosen


def _by_period(g: Guidance, known: Sequence[Fact], as_of: date, fx: FxTable, info: MetricInfo) -> Verdict:
    p = g.period
    grace_end = p.end + timedelta(days=REPORTING_GRACE_DAYS)
    exact = [f for f in known if (f.period.start, f.period.end) == (p.start, p.end)]
    if exact:
        return _judged_verdict(g, _judge(g, exact[-1], fx, info), as_of)
    subs = [f for f in known if p.start <= f.period.start and f.period.end <= p.end]
    tiles = _tiling(subs, p.start, p.end)
    if info.nature.value == "flow":
        if tiles is None:
            return _nothing(g, as_of, bool(known), p.end, grace_end)
        try:
            parts = [_in_unit(f.quantity, g.quantity.unit, f.period.end, fx) for f in tiles]
        except _UnitsDiffer as e:
            return Verdict(g, Status.NOT_VERIFIABLE, as_of, tuple(tiles), arithmetic=f"cannot compare: {e}")
        total = math.fsum(q.value for q, _ in parts)
        scale = g.quantity.scale
        how = (
            "sum of "
            + " + ".join(
                f"{_fmt(q.value, q.unit, scale)} ({f.period.label})"
                for (q, _), f in zip(parts, tiles, strict=True)
            )
            + f" = {_fmt(total, g.quantity.unit, scale)}"
        )
        quotes = [qt for _, qt in parts if qt is not None]
        j = _judge_value(g, total, tuple(tiles), info, quotes[0] if quotes else None, how)
        return _judged_verdict(g, j, as_of)
    # rates and levels over a span: every sub-period must keep the promise
    pieces = (
        tiles
        if tiles is not None
        else sorted({(f.period.start, f.period.end): f for f in subs}.values(), key=lambda f: f.period.start)
    )
    if not pieces:
        return _nothing(g, as_of, bool(known), p.end, grace_end)
    judged = [_judge(g, f, fx, info) for f in pieces]
    hits = sum(1 for j in judged if j.status.is_hit)
    if tiles is None and as_of <= grace_end:
        v = _nothing(g, as_of, bool(known), p.end, grace_end)
        return replace(
            v,
            facts=tuple(pieces),
            note=f"{v.note}; {hits} of {len(pieces)} sub-periods reported so far met it",
        )
    if tiles is not None and hits == len(judged):
        status = Status.BEAT if all(j.status is Status.BEAT for j in judged) else Status.MET
    elif hits:
        status = Status.PARTIALLY_MET
    else:
        status = Status.MISSED
    worst = min(judged, key=lambda j: j.surprise_pct if j.surprise_pct is not None else math.inf)
    covered = "" if tiles is not None else "; some sub-periods never reported"
    arithmetic = " | ".join(j.arithmetic for j in judged)
    note = f"{hits} of {len(judged)} sub-periods met the promise{covered}"
    return Verdict(
        g, status, as_of, tuple(pieces), worst.distance, worst.distance_pct, worst.surprise_pct,
        next((j.fx for j in judged if j.fx), None), arithmetic, note,
    )  # fmt: skip


# -- public API --------------------------------------------------------------------------------
def resolve(
    guidance: Guidance,
    facts: Iterable[Fact],
    *,
    as_of: date,
    fx: FxTable,
    superseded_by: Guidance | None = None,
) -> Verdict:
    """The verdict on one promise as of `as_of`, from the facts known then (see the module rules)."""
    g = guidance
    if superseded_by is not None:
        what = "withdrawn" if superseded_by.withdrawn else "revised"
        note = (
            f"{what} on {superseded_by.given_at} ({superseded_by.quantity} for {superseded_by.period.label})"
        )
        return Verdict(g, Status.SUPERSEDED, as_of, note=note, superseded_by=superseded_by.id)
    info = metric_info(g.metric)
    mine = [
        f
        for f in facts
        if f.company == g.company and f.metric == g.metric and (f.segment or None) == g.entity
    ]
    known = known_facts(mine, as_of)
    try:
        if info.is_point_in_time or g.period.kind in (
            PeriodKind.DEADLINE,
            PeriodKind.INSTANT,
            PeriodKind.OPEN,
        ):
            return _by_readings(g, known, as_of, fx, info)
        return _by_period(g, known, as_of, fx, info)
    except FxRateError as e:
        return Verdict(g, Status.NOT_VERIFIABLE, as_of, tuple(known), note=f"cannot convert currency: {e}")


def resolve_all(
    guidance: Iterable[Guidance], facts: Iterable[Fact], *, as_of: date, fx: FxTable
) -> list[Verdict]:
    """Verdicts on every promise given by `as_of`.

    Revised promises are superseded; withdrawal records are not promises and get no verdict."""
    given = [g for g in guidance if g.given_at <= as_of]
    fact_list = list(facts)
    newer = {r.earlier.id: r.later for r in revisions(given)}
    return [
        resolve(g, fact_list, as_of=as_of, fx=fx, superseded_by=newer.get(g.id))
        for g in sorted(given, key=lambda g: (g.period.end, g.given_at, g.id))
        if not g.withdrawn
    ]
