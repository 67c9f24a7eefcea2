"""Instants and quarters (issue 3, round PJ): numbers dated by a day the call names, read by the README's
decisions of 2026-12-03 (a balance at the reported quarter's end date takes the quarter reported on).

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import Q2_CALL, Q3_CALL, period_of


def test_a_balance_at_the_end_of_the_quarters_last_month_takes_the_quarter() -> None:
    text = "Our gizmo debt totaled $9.7 billion at the end of June."
    assert period_of(text, "$9.7 billion", Q2_CALL) == "2023Q2"
    text = "As of the end of September, we had 1,200 gizmo stores."
    assert period_of(text, "1,200 gizmo stores", Q3_CALL) == "2023Q3"
    # contrast: a flow in that month keeps the month; another month's end is no close of the quarter
    text = "Gizmo sales in June were up 5%."
    assert period_of(text, "5%", Q2_CALL) == "2023-06"
    text = "At the end of July, we had 1,300 gizmo stores."
    assert period_of(text, "1,300 gizmo stores", Q2_CALL) == "2023-07"


def test_a_to_date_span_counted_to_a_named_day_runs_to_that_day() -> None:
    text = "Year-to-date, as of October 24, 2023, we have repurchased 26.5 million gizmo shares."
    assert period_of(text, "26.5 million gizmo shares") == "2023-01-01/2023-10-24"
    text = "Year-to-date in 2023 through October 12, we repurchased 1.3 million gizmo shares."
    assert period_of(text, "1.3 million gizmo shares") == "2023-01-01/2023-10-12"
    # contrast: a day with no to-date span right before it is that instant
    text = "As of October 20, we had 40 gizmo stores."
    assert period_of(text, "40 gizmo stores") == "2023-10-20"
    text = "Year-to-date, we bought 5 million gizmo shares, and as of October 20, we had 40 gizmo stores."
    assert period_of(text, "40 gizmo stores") == "2023-10-20"


def test_a_share_that_is_the_subject_of_a_state_said_now_is_at_the_call_date() -> None:
    text = "Today, 95% of our gizmo orders are now placed digitally."
    assert period_of(text, "95%") == "2023-10-26"
    text = "About 80% of our gizmo stores in the region are now fully open."
    assert period_of(text, "About 80%") == "2023-10-26"
    # contrast: a forecast said now; a share said with no "now"; a share from years ago before "is now"
    text = "About 80% of our gizmo stores in the region are now expected to open."
    assert period_of(text, "About 80%") != "2023-10-26"
    text = "About 80% of our gizmo stores in the region were fully open."
    assert period_of(text, "About 80%") == "2023Q3"
    text = "What was less than 20% of our gizmo range a few years ago is now two thirds of it."
    assert period_of(text, "less than 20%") != "2023-10-26"


def test_a_total_told_so_far_with_no_period_words_is_at_the_call_date() -> None:
    text = "So far, we have realized $500 million of gizmo charges."
    assert period_of(text, "$500 million") == "2023-10-26"
    text = "Our gizmo fund has raised over $5.4 million so far to support workers."
    assert period_of(text, "over $5.4 million") == "2023-10-26"
    # contrast: a period named; a change; a number of the clause before
    text = "So far this year, we have realized $500 million of gizmo charges."
    assert period_of(text, "$500 million") == "2023-01-01/2023-09-30"
    text = "They have reduced average gizmo cycle time by 30% so far."
    assert period_of(text, "30%") == "2023Q3"
    text = "About 13% of gizmo customers chose delivery, and so far 5% are confirming."
    assert period_of(text, "About 13%") == "2023Q3"


def test_a_state_said_in_the_present_of_today_is_at_the_call_date() -> None:
    text = "Today, we have 40 gizmo stores."
    assert period_of(text, "40 gizmo stores") == "2023-10-26"
    text = "Right now, 94% of our gizmo businesses are open."
    assert period_of(text, "94%") == "2023-10-26"
    # contrast: results reported today; the call itself; a past verb after the number
    text = "Today, we reported gizmo revenue of $5 billion."
    assert period_of(text, "$5 billion") == "2023Q3"
    text = "Today, I will give an update on two of our gizmo initiatives."
    assert period_of(text, "two") != "2023-10-26"
    text = "Today, approximately half of our gizmo growth was generated from loans."
    assert period_of(text, "approximately half") == "2023Q3"


def test_a_change_in_comparison_to_an_earlier_period_is_of_the_period_reported() -> None:
    text = "Gizmo inventories decreased by $42 million in comparison to the prior year quarter."
    assert period_of(text, "$42 million") == "2023Q3"
    text = "In comparison to 2022, our gizmo segment margin has improved by 100 basis points."
    assert period_of(text, "100 basis points") == "2023Q3"
    # contrast: the base amount stated after the words takes the base's period
    text = "Gizmo EPS for the third quarter increased 23% to $2.66 in comparison to $2.16 last year."
    assert period_of(text, "$2.16") == "2022Q3"
