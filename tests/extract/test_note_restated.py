"""Research notes, second round: loose margin names, another company's past, restated guidance."""

from __future__ import annotations

from datetime import date, timedelta

from tests.call_claims import Q3_CALL

from thesisledger.companies import find_profile
from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import ClaimKind, extract_claims
from thesisledger.extract.claim import Claim, Speaker


def _claims(text: str, kind: DocumentKind = DocumentKind.NOTE) -> dict[str, Claim]:
    doc = Document(text=text, title="n", kind=kind, date=Q3_CALL)
    return {c.span_text: c for c in extract_claims(doc)}


_MARGINS = (
    "The segment's EBITDA margin in the quarter was 11%.\n"
    "The author sees the segment profit margin rising to 16% as utilisation improves.\n"
)


def test_a_loose_profit_margin_is_the_margin_the_note_names() -> None:
    assert _claims(_MARGINS)["16%"].metric == "ebitda_margin"


def test_a_note_naming_two_operating_level_margins_is_left_alone() -> None:
    text = _MARGINS + "Its operating margin was 8%.\n"
    assert _claims(text)["16%"].metric == "operating_margin"


def test_a_transcript_keeps_profit_margin_as_operating_margin() -> None:
    assert _claims(_MARGINS, DocumentKind.TRANSCRIPT)["16%"].metric == "operating_margin"


_GUIDED = (
    "According to management, the platform's ARR is expected to reach EUR 5 billion by the end of the year, "
    "and the segment EBITDA margin is expected to rise to the low teens over the next two quarters.\n"
    "Key monitoring points:\n"
    "Whether the platform's ARR reaches 5 billion, the sign that demand holds.\n"
    "Path: segment EBITDA margin currently at 7% → low teens → 18%.\n"
)


def test_a_guided_figure_the_author_restates_is_guidance() -> None:
    claims = _claims(_GUIDED)
    assert claims["EUR 5 billion"].kind is ClaimKind.GUIDANCE
    assert claims["5 billion"].kind is ClaimKind.GUIDANCE  # the author's "whether ... reaches"


def test_a_restated_step_with_no_period_takes_the_guided_one() -> None:
    doc = Document(text=_GUIDED, title="n", kind=DocumentKind.NOTE, date=Q3_CALL)
    guided, restated = (c for c in extract_claims(doc) if c.span_text == "low teens")
    assert guided.kind is restated.kind is ClaimKind.GUIDANCE
    assert guided.period is not None and restated.period == guided.period


def test_a_guided_figure_told_as_reached_stays_an_actual() -> None:
    text = _GUIDED + "Platform layer: the platform's ARR rapidly climbed to 5 billion.\n"
    claims = list(extract_claims(Document(text=text, title="n", kind=DocumentKind.NOTE, date=Q3_CALL)))
    assert claims[-1].span_text == "5 billion" and claims[-1].kind is ClaimKind.ACTUAL


def test_a_transcript_restating_a_figure_is_untouched() -> None:
    assert _claims(_GUIDED, DocumentKind.TRANSCRIPT)["5 billion"].kind is not ClaimKind.GUIDANCE


def test_a_restated_figure_keeps_the_guided_period_over_another_clauses() -> None:
    text = (
        _GUIDED.split("\n", 1)[0] + "\n"
        "If the platform's ARR reaches 5 billion as expected, the re-rating will come in 2025.\n"
    )
    claims = _claims(text)
    assert claims["5 billion"].kind is ClaimKind.GUIDANCE
    assert claims["5 billion"].period == claims["EUR 5 billion"].period


_STORY = (
    "A peer's turning point (2012):\n"
    "In Q1 2012, Google first reported its cloud figures separately:\n"
    "The cloud unit made up 5% of sales.\n"
    "The stock has risen 40% year-to-date, with the multiple moving from 3x PS to 5x PS.\n"
)


def _with(text: str, ticker: str) -> dict[str, Claim]:
    doc = Document(text=text, title="n", kind=DocumentKind.NOTE, date=Q3_CALL)
    return {c.span_text: c for c in extract_claims(doc, find_profile(ticker))}


def _dates(c: Claim) -> tuple[date, date] | None:
    return (c.period.start, c.period.end) if c.period else None


def test_another_companys_past_is_told_in_calendar_years() -> None:
    claims = _with(_STORY, "MSFT")  # a fiscal year ending in June: its own "Q1 2012" is Jul-Sep 2011
    assert _dates(claims["5%"]) == (date(2012, 1, 1), date(2012, 3, 31))
    for span in ("40%", "3x PS", "5x PS"):  # the story's "year-to-date": that calendar year
        assert _dates(claims[span]) == (date(2012, 1, 1), date(2012, 12, 31)), span


def test_the_companys_own_past_keeps_its_fiscal_calendar() -> None:
    claims = _with(_STORY.replace("Google first", "the company first"), "MSFT")
    assert _dates(claims["5%"]) == (date(2011, 7, 1), date(2011, 9, 30))


_PATH = (
    _GUIDED.split("\n", 1)[0] + "\n"
    "Key insight: the platform's ARR is growing from 2 billion to 6 billion in just six months.\n"
)


