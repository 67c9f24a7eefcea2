"""Rank counts ("a top 20 brand", "the top half of peers") are claims with no period and no metric."""

from __future__ import annotations

from datetime import date

import pytest

from call_claims import call_claims

WHEN = date(2021, 7, 29)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The gizmo is already a top 20 energy drink brand.", "top 20", 20.0),
        ("We landed a top five cloud service provider in the quarter.", "top five", 5.0),
        ("Our top 10 customers represented 40% of sales.", "top 10", 10.0),
        ("We won a study for top 20 pharma clients.", "top 20", 20.0),
        ("72% of our funds were in the top half of peers.", "top half", 0.5),
    ],
)
def test_a_rank_count_is_a_claim_with_no_period_and_no_metric(text: str, span: str, value: float) -> None:
    found = [c for c in call_claims(text, WHEN) if c.span_text == span]
    assert found, [c.span_text for c in call_claims(text, WHEN)]
    assert found[0].quantity.value == value and found[0].period is None and found[0].metric is None


@pytest.mark.parametrize(
    "text",
    [
        "Gizmo sales should top 5 billion dollars next year.",  # a verb
        "The top 5% of gizmo customers grew fastest.",  # a share, read as 5%
        "Gizmo is a top one priority for us.",  # "top one": a rank
        "We expect gizmo sales in the top half of our guidance range.",  # a position in a range
    ],
)
def test_no_rank_count_where_top_is_a_verb_a_share_or_first(text: str) -> None:
    claims = call_claims(text, WHEN)
    assert not [c for c in claims if c.quantity.unit.code == "count" or "half" in c.span_text]
