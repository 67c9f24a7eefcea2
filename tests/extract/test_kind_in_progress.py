"""Kinds read from the period when no cue says: the month a call is held in, the year still running."""

from __future__ import annotations

from datetime import date

from call_claims import claim_kinds
from thesisledger.extract import ClaimKind
from thesisledger.extract.cues import cues

CALL_DATE = date(2021, 7, 22)  # a Q2 2021 call held in July


def _kinds(text: str, when: date = CALL_DATE) -> dict[str, ClaimKind]:
    return claim_kinds(text, when)


def test_the_month_of_the_call_is_what_happened_so_far() -> None:
    kinds = _kinds("So far in July, our mills are running at a 3.4 million tons annualized rate.")
    assert kinds["3.4 million tons"] is ClaimKind.ACTUAL
    kinds = _kinds("Earlier this month we paid down $250 million of the term loan.")
    assert kinds["$250 million"] is ClaimKind.ACTUAL


def test_a_month_still_ahead_or_a_forward_word_stays_guidance() -> None:
    # August has not begun on the call date: a figure for it is a plan
    kinds = _kinds("In August 2021, shipments of 900,000 tons are scheduled.")
    assert kinds["900,000 tons"] is ClaimKind.GUIDANCE
    # the month of the call with a forward word
    kinds = _kinds("For July, we expect shipments of about 1.2 million tons.")
    assert kinds["about 1.2 million tons"] is ClaimKind.GUIDANCE


Q3_CALL = date(2021, 10, 28)  # a Q3 2021 call: the year 2021 is still running


def test_a_figure_for_the_whole_running_year_is_a_forecast() -> None:
    kinds = _kinds("Corporate costs are now at approximately $85 million for the full year.", Q3_CALL)
    assert kinds["approximately $85 million"] is ClaimKind.GUIDANCE
    kinds = _kinds("Our pension income has increased $40 million for the year.", Q3_CALL)
    assert kinds["$40 million"] is ClaimKind.GUIDANCE


def test_what_the_running_year_has_brought_so_far_stays_actual() -> None:
    kinds = _kinds("Segment sales grew 12% for the quarter and 9% for the year.", Q3_CALL)
    assert kinds["9%"] is ClaimKind.ACTUAL
    kinds = _kinds("We bought back $1.2 billion of stock so far this year, toward the full year.", Q3_CALL)
    assert kinds["$1.2 billion"] is ClaimKind.ACTUAL
    # a running year named without "full year" wording keeps its actual reading
    assert _kinds("Membership grew 6% in 2021 across our clinics.", Q3_CALL)["6%"] is ClaimKind.ACTUAL


def test_reported_as_an_adjective_does_not_undo_a_forward_word() -> None:
    kinds = _kinds("We expect our reported tax rate to be about 24%.", Q3_CALL)
    assert kinds["about 24%"] is ClaimKind.GUIDANCE
    assert "actual" not in [c.kind for c in cues("margin of 9% on a reported basis")]
    # "reported" as the verb still reports
    kinds = _kinds("As we expected, the segment reported margin of 14.5% in the quarter.", Q3_CALL)
    assert kinds["14.5%"] is ClaimKind.ACTUAL


def test_a_figure_restating_guidance_on_a_call_is_guidance() -> None:
    kinds = _kinds("We are raising our revenue outlook to $2.4 billion, representing 18% growth.", Q3_CALL)
    assert kinds["18%"] is ClaimKind.GUIDANCE
    kinds = _kinds(
        "The midpoint of our guidance implies sales growth of 7% on a constant currency basis.", Q3_CALL
    )
    assert kinds["7%"] is ClaimKind.GUIDANCE


def test_a_restated_result_and_a_base_stay_actual() -> None:
    kinds = _kinds("Sales were $812 million in the quarter, representing 14% growth.", Q3_CALL)
    assert kinds["14%"] is ClaimKind.ACTUAL
    kinds = _kinds(
        "Our outlook implies fourth quarter EBITDA of $90 million, as compared to $72 million in 2020.",
        Q3_CALL,
    )
    assert kinds["$72 million"] is ClaimKind.ACTUAL


def test_what_is_done_already_for_a_later_period_is_actual() -> None:
    kinds = _kinds("We've expanded our plans for 2022 to cover nearly 70% of eligible members.", Q3_CALL)
    assert kinds["nearly 70%"] is ClaimKind.ACTUAL
    kinds = _kinds("We have signed leases for about 55% of our 2022 expirations.", Q3_CALL)
    assert kinds["about 55%"] is ClaimKind.ACTUAL


def test_a_plan_or_a_supposition_for_a_later_period_stays_guidance() -> None:
    assert _kinds("In 2022, we plan to open 40 clinics.", Q3_CALL)["40 clinics"] is ClaimKind.GUIDANCE
    kinds = _kinds("We've included a comparison of our 2022 yield, assuming a 50% payout.", Q3_CALL)
    assert kinds["50%"] is ClaimKind.GUIDANCE
    kinds = _kinds("We've agreed to source 100% renewable power by 2030.", Q3_CALL)
    assert kinds["100%"] is not ClaimKind.ACTUAL


def test_a_figure_said_so_far_is_actual_whatever_the_cue() -> None:
    kinds = _kinds("Reviews that we expect will affect 2022 revenue are about 88% complete to date.", Q3_CALL)
    assert kinds["about 88%"] is ClaimKind.ACTUAL
    kinds = _kinds("We repurchased 310,000 shares thus far in Q4.", Q3_CALL)
    assert kinds["310,000 shares"] is ClaimKind.ACTUAL
    # a period phrase, not "so far", after the number: still a forecast
    assert _kinds("We expect to buy 400,000 shares in Q4.", Q3_CALL)["400,000 shares"] is ClaimKind.GUIDANCE


def test_a_range_for_the_running_year_is_a_forecast() -> None:
    kinds = _kinds("Relative to 2020, our 2021 margins of 24% to 25% are 200 basis points higher.", Q3_CALL)
    assert kinds["24% to 25%"] is ClaimKind.GUIDANCE
    # one value for the running year, with no full-year words, keeps its actual reading
    assert _kinds("Our 2021 operating margin of 24% is a record.", Q3_CALL)["24%"] is ClaimKind.ACTUAL


def test_what_a_forecast_just_given_holds_is_part_of_it() -> None:
    text = "For 2021, we expect revenue growth of 12%. Growth includes a tailwind of 150 basis points."
    kinds = _kinds(text, Q3_CALL)
    assert kinds["150 basis points"] is ClaimKind.GUIDANCE
    # after a reported figure, the same words report too
    text = "In the third quarter, revenue grew 12%. Growth includes a tailwind of 150 basis points."
    assert _kinds(text, Q3_CALL)["150 basis points"] is ClaimKind.ACTUAL
