"""Claims the labels README (decided 2026-12-03, seventh session) gives no period: thresholds that define a
category, what is left of a buyback authorization (helper PS)."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, Q3_CALL, period_of


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The number of deals greater than $1 million was 51, up 28%.", "greater than $1 million"),
        ("Our platform was in 16 of our top 20 deals, with 14 deals over $1 million.", "over $1 million"),
        ("This included 62 customers paying us over $10 million in ACV.", "over $10 million"),
        ("We grew the number of clients with annual revenue over $5 million to 142.", "over $5 million"),
        ("Last quarter, the number of claims of greater than $2 million doubled.", "greater than $2 million"),
    ],
)
def test_a_threshold_that_defines_a_category_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span, Q2_CALL) is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In the quarter, we closed nine deals totaling over $325 million.", "over $325 million"),
        ("We signed contracts of more than $1 billion in the quarter.", "more than $1 billion"),
        ("In the quarter, we closed 51 deals greater than $1 million.", "51 deals"),
    ],
)
def test_a_sum_or_the_count_of_the_category_keeps_its_period(text: str, span: str) -> None:
    assert period_of(text, span, Q2_CALL) == "2023Q2"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "We repurchased $125 million of our shares, which leaves us with $697 million of share "
            "repurchase authorization remaining under our latest program.",
            "$697 million",
        ),
        ("We have approximately $5 billion remaining on our authorization.", "approximately $5 billion"),
        (
            "Following this quarter's activity, we had $800 million remaining under the previously "
            "authorized repurchase program.",
            "$800 million",
        ),
        ("At the end of Q3, the remaining share repurchase authorization was $1.6 billion.", "$1.6 billion"),
        ("As of September 30, there was $148 million of remaining repurchase authorization.", "$148 million"),
    ],
)
def test_a_remaining_buyback_authorization_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span, Q3_CALL) is None


def test_the_buyback_done_keeps_its_period() -> None:
    text = (
        "In the quarter, we repurchased $125 million of our shares, which leaves us with $697 million of "
        "share repurchase authorization remaining."
    )
    assert period_of(text, "$125 million", Q3_CALL) == "2023Q3"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In the quarter, performance varied across the big five markets of the segment.", "five markets"),
        ("Revenue in the quarter was hurt by a slowdown of our largest two customers.", "two customers"),
        ("Our safety rate in the quarter remained in the top 10% of our industry.", "10%"),
    ],
)
def test_a_rank_count_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span, Q3_CALL) is None


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("In the quarter, our board authorized the $250 million share repurchase program.", "$250 million"),
        (
            "We announced a dividend starting in the first quarter of 2024 as well as a $2.5 billion share "
            "repurchase program.",
            "$2.5 billion",
        ),
        ("In the quarter, we bought back shares under our $50 million repurchase program.", "$50 million"),
    ],
)
def test_a_buyback_programs_size_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span, Q3_CALL) is None


@pytest.mark.parametrize(
    "text",
    [
        "In the quarter, we completed the $200 million share repurchase program.",
        "In the quarter, we entered into a $200 million accelerated share repurchase program.",
    ],
)
def test_a_program_done_in_the_quarter_keeps_it(text: str) -> None:
    assert period_of(text, "$200 million", Q3_CALL) == "2023Q3"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We expect free cash flow of $3 billion in 2024, assuming $80 WTI and $4 Henry Hub.", "$80"),
        ("We expect free cash flow of $3 billion in 2024, assuming $80 WTI and $4 Henry Hub.", "$4"),
        ("In the quarter, our wells earned a 60% return using flat prices of $40 oil.", "$40"),
    ],
)
def test_an_assumed_commodity_price_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span, Q3_CALL) is None


def test_an_amount_of_gas_revenue_keeps_its_period() -> None:
    text = "In the quarter, we filed for a $9 million natural gas revenue increase."
    assert period_of(text, "$9 million", Q3_CALL) == "2023Q3"
