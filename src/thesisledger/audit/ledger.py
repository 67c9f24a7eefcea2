"""Rule: a stated figure vs the actual recorded in the ledger for that metric, entity and period."""

from __future__ import annotations

from collections.abc import Iterator

from thesisledger.audit.context import AuditContext, fmt, quote
from thesisledger.audit.finding import Finding, Severity, Status
from thesisledger.audit.tolerance import COMPUTE_REL_TOL, interval, loosen
from thesisledger.extract.claim import Claim, ClaimKind
from thesisledger.facts import Fact

RULE = "ledger.fact"
LEDGER_HIGH_REL = 0.05
"""A stated figure more than 5% away from the recorded actual (after rounding) is a high-severity miss."""


def _fact_for(ctx: AuditContext, c: Claim) -> Fact | None:
    p = c.period
    if p is None or c.metric is None:
        return None
    best: Fact | None = None
    for f in ctx.facts:
        if f.metric != c.metric or (f.segment or None) != (c.entity or None):
            continue
        if f.period.start != p.start or f.period.end != p.end:
            continue
        if best is None or f.reported_at > best.reported_at:
            best = f  # the latest restatement
    return best


def check(ctx: AuditContext) -> Iterator[Finding]:
    if not ctx.facts:
        return
    for c in ctx.claims:
        if c.kind in (ClaimKind.GUIDANCE, ClaimKind.TARGET, ClaimKind.ESTIMATE):
            continue
        fact = _fact_for(ctx, c)
        if fact is None:
            continue
        actual = fact.quantity
        note = ""
        if actual.unit != c.quantity.unit:
            if not (actual.unit.is_currency and c.quantity.unit.is_currency):
                continue
            conv = ctx.convert(actual, c.quantity.unit.code, c)
            if conv is None:
                continue
            actual, fxq = conv
            note = f" (converted at {fxq})"
        s_lo, s_hi = interval(loosen(c.quantity, c.span_text), COMPUTE_REL_TOL)
        v = actual.value
        where = (
            f"{fact.company} {fact.metric}{' ' + fact.segment if fact.segment else ''} {fact.period.label}"
        )
        how = f"stated {c.span_text!r}; the ledger records {fmt(actual)}{note} for {where} ({fact.source})"
        if s_lo <= v <= s_hi:
            yield Finding(RULE, Status.PASS, Severity.LOW, (quote(c),), how + ": they agree")
            continue
        off = abs(v - c.quantity.value) / abs(v) if v else float("inf")
        sev = Severity.HIGH if off > LEDGER_HIGH_REL else Severity.MEDIUM
        yield Finding(
            RULE,
            Status.FAIL,
            sev,
            (quote(c),),
            how + f": off by {off:.1%}",
            f"the recorded actual is {fmt(actual)}",
        )
