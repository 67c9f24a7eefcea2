"""Claims with no period (issue 3, round NP): numbers that are terms of a deal rather than results of the
quarter reported on.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import period_of


def test_the_price_of_a_deal_told_as_a_deal_has_no_period() -> None:
    text = "We acquired the two gizmo warehouses for $41 million."
    assert period_of(text, "$41 million") is None
    text = "We are selling our widget unit to a private buyer for approximately $220 million."
    assert period_of(text, "approximately $220 million") is None
    text = "We closed the sale of the gizmo plant for a total consideration of around EUR 1.3 billion."
    assert period_of(text, "around EUR 1.3 billion") is None
    # contrast: a deal the sentence dates, shares bought back, a spend that is no price, an average price
    text = "In the quarter we sold the widget depot for $23 million."
    assert period_of(text, "$23 million") == "2023Q3"
    text = "We bought back 400,000 gizmo shares for $31 million."
    assert period_of(text, "$31 million") == "2023Q3"
    text = "We spent $12 million for the new gizmo line."
    assert period_of(text, "$12 million") == "2023Q3"
    text = "We sold 900 widget homes for an average of $410,000."
    assert period_of(text, "$410,000") == "2023Q3"
