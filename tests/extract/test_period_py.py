"""PY: full-year numbers that were read as the quarter reported on (dev error type Y:Q).

No company profile: calendar quarters. Q1_CALL is held on 2023-04-27 about January-March 2023.
"""

from __future__ import annotations

from call_claims import Q1_CALL, period_of


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
