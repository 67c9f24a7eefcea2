"""Instants against the quarter (issue 3): a state said "now" is dated on the call day.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import Q1_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_a_state_said_now_is_an_instant_on_the_call_date() -> None:
    assert _labels(_call("We now have 140 gizmo customers.")) == ["2023-10-26"]
    assert _labels(_call("Gizmo backlog now stands at $3.1 billion.")) == ["2023-10-26"]
    assert _labels(_call("Gizmo rentals, which are now 30% of the business, grew 12%.")) == [
        "2023-10-26",
        "2023Q3",  # a change said after the state is the quarter's
    ]
    # without "now", a holding said "we have" is the call date too (README: present-tense balances and counts,
    # "We have over $75 billion in capital", take the call date; present_holding); with a period phrase of its
    # own, the quarter reported on
    assert _labels(_call("We have 140 gizmo customers.")) == ["2023-10-26"]
    assert _labels(_call("We now have 140 gizmo customers, up from 90 in the third quarter.")) != [
        "2023-10-26",
        "2023-10-26",
    ]
    # contrast: a revised forecast is no state
    assert _labels(_call("We now expect gizmo revenue of $3.1 billion.")) != ["2023-10-26"]


def test_a_result_by_the_end_of_the_quarter_is_the_quarter_reported_on() -> None:
    claims = _call("We had delivered 131 gizmos to customers through the end of the quarter.")
    assert _labels(claims) == ["2023Q3"]
    assert _labels(_call("By the end of the quarter, gizmo backlog had reached $645 million.")) == ["2023Q3"]
    # contrast: a forecast to the end of the quarter is a deadline; "through" a named quarter the year so far
    assert _labels(_call("We expect to open 20 gizmo stores by the end of the quarter.")) == ["2023-12-31"]
    claims = _call("We opened 131 gizmo stores through the third quarter.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]


def test_a_change_from_a_date_is_the_quarter_reported_on() -> None:
    text = "Gizmo cash was $5 million, down $2 million from December 31, 2022."
    assert _labels(_call(text, Q1_CALL)) == ["2023Q1", "2023Q1"]
    text = "Gizmo inventory of $84 million at March 31, 2023, declined by $2 million from December 31, 2022."
    assert _labels(_call(text, Q1_CALL)) == ["2023Q1", "2023Q1"]
    text = "Gizmo backlog grew 12% year-over-year to $2.4 billion at September 30, 2023."
    assert _labels(_call(text)) == ["2023Q3", "2023Q3"]
    # contrast: a level stated as the base keeps its date; a span from a date is no base
    text = "Gizmo cash was $5 million, down from $31 million at December 31, 2022."
    assert _labels(_call(text, Q1_CALL)) == ["2023Q1", "2022-12-31"]
    text = "Our gizmo loan total at December 31, 2022 is made up of 39% fixed rate loans."
    assert _labels(_call(text, Q1_CALL)) == ["2022-12-31"]


def test_a_forecast_said_now_is_no_state() -> None:
    text = (
        "Adjusted gizmo EPS is now expected to be in the range of $4.42 to $4.51, and reported EPS to be in"
        " the range of $4.08 to $4.19."
    )
    assert "2023-10-26" not in _labels(_call(text))


def test_a_balance_less_than_an_earlier_balance_is_a_change_over_the_quarter() -> None:
    text = "Our gizmo cash at March 31 of $48 million was $13 million less than our December 2022 balance."
    assert _labels(_call(text, Q1_CALL)) == ["2023Q1", "2023Q1"]


def test_a_balance_at_the_quarter_end_date_is_the_quarter_reported_on() -> None:
    # README, decided 2026-12-03: as "at the end of the quarter" is
    text = "At September 30th, gizmo cash was $1.5 billion and gizmo debt was $2.2 billion."
    assert _labels(_call(text)) == ["2023Q3", "2023Q3"]
    assert _labels(_call("As of September 30, we had a total of 284 gizmo stores.")) == ["2023Q3"]
    assert _labels(_call("Net gizmo leverage at September 30, 2023 would have been 1.3 times.")) == ["2023Q3"]
    assert _labels(_call("Gizmo cash was $5 million at March 31.", Q1_CALL)) == ["2023Q1"]
    # contrast: a balance at any other date is that instant, a past quarter's end included
    assert _labels(_call("As of October 15th, gizmo cash was $5 million.")) == ["2023-10-15"]
    assert _labels(_call("Gizmo cash was $5 million at June 30.")) == ["2023-06-30"]
    assert _labels(_call("Gizmo cash was $5 million at December 31.", Q1_CALL)) == ["2022-12-31"]
