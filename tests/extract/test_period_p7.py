"""Period rules of helper P7 (issue 3), on small sentences of our own.

No company profile: calendar quarters (a Q3 2023 call). Each rule has a contrasting sentence it must
not change.
"""

from __future__ import annotations

from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_a_level_flat_to_an_earlier_period_is_the_quarter_reported_on() -> None:
    claims = _call("Adjusted earnings per gizmo were $2.69, flat to the prior year period.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo sales were $1.5 billion, essentially flat with the third quarter of 2022.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo sales were flat with last year, and up 20% sequentially.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("The gizmo mix was comparable with the prior year and included 33% from new buyers.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: "flat to up 2%" is a range of the year after it, not a comparison with that year
    claims = _call("We expect gizmo sales flat to up 2% in 2024.")
    assert _labels(claims) == ["2024"]
    # contrast: the base itself stated with "compared to" keeps its period
    claims = _call("Gizmo sales were $1.5 billion, compared to $1.4 billion in the third quarter of 2022.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]
