"""Instants against the quarter (issue 3): a state said "now" is dated on the call day.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_a_state_said_now_is_an_instant_on_the_call_date() -> None:
    assert _labels(_call("We now have 140 gizmo customers.")) == ["2023-10-26"]
    assert _labels(_call("Gizmo backlog now stands at $3.1 billion.")) == ["2023-10-26"]
    assert _labels(_call("Gizmo rentals, which are now 30% of the business, grew 12%.")) == [
        "2023-10-26",
        "2023Q3",  # a change said after the state is the quarter's
    ]
    # contrast: without "now", or with a period phrase of its own, the quarter reported on
    assert _labels(_call("We have 140 gizmo customers.")) == ["2023Q3"]
    assert _labels(_call("We now have 140 gizmo customers, up from 90 in the third quarter.")) != [
        "2023-10-26",
        "2023-10-26",
    ]
    # contrast: a revised forecast is no state
    assert _labels(_call("We now expect gizmo revenue of $3.1 billion.")) != ["2023-10-26"]


def test_a_result_by_the_end_of_the_quarter_is_the_quarter_reported_on() -> None:
    claims = _call("We had delivered 131 gizmos to customers through the end of the quarter.")
    assert _labels(claims) == ["2023Q3"]
    assert _labels(_call("By the end of the quarter, gizmo backlog had reached $645 million.")) == ["2023Q3"]
    # contrast: a forecast to the end of the quarter is a deadline; "through" a named quarter the year so far
    assert _labels(_call("We expect to open 20 gizmo stores by the end of the quarter.")) == ["2023-12-31"]
    claims = _call("We opened 131 gizmo stores through the third quarter.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
