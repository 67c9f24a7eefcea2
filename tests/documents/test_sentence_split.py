"""split_sentences: a table of hard cases, hypothesis properties, and the real texts in ../shared/."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thesisledger.documents.sentences import sentence_at, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue rose 5%. Margins fell.", ["Revenue rose 5%.", "Margins fell."]),
        (
            "U.S. sales grew in the U.S. market. Europe lagged.",
            ["U.S. sales grew in the U.S. market.", "Europe lagged."],
        ),
        ("Capex was approx. USD 3 billion. It rose.", ["Capex was approx. USD 3 billion.", "It rose."]),
        (
            "Widget Inc. reported growth. The Inc. Co. Ltd. suffix may end it.",
            ["Widget Inc. reported growth.", "The Inc. Co. Ltd. suffix may end it."],
        ),
        ("We bought Acme Inc. The deal closed.", ["We bought Acme Inc.", "The deal closed."]),
        ("Sales peaked in Q4. Q1 was slower.", ["Sales peaked in Q4.", "Q1 was slower."]),
        ("We rank No. 1 in cloud. Others follow.", ["We rank No. 1 in cloud.", "Others follow."]),
        ("Growth was 3.75x and margin 0.5 pp. Fine.", ["Growth was 3.75x and margin 0.5 pp.", "Fine."]),
        (
            "Segments, e.g. Cloud, grew; i.e. most did. Next.",
            ["Segments, e.g. Cloud, grew; i.e. most did.", "Next."],
        ),
        ("It has arrived… Revenue doubled.", ["It has arrived…", "Revenue doubled."]),
        (
            "It was clear... with returns soon. Then more.",
            ["It was clear... with returns soon.", "Then more."],
        ),
        ("Is it cheap? Yes! Buy.", ["Is it cheap?", "Yes!", "Buy."]),
        ("Chips, memory, etc. are scarce. Prices rose.", ["Chips, memory, etc. are scarce.", "Prices rose."]),
        ("We sell chips, memory, etc. The mix shifts.", ["We sell chips, memory, etc.", "The mix shifts."]),
        ("Growth was 40% vs. 35% in FY25. Good.", ["Growth was 40% vs. 35% in FY25.", "Good."]),
        ('He said "margins will rise." Then he left.', ['He said "margins will rise."', "Then he left."]),
        ("Mr. J. R. Smith spoke. Dr. Lee agreed.", ["Mr. J. R. Smith spoke.", "Dr. Lee agreed."]),
        (
            "Highlights:\n- Revenue up 5%\n- Margin 20%\n• Cash USD 2 billion",
            ["Highlights:", "- Revenue up 5%", "- Margin 20%", "• Cash USD 2 billion"],
        ),
        (
            "Drivers:\n1. Mix shift: MaaS margin is high\n2. Utilisation rose\n3) Costs fell",
            ["Drivers:", "1. Mix shift: MaaS margin is high", "2. Utilisation rose", "3) Costs fell"],
        ),
        (
            "I. Core View\n1.1 Cloud inflects\nCloud revenue grew 30%. Margins rose.",
            ["I. Core View", "1.1 Cloud inflects", "Cloud revenue grew 30%.", "Margins rose."],
        ),
        (
            "Key numbers\n\nRevenue grew\nstrongly in the quarter.",
            ["Key numbers", "Revenue grew\nstrongly in the quarter."],
        ),
        (
            "Growth came from cloud,\nretail and logistics.",
            ["Growth came from cloud,\nretail and logistics."],
        ),
        ("", []),
        ("   \n\n  ", []),
        ("no terminal punctuation", ["no terminal punctuation"]),
    ],
)
def test_table(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_hard_wrapped_text_joins_lines_inside_sentences() -> None:
    wrapped = (
        "Widget Corp today announced results for the fourth quarter ended January 28, 2026, as\n"
        "compared to the fourth quarter of the prior year, with revenue of $4.2 billion and an\n"
        "operating margin of 5.1%. The Board declared a dividend that is payable to holders of\n"
        "record on March 1 and that reflects an increase from the level paid in the prior year.\n"
        "Outlook\n"
        "Revenue is expected to be between $43 billion and $45 billion for the full fiscal year\n"
        "including the extra week in the calendar.\n"
    )
    assert sentences(wrapped) == [
        "Widget Corp today announced results for the fourth quarter ended January 28, 2026, as\n"
        "compared to the fourth quarter of the prior year, with revenue of $4.2 billion and an\n"
        "operating margin of 5.1%.",
        "The Board declared a dividend that is payable to holders of\n"
        "record on March 1 and that reflects an increase from the level paid in the prior year.",
        "Outlook",
        "Revenue is expected to be between $43 billion and $45 billion for the full fiscal year\n"
        "including the extra week in the calendar.",
    ]


def test_sentence_at() -> None:
    text = "One two. Three four."
    spans = split_sentences(text)
    assert sentence_at(spans, text.index("two")) == (0, 8)
    assert sentence_at(spans, text.index("four")) == (9, 20)
    assert sentence_at(spans, 8) is None  # the space between sentences
    assert sentence_at([], 0) is None


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    covered = bytearray(len(text))
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


ALPHABET = st.sampled_from(
    [
        *"aZq 19.,;:!?…\"'“”()-•*\n\t\f\r",
        *("U.S.", "Inc.", "approx.", "No. ", "e.g.", "Q4.", "3.75", "\n\n", "\n1. ", "\n- "),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=80).map("".join))
def test_spans_are_ordered_disjoint_and_cover_every_non_space(text: str) -> None:
    check_spans(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_spans_on_any_unicode(text: str) -> None:
    check_spans(text, split_sentences(text))


def test_real_texts_split_cleanly(shared: Path) -> None:
    paths = [
        shared / "seed" / "000_13bb4db7d7287c9d.txt",
        *sorted((shared / "data" / "press_releases").glob("*.txt"))[:4],
        *sorted((shared / "data" / "ectsum_train" / "transcripts").glob("*.txt"))[:20],
    ]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        spans = split_sentences(text)
        check_spans(text, spans)
        for start, end in spans:
            # never a break after an abbreviation inside a line (a line end may close a sentence)
            if text[start:end].endswith((" approx.", " e.g.", " No.")):
                assert end == len(text) or "\n" in text[end : end + 3], text[start:end]


def test_ectsum_one_sentence_per_line(shared: Path) -> None:
    # ECTSum writes one sentence a line: each line starting in upper case starts a sentence of its own,
    # and a line starting in lower case continues the one before.
    path = shared / "data" / "ectsum_train" / "transcripts" / "NOC_q3_2021.txt"
    text = path.read_text(encoding="utf-8")
    starts = {s for s, _ in split_sentences(text)}
    offset = 0
    for line in text.split("\n"):
        if line[:1].isupper():
            assert offset in starts, line
        elif line[:1].islower():
            assert offset not in starts, line
        offset += len(line) + 1


def test_seed_note_headings_and_list_items_stand_alone(shared: Path) -> None:
    text = (shared / "seed" / "000_13bb4db7d7287c9d.txt").read_text(encoding="utf-8")
    pieces = sentences(text)
    # every line that opens with a numbered marker ("1.", "1.1", "I.") starts a sentence of its own
    numbered = [line.strip() for line in text.split("\n") if line[:2] in {"1.", "2.", "3.", "I."}]
    assert numbered
    starts = {p[:30] for p in pieces}
    assert all(line[:30] in starts for line in numbered)
    # and no sentence is just a list marker
    assert not [p for p in pieces if p.rstrip(".") in {"1", "2", "3", "1.1", "I"}]
