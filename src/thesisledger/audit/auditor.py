"""`audit_document`: run every rule over one document's claims and return the findings in order."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from thesisledger.audit import annualisation, cagr, consistency, currency, growth, ledger, pp, shares, status
from thesisledger.audit.context import AuditContext
from thesisledger.audit.finding import Finding, Status
from thesisledger.documents import Document
from thesisledger.extract.claim import Claim
from thesisledger.facts import Fact
from thesisledger.quantities import FxTable

Rule = Callable[[AuditContext], Iterator[Finding]]

RULES: tuple[tuple[str, Rule], ...] = (
    ("growth", growth.check),
    ("cagr", cagr.check),
    ("annualisation", annualisation.check),
    ("shares", shares.check),
    ("pp", pp.check),
    ("consistency", consistency.check),
    ("currency", currency.check),
    ("status", status.check),
    ("ledger", ledger.check),
)
"""Every rule family, in the order findings are produced."""


def audit_document(
    doc: Document,
    claims: Sequence[Claim],
    *,
    fx: FxTable | None = None,
    ledger_facts: Sequence[Fact] = (),
    show_passes: bool = False,
) -> list[Finding]:
    """Check `doc`'s numbers against each other (and against `ledger_facts`).

    Failures come first, most severe first, then by position; passes follow (with `show_passes`).
    """
    ctx = AuditContext(doc, claims, fx=fx, ledger_facts=ledger_facts)
    found: list[Finding] = []
    seen: set[tuple[str, tuple[int, ...]]] = set()
    flagged_currency: set[int] = set()
    for _, rule in RULES:
        for f in rule(ctx):
            key = (f.rule, tuple(q.start for q in f.quotes))
            if key in seen:
                continue
            if f.rule == currency.RULE_MAGNITUDE:
                subject = f.quotes[-1].start
                if subject in flagged_currency:
                    continue
                flagged_currency.update(q.start for q in f.quotes[1:])
            seen.add(key)
            found.append(f)
    fails = sorted((f for f in found if f.status is Status.FAIL), key=lambda f: (f.severity.rank, f.start))
    if not show_passes:
        return fails
    passes = sorted((f for f in found if f.status is Status.PASS), key=lambda f: f.start)
    return fails + passes
