"""Claims with no period (issue 3, round SZ): a number that modifies a noun as its size ("a $40 million
gizmo plant", "our 3,000-person gizmo team") sizes a thing described, it is no result of the quarter
reported on, which the sentence would otherwise get for want of period words.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from call_claims import period_of


def test_an_amount_that_sizes_a_standing_thing_has_no_period() -> None:
    text = "This $40 million gizmo project will double the capacity of our Ohio line."
    assert period_of(text, "$40 million") is None
    text = "Last week, we completed the sale of a $700 million leased gizmo portfolio to a pension fund."
    assert period_of(text, "$700 million") is None
    text = "Site work has begun on Gizmoco's new approximately $85 million gizmo assembly plant near Leeds."
    assert period_of(text, "approximately $85 million") is None
    text = "We see room to grow in the $9 billion aftermarket gizmo segment, where we are small."
    assert period_of(text, "$9 billion") is None
    # contrast: a flow named after the thing, a noun that is not the phrase's head, a program paid when
    # entered into, an amount "of" the thing
    text = "Gross margin included a $4 million project cost overrun at our Ohio line."
    assert period_of(text, "$4 million") == "2023Q3"
    text = "Our $30 billion emerging markets gizmo fund saw $2 billion of inflows."
    assert period_of(text, "$30 billion") == "2023Q3"
    text = "We entered into a $60 million accelerated share repurchase program with a bank."
    assert period_of(text, "$60 million") == "2023Q3"
    text = "We invested $12 million in the gizmo project."
    assert period_of(text, "$12 million") == "2023Q3"


def test_a_hyphenated_number_noun_adjective_has_no_period() -> None:
    text = "These are the stories that our 3,000-person gizmo newsroom is best placed to cover."
    assert period_of(text, "3,000-person") is None
    text = "We are adding a 12-inch gizmo line to the Dresden fab."
    assert period_of(text, "12-inch") is None
    text = "The store draws on households within a 5-mile radius of the site."
    assert period_of(text, "within a 5-mile") is None
    # contrast: a change said as a compound, a multiple, a duration
    text = "Our 120 net gizmo stores were a 90-store improvement over last year."
    assert period_of(text, "90-store") == "2023Q3"
    text = "Gizmo orders showed a 3-fold rise in the quarter."
    assert period_of(text, "3-fold") == "2023Q3"
