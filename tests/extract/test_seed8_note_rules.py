"""Research notes, third round: a heading's period narrows restated guidance; a guided level listed as a
condition to watch has no period; an effect said to last a year covers the next four quarters; points on a
line naming no measure are a step of the growth above; a sentence after one naming nothing takes the section's
subject; a company-wide measure is the group's. Sentences of our own, note-style (no second real note exists
in ../shared)."""

from __future__ import annotations

from datetime import date

from tests.call_claims import Q3_CALL

from thesisledger.companies import find_profile
from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import ClaimKind, extract_claims
from thesisledger.extract.claim import Claim

Q4_NOTE = date(2024, 1, 20)  # a note written after 2023Q4 closed
# Q3_CALL (2023-10-26) with no profile: calendar quarters, the latest closed one 2023Q3
_GUIDED = (
    "According to management, the segment EBITDA margin is expected to rise to the low teens over the next "
    "two quarters, and platform ARR is expected to reach EUR 5 billion in November.\n"
)


def _claims(text: str, kind: DocumentKind = DocumentKind.NOTE) -> list[Claim]:
    return list(extract_claims(Document(text=text, title="n", kind=kind, date=Q3_CALL)))


def _last(text: str, span: str, kind: DocumentKind = DocumentKind.NOTE) -> Claim:
    found = [c for c in _claims(text, kind) if c.span_text == span]
    assert found, span
    return found[-1]


def _label(c: Claim) -> str | None:
    return c.period.label if c.period else None


_UNDER_QUARTER = (
    _GUIDED + "2.3.1 Q4 2023 Outlook (October-December 2023)\n"
    "The author's expectations for the quarter are as follows:\n"
    "Key monitoring points:\n"
)


def test_a_heading_quarter_narrows_a_restated_two_quarter_guidance() -> None:
    text = _UNDER_QUARTER + "Whether the segment EBITDA margin enters the low teens as expected.\n"
    c = _last(text, "low teens")
    assert c.kind is ClaimKind.GUIDANCE and _label(c) == "2023Q4"


def test_a_heading_year_does_not_widen_a_guided_month() -> None:
    text = _UNDER_QUARTER + "Whether platform ARR reaches 5 billion, the sign that demand holds.\n"
    assert _label(_last(text, "5 billion")) == "2023-11"


def test_without_a_heading_the_restatement_keeps_the_guided_span() -> None:
    text = _GUIDED + "Key monitoring points:\nWhether the EBITDA margin enters the low teens.\n"
    guided, restated = (c for c in _claims(text) if c.span_text == "low teens")
    assert restated.period == guided.period and _label(guided) == "2023Q4-2024Q1"


def test_a_heading_naming_another_quarter_outside_the_guidance_is_not_taken() -> None:
    text = _UNDER_QUARTER.replace("Q4 2023 Outlook (October-December 2023)", "Q2 2024 Outlook") + (
        "Whether the segment EBITDA margin enters the low teens as expected.\n"
    )
    assert _label(_last(text, "low teens")) == "2023Q4-2024Q1"


_CONDITIONS = (
    "According to management, AI products' share of cloud revenue is expected to exceed 40% in a year.\n"
    "Triggers for a re-rating:\n"
    "The re-rating requires:\n"
    "1. Segment margin surpassing 15%: the critical threshold.\n"
    "2. AI products' share of cloud revenue exceeding 40%: proving AI drives the business.\n"
)


def test_a_guided_level_listed_as_a_condition_has_no_period() -> None:
    c = _last(_CONDITIONS, "exceeding 40%")
    assert c.kind is ClaimKind.GUIDANCE and c.period is None
    assert _last(_CONDITIONS, "surpassing 15%").kind is ClaimKind.TARGET  # unguided: note_threshold's target


def test_a_guided_level_restated_outside_a_condition_list_keeps_its_period() -> None:
    text = _CONDITIONS.replace("Triggers for a re-rating:\nThe re-rating requires:\n", "Summary.\n")
    assert _last(text, "exceeding 40%").period is not None


def test_a_transcript_condition_list_is_untouched() -> None:
    c = _last(_CONDITIONS, "exceeding 40%", DocumentKind.TRANSCRIPT)
    assert c.period is not None


# Q3_CALL: the latest closed quarter is 2023Q3, so "a year" from now is 2023Q4-2024Q3 with calendar quarters
_LASTING = (
    "4.2 Commerce: Taotian Group\n"
    "Reported revenue growth: year-over-year +2%\n"
    "Like-for-like revenue growth: year-over-year +6%\n"
    "Source of the gap: impact of the new loyalty program -4 percentage points\n"
    "The program has signed one-year contracts with merchants. "
    "This -4 percentage point impact will last for a year.\n"
)


def test_an_effect_said_to_last_a_year_covers_the_next_four_quarters() -> None:
    c = _last(_LASTING, "-4 percentage point")
    assert _label(c) == "2023Q4-2024Q3" and c.kind is ClaimKind.ESTIMATE


def test_an_effect_lasting_two_quarters_and_one_after_a_fiscal_q4() -> None:
    text = _LASTING.replace("will last for a year", "should persist for the next two quarters")
    assert _label(_last(text, "-4 percentage point")) == "2023Q4-2024Q1"
    when = Document(text=_LASTING, title="n", kind=DocumentKind.NOTE, date=Q4_NOTE)
    found = [c for c in extract_claims(when) if c.span_text == "-4 percentage point"]
    assert _label(found[-1]) == "2024"  # after 2023Q4, the next four quarters are the year 2024


