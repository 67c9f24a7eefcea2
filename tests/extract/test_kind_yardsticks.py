"""Kinds when "guidance" is only the yardstick of a reported figure, and "long-term" names no horizon."""

from __future__ import annotations

from datetime import date

import pytest

from call_claims import claim_kinds
from thesisledger.extract import ClaimKind
from thesisledger.extract.cues import cues
from thesisledger.periods import find_periods
from thesisledger.periods.calendar import FiscalCalendar

CALL_DATE = date(2021, 11, 2)  # a Q3 2021 call: Q3 is the quarter reported on


def _kinds(text: str) -> dict[str, ClaimKind]:
    return claim_kinds(text, CALL_DATE)


def _cue_kinds(sentence: str) -> list[str]:
    return [c.kind for c in cues(sentence.lower())]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales exceeded the high end of our guidance range, growing 14% over the prior year.",
        "We came in above our outlook, with gross margin expanding 180 basis points.",
        "Bookings beat our prior guidance, rising 22% from a year ago.",
        "In line with our guidance, gross margin expanded 120 basis points.",
    ],
)
def test_a_figure_measured_against_guidance_is_actual(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert kinds and set(kinds.values()) == {ClaimKind.ACTUAL}, kinds


def test_guided_range_named_as_yardstick_stays_guidance() -> None:
    kinds = _kinds("Adjusted EPS was $1.31, above our guidance range of $1.20 to $1.25.")
    assert kinds == {"$1.31": ClaimKind.ACTUAL, "$1.20 to $1.25": ClaimKind.GUIDANCE}
    kinds = _kinds("Gross margin of 38.5% was slightly below our outlook of above 39%.")
    assert kinds == {"38.5%": ClaimKind.ACTUAL, "above 39%": ClaimKind.GUIDANCE}


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We are raising our guidance to $5.10 per share.", "$5.10 per share"),
        ("Our guidance for next year is revenue growth of 8%.", "8%"),
        ("We now expect to land above the high end of our prior guidance, at $2.6 billion.", "$2.6 billion"),
        ("The above guidance assumes freight costs rising about 6%.", "about 6%"),
    ],
)
def test_guidance_given_stays_guidance(sentence: str, span: str) -> None:
    assert _kinds(sentence)[span] is ClaimKind.GUIDANCE


def test_cue_of_guidance_as_a_yardstick() -> None:
    assert "forward" not in _cue_kinds("revenue was ahead of the midpoint of our guidance")
    assert "forward" not in _cue_kinds("margin came in at the low end of our outlook")
    assert _cue_kinds("we are raising our guidance") == ["forward"]
    # "increase to the high end": the guidance itself moves, no comparison
    assert _cue_kinds("an increase to the high end of our guidance") == ["forward"]


@pytest.mark.parametrize(
    "noun", ["care", "contracts", "leases", "debt", "agreements", "financing", "interest rates"]
)
def test_long_term_noun_is_no_target_cue(noun: str) -> None:
    assert "target" not in _cue_kinds(f"long-term {noun} of $40 million")
    found = find_periods(
        f"Long-term {noun} of $40 million.", calendar=FiscalCalendar.calendar_year(), doc_date=CALL_DATE
    )
    assert list(found) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Long-term care added $46 million of earnings this quarter.",
        "Long-term contracts made up $120 million of revenue.",
        "We completed $900 million of long-term financing.",
    ],
)
def test_long_term_noun_leaves_a_reported_figure_actual(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert kinds and set(kinds.values()) == {ClaimKind.ACTUAL}, kinds


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Our long-term operating margin target is 30%.", "30%"),
        ("Over the long term, we see revenue growth of 15%.", "15%"),
        ("Long-term growth of 10% remains our ambition.", "10%"),
        ("Our long-term rate is 21%.", "21%"),
    ],
)
def test_long_term_horizon_stays_target(sentence: str, span: str) -> None:
    assert _kinds(sentence)[span] is ClaimKind.TARGET


JULY_CALL = date(2021, 7, 28)  # May is behind it: a month named without a year is this year's


