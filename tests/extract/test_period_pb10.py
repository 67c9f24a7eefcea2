"""Period attachment inside a sentence (PB10): a comparison base belongs to the change it follows.

No company profile: calendar quarters. Q3_CALL is held on 2023-10-26 about July-September 2023.
"""

from __future__ import annotations

from call_claims import period_of


def test_a_base_after_a_change_is_not_the_period_of_the_next_number() -> None:
    # "versus the prior year" closes the 3%'s comparison: the $4.02 after it is the quarter reported on
    text = (
        "Gizmo revenue was $2 billion, down approximately 3% versus the prior year; earnings per share were "
        "$4.02 on a reported basis."
    )
    assert period_of(text, "$4.02") == "2023Q3"
    text = "EPS was $3.21, up 13% versus the prior year with solid gizmo free cash flow of $673 million."
    assert period_of(text, "$673 million") == "2023Q3"
    text = "Gizmo sales declined 5% compared to last year on a reported basis and 7% in constant currency."
    assert period_of(text, "7%") == "2023Q3"


def test_the_base_amount_and_its_list_keep_the_base_period() -> None:
    text = "Gizmo sales were $5 billion, up 5% versus the prior year quarter of $4.8 billion."
    assert period_of(text, "$4.8 billion") == "2022Q3"
    text = (
        "Gizmo net income was $207 million, up 10% compared to the third quarter of 2022 net income of $132 "
        "million or $1.38 per share."
    )
    assert period_of(text, "$1.38 per share") == "2022Q3"


def test_a_range_end_or_a_source_is_no_base_of_a_change() -> None:
    # "from January to March": March ends the range, no base of the 4.3 million barrels
    text = "Gizmo use rose by 4.3 million barrels from January to March and reached 96.5 million barrels."
    assert period_of(text, "96.5 million barrels") == "2023-03"


def test_a_period_ending_an_earlier_clause_is_that_clauses_number_s() -> None:
    # "last year" dates the refinancing behind the $13 million; the leverage ratio's clause has a subject of
    # its own: the quarter reported on
    text = (
        "Gizmo interest expense decreased $13 million due to refinancing activities completed last year, and "
        "our leverage ratio was 2.9 times."
    )
    assert period_of(text, "2.9 times") == "2023Q3"
    text = (
        "For the full year, we expect gizmo margins up, reflecting a 3% sequential improvement in the fourth "
        "quarter, and capex is now expected to be around $350 million."
    )
    assert period_of(text, "around $350 million") == "2023"


def test_one_more_verb_of_the_same_subject_keeps_the_period() -> None:
    text = (
        "We expect gizmo usage to grow by more than 25% annually for the next five years, and consequently "
        "expect capex to exceed $11 billion annually."
    )
    assert period_of(text, "exceed $11 billion") == period_of(text, "more than 25%")


def test_the_phrase_after_a_pair_dates_its_second_number() -> None:
    text = "We had a strong quarter with a gizmo book-to-bill of 1.07 and 1.06 times year-to-date."
    assert period_of(text, "1.07") == "2023Q3"
    assert period_of(text, "1.06 times") == "2023-01-01/2023-09-30"
    # contrast: a pair of bases shares its phrase
    text = "Gizmo margin was 37.3%, up significantly from $27 million and 28.4% in Q3 last year."
    assert period_of(text, "$27 million") == "2022Q3"
    # contrast: a range
    text = "We expect gizmo earnings between $1.00 and $1.05 per share in the fourth quarter."
    assert period_of(text, "between $1.00 and $1.05 per share") == "2023Q4"


def test_a_past_period_naming_a_comparison_is_a_base() -> None:
    text = "While inflated by a low prior year comp, gizmo rates were over 30% higher than in 2019."
    assert period_of(text, "over 30%") == "2023Q3"
    # contrast: the comparison's own figure keeps it
    text = "Gizmo sales declined high single digits, given the tough prior year comparison of plus 20%."
    assert period_of(text, "20%") == "2022Q3"
    # contrast: a coming quarter's comp is comparable sales, no base
    text = "We're planning for a Q4 comp in the high single-digit range for gizmos."
    assert period_of(text, "high single-digit") == "2023Q4"


def test_a_base_s_own_event_keeps_its_period() -> None:
    text = "Gizmo EPS of $3.04 was 52% higher than last year when we recorded more than $500 million."
    assert period_of(text, "more than $500 million") == "2022Q3"


def test_a_base_s_relative_clause_and_adjective_figure_keep_the_base_period() -> None:
    text = "Gizmo profit was $139 million, up 5% from the prior year quarter that included $25 million."
    assert period_of(text, "$25 million") == "2022Q3"
    text = "Gizmo sales were down slightly against a very strong 12% year ago comparison."
    assert period_of(text, "12%") == "2022Q3"
