"""Metric and period rules for results documents (earnings calls), on small sentences of our own.

The documents here have no company profile: calendar quarters, a call dated after the quarter.
"""

from __future__ import annotations

from datetime import date

from call_claims import call_claims as _call
from call_claims import period_labels as _labels
from thesisledger.extract import ClaimKind
from thesisledger.extract.claim import Claim
from thesisledger.extract.cues import comparison_start

# -- comparison bases ----------------------------------------------------------------------------


def test_comparison_start_finds_the_word_before_a_base() -> None:
    low = "widget sales rose 4% compared to the second quarter"
    assert comparison_start(low, low.index("the second")) == low.index("compared")
    assert comparison_start("margin fell 30 basis points from last year", 37) is not None


def test_over_a_time_window_is_no_comparison() -> None:
    low = "we plan to open 40 shops over the next two quarters"
    assert comparison_start(low, low.index("the next")) is None


def test_a_comparison_base_is_not_the_period_of_the_number_before_it() -> None:
    claims = _call("Widget sales rose 4% compared to the second quarter.")
    assert _labels(claims) == ["2023Q3"]


def test_the_base_number_keeps_the_base_period() -> None:
    claims = _call("Gross margin was 41%, up from 38% in the second quarter.")
    assert [c.span_text for c in claims] == ["41%", "38%"]
    assert _labels(claims) == ["2023Q3", "2023Q2"]


# -- results-document periods --------------------------------------------------------------------


