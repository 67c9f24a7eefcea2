"""Rule: percentage-point decompositions and changes of a ratio.

"Reported CMR +1%; like-for-like +8%; impact of the new programme -7 pp" -> 1% - 8% = -7 pp;
"margin rose from 20% to 23%, up 3 percentage points" -> 23% - 20% = +3 pp.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from thesisledger.audit.context import AuditContext, fmt, quote
from thesisledger.audit.finding import Finding, Status
from thesisledger.audit.growth import DECLINE
from thesisledger.audit.tolerance import compute, judge, negated
from thesisledger.extract.claim import Claim
from thesisledger.quantities import UnitKind, pp_difference

RULE = "pp.decomposition"
RULE_CHANGE = "pp.change"
REPORTED = re.compile(r"\breported\b|\bheadline\b|\bas reported\b|\bGAAP\b", re.I)
UNDERLYING = re.compile(
    r"like[- ]for[- ]like|\blfl\b|organic|underlying|comparable|constant[- ]currency|"
    r"excluding|\bex-",
    re.I,
)
IMPACT = re.compile(
    r"impact|effect|headwind|tailwind|drag|discrepancy|difference|contribut|dilut|accret|"
    r"weigh|hurt|benefit|offset",
    re.I,
)
SPAN = 400
"""The three terms of a decomposition stand within this many characters of each other."""
WINDOW = 2
"""A decomposition may spread over this many sentences before the pp figure (one line per term)."""

PAIR_GAP = 60
"""A stated pp change belongs to "from X% to Y%" only within this many characters after Y."""
OWN_END = re.compile(r"^\s*to\s+(?:about\s+|approximately\s+)?[\d.]+\s*%")
"""..."grew by 130 basis points to 35%" states the change of another figure."""


def _labelled(ctx: AuditContext, c: Claim, pattern: re.Pattern[str]) -> bool:
    """Whether the nearest reported/underlying label before `c` (same line, 50 chars) is `pattern`."""
    s = ctx.sentence_of(c)
    lead = ctx.text[max(s.start, c.start - 50) : c.start].rsplit("\n", 1)[-1]
    labels = [(m.end(), m.re) for p in (REPORTED, UNDERLYING) for m in p.finditer(lead)]
    return bool(labels) and max(labels, key=lambda x: x[0])[1] is pattern


def check(ctx: AuditContext) -> Iterator[Finding]:
    for s in ctx.sentences:
        for p in s.claims:
            if p.quantity.unit.kind is not UnitKind.PP:
                continue
            ratios = [
                c
                for sent in ctx.window(s, WINDOW, 0)
                for c in sent.claims
                if c.quantity.unit.kind is UnitKind.RATIO
                and p.start - SPAN <= c.start < p.start
                and not c.quantity.qualitative
            ]
            if not IMPACT.search(ctx.text[max(s.start, p.start - 60) : p.start]):
                ratios = []
            rep = [c for c in ratios if _labelled(ctx, c, REPORTED) and not _labelled(ctx, c, UNDERLYING)]
            und = [c for c in ratios if _labelled(ctx, c, UNDERLYING)]
            pairs = [
                pr
                for pr in ctx.pairs(s)
                if pr.start_q.unit.kind is UnitKind.RATIO
                and pr.end.end <= p.start
                and p.start - pr.end.end <= PAIR_GAP
                and not OWN_END.match(ctx.after(p, 20))
            ]
            if rep and und:
                r, u = rep[-1], und[-1]
                computed = compute(pp_difference, [(r.quantity, r.span_text), (u.quantity, u.span_text)])
                if computed is None:
                    continue
                status, severity = judge(p.quantity, p.span_text, computed)
                how = (
                    f"reported {r.span_text!r} - underlying {u.span_text!r} = {fmt(computed.shown)}; "
                    f"stated impact {p.span_text!r}"
                )
                sug = None if status is Status.PASS else f"the difference is {fmt(computed.point)}"
                yield Finding(RULE, status, severity, (quote(r), quote(u), quote(p)), how, sug)
            elif pairs:
                pr = pairs[-1]
                computed = compute(
                    pp_difference, [(pr.end_q, pr.end.span_text), (pr.start_q, pr.start.span_text)]
                )
                if computed is None:
                    continue
                stated = p.quantity
                if DECLINE.search(ctx.before(p, 25)) and stated.value > 0:
                    stated = negated(stated)
                status, severity = judge(stated, p.span_text, computed)
                how = (
                    f"{pr.end.span_text!r} - {pr.start.span_text!r} = "
                    f"{fmt(computed.shown)}; stated {p.span_text!r}"
                )
                sug = None if status is Status.PASS else f"the change is {fmt(computed.point)}"
                yield Finding(
                    RULE_CHANGE, status, severity, (quote(pr.start), quote(pr.end), quote(p)), how, sug
                )
