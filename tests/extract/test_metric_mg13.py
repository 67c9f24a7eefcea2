"""A number with no measure of its own that restates the level just before it (helper MG13): a comparison
base states the same measure at another time; the next part of a split share, the same share."""

from __future__ import annotations

from call_claims import call_metrics


def test_compared_base_of_a_share_takes_the_share() -> None:
    got = call_metrics(
        "First-time buyers made up 80% of total orders in the quarter, up from 72% a year ago.\n"
    )
    assert got["80%"] == "volume_share"
    assert got["72%"] == "volume_share"


def test_compared_base_of_a_count_takes_the_measure() -> None:
    got = call_metrics("Our average staffing per clinic is now 12 employees versus 15 FTEs in 2019.\n")
    assert got["12 employees"] == "headcount"
    assert got["15 FTEs"] == "headcount"


def test_next_parts_of_a_split_share_take_the_share() -> None:
    got = call_metrics(
        "Roughly 65% of our sales come from repeat clients and the remaining 35% from new accounts.\n"
    )
    assert got["35%"] == "revenue_share"
    got = call_metrics(
        "Dealers represented 45% of our revenue, with 30% from independent shops"
        " and 15% from national chains.\n"
    )
    assert got["30%"] == "revenue_share"
    assert got["15%"] == "revenue_share"


def test_a_growth_or_an_amount_per_share_is_not_carried_as_a_level() -> None:
    got = call_metrics("Revenue grew 20% this quarter compared to 18% last year.\n")
    assert got["18%"] == "revenue_growth"
    got = call_metrics(
        "Funds from operations were $8 million or $0.09 per share, compared to $5.7 million last quarter.\n"
    )
    assert got["$5.7 million"] is None


def test_a_term_loan_is_debt() -> None:
    got = call_metrics(
        "In May we repaid the remaining $150 million of our term loan, ahead of its 2024 maturity.\n"
    )
    assert got["$150 million"] == "debt"
