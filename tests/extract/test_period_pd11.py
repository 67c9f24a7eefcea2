"""Period readings for phrasings first seen failing on the dev11 companies (eighth session, helper PD11):
"since the beginning of the year" runs to the call date, "by the middle of the decade" is a deadline, and
the level a ratio moved from is the year-ago quarter's.

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q1_CALL, Q3_CALL, period_of

CALL = Q3_CALL.isoformat()


def test_since_the_beginning_of_the_year_runs_to_the_call_date() -> None:
    text = "Gross debt for gizmos has decreased by almost $1.5 billion since the beginning of the year."
    assert period_of(text, "almost $1.5 billion") == f"2023-01-01/{CALL}"
    text = "Since the start of this year, we have opened 40 gizmo stores."
    assert period_of(text, "40 gizmo stores") == f"2023-01-01/{CALL}"
    # a year named after it keeps its own reading; a call held after the year closed is left alone
    text = "Since the beginning of the year 2019, we have opened 40 gizmo stores."
    assert period_of(text, "40 gizmo stores") != f"2023-01-01/{CALL}"
    text = "Gross debt for gizmos has decreased by almost $1.5 billion since the beginning of the year."
    assert period_of(text, "almost $1.5 billion", date(2024, 1, 25)) != "2024-01-01/2024-01-25"


def test_by_the_middle_of_the_decade_is_a_deadline_at_the_end_of_its_fifth_year() -> None:
    text = "The plan gives us nearly two gigawatts of gizmo capacity by the middle of the decade."
    assert period_of(text, "nearly two gigawatts") == "2025-12-31"
    text = "The project includes a total of 2,000 gizmo trucks to be delivered by mid-decade."
    assert period_of(text, "2,000 gizmo trucks") == "2025-12-31"
    # once the decade's middle has passed, no such deadline
    assert period_of(text, "2,000 gizmo trucks", date(2026, 2, 1)) != "2025-12-31"


def test_the_level_a_ratio_moved_from_is_the_year_ago_quarter() -> None:
    text = "Gizmo EBITDA increased from 10.5% to 16.1% of sales, driven by higher volumes."
    assert period_of(text, "10.5%") == "2022Q3"
    assert period_of(text, "16.1%") == "2023Q3"
    text = "Gizmo EBITDA increased from 12.3% of sales to 15.1%, due to stronger volumes."
    assert period_of(text, "12.3%") == "2022Q3"
    text = "Store margin as a percentage of revenues increased to 24.5% from 23.1% on lower labor costs."
    assert period_of(text, "23.1%") == "2022Q3"
    assert period_of(text, "24.5%") == "2023Q3"
    text = "The overall gizmo gross margin decreased by 160 basis points from 41.2% to 39.5% of net sales."
    assert period_of(text, "41.2%", Q1_CALL) == "2022Q1"
    # contrast: a dated move, a growth rate's move, a forecast, a change that is no level
    text = "The gizmo loss ratio increased from 42.7% in 2020 to 56.7% in 2021."
    assert period_of(text, "42.7%") == "2020"
    text = "Gizmo growth accelerated from 5% to 8%."
    assert period_of(text, "5%") == "2023Q3"
    text = "We expect gizmo margin to increase from 10% to 12%."
    assert period_of(text, "10%") != "2022Q3"
    text = "The gizmo margin contracted by 6 basis points from 2.41% to 2.35%, against the prior quarter."
    assert period_of(text, "2.41%") != "2022Q3"
    text = "After the IPO, our ownership of the gizmo unit decreased from 100% to 81.6%."
    assert period_of(text, "100%") != "2022Q3"
    text = "Gizmo revenue increased 5% from $10 million."
    assert period_of(text, "5%") == "2023Q3"


def test_a_period_dating_a_plain_nouns_relative_clause_does_not_date_the_main_clause() -> None:
    text = "The decisive actions we took early this year delivered strong gizmo margins of 11.1%."
    assert period_of(text, "11.1%") == "2023Q3"
    text = "Gizmo growth of 29.5% came with a 13.9% comp, continuing the momentum we had in the first half."
    assert period_of(text, "13.9%") == "2023Q3"
    assert period_of(text, "29.5%") == "2023Q3"
    # contrast: a noun holding a figure is what the clause dates; a period of the main clause stays
    text = "The 10 gizmo stores we opened in the first quarter added $5 million of sales."
    assert period_of(text, "10 gizmo stores") == "2023Q1"
    text = "In the first quarter, gizmo sales grew 12%, continuing the momentum we had last year."
    assert period_of(text, "12%") == "2023Q1"


def test_what_is_already_sold_for_a_coming_period_stands_on_the_call_date() -> None:
    text = "We expect a record quarter, after already selling 65 million gizmo tickets for events next year."
    assert period_of(text, "65 million gizmo tickets") == CALL
    text = "Demand is strong, with 65 million gizmo tickets already being sold for 2024 events."
    assert period_of(text, "65 million gizmo tickets") == CALL
    # contrast: sold in a period named, or a forecast for the coming year
    text = "We have already sold 5 million gizmo tickets in the quarter."
    assert period_of(text, "5 million gizmo tickets") == "2023Q3"
    text = "We expect to sell 5 million gizmo tickets for next year."
    assert period_of(text, "5 million gizmo tickets") == "2024"


def test_currently_before_a_forecast_verb_is_no_instant() -> None:
    text = "For full year, we currently project gizmo revenues of $110 million to $130 million."
    assert period_of(text, "$110 million to $130 million") == "2023"
    text = "We currently have 500 gizmo stores."
    assert period_of(text, "500 gizmo stores") == CALL


def test_a_level_before_its_change_since_a_start_is_the_quarters_balance() -> None:
    text = (
        "We show $502.8 million of gizmo cash on the balance sheet, an increase of $418.4 million since the "
    )
    text += "beginning of the year."
    assert period_of(text, "$502.8 million") == "2023Q3"
    assert period_of(text, "$418.4 million") == f"2023-01-01/{CALL}"
    text = "Gizmo cash was $1.2 billion, up $300 million since 2019."
    assert period_of(text, "$1.2 billion") == "2023Q3"
    # contrast: a flow since the start keeps the span
    text = "We have repurchased 346,000 gizmo shares since the beginning of the year, for $20 million."
    assert period_of(text, "346,000 gizmo shares") == f"2023-01-01/{CALL}"
