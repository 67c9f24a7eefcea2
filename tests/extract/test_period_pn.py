"""The terms, tenures and planned multiples SD7 made claims have no period (labels README: adjective
durations such as "four-year labor agreement", clinical-study durations, tenure and partnership lengths have
no period; targets with no span have none), unless a period phrase after them dates them (helper PN)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, Q3_CALL, period_of


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Unit costs rose on charges tied to a new four-year labor agreement at the mine.", "four-year"),
        ("In the third quarter, we renewed the program and we did seven-year contracts.", "seven-year"),
        ("We signed a new 15 year net lease on the building.", "15 year"),
        ("We released the one-year follow-up data for our study.", "one-year"),
        ("The health plan has been a pharmacy client for 16 years and the deal shows it.", "16 years"),
        ("I've been working in this company for 30 years.", "30 years"),
    ],
)
def test_term_or_tenure_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span, Q3_CALL) is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We plan to build a new concentrator to double production at the mine.", "double"),
        ("We're advancing studies to double the capacity there.", "double"),
    ],
)
def test_planned_multiple_with_no_period_words_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span, Q2_CALL) is None


@pytest.mark.parametrize(
    ("text", "span", "period"),
    [
        # a result of the quarter, not a plan
        ("Earnings were a record, more than double prior-year levels.", "more than double", "2023Q2"),
        # a period the sentence names is kept
        ("Subscriptions are on track to double that by the end of the year.", "double", "2023-12-31"),
    ],
)
def test_results_and_dated_plans_keep_their_period(text: str, span: str, period: str) -> None:
    assert period_of(text, span, Q2_CALL) == period
