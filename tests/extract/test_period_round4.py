"""Period rules of round 4 (issue 3), on small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q1_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_in_the_quarter_beside_year_to_date_is_the_quarter() -> None:
    claims = _call("Gizmo sales fell 14% in the quarter and 9% year to date.")
    assert _labels(claims) == ["2023Q3", "2023-01-01/2023-09-30"]
    claims = _call(
        "Year to date we made $3 million of gizmo cash, and we ended the quarter with $8 million of cash."
    )
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2023Q3"]
    # contrast: a forward sentence's "in the quarter" is not the quarter reported on
    claims = _call("For the fourth quarter we expect gizmo sales to grow 5% in the quarter.")
    assert _labels(claims) == ["2023Q4"]


def test_a_period_right_after_a_number_joined_by_and_is_that_numbers() -> None:
    claims = _call("Gizmo profit rose 11% in the quarter and 13% for the first nine months of 2023.")
    assert _labels(claims) == ["2023Q3", "2023-01-01/2023-09-30"]
    claims = _call("Gizmo will add $9 million of revenue to our 2023 results and another $4 million in 2024.")
    assert _labels(claims) == ["2023", "2024"]
    # contrast: a period leading both numbers stays theirs
    claims = _call("In the third quarter, gizmo profit rose 11% and gadget profit 13%.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]


def test_guidance_named_without_a_period_is_the_years() -> None:
    text = "We are raising our gizmo sales guidance to a range of $40 million to $44 million."
    assert _labels(_call(text, Q1_CALL)) == ["2023"]
    assert _labels(_call(text, date(2024, 2, 8))) == ["2024"]  # a fourth-quarter call guides the next year
    # contrast: guidance as a yardstick is not the year's guidance
    claims = _call("Gizmo sales of $41 million were well above our guidance of $38 million.", Q1_CALL)
    assert "2023" not in _labels(claims)


def test_a_rate_per_year_dates_nothing() -> None:
    claims = _call("The new gizmo line can make 400,000 units per year.")
    assert _labels(claims) == [None]
    # contrast: a year-on-year change is the quarter's
    claims = _call("Gizmo sales grew 4% per year-on-year comparison.")
    assert _labels(claims) == ["2023Q3"]


def test_a_threshold_or_condition_dates_nothing() -> None:
    claims = _call("Staff get a gizmo bonus if the plant's safety score achieves 90%.")
    assert _labels([c for c in claims if c.span_text == "90%"]) == [None]
    claims = _call("Three plants are already at the second threshold of 90%.")
    assert _labels([c for c in claims if c.span_text == "90%"]) == [None]
    # contrast: a level reached, stated as a fact, is the quarter's
    claims = _call("The plant's safety score reached 90%.")
    assert _labels(claims) == ["2023Q3"]


def test_currently_and_to_date_are_the_call_date() -> None:
    assert _labels(_call("We currently run 42 gizmo plants.")) == ["2023-10-26"]
    assert _labels(_call("To date, 17 gizmo clients have signed.")) == ["2023-10-26"]
    # contrasts: a forecast said 'currently', year to date, and a rate per year keep their readings
    assert _labels(_call("We currently expect gizmo sales of $9 million in Q4.")) == ["2023Q4"]
    assert _labels(_call("Gizmo sales were up 6% year to date.")) == ["2023-01-01/2023-09-30"]
    assert _labels(_call("The plants we currently run save 3,000 tons of steel per year.")) == [None]


def test_so_far_this_year_is_the_year_to_date() -> None:
    claims = _call("So far this year, we have bought back $40 million of gizmo shares.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call("We have opened 12 gizmo stores thus far in 2023.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    # contrast: the whole year stays the year
    claims = _call("For the full year, gizmo sales will be $90 million.")
    assert _labels(claims) == ["2023"]


def test_a_starting_change_after_from_keeps_the_period_after_it() -> None:
    claims = _call("Gizmo growth went from down 4% in Q2 to up 7%.")
    assert _labels(claims) == ["2023Q2", "2023Q3"]
    # contrast: a change with a base after it is still the quarter's
    claims = _call("Gizmo sales were up 7% from the second quarter.")
    assert _labels(claims) == ["2023Q3"]


def test_a_count_of_quarters_in_a_row_is_no_period() -> None:
    claims = _call("This was our second quarter in a row with double-digit gizmo growth.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: a named quarter still dates the number
    claims = _call("We had double-digit gizmo growth in the second quarter.")
    assert _labels(claims) == ["2023Q2"]


def test_the_first_days_of_a_month_are_those_days() -> None:
    claims = _call("We repaid $30 million of gizmo debt in the first 18 days of October.")
    assert _labels(claims) == ["2023-10-01/2023-10-18"]
    # contrast: the month alone is the month
    claims = _call("We repaid $30 million of gizmo debt in October.")
    assert _labels(claims) == ["2023-10"]


def test_a_change_to_the_guidance_is_for_the_guided_year() -> None:
    claims = _call("Together these add $0.40 to our gizmo earnings per share guidance.", Q1_CALL)
    assert _labels(claims) == ["2023"]
    # contrast: a comparison with the guidance is the quarter's
    claims = _call("Gizmo sales were $3 million higher compared to our prior guidance.", Q1_CALL)
    assert _labels(claims) == ["2023Q1"]


def test_a_period_after_the_bases_own_period_is_the_changes() -> None:
    claims = _call("Compared to 2021, our 2022 gizmo margin was 90 basis points higher.", date(2023, 2, 8))
    assert _labels(claims) == ["2022"]
    # contrast: one period phrase after the comparison word stays the base's
    claims = _call("Compared to 2021, gizmo margin was 90 basis points higher.", date(2023, 2, 8))
    assert _labels(claims) == ["2022Q4"]


def test_the_midpoint_of_a_range_just_given_has_its_period() -> None:
    text = (
        "For the fourth quarter, we expect gizmo sales of $40 million to $44 million.\n"
        "The midpoint of $42 million represents growth of 5%."
    )
    assert _labels(_call(text)) == ["2023Q4", "2023Q4", "2023Q4"]
    # contrast: after a sentence about the quarter reported on there is no range ahead to take a period
    # from; "midpoint" is a forward cue (a guided figure), and a forward number whose sentence before sets
    # up no future period has none
    done = text.replace(
        "For the fourth quarter, we expect gizmo sales of", "In the quarter, gizmo sales were"
    )
    assert _labels(_call(done)) == ["2023Q3", None, None]


def test_a_year_naming_notes_is_no_period() -> None:
    claims = _call("In the quarter we redeemed the remaining $200 million of our 2027 senior notes.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: a year that dates the number still does
    claims = _call("We plan to redeem $200 million of senior notes in 2024.")
    assert _labels(claims) == ["2024"]


def test_a_counterfactual_actual_takes_no_forward_horizon() -> None:
    text = "For the full year, we expect gizmo margin of 30%.\nWithout a strike, margin would have been 28%."
    assert _labels(_call(text)) == ["2023", "2023Q3"]
    # contrast: a plain forecast after it takes the year set up before
    ahead = text.replace("Without a strike, margin would have been 28%.", "Gizmo sales should grow 4%.")
    assert _labels(_call(ahead)) == ["2023", "2023"]
