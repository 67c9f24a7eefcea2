"""Rule: annualised figures and run-rates vs the period figure they scale.

"AI revenue of about RMB 9 billion in the quarter (annualized at RMB 36 billion)" -> 9 x 4 = 36;
a monthly figure scales by 12, a half-year's by 2; a growth rate annualises by compounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from thesisledger.audit.context import AuditContext, aligned, fmt, quote
from thesisledger.audit.finding import Finding, Severity, Status
from thesisledger.audit.tolerance import compute, judge
from thesisledger.quantities import UnitKind, annualise

RULE = "annualisation"
ANNUAL = re.compile(r"annuali[sz]|run[- ]rate|yearly pace", re.I)
ANNUAL_LEAD = re.compile(
    r"(?:annuali[sz]\w*|run[- ]rate|yearly pace)[\s,:(]*(?:(?:basis|rate|revenue|sales|figure|level|pace|"
    r"of|at|to|is|was|about|approximately|roughly|around|nearly|over|some|~)[\s,:(]*)*$",
    re.I,
)
"""The annualised figure directly follows its cue ("annualized at", "a run-rate of about"); a figure
after "on an annualized basis and at" belongs to another basis."""
YEARLY = re.compile(r"\bannual\b|\bfull[- ]year\b|\byearly\b|\bper year\b", re.I)
BASE_GAP = 80
"""The annualised figure stands at most this many characters after the figure it scales."""
FUTURE = re.compile(
    r"\b(?:expect\w*|reach\w*|target\w*|aim\w*|goal|will|plan\w*|should|hope\w*|by|above|below|than|"
    r"compared|versus|vs)\b",
    re.I,
)
"""'expect to reach an annual run rate of X': a goal, not this period's figure annualised."""
FLOWS = (UnitKind.CURRENCY, UnitKind.COUNT, UnitKind.RATIO)
"""What annualises: amounts, counts and growth rates; never multiples such as coverage ratios."""
PERIODS = (
    (
        re.compile(
            r"\bmonth(?:ly)?\b|\bper month\b|\bin (?:January|February|March|April|May|June|July|August|"
            r"September|October|November|December)\b",
            re.I,
        ),
        12.0,
        "month",
    ),
    (re.compile(r"\bweek(?:ly)?\b", re.I), 52.0, "week"),
    (re.compile(r"\bhalf[- ]year\b|\b[12]H\d*\b|\bH[12]\b|\bsix months\b", re.I), 2.0, "half-year"),
    (
        re.compile(
            r"\bquarter(?:ly)?\b|\bQ[1-4]\b|\b[1-4]Q\d*\b|\bFY\d+\s?Q[1-4]\b",
            re.I,
        ),
        4.0,
        "quarter",
    ),
)


def check(ctx: AuditContext) -> Iterator[Finding]:
    for s in ctx.sentences:
        for i, y in enumerate(s.claims):
            if not ANNUAL_LEAD.search(ctx.before(y, 40)) or y.quantity.qualitative:
                continue
            if y.quantity.unit.kind not in FLOWS:
                continue
            base = None
            for x in reversed(s.claims[:i]):
                if ANNUAL.search(ctx.before(x, 35)) or YEARLY.search(ctx.before(x, 35)):
                    continue  # already a yearly figure
                if aligned(x.quantity, y.quantity) is not None:
                    base = x
                    break
            if base is None or y.start - base.end > BASE_GAP or FUTURE.search(ctx.between(base, y)):
                continue
            both = aligned(base.quantity, y.quantity)
            assert both is not None
            xq, yq = both
            context = ctx.text[s.start : base.end]
            found = next(((c, name) for pattern, c, name in PERIODS if pattern.search(context)), None)
            if found is None:
                continue  # the text names no period: x4 or x12 would be a guess
            n, period = found
            certain = True
            compound = xq.unit.kind is UnitKind.RATIO
            computed = compute(lambda q, n=n, c=compound: annualise(q, n, compound=c), [(xq, base.span_text)])
            if computed is None:
                continue
            status, severity = judge(yq, y.span_text, computed)
            if not certain and severity is Severity.HIGH:
                severity = Severity.MEDIUM  # the period length was assumed, not read
            op = f"(1 + {fmt(xq)})^{n:g} - 1" if compound else f"{fmt(xq)} x {n:g}"
            how = (
                f"a {period}'s {base.span_text!r} annualised: {op} = {fmt(computed.shown)}"
                f"{'' if certain else ' (a quarter assumed: the text names no period)'}"
                f"; stated {y.span_text!r}"
            )
            suggestion = None if status is Status.PASS else f"the annualised figure is {fmt(computed.point)}"
            yield Finding(RULE, status, severity, (quote(base), quote(y)), how, suggestion)
