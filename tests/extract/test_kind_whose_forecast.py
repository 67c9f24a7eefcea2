"""Whose forecast a forward number is: the company's own is guidance, a market's or an outside body's an
estimate (README: "Market forecasts (absorption, vacancy, market rents) are `estimate`")."""

from __future__ import annotations

import pytest

from call_claims import Q2_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Global GDP is expected to grow 3.1% next year.", "3.1%"),
        ("The residential market is expected to decline by another 4% to 6%.", "4% to 6%"),
        ("Spending programs are expected to increase copper demand by 2 million tons.", "2 million tons"),
        ("Current forecasts for 2024 originations remain strong at $2 trillion.", "$2 trillion"),
        ("We are raising our 2023 rent forecast to 9.5% for the region.", "9.5%"),
        ("Gartner predicts that 70% of workloads will run in the cloud by 2025.", "70%"),
        ("The current mean of analyst estimates of $4.10 looks reasonable for the year.", "$4.10"),
    ],
)
def test_a_market_or_outside_forecast_is_an_estimate(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.ESTIMATE


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Revenue is expected to grow 3.1% next year.", "3.1%"),
        ("We expect to gain market share, with sales up 4% to 6% for the full year.", "4% to 6%"),
        ("Global GDP is expected to slow, and we expect revenue to grow 5% next year.", "5%"),
        ("Our forecast for operating margin is now 21% for the full year.", "21%"),
    ],
)
def test_the_companys_own_forecast_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.GUIDANCE


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("2023 U.S. GDP will rise in the range of 2% to 3%.", "2% to 3%"),
        ("We expect the industrial end market to grow in the mid-single digits for the year.",
         "mid-single digits"),
        ("We anticipate North America customer spending to grow more than 20% next year.", "more than 20%"),
        ("The high-yield default rate is forecast to fall below 3% by year-end.", "below 3%"),
        ("The unemployment rate will remain below 4% through year-end.", "below 4%"),
        ("We expect the industry to grow 3% and we expect to outgrow it by 200 basis points.", "3%"),
    ],
)  # fmt: skip
def test_a_market_or_macro_course_in_the_active_is_an_estimate(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.ESTIMATE


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We expect foreign exchange rates will be a tailwind to revenue growth of approximately 2%.",
         "approximately 2%"),
        ("We expect our market share for the drill support market will remain around 60%.", "around 60%"),
        ("We expect the higher-value markets to represent over 80% of our revenue.", "over 80%"),
        ("We expect the industry to grow 3% and we expect to outgrow it by 200 basis points.",
         "200 basis points"),
    ],
)  # fmt: skip
def test_the_companys_part_in_a_market_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q2_CALL)[span] is ClaimKind.GUIDANCE
