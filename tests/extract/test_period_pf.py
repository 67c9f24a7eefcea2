"""Claims with no period (issue 3, round PF): readings the README names as dating nothing, which the quarter
reported on (or a period the sentence names for something else) would otherwise date.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import period_of


def test_a_streak_has_no_period_even_in_a_sentence_naming_the_quarter() -> None:
    text = "Gizmo sales rose in Q3, up 9%, achieving an impressive seven consecutive years of growth."
    assert period_of(text, "seven consecutive years") is None
    text = "During the third quarter, we extended our streak to 44 straight quarters of gizmo comp growth."
    assert period_of(text, "44 straight quarters") is None
    # contrast: the quarter's own figure in the same sentence; a span that is no streak
    text = "Gizmo sales rose in Q3, up 9%, achieving seven consecutive years of growth."
    assert period_of(text, "9%") == "2023Q3"
    text = "In the third quarter, the gizmo leases we signed had an average term of 7.6 years."
    assert period_of(text, "7.6 years") == "2023Q3"


def test_the_size_of_an_asset_said_as_its_adjective_has_no_period() -> None:
    text = "We opened our new 120,000 square foot gizmo laboratories in Ohio."
    assert period_of(text, "120,000 square foot gizmo laboratories") is None
    text = "We signed a lease on a 200,000 square-foot gizmo plant in Texas."
    assert period_of(text, "200,000 square-foot") is None
    # the period the sentence names for the deal does not date the building's size
    text = "In the second quarter, we acquired a 1.5 million square foot gizmo warehouse."
    assert period_of(text, "1.5 million") is None
    # contrast: square feet leased (a flow), area "of" leasing, a change in area, a size dated after it
    text = "Gizmo lease signings were 6 million square feet."
    assert period_of(text, "6 million square feet") == "2023Q3"
    text = "In the suburbs, we completed 90,000 square foot of new gizmo leasing."
    assert period_of(text, "90,000") == "2023Q3"
    text = "The gizmo market showed a 400,000 square foot decline."
    assert period_of(text, "400,000 square foot") == "2023Q3"
    # other units of size in the singular: nameplate capacity, beds
    text = "The award went to the 1,510 megawatt Gizmo Wind project."
    assert period_of(text, "1,510 megawatt") is None
    text = "The contract at our 1,033 bed Gizmo Center expires soon."
    assert period_of(text, "1,033 bed Gizmo Center expires") is None
    # contrast: megawatts added, a flow in room nights
    text = "We added 500 megawatts of gizmo solar."
    assert period_of(text, "500 megawatts") == "2023Q3"
    text = "The gizmo group business generated 24,000 room nights."
    assert period_of(text, "24,000 room nights") == "2023Q3"


def test_a_stake_held_or_traded_has_no_period() -> None:
    text = "We acquired a 90% ownership interest in the Gizmo Wind Farm."
    assert period_of(text, "90%") is None
    text = "Our 5% equity stake in Gizmo Health paid a distribution of $3.8 million."
    assert period_of(text, "5%") is None
    assert period_of("Gizmo Energy holds a 25% working interest in this pad.", "25%") is None
    # contrast: interest rates and interest-earning assets; a stake dated by the sentence keeps the date
    text = "Net interest income rose as 8% interest earning asset growth helped."
    assert period_of(text, "8%") == "2023Q3"
    text = "We issued $450 million of 3% interest-only gizmo notes."
    assert period_of(text, "3%") == "2023Q3"
    text = "In August, we sold a 16% interest in Gizmo Labs."
    assert period_of(text, "16%") == "2023-08"


def test_a_set_count_takes_no_period_carried_from_the_sentence_before() -> None:
    text = "Turning to 2024. We expect gizmo revenue of $5 billion. We expect growth in all three businesses."
    assert period_of(text, "$5 billion") == "2024"
    assert period_of(text, "three businesses") is None
    # contrast: a count that is no set ("three new plants" is what the year brings)
    text = "Turning to 2024. We expect gizmo revenue of $5 billion. We expect to open three new plants."
    assert period_of(text, "three new plants") == "2024"


def test_a_target_named_by_its_level_stands_with_no_period() -> None:
    text = (
        "We ended the quarter with cash of $3.8 billion, at the top of our $3 billion to $4 billion target."
    )
    assert period_of(text, "$3.8 billion") == "2023Q3"
    assert period_of(text, "$3 billion to $4 billion") is None
    text = "Our gizmo capital ratio was 392% at year end 2022, comfortably above our 360% target."
    assert period_of(text, "360%") is None
    # contrast: a target dated after it
    text = "Our gizmo margin was 12%, below our 15% target for 2025."
    assert period_of(text, "15%") == "2025"
