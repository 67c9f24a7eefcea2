"""Durations that are a measure's value (S12): compared with a base, the base itself, or restating an
amount; windows and horizons stay out."""

from __future__ import annotations

import pytest

from call_claims import call_claims


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Our backlog climbed to a record of 6.2 months after 5.8 in the prior quarter.",
            ["6.2 months", "5.8"],
        ),
        ("The backlog for sensors rose further to 4.4 months from 3.9 months.", ["4.4 months", "3.9 months"]),
        (
            "Backlog reached an extreme level of 9.1 months as compared to 8.7 last quarter.",
            ["9.1 months", "8.7"],
        ),
        ("Inventory days were 97 days versus 121 days in the prior year.", ["97 days", "121 days"]),
        ("Backlog at quarter end was $1.8 billion or 7.4 months of sales.", ["$1.8 billion", "7.4 months"]),
    ],
)
def test_a_compared_or_restating_duration_is_a_claim(text: str, spans: list[str]) -> None:
    assert [c.span_text for c in call_claims(text)] == spans


@pytest.mark.parametrize(
    "text",
    [
        "We expect to finish the plant within 18 months from today.",  # a window
        "The program will run for 3 years from 2024 on.",  # a horizon, then a year
    ],
)
def test_windows_stay_out(text: str) -> None:
    assert all(c.quantity.unit.kind.value != "duration" for c in call_claims(text))
