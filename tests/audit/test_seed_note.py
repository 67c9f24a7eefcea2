"""The seed note: the errors named in issue 5, read from ../shared at test time."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from thesisledger.audit import Finding, Severity, Status, audit_document
from thesisledger.companies import find_profile
from thesisledger.documents.load import load_document
from thesisledger.extract import extract_claims


@pytest.fixture(scope="module")
def seed_findings(seed_note_path: Path) -> tuple[str, list[Finding]]:
    profile = find_profile("BABA")
    doc = replace(load_document(seed_note_path, date=date(2026, 5, 15)), company=profile.ticker)
    return doc.text, audit_document(doc, extract_claims(doc, profile), show_passes=True)


def _fails(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule and f.status is Status.FAIL]


def test_quotes_point_into_the_text(seed_findings: tuple[str, list[Finding]]) -> None:
    text, findings = seed_findings
    assert findings
    for f in findings:
        for q in f.quotes:
            assert text[q.start : q.end] == q.text


def test_3_75x_from_8_to_300(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    [f] = _fails(findings, "growth.multiple")
    assert f.severity is Severity.HIGH
    assert [q.text for q in f.quotes] == ["8 billion", "300 billion", "3.75x"]
    assert "= 37.5x" in f.explanation
    assert (
        f.suggestion
        == "either the end value is about CNY 30 billion (CNY 8 billion x 3.75) or the change is 37.5x"
    )
    # the management sentence (8 -> 30, 3.75x) checks out
    assert any(f.rule == "growth.multiple" and f.status is Status.PASS for f in findings)


def test_cagr_over_40_percent(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    [f] = _fails(findings, "cagr")
    assert f.severity is Severity.HIGH
    assert {"over 40%", "exceed USD 100 billion", "approximately USD 22 billion"} == {
        q.text for q in f.quotes
    }
    assert "35.4%" in f.explanation
    passed = [f for f in findings if f.rule == "cagr" and f.status is Status.PASS]
    assert [q.text for q in passed[0].quotes][-1] == "35-40%"


def test_losses_in_usd_only_fit_as_rmb(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    fails = _fails(findings, "currency.magnitude")
    subjects = {q.text for f in fails for q in f.quotes[1:]}
    assert "estimated at 5 to 8 billion USD" in subjects
    assert "estimated at 13 to 16 billion USD" in subjects
    [parts] = [f for f in fails if f.quotes[0].text == "21.2 billion yuan"]
    # 5-8 + 13-16 = 18-24 (USD bn) = 129-172 (CNY bn) at 7.18: nowhere near 21.2; as CNY 18-24 it fits
    assert parts.severity is Severity.HIGH
    assert "= USD 18-24 billion = CNY 129-172 billion at 1 USD = 7.18 CNY" in parts.explanation
    assert "read in CNY instead the parts add to CNY 18-24 billion, which fits the total" in parts.explanation
    assert parts.suggestion == "the parts are in CNY, not USD"
    assert "above 10 billion but below 20 billion USD" in subjects
    assert any(f.severity is Severity.HIGH for f in fails)


def test_maas_arr_in_dollars_at_ten_to_one(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    [f] = _fails(findings, "currency.implied_rate")
    assert {"$800 million", "$3 billion"} <= {q.text for q in f.quotes}
    assert "implied 1 USD = 10 CNY" in f.explanation  # RMB 8bn / $800m; the table has 7.18 for 2025
    assert "the table has 1 USD = 7.18 CNY" in f.explanation and "(+39%)" in f.explanation
    assert f.suggestion == "at the table rate 'exceeded RMB 8 billion' is about USD 1.11 billion"


def test_arr_target_stated_as_reached(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    [f] = _fails(findings, "status.target_achieved")
    assert [q.text for q in f.quotes] == ["exceeded RMB 8 billion", "surpass RMB 30 billion", "30 billion"]
    assert f.severity is Severity.HIGH
    assert "'surpass RMB 30 billion' is stated as a goal still ahead" in f.explanation
    assert "but '30 billion' states it as already reached" in f.explanation


def test_scale_slip_300_vs_30(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    [f] = _fails(findings, "consistency.scale_slip")
    assert {q.text for q in f.quotes} == {"30 billion", "300 billion"}
    assert "differ by x10" in f.explanation
    assert f.suggestion == "'300 billion' is probably CNY 30 billion (a scale slip)"


def test_conversions_that_hold(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    # "approximately USD 22 billion (FY26 approximately RMB 158 billion)": 158 / 22 = 7.18
    conv = [f for f in findings if f.rule == "currency.conversion" and f.status is Status.PASS]
    assert any("implied 1 USD = 7.18" in f.explanation for f in conv)
    # "approximately RMB 9 billion (annualized at RMB 36 billion)": 9 x 4 = 36
    ann = [f for f in findings if f.rule == "annualisation"]
    assert [f.status for f in ann] == [Status.PASS] and "x 4 = approximately CNY 36 billion" in ann[
        0
    ].explanation


def test_consistent_figures_pass(seed_findings: tuple[str, list[Finding]]) -> None:
    _, findings = seed_findings
    passed = {f.rule for f in findings if f.status is Status.PASS}
    assert {"annualisation", "pp.decomposition", "currency.conversion"} <= passed
