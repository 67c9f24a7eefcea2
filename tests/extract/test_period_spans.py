"""Spans of time (issue 3, round 7): periods that run from one day to another, on small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import Q1_CALL, Q2_CALL, Q3_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_through_year_end_in_a_forecast_is_the_balance_of_the_year() -> None:
    claims = _call("We expect gizmo margins to stay at about 30% through year-end.", Q1_CALL)
    assert _labels(claims) == ["2023-04-01/2023-12-31"]
    claims = _call("We will average gizmo output of 2% per month through the end of this year.", Q1_CALL)
    assert _labels(claims) == ["2023-04-01/2023-12-31"]
    claims = _call("We expect gizmo margins to stay at about 30% through year-end.", Q3_CALL)
    assert _labels(claims) == ["2023Q4"]
    # contrast: a sentence that does not look ahead keeps its balances at the quarter reported on
    claims = _call("Gizmo occupancy is 97.9%, with a roll of 4% of space through year-end.", Q2_CALL)
    assert _labels(claims)[0] == "2023Q2"
    # contrast: "by year-end" is a deadline
    claims = _call("We expect gizmo margins to reach about 30% by the end of the year.", Q1_CALL)
    assert _labels(claims) == ["2023-12-31"]


def test_the_remaining_quarters_of_the_year_are_the_balance_of_the_year() -> None:
    claims = _call(
        "We expect gains of about 50 basis points in each of the three remaining quarters this year.", Q1_CALL
    )
    assert _labels(claims) == ["2023-04-01/2023-12-31"]
    claims = _call("We are forecasting 25 to 27 gizmos for the remaining two quarters of 2023.", Q2_CALL)
    assert _labels(claims) == ["2023H2"]
    # contrast: a total "for the year" stays the year
    claims = _call(
        "We expect spend to rise in the remaining quarters of 2023, with over $600 million for the year.",
        Q1_CALL,
    )
    assert _labels(claims) == ["2023"]


def test_the_same_period_of_a_to_date_span_is_that_span_a_year_earlier() -> None:
    claims = _call(
        "Gizmo interest for the first nine months was $331 million, down from $357 million for the"
        " same period in 2022."
    )
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022-01-01/2022-09-30"]
    claims = _call(
        "Year-to-date, gizmo sales were $500 million compared to $450 million in the same period last year."
    )
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022-01-01/2022-09-30"]
    claims = _call(
        "For the first half, gizmo sales were $5 million compared to $4 million in the same period of 2022."
    )
    assert _labels(claims) == ["2023H1", "2022H1"]
    # contrast: after a quarter, the same period last year is that quarter a year earlier
    claims = _call(
        "Gizmo sales were $500 million in the quarter compared to $450 million in the same period last year."
    )
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_a_growth_rate_through_a_later_year_runs_over_the_years_to_it() -> None:
    claims = _call("The gizmo market is expected to grow at a double-digit CAGR through 2026.", Q2_CALL)
    assert _labels(claims) == ["2023-2026"]
    claims = _call(
        "We anticipate increasing our gizmo dividend by more than 5% annually through 2026.", Q2_CALL
    )
    assert _labels(claims) == ["2023-2026"]
    assert claims[0].kind.value == "guidance"  # the kind read on the later year: a forecast
    # contrast: a level "in" a later year stays that year
    claims = _call("We expect gizmo sales of $5 billion in 2026.", Q2_CALL)
    assert _labels(claims) == ["2026"]


def test_trailing_twelve_month_ebitda_under_a_leverage_ratio_dates_no_ratio() -> None:
    claims = _call("Our ratio of net debt to trailing 12 month adjusted EBITDA was 1.5 times.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Total net leverage was 1.8 times trailing 12-months adjusted EBITDA.", Q2_CALL)
    assert _labels(claims) == ["2023Q2"]
    # contrast: the trailing EBITDA itself is the four quarters ending with the one reported on
    claims = _call("Trailing 12 month adjusted EBITDA of $155 million remained flat.")
    assert _labels(claims) == ["2022-10-01/2023-09-30"]


def test_one_figure_in_two_years_running_is_the_span_of_both() -> None:
    claims = _call("We have grown gizmo membership approximately 40% in both 2022 and 2021.")
    assert _labels(claims) == ["2021-2022"]
    claims = _call("We expect to incur the remaining $24 million in 2024 and 2025.")
    assert _labels(claims) == ["2024-2025"]
    # contrast: years apart, or one each ("respectively"), are no span
    claims = _call("Gizmo notes of $5 million are maturing in 2024 and 2026.")
    assert _labels(claims) == ["2026"]
    claims = _call("Gizmo revenue was $5 million and $6 million in 2021 and 2022, respectively.")
    assert "2021-2022" not in _labels(claims)
    # contrast: a year and "full year" are two periods
    claims = _call("Gizmo R&D was 9.1% versus 8.5% in 2022 and full year operating income was 17%.")
    assert "2022-2023" not in _labels(claims)


def test_the_past_n_months_end_with_the_quarter_reported_on() -> None:
    claims = _call("Gizmo sales have grown 15% over the last six months.")
    assert _labels(claims) == ["2023-04-01/2023-09-30"]
    claims = _call("Over the past 18 months, we have opened 40 gizmo stores.")
    assert _labels(claims) == ["2022-04-01/2023-09-30"]
    # contrast: a yardstick ("the highest level in") and a forecast keep their periods
    claims = _call("Gizmo prices reached $5, their highest level in the last six months.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("We expect gizmo sales to grow 15% over the next six months.")
    assert "2023-04-01/2023-09-30" not in _labels(claims)
