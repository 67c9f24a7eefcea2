"""Metric readings found on the dev8 calls (new companies' wordings), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an insurer's expense ratio and a bank's or utility's efficiency ratio are cost lines over revenue
        # (README: expense ratio and its changes, O&M efficiency ratio, efficiency ratio: `expenses`)
        (
            "Our adjusted expense ratio was 21.4%, up 70 basis points year-over-year.",
            {"21.4%": "expenses", "70 basis points": "expenses"},
        ),
        ("The efficiency ratio improved to 55.2% in the quarter.", {"55.2%": "expenses"}),
        ("Our O&M efficiency ratio was 33.1% for the twelve months.", {"33.1%": "expenses"}),
        # contrasts: the loss and combined ratios have no key
        ("The loss ratio was 61.2% in the quarter.", {"61.2%": None}),
        ("The combined ratio improved to 92.5% in the quarter.", {"92.5%": None}),
    ],
)
def test_expense_and_efficiency_ratios(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mix of business or a revenue split gives each part's share of revenue
        (
            "Turning to our mix of business, the split was 61% for services and 39% for products.",
            {"61%": "revenue_share", "39%": "revenue_share"},
        ),
        ("The revenue split was 70% from rentals and 30% from sales.", {"70%": "revenue_share"}),
        ("We expect our 35% sales mix to ease as dining rooms reopen.", {"35%": "revenue_share"}),
        # contrast: a split with no revenue or business mix named is no revenue share
        ("The split was 61% for fixed rates and 39% for floating rates.", {"61%": None}),
    ],
)
def test_mix_of_business_shares(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital plan is capex; so is money invested in physical assets, or spent right after a sentence
        # that names capital investment with no amount of its own
        ("We have raised our five-year capital plan to $14 billion.", {"$14 billion": "capex"}),
        (
            "The company's investment of about $60 million in water system improvements drove the request.",
            {"about $60 million": "capex"},
        ),
        (
            "We plan to invest $239 million in infrastructure improvements next year.",
            {"$239 million": "capex"},
        ),
        (
            "Our growth rests on the capital investment we make. We plan to spend $2.1 billion in 2021.",
            {"$2.1 billion": "capex"},
        ),
        # contrasts: spending after a sentence with no capital named; an investment of money in a company
        ("Our growth rests on new products. We plan to spend $2.1 billion in 2021.", {"$2.1 billion": None}),
        ("We made an investment of $50 million in a startup.", {"$50 million": None}),
    ],
)
def test_capital_plans_and_investment(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure's relative clause, closed right before its verb, does not take the amount from it
        (
            "Occupancy costs, which are not linked to revenue, increased by $4 million.",
            {"$4 million": "expenses"},
        ),
        (
            "We expect adjusted EPS, which excludes interest expense, to range between $5.80 and $6.50.",
            {"between $5.80 and $6.50": "eps"},
        ),
        (
            "Other income, which is below operating profit, will be about $9 million.",
            {"about $9 million": None},
        ),
        # contrast: an amount inside the clause is the clause's
        ("Our costs rose, which reflects revenue of $40 million from the deal.", {"$40 million": "revenue"}),
    ],
)
def test_subject_before_a_relative_clause(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "OI" abbreviates operating income; policyholders and customer connections are customers
        ("We raised our adjusted OI guidance to $1.8 billion.", {"$1.8 billion": "operating_income"}),
        ("We now serve nearly 700,000 policyholders.", {"nearly 700,000 policyholders": "customers"}),
        ("The deal adds a customer connection total of more than 45,000.", {"more than 45,000": "customers"}),
        # contrast: policies are no customers
        ("We sold nearly 700,000 policies.", {"nearly 700,000 policies": None}),
    ],
)
def test_operating_income_and_customer_wordings(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-time charge or gain inside a profit is not that profit (README: charges have no metric)
        ("Last year, EBIT included $120 million of charges related to severance.", {"$120 million": None}),
        (
            "Operating profit rose, including the $30.5 million gain on the sale of a unit.",
            {"$30.5 million": None},
        ),
        ("Net income included a pre-tax charge of $47 million.", {"$47 million": None}),
        # contrasts: the profit's own level; a cost line's charge keeps its key
        ("Operating profit was $568 million in the quarter.", {"$568 million": "operating_income"}),
        ("We recorded a $14 million restructuring charge.", {"$14 million": "expenses"}),
    ],
)
def test_charge_or_gain_inside_a_profit(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount right before the notes or debt it is, past their coupon, tenor and rank
        (
            "We used cash on hand to redeem our outstanding $1.25 billion 3.625% notes.",
            {"$1.25 billion": "debt"},
        ),
        ("We issued $550 million each of 10- and 30-year debt.", {"$550 million": "debt"}),
        (
            "We booked a loss on the redemption of the $1.2 billion of 3.625% 2022 senior notes.",
            {"$1.2 billion": "debt"},
        ),
        # contrast: cash and debt listed side by side keep their own
        (
            "We ended the quarter with cash of $1.5 billion and debt of $3.2 billion.",
            {"$1.5 billion": "cash"},
        ),
    ],
)
def test_amount_of_notes_named_after_it(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
