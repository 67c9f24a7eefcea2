"""Audit a document's numbers against each other: arithmetic, units, currencies, consistency.

    findings = audit_document(doc, claims, show_passes=True)
    for f in findings:
        print(f.rule, f.status, f.severity, f.explanation)
    [f.to_json() for f in findings]          # the stable --format json contract

Each rule family is one module (growth, cagr, annualisation, shares, pp, consistency, currency,
status, ledger); tolerances are the documented constants in tolerance.py.
"""

from thesisledger.audit.auditor import RULES, audit_document
from thesisledger.audit.finding import Finding, Quote, Severity, Status
from thesisledger.audit.render import render_findings

__all__ = ["RULES", "Finding", "Quote", "Severity", "Status", "audit_document", "render_findings"]
