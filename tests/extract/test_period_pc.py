"""Periods of spans and bases (issue 3, helper PC): small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_a_year_ago_after_a_to_date_span_is_that_span_a_year_earlier() -> None:
    claims = _call("Year-to-date free cash flow was $391 million versus $250 million last year.")
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022-01-01/2022-09-30"]
    claims = _call("For the first nine months, capex was $19 million compared to $12 million a year ago.")
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022-01-01/2022-09-30"]
    claims = _call("In the first half, the tax rate was 19% versus to 25% in the prior year period.", Q2_CALL)
    assert _labels(claims) == ["2023H1", "2022H1"]
    # contrast: a quarter named between the span and the base makes it the quarter's base
    claims = _call(
        "Year-to-date revenue was $391 million, and third-quarter revenue was $100 million versus $90 "
        "million last year."
    )
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2023Q3", "2022Q3"]
    # contrast: "the year-ago quarter" names a quarter
    claims = _call("Year-to-date revenue was $391 million versus $90 million in the year-ago quarter.")
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022Q3"]


def test_the_past_n_years_are_the_4n_quarters_ending_with_the_one_reported_on() -> None:
    claims = _call("Over the past two years, we have grown gizmo revenue by 40%.")
    assert _labels(claims) == ["2021-10-01/2023-09-30"]
    claims = _call("Over the last 5 years we have returned $10 billion to shareholders.", Q2_CALL)
    assert _labels(claims) == ["2018-07-01/2023-06-30"]
    claims = _call("Over the last decade, we have returned over $1.1 billion in gizmo dividends.")
    assert _labels(claims) == ["2013-10-01/2023-09-30"]
    # contrast: a yardstick, a forecast, a number stated before "than" keep their periods
    claims = _call("Gizmo margins reached 20%, the highest level in the last ten years.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo margins were 20%, making the last three years our best in a decade.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("We expect gizmo revenue to grow 10% over the next two years.")
    assert _labels(claims) == ["2023-10-26/2025-10-25"]


def test_a_look_back_over_years_does_not_end_a_year_section() -> None:
    text = (
        "Now, let me comment on our full year 2023 results.\n"
        "Over the past five years, we have returned $10 billion to shareholders.\n"
        "Gizmo margin was 13.5%, an increase of 320 basis points."
    )
    claims = _call(text, Q4_CALL)
    assert _labels(claims) == ["2019-01-01/2023-12-31", "2023", "2023"]


def test_since_a_past_year_is_the_span_from_it_to_the_call_date() -> None:
    # README, decided 2026-12-03: "since ..." ends on the call date (Q3_CALL is 2023-10-26)
    claims = _call("Since 2019, we have added 500 gizmo stores.")
    assert _labels(claims) == ["2019-01-01/2023-10-26"]
    claims = _call("We have repurchased $2 billion of gizmo stock since the beginning of 2021.")
    assert _labels(claims) == ["2021-01-01/2023-10-26"]
    claims = _call("We have repaid $922 million of gizmo debt since the end of 2021.")
    assert _labels(claims) == ["2022-01-01/2023-10-26"]
    # contrast: a yardstick keeps the quarter
    claims = _call("Gizmo margin was 6.3%, the highest level since 2017.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo sales grew 23%, our first double-digit growth since 2013.")
    assert _labels(claims)[0] == "2023Q3"


def test_a_change_since_a_year_end_opens_no_look_at_the_year() -> None:
    text = "Gizmo debt has declined about $225 million since year-end 2022.\nGizmo sales grew 4%."
    assert _labels(_call(text)) == ["2023-01-01/2023-09-30", "2023Q3"]


def test_above_the_figure_achieved_in_a_period_is_a_base() -> None:
    claims = _call(
        "Gizmo margin of 46.3% was 610 basis points above the margin achieved in the third quarter of 2022."
    )
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("Gizmo margin was 15%, 80 basis points below the level we reported in the second quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    # contrast: a bound stays a bound ("above 30% in a quarter")
    claims = _call("We expect gizmo margins above 30% in the fourth quarter.")
    assert _labels(claims) == ["2023Q4"]


def test_a_level_reached_from_a_base_after_just_is_the_period_reported() -> None:
    claims = _call("Our gizmo cancellation rate declined by 500 basis points from last year to just 8%.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    # contrast: the base amount keeps the base's period
    claims = _call("Gizmo margin increased from 10% last year to 12%.")
    assert _labels(claims) == ["2022Q3", "2023Q3"]


def test_the_year_so_far_after_another_comparison_dates_what_follows_it() -> None:
    claims = _call(
        "Gizmo sales increased 17% versus Q2 and year-to-date results are up over 20% versus the prior year."
    )
    assert _labels(claims) == ["2023Q3", "2023-01-01/2023-09-30"]
    claims = _call(
        "Gizmo starts are trending well ahead of recent years with year-to-date starts up 23% over 2022."
    )
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call(
        "Gizmo margin was up 0.8 points from Q3 last year, while for the first nine months it was down 0.3 "
        "points."
    )
    assert _labels(claims) == ["2023Q3", "2023-01-01/2023-09-30"]
    # contrast: a comparison word right before it keeps it a base
    claims = _call("We expect fourth quarter gizmo growth of 5%, in line with year-to-date.")
    assert _labels(claims) == ["2023Q4"]
