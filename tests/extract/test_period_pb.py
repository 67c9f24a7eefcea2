"""Period rules of helper PB (issue 3): the year, the quarter or an instant.

No company profile: calendar quarters. Each rule has a contrasting text it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import call_claims as _call
from call_claims import period_labels as _labels
from thesisledger.extract import ClaimKind

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_a_balance_moved_under_a_look_at_the_full_year_is_the_years_change() -> None:
    text = (
        "Now, let me comment on our full year 2023 results.\n"
        "Gizmo revenue increased $12 billion to $97 billion.\n"
        "We strengthened the balance sheet by paying off $2.5 billion of long-term debt.\n"
        "And we reduced our net debt by $1.2 billion.\n"
        "We repaid another $300 million of notes."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023", "2023", "2023"]
    # contrast: the balance itself, a level at the year's close, stays the closing quarter's
    text = (
        "Now, let me comment on our full year 2023 results.\n"
        "Gizmo revenue increased $12 billion to $97 billion.\n"
        "Our net debt was $4.1 billion."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023Q4"]


def test_for_the_quarter_is_the_quarter_reported_on() -> None:
    text = "Gizmo net income was $64 million for the quarter and $514 million for the year."
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2023"]
    text = "Gizmo margin was 29% for the quarter and 23% year-to-date."
    assert _labels(_call(text)) == ["2023Q3", "2023-01-01/2023-09-30"]
    text = "Gizmo G&A for the quarter was $146 million, including $7 million for the 2018 performance shares."
    assert _labels(_call(text))[0] == "2023Q3"
    # contrast: a quarter with its own end date, another quarter named before, a look ahead
    text = "Gizmo margin was 3.7% for the quarter ended June 30, 2023."
    assert _labels(_call(text)) == ["2023Q2"]
    text = "Last quarter, I provided a Q4 revenue scenario of $270 million to $300 million for the quarter."
    assert _labels(_call(text)) == ["2023Q4"]
    text = "We expect gizmo revenue of $300 million for the quarter."
    assert _labels(_call(text)) != ["2023Q3"]  # a coming quarter (read elsewhere), not the one reported on


def test_every_quarter_of_the_year_keeps_the_look_at_the_year() -> None:
    text = (
        "Gizmo margins stayed in double digits throughout 2023 and achieved full-year margins of 12%.\n"
        "International revenue increased every quarter in 2023.\n"
        "In North America, we achieved 36% incrementals year on year."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023"]
    # contrast: a sentence back on the quarter ends the look at the year
    text = text.replace("every quarter in 2023", "sequentially in the quarter")
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023Q4"]


def test_a_balance_the_year_ended_with_is_the_closing_quarters() -> None:
    text = (
        "We generated free cash flow of $1.4 billion and ended the year with $3 billion of cash on hand, "
        "even after the retirement of $685 million of long-term debt in 2023."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023Q4", "2023"]
    text = "Gizmo net debt finished the year at $1.9 billion and free cash flow was $298 million in 2023."
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2023"]
    # contrast: a sum the year finished with is the year's; a change the year ended with too
    text = "We finished the year with gizmo revenue of $15 billion in 2023."
    assert _labels(_call(text, Q4_CALL)) == ["2023"]
    text = "In 2023, we ended the year with net debt down $1.2 billion."
    assert _labels(_call(text, Q4_CALL)) == ["2023"]


def test_a_projection_named_is_the_guided_years() -> None:
    text = "We are maintaining our gizmo revenue growth projection in the mid-teens percent range."
    claims = _call(text)
    assert _labels(claims) == ["2023"]
    assert claims[0].kind is ClaimKind.GUIDANCE
    assert _labels(_call("Our adjusted tax rate projection is unchanged at 16% to 16.5%.")) == ["2023"]
    # contrast: a projection as a yardstick of the quarter's result
    claims = _call("Gizmo revenue of $5 million was well above our projection.")
    assert _labels(claims) == ["2023Q3"]
    assert claims[0].kind is ClaimKind.ACTUAL


def test_a_now_state_after_a_clause_on_the_quarter_is_on_the_call_date() -> None:
    text = "While gizmo comps for the quarter were negative, the market now has over 100 million members."
    assert _labels(_call(text)) == ["2023-10-26"]
    text = "During the quarter, Gizmo Bank originated 6,200 loans, and now has a portfolio of $530 million."
    assert _labels(_call(text)) == ["2023Q3", "2023-10-26"]
    # contrast: a now-state dated by a phrase of its own clause keeps that period
    text = "Gizmo backlog now stands at $24 billion at the end of the quarter."
    assert _labels(_call(text)) == ["2023Q3"]
