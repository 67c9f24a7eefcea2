"""Period rules of helper PR: readings the labels give no period (tests/extract/labels/README.md)."""

from __future__ import annotations

import pytest
from tests.call_claims import period_of


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Our towers help bring mobile service to billions of people.", "billions of people"),
        ("Our platform lets them screen tens of thousands of vendors.", "tens of thousands of vendors"),
        ("The program calls for tens of billions of dollars in spending.", "tens of billions of dollars"),
    ],
)
def test_vague_magnitude_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span) is None


def test_vague_magnitude_keeps_a_named_period() -> None:
    text = "In the third quarter, we added hundreds of clients."
    assert period_of(text, "hundreds of clients") == "2023Q3"


def test_hypothetical_has_no_period() -> None:
    text = "And if we can sell just 10% of this stock, it would be like opening a new plant."
    assert period_of(text, "10%") is None


def test_result_adjusted_by_would_have_keeps_the_quarter() -> None:
    text = "And if we adjust for freight, we would have realized 150 basis points of margin expansion."
    assert period_of(text, "150 basis points") == "2023Q3"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("We opened a new line capable of producing 300 million bottles a year.", "300 million bottles"),
        ("On the new site we can develop 400,000 square feet.", "400,000 square feet"),
    ],
)
def test_capability_has_no_period(text: str, span: str) -> None:
    assert period_of(text, span) is None


def test_result_achieved_keeps_the_quarter() -> None:
    text = "We were able to grow deposits by $300 million."
    assert period_of(text, "$300 million") == "2023Q3"
