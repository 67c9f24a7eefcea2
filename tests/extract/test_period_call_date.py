"""Periods that end on the call date (README, decided 2026-12-03): "to date", "since 2019", "to date in 2023".

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q1_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_to_date_in_a_year_runs_from_its_start_to_the_call_date() -> None:
    claims = _call("To date in 2023, we have repurchased $500 million of gizmo shares.")
    assert _labels(claims) == ["2023-01-01/2023-10-26"]
    claims = _call("We have repurchased $500 million of gizmo shares to date in 2023.")
    assert _labels(claims) == ["2023-01-01/2023-10-26"]
    text = "In the fourth quarter and to date in 2024, we've repurchased 912,000 gizmo shares."
    claims = _call(text, Q4_CALL)
    assert _labels(claims) == ["2024-01-01/2024-01-25"]
    # contrast: the fiscal year-to-date of reported results ends with the quarter reported on
    claims = _call("Year-to-date, gizmo revenue was $5 billion.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call("So far in 2023, gizmo revenue was $5 billion.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    # contrast: "to date" alone is the call date
    assert _labels(_call("To date, we have opened 40 gizmo stores.")) == ["2023-10-26"]


def test_since_a_year_runs_to_the_call_date_unless_it_is_a_period_reported_on() -> None:
    claims = _call("Since 2019, we have repurchased $500 million of gizmo shares.")
    assert _labels(claims) == ["2019-01-01/2023-10-26"]
    claims = _call("Gizmo cash decreased $50 million since the beginning of 2022.")
    assert _labels(claims) == ["2022-01-01/2023-10-26"]
    # a year-to-date span in the same sentence still ends with the quarter
    claims = _call("Year-to-date gizmo revenue was $5 billion, and since 2019 it has grown 40%.")
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2019-01-01/2023-10-26"]
    # contrast: since the start of the quarter reported on (or the year it closes) is that quarter (year)
    assert _labels(_call("Gizmo cash decreased $50 million since the end of 2022.", Q1_CALL)) == ["2023Q1"]
    assert _labels(_call("Gizmo backlog grew 15% since the end of 2022.", Q4_CALL)) == ["2023"]
    # contrast: a superlative's yardstick is no span
    assert _labels(_call("Gizmo margin of 25% was the highest since 2013.")) == ["2023Q3"]


def test_a_cumulative_total_in_the_present_perfect_is_the_call_date() -> None:
    text = "The gizmo platform has processed over 10 million patient responses in 65 countries."
    assert _labels(_call(text)) == ["2023-10-26", "2023-10-26"]
    assert _labels(_call("We have completed 90% of our expiring gizmo leases.")) == ["2023-10-26"]
    assert _labels(_call("We've reopened nearly 80% of our gizmo dining rooms.")) == ["2023-10-26"]
    # contrast: a change or a rate in the present perfect keeps the quarter reported on
    assert _labels(_call("Gizmo revenue has grown 10%.")) == ["2023Q3"]
    assert _labels(_call("Gizmo margins have improved 200 basis points.")) == ["2023Q3"]
    # contrast: with period words of its own, its period; a number in a later clause, the quarter
    assert _labels(_call("In the third quarter, we have completed 12 gizmo projects.")) == ["2023Q3"]
    text = "We have completed 12 gizmo projects, and gizmo revenue was $5 million."
    assert _labels(_call(text)) == ["2023-10-26", "2023Q3"]
