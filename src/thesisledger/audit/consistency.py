"""Rule: the same quantity stated twice with values a power of ten apart (a scale slip: 30 vs 300).

Two claims are "the same quantity" when both carry the same metric, entity and period, or, for
claims without a metric, when their sentences name the same acronym-like subject (ARR, MaaS, GMV)
and the figures share their digits exactly. The value stated more often is taken as the right one.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator

from thesisledger.audit.context import _ACRONYM, AuditContext, fmt, is_money, quote, subject_terms
from thesisledger.audit.finding import Finding, Severity, Status
from thesisledger.extract.claim import Claim
from thesisledger.quantities import Bound, UnitKind
from thesisledger.quantities.units import currency_table

RULE = "consistency.scale_slip"
SCALE_REL_TOL = 0.005
"""Two values are a scale slip apart when their ratio is within 0.5% of 10, 100 or 1000."""
_PERIOD_LABEL = re.compile(r"(?:fy|cy|[1-4]?q|h)\d*(?:q\d)?|\d*[hq]\d*", re.I)
DISTINCTIVE_SHARE = 0.05
DISTINCTIVE_MIN = 5
"""A subject word ties two mentions only if at most 5% of the document's sentences (and never fewer
than 5) use it: a company name or "GAAP" in every other sentence of a transcript ties nothing, while
a short note may name its subject in every sentence."""
MAX_DISTANCE = 60
"""Mentions more than this many sentences apart are not compared (a transcript moves on)."""
DELTA_BEFORE = re.compile(
    r"\b(?:increased|decreased|grew|rose|fell|declined|improved|up|down|by|of an?|change of)\s*$", re.I
)
DELTA_AFTER = re.compile(
    r"^\s*(?:increase|decrease|improvement|decline|reduction|higher|lower|more|less)\b", re.I
)
SLIP_HIGH_REPEATS = 3
"""A slip is HIGH only when the usual value is stated at least 3 times."""
LOCAL_CHARS = 50
"""A slip is HIGH only when the subject is named within this many characters of both figures."""
_POINTISH = (Bound.EQ, Bound.APPROX, Bound.GT, Bound.GTE)


def _terms(ctx: AuditContext, c: Claim) -> frozenset[str]:
    """Acronym-like subjects of `c`'s sentence (ARR, MaaS), not currencies or period labels."""
    aliases = currency_table().aliases
    return frozenset(
        t
        for m in _ACRONYM.finditer(ctx.sentence_of(c).text)
        if (t := m.group().lower()) not in aliases and not _PERIOD_LABEL.fullmatch(t)
    )


def _around(ctx: AuditContext, c: Claim) -> str:
    return ctx.before(c, LOCAL_CHARS) + " " + ctx.after(c, LOCAL_CHARS)


def _same_subject(ctx: AuditContext, a: Claim, b: Claim) -> tuple[bool, bool]:
    """(same, certain): certain when both claims carry a metric."""
    if a.metric and b.metric:
        # the extractor's metric, entity, period and kind agree, and the sentences name one subject;
        # certain only when the words right around both figures name it too
        named = subject_terms(ctx.sentence_of(a).text) & subject_terms(ctx.sentence_of(b).text)
        keys = (a.metric, a.entity, a.period, a.kind) == (b.metric, b.entity, b.period, b.kind)
        near = subject_terms(_around(ctx, a)) & subject_terms(_around(ctx, b))
        # a slip needs the subject near both figures or a named segment (entity) on both
        return keys and bool(named) and (bool(near) or a.entity is not None), bool(near)
    shared = _terms(ctx, a) & _terms(ctx, b)
    limit = max(DISTINCTIVE_MIN, DISTINCTIVE_SHARE * len(ctx.sentences))
    return any(ctx.acronym_counts.get(t, 0) <= limit for t in shared), False


def check(ctx: AuditContext) -> Iterator[Finding]:
    groups: dict[tuple[str, float], list[tuple[Claim, str]]] = defaultdict(list)
    for c in ctx.claims:
        q = c.quantity
        if q.bound not in _POINTISH or q.qualitative or q.scale is None:
            continue
        if not (is_money(q) or q.unit.kind is UnitKind.COUNT):
            continue
        if q.value <= 0 or DELTA_BEFORE.search(ctx.before(c, 25)) or DELTA_AFTER.match(ctx.after(c, 25)):
            continue  # a change ("up $10 million", "a $100 million increase") is not a level
        unit = str(ctx.resolved(c).unit) + (q.unit.noun or "")
        mantissa = round(math.log10(q.value) % 1.0, 3) % 1.0
        groups[(unit, mantissa)].append((c, unit))
    seen: set[int] = set()
    for members in groups.values():
        if len(members) < 2:
            continue
        for i, (a, _) in enumerate(members):
            for b, _ in members[i + 1 :]:
                sa, sb = ctx.sentence_of(a), ctx.sentence_of(b)
                if sa is sb or abs(sa.index - sb.index) > MAX_DISTANCE:
                    continue
                ratio = max(a.quantity.value, b.quantity.value) / min(a.quantity.value, b.quantity.value)
                k = round(math.log10(ratio))
                if k < 1 or k > 3 or abs(ratio / 10**k - 1) > SCALE_REL_TOL:
                    continue
                same, certain = _same_subject(ctx, a, b)
                if not same:
                    continue
                count = {
                    x: sum(
                        1 for m, _ in members if abs(m.quantity.value / x.quantity.value - 1) < SCALE_REL_TOL
                    )
                    for x in (a, b)
                }
                odd, usual = (a, b) if count[a] < count[b] else (b, a)
                if count[a] == count[b] or odd.start in seen:
                    continue  # no majority: cannot say which is the slip
                seen.add(odd.start)
                how = (
                    f"{odd.span_text!r} and {usual.span_text!r} describe the same figure but differ by "
                    f"x{10**k:,} ({fmt(odd.quantity)} vs {fmt(usual.quantity)}); {usual.span_text!r} "
                    f"appears {count[usual]} time(s) with this value, {odd.span_text!r} {count[odd]}"
                )
                # HIGH only when the subject is named next to both, the segment is known, and the usual
                # value recurs (a lone pair of round numbers in a transcript is too weak to call a slip)
                strong = certain and odd.entity is not None and count[usual] >= SLIP_HIGH_REPEATS
                sev = Severity.HIGH if strong else Severity.MEDIUM
                yield Finding(
                    RULE,
                    Status.FAIL,
                    sev,
                    tuple(sorted((quote(a), quote(b)), key=lambda q: q.start)),
                    how,
                    f"{odd.span_text!r} is probably {fmt(usual.quantity)} (a scale slip)",
                )
