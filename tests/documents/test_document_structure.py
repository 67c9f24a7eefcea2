"""Transcript speaker turns and Q&A, research-note attribution, and speaker_at on each kind."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from thesisledger.documents.document import Document, DocumentKind
from thesisledger.documents.load import load_document, load_text
from thesisledger.documents.sentences import split_sentences
from thesisledger.documents.structure import (
    Section,
    Turn,
    attribute,
    has_speaker_turns,
    qa_start,
    speaker_at,
    speaker_turns,
    turn_at,
)
from thesisledger.extract.claim import Speaker

DASH_TRANSCRIPT = """Widget Corp (WDGT) Q1 2026 Earnings Call
Operator
Good morning and welcome. After the prepared remarks we will conduct a question-and-answer session.
Jane Roe -- Chief Executive Officer
Thank you. Revenue grew 12% to $4.2 billion. We expect margin above 20% next year.
John Doe - Chief Financial Officer
Cash was $2 billion.
Operator
We will now begin the question-and-answer session. Our first question comes from Sam Poe with Big Bank.
Sam Poe -- Big Bank -- Analyst
Can you talk about margins?
Jane Roe -- Chief Executive Officer
Margins should reach 25% by 2028.
"""

COLON_TRANSCRIPT = """OPERATOR: Welcome to the Gadget Ltd results call.
Ann Lee: Thanks. Sales rose 8%.
Bo Chan: Gross margin was 41%.
Questions and Answers
Operator: Our first question comes from Max Kurz.
Max Kurz: How much of that was pricing?
Ann Lee: About half.
MAX KURZ: Thanks. And capex?
Bo Chan: Around $300 million.
"""


PARTICIPANTS_TRANSCRIPT = """Widget Corp (WDGT) Q2 2026 Earnings Call Transcript
Company Participants
Jane Roe - Chief Executive Officer
John Doe - Chief Financial Officer
Conference Call Participants
Sam Poe - Northwind Advisors
Operator
Good day and welcome to the Widget Corp second quarter call.
Jane Roe
Thanks. Revenue rose 9% to $1.1 billion.
John Doe
Gross margin was 44%.
Question-and-Answer Session
Operator
Our first question comes from Sam Poe.
Sam Poe
What is the capex plan?
Jane Roe
About $200 million.
"""


def roles(turns: list[Turn]) -> list[tuple[str, Speaker, Section]]:
    return [(t.speaker_name, t.role, t.section) for t in turns]


def test_dash_turns_roles_and_sections() -> None:
    turns = speaker_turns(DASH_TRANSCRIPT)
    mgmt, analyst, operator = Speaker.MANAGEMENT, Speaker.ANALYST, Speaker.OPERATOR
    prepared, qa = Section.PREPARED, Section.QA
    assert roles(turns) == [
        ("Operator", operator, prepared),
        ("Jane Roe", mgmt, prepared),
        ("John Doe", mgmt, prepared),
        ("Operator", operator, qa),
        ("Sam Poe", analyst, qa),
        ("Jane Roe", mgmt, qa),
    ]
    assert turns[1].title == "Chief Executive Officer"
    assert turns[4].title == "Big Bank -- Analyst"
    jane = turns[1]
    assert DASH_TRANSCRIPT[jane.start : jane.text_start].strip() == "Jane Roe -- Chief Executive Officer"
    assert DASH_TRANSCRIPT[jane.text_start : jane.end] == (
        "Thank you. Revenue grew 12% to $4.2 billion. We expect margin above 20% next year."
    )


def test_qa_starts_at_the_operator_opening_the_queue_not_at_the_intro() -> None:
    assert qa_start(DASH_TRANSCRIPT) == DASH_TRANSCRIPT.index("Operator\nWe will now begin")


def test_colon_and_all_caps_turns() -> None:
    turns = speaker_turns(COLON_TRANSCRIPT)
    assert [(t.speaker_name, t.role.value, t.section.value) for t in turns] == [
        ("Operator", "operator", "prepared"),
        ("Ann Lee", "management", "prepared"),
        ("Bo Chan", "management", "prepared"),
        ("Operator", "operator", "qa"),
        ("Max Kurz", "analyst", "qa"),
        ("Ann Lee", "management", "qa"),
        ("MAX KURZ", "analyst", "qa"),
        ("Bo Chan", "management", "qa"),
    ]
    assert qa_start(COLON_TRANSCRIPT) == COLON_TRANSCRIPT.index("Questions and Answers")


def test_participant_list_then_bare_names() -> None:
    text = PARTICIPANTS_TRANSCRIPT
    turns = speaker_turns(text)
    assert [(t.speaker_name, t.role.value, t.section.value, t.title) for t in turns] == [
        ("Operator", "operator", "prepared", ""),
        ("Jane Roe", "management", "prepared", "Chief Executive Officer"),
        ("John Doe", "management", "prepared", "Chief Financial Officer"),
        ("Operator", "operator", "qa", ""),
        ("Sam Poe", "analyst", "qa", "Northwind Advisors -- Analyst"),
        ("Jane Roe", "management", "qa", "Chief Executive Officer"),
    ]
    # the Q&A heading line is in no one's turn
    assert text[turns[2].text_start : turns[2].end] == "Gross margin was 44%."


def test_turn_at() -> None:
    turns = speaker_turns(DASH_TRANSCRIPT)
    assert turn_at(turns, DASH_TRANSCRIPT.index("Can you talk")) == turns[4]
    assert turn_at(turns, 0) is None  # the title line, before any turn


def test_note_lines_with_colons_are_not_turns() -> None:
    note = (
        "Model Layer: The open model passed 1 billion downloads.\n"
        "Platform Layer: ARR reached 3 billion.\n"
        "Application Layer: The app has 150 million users.\n"
        "Risk Warning: This is not advice.\n"
        "Application Layer: see above.\n"
    )
    assert not has_speaker_turns(note)
    assert speaker_turns(note) == []


def test_sentences_about_the_operator_are_not_turns() -> None:
    text = "Operator, could you please open the line?\nGeneral Corporate -- net expense was $22 million.\n"
    assert speaker_turns(text) == []


def test_speaker_at_in_a_transcript() -> None:
    doc = load_text(DASH_TRANSCRIPT, title="call")
    assert doc.kind is DocumentKind.TRANSCRIPT
    assert speaker_at(doc, DASH_TRANSCRIPT.index("12%")) is Speaker.MANAGEMENT
    assert speaker_at(doc, DASH_TRANSCRIPT.index("margins?")) is Speaker.ANALYST
    assert speaker_at(doc, DASH_TRANSCRIPT.index("first question")) is Speaker.OPERATOR
    assert speaker_at(doc, DASH_TRANSCRIPT.index("25%")) is Speaker.MANAGEMENT


# --- research-note attribution ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("According to management, cloud margin will reach 15% next year.", Speaker.MANAGEMENT),
        ("Management stated that demand exceeds supply by 20%.", Speaker.MANAGEMENT),
        ("Management has clarified three sources of funding.", Speaker.MANAGEMENT),
        ("The CEO said capex would stay near USD 5 billion.", Speaker.MANAGEMENT),
        ("The company expects revenue of USD 10 billion.", Speaker.MANAGEMENT),
        ("Margins follow the path provided by management.", Speaker.MANAGEMENT),
        ('"We will double our capacity within two years," the founder told us.', Speaker.MANAGEMENT),
        ("Cloud holds a 30% share of the market (Gartner), still rising.", Speaker.THIRD_PARTY),
        ("According to IDC, shipments fell 4%.", Speaker.THIRD_PARTY),
        ("The author believes the stock trades at 9x earnings.", Speaker.AUTHOR),
        ("According to the author's research, ad revenue is 2 billion.", Speaker.AUTHOR),
        ("Retail is valued at an '8-10x PE' multiple.", Speaker.AUTHOR),
        ('The "teens" range is plausible.', Speaker.AUTHOR),
        ("Revenue grew 12% in the quarter.", Speaker.AUTHOR),
        ("Demand stays strongAccording to management, supply is tight.", Speaker.MANAGEMENT),
        ("Gross margin: 50-70% (Source: Company meeting minutes)", Speaker.MANAGEMENT),
        ("Gross margin: 40% (source: the group's annual report)", Speaker.MANAGEMENT),
        ("Gross margin: 40% (Source: channel checks)", Speaker.AUTHOR),
    ],
)
def test_attribute_table(sentence: str, speaker: Speaker) -> None:
    assert attribute(sentence, (0, len(sentence))) is speaker


def test_attribute_by_offset_in_a_mixed_sentence() -> None:
    text = "Share is stable (management stated 'at least stable'), but the author believes it falls 5%."
    span = (0, len(text))
    assert attribute(text, span) is Speaker.MANAGEMENT  # the first marker frames the sentence
    assert attribute(text, span, text.index("stable'")) is Speaker.MANAGEMENT
    assert attribute(text, span, text.index("5%")) is Speaker.AUTHOR


def test_sentences_inside_a_multi_sentence_quotation_are_management() -> None:
    text = (
        'The CEO set out the plan:\n"Compute is like a factory. We build two of them. '
        'Returns come within 3-5 years."\nThe author is more cautious.'
    )
    doc = Document(text=text, title="t", kind=DocumentKind.NOTE)
    assert speaker_at(doc, text.index("two of them")) is Speaker.MANAGEMENT
    assert speaker_at(doc, text.index("3-5")) is Speaker.MANAGEMENT
    assert speaker_at(doc, text.index("cautious")) is Speaker.AUTHOR


def test_press_release_speaks_for_management_unless_a_source_is_named() -> None:
    text = "Widget Corp (NYSE: WDGT) today announced revenue of $4 billion.\nIt holds 20% share (IDC).\n"
    doc = load_text(text)
    assert doc.kind is DocumentKind.PRESS_RELEASE
    assert speaker_at(doc, text.index("$4")) is Speaker.MANAGEMENT
    assert speaker_at(doc, text.index("20%")) is Speaker.THIRD_PARTY


# --- real documents in ../shared/ ----------------------------------------------------------------


def test_real_transcript_turns(shared: Path) -> None:
    # ECTSum keeps a few "Name -- Title." lines: Northrop Grumman's Q3 2021 call has two for the CEO.
    doc = load_document(shared / "data" / "ectsum_train" / "transcripts" / "NOC_q3_2021.txt")
    assert doc.kind is DocumentKind.TRANSCRIPT
    turns = speaker_turns(doc.text)
    headers = [m.start() for m in re.finditer(r"^\S.* -- .*\.$", doc.text, re.MULTILINE)]
    assert [t.start for t in turns] == headers
    assert len(turns) == 2
    assert {(t.speaker_name, t.title, t.role, t.section) for t in turns} == {
        ("Kathy Warden", "Chairman", Speaker.MANAGEMENT, Section.PREPARED)
    }
    assert turns[0].end < turns[1].start
    assert turns[1].end == len(doc.text.rstrip())
    assert speaker_at(doc, turns[1].text_start + 5) is Speaker.MANAGEMENT


def test_real_transcripts_without_headers_are_management(shared: Path) -> None:
    # prepared remarks only, no speaker lines: everything is management's
    doc = load_document(shared / "data" / "ectsum_train" / "transcripts" / "AAN_q1_2021.txt")
    assert doc.kind is DocumentKind.TRANSCRIPT
    assert speaker_turns(doc.text) == []
    assert speaker_at(doc, len(doc.text) // 2) is Speaker.MANAGEMENT


def test_ectsum_operator_mentions_are_not_turns(shared: Path) -> None:
    folder = shared / "data" / "ectsum_train" / "transcripts"
    for name in ("SIX_q3_2020.txt", "RM_q2_2021.txt", "ROK_q4_2020.txt"):
        assert speaker_turns((folder / name).read_text(encoding="utf-8")) == [], name


@pytest.fixture(scope="module")
def seed(shared: Path) -> Document:
    return load_document(shared / "seed" / "000_13bb4db7d7287c9d.txt")


def test_seed_note_is_not_a_transcript(seed: Document) -> None:
    assert seed.kind is DocumentKind.NOTE
    assert not has_speaker_turns(seed.text)


def seed_sentences(seed: Document, pattern: str) -> list[tuple[int, int]]:
    rx = re.compile(pattern)
    return [(s, e) for s, e in split_sentences(seed.text) if rx.search(seed.text[s:e])]


def test_seed_reported_speech_is_management(seed: Document) -> None:
    spans = seed_sentences(seed, r"^(?:\d\. [^:]*: )?According to management")
    assert len(spans) >= 10
    assert {attribute(seed.text, span) for span in spans} == {Speaker.MANAGEMENT}
    stated = seed_sentences(seed, r"\bmanagement stated that \"")
    assert stated
    assert {attribute(seed.text, span) for span in stated} == {Speaker.MANAGEMENT}


def test_seed_named_source_is_third_party(seed: Document) -> None:
    (span,) = seed_sentences(seed, r"\(Gartner\)")
    assert attribute(seed.text, span) is Speaker.THIRD_PARTY
    assert speaker_at(seed, seed.text.index("(Gartner)") - 10) is Speaker.THIRD_PARTY


def test_seed_author_views_are_author(seed: Document) -> None:
    spans = seed_sentences(seed, r"^The author believes|^In my view|^According to the author")
    assert len(spans) >= 3
    assert {attribute(seed.text, span) for span in spans} == {Speaker.AUTHOR}


def test_seed_quoted_ceo_remarks_are_management(seed: Document) -> None:
    # the CEO's multi-sentence quotation: every sentence inside it, not only the first, is management's
    spans = split_sentences(seed.text)
    opening = next(i for i, (s, e) in enumerate(spans) if seed.text[s:e].startswith('"AI is more like'))
    inside = spans[opening : opening + 4]
    assert all(seed.text[s:e][-1] != '"' for s, e in inside[:-1])
    assert [speaker_at(seed, s + 3) for s, _ in inside] == [Speaker.MANAGEMENT] * 4


def test_seed_background_sentences_are_author(seed: Document) -> None:
    spans = seed_sentences(seed, r"^(?:AWS accounted for|The stock price has risen)")
    assert len(spans) == 2
    assert {attribute(seed.text, span) for span in spans} == {Speaker.AUTHOR}


# --- never crash ----------------------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        "Operator", "Jane Roe -- CFO", "Sam Poe: ", "ANN LEE: ", "\n", "\n\n", " ",
        "According to management, ",
        '"', "“", "”", "(Gartner)", "Revenue rose 5%.", "question-and-answer session", "first question",
        "The author believes ", "?", "a", "Z",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join), st.integers(min_value=0, max_value=400))
@example("Operator\n Operator", 0)  # a header with no words: its blank run once reached past the next one
def test_structure_never_raises_and_turns_tile_the_text(text: str, offset: int) -> None:
    turns = speaker_turns(text)
    for before, after in itertools.pairwise(turns):
        assert before.start < before.text_start <= after.start and before.end <= after.start
    for kind in (DocumentKind.TRANSCRIPT, DocumentKind.NOTE, DocumentKind.PRESS_RELEASE):
        doc = Document(text=text, title="t", kind=kind)
        assert isinstance(speaker_at(doc, min(offset, len(text))), Speaker)
    for span in split_sentences(text):
        assert isinstance(attribute(text, span), Speaker)


def test_name_dash_title_colon_then_words_on_one_line() -> None:
    text = (
        "Operator: Welcome to the call.\n\n"
        "Ann Lee -- Chief Executive Officer: Thank you. Revenue was USD 4 billion.\n\n"
        "Bo Chan -- Chief Financial Officer: Margin was 11%. We expect 12% next quarter.\n\n"
        "Operator: We will now take questions. Our first question comes from Max Kurz.\n\n"
        "Max Kurz -- Analyst, Example Securities: What about margins?\n\n"
        "Ann Lee -- Chief Executive Officer: They should rise.\n"
    )
    turns = speaker_turns(text)
    assert [(t.speaker_name, t.role.value, t.title) for t in turns] == [
        ("Operator", "operator", ""),
        ("Ann Lee", "management", "Chief Executive Officer"),
        ("Bo Chan", "management", "Chief Financial Officer"),
        ("Operator", "operator", ""),
        ("Max Kurz", "analyst", "Analyst, Example Securities"),
        ("Ann Lee", "management", "Chief Executive Officer"),
    ]
    assert text[turns[1].text_start :].startswith("Thank you.")
    # A sentence with a dash and a colon inside a turn is not a header.
    assert not has_speaker_turns("Cloud -- the main driver: 11% growth.\nRetail -- Taotian: flat.\n")
