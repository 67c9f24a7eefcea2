"""Claims with no period (issue 3, round PA): readings that date nothing even in a sentence that names a
period, or that the quarter reported on would otherwise take.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import period_of


def test_an_opportunity_size_keeps_no_date_named_before_it() -> None:
    text = "We anticipate a gizmo contract in 2024 with an overall lifetime opportunity of up to $2 billion."
    assert period_of(text, "up to $2 billion") is None
    # contrast: a size dated after it
    text = "We see a $5 billion addressable gizmo market by 2026."
    assert period_of(text, "$5 billion") == "2026-12-31"


def test_the_size_of_an_organisation_said_in_the_present_has_no_period() -> None:
    text = "We signed a deal with Gizmo Health, whose 40,000 employees and 33 hospitals serve the state."
    assert period_of(text, "40,000 employees") is None
    assert period_of(text, "33 hospitals") is None
    text = "We closed the purchase of Gizmo Gas, which serves about 110,000 customers."
    assert period_of(text, "about 110,000 customers") is None
    text = "The new gizmo module enhances our models and covers 40,000 public companies."
    assert period_of(text, "40,000 public companies") is None
    # contrast: what it did (a verb between), what we did, a share with no "of"
    text = "We grew with Gizmo Mobile, whose revenues with us increased 40 million."
    assert period_of(text, "40 million") == "2023Q3"
    text = "Gizmo Gas serves the region, and we added 12,000 customers."
    assert period_of(text, "12,000 customers") == "2023Q3"
    text = "Our gizmo orders, which serves 50% year-over-year, set a record."
    assert period_of(text, "50%") == "2023Q3"


def test_a_product_faster_or_lighter_than_another_has_no_period() -> None:
    text = "The electric gizmo makes rate changes at least four times faster than a diesel pump."
    assert period_of(text, "at least four times") is None
    text = "The gizmo battery is 15% lighter than competing batteries."
    assert period_of(text, "15%") is None
    # contrast: the company's own result against a time
    text = "Gizmo deliveries were 25% faster than last year."
    assert period_of(text, "25%") == "2023Q3"


def test_ages_and_tenures_have_no_period() -> None:
    assert period_of("Jim has over four decades with our gizmo company.", "over four decades") is None
    assert period_of("This is our strongest gizmo margin in two decades.", "two decades") is None
    text = "Thousands of gizmo systems in service are more than 20 years old."
    assert period_of(text, "more than 20 years") is None
    # contrast: a term of the quarter's leases
    text = "The gizmo leases signed in the quarter had a weighted average term of 7.6 years."
    assert period_of(text, "7.6 years") == "2023Q3"


def test_a_cap_rate_of_a_deal_has_no_period() -> None:
    text = "The gizmo tower sold for $600 million or $779 per square foot and a 4.4% cap rate."
    assert period_of(text, "4.4%") is None
    text = "We sold seven gizmo properties for $28 million with a weighted average cap rate of 6.7%."
    assert period_of(text, "6.7%") is None
    # the price is a deal term too (deal_price, test_period_none_np); contrast: a yield that is no cap rate
    assert period_of(text, "$28 million") is None
    text = "Our gizmo securities portfolio had a yield of 2.1%."
    assert period_of(text, "2.1%") == "2023Q3"


def test_a_year_a_running_stretch_began_in_does_not_date_the_number() -> None:
    text = "Since we began our gizmo buyback program in 2007, we have bought back over 9.6 million shares."
    assert period_of(text, "over 9.6 million shares") is None
    # from the start of a year: to the call date (context_periods._since_year reads it)
    text = "Since the beginning of 2020, we have raised $3.4 billion of gizmo capital."
    assert period_of(text, "$3.4 billion") == "2020-01-01/2023-10-26"
    # contrast: a superlative's yardstick, a clause closed before the year, a closed span
    text = "Gizmo output was the second highest since the acquisition in 2015, at 17 million tons."
    assert period_of(text, "17 million tons") is not None  # (the quarter's, left to other rules)
    text = "Since February, our gizmo price forecast in 2024 has increased by $7."
    assert period_of(text, "$7") == "2024"


def test_categories_buckets_steps_and_announcements_the_speaker_lists_have_no_period() -> None:
    text = "In the third quarter, we announced two important strategic steps for our gizmo business."
    assert period_of(text, "two important strategic steps") is None
    text = "Our gizmo cost increase was due to higher expenses in two categories."
    assert period_of(text, "two categories") is None
    # contrast: a count with no listing noun
    text = "In the third quarter, we opened two gizmo plants."
    assert period_of(text, "two gizmo plants") == "2023Q3"
