"""Rule: a target stated as already achieved elsewhere.

"ARR has exceeded 8 billion and is expected to reach 30 billion by year end" contradicts
"ARR climbed to 30 billion" stated without any future word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from thesisledger.audit.context import AuditContext, aligned, fmt, is_money, quote, subject_terms
from thesisledger.audit.finding import Finding, Severity, Status
from thesisledger.extract.claim import Claim, ClaimKind
from thesisledger.quantities import UnitKind

RULE = "status.target_achieved"
FUTURE = re.compile(
    r"\b(?:will|expect\w*|target\w*|goal|aim\w*|plan\w*|guid\w*|forecast\w*|by the end of|"
    r"by year[- ]end|could|should|may|might|would|if|potential\w*|outlook|estimate\w*)\b",
    re.I,
)
ACHIEVED = re.compile(
    r"(?:climbed|rose|risen|grew|grown|jumped|reached|hit|achieved|surged|increased|stands|stood|"
    r"now "
    r"at|exceeded|surpassed|topped|crossed)\s+(?:to\s+|at\s+|the\s+)?(?:about\s+|approximately\s+|over\s+)?$",
    re.I,
)
AIMED = re.compile(r"(?:reach|surpass|exceed|achieve|hit|top|cross|to)\s+(?:\w+\s+)?$", re.I)
COMPARED = re.compile(
    r"\b(?:compared|relative|versus|vs\.?|against|up|down|back)\s+(?:to\s+)?(?:\w+\s+)?$", re.I
)
"""'compared to the $28 million achieved': a reference point, not a goal."""
AHEAD = (ClaimKind.GUIDANCE, ClaimKind.TARGET, ClaimKind.ESTIMATE)
"""A goal is a figure the extractor reads as guidance, a target or an estimate."""
SAME_REL_TOL = 0.005
"""A target and an achieved figure are "the same" when within 0.5% of each other."""
_DIGIT = re.compile(r"[\d$€£¥]")
_CURRENCY_WORD = re.compile(r"\b[A-Z]{3}\s*$|\bRMB\s*$")


def _level(c: Claim) -> bool:
    """An amount a business reaches (ARR, revenue, users): money or a count with a scale word; not a
    percentage, which recurs too often as growth rates to tie two mentions together."""
    q = c.quantity
    return (
        q.scale is not None
        and q.qualitative is None
        and (is_money(q) or (q.unit.kind is UnitKind.COUNT and q.unit.noun is not None))
    )


def _lead(ctx: AuditContext, c: Claim) -> str:
    m = _DIGIT.search(c.span_text)
    head = c.span_text[: m.start()] if m else ""
    return _CURRENCY_WORD.sub("", ctx.before(c, 30) + head)


def check(ctx: AuditContext) -> Iterator[Finding]:
    targets: list[Claim] = []
    achieved: list[Claim] = []
    for s in ctx.sentences:
        future = bool(FUTURE.search(s.text))
        for c in s.claims:
            if not _level(c):
                continue
            lead = _lead(ctx, c)
            if future and AIMED.search(lead) and not COMPARED.search(lead) and c.kind in AHEAD:
                targets.append(c)
            elif not future and ACHIEVED.search(lead):
                achieved.append(c)
    progress = [c for s in ctx.sentences for c in s.claims if _level(c) and ACHIEVED.search(_lead(ctx, c))]
    for t in targets:
        terms = subject_terms(ctx.sentence_of(t).text)
        for a in achieved:
            if ctx.sentence_of(a) is ctx.sentence_of(t):
                continue
            both = aligned(t.quantity, a.quantity)
            if both is None or both[0].value <= 0 or abs(both[1].value / both[0].value - 1) > SAME_REL_TOL:
                continue
            if not terms & subject_terms(ctx.sentence_of(a).text):
                continue
            lower = [
                p
                for p in progress
                if p.start < t.end
                and (x := aligned(p.quantity, t.quantity)) is not None
                and x[0].value < x[1].value
                and terms & subject_terms(ctx.sentence_of(p).text)
            ]
            how = (
                f"{t.span_text!r} is stated as a goal still ahead, but {a.span_text!r} states it as already "
                f"reached ({fmt(a.quantity)})"
            )
            if lower:
                how += f"; the current level is given as {lower[-1].span_text!r}"
            quotes = tuple(quote(c) for c in sorted({t, a, *lower[-1:]}, key=lambda c: c.start))
            yield Finding(
                RULE,
                Status.FAIL,
                Severity.HIGH if lower else Severity.MEDIUM,
                quotes,
                how,
                f"say the figure is expected to reach {fmt(t.quantity)}, not that it has",
            )
            break
