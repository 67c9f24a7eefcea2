"""Each rule on its own: a consistent case passes, an inconsistent one fails with the arithmetic."""

from __future__ import annotations

from datetime import date

import pytest
from textclaims import text_claims, text_doc

from thesisledger.audit import Finding, Severity, Status, audit_document
from thesisledger.audit.context import fmt
from thesisledger.companies import find_profile
from thesisledger.facts import Fact
from thesisledger.quantities import Quantity, Unit


def audit(text: str, on: date | None = date(2024, 6, 30)) -> list[Finding]:
    return audit_document(text_doc(text, on), text_claims(text, on), show_passes=True)


def only(findings: list[Finding], rule: str) -> Finding:
    hits = [f for f in findings if f.rule == rule]
    assert len(hits) == 1, [f.to_json() for f in findings]
    return hits[0]


# -- growth ---------------------------------------------------------------------------------------
def test_growth_multiple_consistent() -> None:
    f = only(
        audit("Subscriptions grew from USD 4 billion to USD 10 billion, a 2.5x increase."), "growth.multiple"
    )
    assert f.status is Status.PASS
    assert "USD 10 billion / USD 4 billion = 2.5x" in f.explanation


def test_growth_multiple_within_rounding_of_inputs() -> None:
    # 30 / 8.1 = 3.70x: a stated 3.75x is within the rounding of "8.1"? no: of the inputs as written
    f = only(audit("Bookings rose from 8 billion to 30 billion, a 3.7x increase."), "growth.multiple")
    assert f.status is Status.PASS


def test_growth_multiple_scale_slip_fails_with_suggestion() -> None:
    text = "Bookings rose from 6 billion to 120 billion in two quarters, representing a 2x increase."
    f = only(audit(text), "growth.multiple")
    assert (f.status, f.severity) == (Status.FAIL, Severity.HIGH)
    assert "120 billion / 6 billion = 20x" in f.explanation
    assert f.suggestion == "either the end value is about 12 billion (6 billion x 2) or the change is 20x"
    assert [q.text for q in f.quotes] == ["6 billion", "120 billion", "2x"]
    assert all(text[q.start : q.end] == q.text for q in f.quotes)


def test_pct_change_before_from() -> None:
    f = only(audit("Net sales grew 25% from EUR 8 billion to EUR 10 billion."), "growth.pct_change")
    assert f.status is Status.PASS
    g = only(audit("Net sales grew 40% from EUR 8 billion to EUR 10 billion."), "growth.pct_change")
    assert (g.status, g.severity) == (Status.FAIL, Severity.HIGH)
    assert "= 25%" in g.explanation


def test_pct_decline() -> None:
    f = only(audit("Losses fell from USD 5 billion to USD 4 billion, down 20%."), "growth.pct_change")
    assert f.status is Status.PASS
    g = only(audit("Losses fell from USD 5 billion to USD 4 billion, down 30%."), "growth.pct_change")
    assert g.status is Status.FAIL


def test_implying_multiple_without_from() -> None:
    text = (
        "Run-rate revenue is above USD 2 billion today and should exceed USD 5 "
        "billion next year, implying 2.5x growth."
    )
    assert only(audit(text), "growth.multiple").status is Status.PASS
    bad = text.replace("2.5x", "4x")
    assert only(audit(bad), "growth.multiple").status is Status.FAIL


def test_unrelated_multiple_is_not_a_growth_claim() -> None:
    text = "The shares rose 50% this year, with the multiple moving from 10x to 20x earnings."
    assert [f for f in audit(text) if f.rule.startswith("growth")] == []


# -- CAGR -----------------------------------------------------------------------------------------
def test_cagr_consistent_and_range() -> None:
    text = "Revenue should grow from USD 10 billion to USD 20 billion over five years, a CAGR of about 15%."
    f = only(audit(text), "cagr")
    assert f.status is Status.PASS
    assert "= 14.9%" in f.explanation


def test_cagr_bound_that_does_not_follow_fails() -> None:
    text = "We see sales rising from USD 10 billion to USD 20 billion in 5 years, a CAGR of over 20%."
    f = only(audit(text), "cagr")
    assert (f.status, f.severity) == (Status.FAIL, Severity.HIGH)
    assert f.suggestion == "the CAGR these figures imply is 14.9%"
    assert "takes 3.8 years" in f.explanation  # the years a 20% CAGR implies


