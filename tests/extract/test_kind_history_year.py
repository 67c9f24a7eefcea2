"""History is read from the year a results document reports on: a January call on the fourth quarter
compares with the year before as any call does (an actual, "down from $21.7 million in 2022"); older years
are history."""

from __future__ import annotations

from datetime import date

from call_claims import claim_kinds
from thesisledger.extract import ClaimKind

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023


def test_the_year_before_the_reported_one_is_actual_on_a_january_call() -> None:
    kinds = claim_kinds(
        "Capex was $14.9 million for the full year, down from $21.7 million in 2022.", Q4_CALL
    )
    assert kinds["$21.7 million"] is ClaimKind.ACTUAL
    kinds = claim_kinds("EPS was $1.08, compared to $0.94 in the fourth quarter of 2022.", Q4_CALL)
    assert kinds["$0.94"] is ClaimKind.ACTUAL


def test_an_older_year_stays_historical() -> None:
    # (2021, the year before last, is a second base calls compare with: actual, test_kind_year_before_last)
    kinds = claim_kinds(
        "Capex was $14.9 million for the full year, down from $21.7 million in 2020.", Q4_CALL
    )
    assert kinds["$21.7 million"] is ClaimKind.HISTORICAL


def test_an_old_record_named_as_a_yardstick_is_actual() -> None:
    text = "Our EPS of $8.13 exceeds our full year EPS record of $7.42 set in 2018."
    assert claim_kinds(text, Q4_CALL)["$7.42"] is ClaimKind.ACTUAL
    text = "Leasing spreads should top our previous company record of 13.9% in 2019."
    assert claim_kinds(text, Q4_CALL)["13.9%"] is ClaimKind.ACTUAL
