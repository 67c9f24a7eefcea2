"""PY: full-year numbers that were read as the quarter reported on (dev error type Y:Q).

No company profile: calendar quarters. Q1_CALL is held on 2023-04-27 about January-March 2023.
"""

from __future__ import annotations

from call_claims import Q1_CALL, call_claims, period_of
from thesisledger.extract import ClaimKind


def test_annual_target_range_is_the_year_not_a_base_quarter() -> None:
    text = (
        "The gizmo ratio was 54.8%, higher than the prior year quarter of 51% and at the top end of our"
        " annual target range of 50% to 55%."
    )
    assert period_of(text, "50% to 55%", Q1_CALL) == "2023"
    assert period_of(text, "51%", Q1_CALL) == "2022Q1"  # the base stays the base
    text = (
        "We view this sale as incremental to our normal yearly property gain guidance of $30 million to $40"
        " million and it alone represents 100 basis points of the margin improvement this quarter."
    )
    assert period_of(text, "$30 million to $40 million", Q1_CALL) == "2023"


def test_annual_plan_left_undated_and_plain_annual_levels_are_untouched() -> None:
    # a standing target with no period words stays undated
    text = "We are on our path to achieving an annual gizmo revenue target of $10 billion."
    assert period_of(text, "$10 billion", Q1_CALL) is None
    # an annual level is no plan: the quarter reported on
    text = "Gizmo annual recurring revenue was $10 billion."
    assert period_of(text, "$10 billion", Q1_CALL) == "2023Q1"


def test_a_number_at_a_ranges_midpoint_is_the_guided_year() -> None:
    text = "This represents 14% year-over-year growth at the midpoint and includes currency headwinds."
    assert period_of(text, "14%", Q1_CALL) == "2023"
    text = (
        "We are raising our gizmo range to $4.10 to $4.20 per share, or up about $0.22 from the midpoint of"
        " our prior outlook."
    )
    assert period_of(text, "$4.10 to $4.20 per share", Q1_CALL) == "2023"
    assert period_of(text, "about $0.22", Q1_CALL) == "2023"
    claims = call_claims("The new range is 4.5% to 7.5% with a midpoint of 6%.", Q1_CALL)
    assert next((c.span_text, c.kind, c.period.label if c.period else None) for c in claims) == (
        "4.5% to 7.5%",
        ClaimKind.GUIDANCE,
        "2023",
    )


def test_a_result_measured_against_a_midpoint_stays_the_quarter() -> None:
    text = "Gizmo sales of $1.9 billion were above the midpoint of our prior expected range."
    assert period_of(text, "$1.9 billion", Q1_CALL) == "2023Q1"
    text = "Gizmo earnings per share were $1.28, exceeding the midpoint of our guidance by $0.03 per share."
    assert period_of(text, "$0.03 per share", Q1_CALL) == "2023Q1"


def test_a_midpoint_right_after_a_quarters_forecast_is_that_quarters() -> None:
    text = (
        "For the second quarter, we expect gizmo sales of $1.5 billion.\n"
        "Adjusting for $50 million of currency benefit, the midpoint of our sales guidance implies 10%"
        " growth."
    )
    assert period_of(text, "10%", Q1_CALL) == "2023Q2"
    # contrast: a sentence that speaks of the year takes the guided year
    text = (
        "For the second quarter, we expect gizmo sales of $1.5 billion.\n"
        "We are raising our full-year sales guidance to $6 billion, a $250 million increase at the midpoint."
    )
    assert period_of(text, "$250 million", Q1_CALL) == "2023"


def test_a_tally_of_what_was_done_last_year_is_the_whole_year() -> None:
    text = "If you take the nearly 5,900 gizmo sites we built last year, the network is large."
    assert period_of(text, "nearly 5,900 gizmo sites", Q1_CALL) == "2022"
    text = "We saw strong retention of the 4 million customers acquired last year."
    assert period_of(text, "4 million customers", Q1_CALL) == "2022"
    # contrast: a base a result is compared with stays the same quarter a year earlier
    text = "Gizmo revenues increased to $250 million compared to $23 million we reported last year."
    assert period_of(text, "$23 million", Q1_CALL) == "2022Q1"
    # contrast: a sentence naming a quarter
    text = "We opened 40 gizmo stores last year in the first quarter alone."
    assert period_of(text, "40 gizmo stores", Q1_CALL) != "2022"


def test_a_forecast_the_call_keeps_is_the_guided_year_not_a_quarter_before() -> None:
    text = (
        "We expect the first tranche of gizmo churn to hit our run rate in the second quarter of this year.\n"
        "On the international side, we continue to anticipate gizmo growth in the range of 5 to 6%."
    )
    assert period_of(text, "5 to 6%", Q1_CALL) == "2023"
    # contrast: a forecast of quarterly amounts keeps the quarter
    quarterly = text.replace(
        "gizmo growth in the range of 5 to 6%", "quarterly gizmo losses of about $15 million"
    )
    assert period_of(quarterly, "about $15 million", Q1_CALL) == "2023Q2"
