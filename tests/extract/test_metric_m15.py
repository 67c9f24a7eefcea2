"""Metric rules of helper M15 (2026-12-03): measures the extractor left unkeyed."""

from __future__ import annotations

from call_claims import call_metrics


def test_a_cut_verb_with_an_unkeyed_object_is_growth() -> None:
    """"reduced our water intensity 12%": a % the verb took off a thing with no key is its change."""
    m = call_metrics("Since 2018 we have reduced our water intensity 12% across the plants.")
    assert m["12%"] == "growth"
    m = call_metrics("We cut our scrap rate by 30% and our waste volumes by about 25% this year.")
    assert m["30%"] == "growth" and m["about 25%"] == "growth"
    m = call_metrics("We have reduced our shares outstanding by just over 20% since the program began.")
    assert m["over 20%"] == "growth"


def test_a_cut_to_a_level_is_no_change() -> None:
    """"lowered our debt to total capitalization to 27%": the level reached, not the change."""
    m = call_metrics("These steps have lowered our debt to total capitalization to 27%.")
    assert m["27%"] is None

