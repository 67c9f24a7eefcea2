"""Durations that are a measure's value are claims; durations used as time windows are not."""

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
        (
            "The board raised the dividend, marking 23 consecutive years of dividend increases.",
            "23 consecutive years",
        ),
        ("Same-store sales grew for 14 straight quarters.", "14 straight quarters"),
        ("Days sales outstanding were 52 days at quarter end.", "52 days"),
        ("Leases signed had an average term of 41 months.", "41 months"),
        ("Our time to hire in the quarter was just 19 days.", "19 days"),
    ],
)
def test_a_duration_that_is_a_measure_is_a_claim(text: str, span: str) -> None:
    assert span in _spans(text)


def test_the_values_of_a_list_share_the_unit_written_once() -> None:
    spans = _spans("Inventory days, days sales outstanding and payable days were 91, 73 and 58 days.")
    assert "73" in spans and "58 days" in spans


@pytest.mark.parametrize(
    "text",
    [
        "We expect to close the deal within six months.",
        "Results include two months of revenue from the acquired unit.",
        "That plant opened 12 years ago.",
        "We will test it over a period of 18 months.",
        "Over the next five years we plan to grow.",
        "We issued $300 million of 30-year notes.",
    ],
)
def test_a_time_window_is_no_claim(text: str) -> None:
    assert not [s for s in _spans(text) if any(w in s for w in ("month", "year", "day"))]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Used equipment sold was on average over seven years old.", "over seven years"),
        ("The galvanizing line is only 10 years old.", "10 years"),
    ],
)
def test_an_age_is_a_claim(text: str, span: str) -> None:
    assert span in _spans(text)


def test_an_end_of_an_age_range_is_not_cut_out() -> None:
    assert "seven years" not in _spans("Core vehicles are three to seven years old.")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Of the fleet, 63% of aircraft over the age of 15 were back in service.", "over the age of 15"),
        ("Growth came from new customers with ages 25 to 39.", "25 to 39"),
        ("The distribution shifted away from those 55 and older.", "55 and older"),
    ],
)
def test_an_age_threshold_is_a_claim(text: str, span: str) -> None:
    assert span in _spans(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The gizmo brand grew share for the first time in more than five years.", "more than five years"),
        ("This is the best share trend we have seen in at least six years.", "at least six years"),
        ("Gizmo margins reached their highest level in 14 years.", "14 years"),
    ],
)
def test_a_streak_told_by_when_its_like_last_happened_is_a_claim_with_no_period(text: str, span: str) -> None:
    found = [c for c in call_claims(text, WHEN) if c.span_text == span]
    assert found and found[0].period is None


def test_a_superlative_reached_within_a_horizon_is_no_claim() -> None:
    assert not [s for s in _spans("We aim to be the largest gizmo maker in five years.") if "year" in s]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Our new CFO brings over 30 years of experience in finance.", "over 30 years"),
        ("She has 25 years of gizmo industry experience.", "25 years"),
    ],
)
def test_years_of_experience_are_a_tenure_claim_with_no_period(text: str, span: str) -> None:
    found = [c for c in call_claims(text, WHEN) if c.span_text == span]
    assert found and found[0].period is None


def test_a_contract_base_period_and_option_terms_are_claims_with_no_period() -> None:
    text = "We won a contract with a 1-year base period and four 1-year options worth $346 million."
    terms = [c for c in call_claims(text, WHEN) if c.span_text == "1-year"]
    assert len(terms) == 2 and all(c.period is None for c in terms)
    leases = "The tenant has one five-year renewal option and one 10-year renewal option."
    assert {"five-year", "10-year"} <= set(_spans(leases))
