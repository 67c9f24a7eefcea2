"""Metric readings that recur across companies (helper MA), each checked on sentences of our own with a
contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restructuring charge in dollars is an expense (README, fourth-session blind files)
        ("We incurred a pre-tax restructuring charge of $40 million.", {"$40 million": "expenses"}),
        ("Restructuring charges for the quarter were $11 million.", {"$11 million": "expenses"}),
        (
            "We expect restructuring charges of $60 million to $80 million this year.",
            {"$60 million to $80 million": "expenses"},
        ),
        # contrast: an EPS or margin bridge step is no expense, nor a measure stated without the charges
        ("The quarter included $0.05 of restructuring charges.", {"$0.05": None}),
        (
            "Margins were hurt by 30 basis points of restructuring charges.",
            {"30 basis points": "operating_margin"},
        ),
        (
            "Adjusted operating income, which excludes restructuring charges, was $410 million.",
            {"$410 million": "operating_income"},
        ),
    ],
)
def test_restructuring_charges(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cash (or visitor) conversion rate has no key: not the growth nor the margin named beside it
        (
            "Free cash flow was $1.2 billion, up 5% year on year, with conversion of 104%.",
            {"$1.2 billion": "free_cash_flow", "5%": "growth", "104%": None},
        ),
        ("We grew operating margin and delivered a conversion rate of 97%.", {"97%": None}),
        # contrast: a change of the conversion is a growth of a measure with no key
        ("Online conversion rose 12% compared to 2019.", {"12%": "growth"}),
    ],
)
def test_conversion_has_no_key(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vehicles delivered to customers are units delivered, as tons shipped are
        ("We managed delivery of 31 aircraft in the quarter.", {"31 aircraft": "units_delivered"}),
        (
            "We expect to deliver approximately 40 aircraft next year.",
            {"approximately 40 aircraft": "units_delivered"},
        ),
        ("In the quarter, we delivered 4,500 railcars.", {"4,500 railcars": "units_delivered"}),
        # contrast: "deliver" as achieve, and a buyer taking delivery
        ("In the quarter, we delivered 39 new products.", {"39 new products": None}),
        ("We have commitments to take delivery of 64 aircraft this year.", {"64 aircraft": None}),
    ],
)
def test_vehicles_delivered(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {k: got.get(k) for k in expected} == expected
