"""Precision: notes written for these tests with tricky but consistent numbers get no high findings."""

from __future__ import annotations

from datetime import date

import pytest
from textclaims import text_claims, text_doc

from thesisledger.audit import Severity, Status, audit_document

CLEAN_NOTES = {
    "software": (
        "Northwind Software: steady compounding.\n"
        "Subscription revenue grew from USD 4.1 billion to USD 10.2 billion over five "
        "years, a CAGR of about 20%. "
        "That is roughly a 2.5x increase. "
        "Q3 subscription revenue was USD 2.6 billion (annualized at about USD 10.4 "
        "billion). "
        "Cloud revenue of USD 1.3 billion accounted for about 50% of Q3 subscription "
        "revenue of USD 2.6 billion. "
        "Operating margin rose from 21% to 24.5%, up 3.5 percentage points.\n"
        "Management expects revenue to exceed USD 15 billion by 2028. "
        "Revenue is currently about USD 10 billion.\n"
    ),
    "retailer": (
        "Harbor Retail, results review.\n"
        "Reported same-store sales: +2%\n"
        "Like-for-like same-store sales: +5%\n"
        "Impact of store closures: -3 percentage points\n"
        "The segment loss was approximately EUR 1.9 billion, mainly consisting of two parts:\n"
        "1. Restructuring charges of EUR 0.7 to 0.9 billion\n"
        "2. Ongoing e-commerce losses of EUR 1.0 to 1.2 billion\n"
        "Gross merchandise value rose 12% from EUR 50 billion to EUR 56 billion. "
        "Net sales fell from EUR 20 billion to EUR 19 billion, down 5%.\n"
    ),
    "china_internet": (
        "Dragon Cloud: the ARR ramp.\n"
        "The platform's ARR has exceeded RMB 5 billion and is expected to reach RMB 15 billion by year end, "
        "implying 3x growth. "
        "In US dollars, ARR moves from about $0.7 billion to about $2.1 billion. "
        "Cloud revenue was RMB 36 billion (about USD 5 billion) in the quarter. "
        ""
        "If ARR reaches RMB 15 billion, margins should move into the teens. "
        "Loss for the quarter was RMB 12.5 billion; next quarter's loss should be "
        "between RMB 10 and 14 billion.\n"
    ),
    "rounding": (
        "Model Studio customers rose from 1.2 million to 4.9 million, about a 4x increase. "
        "Token volume went from 3 trillion to 10 trillion, up 233%. "
        "Monthly revenue in June was USD 150 million, a run-rate of USD 1.8 billion. "
        "The business grows from USD 2 billion to USD 5.4 billion in 4 years at a CAGR of 28%. "
        "Advertising of USD 3 billion represents 30% of total revenue of USD 10 billion.\n"
    ),
    "fx": (
        "Eastern Commerce, FY2024 review.\n"
        "Cloud revenue for 2024 was RMB 110 billion (about USD 15.3 billion). "
        "International commerce revenue was RMB 130 billion, or roughly $18 billion. "
        "In euro terms, the European unit sold EUR 2 billion (USD 2.16 billion) of goods in 2024. "
        "Marketplace GMV went from RMB 72 billion to RMB 108 billion, a 1.5x increase; in US dollars, "
        "marketplace GMV went from about $10 billion to about $15 billion.\n"
    ),
    "transcript_style": (
        "Operator: Welcome to the call.\n"
        "CFO: Research and development expense was $65.8 million or 8.3% of sales compared to "
        "$57.1 million, or 9.1% of sales last year. "
        "Full-year estimates for adjusted EPS range from $3.40 to $3.53, which implies growth of 6% to 10%. "
        "The rate base has grown from $752.2 million in 2018 to $980.4 million in 2021, a compound annual "
        "growth rate of 9.2%. "
        "Interest coverage ended the quarter at 3.8 times on a quarterly annualized basis and at 4.1 times "
        "on a trailing basis. "
        "We locked in approximately $29.6 million of growth comprised of $6 million in 2020, $14 million in "
        "2021 and $9.6 million in 2022. "
        "That $1.6 million provision consisted of a $1.2 million charge and a recovery of $2.9 million. "
        "We provided $2 million and $1.4 million respectively, for a total of $3.4 million. "
        "Capital expenditures in the quarter were $10 million. "
        "The full-year estimate for capital expenditures remains below our initial plan of $100 million. "
        "We produced 120,000 tons in the month of March and expect to reach an annual run rate of 1.9 "
        "million tons this quarter. "
        "Diversity grew from around 10% in 2019 to 15% now, and the share of women grew by 130 basis "
        "points to 35%.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(CLEAN_NOTES))
def test_no_high_findings_on_clean_notes(name: str) -> None:
    text = CLEAN_NOTES[name]
    findings = audit_document(
        text_doc(text, date(2024, 9, 30)), text_claims(text, date(2024, 9, 30)), show_passes=True
    )
    highs = [f.to_json() for f in findings if f.status is Status.FAIL and f.severity is Severity.HIGH]
    assert highs == []
    # the checks did run: each clean note has verified relations
    assert sum(1 for f in findings if f.status is Status.PASS) >= 3
