"""Period rules for numbers given a period, but the wrong one (issue 3, the P2 round), on small sentences
of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_over_the_year_ago_quarter_is_a_base_written_with_or_without_a_hyphen() -> None:
    claims = _call("Gizmo profit was $58 million, a 10% increase over the year ago quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("Gizmo profit was $58 million, a 10% increase over the year-ago quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    # contrast: "over the year" is a time window, not a base
    claims = _call("Gizmo sales rose 10% over the year 2022.")
    assert _labels(claims) == ["2022"]


def test_a_quarter_or_month_of_this_year_is_read_as_one_phrase() -> None:
    claims = _call("Gizmo expenses for the second quarter of this year were $29 million.")
    assert _labels(claims) == ["2023Q2"]
    claims = _call("In Q1 this year, gizmo sales were up 18%.")
    assert _labels(claims) == ["2023Q1"]
    claims = _call("In July of this year, the board approved a 9.8% increase in the gizmo dividend.")
    assert _labels(claims) == ["2023-07"]
    claims = _call("For the first nine months of this year, our gizmo margin was 26.5%.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    # contrast: "this year" alone is the year
    claims = _call("This year, we have added 40 gizmo stores.")
    assert _labels(claims) != ["2023Q3"]


def test_a_quarter_of_this_year_on_a_january_call_is_the_year_reported_unless_looking_ahead() -> None:
    q4_call = date(2024, 1, 25)  # a call about October-December 2023
    claims = _call(
        "By comparison, in the third quarter of this year, gizmo income was $246 million.", q4_call
    )
    assert _labels(claims) == ["2023Q3"]
    claims = _call("In the first quarter of this year, we expect gizmo prices of over $80.", q4_call)
    assert _labels(claims) == ["2024Q1"]


def test_a_change_after_a_base_amount_and_its_period_is_the_period_reported() -> None:
    claims = _call(
        "Gizmo revenue was $5.2 million, compared to $4.1 million in the same period last year, "
        "an increase of 25%."
    )
    assert _labels(claims) == ["2023Q3", "2022Q3", "2023Q3"]
    # contrast: a change stated as the base keeps the base's period; a span before the base stays the change's
    claims = _call(
        "Gizmo sales were down 10%, compared to the 18% decline experienced in the second quarter."
    )
    assert _labels(claims) == ["2023Q3", "2023Q2"]
    claims = _call(
        "Cash flow from operations was $163.1 million year-to-date compared to $148.4 million in the prior "
        "year, up 10%."
    )
    # (the base after a to-date span is that span a year earlier: test_period_pc)
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022-01-01/2022-09-30", "2023-01-01/2023-09-30"]


def test_a_change_from_the_last_year_end_is_the_change_so_far_this_year() -> None:
    claims = _call("Gizmo inventory declined slightly by $26.1 million from December 31, 2022.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call(
        "Gizmo shares outstanding have been reduced by approximately 3% from the year-end 2022 level."
    )
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call("Our gizmo backlog is up 26% since the end of last year.", Q2_CALL)
    assert _labels(claims) == ["2023H1"]
    # contrast: another year's end is a base of its own; a forecast against year-end keeps its reading
    claims = _call("Gizmo inventory declined by $26.1 million from December 31, 2021.")
    assert _labels(claims) != ["2023-01-01/2023-09-30"]
    claims = _call("We expect gizmo inventory to be up 5% over the end of last year.")
    assert _labels(claims) != ["2023-01-01/2023-09-30"]


def test_over_opening_a_sentence_is_a_time_window_not_a_comparison() -> None:
    claims = _call("Over the first half of this year, gizmo repurchases totaled 12 million shares.", Q2_CALL)
    assert _labels(claims) == ["2023H1"]
    # contrast: "over" after a change compares
    claims = _call("Gizmo revenue grew 5% over the first half of 2022.", Q2_CALL)
    assert _labels(claims) == ["2023Q2"]


def test_the_end_of_last_year_is_the_close_of_the_year_before_not_the_year_ago_quarter() -> None:
    claims = _call("Our gizmo funding status was 81% at September 30, up from 78% at the end of last year.")
    assert _labels(claims) == ["2023Q3", "2022Q4"]
    # contrast: "the end of last year's third quarter" is that quarter
    claims = _call("We had $168 million of gizmo cash at the end of last year's third quarter.")
    assert _labels(claims) == ["2022Q3"]


def test_a_quarter_or_half_of_next_year_is_read_as_one_phrase() -> None:
    claims = _call("In the first quarter of next year, we expect gizmo sales of $5 billion.")
    assert _labels(claims) == ["2024Q1"]
    claims = _call("We expect a gizmo margin of 20% in the fourth quarter of next year.")
    assert _labels(claims) == ["2024Q4"]
    # contrast: "next year" alone is the year
    claims = _call("Next year, we expect gizmo sales of $5 billion.")
    assert _labels(claims) == ["2024"]


def test_the_months_ended_a_day_are_those_months_not_the_day() -> None:
    claims = _call("Gizmo sales for the three months ended September 30, 2023 were $5 billion.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo sales for the nine months ended September 30, 2023 were $15 billion.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call("Gizmo sales for the year ended December 31, 2022 were $19 billion.")
    assert _labels(claims) == ["2022"]
    # contrast: a balance at a day is no span (at the quarter's last day, the quarter reported on)
    claims = _call("Gizmo cash was $2 billion at September 30, 2023.")
    assert _labels(claims) == ["2023Q3"]


def test_a_quarter_last_year_or_a_year_ago_is_that_quarter_of_the_year_before() -> None:
    claims = _call("Gizmo sales were $5 billion versus $4 billion in the second quarter last year.", Q2_CALL)
    assert _labels(claims) == ["2023Q2", "2022Q2"]
    claims = _call("Gizmo sales were $5 billion versus $4 billion in the third quarter a year ago.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]
    claims = _call("This quarter last year, gizmo sales were $190 million.", Q2_CALL)
    assert _labels(claims) == ["2022Q2"]
    # on a January call about the fourth quarter, "last year" is the year just reported on
    claims = _call(
        "We expect gizmo orders to equal the 20,418 orders of the first quarter last year.", date(2024, 1, 25)
    )
    assert _labels(claims) == ["2023Q1"]
    claims = _call(
        "Gizmo sales were $5 billion versus $4 billion in the fourth quarter last year.", date(2024, 1, 25)
    )
    assert _labels(claims) == ["2023Q4", "2022Q4"]


def test_the_year_earlier_quarter_is_the_year_ago_quarter() -> None:
    claims = _call("Gizmo sales were $5 billion versus $4 billion in the year-earlier quarter.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]
