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
