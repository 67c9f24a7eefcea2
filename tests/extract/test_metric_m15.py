"""Metric rules of helper M15 (2026-12-03): measures the extractor left unkeyed."""

from __future__ import annotations

from call_claims import call_metrics


def test_a_cut_verb_with_an_unkeyed_object_is_growth() -> None:
    """ "reduced our water intensity 12%": a % the verb took off a thing with no key is its change."""
    m = call_metrics("Since 2018 we have reduced our water intensity 12% across the plants.")
    assert m["12%"] == "growth"
    m = call_metrics("We cut our scrap rate by 30% and our waste volumes by about 25% this year.")
    assert m["30%"] == "growth" and m["about 25%"] == "growth"
    m = call_metrics("We have reduced our shares outstanding by just over 20% since the program began.")
    assert m["over 20%"] == "growth"


def test_a_cut_to_a_level_is_no_change() -> None:
    """ "lowered our debt to total capitalization to 27%": the level reached, not the change."""
    m = call_metrics("These steps have lowered our debt to total capitalization to 27%.")
    assert m["27%"] is None


def test_a_cut_of_a_keyed_measure_keeps_its_own_change() -> None:
    """ "disposals reduced sales 1%": a change of revenue has its key; the cut-verb rule leaves it alone."""
    m = call_metrics("Disposals net of acquisitions reduced sales 1% in the quarter.")
    assert m["1%"] != "growth"


def test_a_percent_before_an_unkeyed_change_noun_is_growth() -> None:
    """ "on 18% volume improvement", "a 7% order decline": the % is that change."""
    m = call_metrics("Revenue rose 30% on 18% volume improvement.")
    assert m["18%"] == "growth"
    m = call_metrics("The segment posted a 7% order decline versus last year.")
    assert m["7%"] == "growth"


def test_a_share_of_a_change_or_a_gain_is_no_growth() -> None:
    """ "more than half the decline" is a share of it; "a 16% after tax gain" is a profit, not a change."""
    m = call_metrics("More than half the decline came from the exhaust business.")
    assert m["More than half"] is None
    m = call_metrics("This was offset by a 16% after tax gain on the sale.")
    assert m["16%"] is None


def test_a_rate_increase_is_no_unkeyed_growth() -> None:
    """ "with 30% rate increases": a price change, not the growth of a thing with no key."""
    m = call_metrics("Property lines renewed with 30% rate increases this quarter.")
    assert m["30%"] != "growth"


def test_net_interest_cost_is_expenses_and_other_income_has_no_key() -> None:
    """ "net interest cost to be about $200 million and other income to be $5 million": interest is a cost
    (README: interest expense `expenses`); other income has no key and takes none of the cost's."""
    m = call_metrics(
        "We expect net interest cost to be about $200 million and other income to be $5 million."
    )
    assert m["about $200 million"] == "expenses"
    assert m["$5 million"] is None
