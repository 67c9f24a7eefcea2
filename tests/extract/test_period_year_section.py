"""Period rules for the year (half, year-to-date) a call looks back on (issue 3, helper P3).

No company profile: calendar quarters. Each rule has a contrasting text it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q1_CALL, Q2_CALL, claim_kinds
from call_claims import call_claims as _call
from call_claims import period_labels as _labels
from thesisledger.extract import ClaimKind

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_a_sum_the_year_finished_at_is_the_years() -> None:
    claims = _call("We finished the year with gizmo revenue of $15.3 billion.", Q4_CALL)
    assert _labels(claims) == ["2023"]
    claims = _call("We grew operating profit by $4 billion, finishing the year at $13 billion.", Q4_CALL)
    assert _labels(claims) == ["2023", "2023"]
    claims = _call("Our gizmo division finished the year with 15% operating margin.", Q4_CALL)
    assert _labels(claims) == ["2023"]
    # contrast: a balance the year ended with is the closing quarter's
    claims = _call("As a result, we ended the year with approximately $3 billion in cash.", Q4_CALL)
    assert _labels(claims) == ["2023Q4"]


def test_actuals_under_a_look_at_the_full_year_are_the_years() -> None:
    text = (
        "Gizmo revenue rose 11% to $27 billion in the fourth quarter.\n"
        "Now, let me comment on our full year 2023 results.\n"
        "Gizmo revenue increased $12 billion to $97 billion.\n"
        "Gizmo margin was 9.8%, 280 basis points above 2022.\n"
        "Now, for a few full year highlights for the segments.\n"
        "Widget operating margin was 24.2%."
    )
    # "increased $12 billion to $97 billion": the change and the level reached, two claims
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2023Q4", "2023", "2023", "2023", "2023", "2023"]
    # contrast: a sentence back on the quarter, or naming it, ends the look at the year
    text = (
        "Now, let me comment on our full year 2023 results.\n"
        "Gizmo revenue increased $12 billion to $97 billion.\n"
        "Turning to the fourth quarter.\n"
        "Widget operating margin was 24.2%.\n"
        "Sales for the quarter totaled $206 million."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023Q4", "2023Q4"]


def test_actuals_under_a_look_at_the_first_half_are_the_halfs() -> None:
    text = (
        "Gizmo expenses increased $2.6 million in the first half of 2023.\n"
        "The increase was primarily due to $2.7 million from higher gizmo usage."
    )
    assert _labels(_call(text, Q2_CALL)) == ["2023H1", "2023H1"]
    # contrast: a sentence looking at the second half as well looks ahead; a count is no half's (the
    # workforce stands on the call date: workforce_size)
    text = (
        "We believe second half of 2023 earnings will exceed first half of 2023 earnings.\n"
        "Our record results highlight the success of our 27,000 team members."
    )
    assert _labels(_call(text, Q2_CALL)) == [Q2_CALL.isoformat()]
    text = "For the first half of 2023, gizmo revenue was $5 billion.\nCash stood at $2 billion."
    assert _labels(_call(text, Q2_CALL)) == ["2023H1", "2023Q2"]


def test_a_change_over_a_year_compares_with_it() -> None:
    claims = _call("Gizmo revenue was $5 billion, up 10% over 2022.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("We generated $9 billion of gizmo cash flow, an increase of 114% over 2022.", Q4_CALL)
    assert _labels(claims) == ["2023Q4", "2023Q4"]
    # contrast: "over" + a year after no change is the window the number is spread over
    claims = _call("We expect to spend $500 million on gizmo plants over 2024.", Q4_CALL)
    assert _labels(claims) == ["2024"]


def test_a_deadline_opens_no_section() -> None:
    text = (
        "Now, let me comment on our full year 2023 results.\n"
        "Gizmo operating margin was 13.5%.\n"
        "This is the highest gizmo margin we've had in 14 years.\n"
        "We increased our widget margin to 30.8%."
    )
    assert _labels(_call(text, Q4_CALL))[-1] == "2023"


def test_an_actual_done_this_year_is_the_year_so_far() -> None:
    claims = _call("This year we increased our quarterly gizmo dividend by 9%.", Q2_CALL)
    assert _labels(claims) == ["2023-01-01/2023-06-30"]
    claims = _call("Our gizmo business has now grown by over 330,000 members this year.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    # contrast: a figure for the year, one not said as done, two years compared, a call closing the year
    claims = _call("We renewed our gizmo treaty for 2023, providing coverage of $350 million.")
    assert _labels(claims) == ["2023"]
    claims = _call("On a consolidated basis, we can deliver gizmo growth in the low-20% range this year.")
    assert _labels(claims) != ["2023-01-01/2023-09-30"]
    claims = _call("We increased our gizmo contracts from one contract in 2023 to four contracts in 2024.")
    assert _labels(claims) == ["2023", "2024"]


def test_the_first_three_quarters_run_to_the_third_quarters_end() -> None:
    claims = _call("Through the first three quarters, we opened 798 new gizmo stores.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call("Gizmo free cash flow was $1.8 million through the first three quarters of the year.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    # contrast: a forecast's "first three quarters" is no look back
    claims = _call("We expect gizmo sales to grow 5% over the first three quarters.")
    assert _labels(claims) != ["2023-01-01/2023-09-30"]


def test_a_hyphenated_half_dates_the_figure_after_it() -> None:
    claims = _call(
        "Gizmo cash grew 65% to $471 million with first-half cash generation of $843 million.", Q2_CALL
    )
    assert _labels(claims) == ["2023Q2", "2023Q2", "2023H1"]
    # ... and opens no look at the half for the sentences after it
    text = (
        "Gizmo cash grew 65% to $471 million with first-half cash generation of $843 million.\n"
        "Each of our five gizmo segments grew sales by a double-digit percentage."
    )
    assert _labels(_call(text, Q2_CALL))[-1] == "2023Q2"
    # contrast: the half as the time of what is said
    claims = _call("Gizmo sales rose 8% in the first half.", Q2_CALL)
    assert _labels(claims) == ["2023H1"]


def test_a_base_after_a_long_noun_phrase_is_still_a_base() -> None:
    claims = _call(
        "Gizmo income was $550 million, a 20% increase compared to the adjusted gizmo operating income of"
        " $458 million in the third quarter.",
        Q4_CALL,
    )
    assert _labels(claims) == ["2023Q4", "2023Q4", "2023Q3"]


def test_a_goals_year_sets_no_horizon() -> None:
    text = (
        "We expect 2024 gizmo capital expenditures to be about $5.5 billion.\n"
        "These investments move us further down the path to our 2050 carbon-neutral goals.\n"
        "We will allocate about 40% of our gizmo capital plan to maintenance."
    )
    assert _labels(_call(text, Q4_CALL))[-1] == "2024"
    # contrast: a year named as the time ahead is the horizon
    text = "Turning to 2025.\nWe expect gizmo margins of about 40%."
    assert _labels(_call(text, Q4_CALL)) == ["2025"]


def test_a_month_naming_when_guidance_was_given_is_not_its_period() -> None:
    claims = _call(
        "We now expect gizmo revenue growth between 10.5% and 12% for the full year versus the 9% to 11% in"
        " our February guidance.",
        Q1_CALL,
    )
    assert _labels(claims) == ["2023", "2023"]
    # contrast: a month as the time of a figure
    claims = _call("Gizmo sales rose 9% in February.", Q1_CALL)
    assert _labels(claims) == ["2023-02"]


def test_last_year_on_a_january_call_is_the_year_before_the_one_reported() -> None:
    claims = _call("Full year gizmo revenue was $97 billion, compared to $85 billion last year.", Q4_CALL)
    assert _labels(claims) == ["2023", "2022"]
    claims = _call(
        "Gizmo revenue was $27 billion, compared to $25 billion in the same period last year.", Q4_CALL
    )
    assert _labels(claims) == ["2023Q4", "2022Q4"]
    # ... and the year-ago quarter is the base of an actual, as on any other call, not history
    kinds = claim_kinds(
        "Gizmo revenue was $27 billion, compared to $25 billion in the same period last year.", Q4_CALL
    )
    assert kinds["$25 billion"] is ClaimKind.ACTUAL
    # contrast: on a call held in the year it reports on, nothing changes
    claims = _call("Gizmo revenue was $27 billion, compared to $25 billion in the same period last year.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]
