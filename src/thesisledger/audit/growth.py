"""Rule: a stated growth multiple or % change vs the stated start and end values.

"grew from 8 billion to 30 billion, a 3.75x increase"; "up 25% from $8bn to $10bn";
"exceeded RMB 8bn ... will surpass RMB 30bn, implying 3.75x growth" (no "from": the first and last
amounts before the multiple are the ends).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from thesisledger.audit.cagr import KEY as CAGR_KEY
from thesisledger.audit.context import RANGE_LEAD, AuditContext, Pair, aligned, fmt, is_money, quote
from thesisledger.audit.finding import Finding, Status
from thesisledger.audit.tolerance import compute, judge, negated
from thesisledger.extract.claim import Claim
from thesisledger.quantities import Bound, Quantity, UnitKind, growth_multiple, pct_change

RULE_MULTIPLE = "growth.multiple"
RULE_PCT = "growth.pct_change"

GROWTH = re.compile(
    r"increas|grow|grew|\brise|\brose|risen|jump|surg|climb|expan|\bup\b|gain|fold|soar", re.I
)
DECLINE = re.compile(r"declin|decreas|\bfell|\bfall|drop|\bdown\b|shr[ai]nk|contract|plung", re.I)
INFER = re.compile(
    r"impl(?:y|ies|ying)|represent|meaning|i\.e\.|that is|equivalent|which is|amount(?:s|ing) to", re.I
)
INFER_LEAD = re.compile(
    r"(?:impl(?:y|ies|ying)|represent(?:s|ing)?|meaning|i\.e\.,?|that is|equivalent to|which is|"
    r"amount(?:s|ing) to)\s+(?:(?:a|an|of|about|approximately|roughly|nearly|over|more than|some|"
    r"year-over-year|annual|increase|growth|decline|decrease|rise|jump)\s+)*$",
    re.I,
)
"""An inferred change follows its cue directly: "implying a 3.75x", "representing growth of 5%"."""
NOT_CHANGE = re.compile(r"share|margin|account|proportion|of total|penetration|\bof\b\s*$", re.I)
IMPLIED_SPAN = 250
"""Without "from ... to", the start stands at most this many characters before the stated change."""
IMPLIED_GAP = 80
"""...and the end at most this many characters before it ("RMB 30 billion by year end, implying 3.75x")."""
_GAP_BEFORE_FROM = re.compile(r"^\s*(?:[\w\-]+\s+){0,3}?from\s", re.I)


def _level(c: Claim) -> bool:
    """A scaled amount ("RMB 8 billion"), not a per-share figure or a bare number."""
    q = c.quantity
    return is_money(q) and q.scale is not None and not q.unit.per_share and q.bound is not Bound.RANGE


def _stated_change(ctx: AuditContext, c: Claim) -> tuple[str, bool] | None:
    """(rule, is_decline) when `c` states a change (3.75x increase, up 25%), else None."""
    if CAGR_KEY.search(ctx.before(c, 45)):
        return None  # a compound annual rate: rule cagr
    kind = c.quantity.unit.kind
    near = ctx.before(c, 30) + " " + c.span_text + " " + ctx.after(c, 20)
    if kind is UnitKind.MULTIPLE:
        return (RULE_MULTIPLE, False) if GROWTH.search(near) else None
    if kind is UnitKind.RATIO and c.quantity.qualitative is None:
        if NOT_CHANGE.search(ctx.before(c, 25) + " " + ctx.after(c, 15)):
            return None
        if DECLINE.search(near):
            return RULE_PCT, True
        if GROWTH.search(near):
            return RULE_PCT, False
    return None


def _verdict(
    ctx: AuditContext,
    start: Claim,
    end: Claim,
    sq: Quantity,
    eq: Quantity,
    c: Claim,
    rule: str,
    decline: bool,
) -> Finding | None:
    if rule == RULE_MULTIPLE:
        computed = compute(growth_multiple, [(sq, start.span_text), (eq, end.span_text)])
        stated = c.quantity
    else:
        computed = compute(pct_change, [(sq, start.span_text), (eq, end.span_text)])
        stated = negated(c.quantity) if decline else c.quantity
    if computed is None:
        return None
    status, severity = judge(stated, c.span_text, computed)
    shown = computed.shown
    if rule == RULE_MULTIPLE:
        how = f"{fmt(eq)} / {fmt(sq)} = {fmt(shown)}"
    else:
        how = f"({fmt(eq)} - {fmt(sq)}) / {fmt(sq)} = {fmt(shown)}"
    explanation = f"from {start.span_text!r} to {end.span_text!r}: {how}; stated {c.span_text!r}"
    suggestion = None
    if status is Status.FAIL:
        explanation += " does not match"
        if stated.is_point and computed.point.value > 0:
            factor = stated.value if rule == RULE_MULTIPLE else 1 + stated.value
            implied_end = Quantity.exact(sq.value * factor, eq.unit, eq.scale)
            suggestion = (
                f"either the end value is about {fmt(implied_end)} ({fmt(sq)} x {factor:.4g}) "
                f"or the change is {fmt(computed.point)}"
            )
        else:
            suggestion = f"state the change as {fmt(computed.point)}"
    else:
        explanation += " agrees within rounding"
    return Finding(rule, status, severity, (quote(start), quote(end), quote(c)), explanation, suggestion)


def check(ctx: AuditContext) -> Iterator[Finding]:
    used: set[int] = set()  # stated-change claims already checked
    for s in ctx.sentences:
        for pair in ctx.pairs(s):
            if pair.start_q.unit.kind is UnitKind.RATIO:
                continue  # a change of a ratio is a pp question: pp.py
            hit = _change_for(ctx, pair)
            if hit is None or hit[0].start in used:
                continue
            used.add(hit[0].start)
            f = _verdict(ctx, pair.start, pair.end, pair.start_q, pair.end_q, *hit)
            if f:
                yield f
        for c in s.claims:
            if c.start in used or not INFER_LEAD.search(ctx.before(c, 60)):
                continue
            stated = _stated_change(ctx, c)
            if stated is None or stated[0] != RULE_MULTIPLE:
                continue  # "represents growth of 24%" compares with last year, not between the figures
            ends = [x for x in s.claims if x.end <= c.start and _level(x)]
            if len(ends) < 2:
                continue
            last = ends[-1]
            first = next((x for x in ends if c.start - x.start <= IMPLIED_SPAN), last)
            both = aligned(first.quantity, last.quantity)
            if both is None or first is last or c.start - last.end > IMPLIED_GAP:
                continue
            if first.metric and last.metric and first.metric != last.metric:
                continue
            if RANGE_LEAD.search(ctx.before(first, 40)):
                continue  # "estimates range from X to Y, which implies growth of 6-10%": an interval
            if (both[1].value < both[0].value) != stated[1]:
                continue  # "growth" from a larger to a smaller amount: not a start and an end
            used.add(c.start)
            f = _verdict(ctx, first, last, both[0], both[1], c, *stated)
            if f:
                yield f


def _change_for(ctx: AuditContext, pair: Pair) -> tuple[Claim, str, bool] | None:
    """The stated change that goes with "from X to Y": just before "from", after Y, or the next sentence."""
    s = ctx.sentence_of(pair.start)
    for c in s.claims:
        if c.end <= pair.start.start and _GAP_BEFORE_FROM.match(ctx.text[c.end : pair.start.start] + " "):
            stated = _stated_change(ctx, c)
            if stated:
                return c, *stated
    later = [c for c in s.claims if c.start >= pair.end.end]
    nxt = ctx.window(s, 0, 1)[1:]
    if nxt and INFER.search(nxt[0].text[:40]):
        later += list(nxt[0].claims)
    for c in later:
        if c in (pair.start, pair.end):
            continue
        if c.quantity.unit == pair.start_q.unit and c.quantity.unit.kind is not UnitKind.RATIO:
            break  # another amount: a new statement
        stated = _stated_change(ctx, c)
        if stated:
            return c, *stated
    return None
