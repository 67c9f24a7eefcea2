"""Period rules for numbers given a period, but the wrong one (issue 3, the P2 round), on small sentences
of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_over_the_year_ago_quarter_is_a_base_written_with_or_without_a_hyphen() -> None:
    claims = _call("Gizmo profit was $58 million, a 10% increase over the year ago quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("Gizmo profit was $58 million, a 10% increase over the year-ago quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    # contrast: "over the year" is a time window, not a base
    claims = _call("Gizmo sales rose 10% over the year 2022.")
    assert _labels(claims) == ["2022"]
