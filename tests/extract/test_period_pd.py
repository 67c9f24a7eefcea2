"""Periods on companies nobody tuned on (issue 3, helper PD): small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_the_parts_of_a_change_after_its_base_and_a_cause_are_of_the_change_period() -> None:
    claims = _call(
        "Revenue for the quarter was $2.1 billion, a decrease of 6.5% compared to last year due to lower "
        "widget sales of 4.2% and divestitures of 0.3%."
    )
    assert _labels(claims) == ["2023Q3", "2023Q3", "2023Q3", "2023Q3"]
    claims = _call(
        "Price mix decreased 5.2% versus last year due to lower gizmo demand of 4.1% and currency of 1.1%."
    )
    assert _labels(claims) == ["2023Q3", "2023Q3", "2023Q3"]
    # contrast: the base's own amount after the base stays the base's
    claims = _call("Gizmo volume fell 3.1% versus last year, when it grew 5.0%.")
    assert _labels(claims)[0] == "2023Q3"
    claims = _call(
        "Margin was 21%, compared to 19.5% last year, due to charges of $4 million in the prior year."
    )
    assert _labels(claims) == ["2023Q3", "2022Q3", "2022Q3"]


def test_a_forecast_change_against_the_year_before_the_guided_one_is_the_guided_year() -> None:
    claims = _call(
        "We will pay a dividend starting in the second quarter of 2024. We expect gizmo revenue to decline "
        "2% to 4% compared to 2023.",
        Q4_CALL,
    )
    assert _labels(claims) == ["2024"]
    assert _labels(_call("We expect gizmo revenue to grow 7% to 9% compared to 2023.", Q4_CALL)) == ["2024"]
    assert _labels(_call("We expect gizmo revenue to grow 7% to 9% compared to 2022.", Q2_CALL)) == ["2023"]
    # contrast: a rate over years, a level, an older base
    claims = _call(
        "We expect gizmo revenue to grow at a 4% to 7% compound annual growth rate compared to 2023.", Q4_CALL
    )
    assert _labels(claims) == [None]
    assert _labels(_call("We expect a gizmo margin of 14% compared to 2023.", Q4_CALL)) == [None]
    assert _labels(_call("We expect gizmo revenue to grow 7% compared to 2021.", Q4_CALL)) == [None]


def test_a_change_after_a_leading_clause_comparing_by_a_verb_is_of_the_period_compared() -> None:
    assert _labels(_call("When comparing core gizmo sales to Q3 2019, sales were up 12%.")) == ["2023Q3"]
    assert _labels(_call("And when we compare that to Q3 2019, we are up 30.6%, which is strong.")) == [
        "2023Q3"
    ]
    claims = _call(
        "If we compare our first half performance to the first half of 2019, revenue is 28% higher.", Q2_CALL
    )
    assert _labels(claims) == ["2023H1"]
    # contrast: a level may be of either period
    assert _labels(_call("When we compare that to Q3 2019, our margin was 20%.")) == ["2019Q3"]


def test_the_call_quarter_so_far_runs_from_its_start_to_the_call_date() -> None:
    so_far = ["2023-10-01/2023-10-26"]
    assert _labels(_call("So far in Q4, we have bought back an additional $210 million of shares.")) == so_far
    assert _labels(_call("So far in the fourth quarter, we have booked 79% of our days.")) == so_far
    assert _labels(_call("So far this quarter, we have repurchased $100 million of stock.")) == so_far
    # contrast: a number with a period phrase of its own; the quarter reported on, named whole
    claims = _call(
        "So far in the fourth quarter, we bought $5 million, after $9 million in the third quarter."
    )
    assert _labels(claims) == ["2023-10-01/2023-10-26", "2023Q3"]
    assert _labels(_call("In the fourth quarter, we expect to buy back $100 million of stock.")) == ["2023Q4"]


def test_a_count_sizing_an_asset_has_no_period() -> None:
    assert _labels(_call("We entered into a contract to construct a 1.7 million tonne facility there.")) == [
        None
    ]
    assert _labels(_call("So that is a big one, six billion tonnes of copper resource.")) == [None]
    claims = _call(
        "The field will start up in 2025, with a gross capacity of 220,000 barrels of oil per day."
    )
    assert _labels(claims) == [None]
    # contrast: what the period brought; a size dated after it
    claims = _call("We averaged about 725,000 tonnes per day of mining material in the third quarter.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("We issued a request to add 80 megawatts of new resources by summer 2025.")
    assert _labels(claims) == ["2025"]