def test_cagr_start_from_nearby_current_figure() -> None:
    text = (
        "Current revenue is about USD 30 billion. "
        "The plan is to exceed USD 60 billion by 2030, which needs a compound annual "
        "growth rate of 10% over 6 years."
    )
    f = only(audit(text), "cagr")
    assert f.status is Status.FAIL  # 2^(1/6) - 1 = 12.2%
    assert "12.2%" in f.explanation


# -- annualisation ------------------------------------------------------------------------------
def test_annualised_quarter() -> None:
    assert (
        only(audit("Q2 revenue was USD 3 billion (annualized at USD 12 billion)."), "annualisation").status
        is Status.PASS
    )
    f = only(audit("Q2 revenue was USD 3 billion (annualized at USD 15 billion)."), "annualisation")
    assert (f.status, f.severity) == (Status.FAIL, Severity.HIGH)
    assert "x 4 = USD 12 billion" in f.explanation


def test_monthly_run_rate() -> None:
    f = only(
        audit("In March sales were USD 2 billion, an annual run-rate of USD 24 billion."), "annualisation"
    )
    assert f.status is Status.PASS
    assert "x 12" in f.explanation


# -- shares -------------------------------------------------------------------------------------
def test_share_of_total() -> None:
    ok = "Cloud revenue was USD 3 billion, accounting for 25% of group revenue of USD 12 billion."
    assert only(audit(ok), "share.part_of_total").status is Status.PASS
    bad = ok.replace("25%", "35%")
    f = only(audit(bad), "share.part_of_total")
    assert f.status is Status.FAIL and "= 25%" in f.explanation


def test_parts_sum_ranges_add_as_ranges() -> None:
    ok = (
        "The segment loss was USD 20 billion, consisting of two parts:\n"
        "1. Subsidies of USD 6 to 8 billion\n"
        "2. Training costs of USD 12 to 14 billion\n"
    )
    assert only(audit(ok), "share.parts_sum").status is Status.PASS
    bad = ok.replace("USD 12 to 14", "USD 16 to 18")
    f = only(audit(bad), "share.parts_sum")
    assert f.status is Status.FAIL and "USD 22-26 billion" in f.explanation


def test_parts_in_wrong_currency() -> None:
    text = (
        "The segment loss was 20 billion yuan, consisting of two parts:\n"
        "1. Subsidies of 6 to 8 billion USD\n"
        "2. Training costs of 12 to 14 billion USD\n"
    )
    f = only(audit(text), "currency.magnitude")
    assert (f.status, f.severity) == (Status.FAIL, Severity.HIGH)
    assert f.suggestion == "the parts are in CNY, not USD"


# -- pp -----------------------------------------------------------------------------------------
def test_pp_decomposition() -> None:
    ok = (
        "Reported take rate: +2%.\nOrganic take rate: +6%.\nImpact of the "
        "rebate scheme: -4 percentage points.\n"
    )
    assert only(audit(ok), "pp.decomposition").status is Status.PASS
    f = only(audit(ok.replace("-4", "-6")), "pp.decomposition")
    assert f.status is Status.FAIL and "= -4 pp" in f.explanation


def test_pp_change_of_a_margin() -> None:
    assert (
        only(audit("Margin rose from 20% to 23%, up 3 percentage points."), "pp.change").status is Status.PASS
    )
    assert (
        only(audit("Margin rose from 20% to 23%, up 5 percentage points."), "pp.change").status is Status.FAIL
    )


# -- consistency --------------------------------------------------------------------------------
def test_scale_slip_between_mentions() -> None:
    text = (
        "GMV reached 40 billion in the quarter. Analysts expect GMV to hold near 40 billion. "
        "We note GMV of 400 billion is a record."
    )
    f = only(audit(text), "consistency.scale_slip")
    assert f.status is Status.FAIL
    assert f.suggestion == "'400 billion' is probably 40 billion (a scale slip)"


def test_different_subjects_are_not_a_slip() -> None:
    text = "GMV reached 40 billion in the quarter. Capex was 4 billion."
    assert [f for f in audit(text) if f.rule == "consistency.scale_slip"] == []


# -- currency -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("usd", "status"), [("$1.1 billion", Status.PASS), ("$0.8 billion", Status.FAIL)])
def test_explicit_conversion(usd: str, status: Status) -> None:
    f = only(audit(f"Cloud revenue was RMB 8 billion ({usd}) in the quarter."), "currency.conversion")
    assert f.status is status
    assert "the table has 1 USD = 7.196 CNY on 2024-03-31" in f.explanation  # the quarter's end


