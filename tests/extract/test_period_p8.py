"""Period readings of the dev8 calls' recurring phrasings (seventh session, helper P8).

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_a_state_said_in_the_present_tense_is_the_call_date() -> None:
    # README: "running at" and present-tense balances and counts ("is approved in 43 states") the call date
    assert _labels(_call("Gizmo leverage remains at a comfortable 22.8%.")) == ["2023-10-26"]
    assert _labels(_call("We are running at 70% of the gizmo producers we had before.")) == ["2023-10-26"]
    text = "Our gizmo product is approved in 43 states and our widget in 42 states."
    assert _labels(_call(text)) == ["2023-10-26", "2023-10-26"]
    # contrast: a past auxiliary, an infinitive, an average (a rate over a span) keep the quarter
    assert _labels(_call("Gizmo leverage was running at 22.8%.")) == ["2023Q3"]
    assert _labels(_call("The three-month average gizmo rate remains around 30%.")) == ["2023Q3"]
    # contrast: a period of its own
    assert _labels(_call("In the third quarter, gizmo leverage remains at 22.8%.")) == ["2023Q3"]
