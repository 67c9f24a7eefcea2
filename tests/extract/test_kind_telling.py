"""A modal of the telling, not of what is told: "as you will see in our 10-Q", "you may recall", "I will
discuss", "I'll turn to" leave a reported figure actual; "we will see growth", "it'll be" stay forecasts."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "As you will see in our 10-Q, we sold the unit for approximately $210 million.",
            "approximately $210 million",
        ),
        ("You may recall that last spring the backlog stood at $6 million.", "$6 million"),
        ("On the next slide, you'll see that segment sales grew 7% in the quarter.", "7%"),
        ("I'll now turn to our three segments.", "three segments"),
        (
            "We bought back shares, which I will discuss more in a minute, that contributed $0.02 per share.",
            "$0.02 per share",
        ),
    ],
)
def test_a_modal_of_the_telling_leaves_the_figure_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.ACTUAL


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("We will see revenue growth of 5% next year.", "5%"),
        ("Occupancy improved in June, and it looks like it'll be up to around 47% in July.", "around 47%"),
        ("Customers will notice a 3% price increase in January.", "3%"),
        ("You will get a dividend of $0.40 per share next quarter.", "$0.40 per share"),
    ],
)
def test_a_forecast_modal_stays_guidance(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.GUIDANCE
