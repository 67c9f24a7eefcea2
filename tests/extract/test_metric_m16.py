"""False metric keys, second pass (helper M16): a % beside a "growth" that names a kind of spending or pursuit
("growth projects", "growth capex") is a share of a budget, not a change; each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 70% of our capital plan is allocated to growth projects and about 30% to maintenance.",
            {"About 70%": None, "about 30%": None},
        ),
        ("We expect more than 60% of that to be discretionary growth capex.", {"more than 60%": None}),
        ("Roughly 45% of our planned growth capex qualifies for recovery.", {"Roughly 45%": None}),
        # contrast: a move said at the number, or a growth named after it, keeps the growth
        ("Our growth investments were up 12% this quarter.", {"12%": "growth"}),
        (
            "Even with our growth investments, we expect 4% to 6% adjusted operating profit growth.",
            {"4% to 6%": "growth"},
        ),
    ],
)
def test_growth_as_a_kind_of_spending(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {span: got.get(span, "missing") for span in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chemicals volume represented roughly 55% of total merchandise growth.", {"roughly 55%": None}),
        ("Our two largest regions made up about 70% of total revenue growth.", {"about 70%": None}),
        # contrast: a ratio to total revenue, then a change in a clause of its own, keeps its measure
        (
            "SG&A expense was $50 million or 20% of total revenues, an increase over the prior year.",
            {"20%": "expenses"},
        ),
    ],
)
def test_share_of_a_total_change(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {span: got.get(span, "missing") for span in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parcels grew 6%, more than twice the market growth rate.", {"more than twice": None}),
        ("Our goal is to grow at 1.3 times the industry next year.", {"1.3 times": None}),
        ("We delivered growth of about 3 times that of the peer group.", {"about 3 times": None}),
        # contrast: a multiple of the company's own measure keeps its key, "as ... market" is a new clause
        (
            "Operating profit more than doubled as global market demand stayed strong.",
            {"more than doubled": "growth"},
        ),
    ],
)
def test_multiple_of_the_market(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    assert {span: got.get(span, "missing") for span in expected} == expected