def test_a_transcript_effect_lasting_a_year_is_untouched() -> None:
    c = _last(_LASTING, "-4 percentage point", DocumentKind.TRANSCRIPT)
    assert _label(c) == "2023Q3"


def test_points_on_a_note_line_naming_no_measure_are_the_growth_above() -> None:
    claims = [c for c in _claims(_LASTING) if "percentage point" in c.span_text]
    assert [c.metric for c in claims] == ["revenue_growth", "revenue_growth"]


def test_points_after_a_new_section_do_not_take_the_growth_above() -> None:
    text = _LASTING.replace("Source of the gap", "4.3 Other lines\nSource of the gap")
    assert _last(text, "-4 percentage points").metric is None


def test_a_transcript_keeps_points_on_their_own_line_unkeyed() -> None:
    assert _last(_LASTING, "-4 percentage points", DocumentKind.TRANSCRIPT).metric is None


def test_a_note_sentence_after_one_naming_nothing_on_its_line_takes_the_sections_subject() -> None:
    doc = Document(text=_LASTING, title="n", kind=DocumentKind.NOTE, date=Q3_CALL)
    found = [c for c in extract_claims(doc, find_profile("BABA")) if c.span_text == "-4 percentage point"]
    assert found[-1].entity == "taotian"


_BALANCE = (
    "2.3 Funding the build-out\n"
    "1. Cloud business cash flow: reinvested in data centres.\n"
    "2. Strong balance sheet: net cash at the end of the quarter is about USD 40 billion.\n"
    "3. Valuation: the shares trade at 12x PE, and capex may exceed 100 billion this year.\n"
    "4. Revenue grew 20% to 30 billion.\n"
)


def _baba(text: str) -> dict[str, Claim]:
    doc = Document(text=text, title="n", kind=DocumentKind.NOTE, date=Q3_CALL)
    return {c.span_text: c for c in extract_claims(doc, find_profile("BABA"))}


def test_a_company_wide_measure_on_a_line_naming_no_entity_is_the_groups() -> None:
    claims = _baba(_BALANCE)
    assert claims["about USD 40 billion"].metric == "net_cash"
    assert claims["about USD 40 billion"].entity == "group"
    assert claims["12x PE"].entity == "group"
    assert claims["exceed 100 billion"].entity == "group"


def test_a_segment_measure_on_such_a_line_still_takes_the_subject_above() -> None:
    assert _baba(_BALANCE)["20%"].entity == "cloud"  # revenue growth: carried from the cloud line


def test_a_company_wide_measure_naming_its_segment_keeps_it() -> None:
    claims = _baba(_BALANCE.replace("net cash at the end", "the cloud business's net cash at the end"))
    assert claims["about USD 40 billion"].entity == "cloud"


def test_a_share_right_after_a_count_of_units_delivered_is_a_volume_share() -> None:
    text = (
        "The chip unit has delivered 500,000 units, with 70% serving outside customers, and scale helps.\n"
        "Cumulative delivery of 500,000 units, with about 70% serving outside customers; margins improve.\n"
    )
    shares = [c.metric for c in _claims(text) if c.span_text.endswith("70%")]
    assert shares == ["volume_share", "volume_share"]
    call = [c for c in _claims(text, DocumentKind.TRANSCRIPT) if c.span_text.endswith("70%")]
    assert [c.metric for c in call] == ["volume_share", "volume_share"]  # a call states it the same way


def test_a_share_after_another_count_or_an_amount_is_not_a_volume_share() -> None:
    text = "We added 500,000 customers, with 70% in one region.\nSales were $2 billion, with 40% abroad.\n"
    assert all(c.metric != "volume_share" for c in _claims(text, DocumentKind.TRANSCRIPT))


def test_an_amount_to_be_reached_is_the_money_measure_of_the_line_before() -> None:
    text = (
        "Current segment revenue is approximately USD 20 billion.\n"
        "Reaching USD 60 billion in five years will require an annual compound growth rate of 25%.\n"
    )
    assert _last(text, "USD 60 billion").metric == "revenue"
    assert _last(text, "USD 60 billion", DocumentKind.TRANSCRIPT).metric is None
    apart = text.replace("\nReaching", "\n\nThe plan.\nReaching")
    assert _last(apart, "USD 60 billion").metric is None  # not the line just before


def test_a_profile_part_named_inside_the_metric_phrase_is_the_figures_entity() -> None:
    text = (
        "Revenue from AI-related products reached RMB 9 billion, 30% of the cloud intelligence group's.\n"
        "Cloud business: AI revenue share exceeding 50% is the next milestone.\n"
        "Alibaba Cloud revenue grew 20%.\n"
    )
    claims = _baba(text)
    assert claims["RMB 9 billion"].entity == claims["30%"].entity == "ai_products"  # a part of the cloud
    assert claims["exceeding 50%"].entity == "ai_products"
    assert claims["20%"].entity == "cloud"  # no part named: the cloud itself


def test_a_count_that_grew_by_a_multiple_is_a_growth() -> None:
    text = (
        "Model layer: the studio's customer numbers increasing 8-fold.\n"
        "Studio: customer count increased 8 times year-over-year.\n"
        "The platform had 8 times more customers than its rival.\n"
    )
    metrics = {c.start: c.metric for c in _claims(text)}
    assert list(metrics.values())[:2] == ["growth", "growth"]
    assert list(metrics.values())[2] != "growth"  # a comparison, no verb of increase before it
