"""Rules: a stated share vs part / total, and parts that should add up to a stated total.

"Cloud revenue of $3bn, accounting for 25% of total revenue of $12bn"; "The loss of $21bn
consisted of two parts: 1. one-time items of $5-8bn 2. ongoing costs of $13-16bn" (ranges add as
ranges: 18-24 contains 21). When parts in one currency only add up to a total in another if read in
that other currency, that is a currency slip (rule currency.magnitude).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from thesisledger.audit.context import AuditContext, Sentence, aligned, fmt, is_money, quote
from thesisledger.audit.finding import Finding, Quote, Severity, Status
from thesisledger.audit.tolerance import COMPUTE_REL_TOL, INPUT_REL_CAP, compute, interval, judge, loosen
from thesisledger.extract.claim import Claim
from thesisledger.quantities import Bound, Quantity, UnitKind, share_of

RULE_SHARE = "share.part_of_total"
RULE_SUM = "share.parts_sum"
RULE_CURRENCY = "currency.magnitude"

SHARE_WORDS = re.compile(
    r"(?:account(?:s|ed|ing)?\s+for|represent(?:s|ed|ing)?|make(?:s)?\s+up|made\s+up|"
    r"constitut\w*|share\s+of|proportion\s+of|or)\s+(?:about\s+|approximately\s+|only\s+)?$",
    re.I,
)
OF_TOTAL = re.compile(
    r"^\s*of\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+)?(?:[\w\-']+\s+){0,4}?(?:of|at|was|is|totall?ing)?\s*$",
    re.I,
)
NOT_TOTAL = re.compile(
    r"\b(?:compar\w*|versus|vs|from|to|by|than|up|down|increas\w*|decreas\w*|grew|rose|fell|last|prior|"
    r"year|quarter|in|and|or|were|are)\b",
    re.I,
)
"""Between a share and its total: "of total revenue of", "of the group's"."""
PART_GAP = 80
"""The part stands at most this many characters before the share ("$3bn, or 25% of ...")."""
SUM_WORDS = re.compile(
    r"consist\w*\s+of|compris\w*|made up of|broken down|split (?:between|into)|"
    r"\bparts?\b|components?|\bfor a (?:combined )?total of\b|\bin total\b",
    re.I,
)
HEDGED = re.compile(
    r"\b(?:remainder|rest|others?|offset\w*|recover\w*|net of|exclud\w*|exclusive|includ\w*|among|"
    r"such as|primarily|mainly|largely|partly|partially|principally)\b",
    re.I,
)
"""Parts that need not be exhaustive (or carry signs the text does not show): a mismatch is LOW."""
SCALED = re.compile(r"\d[\d,.]*\s*(?:thousand|million|billion|trillion|bn|mn|mln|k)\b", re.I)
BASE_WORD = re.compile(r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|than|against)\s+(?:\w+\s+)?$", re.I)
"""'an increase from 9.8 billion, consisting of': a comparison base is not the total."""
TOTAL_FIRST_GAP = 30
"""'$2m and $1.4m respectively, for a total of $3.4m': the last part ends at most 30 characters
before "for a total of"."""
TOTAL_GAP = 100
"""The total stands at most this many characters before "consisting of" / "comprised of"."""
TOTAL_FIRST = re.compile(r"\bfor a (?:combined )?total of\b|\bin total\b", re.I)
"""Sum words after which the total itself follows ("for a total of $3.4m"), not its parts."""
DELTA = re.compile(r"^\s*(?:more|less|higher|lower|increase|decrease|above|below)\b", re.I)
"""'$1 billion more than in 2019' compares, it is not a part."""
ENUMERATED = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*])\s")


def _amount(c: Claim) -> bool:
    """A scaled money amount ("$3 billion"), not a price or per-share figure."""
    q = c.quantity
    return is_money(q) and q.scale is not None and not q.unit.per_share


def _amounts_in(text: str) -> int:
    """How many scaled amounts `text` states, counted on the raw words (a cross-check on the claims:
    an extractor that merged or dropped one would make the sum wrong)."""
    return sum(1 for m in SCALED.finditer(text) if not DELTA.match(text[m.end() : m.end() + 20]))


def _share_checks(ctx: AuditContext, s: Sentence) -> Iterator[Finding]:
    for i, r in enumerate(s.claims):
        q = r.quantity
        if q.unit.kind is not UnitKind.RATIO or q.qualitative or not SHARE_WORDS.search(ctx.before(r, 40)):
            continue
        parts = [c for c in s.claims[:i] if _amount(c) and r.start - c.end <= PART_GAP]
        totals = s.claims[i + 1 : i + 2]
        if not parts or not totals or not _amount(totals[0]):
            continue
        part, total = parts[-1], totals[0]
        gap = ctx.between(r, total)
        if not OF_TOTAL.match(gap) or NOT_TOTAL.search(gap) or DELTA.match(ctx.after(total, 20)):
            continue
        both = aligned(part.quantity, total.quantity)
        if both is None:
            continue
        computed = compute(share_of, [(both[0], part.span_text), (both[1], total.span_text)])
        if computed is None:
            continue
        if computed.point.value > 1 >= q.value:
            continue  # a "part" larger than its "total": the words tied the wrong figures
        status, severity = judge(q, r.span_text, computed)
        how = f"{part.span_text!r} / {total.span_text!r} = {fmt(computed.shown)}; stated {r.span_text!r}"
        suggestion = None if status is Status.PASS else f"the share is {fmt(computed.point)}"
        yield Finding(RULE_SHARE, status, severity, (quote(part), quote(r), quote(total)), how, suggestion)


def _items_after(ctx: AuditContext, s: Sentence) -> list[Claim]:
    """The first amount of each enumerated line that follows sentence `s` ("1. ... 2. ...")."""
    out: list[Claim] = []
    pos = s.end
    lines = ctx.text[pos:].split("\n")
    offset = pos
    first = True
    for line in lines:
        line_start = offset
        offset += len(line) + 1
        if first:
            first = False
            if not line.strip():
                continue
            if line.strip() and not ENUMERATED.match(line):
                continue  # the rest of the total's own line
        if not line.strip():
            if out:
                break
            continue
        if not ENUMERATED.match(line):
            break
        i = ctx.sentence_index(line_start + len(line) - len(line.lstrip())) or 0
        cands = [
            c
            for sent in ctx.sentences[i : i + 3]
            for c in sent.claims
            if line_start <= c.start < line_start + len(line) and is_money(c.quantity)
        ]
        if cands:
            out.append(cands[0])
    return out


def _add(parts: list[Quantity]) -> Quantity | None:
    lo = hi = 0.0
    for p in parts:
        a, b = p.interval()
        lo += a
        hi += b
    if not (abs(lo) < float("inf") and abs(hi) < float("inf")):
        return None
    unit, scale = parts[0].unit, parts[0].scale
    return Quantity(lo, hi, Bound.EQ if lo == hi else Bound.RANGE, unit, scale)


def _sum_checks(ctx: AuditContext, s: Sentence) -> Iterator[Finding]:
    m = SUM_WORDS.search(s.text)
    if not m:
        return
    at = s.start + m.start()
    after_word = [c for c in s.claims if c.start > at and _amount(c) and not DELTA.match(ctx.after(c, 20))]
    if TOTAL_FIRST.match(m.group()):
        # "$2m and $1.4m respectively, for a total of $3.4m": the total follows the word
        if not after_word or after_word[0].start - (s.start + m.end()) > 12:
            return
        total = after_word[0]
        parts = [c for c in s.claims if c.start < at and _amount(c)]
        inline = parts
        if not parts or at - parts[-1].end > TOTAL_FIRST_GAP:
            return  # "... for a total of" sums what stands right before it, not the whole sentence
        if len(parts) != _amounts_in(ctx.text[s.start : at]):
            return  # the claims miss an amount the text states: the sum would be wrong
    else:
        totals = [
            c
            for c in s.claims
            if c.start < at
            and _amount(c)
            and at - c.end <= TOTAL_GAP
            and not BASE_WORD.search(ctx.before(c, 30))
        ]
        if not totals:
            return
        total = totals[-1]
        inline = after_word
        parts = inline if len(inline) >= 2 else _items_after(ctx, s)
        if parts is inline and len(parts) != _amounts_in(ctx.text[at : s.end]):
            return  # the claims miss an amount the text states: the sum would be wrong
    if len(parts) < 2:
        return
    tq = ctx.resolved(total)
    pqs = [ctx.resolved(p) for p in parts]
    units = {p.unit for p in pqs}
    if len(units) != 1:
        return
    quotes = (quote(total), *(quote(p) for p in parts))
    summed = _add([loosen(p, c.span_text, INPUT_REL_CAP) for p, c in zip(pqs, parts, strict=True)])
    raw_sum = _add(pqs)
    if summed is None or raw_sum is None:
        return
    pu = pqs[0].unit
    if pu == tq.unit or aligned(pqs[0], tq) is not None:
        t = tq.with_unit(pu) if tq.unit != pu else tq
        hedged = bool(HEDGED.search(s.text)) or any(p.value > t.value for p in pqs)
        yield _sum_verdict(parts, total, raw_sum, summed, t, quotes, hedged)
        return
    if not (pu.is_currency and tq.unit.is_currency):
        return
    # parts and total in different currencies: convert, and see which reading fits
    conv = ctx.convert(raw_sum, tq.unit.code, total)
    if conv is None:
        return
    converted, rate = conv
    conv_ok = _meets(converted, tq, total.span_text)
    as_other_ok = _meets(summed.with_unit(tq.unit), tq, total.span_text)
    how = (
        f"parts {' + '.join(repr(p.span_text) for p in parts)} = {fmt(raw_sum)} = "
        f"{fmt(converted)} at {rate}; "
        f"the stated total is {total.span_text!r}"
    )
    if conv_ok:
        yield Finding(RULE_SUM, Status.PASS, Severity.LOW, quotes, how + ": they agree after conversion")
    elif as_other_ok:
        yield Finding(
            RULE_CURRENCY,
            Status.FAIL,
            Severity.HIGH,
            quotes,
            how + f"; read in {tq.unit.code} instead the parts add to {fmt(raw_sum.with_unit(tq.unit))}, "
            "which fits the total",
            f"the parts are in {tq.unit.code}, not {pu.code}",
        )
    else:
        yield Finding(
            RULE_SUM,
            Status.FAIL,
            Severity.MEDIUM,
            quotes,
            how + ": they do not add up",
            "check the parts and the total",
        )


def _meets(a: Quantity, b: Quantity, b_text: str) -> bool:
    lo1, hi1 = interval(a, COMPUTE_REL_TOL)
    lo2, hi2 = interval(loosen(b, b_text), COMPUTE_REL_TOL)
    return lo1 <= hi2 and lo2 <= hi1


def _sum_verdict(
    parts: list[Claim],
    total: Claim,
    raw: Quantity,
    loose: Quantity,
    tq: Quantity,
    quotes: tuple[Quote, ...],
    hedged: bool = False,
) -> Finding:
    ok = _meets(loose, tq, total.span_text)
    how = f"{' + '.join(repr(p.span_text) for p in parts)} = {fmt(raw)}; stated total {total.span_text!r}"
    if ok:
        return Finding(RULE_SUM, Status.PASS, Severity.LOW, quotes, how + ": they agree")
    if hedged:
        how += ": the parts do not add up to the total, but the text does not say they are all of it"
    else:
        how += ": the parts do not add up to the total"
    return Finding(
        RULE_SUM,
        Status.FAIL,
        Severity.LOW if hedged else Severity.HIGH,
        quotes,
        how,
        f"the parts add to {fmt(raw)}",
    )


def check(ctx: AuditContext) -> Iterator[Finding]:
    for s in ctx.sentences:
        yield from _share_checks(ctx, s)
        yield from _sum_checks(ctx, s)
