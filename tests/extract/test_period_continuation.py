"""A sentence going on with the statement before it takes that statement's period and kind (issue 3, DC12).

No company profile: calendar quarters. Each case has a contrasting text the rule must not change.
"""

from __future__ import annotations

from call_claims import call_claims
from thesisledger.extract import ClaimKind

QUARTER_FORECAST = "For the fourth quarter, we expect widget revenue of $40 million.\n"
TRAILING_ACTUAL = "Over the trailing twelve months, gizmo sales were $500 million.\n"


def _read(text: str) -> dict[str, tuple[str | None, ClaimKind]]:
    return {c.span_text: (c.period.label if c.period else None, c.kind) for c in call_claims(text)}


def test_and_goes_on_with_the_forecast_before() -> None:
    assert _read(QUARTER_FORECAST + "And gizmo margin of 18% to 19%.")["18% to 19%"] == (
        "2023Q4",
        ClaimKind.GUIDANCE,
    )


def test_of_that_goes_on_with_the_forecast_before() -> None:
    read = _read(QUARTER_FORECAST + "Of that, $5 million comes from gizmos.")
    assert read["$5 million"] == ("2023Q4", ClaimKind.GUIDANCE)


def test_this_translates_goes_on_with_the_forecast_before() -> None:
    text = "For 2023, we expect gizmo sales of $300 million.\nThis translates to gizmo growth of 9%."
    assert _read(text)["9%"] == ("2023", ClaimKind.GUIDANCE)


def test_this_represents_goes_on_with_an_actual_of_a_longer_period() -> None:
    read = _read(TRAILING_ACTUAL + "This represents gizmo growth of 12%.")
    assert read["12%"] == ("2022-10-01/2023-09-30", ClaimKind.ACTUAL)


def test_a_new_item_a_period_of_its_own_or_a_past_base_is_not_carried() -> None:
    # a new item of a list
    assert _read(QUARTER_FORECAST + "And finally, gizmo margin was 18%.")["18%"] == (
        "2023Q3",
        ClaimKind.ACTUAL,
    )
    # a period of its own
    assert _read(QUARTER_FORECAST + "And gizmo margin of 18% in the third quarter.")["18%"][0] == "2023Q3"
    # no opening that goes on with it
    assert _read(QUARTER_FORECAST + "Gizmo margin was 18%.")["18%"] == ("2023Q3", ClaimKind.ACTUAL)
    # told as done after a forecast
    assert _read(QUARTER_FORECAST + "And we delivered gizmo margin of 18%.")["18%"] == (
        "2023Q3",
        ClaimKind.ACTUAL,
    )
    # the present named after an actual of a longer period
    assert _read(TRAILING_ACTUAL + "And gizmo margin is now 12%.")["12%"][0] != "2022-10-01/2023-09-30"
    # an actual's period that ended before the quarter reported on: a base, not the statement's period
    base = "Last year, gizmo sales were $80 million.\nThis represents gizmo growth of 12%."
    assert _read(base)["12%"][0] == "2023Q3"