def test_the_end_of_a_path_for_a_guided_measure_is_that_guidance() -> None:
    claims = _claims(_PATH)
    assert claims["6 billion"].kind is ClaimKind.GUIDANCE
    assert claims["6 billion"].period == claims["EUR 5 billion"].period


def test_a_path_told_as_done_or_of_an_unguided_measure_is_left_alone() -> None:
    done = _claims(_PATH.replace("is growing from", "rose from"))
    assert done["6 billion"].kind is ClaimKind.ACTUAL
    unguided = _claims(_PATH.replace("the platform's ARR is growing", "the headcount is growing"))
    assert unguided["6 billion"].kind is not ClaimKind.GUIDANCE


_SECTIONS = (
    "4.1 Commerce: Taotian Group holds up\n"
    "Take rate in the quarter:\n"
    "Reported take rate: year-over-year +2%\n"
    "4.2 Other lines\n"
    "Headcount: 300 people joined.\n"
)


def test_a_note_line_naming_no_entity_takes_the_one_its_section_is_about() -> None:
    claims = _with(_SECTIONS, "BABA")
    assert claims["+2%"].entity == "taotian"
    assert claims["300 people"].entity is None  # the next numbered section is about something else


def test_a_transcript_line_does_not_take_an_entity_from_lines_above() -> None:
    doc = Document(text=_SECTIONS, title="n", kind=DocumentKind.TRANSCRIPT, date=Q3_CALL)
    claims = {c.span_text: c for c in extract_claims(doc, find_profile("BABA"))}
    assert claims["+2%"].entity is None


def test_a_compound_rate_to_a_deadline_is_a_rate_over_the_years() -> None:
    text = "Reaching EUR 9 billion in three years will require a compound annual growth rate of 25-30%.\n"
    claim = _claims(text)["25-30%"]
    assert claim.period is not None
    on = date(Q3_CALL.year + 3, Q3_CALL.month, Q3_CALL.day)  # three years on
    assert (claim.period.start, claim.period.end) == (Q3_CALL, on - timedelta(days=1))
    reached = _claims("Sales should grow 2.5x within three years.\n")["2.5x"]
    assert reached.period is not None and reached.period.end == on  # a multiple reached by the deadline


def test_a_figure_credited_to_an_outside_source_has_no_period() -> None:
    claims = _claims("Cloud: 28% market share of IaaS in Europe (IDC), still rising.\n")
    assert claims["28%"].period is None
    assert _claims("Cloud: 28% market share of IaaS in Europe, still rising.\n")["28%"].period is not None


def test_a_restated_end_of_a_guided_range_is_the_ranges_measure() -> None:
    text = (
        "2.2 Q4 2023 Outlook\n"
        "According to management, the segment loss will be between 1 billion and 2 billion.\n"
        "Lower bound (1 billion): marketing expenses are cut back in full.\n"
    )
    assert _claims(text)["1 billion"].metric == "loss"


def test_a_figure_annualized_by_the_author_is_derived() -> None:
    text = "In Q3 2023, segment revenue reached EUR 2 billion (annualized at EUR 8 billion), a record.\n"
    claims = _claims(text)
    assert claims["EUR 8 billion"].kind is ClaimKind.DERIVED
    assert claims["EUR 2 billion"].kind is ClaimKind.ACTUAL
    assert _claims(text, DocumentKind.TRANSCRIPT)["EUR 8 billion"].kind is not ClaimKind.DERIVED


def test_a_path_end_takes_a_dated_milestone_not_an_open_horizon() -> None:
    text = "Over the long term, management expects the platform's ARR to reach EUR 20 billion.\n" + _PATH
    claims = _claims(text)
    assert claims["6 billion"].period == claims["EUR 5 billion"].period


def test_the_authors_inference_from_reported_guidance_is_the_authors() -> None:
    text = (
        "According to management, revenue is expected to reach EUR 4 billion by the end of the year"
        " - implying a 2x increase within six months.\n"
    )
    assert _claims(text)["2x"].speaker is Speaker.AUTHOR
    quoted = 'Management said: "Revenue should reach EUR 4 billion by year-end, implying a 2x increase."\n'
    assert _claims(quoted)["2x"].speaker is Speaker.MANAGEMENT  # management's own words


_WIDE = (
    "According to management, next quarter's segment loss will be above EUR 2 billion"
    " but below EUR 5 billion.\n"
    "This wide range (spanning EUR 3 billion) reflects uncertain launch costs.\n"
)


def test_the_width_of_a_guided_range_is_derived_with_the_ranges_period_and_measure() -> None:
    claims = _claims(_WIDE)
    guided, width = claims["above EUR 2 billion but below EUR 5 billion"], claims["EUR 3 billion"]
    assert guided.kind is ClaimKind.GUIDANCE and guided.period is not None
    assert width.kind is ClaimKind.DERIVED
    assert width.period == guided.period and width.metric == guided.metric == "loss"


def test_a_figure_after_spanning_that_is_not_the_width_keeps_its_own_reading() -> None:
    claims = _claims(_WIDE.replace("spanning EUR 3 billion", "spanning EUR 4 billion"))
    assert claims["EUR 4 billion"].kind is not ClaimKind.DERIVED
