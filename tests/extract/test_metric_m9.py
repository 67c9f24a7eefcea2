"""Metric vocabulary that recurs across sectors (helper M9), each checked on sentences of our own with a
contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # D&A is an expense (README, held-out conventions: "D&A ... in dollars `expenses`", "DD&A guidance")
        ("Depreciation and amortization was $120 million.", {"$120 million": "expenses"}),
        ("We expect D&A of about $195 million for the year.", {"about $195 million": "expenses"}),
        ("DD&A is expected to be $12 to $13 per barrel of oil equivalent.", {"$12 to $13": "expenses"}),
        ("Depreciation in the quarter was up about $3 million.", {"about $3 million": "expenses"}),
        # its long form inside EBITDA's is EBITDA
        ("Earnings before interest, taxes, depreciation and amortization were $45 million.",
         {"$45 million": "ebitda"}),
        # contrast: an asset manager's assets moved by markets are no expense of its own
        ("We experienced market depreciation of $1.6 billion.", {"$1.6 billion": None}),
        # in dollars and cents it is a step of the EPS bridge: no metric (README, round 2)
        ("Negative drivers included $0.04 of higher depreciation and amortization expense.", {"$0.04": None}),
        ("This was offset by an increase in depreciation of $0.05 per share.", {"$0.05 per share": None}),
    ],
)  # fmt: skip
def test_depreciation_is_an_expense(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EBITDAR is EBITDA (README, held-out conventions: "EBITDAR `ebitda`, its margin ... `ebitda_margin`")
        ("We posted record EBITDAR of $20.2 million for the quarter.", {"$20.2 million": "ebitda"}),
        ("Adjusted EBITDAR margin was 38% in the quarter.", {"38%": "ebitda_margin"}),
        # load factors are utilization (README: "load factors `utilization`")
        ("Load factor came in at 77% for the quarter.", {"77%": "utilization"}),
        # contrast: a tenant's EBITDAR over its rent is a coverage ratio with no key
        ("EBITDAR coverage for our core portfolio increased to 1.51 times.", {"1.51 times": None}),
    ],
)  # fmt: skip
def test_ebitdar_and_load_factor(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a REIT's FFO per share is no EPS (README: "FFO and core FFO per share (and their guidance) ... have
        # no metric"), whether "per share" follows FFO or sits in the amount
        ("FFO per share for the second quarter exceeded our guidance range at $1.33 per share.",
         {"$1.33 per share": None}),
        ("FFO totaled $57.7 million or $0.34 per diluted share.",
         {"$57.7 million": None, "$0.34 per diluted share": None}),
        ("We expect our 2021 FFO per diluted share to be in the range of $4.80 to $5.20.",
         {"$4.80 to $5.20": None}),
        ("Normalized FFO was $2.47 per share at the midpoint.", {"$2.47 per share": None}),
        ("AFFO per share was $0.47 in the quarter.", {"$0.47": None}),
        # contrast: net income per share is EPS
        ("Net income was $65 million or $0.65 per diluted share.",
         {"$65 million": "net_income", "$0.65 per diluted share": "eps"}),
        ("Diluted EPS was $1.33 per share.", {"$1.33 per share": "eps"}),
    ],
)  # fmt: skip
def test_ffo_per_share_is_no_eps(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an insurer's underwriting result, equity earnings and pre-tax income have no key (README round 2:
        # "underwriting income"; metric conventions: "pre-tax income, equity in earnings")
        ("We reported underwriting profit of $329 million in the quarter.", {"$329 million": None}),
        ("Everest had an underwriting loss of $219 million in the quarter.", {"$219 million": None}),
        ("The joint venture delivered equity earnings of $95 million.", {"$95 million": None}),
        ("Income before income taxes increased by $18.4 million.", {"$18.4 million": None}),
        # their % changes are growth
        ("Underwriting income increased 44% in the quarter.", {"44%": "growth"}),
        # contrast: net income and an operating profit keep their keys
        ("Net income was $95 million in the quarter.", {"$95 million": "net_income"}),
        ("Operating profit was $329 million.", {"$329 million": "operating_income"}),
    ],
)  # fmt: skip
def test_underwriting_and_pre_tax_income_have_no_key(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a utility's (weather-normalized, electric) sales are volumes: their changes are growth (README,
        # held-out conventions), not revenue growth
        ("In Virginia, weather-normalized sales increased 1.2% year over year.", {"1.2%": "growth"}),
        ("Total electric sales declined by 2% in the quarter.", {"2%": "growth"}),
        ("Weather-adjusted residential sales were 6% lower than last year.", {"6%": "growth"}),
        # contrast: a company's sales are its revenue
        ("Industrial sales grew 42% in the quarter.", {"42%": "revenue_growth"}),
    ],
)  # fmt: skip
def test_utility_sales_volumes_are_growth(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an insurer's rate increases on renewals are price changes (README: "renewal rate change is
        # `price_change`", "insurance rate changes and positive pricing `price_change`")
        ("We achieved record renewal rate increases of 21% in the fourth quarter.", {"21%": "price_change"}),
        ("Recent property written rate increases are still in the low teens.", {"low teens": "price_change"}),
        # contrast: a software renewal rate is a retention level with no key
        ("Our maintenance renewal rate was 89% on a trailing basis.", {"89%": None}),
    ],
)  # fmt: skip
def test_insurance_rate_increases_are_price_changes(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deferred revenue, billings, remaining performance obligations and contract values are no revenue
        # (README: in software calls billings, RPO, cRPO and ACV have no key); their changes are growth
        ("Our deferred revenue at the end of the quarter was $1.9 billion.", {"$1.9 billion": None}),
        ("Deferred revenue was down $53 million or 22% to prior year.",
         {"$53 million": None, "22%": "growth"}),
        ("We delivered billings growth of 13% in the quarter.", {"13%": "growth"}),
        ("Cross-sell deals totaled $35 million in total contract value.", {"$35 million": None}),
        # contrast: revenue itself
        ("Revenue at the end of the quarter was $1.9 billion.", {"$1.9 billion": "revenue"}),
    ],
)  # fmt: skip
def test_contract_measures_are_no_revenue(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a guidance list, a phrase after the number with its own expected amount is that amount's subject
        ("Guidance assumes a tax rate of 23%, depreciation and amortization to approximate $195 million.",
         {"23%": "tax_rate", "approximate $195 million": "expenses"}),
        ("Guidance assumes a tax rate of 23%, SG&A expected to be about $410 million.",
         {"23%": "tax_rate", "about $410 million": "expenses"}),
        # contrast: with no amount of its own, the phrase after the number is what it measures
        ("We expect about 23% SG&A growth.", {"about 23%": "expenses"}),
    ],
)  # fmt: skip
def test_guidance_list_item_owns_its_amount(text: str, expected: dict[str, str | None]) -> None:
    assert call_metrics(text) == expected
