"""Rule: a stated CAGR vs its endpoints and years (and the years a stated CAGR implies).

"grow from USD 22bn to USD 100bn over five years, a CAGR of about 35%"; the start may stand in a
nearby sentence ("Current revenue is about USD 22bn").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from thesisledger.audit.context import AuditContext, Sentence, aligned, fmt, is_money, quote, subject_terms
from thesisledger.audit.finding import Finding, Severity, Status
from thesisledger.audit.tolerance import compute, judge, point
from thesisledger.errors import QuantityArithmeticError
from thesisledger.extract.claim import Claim
from thesisledger.quantities import Bound, Quantity, UnitKind, cagr, find_quantities, years_for_cagr

RULE = "cagr"
KEY = re.compile(r"\bCAGR\b|compound(?:ed)?\s+(?:annual\s+)?growth|annual(?:ly)?\s+compound", re.I)
YEAR_SPAN = re.compile(r"\b(20\d\d)\s*(?:-|–|to)\s*(20\d\d)\b")
YEAR_PAIR = re.compile(r"\b(?:in|from|since)\s+((?:19|20)\d\d)\b.{0,60}?\b(?:in|to|by)\s+((?:19|20)\d\d)\b")
"""'from $752m in 2018 to $980m in 2021': the years stand next to the endpoints."""
CURRENT = re.compile(r"\b(?:current(?:ly)?|today|now|at present|this year|base year)\b", re.I)
NEIGHBOURS = 3
"""How many sentences either side may hold the start value when the CAGR sentence gives only the end."""


def _years(ctx: AuditContext, s: Sentence, near: int) -> tuple[Quantity | float, str] | None:
    durations = [
        c for c in s.claims if c.quantity.unit.kind is UnitKind.DURATION and c.quantity.unit.code != "days"
    ]
    found = [(c.start, c.quantity, c.span_text) for c in durations]
    if not found:  # the extractor keeps durations out of its claims: read them from the sentence
        found = [
            (s.start + m.start, m.quantity, m.text)
            for m in find_quantities(s.text)
            if m.quantity.unit.kind is UnitKind.DURATION and m.quantity.unit.code == "years"
        ]
    if found:
        _, q, text = min(found, key=lambda d: abs(d[0] - near))
        # "over five years" means during five years, not more than five
        return (q if q.bound is Bound.RANGE else Quantity.exact(q.value, q.unit)), text
    m = YEAR_SPAN.search(s.text) or YEAR_PAIR.search(s.text)
    if m and int(m.group(2)) > int(m.group(1)):
        return float(int(m.group(2)) - int(m.group(1))), f"{m.group(1)}-{m.group(2)}"
    return None


def _endpoints(
    ctx: AuditContext, s: Sentence, stated: Claim
) -> tuple[Claim, Claim, Quantity, Quantity, bool] | None:
    """(start, end, start_q, end_q, certain): certain when a pattern, not proximity, tied them."""
    pairs = [p for p in ctx.pairs(s) if p.start_q.unit.kind is not UnitKind.RATIO]
    if pairs:
        p = pairs[0]
        return p.start, p.end, p.start_q, p.end_q, True
    money = [c for c in s.claims if c is not stated and is_money(c.quantity)]
    if not money:
        return None
    end = max(money, key=lambda c: c.quantity.value)
    best: tuple[tuple[int, int], Claim, Quantity, Quantity] | None = None
    for sent in ctx.window(s, NEIGHBOURS, NEIGHBOURS):
        for c in sent.claims:
            if c is end or not is_money(c.quantity):
                continue
            both = aligned(c.quantity, end.quantity)
            if both is None or both[0].value >= both[1].value:
                continue
            if sent is not s and not subject_terms(sent.text) & subject_terms(s.text):
                continue  # a figure about something else
            cue = bool(CURRENT.search(ctx.before(c, 80)))
            if not cue:
                continue  # without "current"/"today" a nearby figure is too weak a start
            key = (0 if cue else 1, abs(sent.index - s.index))
            if best is None or key < best[0]:
                best = (key, c, both[0], both[1])
    if best is None:
        return None
    return best[1], end, best[2], best[3], best[0][0] == 0


def check(ctx: AuditContext) -> Iterator[Finding]:
    for s in ctx.sentences:
        m = KEY.search(s.text)
        if not m:
            continue
        at = s.start + m.start()
        rates = [
            c for c in s.claims if c.quantity.unit.kind is UnitKind.RATIO and c.quantity.qualitative is None
        ]
        if not rates:
            continue
        stated = min(rates, key=lambda c: abs(c.start - at))
        years = _years(ctx, s, stated.start)
        ends = _endpoints(ctx, s, stated)
        if years is None or ends is None:
            continue
        start, end, sq, eq, certain = ends
        yrs, yrs_text = years
        computed = compute(lambda a, b, y=yrs: cagr(a, b, y), [(sq, start.span_text), (eq, end.span_text)])
        if computed is None:
            continue
        status, severity = judge(stated.quantity, stated.span_text, computed)
        if not certain and severity is Severity.HIGH:
            severity = Severity.MEDIUM  # the start was found by proximity, not by a pattern
        y_val = yrs if isinstance(yrs, float) else yrs.value
        how = (
            f"CAGR from {start.span_text!r} to {end.span_text!r} over {yrs_text!r}: "
            f"({fmt(point(eq))} / {fmt(point(sq))})^(1/{y_val:g}) - 1 = {fmt(computed.shown)}; "
            f"stated {stated.span_text!r}"
        )
        try:
            needed = years_for_cagr(point(sq), point(eq), point(stated.quantity))
            how += f"; at {fmt(point(stated.quantity))} a year the same growth takes {fmt(needed)}"
        except QuantityArithmeticError:
            pass
        suggestion = None
        if status is Status.FAIL:
            suggestion = f"the CAGR these figures imply is {fmt(computed.point)}"
        quotes = tuple(sorted({quote(start), quote(end), quote(stated)}, key=lambda q: q.start))
        yield Finding(RULE, status, severity, quotes, how, suggestion)
