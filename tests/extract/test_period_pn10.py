"""Period readings of numbers whose sentence names no period of their own (eighth session, helper PN10):
program sizes have none, the company's workforce and pipelines stand on the call date.

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from call_claims import Q3_CALL, period_of
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

CALL = Q3_CALL.isoformat()


def test_a_commitment_or_initiative_sized_by_its_adjective_has_no_period() -> None:
    assert period_of("We are also making a $200 million commitment to a gizmo fund.", "$200 million") is None
    text = "Our gizmo access program, a more than $50 million initiative aimed at rural towns, is on track."
    assert period_of(text, "more than $50 million") is None
    text = "As a sponsor, we managed the over $40 million annual gizmo marketing budget."
    assert period_of(text, "over $40 million") is None
    text = "We still see a $100 million initial market opportunity for gizmos."
    assert period_of(text, "$100 million") is None
    # a period named for something else before it does not date the program's size
    text = "Before turning to the third quarter, a word on our gizmo initiative, a $30 million initiative."
    assert period_of(text, "$30 million") is None
    # contrast: an amount done, a deal signed, a size dated after it
    text = "The gizmo division has already generated a $150 million in loan commitments."
    assert period_of(text, "$150 million") == "2023Q3"
    text = "We closed on a $1 billion credit commitment agreement for gizmos."
    assert period_of(text, "$1 billion") == "2023Q3"
    text = "We are making a $1 million commitment to gizmo schools over the next four years."
    assert period_of(text, "$1 million") != "2023Q3"
    assert period_of(text, "$1 million") is not None


def test_the_companys_workforce_counted_with_no_period_words_is_on_the_call_date() -> None:
    text = "We are enhancing training for our roughly 20,000 engineers and 1500 program managers."
    assert _labels(_call(text)) == [CALL, CALL]
    text = "We have 9,300 dedicated employees, all focused on gizmos."
    assert period_of(text, "9,300 dedicated employees") == CALL
    assert period_of("Our global team of 6,500 employees did a great job.", "6,500 employees") == CALL
    assert period_of("Thanks to our amazing Gizmoers, 534,000 strong around the world.", "534,000") == CALL
    # contrast: a change, people who are not the workforce, a period named
    assert period_of("We added 2,000 employees to our gizmo plants.", "2,000 employees") == "2023Q3"
    text = "The acquired company's 900 employees are a great fit for our gizmo business."
    assert period_of(text, "900 employees") == "2023Q3"
    text = "At the end of the quarter, our 27,000 team members were all vaccinated."
    assert period_of(text, "27,000 team members") != CALL


def test_a_pipeline_sized_with_no_period_words_is_on_the_call_date() -> None:
    text = "With a pipeline of over $7 billion, these gizmo synergies will add to our top line."
    assert period_of(text, "over $7 billion") == CALL
    text = "The gizmo team has $10 million in outstandings and a $400 million pipeline."
    assert period_of(text, "$400 million") == CALL
    # contrast: the pipeline the quarter ended or began with, one as it was
    text = "Lastly, the quarter ended with a record-setting pipeline of $1 billion."
    assert period_of(text, "$1 billion") == "2023Q3"
    text = "The quarter began with a $1.2 billion pipeline."
    assert period_of(text, "$1.2 billion") == "2023Q3"


def test_a_holding_said_with_have_and_no_period_words_is_on_the_call_date() -> None:
    assert period_of("We have $1.4 trillion in gizmo deposits.", "$1.4 trillion") == CALL
    text = "While Gizmoco has 11,500 gizmo locations, about 5,700 are premium."
    assert period_of(text, "11,500 gizmo locations") == CALL
    text = "In just a few months, we already have over 1 million members enrolled in gizmo rewards."
    assert period_of(text, "over 1 million members") == CALL
    # contrast: a change, a balance at the quarter's end, a buyback's room, a small set said in words
    assert period_of("We have doubled our gizmo sales.", "doubled") == "2023Q3"
    text = "At quarter end, we have $160 million of undrawn gizmo capacity."
    assert period_of(text, "$160 million") == "2023Q3"
    text = "We have 1.5 million shares available for repurchase under our plan."
    assert period_of(text, "1.5 million shares") != CALL
    assert period_of("We have three reporting segments.", "three reporting segments") != CALL
    text = "As gizmo demand continues to strengthen, so have two of our biggest brands."
    assert period_of(text, "two") == "2023Q3"


def test_a_level_named_as_a_minimum_threshold_or_corridor_has_no_period() -> None:
    text = "CET1 was 10.6% and remains well above our 9.5% minimum requirement."
    assert _labels(_call(text)) == ["2023Q3", None]
    text = "Our gizmo leverage ratio declined to 5.5% versus a minimum requirement of 5%."
    assert _labels(_call(text)) == ["2023Q3", None]
    text = "Leverage is in the middle of our leverage corridor of 20% to 25%."
    assert period_of(text, "20% to 25%") is None
    assert period_of("Our covenant threshold is 3.75 times, so we have headroom.", "3.75 times") is None
    # contrast: the ratio measured against it, a limit dated after it, a minimum wage
    text = "Our Tier 1 ratio was 9.4%, nearly 2 times the well-capitalized regulatory standard of 5%."
    assert period_of(text, "nearly 2 times") == "2023Q3"
    text = "Our regulatory minimum will be 9.1% in the first quarter of 2024."
    assert period_of(text, "9.1%") == "2024Q1"
    text = "We raised our gizmo minimum wage to $15 per hour."
    assert period_of(text, "$15") == "2023Q3"


def test_a_level_forecast_to_pass_a_threshold_keeps_its_period() -> None:
    text = "In about a year, the share of revenue from gizmos will exceed the 50% threshold."
    assert _labels(_call(text)) != [None]
