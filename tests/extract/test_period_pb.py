"""Period rules of helper PB (issue 3): the year, the quarter or an instant.

No company profile: calendar quarters. Each rule has a contrasting text it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import call_claims as _call
from call_claims import period_labels as _labels

Q4_CALL = date(2024, 1, 25)  # a call about October-December 2023, which closes the year


def test_a_balance_moved_under_a_look_at_the_full_year_is_the_years_change() -> None:
    text = (
        "Now, let me comment on our full year 2023 results.\n"
        "Gizmo revenue increased $12 billion to $97 billion.\n"
        "We strengthened the balance sheet by paying off $2.5 billion of long-term debt.\n"
        "And we reduced our net debt by $1.2 billion.\n"
        "We repaid another $300 million of notes."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023", "2023", "2023"]
    # contrast: the balance itself, a level at the year's close, stays the closing quarter's
    text = (
        "Now, let me comment on our full year 2023 results.\n"
        "Gizmo revenue increased $12 billion to $97 billion.\n"
        "Our net debt was $4.1 billion."
    )
    assert _labels(_call(text, Q4_CALL)) == ["2023", "2023", "2023Q4"]
