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


def test_reported_naming_a_kind_of_figure_leaves_a_forecast_forward() -> None:
    claims = _call("For the full year, we now expect reported gizmo sales growth of 5% to 6%.")
    assert [c.kind.value for c in claims] == ["guidance"]
    claims = _call(
        "For 2023, adjusted EPS is now expected to be in the range of $4.42 to $4.51, and reported EPS "
        "to be in the range of $4.08 to $4.19."
    )
    assert _labels(claims) == ["2023", "2023"]
    assert [c.kind.value for c in claims] == ["guidance", "guidance"]
    # contrast: "reported" after its subject is the report of what happened
    claims = _call("We reported gizmo sales of $2.1 billion.")
    assert [c.kind.value for c in claims] == ["actual"]
    claims = _call("Gizmo sales grew 5% and reported EPS of $1.20 was up 8%.")
    assert [c.kind.value for c in claims] == ["actual", "actual", "actual"]


def test_a_figure_that_passed_an_earlier_period_is_the_quarter_reported_on() -> None:
    claims = _call(
        "Our gizmo margin of 12.6% was a record and exceeded the prior year period by 400 basis points."
    )
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("Gizmo sales of $3 billion surpassed the second quarter.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: "exceeding" before a number bounds it, and the year after is the number's own
    claims = _call("We expect gizmo growth exceeding 10% in 2024.")
    assert _labels(claims) == ["2024"]
