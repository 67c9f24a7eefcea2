"""Whole years and multi-year spans read as the quarter (issue 3, helper PI): small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_the_base_of_a_closed_years_result_is_the_year_before() -> None:
    claims = _call(
        "For the full year, revenue was $2.4 billion, compared to $2.1 billion in the prior year.", Q4_CALL
    )
    assert _labels(claims) == ["2023", "2022"]
    claims = _call(
        "Net income for the full year increased to $260.8 million or $0.53 per diluted share, compared to "
        "$203.3 million or $0.41 per diluted share for the same period last year.",
        Q4_CALL,
    )
    assert _labels(claims) == ["2023", "2023", "2022", "2022"]
    claims = _call("Our gross margin was 32.8% for the year, down from 33.6% last year.", Q4_CALL)
    assert _labels(claims) == ["2023", "2022"]
    # contrast: the base of the quarter's result is the year-ago quarter
    claims = _call(
        "Revenue was $5.4 billion in the fourth quarter, compared to $5.1 billion in the prior year quarter, "
        "and for the full year revenue grew 8%.",
        Q4_CALL,
    )
    assert _labels(claims) == ["2023Q4", "2022Q4", "2023"]
    # "last year" read from a January call date is the closed year: the quarter's base is the year-ago quarter
    claims = _call(
        "Gross margin in Q4 2023 was 33.3% versus 30.2% last year, and for the full year it was 29.8% versus "
        "29.2% last year.",
        Q4_CALL,
    )
    assert _labels(claims) == ["2023Q4", "2022Q4", "2023", "2022"]


def test_a_forecast_rate_then_through_a_later_year_runs_over_the_years_to_it() -> None:
    Q2 = date(2023, 7, 27)
    claims = _call("We are targeting annual organic revenue growth of 2% to 4% through 2026.", Q2)
    assert _labels(claims) == ["2023-2026"]
    claims = _call("We affirmed the same 6.5% operating earnings per share growth guidance through 2027.", Q2)
    assert _labels(claims) == ["2023-2027"]
    claims = _call("We expect average annual sales growth in the range of 3.5% to 4.5% through 2025.", Q2)
    assert _labels(claims) == ["2023-2025"]
    # contrast: no rate word (a share of leases), and an amount
    claims = _call("We expect about 20% of our leases to be rolling through 2025.", Q2)
    assert _labels(claims) == ["2025"]
    claims = _call("We expect the average annual capex through 2025 to be approximately $600 million.", Q2)
    assert _labels(claims) == ["2025"]


def test_the_year_a_call_is_held_in_said_so_far_ends_on_the_call_date() -> None:
    claims = _call("So far in 2024 we have purchased 1.4 million shares for $50 million.", Q4_CALL)
    assert _labels(claims) == ["2024-01-01/2024-01-25", "2024-01-01/2024-01-25"]
    claims = _call(
        "We paid down another $300 million of debt, totaling $500 million of debt paydown for 2023 to date.",
        date(2023, 11, 2),
    )
    assert _labels(claims)[1] == "2023-01-01/2023-11-02"
    # contrast: the year the reported quarter is in, so far, and year to date: to the quarter's end
    claims = _call("So far in 2023, we have opened 36 new stores.", date(2023, 11, 2))
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    claims = _call("We have generated $215 million in proceeds year to date.", date(2023, 11, 2))
    assert _labels(claims) == ["2023-01-01/2023-09-30"]


def test_a_change_to_an_earlier_year_named_after_it_is_of_the_period_reported() -> None:
    Q3 = date(2023, 10, 26)
    claims = _call("Q3 sales rose 12% compared to last year and 10% to 2019.", Q3)
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("In APAC, sales were down 12% to last year and down 32% to 2019.", Q3)
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("Organic sales rose 15.1% compared to last year, a 14.14% organic gain over 2019.", Q3)
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    claims = _call("For the full year, we expect revenue to be up around 3% to 2022.", Q3)
    assert _labels(claims) == ["2023"]
    # contrast: a level of the earlier year, and a base stated as such
    claims = _call("While down 160 basis points in 2022, it was well above the 15.3% from 2019.", Q3)
    assert _labels(claims)[1] == "2019"
    claims = _call("Operating income was $79 million compared to $27 million in 2019.", Q3)
    assert _labels(claims) == ["2023Q3", "2019"]
