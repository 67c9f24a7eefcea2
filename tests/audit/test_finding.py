from __future__ import annotations

import json

from textclaims import text_claims, text_doc

from thesisledger.audit import Finding, Quote, Severity, Status, audit_document, render_findings


def test_json_contract() -> None:
    f = Finding("cagr", Status.FAIL, Severity.HIGH, (Quote(3, 8, "40%"),), "x = y", None)
    assert f.to_json() == {
        "rule": "cagr",
        "status": "fail",
        "severity": "high",
        "quotes": [{"start": 3, "end": 8, "text": "40%"}],
        "explanation": "x = y",
        "suggestion": None,
    }


TEXT = (
    "Bookings rose from 6 billion to 120 billion, a 2x increase. Q2 "
    "revenue was USD 3 billion (annualized at USD 12 billion)."
)


def test_passes_only_on_request_and_failures_first() -> None:
    doc, claims = text_doc(TEXT), text_claims(TEXT)
    assert [f.status for f in audit_document(doc, claims)] == [Status.FAIL]
    both = audit_document(doc, claims, show_passes=True)
    assert [f.status for f in both] == [Status.FAIL, Status.PASS]


def test_renderers_highlight_the_quote() -> None:
    findings = audit_document(text_doc(TEXT), text_claims(TEXT), show_passes=True)
    text = render_findings(findings, TEXT, "text")
    assert ">>120 billion<<" in text and "120 billion / 6 billion = 20x" in text
    md = render_findings(findings, TEXT, "md")
    assert "**120 billion**" in md
    html = render_findings(findings, TEXT, "html")
    assert "<mark>120 billion</mark>" in html and html.startswith("<!doctype html>")
    assert json.loads(render_findings(findings, TEXT, "json"))[0]["rule"] == "growth.multiple"
