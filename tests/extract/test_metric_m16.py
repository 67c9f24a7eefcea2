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
