"""M17: metric keys other than the labelled one, fixed by recurring readings (README, Metric conventions)."""

from __future__ import annotations

from call_claims import call_metrics


def test_this_growth_restates_the_sales_growth_before() -> None:
    # "This represents N% growth" after a sentence measuring revenue: the revenue's growth
    m = call_metrics("Net sales were $450 million. This represents 12% growth over last year.")
    assert m["12%"] == "revenue_growth"
    m = call_metrics("Organic growth was 8.9% in the quarter. This 8.9% growth excludes divested businesses.")
    assert m["8.9%"] == "revenue_growth"
    m = call_metrics("Revenues for the quarter were $1.5 billion. That's an increase of 12% over last year.")
    assert m["12%"] == "revenue_growth"
    m = call_metrics("Sales for the quarter were $3.7 billion. This is up 9% from last year.")
    assert m["9%"] == "revenue_growth"


def test_this_growth_after_another_metric_stays_growth() -> None:
    # the sentence before measured net income: its growth has no key of its own (README: `growth`)
    m = call_metrics("Net income was $80 million. This represents 12% growth over last year.")
    assert m["12%"] == "growth"
    # a second number of the sentence is not the restated one
    m = call_metrics(
        "We expect the business to deliver $6.5 billion in revenue next year. "
        "This represents 8% growth on top of the 30% growth it delivered this year."
    )
    assert m["30%"] == "growth"


def test_restated_sales_growth_on_another_basis() -> None:
    # the same growth restated on another basis right after it: also the sales growth
    m = call_metrics("Sales were $2.6 billion. That's a 17% increase as reported and 9% on a constant basis.")
    assert (m["17%"], m["9%"]) == ("revenue_growth", "revenue_growth")
    # contrast: another metric's growth after it keeps its own reading
    m = call_metrics("Revenue was $6.5 billion. This represents 8% growth, and EPS grew 12%.")
    assert m["12%"] == "growth"
