"""Periods of the wrong size or the wrong quarter (issue 3, helper PG): small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import Q1_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels


def test_the_prior_year_quarter_is_a_quarter_in_a_sentence_naming_whole_years() -> None:
    claims = _call(
        "The ratio was 54.8%, higher than the prior year quarter of 51% and within our annual range.", Q1_CALL
    )
    assert _labels(claims) == ["2023Q1", "2022Q1"]
    claims = _call(
        "Sales were $4 billion, compared with $3.5 billion in the previous year quarter, and annual savings "
        "were $3 million.",
        Q1_CALL,
    )
    assert _labels(claims)[1] == "2022Q1"
    # contrast: "the prior year period" in a sentence naming the full year stays the year
    claims = _call(
        "Margin was 14.8%, compared with 13.1% in the prior year period, and we reaffirm our full year "
        "outlook.",
        Q1_CALL,
    )
    assert _labels(claims) == ["2023Q1", "2022"]
