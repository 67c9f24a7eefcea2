"""A revision of the guidance said with no forward word is guidance: the number the period rules give the
guided year to ("guidance is being increased to", "X to Y, up from A to B", "we're raising ... by $N")."""

from __future__ import annotations

import pytest

from call_claims import Q3_CALL, claim_kinds
from thesisledger.extract import ClaimKind


@pytest.mark.parametrize(
    ("sentence", "spans"),
    [
        ("Adjusted EPS guidance is being increased to $3.10 to $3.20.", ["$3.10 to $3.20"]),
        ("And adjusted EPS of $3.10 to $3.20, up from $2.95 to $3.05.", ["$3.10 to $3.20", "$2.95"]),
        ("We're also increasing development starts by $150 million.", ["$150 million"]),
    ],
)
def test_a_guidance_revision_is_guidance(sentence: str, spans: list[str]) -> None:
    kinds = claim_kinds(sentence, Q3_CALL)
    assert [kinds[s] for s in spans] == [ClaimKind.GUIDANCE] * len(spans), kinds


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Adjusted EPS increased to $1.10 in the quarter, up from $0.95.", "$1.10"),
        ("We increased prices by 5% in the quarter.", "5%"),
    ],
)
def test_a_reported_change_stays_actual(sentence: str, span: str) -> None:
    assert claim_kinds(sentence, Q3_CALL)[span] is ClaimKind.ACTUAL


def test_the_guided_figure_after_which_remains_is_guidance() -> None:
    text = "The tax rate was 15.3%, consistent with our full-year outlook, which remains around 16%."
    kinds = claim_kinds(text, Q3_CALL)
    assert kinds["15.3%"] is ClaimKind.ACTUAL
    assert kinds["around 16%"] is ClaimKind.GUIDANCE
