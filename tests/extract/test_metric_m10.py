"""Metric vocabulary of banks, insurers, asset managers, REITs, utilities, energy, mining and chemicals calls
(helper M10), each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % the word leased or occupied follows is an occupancy (README: "occupancy and leased % are
        # utilization")
        ("Our office portfolio stood at approximately 95% leased at quarter end.",
         {"approximately 95%": "utilization"}),
        ("We ended the quarter at 97.1% leased and 96.2% occupied.",
         {"97.1%": "utilization", "96.2%": "utilization"}),
        ("The new building is 64% pre-leased.", {"64%": "utilization"}),
        # contrast: space leased in a period, and a rent change beside it, are no occupancy
        ("We leased 310,000 square feet with an 8.5% increase in cash rents.",
         {"310,000 square feet": None, "8.5%": "growth"}),
    ],
)  # fmt: skip
def test_leased_percent_is_utilization(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # insurers' investment income and underwriting margin have no key (README: "investment income ... no
        # metric", round 2: "net investment income, underwriting income"); their % changes are growth
        ("Expenses returned to targeted levels and net investment income rose 27%.", {"27%": "growth"}),
        ("We recorded a pre-tax loss of $26 million as net investment income was $20 million lower.",
         {"$26 million": "loss", "$20 million": None}),
        ("Health underwriting margin increased 7% to $19 million.", {"7%": "growth", "$19 million": None}),
        # contrast: a plain margin's % change still reads as that margin
        ("Health margins increased 7% to $19 million.", {"7%": "operating_margin", "$19 million": None}),
    ],
)  # fmt: skip
def test_investment_income_unkeyed(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bank's pre-provision net revenue is revenue less expenses: no key (README: "phrases the vocabulary
        # has no key for stay null"), its % change growth
        ("Pre-provision net revenue of $110.4 million increased 2% from the second quarter.",
         {"$110.4 million": None, "2%": "growth"}),
        # contrast: net revenue is revenue
        ("Net revenue was $110.4 million, up 2% from the second quarter.",
         {"$110.4 million": "revenue", "2%": "revenue_growth"}),
    ],
)  # fmt: skip
def test_pre_provision_net_revenue_unkeyed(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a REIT's funds available for distribution per share is no EPS (README: FFO per share has no metric)
        ("Our funds available for distribution of $0.77 per share covered the dividend.",
         {"$0.77 per share": None}),
        # the amount an unkeyed per-share measure is compared with, or ranges to, is the same measure
        ("Normalized FFO for the quarter was $0.18 per diluted share compared to $0.15 a year ago.",
         {"$0.18 per diluted share": None, "$0.15": None}),
        ("We expect FFO for the second quarter to be in the range of $1.57 per share to $1.63 per share.",
         {"in the range of $1.57 per share": None, "$1.63 per share": None}),
        # contrast: EPS compared with EPS stays EPS
        ("Adjusted EPS for the quarter was $0.18 per diluted share compared to $0.15 a year ago.",
         {"$0.18 per diluted share": "eps", "$0.15": "eps"}),
    ],
)  # fmt: skip
def test_per_share_measures_with_no_key(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an asset manager's client flows have no key: not revenue, not an annualized revenue
        ("In institutional sales, we had inflows of approximately $326 million and about $847 million out.",
         {"approximately $326 million": None, "about $847 million": None}),
        ("Firmwide net inflows were $3.8 billion, an annualized growth rate of 19%.",
         {"$3.8 billion": None, "19%": "growth"}),
        # contrast: revenue of the same business is revenue
        ("In institutional sales, revenue was $326 million.", {"$326 million": "revenue"}),
    ],
)  # fmt: skip
def test_fund_flows_unkeyed(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected
