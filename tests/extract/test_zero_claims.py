"""'zero' said as a measure's value is a claim; with money named it takes the context's currency."""

from __future__ import annotations

from call_claims import call_claims


def test_net_debt_zero_is_money() -> None:
    claims = call_claims("Revenue was $2 billion. We expect to reach net debt zero sometime next year.")
    zero = [c for c in claims if c.span_text == "zero"]
    assert zero and zero[0].quantity.unit.code == "USD"


def test_a_zero_with_no_money_named_stays_a_count() -> None:
    zero = [
        c
        for c in call_claims("Revenue was $2 billion. The number of safety incidents is zero.")
        if c.span_text == "zero"
    ]
    assert zero and zero[0].quantity.unit.code == "count"
