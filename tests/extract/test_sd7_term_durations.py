"""The term of an agreement or the length of a clinical follow-up said as its adjective is a claim (labels
README: adjective durations such as "four-year labor agreement" and clinical-study durations are claims);
periods named as adjectives ("first six month results", "a three-year period") are not (helper SD7)."""

from __future__ import annotations

from datetime import date

import pytest

from call_claims import call_claims

WHEN = date(2021, 7, 29)


def _spans(text: str) -> list[str]:
    return [c.span_text for c in call_claims(text, WHEN)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Costs rose with charges tied to a new four-year labor agreement at the mine.", "four-year"),
        ("We renewed the program and we did seven-year contracts.", "seven-year"),
        ("The tenant signed a new 15 year net lease on the building.", "15 year"),
        ("The facility matures in 2026 with an option of a one-year extension.", "one-year"),
        ("We were awarded a 15-year follow up study on the new therapy.", "15-year"),
        ("We released the one-year follow-up data for our study.", "one-year"),
        ("We are pleased with the two year results of the trial.", "two year"),
        ("It reinforced our positive one year primary outcomes.", "one year"),
        ("We announced a three-year partnership with the league.", "three-year"),
    ],
)
def test_term_of_an_agreement_or_study_is_a_claim(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Let's turn to our first six month results.", "month"),
        ("Our nine-month results give us confidence.", "month"),
        ("It is just a one-month data point.", "month"),
        ("Lease coverage on a trailing 12-month lease basis was flat.", "month"),
        ("Spending is spread over roughly a three-year period.", "year"),
        ("Conditions are the healthiest in our 38-year history.", "year"),
        ("We reached 53% of the 10-year goal.", "year"),
    ],
)
def test_periods_said_as_adjectives_stay_windows(text: str, word: str) -> None:
    assert not [s for s in _spans(text) if word in s]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("UPMC has been a pharmacy client for 16 years and this deal shows it.", "16 years"),
        ("I've been working in this company for 30 years.", "30 years"),
        ("Jeff has been at the firm for more than 20 years.", "more than 20 years"),
    ],
)
def test_tenure_in_the_present_perfect_is_a_claim(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales have been weak for the past two years.",
        "We have been there, and for two years we waited.",
    ],
)
def test_window_after_been_stays_a_window(text: str) -> None:
    assert not [s for s in _spans(text) if "year" in s]
