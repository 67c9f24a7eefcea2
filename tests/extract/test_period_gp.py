"""GP: a guidance paragraph's scope carried to its next sentences (dev error type Y:Q).

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023; on it the
guided year is 2023.
"""

from __future__ import annotations

from call_claims import Q3_CALL, call_claims, period_of
from thesisledger.extract import ClaimKind

_OPENER = (
    "Looking forward, let me share some color on our revised 2023 guidance. We are raising our full year"
    " gizmo revenue outlook by $300 million. "
)


def _claim(text: str, span: str) -> tuple[str | None, ClaimKind]:
    found = [c for c in call_claims(text, Q3_CALL) if c.span_text == span]
    assert found, span
    return (found[0].period.label if found[0].period else None), found[0].kind


def test_a_part_of_the_guidance_just_given_is_the_guided_year() -> None:
    text = _OPENER + "That increase reflects $250 million from the widget acquisition."
    assert _claim(text, "$250 million") == ("2023", ClaimKind.GUIDANCE)
    # a step of the raise, the number leading its sentence
    text = _OPENER + "$200 million increase for the core business and a $100 million increase from pricing."
    assert _claim(text, "$200 million") == ("2023", ClaimKind.GUIDANCE)


def test_a_list_line_under_the_guidance_is_the_guided_year() -> None:
    text = (
        "Now turning to our outlook. For 2023, we now expect the following. Net gizmo sales of $1.2 billion"
        " to $1.3 billion. Capital expenditures of $50 million to $55 million."
    )
    assert period_of(text, "$1.2 billion to $1.3 billion", Q3_CALL) == "2023"
    assert period_of(text, "$50 million to $55 million", Q3_CALL) == "2023"


def test_the_scope_ends_at_a_quarter_a_result_or_a_new_topic() -> None:
    # a sentence on the quarter between: the quarter's
    text = _OPENER + "In the quarter, gizmo demand held up. That increase reflects $250 million of pricing."
    assert period_of(text, "$250 million", Q3_CALL) == "2023Q3"
    # a result told in the past between
    text = _OPENER + "We delivered record gizmo sales. That increase reflects $250 million of pricing."
    assert period_of(text, "$250 million", Q3_CALL) == "2023Q3"
    # a new topic
    text = _OPENER + "Now moving on to our balance sheet. Liquidity includes $250 million of cash."
    assert period_of(text, "$250 million", Q3_CALL) == "2023Q3"


def test_a_result_or_a_state_in_the_scope_keeps_the_quarter() -> None:
    text = _OPENER + "Adjusted EBITDA of $69 million increased 8% on a pro forma basis."
    assert period_of(text, "$69 million", Q3_CALL) == "2023Q3"
    text = _OPENER + "Our gizmo margin of 12% is the best in the industry."
    assert period_of(text, "12%", Q3_CALL) == "2023Q3"
    text = _OPENER + "We own land aggregating over 16 million square feet."  # no part of the forecast
    assert period_of(text, "over 16 million square feet", Q3_CALL) == "2023Q3"
    text = _OPENER + "The gizmo plant provides around 15% of the state's gizmos."  # a verb: no list line
    assert period_of(text, "around 15%", Q3_CALL) == "2023Q3"