def test_last_year_on_a_quarterly_call_is_the_same_quarter_a_year_earlier() -> None:
    claims = _call("Gadget orders were 1,200 units, against 900 units last year.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_last_year_stays_a_year_when_the_sentence_speaks_of_whole_years() -> None:
    claims = _call("For the full year we shipped 1,200 units, after 900 units in all of last year.")
    assert _labels(claims)[1] == "2022"


def test_a_year_ago_is_read() -> None:
    claims = _call("Cash was $40 million, compared with $35 million a year ago.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_this_quarter_is_the_quarter_reported_on() -> None:
    claims = _call("This quarter we sold 500 units.")
    assert _labels(claims) == ["2023Q3"]


def test_full_year_is_the_reported_year_and_future_quarters_are_guidance() -> None:
    claims = _call(
        "For the full year we expect revenue of $2 billion and in the fourth quarter about 5% growth."
    )
    assert _labels(claims) == ["2023", "2023Q4"]
    assert [c.kind for c in claims] == [ClaimKind.GUIDANCE, ClaimKind.GUIDANCE]


def test_full_year_after_a_fourth_quarter_call_looks_ahead_when_forward() -> None:
    claims = _call("For the full year we expect revenue of $2 billion.", when=date(2024, 2, 1))
    assert _labels(claims) == ["2024"]


def test_year_to_date_ends_with_the_reported_quarter() -> None:
    (c,) = _call("Year-to-date free cash flow was $3 billion.")
    assert c.period is not None
    assert (c.period.start, c.period.end) == (date(2023, 1, 1), date(2023, 9, 30))


def test_a_forward_sentence_takes_the_future_period_set_up_before_it() -> None:
    claims = _call("Turning to the fourth quarter.\nWe expect gross margin of about 40%.")
    assert _labels(claims) == ["2023Q4"]
    assert claims[0].kind is ClaimKind.GUIDANCE


def test_an_actual_does_not_take_a_future_period_from_the_sentence_before() -> None:
    claims = _call("We will open more shops in the fourth quarter.\nWe ended with 300 shops.")
    assert _labels(claims) == ["2023Q3"]


def test_representing_on_a_call_is_reported_not_derived() -> None:
    (_, d) = _call("Online sales were $90 million, representing 20% of sales.")
    assert d.kind is ClaimKind.ACTUAL


# -- metrics -------------------------------------------------------------------------------------


def test_a_share_of_eps_is_not_a_share_of_revenue() -> None:
    claims = _call("Earnings per share of $1.10 was an increase of 12% year over year.")
    assert [c.metric for c in claims] == ["eps", "growth"]


def test_a_percent_beside_a_count_metric_with_growth_words_is_growth() -> None:
    (c,) = _call("Unit shipments grew 14%.")
    assert c.metric == "growth"


def test_a_named_metric_beats_the_per_share_phrase() -> None:
    (c,) = _call("The board raised the quarterly dividend to $0.30 per share.")
    assert c.metric == "dividend"


def test_a_metric_after_and_names_the_next_item() -> None:
    (c,) = _call("We hold cash and investments of $800 million and a debt facility that is undrawn.")
    assert c.metric == "cash"


def test_a_percent_of_a_non_revenue_amount_is_no_revenue_share() -> None:
    (c,) = _call("We will pay out up to 40% of free cash flow.")
    assert c.metric != "revenue_share"


def test_a_tailwind_to_the_top_line_is_revenue_growth() -> None:
    (c,) = _call("Currency is a tailwind of 2% to the top line.")
    assert c.metric == "revenue_growth"


def test_lexicon_synonyms() -> None:
    assert _call("Price mix improvement of 3% helped.")[0].metric == "price_change"
    assert _call("G&A was $50 million.")[0].metric == "expenses"
    assert _call("Operating cash flow was $10 million and incremental cash flow of $5 million.")[
        1
    ].metric == ("operating_cash_flow")
    assert _call("We had 2,100 home closings.")[0].metric == "units_delivered"


def test_a_percent_that_moves_with_no_metric_named_is_growth() -> None:
    assert _call("Orders in the west were up 12%.")[0].metric == "growth"
    assert _call("Backlog value came in 7% higher.")[0].metric == "growth"


def test_up_to_is_a_bound_not_growth() -> None:
    (c,) = _call("We return up to 30% of our surplus.")
    assert c.metric is None


def test_more_than_and_over_a_number_are_bounds_not_comparisons() -> None:
    low = "sales grew 12% to more than $1 billion in 2024"
    assert comparison_start(low, low.index("2024")) is None
    low = "sales grew 12% to over $1 billion in 2024"
    assert comparison_start(low, low.index("2024")) is None
    low = "margin was 30 basis points higher than the 20% we had last year"
    assert comparison_start(low, low.index("last year")) == low.index("than")


def test_for_the_year_and_the_rest_of_the_year() -> None:
    (c,) = _call("We expect capital spending of about $90 million for the year.")
    assert _labels([c]) == ["2023"]
    (c,) = _call("We plan to run 12 stores for the rest of the year.")
    assert c.period is not None
    assert (c.period.start, c.period.end) == (date(2023, 10, 1), date(2023, 12, 31))


def test_a_change_and_the_level_it_reached_are_two_quantities() -> None:
    claims = _call("Service revenue grew 11% to $800 million.")
    assert [(c.span_text, c.metric) for c in claims] == [
        ("11%", "revenue_growth"),
        ("$800 million", "revenue"),
    ]


def test_a_generic_increase_of_a_named_metric_is_its_growth() -> None:
    claims = _call("Net sales were $4 billion, an increase of 8%.")
    assert [c.metric for c in claims] == ["revenue", "revenue_growth"]


def test_a_metric_named_before_a_share_phrase_keeps_the_number() -> None:
    (c,) = _call("SG&A as a percentage of revenue was 9.8%.")
    assert c.metric == "expenses"
    claims = _call("Service revenue grew 11% to $800 million, or 19% of total revenue.")
    assert claims[-1].metric == "revenue_share"


def test_each_item_of_a_list_keeps_its_own_metric() -> None:
    claims = _call("We ended the quarter with $1.5 billion in cash and $2 billion of total debt.")
    assert [c.metric for c in claims] == ["cash", "debt"]


def test_next_and_last_quarter_are_read_from_the_reported_quarter() -> None:
    assert _labels(_call("Next quarter we expect revenue of about $520 million.")) == ["2023Q4"]
    claims = _call("Revenue was $500 million against $480 million last quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q2"]


def test_a_quarter_of_last_year() -> None:
    claims = _call("Revenue was $500 million compared to $450 million in the third quarter of last year.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_the_first_nine_months() -> None:
    (c,) = _call("Revenue for the first nine months was $1.4 billion.")
    assert c.period is not None
    assert (c.period.start, c.period.end) == (date(2023, 1, 1), date(2023, 9, 30))


# -- changes, bases and lists of bases (round 3) ---------------------------------------------------


def test_a_change_after_a_leading_comparison_takes_the_reported_quarter() -> None:
    claims = _call("Compared to the prior quarter, average widget loans were down 0.7%.")
    assert _labels(claims) == ["2023Q3"]


def test_a_sequential_change_after_a_year_ago_base_takes_the_reported_quarter() -> None:
    claims = _call("Orders were up 58% compared to the third quarter of 2022 and up 14% sequentially.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]


def test_a_basis_point_change_never_takes_the_base_period() -> None:
    claims = _call(
        "Gadget margin was 20%, which increased by 200 basis points compared to the third quarter "
        "of last year."
    )
    assert _labels(claims) == ["2023Q3", "2023Q3"]


def test_each_listed_base_takes_its_own_period() -> None:
    claims = _call(
        "Fee income was $797 million for the third quarter of 2023, compared to $681 million for the "
        "year-ago period and $750 million in the second quarter."
    )
    assert _labels(claims) == ["2023Q3", "2022Q3", "2023Q2"]
    claims = _call(
        "Widget income was $1.025 billion for the third quarter of 2023, compared to $1.006 billion a year "
        "ago and $1.023 billion from the prior quarter."
    )
    assert _labels(claims) == ["2023Q3", "2022Q3", "2023Q2"]


def test_a_from_inside_a_noun_phrase_makes_no_base() -> None:
    claims = _call("In about a year, the share of revenue from gadgets will exceed the 50% threshold.")
    assert _labels(claims) != [None]


def test_ordinal_quarter_with_a_bare_or_hyphenated_year() -> None:
    claims = _call("Second quarter 2023 EBITDA was $597 million.")
    assert _labels(claims) == ["2023Q2"]
    claims = _call("Our widget margin was 2.47% for the third-quarter 2023.")
    assert _labels(claims) == ["2023Q3"]


def test_at_the_end_of_the_quarter_is_the_reported_quarter() -> None:
    claims = _call("At the end of the quarter, total debt was $5.2 billion.")
    assert _labels(claims) == ["2023Q3"]
    assert claims[0].kind is ClaimKind.ACTUAL


def test_for_the_year_ago_period_is_not_a_whole_year() -> None:
    claims = _call("Fee income was $681 million for the year-ago period.")
    assert _labels(claims) == ["2022Q3"]


# -- metrics and kinds on calls (round 3) -----------------------------------------------------------


def _metrics(claims: list[Claim]) -> list[str | None]:
    return [c.metric for c in claims]


def test_basis_points_of_change_of_a_named_margin_measure_that_margin() -> None:
    claims = _call("Adjusted operating margin was 20%, which increased by a strong 200 basis points.")
    assert _metrics(claims) == ["operating_margin", "operating_margin"]


def test_a_moving_percent_after_a_share_is_growth_not_a_share() -> None:
    claims = _call(
        "The widget segment, which comprised 96% of our sales, was up 34% in U.S. dollars and 30% in "
        "local currencies."
    )
    assert _metrics(claims) == ["revenue_share", "revenue_growth", "revenue_growth"]


def test_a_change_restated_as_a_percent_is_growth() -> None:
    claims = _call("Nonperforming gadgets were $554 million, a decline of $140 million or 20%.")
    assert _metrics(claims)[-1] == "growth"


def test_expense_in_the_singular_names_expenses() -> None:
    claims = _call("Total noninterest expense for the quarter was $1.112 billion.")
    assert _metrics(claims) == ["expenses"]


def test_net_income_per_common_share_is_eps() -> None:
    claims = _call("Net income from continuing operations was $0.65 per common share.")
    assert _metrics(claims) == ["eps"]
    assert claims[0].quantity.unit.per_share


def test_would_have_been_is_an_adjusted_actual() -> None:
    claims = _call("Adjusting for the sale, total loan growth would have been 4.3%.")
    assert claims[0].kind is ClaimKind.ACTUAL
    assert _labels(claims) == ["2023Q3"]


def test_up_after_will_stays_guidance() -> None:
    claims = _call("In the fourth quarter, average loans will be up low single digits.")
    assert claims[0].kind is ClaimKind.GUIDANCE
    assert _labels(claims) == ["2023Q4"]


def test_a_period_after_the_next_number_belongs_to_that_number() -> None:
    claims = _call(
        "In the third quarter, widget costs came down one basis point, following a two basis point decline "
        "last quarter."
    )
    assert _labels(claims) == ["2023Q3", "2023Q2"]
