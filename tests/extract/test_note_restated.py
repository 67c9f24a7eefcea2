"""Research notes, second round: loose margin names, another company's past, restated guidance."""

from __future__ import annotations

from tests.call_claims import Q3_CALL

from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import extract_claims
from thesisledger.extract.claim import Claim


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
