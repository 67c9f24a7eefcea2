"""Which noun a number measures, by general readings of English: what an "excluding" phrase leaves out,
cash returned to shareholders, an amount "in" a noun, the level a rate moved to, and the base of a share.
Sentences of our own, each rule with a contrasting case."""

from __future__ import annotations

from datetime import date

import pytest

from call_claims import call_claims, call_metrics

CALL_DATE = date(2021, 7, 28)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the measure an "excluding" or "net of" phrase leaves out is not what the number outside it measures
        ("Net sales, excluding franchise fees, were $310 million.", {"$310 million": "revenue"}),
        (
            "Full-year adjusted earnings, excluding amortization expense, are expected to be $4.10 to $4.30.",
            {"$4.10 to $4.30": "eps"},
        ),
        (
            "On the adjusted EPS line, where we excluded the debt retirement expense, we earned $2.05,"
            " a 9% increase from a year ago.",
            {"$2.05": "eps", "9%": "growth"},
        ),
        (
            "We expect adjusted SG&A of about $180 million excluding any bad debt expense.",
            {"about $180 million": "expenses"},
        ),
        # contrast: a number inside the phrase is the excluded measure's
        (
            "Excluding fuel expense of $50 million, costs rose 3%.",
            {"$50 million": "expenses", "3%": "expenses"},
        ),
        (
            "Net sales were $310 million, and franchise fees were $20 million.",
            {"$310 million": "revenue", "$20 million": None},
        ),
    ],
)
def test_what_an_excluding_phrase_leaves_out(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cash returned to shareholders and payout ratios have no key
        (
            "We returned over $25 million back to our shareholders through dividends.",
            {"over $25 million": None},
        ),
        ("We returned 65% of our earnings to shareholders this quarter.", {"65%": None}),
        # contrast: a dividend amount paid to shareholders is the dividend
        ("We returned $500 million in dividends to shareholders.", {"$500 million": "dividend"}),
    ],
)
def test_cash_returned_to_shareholders(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "$X in <noun> at $Y": the noun is X's, the amount at Y a rate of it
        (
            "We paid $210 million in dividends at $0.35 per share.",
            {"$210 million": "dividend", "$0.35 per share": "dividend"},
        ),
        # contrast: a phrase leading into the next number by "at" is that number's
        (
            "We sold 3 million tons at an average selling price of $820 per ton.",
            {"3 million tons": "units_delivered", "$820": None},
        ),
    ],
)
def test_amount_in_a_noun(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate with no key that moved some points "to" a level: the level is no growth
        ("Net interest margin increased 4 basis points to 2.61%.", {"4 basis points": None, "2.61%": None}),
        (
            "The operating ratio improved 120 basis points year-over-year to 61.3%.",
            {"120 basis points": None, "61.3%": None},
        ),
        # contrast: a % move of something with no key is its growth
        ("Carloads increased 6% in the quarter.", {"6%": "growth"}),
    ],
)
def test_level_a_rate_moved_to(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "$238 million or 18% of sales": sales is what the share is taken of, not the amount
        (
            "Engineering and development expenses in the third quarter grew 12% over the prior year"
            " to $238 million or 18% of sales.",
            {"12%": "expenses", "$238 million": "expenses", "18%": "expenses"},
        ),
        # contrast: an amount of sales named right after it
        ("The acquisition added $238 million of sales.", {"$238 million": "revenue"}),
    ],
)
def test_base_of_a_share_stated_between(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doubling stated against an earlier period is a change
        (
            "Segment profit was $2 billion, double last year's level.",
            {"$2 billion": "operating_income", "double": "growth"},
        ),
        ("Streaming hours more than double sequentially.", {"more than double": "growth"}),
        # contrast: a multiple compared with no period, or a level reached
        ("The bonus doubles to $3,000 if the goal is met.", {"doubles": None, "$3,000": None}),
        ("The market should grow nearly three times faster than GDP.", {"nearly three times": None}),
    ],
)
def test_a_doubling_against_an_earlier_period(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)  # whether "doubles" is read as a quantity at all is the span reader's business
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "have risen 3%", "had fallen 4%": the participles of rise and fall are moves like the rest
        ("Inventories have risen 3% from their trough.", {"3%": "growth"}),
        ("Carloads had fallen 4% by the end of the quarter.", {"4%": "growth"}),
        # contrast: a level with no move word
        ("Inventories stood at 3% of sales.", {"3%": None}),
    ],
)
def test_risen_and_fallen_are_moves(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gap to another organisation is no change of a metric
        ("Our average rate is about 12% lower than Acme Power's.", {"about 12%": None}),
        ("Our unit costs are 8% lower than our competitors.", {"8%": None}),
        # contrast: the same words against an earlier period are a change
        ("Net sales were 5% higher than last year.", {"5%": "revenue_growth"}),
        ("Net sales were 5% higher than January.", {"5%": "revenue_growth"}),
    ],
)
def test_a_gap_to_another_organisation(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "$X through <noun>" names how X was spent, as "$X of <noun>" names what it is
        (
            "We returned $800 million of excess capital to shareholders, including $500 million through share"
            " repurchases.",
            {"$800 million": None, "$500 million": "buyback"},
        ),
        # contrast: the cash returned as a whole has no key
        ("We returned $800 million of excess capital to shareholders.", {"$800 million": None}),
    ],
)
def test_an_amount_through_a_noun(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a growth phrase naming its own measure is not a generic increase of the metric before it
        (
            "Rental revenues increased 12%, driven by 6.5% rent growth.",
            {"12%": "revenue_growth", "6.5%": "growth"},
        ),
        # contrast: a bare growth word after a named metric is that metric's growth
        (
            "Outpatient revenues increased 12%, or 6.5% growth excluding acquisitions.",
            {"12%": "revenue_growth", "6.5%": "revenue_growth"},
        ),
    ],
)
def test_a_named_growth_keeps_its_own(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the revenue a margin is taken "on" is not what a change of that margin measures
        (
            "Gross margin on home sales revenue was 24.1%, up 90 basis points sequentially.",
            {"24.1%": "gross_margin", "90 basis points": "gross_margin"},
        ),
        # contrast: home sales revenue that moved is revenue growth
        ("Home sales revenue was up 9% sequentially.", {"9%": "revenue_growth"}),
    ],
)
def test_the_revenue_a_margin_is_taken_on(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<metric> growth of N% to $X" names the next number: the amount before it is not that metric's
        (
            "Results include adjusted revenue growth of 9% to $12.4 billion, adjusted earnings growth of 20%"
            " to $1.1 billion after tax.",
            {
                "9%": "revenue_growth",
                "$12.4 billion": "revenue",
                "20%": "growth",
                "$1.1 billion": "net_income",
            },
        ),
        # contrast: with no growth word the phrase after the amount is still a candidate
        ("Highlights include revenue of $12.4 billion.", {"$12.4 billion": "revenue"}),
    ],
)
def test_a_growth_phrase_leads_into_its_own_number(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<rate with no key> were N%, down M basis points": N% is the level, not a change
        (
            "Net charge-offs were 1.8%, down 95 basis points year-over-year.",
            {"1.8%": None, "95 basis points": None},
        ),
        # contrast: a move of such a measure is its growth
        ("Net charge-offs were down 12% year-over-year.", {"12%": "growth"}),
    ],
)
def test_a_level_then_its_change(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


def test_a_sentence_that_states_only_the_bases_takes_the_metrics_before_it() -> None:
    text = (
        "Adjusted EBITDA was $52 million and revenue was $1.2 billion in the quarter. "
        "This compares to $41 million and $1.08 billion in the same quarter last year, which included"
        " $2 million of grants."
    )
    assert call_metrics(text) == {
        "$52 million": "ebitda",
        "$1.2 billion": "revenue",
        "$41 million": "ebitda",
        "$1.08 billion": "revenue",
        "$2 million": None,
    }
    # contrast: a sentence that does not start as a comparison keeps its own reading
    text = "Adjusted EBITDA was $52 million in the quarter. We paid $41 million for the building."
    assert call_metrics(text) == {"$52 million": "ebitda", "$41 million": None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a profit amount restated as a % is its margin
        ("Segment EBITDA was $162 million or 19.9%.", {"$162 million": "ebitda", "19.9%": "ebitda_margin"}),
        (
            "The segment generated operating earnings of $41 million or 12.8% of sales.",
            {"$41 million": "operating_income", "12.8%": "operating_margin"},
        ),
        # contrast: a % of something other than sales, and a change restated as a %
        (
            "Free cash flow was $243 million or 74% of net income.",
            {"$243 million": "free_cash_flow", "74%": None},
        ),
        (
            "Adjusted EBITDA increased $140 million or 20% from the prior quarter.",
            {"$140 million": "ebitda", "20%": "growth"},
        ),
    ],
)
def test_a_profit_restated_as_a_percentage_is_its_margin(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "As a percentage of sales, <profit> was N%": the profit's margin
        (
            "As a percentage of sales, operating profit was 11.2%, an increase of 140 basis points.",
            {"11.2%": "operating_margin", "140 basis points": "operating_margin"},
        ),
        # contrast: a measure that takes ratios itself keeps its key
        ("As a percentage of sales, SG&A was 21.8%.", {"21.8%": "expenses"}),
    ],
)
def test_profit_as_a_percentage_of_sales_led(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # share counts have no key, and earnings per share never run to millions
        ("The diluted share count used for earnings per share was 291.9 million.", {"291.9 million": None}),
        (
            "We expect weighted average shares of about 342 million shares.",
            {"about 342 million shares": None},
        ),
        # contrast: shares bought back and an amount of revenue without a currency sign
        ("We repurchased 2.6 million shares.", {"2.6 million shares": "buyback"}),
        ("Revenue was 5 billion in the quarter.", {"5 billion": "revenue"}),
    ],
)
def test_share_counts(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "better"/"worse" than an earlier period is a move, like "higher"/"lower"
        (
            "Segment sales were $61.9 million, which was $10 million or about 19% better than prior year.",
            {"$61.9 million": "revenue", "$10 million": "revenue", "about 19%": "revenue_growth"},
        ),
        # contrast: a gap to an industry average is no move of a metric
        (
            "Occupancy was about 80 basis points better than the regional industry average.",
            {"about 80 basis points": None},
        ),
    ],
)
def test_better_and_worse(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coupon between an amount and its notes does not part them
        (
            "We issued $600 million of 4.25% senior notes due 2031 and used the proceeds to redeem"
            " $600 million of our existing 5.5% senior notes.",
            {"$600 million": "debt", "4.25%": None, "5.5%": None},
        ),
        # a leverage multiple of a profit is not the profit
        ("Our net leverage ratio was 2.2 times EBITDA.", {"2.2 times EBITDA": None}),
        # contrast: the profit itself
        ("Adjusted EBITDA was $166 million.", {"$166 million": "ebitda"}),
    ],
)
def test_coupons_and_leverage(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


def test_both_amounts_of_a_refinancing_are_debt() -> None:
    text = (
        "We issued $600 million of 4.25% senior notes due 2031 and used the proceeds to redeem"
        " $600 million of our existing 5.5% senior notes."
    )
    amounts = [c.metric for c in call_claims(text, CALL_DATE) if c.span_text == "$600 million"]
    assert amounts == ["debt", "debt"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rate with no phrase of its own that moved some points "to" a level: the level is no growth
        (
            "Our effective royalty rate increased by eight basis points to approximately 5%.",
            {"approximately 5%": None},
        ),
        # contrast: growth itself that moved to a new rate is still growth
        ("Growth accelerated 300 basis points to 8%.", {"300 basis points": "growth", "8%": "growth"}),
    ],
)
def test_level_a_rate_with_no_phrase_moved_to(text: str, expected: dict[str, str | None]) -> None:
    assert {k: v for k, v in call_metrics(text).items() if k in expected} == expected
