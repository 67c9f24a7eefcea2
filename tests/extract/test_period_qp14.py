"""A result told with an irregular past verb after a "Year-to-date," opener is the year's to date, as one told
with a regular one ("we spent", "we paid", as "we invested"): `cues.TOLD_RESULT` is `cues.PAST_VERB` plus
"was", "were", "up", "down" (helper QP14). A bound "up to" is no past: PAST_VERB keeps it out."""

from __future__ import annotations

from call_claims import Q3_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels
from thesisledger.extract.cues import PAST_VERB, TOLD_RESULT

NINE_MONTHS = "2023-01-01/2023-09-30"


def test_an_irregular_past_after_a_year_to_date_opener_is_the_years_to_date() -> None:
    text = (
        "Year-to-date, gizmo margins were 5.6% versus 3.1% last year.\n"
        "We spent $40 million on new gizmo lines and paid $12 million in dividends."
    )
    assert _labels(_call(text, Q3_CALL))[2:] == [NINE_MONTHS, NINE_MONTHS]


def test_a_told_result_is_a_past_verb_or_a_copula_or_a_move() -> None:
    for said in ("we spent", "revenue grew", "we invested", "income was", "sales are up"):
        assert TOLD_RESULT.search(said) is not None
    assert PAST_VERB.search("right now, up to one in four") is None  # a bound, not a past
