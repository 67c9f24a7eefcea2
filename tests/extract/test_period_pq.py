"""PQ: on a call about the quarter that closes the fiscal year, a sentence that speaks of the year just closed
(and of no part of it) dates its actuals to the whole year."""

from __future__ import annotations

from datetime import date

from call_claims import period_of

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, the quarter closing the year


def test_year_named_later_in_the_sentence() -> None:
    text = "We earned a 17% return on equity, and we returned $32 billion in capital during the year."
    assert period_of(text, "17%", Q4_CALL) == "2023"


def test_a_strong_year_had() -> None:
    text = "What a strong year the retail unit has had as it earned nearly $12 billion of profit."
    assert period_of(text, "nearly $12 billion", Q4_CALL) == "2023"


def test_round_out_an_outstanding_year() -> None:
    text = "Our earnings per share came in $1.76 ahead of our prior guide, to round out an outstanding year."
    assert period_of(text, "$1.76", Q4_CALL) == "2023"


def test_quarter_named_keeps_the_quarter() -> None:
    text = "In the fourth quarter, margins rose to 21%, capping a strong year."
    assert period_of(text, "21%", Q4_CALL) == "2023Q4"


def test_change_over_the_year_keeps_the_closing_level() -> None:
    text = "Our return on equity was 15%, which improved nicely over the year."
    assert period_of(text, "15%", Q4_CALL) == "2023Q4"


def test_state_at_year_end_keeps_the_quarter() -> None:
    text = "The project made progress during the year and was around 70% complete at year end."
    assert period_of(text, "around 70%", Q4_CALL) == "2023Q4"


def test_not_on_an_earlier_quarter_call() -> None:
    text = "We earned a 17% return on equity, and we returned $32 billion in capital during the year."
    assert period_of(text, "17%", date(2023, 10, 26)) != "2023"