_kinds_on = claim_kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "We repaid $2.5 billion of notes that matured in May.",
        "Since May 15 we bought back $200 million of stock.",
        "Gadget sales were $40 million in early May and $45 million in June.",
    ],
)
def test_may_the_month_is_no_forward_cue(sentence: str) -> None:
    assert set(_kinds_on(sentence, JULY_CALL).values()) == {ClaimKind.ACTUAL}


def test_may_the_modal_stays_forward() -> None:
    kinds = _kinds_on("In May we sold $1 billion of notes, and we may sell $2 billion more.", JULY_CALL)
    assert kinds == {"$1 billion": ClaimKind.ACTUAL, "$2 billion": ClaimKind.GUIDANCE}


@pytest.mark.parametrize(
    "sentence",
    [
        "Bookings came in at $3.9 billion, as expected, with a backlog of $18.7 billion.",
        "Gadget margin was better than we expected, at 21%.",
        "Operating profit rose more than originally expected, to $189 million.",
    ],
)
def test_as_expected_is_a_yardstick_not_a_forecast(sentence: str) -> None:
    assert set(_kinds_on(sentence, JULY_CALL).values()) == {ClaimKind.ACTUAL}


def test_expected_as_a_forecast_stays_forward() -> None:
    kinds = _kinds_on("Gadget revenue is expected to reach $5 billion next year.", JULY_CALL)
    assert set(kinds.values()) == {ClaimKind.GUIDANCE}


@pytest.mark.parametrize(
    "sentence",
    [
        "Excluding the pricing impact, our incremental margin would actually have been 48%.",
        "Excluding the charge, EPS would otherwise have been $1.10.",
    ],
)
def test_an_adjusted_past_figure_is_actual(sentence: str) -> None:
    kinds = _kinds(sentence)
    assert kinds and set(kinds.values()) == {ClaimKind.ACTUAL}, kinds


def test_a_target_a_forecast_is_measured_against_is_a_yardstick() -> None:
    kinds = _kinds("Our EPS guidance is above our long-term growth target at the midpoint, at 14% growth.")
    assert kinds["14%"] is ClaimKind.GUIDANCE
    # the target's own figure stays a target, and so does a target no forecast is measured against
    kinds = _kinds("Our EPS guidance remains above our long-term growth target of 10% to 12%.")
    assert kinds["10% to 12%"] is ClaimKind.TARGET
    kinds = _kinds("We exceeded our goal of signing 3 gigawatts of contracts.")
    assert kinds["3 gigawatts"] is ClaimKind.TARGET


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("I reiterate that the $6.10 midpoint of our original guide is the right starting point.", "$6.10"),
        ("These items lift our margin to a range of 11% to 11.3% in our updated guidance.", "11% to 11.3%"),
        ("In total, this represents a $0.40 improvement in our adjusted EPS guidance.", "$0.40"),
    ],
)
def test_a_guidance_noun_right_after_a_number_names_the_guided_figure(sentence: str, span: str) -> None:
    assert _kinds(sentence)[span] is ClaimKind.GUIDANCE


def test_a_share_of_guidance_or_a_result_at_its_end_is_no_guided_figure() -> None:
    assert _kinds("We have already delivered 60% of our full-year guidance.")["60%"] is ClaimKind.ACTUAL
    assert _kinds("EPS was $1.24, the high end of our guidance.")["$1.24"] is ClaimKind.ACTUAL


def test_a_past_verb_inside_what_a_forecast_assumed_stays_guidance() -> None:
    kinds = _kinds("Our guidance assumed utilization was around 3% below baseline in the third quarter.")
    assert kinds["around 3%"] is ClaimKind.GUIDANCE
    # a result stated after another figure is reported, not assumed
    kinds = _kinds("Our guidance assumes a tax rate of 24%, and by comparison 2020 EPS was $5.10.")
    assert kinds["$5.10"] is ClaimKind.ACTUAL


def test_a_figure_at_the_midpoint_is_guidance_a_result_at_it_is_not() -> None:
    kinds = _kinds("Relative to 2020, our margins are 200 basis points higher at the midpoint.")
    assert kinds["200 basis points"] is ClaimKind.GUIDANCE
    kinds = _kinds("Revenue of $4.1 billion was at the midpoint of our range.")
    assert kinds["$4.1 billion"] is ClaimKind.ACTUAL
