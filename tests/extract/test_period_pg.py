"""Periods of the wrong size or the wrong quarter (issue 3, helper PG): small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q1_CALL, Q2_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


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


def test_a_full_year_section_on_a_fourth_quarter_call_runs_past_eight_sentences() -> None:
    lines = ["Now, let me comment on our full year 2023 results."]
    lines += [f"Gizmo line {i} did well." for i in range(8)]
    lines += ["And we returned over $3.9 billion of cash to shareholders."]
    claims = _call(" ".join(lines), Q4_CALL)
    assert _labels(claims) == ["2023"]
    # contrast: a sentence naming the quarter ends the section
    lines[5] = "The fourth quarter was strong."
    assert _labels(_call(" ".join(lines), Q4_CALL)) == ["2023Q4"]


def test_two_years_after_from_or_between_are_a_span_of_years() -> None:
    claims = _call("We expect to invest $2 billion from 2024 to 2026.", Q4_CALL)
    assert _labels(claims) == ["2024-2026"]
    claims = _call("We expect revenue to grow at a CAGR of 5% between 2024 and 2026.", Q4_CALL)
    assert _labels(claims) == ["2024-2026"]
    claims = _call(
        "Now, I'll discuss our outlook for the business from 2024 to 2026. We expect revenue to grow at a "
        "compound annual growth rate of 4% to 7% compared to 2023.",
        Q4_CALL,
    )
    assert _labels(claims) == ["2024-2026"]
    # contrast: a move from one year to the next is no span
    claims = _call("We shifted about $100 million in expenditures from 2023 to 2024.", Q4_CALL)
    assert _labels(claims) != ["2023-2024"]


def test_a_forecast_without_period_words_takes_the_year_of_the_forecast_just_before() -> None:
    text = (
        "We will initiate a dividend in the second quarter. We expect gizmo revenue to decline 11% to 17% "
        "compared to 2023. Widget revenue is expected to decline 60% to 75%."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2024", "2024"]
    text = (
        "We will initiate a dividend in the second quarter. We expect gizmo revenue to decline 11% to 17% "
        "compared to 2023. And for modeling purposes, we anticipate $1.2 billion in other pension income."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2024", "2024"]
    # contrast: a quarter carried from further back is no year to carry
    text = (
        "We will initiate a dividend in the second quarter. We expect margin of 9.4% in that quarter. "
        "We anticipate $1.2 billion in other pension income."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2024Q2", "2024Q2"]


def test_a_year_written_with_an_apostrophe_and_two_digits_is_read() -> None:
    claims = _call(
        "We've generated annual EBITDA for '24 and '25 of $12 billion with capital expenditures of $2.5 "
        "billion a year.",
        Q2_CALL,
    )
    assert _labels(claims) == ["2024-2025", "2024-2025"]
    assert _labels(_call("We expect capex of $2 billion in '24.", Q2_CALL)) == ["2024"]
    claims = _call("Net income was $43 million versus a net loss of $25 million in Q1 '22.", Q2_CALL)
    assert _labels(claims) == ["2023Q2", "2022Q1"]
    claims = _call("In 3Q of '22, we had a special charge of $7.1 million.", Q2_CALL)
    assert _labels(claims) == ["2022Q3"]
    # contrast: a decade and a possessive are no years
    assert _labels(_call("Our share grew to 15% in the quarter, as in the '90s.", Q2_CALL)) == ["2023Q2"]


def test_an_apostrophe_year_still_running_is_read_as_the_written_year_is() -> None:
    claims = _call("We increased our quarterly dividend by 9% in '23.")
    assert _labels(claims) == ["2023-01-01/2023-09-30"]
    # contrast: a figure "for" the year is the year's
    assert _labels(_call("Coverage for '23 is 95%.")) == ["2023"]


def test_a_quarter_or_a_year_end_named_with_an_apostrophe_year_is_of_that_year() -> None:
    claims = _call("Margin was 41.5% compared with 31.4% in the fourth quarter '21.", Q2_CALL)
    assert _labels(claims) == ["2023Q2", "2021Q4"]
    claims = _call("We plan to cut our debt to less than $1.4 billion by the end of '25.", Q2_CALL)
    assert _labels(claims) == ["2025-12-31"]


def test_a_change_to_a_new_level_in_the_guidance_is_of_the_guided_year() -> None:
    claims = _call(
        "These updates translate into an increase of 50 basis points in our operating margin rate to a range "
        "of 16% to 16.2% in our updated guidance."
    )
    assert _labels(claims) == ["2023", "2023"]
    # contrast: a result compared with the guidance stays the quarter's
    assert _labels(_call("Sales grew 5% to $3 billion, above our guidance.")) == ["2023Q3", "2023Q3"]
