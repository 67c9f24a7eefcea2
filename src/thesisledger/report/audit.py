"""The seam to the note auditor (`thesisledger.audit`, issue 5): findings as report rows, or None.

The auditor may be absent from a build; then `audit_available()` is False, every function here
returns None, and the report and the dashboard leave the audit section out with a sentence saying
why. The findings are read through their JSON contract (`Finding.to_json()`: rule, status,
severity, quotes, explanation, suggestion), so only that contract couples the two packages.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Mapping, Sequence
from types import ModuleType
from typing import Any

from thesisledger.documents import Document
from thesisledger.extract.claim import Claim
from thesisledger.facts import Fact
from thesisledger.report.model import FindingRow, Quote
from thesisledger.store import Ledger

AUDIT_MODULE = "thesisledger.audit"
CONTEXT_CHARS = 160  # text shown either side of a finding's quotes


def audit_module() -> ModuleType | None:
    """`thesisledger.audit` if this build has it (and it has `audit_document`), else None."""
    try:
        if importlib.util.find_spec(AUDIT_MODULE) is None:
            return None
    except (ImportError, ValueError):
        return None
    module = importlib.import_module(AUDIT_MODULE)
    return module if hasattr(module, "audit_document") else None


def audit_available() -> bool:
    return audit_module() is not None


def quote_context(
    text: str, quotes: Sequence[Quote], chars: int = CONTEXT_CHARS
) -> tuple[tuple[str, bool], ...]:
    """The text around `quotes` as pieces (text, is_quote): about `chars` either side of each quote,
    cut at spaces; quotes far apart get separate excerpts joined by "…"."""
    spans = sorted((q.start, q.end) for q in quotes if 0 <= q.start < q.end <= len(text))
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    windows: list[tuple[int, int, list[list[int]]]] = []  # (lo, hi, quotes inside)
    for a, b in merged:
        lo, hi = _cut_start(text, max(0, a - chars), a), _cut_end(text, b, min(len(text), b + chars))
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi, [*windows[-1][2], [a, b]])
        else:
            windows.append((lo, hi, [[a, b]]))
    pieces: list[tuple[str, bool]] = []
    for lo, hi, inside in windows:
        if lo > 0:
            pieces.append(("…" if not pieces else " … ", False))
        pos = lo
        for a, b in inside:
            if a > pos:
                pieces.append((text[pos:a], False))
            pieces.append((text[a:b], True))
            pos = b
        if hi > pos:
            pieces.append((text[pos:hi], False))
    if windows and windows[-1][1] < len(text):
        pieces.append(("…", False))
    return tuple(pieces)


def _cut_start(text: str, lo: int, limit: int) -> int:
    """`lo` moved forward past a partly shown word (not beyond `limit`)."""
    if lo > 0 and not text[lo - 1].isspace():
        cut = text.find(" ", lo, limit)
        return cut + 1 if cut != -1 else lo
    return lo


def _cut_end(text: str, limit: int, hi: int) -> int:
    """`hi` moved back before a partly shown word (not before `limit`)."""
    if hi < len(text) and not text[hi].isspace():
        cut = text.rfind(" ", limit, hi)
        return cut if cut != -1 else hi
    return hi


def finding_row(doc: Document, finding: Mapping[str, Any]) -> FindingRow:
    """One finding (its JSON contract) with its quotes placed in `doc`'s text."""
    quotes = tuple(Quote(int(q["start"]), int(q["end"]), str(q["text"])) for q in finding.get("quotes", ()))
    return FindingRow(
        document_id=doc.id,
        document_title=doc.title,
        rule=str(finding["rule"]),
        status=str(finding["status"]),
        severity=str(finding["severity"]),
        quotes=quotes,
        explanation=str(finding.get("explanation", "")),
        suggestion=finding.get("suggestion") or None,
        context=quote_context(doc.text, quotes),
    )


def audit_rows(doc: Document, claims: Sequence[Claim], facts: Sequence[Fact] = ()) -> list[FindingRow] | None:
    """The auditor's findings on `doc` (failures, most severe first), or None without an auditor."""
    module = audit_module()
    if module is None:
        return None
    findings = module.audit_document(doc, list(claims), ledger_facts=list(facts))
    return [finding_row(doc, f.to_json()) for f in findings]


def audit_ledger(ledger: Ledger, company: str | None) -> list[FindingRow] | None:
    """Findings on every stored document of `company` (None: all), checked against its stored facts."""
    if audit_module() is None:
        return None
    facts = ledger.facts(company) if company else []
    rows: list[FindingRow] = []
    for doc in ledger.documents():
        if company is not None and doc.company != company:
            continue
        found = audit_rows(doc, ledger.claims(document_id=doc.id), facts)
        rows.extend(found or ())
    return rows
