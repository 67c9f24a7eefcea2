"""Periods the six newest blind dev files showed recur across companies (issue 3, helper PH): small
sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_since_the_onset_of_the_pandemic_runs_from_march_2020_to_the_call() -> None:
    span = "2020-03-01/2023-07-27"
    claims = _call(
        "Since the onset of the pandemic, we have tripled our glove output to $1.2 billion, while moving 80% "
        "of shipments to hospitals.",
        Q2_CALL,
    )
    assert _labels(claims) == [span, "2023-07-27", span]  # the level reached stands on the call date
    claims = _call("We have gained nearly 200 points of share since the start of the pandemic.", Q2_CALL)
    assert _labels(claims) == [span]
    claims = _call("So we are up to about $2.4 million in total since the beginning of COVID.", Q2_CALL)
    assert _labels(claims) == [span]  # a running total, not a level reached
    # contrast: a superlative's yardstick, and a sentence naming a period of its own
    claims = _call("Sales of $40 million made it our best quarter since the onset of the pandemic.", Q2_CALL)
    assert _labels(claims) == ["2023Q2"]
    claims = _call("Since the start of the pandemic, sales in the quarter rose 12%.", Q2_CALL)
    assert _labels(claims) == ["2023Q2"]


def test_a_level_a_running_year_is_to_end_at_stands_on_its_last_day() -> None:
    claims = _call(
        "We cut leverage to 3.4 times, which keeps us positioned to end the year below 3 times.", Q2_CALL
    )
    assert _labels(claims) == ["2023Q2", "2023-12-31"]
    claims = _call("We plan to exit this year at $900 million on an annualized run rate basis.", Q2_CALL)
    assert _labels(claims) == ["2023-12-31"]
    claims = _call("We expect to end the year with leverage of 2.5 times for 2023.", Q2_CALL)
    assert _labels(claims) == ["2023-12-31"]
    # contrast: a flow over the year, and a year already closed
    claims = _call("For 2023, we expect to close the year with revenue of $5 billion.", Q2_CALL)
    assert _labels(claims) == ["2023"]
    claims = _call("We ended the year with net debt of $2 billion.", Q4_CALL)
    assert _labels(claims) == ["2023Q4"]


def test_a_total_a_done_deed_brings_for_the_year_to_is_the_year_so_far() -> None:
    claims = _call(
        "We bought back $3 billion of stock in the quarter, bringing our total for the year to $7 billion."
    )
    assert _labels(claims) == ["2023Q3", "2023-01-01/2023-09-30"]
    claims = _call("Our 40 openings in the third quarter bring our total openings for the year to 95 stores.")
    assert _labels(claims)[-1] == "2023-01-01/2023-09-30"
    # contrast: a forecast keeps the year
    claims = _call(
        "We expect to open 30 stores in the fourth quarter, bringing our total openings for the year to 90 "
        "stores."
    )
    assert _labels(claims) == ["2023Q4", "2023"]


def test_a_change_measured_off_a_base_year_is_not_that_years() -> None:
    claims = _call(
        "Looking into 2024, we expect to grow earnings per share by at least 8% off of our raised 2023 "
        "outlook."
    )
    assert _labels(claims) == ["2024"]
    claims = _call(
        "Our 2022 net income was $500 million, up 6% year-over-year off our 2021 actuals.", Q4_CALL
    )
    assert _labels(claims) == ["2022", "2022"]
    # contrast: an "off" that names no base (a debt paid off) changes nothing
    claims = _call("We paid off $300 million of 2023 notes.", Q4_CALL)
    assert _labels(claims) == ["2023Q4"]
