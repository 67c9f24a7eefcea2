"""Period readings of the dev8 calls' recurring phrasings (seventh session, helper P8).

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from call_claims import Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_a_state_said_in_the_present_tense_is_the_call_date() -> None:
    # README: "running at" and present-tense balances and counts ("is approved in 43 states") the call date
    assert _labels(_call("Gizmo leverage remains at a comfortable 22.8%.")) == ["2023-10-26"]
    assert _labels(_call("We are running at 70% of the gizmo producers we had before.")) == ["2023-10-26"]
    text = "Our gizmo product is approved in 43 states and our widget in 42 states."
    assert _labels(_call(text)) == ["2023-10-26", "2023-10-26"]
    # contrast: a past auxiliary, an infinitive, an average (a rate over a span) keep the quarter
    assert _labels(_call("Gizmo leverage was running at 22.8%.")) == ["2023Q3"]
    assert _labels(_call("The three-month average gizmo rate remains around 30%.")) == ["2023Q3"]
    # contrast: a period of its own
    assert _labels(_call("In the third quarter, gizmo leverage remains at 22.8%.")) == ["2023Q3"]


def test_a_past_clause_on_the_comparison_base_is_the_base_period() -> None:
    text = "Gizmo agencies were flat versus last year when organic growth was 3.7% in the quarter."
    assert _labels(_call(text)) == ["2022Q3"]
    text = "Gizmo sales rose 24% compared to Q3 of 2022 which reflected a slump when sales declined by 23%."
    assert _labels(_call(text)) == ["2023Q3", "2022Q3"]
    text = "Gizmo margin was 30%, down versus the prior quarter, which was at 34%."
    assert _labels(_call(text)) == ["2023Q3", "2023Q2"]
    # contrast: a "which" clause restating the change, or told in the present, is the quarter reported on
    text = "Gizmo EBIT was $236 million, compared to $213 million last year, which was an increase of 10.6%."
    assert _labels(_call(text))[-1] == "2023Q3"
    text = "Gizmo sales were $366 million compared to $227 million in Q3 of 2022, which is a 61% increase."
    assert _labels(_call(text))[-1] == "2023Q3"
    # contrast: a number after a comma is the main clause's again
    text = "Compared to last year when gizmo sales peaked, sales declined by $68 million."
    assert _labels(_call(text)) == ["2023Q3"]


def test_a_coupon_has_no_period() -> None:
    # README: coupons no period; the amount issued keeps the quarter
    text = "The gizmo maker issued $800 million of 2.6% 10-year senior notes due in 2031."
    assert _labels(_call(text)) == ["2023Q3", None]
    text = "We issued $550 million each of 10- and 30-year debt with coupon rates of 2.3% and 3.25%."
    assert _labels(_call(text))[-2:] == [None, None]
    # contrast: a percent that is not a coupon keeps its period
    assert _labels(_call("Gizmo notes revenue grew 5% in the quarter.")) == ["2023Q3"]


def test_an_n_month_period_ended_on_a_day_is_the_months_before_it() -> None:
    text = "For the 12-month period ending June 30, 2023, our gizmo ratio was 33.9%."
    assert _labels(_call(text)) == ["2022-07-01/2023-06-30"]
    # contrast: a span in years is not read as one year
    text = "For the 10-year period ended December 31, 2022, gizmo earnings were 108% of the total."
    assert _labels(_call(text)) != ["2022"]


def test_a_subject_of_a_present_perfect_passive_total_is_the_call_date() -> None:
    # README (decided 2026-12-03): present-perfect cumulative totals are the call date
    assert _labels(_call("Approximately 73% of our gizmo patients have now been vaccinated.")) == [
        "2023-10-26"
    ]
    assert _labels(_call("Over 2 million gizmo meters have been installed.")) == ["2023-10-26"]
    # contrast: an amount that is no count or share keeps the quarter
    assert _labels(_call("Gizmo revenue of $5 million has been recognized.")) == ["2023Q3"]


def test_a_forecast_for_a_quarter_named_by_its_ordinal_alone_looks_ahead() -> None:
    # on a Q2 call, "the fourth quarter" of a forecast is the coming one, not the last year's
    text = "Gizmo FX could increase revenues by 1.5% for the third quarter and 1% for the fourth quarter."
    assert _labels(_call(text, Q2_CALL)) == ["2023Q3", "2023Q4"]
    # contrast: a forecast told in the past keeps the quarter it was told of
    text = "We said we had expected for the first quarter a $63 million gizmo reserve increase."
    assert _labels(_call(text, Q2_CALL)) == ["2023Q1"]
