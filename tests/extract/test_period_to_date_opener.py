"""A sentence opening with "Year-to-date," sets the period of the sentence after it (issue 3, helper PO10).

No company profile: calendar quarters. Each case has a contrasting text the rule must not change.
"""

from __future__ import annotations

from call_claims import Q2_CALL, Q3_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

NINE_MONTHS = "2023-01-01/2023-09-30"


def test_a_result_told_after_a_year_to_date_opener_is_the_years_to_date() -> None:
    text = (
        "Gizmo revenue for the quarter is up 16%.\n"
        "On a year-to-date basis, gizmo revenue is up $733 million.\n"
        "Operating earnings are up $137 million, and net earnings are up $140 million."
    )
    assert _labels(_call(text, Q3_CALL)) == ["2023Q3", NINE_MONTHS, NINE_MONTHS, NINE_MONTHS]
    text = (
        "Year-to-date, gizmo margins were 5.6% versus 3.1% last year.\n"
        "Finally, net income was $2 million, up from $1.3 million last year."
    )
    assert _labels(_call(text, Q3_CALL))[2] == NINE_MONTHS


def test_a_year_to_date_aside_leaves_the_quarter_to_the_sentences_further_on() -> None:
    # contrast: two sentences on, the aside is over ("Now let's turn to our Q3 results" names no "quarter")
    text = (
        "Year-to-date, we reduced the number of incidents by 30%.\n"
        "I'm grateful to our teams for keeping our people safe.\n"
        "We delivered earnings per share of $0.82, up 44%."
    )
    assert _labels(_call(text, Q3_CALL))[1:] == ["2023Q3", "2023Q3"]
    # contrast: a state told in the present is no sum of the year
    text = (
        "Year-to-date, gizmo website traffic is up 10% compared to last year.\n"
        "Our injury frequency rate is 0.8%."
    )
    assert _labels(_call(text, Q3_CALL))[-1] == "2023Q3"
    # contrast: "year-to-date" inside the sentence dates its own clause only
    text = (
        "These results were driven by our strong year-to-date gizmo sales growth of 12%.\n"
        "Net income was $2 million, up from $1.3 million last year."
    )
    assert _labels(_call(text, Q3_CALL))[-2] == "2023Q3"


def test_a_look_ahead_ends_the_half_a_sentence_before_opened() -> None:
    text = (
        "We have already exceeded our targeted 5% gizmo cost reduction in the first half of 2023.\n"
        "We now expect that our average gizmo cost will be more than 7% lower than last year.\n"
        "Average gizmo assembly days are down 11%."
    )
    assert _labels(_call(text, Q2_CALL))[-1] == "2023Q2"
    # contrast: a comparison base alone between is passed over, the half goes on
    text = (
        "In the first half of 2023, gizmo revenue increased 12%.\n"
        "This is in addition to the 15% gizmo savings achieved in 2022.\n"
        "Average gizmo assembly days were down 11%."
    )
    assert _labels(_call(text, Q2_CALL))[-1] == "2023H1"
