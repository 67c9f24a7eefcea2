"""A forecast revising the year's guide against the prior one is the guided year's, not the next quarter's a
sentence before set up (issue 3, helper PO10).

No company profile: calendar quarters. Each case has a contrasting text the rule must not change.
"""

from __future__ import annotations

from call_claims import Q3_CALL, call_claims


def _periods(text: str) -> dict[str, str | None]:
    return {c.span_text: (c.period.label if c.period else None) for c in call_claims(text, Q3_CALL)}


LEAD = (
    "Gizmo margins will step back in the fourth quarter, but still show strong progress for the full year.\n"
    "From a segment perspective, we've improved the outlook for each gizmo line.\n"
)


def test_a_revision_of_the_prior_guide_is_the_guided_year() -> None:
    read = _periods(LEAD + "On earnings per share we are raising the lower end of the prior guide to $12.85.")
    assert read["$12.85"] == "2023"
    read = _periods(LEAD + "Gizmo sales are anticipated to be up 30%, down slightly from prior guidance.")
    assert read["30%"] == "2023"


def test_a_forecast_with_no_prior_guide_keeps_the_quarter_set_up() -> None:
    # contrast: nothing revised against a prior guide; the quarter the sentences before set up stands
    read = _periods(LEAD + "We expect gizmo earnings per share of $4.18.")
    assert read["$4.18"] == "2023Q4"
