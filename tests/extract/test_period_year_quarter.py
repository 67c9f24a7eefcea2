"""Period readings between the year and the quarter (issue 3, helper P6).

No company profile: calendar quarters. Each rule has a contrasting text it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q2_CALL, Q3_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_cash_from_operations_is_no_comparison() -> None:
    # "from operations" names where the cash came from: the period after it is the number's own
    text = (
        "We generated about $700 million of cash from operations during the fourth quarter and delivered "
        "$1.4 billion of free cash flow for the full year."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2023"]
    claims = _call("We generated $83 million in cash from operating activities in 2022.", Q4_CALL)
    assert _labels(claims) == ["2022"]
    # contrast: "from" before a period still compares ("up 9% from the third quarter" is no Q3 figure)
    claims = _call("Gizmo revenue was $50 million, up 9% from the third quarter.", Q4_CALL)
    assert _labels(claims) == ["2023Q4", "2023Q4"]
    claims = _call("Gizmo revenue rose to $9 million from $7 million in 2022.", Q3_CALL)
    assert _labels(claims)[1] == "2022"


def test_an_actual_said_in_the_closed_year_is_the_years() -> None:
    text = (
        "We returned approximately $185 million to shareholders during the year.\n"
        "Gizmo premiums decreased by 5% in the quarter and grew by 18% in the year.\n"
        "Gizmo sales declined double digits in the year, due to closures."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023Q4", "2023", "2023"]
    # contrast: earlier in the year, the year-ago quarter, a call before the year closes
    text = (
        "We recorded a $25 million charge earlier in the year.\n"
        "Gizmo revenue was $40 million in the year-ago quarter.\n"
        "We delivered on all three of these priorities throughout the year."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2022Q4", None]
    # (on a third-quarter call "during the year" is the year so far, which this rule does not read)
    assert _labels(_call("We returned $185 million to shareholders during the year.", Q3_CALL)) != ["2023"]


def test_an_estimate_of_what_happened_reads_the_quarter_as_done() -> None:
    # an estimate with its verb in the past looks back: "in the quarter" is the quarter reported on
    text = (
        "We issued our 2023 guidance in February.\n"
        "Gizmo revenues are estimated to have been approximately $102 million in the quarter."
    )
    assert _labels(_call(text, Q3_CALL)) == ["2023Q3"]
    claims = _call("We estimate the storm reduced our gizmo revenue by $4 million in the quarter.", Q3_CALL)
    assert _labels(claims) == ["2023Q3"]
    # contrast: an estimate of what is still to come does not name the quarter reported on
    claims = _call("We estimate gizmo revenue to be $110 million in the quarter.", Q3_CALL)
    assert _labels(claims) != ["2023Q3"]


def test_the_results_a_forecast_is_based_on_are_no_period_of_it() -> None:
    text = (
        "Turning to our outlook.\n"
        "Based on our second quarter performance and robust demand, we now anticipate gizmo sales growth of "
        "14% to 16%."
    )
    assert _labels(_call(text, Q2_CALL)) == ["2023"]
    text = (
        "Turning to our outlook.\n"
        "Incorporating our third quarter results, we now expect gizmo revenue growth of 8% to 9%."
    )
    assert _labels(_call(text, Q3_CALL)) == ["2023"]
    # contrast: the quarter's results themselves keep the quarter
    text = "Our second quarter results included gizmo sales growth of 14%."
    assert _labels(_call(text, Q2_CALL)) == ["2023Q2"]
