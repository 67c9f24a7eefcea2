"""Period readings found on the six dev files first labelled blind (AMT, EOG, NSC, BAC, TMO, BSX; helper PD7).

No company profile: calendar quarters. Each rule has a contrasting text it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q3_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_the_year_after_a_number_beside_a_named_quarter() -> None:
    # the fourth quarter named before carries a note on its year, and is still the quarter reported on
    text = "We grew gizmo premiums by 26% in the fourth quarter and 23% in the year."
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2023"]
    # contrast: a quarter that is not the one reported on, a call before the year closes
    text = "We grew gizmo premiums by 26% in the third quarter and 23% in the year."
    assert _labels(_call(text, Q4_CALL))[1] != "2023"
    assert (
        _labels(_call("We grew gizmo premiums by 26% in the third quarter and 23% in the year.", Q3_CALL))[1]
        != "2023"
    )


def test_for_the_year_after_a_number_beside_a_named_quarter() -> None:
    text = "Gizmo sales grew 37% in the fourth quarter, leading to 22% gizmo growth for the full year."
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2023"]
    # contrast: the year after "and" is the next figure's, not this one's
    text = "Gizmo costs were $12 million for the fourth quarter and for the year totaled about $39 million."
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4", "2023"]


def test_a_sentence_opening_with_the_closed_year() -> None:
    text = (
        "During the year, we repurchased 2 million gizmo shares for $150 million.\n"
        "Over the course of the fiscal year, we returned $90 million to shareholders.\n"
        "During the year, we returned $40 million in dividends, and we ended Q4 with $800 million of cash."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023", "2023", "2023Q4"]
    # contrast: a call before the year closes (the year so far), the year named after another period
    assert _labels(_call("During the year, we repurchased 2 million gizmo shares.", Q3_CALL)) != ["2023"]
    text = "In the fourth quarter, during the year's busiest season, we sold 2 million gizmos."
    assert _labels(_call(text, Q4_CALL)) == ["2023Q4"]


def test_since_the_pandemic_itself() -> None:
    # README: "grew 240% since the pandemic" runs from 2020-03-01 to the call date
    when = date(2022, 1, 19)
    text = "Gizmo approvals by our clients grew 240% since the pandemic."
    assert _labels(_call(text, when)) == ["2020-03-01/2022-01-19"]
    text = "Over 2 million families have bought gizmos since the pandemic began."
    assert _labels(_call(text, when)) == ["2020-03-01/2022-01-19"]
    # contrast: the pandemic as a yardstick of a superlative, or as an adjective
    text = "Gizmo sales were $5 million, the best result since the pandemic began."
    assert _labels(_call(text, when)) != ["2020-03-01/2022-01-19"]
    text = "Gizmo sales rose 12% since the pandemic-driven low."
    assert _labels(_call(text, when)) != ["2020-03-01/2022-01-19"]


def test_since_a_past_quarter_is_the_span_after_it() -> None:
    # README: "since the end of Q2 last year" is the four quarters after it; "since Q4 '20" on a call about
    # Q4 2021 is 2021
    text = "Digital gizmo sales improved 44% since the first quarter of 2022."
    assert _labels(_call(text, Q3_CALL)) == ["2022-04-01/2023-09-30"]
    text = "Since Q2 2022, we have closed 17 gizmo stores."
    assert _labels(_call(text, Q3_CALL)) == ["2022-07-01/2023-09-30"]
    assert _labels(_call("We also saw $23 billion of gizmo flows since Q4 '22.", Q4_CALL)) == ["2023"]
    assert _labels(_call("The gizmo rate increased 12 basis points since last quarter.", Q3_CALL)) == [
        "2023Q3"
    ]
    # contrast: a superlative's yardstick, a quarter named without "since"
    text = "Gizmo sales of $16 million were the highest level since the first quarter of 2019."
    assert _labels(_call(text, Q3_CALL)) == ["2023Q3"]
    assert _labels(_call("Gizmo sales rose 44% from the first quarter of 2022.", Q3_CALL)) != [
        "2022-04-01/2023-09-30"
    ]
