"""A share that names its own whole after it (helper QP14): "of <measure>" says what the share is taken of, so
the whole of a share said just before ("60% of group sales") is neither its whole nor its subject."""

from __future__ import annotations

from call_claims import call_metrics


def test_a_share_of_profit_after_a_share_of_sales_is_a_profit_share() -> None:
    got = call_metrics("The division accounted for 60% of group sales and 75% of group EBITDA.\n")
    assert got["60%"] == "revenue_share"
    assert got["75%"] == "profit_share"
    got = call_metrics("Asia made up 40% of revenue and 55% of net income last year.\n")
    assert got["40%"] == "revenue_share"
    assert got["55%"] == "profit_share"


def test_a_share_of_a_measure_with_no_share_key_takes_none() -> None:
    got = call_metrics("Asia made up 40% of revenue and 55% of free cash flow.\n")
    assert got["55%"] is None


def test_a_share_restating_the_same_whole_keeps_it() -> None:
    got = call_metrics(
        "Late bookings went from 23% of total bookings in the second quarter"
        " to 21% of bookings in the third.\n"
    )
    assert got["21%"] == "volume_share"
