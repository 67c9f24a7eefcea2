"""Comparison bases (issue 3, round PK): the period of a base and of the figure compared with it.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import period_of


def test_a_change_stated_as_the_base_takes_the_base_period() -> None:
    text = "Gizmo sales grew 9%, compared to 4% growth last year."
    assert period_of(text, "4%") == "2022Q3"
    assert period_of(text, "9%") == "2023Q3"
    text = "Gizmo revenue grew 12% versus 106% growth in the third quarter of 2022."
    assert period_of(text, "106%") == "2022Q3"
    text = "Gizmo sales rose 2% in the quarter, lapping a 21% increase from the second quarter of 2023."
    assert period_of(text, "21%") == "2023Q2"
    text = "Gizmo sales grew 4% against a robust 19% comp from the third quarter of 2022."
    assert period_of(text, "19%") == "2022Q3"
    text = "Gizmo sales grew 4% on top of a strong 16% same-store sales growth a year ago."
    assert period_of(text, "16%") == "2022Q3"
    text = "Gizmo sales grew 9%, compared to growth of 4% last year."
    assert period_of(text, "4%") == "2022Q3"
    # contrast: the change compared keeps the period reported; a base change with no period phrase after its
    # noun, or one whose phrase is the quarter reported on, keeps its reading
    text = "Gizmo sales grew 9%, compared to 4% growth in the third quarter."
    assert period_of(text, "4%") == "2023Q3"
    text = "Gizmo sales grew 9% in the quarter versus 4% growth for the industry."
    assert period_of(text, "4%") == "2023Q3"


def test_a_change_on_top_of_an_earlier_change_keeps_the_period_reported() -> None:
    text = "Gizmo sales grew 9% on top of a 26% comp last year."
    assert period_of(text, "9%") == "2023Q3"
    assert period_of(text, "26%") == "2022Q3"
    text = "The 30% growth in gizmos is on top of 4% growth last year."
    assert period_of(text, "30%") == "2023Q3"
    text = "In the third quarter, gizmo sales grew 25% on top of 106% growth in the second quarter of 2023."
    assert period_of(text, "25%") == "2023Q3"
    text = "Gizmo sales fell 26% compared to the strong gizmo sales growth of nearly 40% in the prior year."
    assert period_of(text, "26%") == "2023Q3"
    text = "Gizmo sales were up 18%, off just a 4% decline last year."
    assert period_of(text, "18%") == "2023Q3"
    # contrast: a change whose own period phrase comes before "on top of" keeps it
    text = "Gizmo sales grew 5% last year on top of 4% growth in 2021."
    assert period_of(text, "5%") == "2022Q3"


def test_a_level_before_its_change_from_the_base_keeps_the_period_reported() -> None:
    text = (
        "Despite the headwind of last year's temporary cost actions, we delivered an adjusted gizmo margin of"
        " 12.8%, up 210 basis points from last year."
    )
    assert period_of(text, "12.8%") == "2023Q3"
    text = "Despite last year's gizmo actions, capex was $90 million, up $22 million from last year."
    assert period_of(text, "$90 million") == "2023Q3"
    # contrast: a level whose own period phrase differs from the base's keeps it
    text = "In 2021, gizmo margin was 12.8%, up 210 basis points from 2020."
    assert period_of(text, "12.8%") == "2021"
