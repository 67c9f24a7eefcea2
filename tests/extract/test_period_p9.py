"""Period readings of the dev9 calls' recurring phrasings (seventh session round 2, helper P9).

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_long_term_flows_are_a_class_of_flows_not_a_horizon() -> None:
    # an asset manager's long-term funds (not money market): the flows are the quarter's
    assert _labels(_call("We generated net long-term inflows of $11 billion in gizmo funds.")) == ["2023Q3"]
    assert _labels(_call("Net long-term flows in gizmo funds were $2.3 billion.")) == ["2023Q3"]
    # contrast: a horizon
    assert _labels(_call("We target a gizmo margin of 30% over the long term.")) != ["2023Q3"]


def test_a_bare_year_after_a_quarters_figure_names_that_quarters_year() -> None:
    text = "Second quarter gizmo sales were $1.9 billion in 2023 and $1.5 billion in 2022."
    assert _labels(_call(text)) == ["2023Q2", "2022Q2"]
    text = "Gizmo income was $0.16 per share in the third quarter compared to $0.10 in 2022."
    assert _labels(_call(text))[-1] == "2022Q3"
    # contrast: a year's total in the sentence; a quarter said as when something happened
    text = "Gizmo cash flow was $32.9 million in the third quarter and $109.7 million for all of 2022."
    assert _labels(_call(text))[-1] == "2022"
    text = "In the third quarter, we saved $20 million on gizmos and plan to save $45 million in 2024."
    assert _labels(_call(text))[-1] == "2024"


def test_a_project_said_percent_complete_is_the_call_date() -> None:
    # README (seventh session): percent complete of a project is the call date
    assert _labels(_call("The gizmo plant is approximately 83% complete.")) == ["2023-10-26"]
    # contrast: a past auxiliary; a period of its own
    assert _labels(_call("The gizmo plant was approximately 83% complete.")) == ["2023Q3"]
    assert _labels(_call("The gizmo plant was 83% complete at the end of June.")) != ["2023-10-26"]


def test_a_present_tense_debt_profile_is_the_call_date() -> None:
    # README (seventh session round 2): present-tense debt profiles are the call date
    text = "Our weighted average debt maturity is 6.5 years, and our weighted average coupon is down to 2.2%."
    assert _labels(_call(text)) == ["2023-10-26", "2023-10-26"]
    assert _labels(_call("Gizmo says 90% of our debt is fixed rate.")) == ["2023-10-26"]
    # contrast: a comparison; a past auxiliary
    assert (
        _labels(_call("Our weighted average coupon is 4.1%, compared to 4.2% a year ago."))
        != ["2023-10-26"] * 2
    )
    assert _labels(_call("Our weighted average coupon was 4.1%.")) == ["2023Q3"]


def test_a_forecast_named_as_a_results_yardstick_takes_the_results_period() -> None:
    text = "Compared to Q3 of 2021, gizmo growth was 8.9%, above our guidance range of 3% to 6%."
    assert _labels(_call(text)) == ["2023Q3", "2023Q3"]
