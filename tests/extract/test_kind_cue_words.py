"""Forward cue words beyond "expect" / "will": "expecting", "projecting", "continue to project", "predict"."""

from __future__ import annotations

import pytest

from thesisledger.extract.cues import cues


def _kinds(sentence: str) -> list[str]:
    return [c.kind for c in cues(sentence.lower())]


@pytest.mark.parametrize(
    "sentence",
    [
        "We're now expecting $45 million of interest expense.",
        "We are projecting gross margin of 31% to 32%.",
        "We continue to project a tax rate in the low 20% range.",
        "We predict revenue of about $3 billion.",
    ],
)
def test_forward_verbs(sentence: str) -> None:
    assert _kinds(sentence) == ["forward"]


def test_project_as_a_noun_is_no_cue() -> None:
    assert _kinds("The project added 120 megawatts of capacity.") == []
    assert _kinds("Each project costs about $20 million.") == []


@pytest.mark.parametrize(
    "sentence", ["I would just highlight that margin was 21%.", "We would say that volume was up 4%."]
)
def test_would_that_softens_the_speakers_words_is_no_forward_cue(sentence: str) -> None:
    assert "forward" not in _kinds(sentence)


def test_would_before_a_figure_stays_forward() -> None:
    assert _kinds("That would add about 2% to sales.") == ["forward"]


def test_would_with_an_adverb_before_have_is_an_adjusted_actual() -> None:
    from datetime import date

    from thesisledger.documents import Document, DocumentKind
    from thesisledger.extract import ClaimKind, extract_claims

    text = "Our incremental margin would actually have been 48%, not 41%, without the price-cost impact."
    doc = Document(text=text, title="t", kind=DocumentKind.TRANSCRIPT, date=date(2021, 4, 30))
    kinds = {c.span_text: c.kind for c in extract_claims(doc, None)}
    assert kinds["48%"] is ClaimKind.ACTUAL


def test_a_midpoint_names_guidance_unless_it_is_measured_against() -> None:
    assert _kinds("The new midpoint of $6.20 represents growth of 14%.")[0] == "forward"
    assert _kinds("At the midpoint, this implies margin of 18%.")[0] == "forward"
    assert "forward" not in _kinds("The $0.02 variance of the midpoint came from a tax item of $0.02.")


def test_decreased_reports_as_increased_does() -> None:
    assert _kinds("Operating margin decreased to 1.9%.") == ["actual"]
    assert _kinds("Operating margin increased to 1.9%.") == ["actual"]
