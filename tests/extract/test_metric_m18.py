"""Bridge steps in money that carry the measure of the amount stated just before (helper M18)."""

from __future__ import annotations

from call_claims import call_metrics


def test_added_and_contributed_steps_carry_the_bridged_measure() -> None:
    got = call_metrics(
        "Operating income for the quarter was $410 million, up $35 million from last year.\n"
        "Within that, parts was up $20 million, service contributed $9 million"
        " and aftermarket added $6 million.\n"
    )
    assert got["$20 million"] == "operating_income"
    assert got["$9 million"] == "operating_income"
    assert got["$6 million"] == "operating_income"


def test_fx_impact_in_money_carries_the_bridged_measure() -> None:
    got = call_metrics(
        "We now expect revenue of $4.2 billion for the year.\n"
        "That includes $25 million in unfavorable currency impacts versus our prior outlook.\n"
    )
    assert got["$25 million"] == "revenue"


def test_a_step_that_names_its_own_measure_or_a_per_share_bridge_is_not_carried() -> None:
    got = call_metrics(
        "Operating income for the quarter was $410 million.\n"
        "The services unit contributed $12 million in pre-tax loss.\n"
    )
    assert got["$12 million"] != "operating_income"
    got = call_metrics("Adjusted EPS was $1.10 per share.\nPricing was up $15 million.\n")
    assert got["$15 million"] is None


def test_money_invested_in_capital_is_capex() -> None:
    got = call_metrics("This year we invested $3.1 billion in capital to add capacity for our customers.\n")
    assert got["$3.1 billion"] == "capex"


def test_money_to_invest_carries_the_spending_measure_before() -> None:
    got = call_metrics(
        "In the second quarter, we invested $72 million in research and development.\n"
        "For the full year, we now expect to invest more than $300 million.\n"
    )
    assert got["$72 million"] == "expenses"
    assert got["more than $300 million"] == "expenses"
    got = call_metrics("Revenue was $2.1 billion.\nWe invested $40 million in a partner in Brazil.\n")
    assert got["$40 million"] is None
