"""Claims with no period (issue 3): sets, discourse counts and other readings that date nothing.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_a_small_count_of_an_existing_set_has_no_period() -> None:
    claims = _call("We saw strong gizmo demand in each of our three segments.")
    assert _labels(claims) == [None]
    claims = _call("We have a diversified path to growth with all five vectors contributing.")
    assert _labels(claims) == [None]
    claims = _call("We are integrating the two acquisitions into our gizmo business.")
    assert _labels(claims) == [None]
    # contrast: a count of what the quarter brought, a set leading the sentence as the subject of its results
    claims = _call("We opened two new gizmo stores.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("All three of our segments delivered better gizmo growth.")
    assert _labels(claims) == ["2023Q3"]
    # ... but not the subject of a standing fact
    claims = _call("All three gizmo plants have unique capabilities.")
    assert _labels(claims) == [None]
    claims = _call("We opened 12 gizmo stores, and the 40 stores we own are profitable.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]


def test_a_count_of_what_the_speaker_lists_has_no_period() -> None:
    claims = _call("Gizmo margins rose in the quarter, and there are two factors behind it.")
    assert _labels(claims)[-1:] == [None]
    claims = _call("Our third quarter gizmo results were impacted by three items.")
    assert _labels(claims) == [None]
    claims = _call("Let me share four key takeaways.")
    assert _labels(claims) == [None]
    # contrast: new things the quarter brought, a count with no listing noun
    claims = _call("In the third quarter, we entered two new areas.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("In the third quarter, we signed three contracts.")
    assert _labels(claims) == ["2023Q3"]


def test_the_length_of_a_streak_has_no_period() -> None:
    claims = _call("We raised the gizmo dividend, marking 17 consecutive years of increases.")
    assert _labels(claims) == [None]
    claims = _call("Gizmo margins have improved for 12 straight quarters.")
    assert _labels(claims) == [None]
    # contrast: a duration that is the value of a measure of the quarter
    claims = _call("Gizmo payable days were 85 days.")
    assert _labels(claims) == ["2023Q3"]


def test_a_share_of_an_authorization_restates_no_period() -> None:
    claims = _call(
        "We bought back $468 million of gizmo stock, representing 80% of the $585 million authorization."
    )
    assert _labels(claims)[-1] is None
    # contrast: a derived figure of the sentence's result keeps its period
    claims = _call("We bought back $468 million of gizmo stock, representing 80% of the total.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]


def test_what_the_company_strives_for_has_no_period() -> None:
    claims = _call("We remain committed to achieving 21% to 23% gizmo margins.")
    assert _labels(claims) == [None]
    claims = _call("We are well on our way to becoming a $15 billion gizmo company.")
    assert _labels(claims) == [None]
    claims = _call("Our commitment is to reduce gizmo emissions intensity by 35%.")
    assert _labels(claims) == [None]
    # contrast: "on its way to" a noun, then a result of the quarter; a deed joined to the commitment
    claims = _call("Our gizmo segment, while on its way to recovery, is still down 10% year-over-year.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call(
        "We remain committed to returning cash and recently expanded the gizmo buyback by $600 million."
    )
    assert _labels(claims) == ["2023Q3"]


def test_a_number_over_a_span_with_no_ends_has_no_period() -> None:
    claims = _call("Our land supports $18 billion of future gizmo development over the next several years.")
    assert _labels(claims) == [None]
    claims = _call("We expect to deliver 15 million gizmo synergies over the coming years.")
    assert _labels(claims)[-1:] == [None]
    # contrast: the span is another clause's, or hours of overtime
    claims = _call("Gizmo sales rose 6%, and the rest of the backlog will ship over the next few quarters.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo expenses rose by $8 million driven by over time hours at work.")
    assert _labels(claims) == ["2023Q3"]


def test_a_yearly_rate_said_in_a_month_has_no_period() -> None:
    claims = _call(
        "Thus far in July, our gizmo plant runs well above its nameplate of 1.9 million tons per year."
    )
    assert _labels(claims) == [None]
    # contrast: the month's own figure
    claims = _call("In July, our gizmo plant produced 150,000 tons.")
    assert _labels(claims) == ["2023-07"]


def test_over_this_time_last_year_is_a_comparison_not_a_span() -> None:
    claims = _call(
        "We finished the quarter with a gizmo backlog of $88 billion, up 8% over this time last year."
    )
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    # contrast: a rate over a span named before
    claims = _call("Gizmo sales grew at a compound annual rate of 9% over that period.")
    assert _labels(claims) == [None]


def test_what_a_product_or_program_does_has_no_period() -> None:
    claims = _call("We introduced the gizmo engine, which reduces fuel use by 17% compared to older engines.")
    assert _labels(claims) == [None]
    claims = _call("Our gizmo pharmacies have an approach that lowers hospital visits by 18%.")
    assert _labels(claims) == [None]
    # contrast: "lower" as an adjective, a change the quarter made
    claims = _call("With lower balances and lower rates, gizmo funding cost declined by $9 million.")
    assert _labels(claims) == ["2023Q3"]
    claims = _call("Gizmo costs fell, which reduced our expenses by 5%.")
    assert _labels(claims) == ["2023Q3"]
