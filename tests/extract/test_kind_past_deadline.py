"""A deadline already passed when the call is held dates what was ("debt declined to $587 million at the end
of 2022" on a January 2023 call), not a goal or forecast; one still ahead keeps the number forward."""

from __future__ import annotations

from datetime import date

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind

Q4_CALL = date(2023, 1, 26)  # a call about October-December 2022


def test_a_balance_at_a_passed_year_end_is_actual() -> None:
    kinds = claim_kinds("Our total debt declined to $587 million at the end of 2022.", Q4_CALL)
    assert kinds["$587 million"] is ClaimKind.ACTUAL


def test_a_count_at_a_passed_year_end_is_actual() -> None:
    kinds = claim_kinds("At the end of 2022, 9.5 million shares remained available for repurchase.", Q4_CALL)
    assert kinds["9.5 million shares"] is ClaimKind.ACTUAL


def test_a_deadline_ahead_stays_forward() -> None:
    kinds = claim_kinds("We will reduce debt to $587 million by the end of 2024.", Q3_CALL)
    assert kinds["$587 million"] is ClaimKind.GUIDANCE
