"""GP12: the next quarter's guidance scope carried to its list lines (quarter_guidance_scope).

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023; the quarter
its quarterly guidance speaks of is 2023Q4.
"""

from __future__ import annotations

from call_claims import Q3_CALL, call_claims
from thesisledger.extract import ClaimKind

_OPENER = "With all of that in mind, here is our guidance for the fourth quarter. "


def _claim(text: str, span: str) -> tuple[str | None, ClaimKind]:
    found = [c for c in call_claims(text, Q3_CALL) if c.span_text == span]
    assert found, (span, [c.span_text for c in call_claims(text, Q3_CALL)])
    return (found[0].period.label if found[0].period else None), found[0].kind


def test_list_lines_under_the_next_quarters_guidance_are_its_forecast() -> None:
    text = _OPENER + "Gizmo revenue of $410 million to $430 million. Earnings per share $0.52 to $0.56."
    assert _claim(text, "$410 million to $430 million") == ("2023Q4", ClaimKind.GUIDANCE)
    assert _claim(text, "$0.52 to $0.56") == ("2023Q4", ClaimKind.GUIDANCE)


def test_the_scope_runs_on_past_a_base_and_from_line_to_line() -> None:
    # a comparison with an earlier year between, and more lines than _SCOPE_BACK after the opener
    text = (
        _OPENER + "Gizmo revenue of $410 million to $430 million. Our midpoint is 12% higher than 2022. "
        "Widget revenue of $80 million to $85 million. Gross margin, gizmos, 31% to 32%. "
        "Widgets, 20% to 21%. "
        "Overall, 28% to 29%. Selling costs, gizmos, 9% to 10%. Widgets, 7% to 8%. Overall, 8% to 9%."
    )
    assert _claim(text, "$80 million to $85 million") == ("2023Q4", ClaimKind.GUIDANCE)
    assert _claim(text, "8% to 9%") == ("2023Q4", ClaimKind.GUIDANCE)


def test_the_scope_ends_at_a_result_another_period_or_a_new_topic() -> None:
    # a result told in the past between: the quarter reported on
    text = _OPENER + "In the third quarter, gizmo sales were strong. Gross margin of 31% to 32%."
    assert _claim(text, "31% to 32%") == ("2023Q3", ClaimKind.ACTUAL)
    text = _OPENER + "Gizmo demand was strong last year. Gross margin of 31% to 32%."
    assert _claim(text, "31% to 32%")[0] != "2023Q4"
    # a new topic
    text = _OPENER + "Now moving on to our balance sheet. Cash of $250 million."
    assert _claim(text, "$250 million") == ("2023Q3", ClaimKind.ACTUAL)
    # no guidance word where the quarter is named
    text = "The fourth quarter is our busiest season. Gross margin of 31% to 32%."
    assert _claim(text, "31% to 32%") == ("2023Q3", ClaimKind.ACTUAL)


def test_a_telegraphic_forecast_line_in_an_outlook_is_its_forecast() -> None:
    # "X to be ..." with no finite verb: the section's "we expect" left out; its "up" tells no result
    text = (
        "For the fourth quarter, we are planning as follows, against 2019. Gizmo sales to be up 3% to 5% "
        "from the 2019 level. Our gizmo margin to settle around 12%."
    )
    assert _claim(text, "3% to 5%") == ("2023Q4", ClaimKind.GUIDANCE)
    assert _claim(text, "around 12%") == ("2023Q4", ClaimKind.GUIDANCE)
    text = (
        "For the full year 2023, we now expect the following. Gizmo sales to be up 3% to 5% year-over-year."
    )
    assert _claim(text, "3% to 5%") == ("2023", ClaimKind.GUIDANCE)
    # contrast: a finite verb before the infinitive, a result ("continued to be up 4%")
    text = "For the fourth quarter, we are planning as follows. Gizmo sales continued to be up 4% last month."
    assert _claim(text, "4%")[1] is ClaimKind.ACTUAL
