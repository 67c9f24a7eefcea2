"""Period rules for results documents (issue 3), on small sentences of our own.

No company profile: calendar quarters. Each rule has a contrasting sentence it must not change.
"""

from __future__ import annotations

from datetime import date

from call_claims import Q1_CALL, Q3_CALL
from call_claims import call_claims as _call
from call_claims import period_labels as _labels
from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import extract_claims
from thesisledger.extract.claim import Claim
from thesisledger.extract.context_periods import results_periods
from thesisledger.extract.extractor import default_period
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import find_periods

# -- year-ago bases written other ways -----------------------------------------------------------


def test_the_prior_year_quarter_hyphenated_is_the_year_ago_quarter() -> None:
    claims = _call("Widget sales were $80 million, against $70 million in the prior-year quarter.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_a_year_earlier_is_the_year_ago_quarter() -> None:
    claims = _call("Gizmo margin reached 31%, compared with 28% a year earlier.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]


def test_last_years_third_quarter_is_that_quarter_a_year_earlier() -> None:
    claims = _call("Service revenue was $12 million, versus $9 million in last year's second quarter.")
    assert _labels(claims) == ["2023Q3", "2022Q2"]
    # contrast: without the possessive, "the second quarter" on a Q3 call is this year's
    assert _labels(_call("Service revenue was $12 million, versus $9 million in the second quarter.")) == [
        "2023Q3",
        "2023Q2",
    ]


def test_a_multiple_of_last_years_figure_is_not_last_years() -> None:
    claims = _call("Year-to-date cash from operations was $4 million, twice last year's amount.")
    assert _labels([c for c in claims if c.span_text == "$4 million"]) == ["2023-01-01/2023-09-30"]


def test_a_change_over_the_year_ago_quarter_is_this_quarters() -> None:
    # "over the year-ago quarter" compares; it is no time window like "over the years"
    claims = _call("Gadget revenue was $1.9 billion, up 8.3% over the year-ago quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    assert _labels(_call("Gadget revenue was $1.9 billion, up 8.3% from the year-ago quarter.")) == [
        "2023Q3",
        "2023Q3",
    ]


def test_less_than_a_period_compares_and_less_than_a_number_is_a_bound() -> None:
    claims = _call("Gadget revenue was $352 million less than the year-ago quarter.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: "more than 20%" is a bound, and the year-ago quarter is that number's own period
    assert _labels(_call("Gadget share was more than 20% in the year-ago quarter.")) == ["2022Q3"]


# -- quarters named without a year in forward-looking sentences ----------------------------------


def test_a_forward_quarter_without_a_year_is_the_coming_one() -> None:
    claims = _call("We expect fourth quarter gadget deliveries of 900 units.", when=Q1_CALL)
    assert _labels(claims) == ["2023Q4"]


def test_a_quarter_without_a_year_in_a_reported_sentence_keeps_the_latest_one() -> None:
    # contrast: "compared to the fourth quarter" on a Q1 call is the sequential base, last December
    claims = _call(
        "Gadget deliveries were 800 units, compared to 850 units in the fourth quarter.", when=Q1_CALL
    )
    assert _labels(claims) == ["2023Q1", "2022Q4"]


def test_a_forward_quarter_that_names_its_year_is_left_alone() -> None:
    claims = _call("We expect gadget deliveries of 900 units, above the 700 units of Q4 2022.", when=Q1_CALL)
    assert _labels(claims)[1] == "2022Q4"


# -- halves --------------------------------------------------------------------------------------


def test_the_back_half_is_the_second_half_of_this_fiscal_year() -> None:
    claims = _call("In the back half of the year, we expect gizmo margin of 33%.", when=Q1_CALL)
    assert _labels(claims) == ["2023H2"]
    assert _labels(_call("In the front half, gizmo margin was 30%.", when=Q1_CALL)) == ["2023H1"]


# -- the guidance horizon ------------------------------------------------------------------------


def test_a_forward_number_takes_the_horizon_set_a_few_sentences_before() -> None:
    text = (
        "Turning to our guidance for the fourth quarter.\n"
        "The ranges are on the slide.\n"
        "We adjusted them for our strong third-quarter results.\n"
        "Gadget deliveries will be up low single digits.\n"
    )
    assert _labels(_call(text)) == ["2023Q4"]


def test_the_horizon_does_not_reach_past_the_look_back() -> None:
    filler = "".join(f"Point {w} is on the slide.\n" for w in ("one", "two", "three", "four", "five"))
    text = "Turning to our guidance for the fourth quarter.\n" + filler + "Gadget deliveries will be up 3%.\n"
    assert _labels(_call(text)) == [None]


def test_the_horizon_does_not_cross_a_paragraph_in_a_release() -> None:
    def labels(text: str) -> list[str | None]:
        return _labels(
            extract_claims(Document(text=text, title="t", kind=DocumentKind.PRESS_RELEASE, date=Q3_CALL))
        )

    assert labels(
        "Our guidance for the fourth quarter is below.\n\nIts ranges are wide.\nDeliveries will be up 3%.\n"
    ) == [None]
    assert labels(
        "Our guidance for the fourth quarter is below.\nIts ranges are wide.\nDeliveries will be up 3%.\n"
    ) == ["2023Q4"]


# -- bases and spans named other ways ------------------------------------------------------------


def test_a_comma_ends_a_leading_comparison_base() -> None:
    claims = _call("Compared to the second quarter, gizmo margin improved by 50 basis points to 26%.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    # contrast: a base with no comma before the number still gives the base its period
    assert _labels(_call("Gizmo margin was 26%, up from 24% in the second quarter.")) == ["2023Q3", "2023Q2"]


def test_the_same_quarter_of_an_earlier_year_is_that_quarter() -> None:
    claims = _call("Widget sales were $80 million, against $60 million in the same period in 2019.")
    assert _labels(claims) == ["2023Q3", "2019Q3"]
    # contrast: a bare year stays the year
    assert _labels(_call("Widget sales were $80 million, against $200 million in 2019.")) == [
        "2023Q3",
        "2019",
    ]


def test_a_share_of_a_base_years_level_is_this_quarters() -> None:
    assert _labels(_call("Widget sales recovered to 95% of 2019 levels.")) == ["2023Q3"]
    assert _labels(_call("Widget sales in 2019 were 95% of capacity.")) == ["2019"]


def test_fiscal_with_an_apostrophe_year() -> None:
    assert _labels(_call("For fiscal '24, we expect widget sales growth of 8%.")) == ["2024"]


def test_ending_the_year_in_a_forward_sentence_is_a_year_end_deadline() -> None:
    assert _labels(_call("We expect to exit the year with gizmo margin of 30%.")) == ["2023-12-31"]
    assert _labels(_call("At year-end, we expect leverage of 2 times.")) == ["2023-12-31"]
    # contrast: reporting how a year ended is not a deadline
    assert _labels(_call("We ended the quarter with $90 million of cash.")) == ["2023Q3"]


def test_quarter_to_date_and_trailing_twelve_months() -> None:
    assert _labels(_call("Quarter-to-date, widget orders are up 20%.")) == ["2023-10-01/2023-10-26"]
    assert _labels(_call("Gizmo EBITDA for the trailing 12 months was $40 million.")) == [
        "2022-10-01/2023-09-30"
    ]
    # contrast: the next twelve months run from the call
    assert _labels(_call("Over the next twelve months we expect to spend $9 million.")) == [
        "2023-10-26/2024-10-25"
    ]


def test_a_possessive_period_is_read() -> None:
    assert _labels(_call("We expect next year's widget sales to reach $90 million.")) == ["2024"]
    assert _labels(_call("2022's widget sales were $70 million.")) == ["2022"]


def test_would_like_to_is_no_look_ahead_for_a_quarter_without_a_year() -> None:
    text = "I would like to point out that gizmo margin of 42% matched our fourth quarter margin."
    assert _labels(_call(text, when=Q1_CALL)) == ["2022Q4"]  # the latest fourth quarter, not the coming one
    # contrast: a sentence that does look ahead takes the coming fourth quarter
    assert _labels(_call("We expect fourth quarter gizmo margin of 42%.", when=Q1_CALL)) == ["2023Q4"]


def test_the_horizon_is_the_nearest_future_period_or_year_in_progress() -> None:
    text = (
        "Our guidance for the second quarter is on the slide.\n"
        "We project widget sales to grow 14% in 2023.\n"
        "That includes currency.\n"
        "We expect gizmo margin between 23% and 24%.\n"
    )
    assert _labels(_call(text, when=Q1_CALL)) == ["2023", "2023"]
    # contrast: the future quarter set up nearer wins
    text = (
        "We project widget sales to grow 14% in 2023.\n"
        "Our guidance for the second quarter is on the slide.\n"
        "We expect gizmo margin between 23% and 24%.\n"
    )
    assert _labels(_call(text, when=Q1_CALL)) == ["2023", "2023Q2"]


def test_a_past_date_sets_up_no_horizon() -> None:
    text = (
        "On April 20, 2023, our board raised the dividend to $0.25 per share.\n"
        "We are proud of that.\n"
        "We expect dividend growth of 7% to 10%.\n"
    )
    assert _labels(_call(text, when=Q1_CALL))[-1] is None


def test_long_term_care_is_no_horizon() -> None:
    def found(text: str) -> list[str]:
        return [
            pm.period.label
            for pm in find_periods(text, calendar=FiscalCalendar.calendar_year(), doc_date=Q3_CALL)
        ]

    assert found("Long-term care earned $46 million.") == []
    assert found("Over the long term, margin should reach 30%.") == ["long term"]


def test_consistent_with_makes_a_base() -> None:
    assert _labels(_call("Gizmo margin of 42% was consistent with the second quarter.")) == ["2023Q3"]


# -- a line that introduces the lines under it ---------------------------------------------------


def _release(text: str) -> list[Claim]:
    return extract_claims(Document(text=text, title="t", kind=DocumentKind.PRESS_RELEASE, date=Q3_CALL))


def test_an_introducing_line_sets_the_period_of_the_list_under_it() -> None:
    text = "Full-year 2024 outlook:\nWidget sales growth of 5% to 7%.\nGizmo margin of about 30%.\n"
    assert _labels(_release(text)) == ["2024", "2024"]


def test_an_introducing_line_ends_at_a_blank_line() -> None:
    text = "Full-year 2024 outlook:\n\nWidget sales growth of 5% to 7%.\n"
    assert _labels(_release(text)) == ["2023Q3"]  # the quarter reported on, as without the line
    # contrast: a colon inside a line introduces nothing under it
    text = "Full-year 2024 outlook: see below.\nWidget sales grew 5%.\n"
    assert _labels(_release(text)) == ["2023Q3"]


# -- targets -------------------------------------------------------------------------------------


def test_a_target_after_the_clause_with_the_period_is_a_standing_target() -> None:
    text = (
        "We ended the third quarter at a ratio of 9.6%, which places us above our targeted range of 9-9.5%."
    )
    assert _labels(_call(text)) == ["2023Q3", None]
    # contrast: a target in the clause of its period keeps it
    assert _labels(_call("In 2025, we target gizmo margin of 30%.")) == ["2025"]
    assert _labels(_call("Our target for 2025 is gizmo margin of 30%.")) == ["2025"]


def test_as_of_today_is_the_document_date() -> None:
    assert _labels(_call("As of today, we have bought back 2 million shares.")) == ["2023-10-26"]
    # contrast: "today" alone is the call, which reports on the quarter
    assert _labels(_call("Today, we reported widget sales of $80 million.")) == ["2023Q3"]


# -- another company's quarters ------------------------------------------------------------------


def test_another_companys_quarter_with_a_year_is_its_calendar_quarter() -> None:
    from thesisledger.companies import find_profile

    baba = find_profile("BABA")  # fiscal year ending in March
    text = "In Q1 2015, Amazon first reported AWS on its own:\nAWS made 7% of revenue.\n"
    doc = Document(text=text, title="t", kind=DocumentKind.NOTE, date=date(2026, 5, 15))
    (claim,) = extract_claims(doc, baba)
    assert claim.period is not None and (claim.period.start, claim.period.end) == (
        date(2015, 1, 1),
        date(2015, 3, 31),
    )
    # contrast: Alibaba's own "Q1 2015" stays its fiscal quarter (April-June 2014)
    own = Document(
        text="In Q1 2015, Alibaba's revenue grew 7%.\n",
        title="t",
        kind=DocumentKind.NOTE,
        date=date(2026, 5, 15),
    )
    (claim,) = extract_claims(own, baba)
    assert claim.period is not None and claim.period.label == "FY15Q1"


def test_following_makes_a_base() -> None:
    text = (
        "Total deposit costs came down one basis point from the second quarter, "
        "following a two basis point decline last quarter."
    )
    assert _labels(_call(text)) == ["2023Q3", "2023Q2"]


def test_a_quarter_call_named_in_a_forward_sentence_is_the_past_call() -> None:
    cal = FiscalCalendar.calendar_year()
    reported = default_period(cal, Q3_CALL)

    def read(text: str) -> list[str]:
        found = list(find_periods(text, calendar=cal, doc_date=Q3_CALL))
        return [
            pm.period.label for pm in results_periods(text, text.lower(), found, cal, reported, True, Q3_CALL)
        ]

    assert read("As we said on the second quarter call, we expect growth of 5%.") == ["2023Q2"]
    # contrast: on a fourth-quarter call in February, a forward "second quarter" is the coming one
    assert _labels(
        _call("We expect widget sales growth of 5% in the second quarter.", when=date(2023, 2, 9))
    ) == ["2023Q2"]


def test_for_the_fiscal_year_is_the_year_reported_in() -> None:
    assert _labels(_call("We expect a tax rate in the low teens for the fiscal year.")) == ["2023"]


def test_prior_year_alone_before_a_noun_is_no_period() -> None:
    # insurers' "prior-year development" is about earlier accident years, not the year-ago quarter
    assert _labels(_call("Prior-year development was $51 million favorable this quarter.")) == ["2023Q3"]


def test_a_possessive_period_names_what_follows_it() -> None:
    text = "Compare this quarter's tax rate of 21.1% with the prior year's adjusted rate of 21.4%."
    assert _labels(_call(text)) == ["2023Q3", "2022Q3"]
    # contrast: a possessive of a period noun is still the period of the number before it
    assert _labels(_call("Gizmo margin was 8.9%, down from 9.8% in last year's comparable quarter.")) == [
        "2023Q3",
        "2022Q3",
    ]


def test_finishing_the_year_with_growth_is_no_deadline() -> None:
    assert _labels(_call("We expect to exit the year at a gizmo margin of 30%.")) == ["2023-12-31"]
    # contrast: growth to "finish the year" with is the year's, not a year-end level
    assert _labels(_call("We expect to finish the year in a range of flat to 3% growth for the year.")) == [
        "2023"
    ]


def test_the_same_period_of_a_year_in_a_to_date_sentence_is_not_the_quarter() -> None:
    text = (
        "Year-to-date free cash flow was $31 million, compared to $27 million during the same period of 2022."
    )
    # (the year-to-date span of 2022, as the README's period rules read "the same period")
    assert _labels(_call(text))[1] == "2022-01-01/2022-09-30"
    # contrast: with no span in the sentence it is that year's quarter
    text = "Free cash flow was $31 million, compared to $27 million during the same period of 2022."
    assert _labels(_call(text))[1] == "2022Q3"


def test_a_month_further_back_sets_up_no_horizon() -> None:
    text = (
        "This is above our April outlook.\n"
        "We are proud of that.\n"
        "Cash conversion is expected to be above 110%.\n"
    )  # (not "is now expected": a revised forecast is the guided year's, test_period_round6)
    assert _labels(_call(text)) == [None]
    # contrast: a future quarter in the same place does
    text = "This beats our fourth quarter outlook.\nWe are proud.\nCash conversion is expected above 110%.\n"
    assert _labels(_call(text)) == ["2023Q4"]


def test_trailing_twelve_month_hyphenated() -> None:
    assert _labels(_call("Gizmo sales were 8% of trailing 12-month revenue.")) == ["2022-10-01/2023-09-30"]


def test_a_derived_number_takes_the_period_of_the_number_it_derives_from() -> None:
    text = (
        "Turning to the full year 2023.\n"
        "We are raising our widget outlook to a range of $5.5 billion to $5.6 billion, "
        "representing 29% year-over-year growth.\n"
    )
    assert _labels(_call(text)) == ["2023", "2023"]
    # contrast: a derived number with its own period phrase keeps it
    text = "Widget sales were $80 million, representing 12% of sales in the second quarter."
    assert _labels(_call(text)) == ["2023Q3", "2023Q2"]


# -- round 3: causes, looking-ahead words, what a forward figure includes ------------------------


def test_a_period_after_a_cause_dates_the_cause_not_the_number() -> None:
    claims = _call("Gizmo margin was 18%, driven by freight costs that moved into the fourth quarter.")
    assert _labels(claims) == ["2023Q3"]
    # contrast: the same period with no cause word between is the number's
    assert _labels(_call("Gizmo margin will be 18% in the fourth quarter.")) == ["2023Q4"]


def test_a_quarter_after_expecting_is_the_coming_one() -> None:
    # "we're expecting" is no kind cue, but it looks ahead: the coming first quarter, not the last one
    claims = _call("We're expecting 30% of the annual widget volume in Q1.")
    assert _labels(claims) == ["2024Q1"]
    # contrast: in a sentence about the past, Q1 is this year's first quarter
    assert _labels(_call("We shipped 30% of the annual widget volume in Q1.")) == ["2023Q1"]


def test_what_a_forward_figure_includes_takes_its_period() -> None:
    text = (
        "For the fourth quarter, we expect gizmo revenue of $40 million to $42 million.\n"
        "This includes about $3 million from the new plant."
    )
    assert _labels(_call(text)) == ["2023Q4", "2023Q4"]
    # contrasts: after an actual sentence the quarter reported on; a sentence with its own period keeps it
    actual = "Gizmo revenue was $40 million.\nThis includes about $3 million from the new plant."
    assert _labels(_call(actual)) == ["2023Q3", "2023Q3"]
    own = text.replace("from the new plant", "from the new plant in the quarter")
    assert _labels(_call(own))[1] == "2023Q3"
    # "including" deep in a sentence of its own is no account of the figure before
    other = text.replace("This includes about", "Gizmo assets stand at $90 million, including")
    assert _labels(_call(other))[1:] == ["2023Q3", "2023Q3"]


def test_a_long_term_horizon_after_another_numbers_target_is_the_targets() -> None:
    text = (
        "We now expect widget sales of $50 million in 2023.\n"
        "Our raised outlook for gizmo cash flow of $9 million moves us toward our targeted payout of 60% "
        "over the long term."
    )
    assert _labels(_call(text)) == ["2023", "2023", "long term"]  # the target keeps its horizon
    # contrast: with no target word and number between, the horizon is the number's own
    assert _labels(_call("We expect gizmo cash flow of $9 million over the long term.")) == ["long term"]


def test_a_revised_figure_from_one_number_to_another_keeps_the_period_before() -> None:
    claims = _call("We are lowering our full-year 2023 widget margin outlook from 22% to 21%.")
    assert _labels(claims) == ["2023", "2023"]
    # contrast: a move from one level to another is no revision; the start is a base with no period
    claims = _call("In 2023 widget margin fell from 22% to 21%.")
    assert _labels(claims) == ["2023Q3", "2023"]


def test_a_cause_does_not_move_a_base_or_a_period_still_ahead() -> None:
    # a base keeps the period after its cause word
    claims = _call("Gizmo sales fell to $8 million from $9 million due to a large order in the prior year.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]  # the year-ago quarter
    # a benefit expected later keeps that quarter (no reported verb before the number)
    claims = _call("The $4 million tax benefit is driven by a filing we expect in the fourth quarter.")
    assert _labels(claims) == ["2023Q4"]


def test_a_month_in_a_sentence_that_does_not_look_ahead_is_the_last_one() -> None:
    # on an April call, January is 3 months back, not 9 months ahead
    claims = _call("In January, we issued $300 million of gizmo notes.", date(2023, 4, 27))
    assert _labels(claims) == ["2023-01"]
    # contrasts: a forward sentence, and "next", keep the coming month
    assert _labels(_call("We expect $300 million of gizmo orders in January.", date(2023, 4, 27))) == [
        "2024-01"
    ]
    ends = _call("The $300 million gizmo program ends next January.", date(2023, 4, 27))
    assert _labels(ends) == ["2024-01"]


def test_maturities_and_a_year_before_an_ordinal_quarter() -> None:
    claims = _call("During the quarter, we issued $400 million of senior notes due in 2031.")
    assert _labels(claims) == ["2023Q3"]  # the notes' maturity is no period of the amount
    claims = _call(
        "Widget tax rate was 24% for the 2023 third quarter, up from 21% in the 2022 third quarter."
    )
    assert _labels(claims) == ["2023Q3", "2022Q3"]
    # contrast: a period with no maturity word before it is the number's
    assert _labels(_call("We expect to issue $400 million of senior notes in 2024.")) == ["2024"]


def test_a_year_named_as_levels_is_a_yardstick_for_the_numbers_before_it() -> None:
    assert _labels(_call("Gizmo orders are up 17% over 2019 levels.")) == ["2023Q3"]
    # contrast: without "levels" the year after the number is its period
    assert _labels(_call("Gizmo orders were up 17% in 2022.")) == ["2022"]


def test_an_earlier_change_after_a_comparison_word_has_the_earlier_period() -> None:
    claims = _call("Gizmo comps rose 8%, lapping a prior-year increase of 12%.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]
    claims = _call("Gizmo sales grew 8% against a 5% decline in the prior year.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]
    # contrasts: "versus a year ago" names a base, and a change before "from" never takes the base's period
    claims = _call("Gizmo orders grew 42% versus a year ago and 20% from the prior quarter.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]


def test_a_period_after_same_as_is_a_yardstick() -> None:
    assert _labels(_call("Gizmo margin was 31%, the same as a year ago.")) == ["2023Q3"]
    # contrast: a period after the number with no yardstick words is the number's
    assert _labels(_call("Gizmo margin was 31% a year ago.")) == ["2022Q3"]


def test_compares_to_makes_a_base_like_compared_to() -> None:
    claims = _call("Gizmo income of $17 million compares to $16 million in 2022's third quarter.")
    assert _labels(claims) == ["2023Q3", "2022Q3"]
    # contrast: a restatement after the base's period, "or 6% of sales", stays with the base
    claims = _call("This compares to $16 million in the third quarter of 2022, or 6% of sales.")
    assert _labels(claims) == ["2022Q3", "2022Q3"]


def test_at_fiscal_year_end_in_a_forward_sentence_is_the_year_end() -> None:
    assert _labels(_call("At fiscal year end, we expect gizmo leverage of 20%.")) == ["2023-12-31"]
    # contrast: a balance reported at the quarter's end stays the quarter
    assert _labels(_call("At quarter end, gizmo leverage was 20%.")) == ["2023Q3"]


def _note(text: str) -> list[Claim]:
    return extract_claims(Document(text=text, title="n", kind=DocumentKind.NOTE, date=date(2023, 5, 10)))


def test_a_note_restating_a_promised_figure_keeps_the_promise_period() -> None:
    text = (
        "Management expects gizmo revenue to reach $4 billion by the end of the year.\n"
        "If gizmo revenue reaches $4 billion as planned, the shares look cheap."
    )
    assert _labels(_note(text)) == ["2023-12-31", "2023-12-31"]
    # contrasts: another figure, or the same one reported as done, is not the promise
    other = text.replace("reaches $4 billion", "reaches $5 billion")
    assert _labels(_note(other))[1] != "2023-12-31"
    done = text.replace("If gizmo revenue reaches $4 billion as planned,", "Gizmo revenue was $4 billion, so")
    assert _labels(_note(done))[1] != "2023-12-31"


def test_for_the_quarter_right_after_a_forward_quarter_is_that_quarter() -> None:
    text = (
        "For the fourth quarter, we expect a gizmo margin of 23%.\nThere's 50 million shares for the quarter."
    )
    assert _labels(_call(text)) == ["2023Q4", "2023Q4"]
    # contrast: with a reported verb it is the quarter reported on
    done = text.replace("There's 50 million shares", "We bought back 5 million shares")
    assert _labels(_call(done)) == ["2023Q4", "2023Q3"]


def test_a_standing_rule_or_rate_dates_nothing() -> None:
    assert _labels(_call("Up to 40% of gizmo cash flow in any given quarter goes to the dividend.")) == [None]
    assert _labels(_call("Each year, about 60% of gizmo sales come from renewals.")) == [None]
    # contrast: a reported figure with "each quarter" in another clause is the quarter's
    claims = _call("Gizmo revenue was $9 million, which has improved each quarter.")
    assert _labels(claims) == ["2023Q3"]


def test_the_level_reached_after_a_past_base_is_the_reported_quarter() -> None:
    claims = _call("Gadget income rose 12% from the prior year quarter to $310 million.")
    assert _labels(claims) == ["2023Q3", "2023Q3"]
    # contrast: a number stated as the base keeps the base's period
    base = _call("Gadget income was $310 million, compared to $277 million in the prior year quarter.")
    assert _labels(base) == ["2023Q3", "2022Q3"]


def test_a_figure_given_to_named_guidance_is_the_years() -> None:
    text = "Gizmo margin guidance is being increased to 21% to 22%, up from the prior range of 20% to 21%."
    assert set(_labels(_call(text))) == {"2023"}
    # contrast: a result measured within guidance is the quarter's
    assert _labels(_call("Gizmo revenue finished within guidance, down 4.5%.")) == ["2023Q3"]


def test_an_authorization_or_a_rate_over_that_period_dates_nothing() -> None:
    assert _labels(_call("Our board authorized an additional $2 billion of gizmo buybacks.")) == [None]
    text = "We raised the dividend for 12 straight years, a compound growth rate of 7% over that period."
    assert _labels(_call(text))[-1] is None
    # contrasts: the amount bought back, or growth over the same period last year, is the quarter's
    assert _labels(_call("We bought back $2 billion of gizmo shares.")) == ["2023Q3"]
    assert _labels(_call("Gizmo revenue rose 7% over the same period last year.")) == ["2023Q3"]


def test_a_forward_figure_of_named_guidance_is_the_years_not_the_next_quarters() -> None:
    text = (
        "We expect a strong fourth quarter.\nOur guidance for the gizmo tax rate is expected to stay at 21%."
    )
    assert _labels(_call(text)) == ["2023"]
    # contrasts: without the guidance noun the forward figure keeps the quarter set up before it;
    # an authorization announced with an outlook dates nothing
    plain = "We expect a strong fourth quarter.\nThe gizmo tax rate is expected to stay at 21%."
    assert _labels(_call(plain)) == ["2023Q4"]
    auth = "With our improving outlook, we expect the authorization of a $3 billion gizmo buyback."
    assert _labels(_call(auth)) == [None]


def test_a_change_after_a_yardstick_and_a_comma_keeps_its_own_period() -> None:
    text = "Gizmo bookings came in better than guidance, down 20% in September."
    assert _labels(_call(text)) == ["2023-09"]
    # contrast: a change right after the comparison word still leaves the base's period alone
    assert _labels(_call("Gizmo bookings were down 20% compared to September.")) == ["2023Q3"]


def test_a_year_said_as_ended_on_its_last_quarters_call_is_that_quarter() -> None:
    q4_call = date(2024, 1, 30)
    claims = _call("We ended 2023 with gizmo cash of $4.2 billion.", q4_call)
    assert _labels(claims) == ["2023Q4"]
    # contrast: the year's flow said plainly is the year's
    assert _labels(_call("In 2023 gizmo revenue was $4.2 billion.", q4_call)) == ["2023"]


def test_a_year_after_a_superlative_since_is_a_yardstick() -> None:
    text = "Gizmo pricing rose to 8.1%, its highest level since 2015, and 3 points higher than last quarter."
    assert _labels(_call(text))[-1] == "2023Q3"
    # contrast: without the superlative, "since 2015" stays a span start the number may take
    assert _labels(_call("Gizmo pricing rose 3 points higher since 2015."))[-1] != "2023Q3"


def test_a_year_naming_a_debt_maturity_dates_nothing() -> None:
    text = "We extended $2 billion of gizmo debt into a new 2040 maturity."
    assert _labels(_call(text)) == ["2023Q3"]
    # contrast: a year the debt is repaid in is a period
    assert _labels(_call("We expect to repay $2 billion of gizmo debt in 2025.")) == ["2025"]


def test_through_a_month_or_quarter_of_this_year_is_the_year_to_its_end() -> None:
    assert _labels(_call("Gizmo orders are up 12% through August.")) == ["2023-01-01/2023-08-31"]
    claims = _call("Gizmo capex was $2 billion through the second quarter.")
    assert _labels(claims) == ["2023-01-01/2023-06-30"]
    # contrast: "in August" is the month alone
    assert _labels(_call("Gizmo orders were up 12% in August.")) == ["2023-08"]


def test_over_the_past_or_last_year_is_the_trailing_four_quarters() -> None:
    ttm = "2022-10-01/2023-09-30"
    assert _labels(_call("Gizmo subscribers grew 9% over the past year.")) == [ttm]
    assert _labels(_call("Gizmo subscribers grew 9% over the last year.")) == [ttm]
    # contrast: a base "from last year" leaves the change with the quarter reported on
    assert _labels(_call("Gizmo subscribers were up 9% from last year.")) == ["2023Q3"]


def test_the_first_weeks_of_a_month_are_those_weeks() -> None:
    text = "We canceled about 900 gizmo orders in the first three weeks of September."
    assert _labels(_call(text)) == ["2023-09-01/2023-09-21"]
    assert _labels(_call("We canceled about 900 gizmo orders in the first week of September.")) == [
        "2023-09-01/2023-09-07"
    ]
    # contrast: the month alone
    assert _labels(_call("We canceled about 900 gizmo orders in September.")) == ["2023-09"]
