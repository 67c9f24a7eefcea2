"""Rules: explicit conversions, one figure in two currencies, and figures in the wrong currency.

- currency.conversion: "RMB 8 billion ($1.1 billion)" -> implied 7.27 CNY per USD vs the table;
- currency.implied_rate: the same path stated in two currencies ("RMB 8bn -> 30bn" and "$800m ->
  $3bn": 10 CNY per USD) or one metric/entity/period stated in two currencies;
- currency.magnitude: a figure that converted is several times its related figures in the other
  currency, but fits them if read in that currency ("loss of 21 billion yuan ... next quarter's loss
  above 10 but below 20 billion USD").
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterator

from thesisledger.audit.context import AuditContext, Pair, fmt, quote, subject_terms
from thesisledger.audit.finding import Finding, Quote, Severity, Status
from thesisledger.audit.tolerance import APPROX_REL_TOL, FX_REL_TOL, INPUT_REL_CAP, half_unit, point
from thesisledger.extract.claim import Claim
from thesisledger.quantities import Bound, Quantity, UnitKind

RULE_CONVERSION = "currency.conversion"
RULE_IMPLIED = "currency.implied_rate"
RULE_MAGNITUDE = "currency.magnitude"
CONVERSION_GAP = re.compile(
    r"^\s*(?:\((?:[^()]{0,20}\s)?|,?\s*(?:or|i\.e\.,?|equivalent to|about|roughly|c\.)\s+"
    r"(?:about\s+|approximately\s+)?)$",
    re.I,
)
PATH_REL_TOL = 0.02
"""Two from-to paths are the same path in two currencies when their growth ratios agree within 2%."""
MAGNITUDE_FACTOR = 3.0
"""A converted figure this many times above (or below) every related figure does not fit them."""
FITS_FACTOR = 1.5
"""...while read in the other currency it lies within this factor of a related figure."""
RELATED_SENTENCES = 8
SAME_FIGURE_SENTENCES = 2
"""One metric/entity/period in two currencies is compared only within this many sentences (further
apart, "ARR" may be this quarter's figure in one place and the year-end target in another)."""


def _rel_slack(c: Claim) -> float:
    q = c.quantity
    slack = min(half_unit(q, c.span_text) / abs(q.value), INPUT_REL_CAP) if q.value else 0.0
    return slack + (APPROX_REL_TOL if q.bound is Bound.APPROX else 0.0)


def _rate_finding(
    ctx: AuditContext,
    rule: str,
    a: Claim,
    b: Claim,
    implied: float,
    slack: float,
    quotes: tuple[Quote, ...],
    what: str,
    *,
    restate_b: bool = False,
) -> Finding | None:
    """Compare `implied` units of b's currency per a's currency with the table (shown per 1 USD)."""
    if b.quantity.unit.code == "USD" and a.quantity.unit.code != "USD":
        a, b, implied, restate_b = b, a, 1 / implied, not restate_b
    base, quote_ccy = a.quantity.unit.code, b.quantity.unit.code
    fxq = ctx.fx_quote(base, quote_ccy, a)
    if fxq is None:
        return None
    off = implied / fxq.rate - 1
    tol = FX_REL_TOL + slack
    log_off = abs(math.log(implied / fxq.rate))
    how = f"{what}: implied 1 {base} = {implied:.4g} {quote_ccy}; the table has {fxq} ({off:+.0%})"
    if log_off <= math.log1p(tol):
        return Finding(rule, Status.PASS, Severity.LOW, quotes, how + ", within tolerance")
    severity = Severity.HIGH if log_off > math.log1p(2 * tol) else Severity.MEDIUM
    src, dst, rate = (b, a, 1 / fxq.rate) if restate_b else (a, b, fxq.rate)
    converted = point(src.quantity).scaled(rate, dst.quantity.unit)
    return Finding(
        rule,
        Status.FAIL,
        severity,
        quotes,
        how,
        f"at the table rate {src.span_text!r} is about {fmt(converted)}",
    )


def _conversions(ctx: AuditContext) -> Iterator[Finding]:
    for s in ctx.sentences:
        for a, b in itertools.pairwise(s.claims):
            ua, ub = a.quantity.unit, b.quantity.unit
            if not (ua.is_currency and ub.is_currency) or ua.code == ub.code or ua.per_share != ub.per_share:
                continue
            if not CONVERSION_GAP.match(ctx.between(a, b)) or a.quantity.value <= 0:
                continue
            implied = b.quantity.value / a.quantity.value
            f = _rate_finding(
                ctx,
                RULE_CONVERSION,
                a,
                b,
                implied,
                _rel_slack(a) + _rel_slack(b),
                (quote(a), quote(b)),
                f"{a.span_text!r} stated as {b.span_text!r}",
            )
            if f:
                yield f


def _paths(ctx: AuditContext) -> list[Pair]:
    return [
        p
        for s in ctx.sentences
        for p in ctx.pairs(s)
        if p.start_q.unit.is_currency and p.start.quantity.unit.is_currency and p.start_q.value > 0
    ]


def _implied(ctx: AuditContext) -> Iterator[Finding]:
    done: set[int] = set()
    for p in _paths(ctx):
        ratio = p.end_q.value / p.start_q.value
        if abs(ratio - 1) < 0.05:
            continue
        terms = subject_terms(ctx.sentence_of(p.start).text)
        explicit = [
            c
            for c in ctx.claims
            if c.quantity.unit.is_currency
            and c.quantity.unit.code != p.start_q.unit.code
            and c.quantity.value > 0
            and c.quantity.unit.kind is UnitKind.CURRENCY
        ]
        for i, x in enumerate(explicit):
            sx = ctx.sentence_of(x)
            if not terms & subject_terms(sx.text):
                continue
            for y in explicit[i + 1 :]:
                sy = ctx.sentence_of(y)
                if sy.index - sx.index > 2 or y.quantity.unit != x.quantity.unit:
                    continue
                if (
                    abs((y.quantity.value / x.quantity.value) / ratio - 1) > PATH_REL_TOL
                    or p.start.start in done
                ):
                    continue
                done.add(p.start.start)
                implied = x.quantity.value / p.start_q.value  # units of x's currency per p's currency
                quotes = tuple(
                    sorted((quote(p.start), quote(p.end), quote(x), quote(y)), key=lambda q: q.start)
                )
                what = (
                    f"{p.start.span_text!r} -> {p.end.span_text!r} is the path {x.span_text!r} -> "
                    f"{y.span_text!r} (both x{ratio:.3g})"
                )
                f = _rate_finding(
                    ctx,
                    RULE_IMPLIED,
                    p.start,
                    x,
                    implied,
                    _rel_slack(p.start) + _rel_slack(x),
                    quotes,
                    what,
                    restate_b=True,
                )
                if f:
                    yield f
    # one metric, entity and period in two currencies
    keyed: dict[tuple[str, str, str], list[Claim]] = {}
    for c in ctx.claims:
        if c.metric and c.entity and c.period and c.quantity.unit.is_currency and c.quantity.is_point:
            keyed.setdefault((c.metric, c.entity or "", c.period.label), []).append(c)
    in_paths = {c.start for p in _paths(ctx) for c in (p.start, p.end)}
    converted = {
        (a.start, b.start)
        for s in ctx.sentences
        for a, b in itertools.pairwise(s.claims)
        if CONVERSION_GAP.match(ctx.between(a, b))
    }
    for group in keyed.values():
        for a in group:
            for b in group:
                if a.start >= b.start or a.quantity.unit.code == b.quantity.unit.code or a.start in done:
                    continue
                if (
                    a.start in in_paths
                    or b.start in in_paths
                    or a.kind is not b.kind
                    or (a.start, b.start) in converted
                ):
                    continue  # a path is checked as a path; a target is not the actual
                if ctx.sentence_of(b).index - ctx.sentence_of(a).index <= SAME_FIGURE_SENTENCES:
                    done.add(a.start)
                    f = _rate_finding(
                        ctx,
                        RULE_IMPLIED,
                        a,
                        b,
                        b.quantity.value / a.quantity.value,
                        _rel_slack(a) + _rel_slack(b),
                        (quote(a), quote(b)),
                        f"{a.span_text!r} and {b.span_text!r} are the same {a.metric}",
                    )
                    if f:
                        yield f


def _magnitudes(ctx: AuditContext) -> Iterator[Finding]:
    for c in ctx.claims:
        q = c.quantity
        if q.unit.kind is not UnitKind.CURRENCY or q.unit.per_share or q.value <= 0:
            continue
        s = ctx.sentence_of(c)
        terms = subject_terms(s.text)
        related: list[tuple[Claim, Quantity]] = []
        for sent in ctx.window(s, RELATED_SENTENCES, 0):
            if not terms & subject_terms(sent.text):
                continue
            for r in sent.claims:
                rq = ctx.resolved(r)
                if (
                    r.start < c.start
                    and rq.unit.is_currency
                    and rq.unit.code != q.unit.code
                    and rq.value > 0
                    and rq.unit.per_share == q.unit.per_share
                ):
                    related.append((r, rq))
        if not related:
            continue
        other = related[-1][1].unit
        conv = ctx.convert(q, other.code, c)
        if conv is None:
            continue
        converted, fxq = conv
        values = [rq.value for _, rq in related if rq.unit == other]
        too_far = all(
            converted.value > MAGNITUDE_FACTOR * v or converted.value * MAGNITUDE_FACTOR < v for v in values
        )
        fits = any(v / FITS_FACTOR <= q.value <= v * FITS_FACTOR for v in values)
        if not (too_far and fits):
            continue
        r = related[-1][0]
        how = (
            f"{c.span_text!r} = {fmt(converted)} at {fxq}, at least {MAGNITUDE_FACTOR:g}x every related "
            f"{other.code} figure ({', '.join(repr(x.span_text) for x, _ in related[-3:])}); read in "
            f"{other.code} it is {fmt(q.with_unit(other))}, which fits them"
        )
        yield Finding(
            RULE_MAGNITUDE,
            Status.FAIL,
            Severity.MEDIUM,
            (quote(r), quote(c)),
            how,
            f"{c.span_text!r} is probably in {other.code}, not {q.unit.code}",
        )


def check(ctx: AuditContext) -> Iterator[Finding]:
    yield from _conversions(ctx)
    yield from _implied(ctx)
    yield from _magnitudes(ctx)