def test_same_path_in_two_currencies() -> None:
    text = (
        "MaaS ARR went from RMB 7 billion to RMB 21 billion this year. "
        "In dollars, MaaS ARR went from $700 million to $2.1 billion."
    )
    f = only(audit(text), "currency.implied_rate")
    assert (f.status, f.severity) == (Status.FAIL, Severity.HIGH)
    assert "implied 1 USD = 10 CNY" in f.explanation


def test_same_path_in_two_currencies_at_the_table_rate() -> None:
    text = (
        "MaaS ARR went from RMB 7.2 billion to RMB 21.6 billion this year. "
        "In dollars, MaaS ARR went from $1 billion to $3 billion."
    )
    f = only(audit(text), "currency.implied_rate")
    assert f.status is Status.PASS and "implied 1 USD = 7.2 CNY" in f.explanation


def test_magnitude_that_fits_is_not_flagged() -> None:
    text = (
        "The division's loss was 15 billion yuan in Q4. "
        "Management expects the division's loss next quarter to be between 1.5 and 2 billion USD."
    )
    assert [f for f in audit(text) if f.rule == "currency.magnitude"] == []


def test_magnitude_only_fits_other_currency() -> None:
    text = (
        "The division's loss was 15 billion yuan in Q4. "
        "Management expects the division's loss next quarter to be between 10 and 14 billion USD."
    )
    f = only(audit(text), "currency.magnitude")
    assert f.status is Status.FAIL and "probably in CNY" in (f.suggestion or "")


# -- status -------------------------------------------------------------------------------------
def test_target_stated_as_achieved() -> None:
    text = (
        "The ARR of the platform has exceeded 5 billion and is expected to reach 12 billion by year end. "
        "Platform: ARR climbed to 12 billion."
    )
    f = only(audit(text), "status.target_achieved")
    assert (f.status, f.severity) == (Status.FAIL, Severity.HIGH)


def test_target_restated_as_target_is_fine() -> None:
    text = (
        "The ARR of the platform has exceeded 5 billion and is expected to reach 12 billion by year end. "
        "If ARR reaches 12 billion, margins will improve."
    )
    assert [f for f in audit(text) if f.rule == "status.target_achieved"] == []


# -- ledger -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("stated", "recorded", "status", "severity"),
    [
        ("RMB 37 billion", 37.2e9, Status.PASS, Severity.LOW),  # "37" stands for 36.5-37.5
        ("RMB 47 billion", 37.0e9, Status.FAIL, Severity.HIGH),
        ("RMB 38 billion", 37.0e9, Status.FAIL, Severity.MEDIUM),  # off by 2.7%: < LEDGER_HIGH_REL
    ],
)
def test_stated_figure_vs_ledger_fact(
    stated: str, recorded: float, status: Status, severity: Severity
) -> None:
    text = f"Alibaba results.\nIn FY26Q4, Cloud Intelligence revenue was {stated}, up 30% year over year.\n"
    on = date(2026, 5, 15)
    claims = text_claims(text, on, find_profile("BABA"))
    [c] = [c for c in claims if c.metric == "revenue"]
    assert c.period is not None
    fact = Fact(
        "BABA",
        "revenue",
        c.period,
        Quantity.exact(recorded, Unit.currency("CNY")),
        on,
        "test",
        segment="cloud",
    )
    f = only(audit_document(text_doc(text, on), claims, ledger_facts=[fact], show_passes=True), "ledger.fact")
    assert (f.status, f.severity) == (status, severity)
    assert f"the ledger records {fmt(fact.quantity)}" in f.explanation


def test_no_ledger_fact_no_finding() -> None:
    assert [
        f for f in audit("Cloud revenue was RMB 37 billion in the quarter.") if f.rule == "ledger.fact"
    ] == []


def test_stated_multiple_from_rounded_inputs_passes() -> None:
    # 30 / 8.1 = 3.70x; "3.75x" is within the rounding of the inputs as written
    f = only(audit("Bookings rose from 8.1 billion to 30 billion, a 3.75x increase."), "growth.multiple")
    assert f.status is Status.PASS


def test_scale_word_written_once_serves_both_ends() -> None:
    f = only(audit("Revenue increased 10.8% from $155.5 to $172.2 million."), "growth.pct_change")
    assert f.status is Status.PASS and "USD 156 million" in f.explanation
