"""Periods of spans and bases (issue 3, helper PC): small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_a_year_ago_after_a_to_date_span_is_that_span_a_year_earlier() -> None:
    claims = _call("Year-to-date free cash flow was $391 million versus $250 million last year.")
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022-01-01/2022-09-30"]
    claims = _call("For the first nine months, capex was $19 million compared to $12 million a year ago.")
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022-01-01/2022-09-30"]
    claims = _call("In the first half, the tax rate was 19% versus to 25% in the prior year period.", Q2_CALL)
    assert _labels(claims) == ["2023H1", "2022H1"]
    # contrast: a quarter named between the span and the base makes it the quarter's base
    claims = _call(
        "Year-to-date revenue was $391 million, and third-quarter revenue was $100 million versus $90 "
        "million last year."
    )
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2023Q3", "2022Q3"]
    # contrast: "the year-ago quarter" names a quarter
    claims = _call("Year-to-date revenue was $391 million versus $90 million in the year-ago quarter.")
    assert _labels(claims) == ["2023-01-01/2023-09-30", "2022Q3"]
