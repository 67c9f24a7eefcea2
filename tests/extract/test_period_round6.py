"""Period rules of round 6 (issue 3), on small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import Q1_CALL, Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_the_past_n_quarters_end_with_the_quarter_reported_on() -> None:
    claims = _call("Gizmo orders have grown at double-digit rates for each of the past nine quarters.")
    assert _labels(claims) == ["2021-07-01/2023-09-30"]
    claims = _call("Over the last two quarters, we have sold 4,000 gizmos.", Q2_CALL)
    assert _labels(claims) == ["2023-01-01/2023-06-30"]
    # contrast: quarters of a named year are not the trailing ones
    claims = _call("Gizmo sales fell 5% versus the last three quarters of 2022.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call(
        "Gizmo spend stayed in the same range as the prior two quarters, about $10 million a month."
    )
    assert _labels(claims) == ["2023Q3"]


def test_the_n_month_period_ends_with_the_quarter_reported_on() -> None:
    claims = _call("Gizmo cash flow was $17 million for the nine-month period.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call("Our gizmo costs for the six month period were $5 million.", Q2_CALL)
    assert _labels(claims) == ["2023-01-01/2023-06-30"]
    # contrast: a period with its own end date, or the comparable one of last year
    claims = _call("Gizmo cash flow was $17 million for the nine-month period ended September 30, 2022.")
    assert _labels(claims) != ["2023-01-01/2023-09-30"]
    claims = _call("That compares to $12 million for the same nine-month period last year.")
    assert _labels(claims) == ["2022Q3"]


def test_yesterday_is_the_day_before_the_call() -> None:
    claims = _call("Yesterday, for example, our gizmo plant ran at 95% of capacity.")
    assert _labels(claims) == ["2023-10-25"]
    claims = _call("We had collected about 98% of gizmo rents as of yesterday.")
    assert _labels(claims) == ["2023-10-25"]
    # contrast: a figure announced yesterday keeps its own period (a dividend declared: the quarter)
    claims = _call("Yesterday, our board declared a gizmo dividend of $0.25 per share.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Yesterday, we reported gizmo revenue of $8 million for the third quarter.")
    assert _labels(claims) == ["2023Q3"]


def test_so_far_this_year_beside_a_full_year_target_is_the_year_so_far() -> None:
    text = "We have bought back $2 billion of gizmo stock so far this year, on track with our full-year plan."
    assert _labels(_call(text)) == ["2023-01-01/2023-09-30"]
    # contrast: an actual said of the running year without "so far" keeps the year
    claims = _call("We are investing more than $1 billion in 2023 to meet gizmo demand.")
    assert _labels(claims) == ["2023"]


def test_that_week_points_back_to_the_period_named_before() -> None:
    text = (
        "Storms hit our gizmo plants in the first week of October. "
        "That week, we lost 3,800 gizmos. Our on-time rate for that period was 41%."
    )
    assert _labels(_call(text)) == ["2023-10-01/2023-10-07", "2023-10-01/2023-10-07"]
    # contrast: "over that period" is a long-run share, not of the year named before; a sentence
    # without a pointer back takes the quarter reported on
    text = "Our gizmo sales grew fast in 2019. Gizmos made up 40% of our sales over that period."
    assert _labels(_call(text)) == ["2023Q3"]
    text = "Storms hit our gizmo plants in the first week of October. We lost 3,800 gizmos."
    assert _labels(_call(text)) == ["2023Q3"]


def test_a_limit_dates_nothing() -> None:
    claims = _call("Our new gizmo kiln was built to burn up to 70% hydrogen.")
    assert _labels(claims) == [None]
    claims = _call("These sites can hold as much as 2 million square feet of gizmo plants.")
    assert _labels(claims) == [None]
    # contrast: a level reached is the quarter's
    claims = _call("Our gizmo kiln burned 70% hydrogen.")
    assert _labels(claims) == ["2023Q3"]


def test_an_outcome_against_a_comparison_group_dates_nothing() -> None:
    claims = _call("Lines with gizmo covers have 69% fewer faults than lines without them.")
    assert _labels(claims) == [None]
    claims = _call("An omnichannel gizmo buyer spends three times more than a single channel buyer.")
    assert _labels(claims) == [None]
    # contrast: against a time, a plan or a norm the number is the quarter's result
    for text in (
        "Gizmo costs were $16 million less than modeled expectations.",
        "Gizmo sales were 5% higher than in the same quarter of 2019.",
        "Gizmo returns were 10% lower than normal.",
        "Gizmo sales grew 5% more than the market.",
        "We ended $1.1 billion better than our gizmo EBITDA with respect to our EBITDA budget.",
    ):
        assert _labels(_call(text)) == ["2023Q3"], text


def test_a_superlative_over_the_past_quarters_is_a_yardstick() -> None:
    claims = _call("Gizmo orders were the strongest in the last six quarters, with a book-to-bill of 1.13.")
    assert _labels(claims) == ["2023Q3"]


def test_a_revised_forecast_is_the_guided_year() -> None:
    text = "Q4 gizmo demand looks strong. As we now see it, we expect sales of $36 million."
    assert _labels(_call(text)) == ["2023"]
    text = "We head into the fourth quarter with momentum. Gizmo growth is now expected to be around 4%."
    assert _labels(_call(text)) == ["2023"]
    # contrast: a forecast that revises nothing takes the horizon set up before it; a long-run objective
    # is no year's guidance
    text = "Gizmo demand in the fourth quarter looks strong. We expect sales of $12 million."
    assert _labels(_call(text)) == ["2023Q4"]
    text = "We are now projecting growth within our average annual 5% to 7% gizmo objective range."
    assert _labels(_call(text)) == [None]


def test_a_sum_up_to_is_no_limit() -> None:
    claims = _call("Our gizmo projects add up to $75 million of spend.")
    assert _labels(claims) == ["2023Q3"]


def test_was_up_to_is_a_change_not_a_limit() -> None:
    claims = _call("Gizmo renewal rate change was up to 7.9% while retention was 86%.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]


def test_prior_year_reserve_development_is_no_period() -> None:
    claims = _call(
        "The gizmo combined ratio improved with 5 points of net favorable prior year reserve development."
    )
    assert _labels(claims) == ["2023Q3"]
    # contrast: the prior year itself is still the base period of a figure stated for it
    claims = _call(
        "Gizmo reserve development was $12 million compared to $40 million in the prior year quarter."
    )
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_a_balance_at_year_end_on_a_later_call_is_the_last_fourth_quarter() -> None:
    claims = _call("Our gizmo gain fell from $4.1 billion at year end to $2.8 billion at quarter end.")
    assert _labels(claims) == ["2022Q4", "2023Q3"]
    claims = _call("The gizmo reserve ratio was 84 basis points at year-end 2019.")
    assert _labels(claims) == ["2019Q4"]
    # contrast: "at year-end" in a forward sentence is the deadline at the end of this year
    claims = _call("We expect gizmo debt of $3 billion at year-end.")
    assert _labels(claims) == ["2023-12-31"]


def test_ahead_of_or_below_a_past_period_makes_it_a_base() -> None:
    claims = _call("The gizmo tax rate was 22.4%, slightly below prior year.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo margin was 20% ahead of last year.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo income was well ahead of 2022 and 9% ahead of 2021.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: "above" a number is a bound, not a comparison; a base stated as such keeps its period
    claims = _call("Gizmo margin was above 30% in the second quarter.")
    assert _labels(claims) == ["2023Q2"]
    claims = _call("Gizmo sales were $5 million compared to $4 million last year.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_a_range_of_years_through_another_is_one_span() -> None:
    claims = _call(
        "Over the track one period of 2024 through 2026, gizmo rate base growth would be about 7%."
    )
    assert _labels(claims) == ["2024-2026"]
    claims = _call("We target 5% to 7% gizmo earnings growth for 2024 through 2026.")
    assert _labels(claims) == ["2024-2026"]
    # contrast: "over" before a single period still compares; "2021 to 2023" is left to each year
    claims = _call("Gizmo sales grew 10% over the same period of 2022.")
    assert _labels(claims) == ["2023Q3"]


def test_the_remainder_of_a_named_year_runs_from_the_quarter_reported_on() -> None:
    claims = _call("For the remainder of 2023, we expect gizmo income of $420 million per quarter.", Q1_CALL)
    assert _labels(claims) == ["2023-04-01/2023-12-31"]
    # contrast: the whole year named alone stays the year
    claims = _call("We expect gizmo income of $1.6 billion in 2023.", Q1_CALL)
    assert _labels(claims) == ["2023"]


def test_a_range_restated_against_an_older_range_is_the_guided_year() -> None:
    claims = _call("And adjusted gizmo earnings per share of $5.35 to $5.40, up from $5.25 to $5.35.")
    assert claims and set(_labels(claims)) == {"2023"}
    claims = _call("Gizmo tax rate in the range of 22% to 23%, up from our previous range of 21% to 22%.")
    assert claims and set(_labels(claims)) == {"2023"}
    # contrast: a level up from an older level is the quarter's result
    claims = _call("Gizmo margin was 22%, up from 21% a year ago.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_a_dividend_payable_on_a_date_is_that_dates_quarter() -> None:
    claims = _call("Our board declared a gizmo dividend of $0.49 per share payable on December 30.")
    assert _labels(claims) == ["2023Q4"]
    # contrast: a balance on a date keeps the date (the quarter reported on at its last day)
    claims = _call("Gizmo cash was $5 million on October 15.")
    assert _labels(claims) == ["2023-10-15"]
    claims = _call("Gizmo cash was $5 million on September 30.")
    assert _labels(claims) == ["2023Q3"]


def test_the_first_weeks_in_a_month_are_those_weeks() -> None:
    claims = _call("For the first three weeks in October, gizmo revenues were up 83%.")
    assert _labels(claims) == ["2023-10-01/2023-10-21"]
    # contrast: the month alone stays the month
    claims = _call("In October, gizmo revenues were up 83%.")
    assert _labels(claims) == ["2023-10"]


def test_through_a_date_is_the_year_to_that_date() -> None:
    claims = _call("Through September 30, we have used $74 million of gizmo cash for acquisitions.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    # contrast: "at" a date is a balance on that date (at the quarter's last day, the quarter reported on)
    claims = _call("Gizmo cash was $74 million at September 30.")
    assert _labels(claims) == ["2023Q3"]


def test_an_authorization_named_after_the_amount_dates_nothing() -> None:
    claims = _call("Our board approved a new $3 billion gizmo share repurchase authorization.")
    assert _labels(claims) == [None]
    # contrast: an amount repurchased is the quarter's
    claims = _call("We repurchased $3 billion of gizmo shares.")
    assert _labels(claims) == ["2023Q3"]
    # what is left of one dates nothing either (README, decided 2026-12-03: remaining_authorization)
    claims = _call("We have about $5 billion remaining on our gizmo share repurchase authorization.")
    assert _labels(claims) == [None]


def test_to_date_right_after_a_number_is_the_call_date() -> None:
    text = "Gizmo work that we expect will impact 2024 revenue is approximately 92% complete to-date."
    assert _labels(_call(text)) == ["2023-10-26"]
    # contrast: "year to date" is the year so far
    claims = _call("Gizmo cash generation is up 15% year to date.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]


def test_in_a_quarter_is_any_quarter_not_a_deadline() -> None:
    claims = _call("One gizmo segment was above 30% margin in a quarter for the first time ever.", Q1_CALL)
    assert _labels(claims) == ["2023Q1"]
    # contrast: "within a quarter" and "in two quarters" stay deadlines
    claims = _call("We expect to reach 30% gizmo margin in two quarters.", Q1_CALL)
    assert _labels(claims) == ["2023-10-27"]


def test_a_share_of_a_years_target_is_not_that_years() -> None:
    claims = _call("During the third quarter, we achieved 38% of our 2023 gizmo synergy target.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: a figure stated for the year keeps it
    claims = _call("We expect gizmo synergies of $40 million in 2023.")
    assert _labels(claims) == ["2023"]


def test_a_range_end_before_and_is_no_base() -> None:
    claims = _call("Gizmo demand rose from July to September and reached 96 million units a day.")
    assert _labels(claims)[-1] == "2023-09"
    claims = _call("Our total gizmo allowance, that's up to $403 million.")
    assert _labels(claims) == ["2023Q3"]


def test_similar_to_or_on_par_with_a_period_makes_it_a_yardstick() -> None:
    claims = _call("Similar to last quarter, we collected 98.8% of gizmo rents.")
    assert _labels(claims) == ["2023Q3"]
    text = "Gizmo claims were on par with January of 2023 and driven by the 20% of members unvaccinated."
    assert _labels(_call(text)) == ["2023Q3"]
    # contrast: without the comparison word the period phrase is the number's
    claims = _call("Last quarter, we collected 98.8% of gizmo rents.")
    assert _labels(claims) == ["2023Q2"]


def test_the_first_half_of_last_year_is_that_half_a_year_earlier() -> None:
    text = "Gizmo cash flow was $102 million, which compared to $129 million in the first half of last year."
    assert _labels(_call(text, Q2_CALL)) == ["2023Q2", "2022H1"]
    # contrast: the first half alone is this year's
    claims = _call("Gizmo cash flow was $102 million in the first half.", Q2_CALL)
    assert _labels(claims) == ["2023H1"]


def test_consecutive_months_listed_together_are_one_span() -> None:
    text = "We expect the gizmo revenue impact to October and November combined to be roughly $330 million."
    assert _labels(_call(text)) == ["2023-10-01/2023-11-30"]
    claims = _call("Gizmo rent averaged $217 a unit for July, August and September.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo play grew more than 33% on a comparable basis from July to August.")
    assert _labels(claims) == ["2023-07-01/2023-08-31"]
    # contrast: months apart stay apart; "fell as much as 75%" is a change, not a limit
    claims = _call("These gizmo plants entered service in April and December of 2022, adding 5 units.")
    assert _labels(claims) != ["2022-04-01/2022-12-31"]
    claims = _call("Gizmo production fell as much as 75% in the quarter.")
    assert _labels(claims) == ["2023Q3"]


def test_a_change_being_made_now_is_the_guided_years() -> None:
    claims = _call("We're also increasing gizmo development starts by $300 million.")
    assert _labels(claims) == ["2023"]
    # contrast: a change made (past tense) is the quarter's; a plan "to exit the year at" is no closed year
    claims = _call("We increased gizmo development starts by $300 million.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("We are raising our gizmo target to exit the year at $700 million.")
    assert "2022Q4" not in _labels(claims)


def test_through_a_closed_quarter_is_the_year_so_far_in_a_forward_sentence_too() -> None:
    text = "We will also continue to expand, completing seven gizmo acquisitions through the third quarter."
    assert _labels(_call(text)) == ["2023-01-01/2023-09-30"]
    # contrast: a quarter still ahead is left to the forecast
    claims = _call("We will complete seven gizmo acquisitions through the fourth quarter.")
    assert _labels(claims) != ["2023-01-01/2023-12-31"]
