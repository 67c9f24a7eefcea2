"""A revision told as done, in a paragraph about the year's guidance, gives the guided year (issue 3, PO10).

No company profile: calendar quarters. Each case has a contrasting text the rule must not change.
"""

from __future__ import annotations

from call_claims import Q2_CALL, call_claims
from thesisledger.extract import ClaimKind


def _read(text: str) -> dict[str, tuple[str | None, ClaimKind]]:
    return {c.span_text: (c.period.label if c.period else None, c.kind) for c in call_claims(text, Q2_CALL)}


def test_a_new_level_of_a_revision_under_the_years_guidance_is_the_guided_year() -> None:
    text = (
        "Last night, we revised our 2023 guidance and annual assumptions.\n"
        "We raised our same-store gizmo revenue range to 10% to 11%.\n"
        "Same-store gizmo expense growth was reduced to 0% to 1%."
    )
    read = _read(text)
    assert read["10% to 11%"] == ("2023", ClaimKind.GUIDANCE)
    assert read["0% to 1%"] == ("2023", ClaimKind.GUIDANCE)


def test_a_level_reached_or_no_guidance_before_is_left_to_the_quarter() -> None:
    # contrast: no guidance paragraph before
    text = "Gizmo demand was strong.\nWe raised our gizmo prices to $12."
    assert _read(text)["$12"] == ("2023Q2", ClaimKind.ACTUAL)
    # contrast: a level the measure itself reached, at a date
    text = (
        "Last night, we revised our 2023 guidance and annual assumptions.\n"
        "Our leverage ratio increased to three times at June 30, 2023."
    )
    assert _read(text)["three times"][1] is ClaimKind.ACTUAL
