"""Research notes: a number with no period of its own takes the period of the numbered heading above it."""

from __future__ import annotations

from tests.call_claims import Q3_CALL

from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import ClaimKind, extract_claims
from thesisledger.extract.claim import Claim

_NOTE = (
    "2.1 Results of the quarter\n"
    "Revenue was $4 billion in Q3 2023, up 12% year over year.\n"
    "2.2 Q4 2023 Outlook\n"
    "According to management, the segment loss will be between 1 billion and 2 billion.\n"
    "Lower bound (1 billion): subsidies are withdrawn in full.\n"
    "Upper bound (2 billion): new launches bring heavy costs.\n"
    "III. Long-term view\n"
    "Margins could reach 25% as scale builds.\n"
)


def _claims(text: str, kind: DocumentKind) -> dict[str, Claim]:
    doc = Document(text=text, title="n", kind=kind, date=Q3_CALL)
    return {c.span_text: c for c in extract_claims(doc)}


def _label(c: Claim) -> str | None:
    return c.period.label if c.period else None


def test_lines_under_a_dated_heading_take_its_period() -> None:
    claims = _claims(_NOTE, DocumentKind.NOTE)
    assert _label(claims["1 billion"]) == "2023Q4"
    assert _label(claims["2 billion"]) == "2023Q4"
    assert _label(claims["$4 billion"]) == "2023Q3"  # its own phrase comes first


def test_a_later_heading_ends_the_reach() -> None:
    assert _label(_claims(_NOTE, DocumentKind.NOTE)["25%"]) is None  # "III." ends the "2.2" section


def test_a_transcript_is_untouched() -> None:
    assert _label(_claims(_NOTE, DocumentKind.TRANSCRIPT)["1 billion"]) == "2023Q3"  # the reported quarter


def test_a_restated_end_of_a_guided_range_is_guidance() -> None:
    claims = _claims(_NOTE, DocumentKind.NOTE)
    assert claims["between 1 billion and 2 billion"].kind is ClaimKind.GUIDANCE
    assert claims["1 billion"].kind is ClaimKind.GUIDANCE  # "Lower bound (1 billion)": management's bound
    assert claims["2 billion"].kind is ClaimKind.GUIDANCE


def test_a_figure_that_is_no_end_of_the_range_stays_the_authors() -> None:
    text = _NOTE.replace("Upper bound (2 billion)", "A middle case (1.5 billion)")
    assert _claims(text, DocumentKind.NOTE)["1.5 billion"].kind is ClaimKind.ESTIMATE


_TRIGGERS = (
    "A re-rating of the shares requires:\n"
    "1. Segment margin surpassing 25%: the level that matters.\n"
    "2. Data revenue share exceeding 40%: proof of the shift.\n"
    "Downloads of the app exceeded 2 million units.\n"
)


def test_a_level_to_pass_in_a_list_of_conditions_is_a_target_with_no_period() -> None:
    claims = _claims(_TRIGGERS, DocumentKind.NOTE)
    assert claims["surpassing 25%"].kind is ClaimKind.TARGET
    assert claims["surpassing 25%"].period is None


def test_a_level_passed_already_stays_an_actual() -> None:
    claims = _claims("Key facts:\n" + _TRIGGERS.split("\n", 3)[3], DocumentKind.NOTE)
    assert claims["exceeded 2 million units"].kind is ClaimKind.ACTUAL


def test_a_valuation_multiple_the_market_assigns_is_an_undated_estimate() -> None:
    text = "Investors still assign a 6-8x PE valuation, the one typical for a retailer.\n"
    claim = _claims(text, DocumentKind.NOTE)["6-8x PE"]
    assert claim.kind is ClaimKind.ESTIMATE
    assert claim.period is None


def test_a_quoted_multiple_stays_an_actual() -> None:
    text = "The shares trade at 12x PE, below peers.\n"
    assert _claims(text, DocumentKind.NOTE)["12x PE"].kind is ClaimKind.ACTUAL


def test_the_end_of_a_path_from_todays_level_is_an_undated_target() -> None:
    text = (
        "Lifting the segment margin from the current 7% to 15% would double profit.\n"
        "Path: margin currently at 7% → low teens → 18%, the level that matters.\n"
    )
    claims = _claims(text, DocumentKind.NOTE)
    assert (claims["15%"].kind, claims["15%"].period) == (ClaimKind.TARGET, None)
    assert (claims["18%"].kind, claims["18%"].period) == (ClaimKind.TARGET, None)
    assert claims["7%"].kind is ClaimKind.ACTUAL  # today's level


def test_a_duration_that_is_a_value_has_no_period() -> None:
    text = "Clear payback: a 4-6 year investment return cycle for the new data centres.\n"
    assert _claims(text, DocumentKind.NOTE)["4-6 year"].period is None


def test_a_to_date_span_told_under_a_past_year_is_history() -> None:
    text = "A peer's turning point (2012):\nIts stock price rose 80% year-to-date after the disclosure.\n"
    claim = _claims(text, DocumentKind.NOTE)["80%"]
    assert claim.kind is ClaimKind.HISTORICAL
    assert claim.period is not None and claim.period.end.year == 2012


def test_an_amount_restated_in_brackets_with_a_period_takes_it() -> None:
    text = "Segment revenue is about USD 9 billion (FY2022 about EUR 8.5 billion), growing fast.\n"
    claims = _claims(text, DocumentKind.NOTE)
    assert _label(claims["about USD 9 billion"]) == _label(claims["about EUR 8.5 billion"]) == "2022"
