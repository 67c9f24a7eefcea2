"""load_document: each format, metadata guesses, and every kind of bad input."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfWriter

from thesisledger.documents.document import DocumentKind
from thesisledger.documents.load import guess_date, guess_kind, load_document, load_text
from thesisledger.errors import InputError

WriteFile = Callable[[str, bytes | str], Path]

NOTE = (
    "Widget Corp: margins turn\nMay 15, 2026\n\n"
    "Widget Corp grew revenue 12% to USD 4.2 billion. The author expects more.\n"
)


# --- formats ------------------------------------------------------------------------------------


def test_txt_is_read_verbatim_with_title_date_and_kind(write_file: WriteFile) -> None:
    doc = load_document(write_file("note.txt", NOTE))
    assert doc.text == NOTE
    assert doc.title == "Widget Corp: margins turn"
    assert doc.date == date(2026, 5, 15)
    assert doc.kind is DocumentKind.NOTE
    assert doc.page_starts == (0,)
    assert doc.source.endswith("note.txt")


def test_arguments_override_guesses(write_file: WriteFile) -> None:
    doc = load_document(
        write_file("note.txt", NOTE), kind=DocumentKind.FILING, date=date(2026, 1, 2), title="Mine"
    )
    assert (doc.kind, doc.date, doc.title) == (DocumentKind.FILING, date(2026, 1, 2), "Mine")


def test_bom_is_dropped_and_crlf_becomes_lf(write_file: WriteFile) -> None:
    doc = load_document(write_file("w.txt", b"\xef\xbb\xbfFirst line.\r\nSecond line.\rThird."))
    assert doc.text == "First line.\nSecond line.\nThird."


def test_markdown_is_text(write_file: WriteFile) -> None:
    md = "# Widget notes\n\n- Revenue up 5%\n- Margin 20%\n"
    doc = load_document(write_file("w.md", md))
    assert doc.text == md
    assert doc.title == "# Widget notes"


def test_form_feeds_are_pages(write_file: WriteFile) -> None:
    doc = load_document(write_file("w.txt", "Page one text.\fPage two text.\fPage three."))
    assert doc.page_starts == (0, 15, 30)
    assert doc.page_of(doc.text.index("two")) == 2
    assert doc.page_of(doc.text.index("three")) == 3


def test_stray_nul_debris_keeps_offsets(write_file: WriteFile) -> None:
    # PDF-to-text output sometimes writes the "fi" ligature as NUL: "\x00rst quarter"
    doc = load_document(write_file("pr.txt", b"Results for the \x00rst quarter of 2026."))
    assert doc.text == "Results for the \ufffdrst quarter of 2026."


HTML = """<!DOCTYPE html><html><head><title>Widget Q1 results</title>
<style>p {color: red}</style><script>var revenue = "99 billion";</script></head>
<body><header>Site header</header><nav><a href="/">Home</a> <a href="/ir">Investors</a></nav>
<main><h1>Widget reports first quarter</h1>
<p>Revenue rose <b>12%</b> to $4.2 billion.   Margins widened.</p>
<ul><li>Cloud grew 30%</li><li>Retail fell 2%</li></ul>
<table><tr><th>Segment</th><th>Revenue</th></tr><tr><td>Cloud</td><td>1.1</td></tr></table>
<p>Line one<br>line two</p></main>
<footer>Copyright Widget</footer></body></html>"""


def test_html_keeps_visible_text_only(write_file: WriteFile) -> None:
    doc = load_document(write_file("w.html", HTML))
    assert doc.text == (
        "Widget reports first quarter\n\n"
        "Revenue rose 12% to $4.2 billion. Margins widened.\n\n"
        "• Cloud grew 30%\n• Retail fell 2%\n\n"
        "Segment Revenue\nCloud 1.1\n\n"
        "Line one\nline two"
    )
    assert doc.title == "Widget Q1 results"
    start = doc.text.index("$4.2 billion")
    assert doc.text[start : start + 12] == "$4.2 billion"


def test_htm_suffix_and_title_from_h1(write_file: WriteFile) -> None:
    doc = load_document(
        write_file("w.HTM", "<html><body><h1>Only heading</h1><p>Body text.</p></body></html>")
    )
    assert doc.text == "Only heading\n\nBody text."
    assert doc.title == "Only heading"


def test_pdf_text_layer_with_pages(write_file: WriteFile, make_pdf: Callable[..., bytes]) -> None:
    pdf = make_pdf(
        ["Widget Corp results\nRevenue rose 12%.", "Outlook\nMargin above 20%."], title="Widget Q1"
    )
    doc = load_document(write_file("w.pdf", pdf))
    assert doc.title == "Widget Q1"
    assert len(doc.page_starts) == 2
    assert doc.text.count("\f") == 1
    assert "Revenue rose 12%." in doc.text
    assert doc.page_of(doc.text.index("Revenue rose")) == 1
    assert doc.page_of(doc.text.index("Margin above 20%")) == 2
    assert doc.text[doc.page_starts[1] :].startswith("Outlook")


# --- bad input ----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        load_document(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is not a file"):
        load_document(tmp_path)


def test_empty_file(write_file: WriteFile) -> None:
    with pytest.raises(InputError, match=r"empty\.txt is empty \(0 bytes\)"):
        load_document(write_file("empty.txt", b""))


def test_whitespace_only_file(write_file: WriteFile) -> None:
    with pytest.raises(InputError, match="has no text"):
        load_document(write_file("blank.txt", " \n\t\n"))


def test_html_without_visible_text(write_file: WriteFile) -> None:
    with pytest.raises(InputError, match="has no text"):
        load_document(write_file("s.html", "<html><script>var a = 1;</script><nav>Home</nav></html>"))


@pytest.mark.parametrize(
    ("content", "where"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "NUL byte at offset 8"),
        (b"PK\x03\x04" + b"zipped" * 50, "starts with"),
        (b"MZ" + b"\x00\x01\x02\x00" * 500, "NUL byte at offset 2"),
    ],
)
def test_binary_file(write_file: WriteFile, content: bytes, where: str) -> None:
    with pytest.raises(InputError, match=f"looks like a binary file .*{where}"):
        load_document(write_file("image.txt", content))


def test_non_utf8_names_file_offset_line_and_iconv(write_file: WriteFile) -> None:
    path = write_file("latin1.txt", "Line one.\nCaf\u00e9 sales rose 5%.".encode("latin-1"))
    with pytest.raises(InputError) as err:
        load_document(path)
    message = str(err.value)
    assert str(path) in message
    assert "not valid UTF-8: byte 0xE9 at offset 13 (line 2)" in message
    assert "iconv" in message


def test_non_utf8_offset_counts_the_bom(write_file: WriteFile) -> None:
    with pytest.raises(InputError, match="at offset 5 "):
        load_document(write_file("bom.txt", b"\xef\xbb\xbfab\xff"))


def test_oversized_file(write_file: WriteFile) -> None:
    path = write_file("big.txt", "Revenue rose. " * 10)
    with pytest.raises(InputError, match=r"big\.txt is 0\.0 MB, over the 0\.0 MB limit.*max_bytes"):
        load_document(path, max_bytes=100)
    assert load_document(path, max_bytes=1000).text.startswith("Revenue rose.")


def test_pdf_without_text_layer(write_file: WriteFile) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    buf = io.BytesIO()
    writer.write(buf)
    path = write_file("scan.pdf", buf.getvalue())
    with pytest.raises(InputError, match=r"scan\.pdf has no text layer \(scanned image\?\); run OCR first"):
        load_document(path)


def test_corrupt_pdf(write_file: WriteFile) -> None:
    with pytest.raises(InputError, match=r"bad\.pdf is not a readable PDF"):
        load_document(write_file("bad.pdf", b"%PDF-1.4\nthis is not really a pdf\n%%EOF\n"))


def test_text_renamed_to_pdf(write_file: WriteFile) -> None:
    with pytest.raises(InputError, match="not a PDF file"):
        load_document(write_file("notes.pdf", "Plain text saved with the wrong suffix."))


def test_load_text_rejects_empty() -> None:
    with pytest.raises(InputError, match="pasted is empty"):
        load_text("  \n", source="pasted")


# --- kind and date guesses ----------------------------------------------------------------------

TRANSCRIPT = """Widget Corp Q1 2026 Earnings Call
Operator
Good morning, and welcome to the Widget Corp first quarter call.
Jane Roe -- Chief Executive Officer
Thank you. Revenue grew 12%.
Operator
Our first question comes from Sam Poe with Big Bank.
Sam Poe -- Big Bank -- Analyst
What about margins?
"""
PRESS = "Widget Corp (NYSE: WDGT) today announced results for its first quarter.\nRevenue was $4 billion.\n"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (TRANSCRIPT, DocumentKind.TRANSCRIPT),
        (PRESS, DocumentKind.PRESS_RELEASE),
        (NOTE, DocumentKind.NOTE),
        ("We grew sales. We think our margins will rise. Our team and I thank you.", DocumentKind.TRANSCRIPT),
    ],
)
def test_guess_kind(text: str, kind: DocumentKind) -> None:
    assert guess_kind(text) is kind


# Prepared remarks as some transcript sources give them: no headers, no "this call", and only a
# moderate share of "we/our" (~20 per 1,000 words), but almost nothing said of the company from outside.
REMARKS = (
    "Revenue was flat against the second quarter last year, but operating earnings are up $125 million. "
    "Earnings per share are up $0.43. On the defense side, revenue is up $308 million, or 4.2%. "
    "The operating margin for the entire business was 10.4%, 140 basis points better than a year ago. "
    "Backlog stood at $88 billion at quarter end, and orders were strong across the segments. "
    "We beat consensus by $0.07 per share on somewhat lower revenue than our sell side expected. "
    "Our cash flow was solid, and we have the balance sheet in good shape for the second half. "
) * 3
# A research note that writes "we" for its author, but speaks of the company from outside more often.
NOTE_WITH_WE = (
    "Widget Corp reported revenue of $4.1 billion, and management said its margins would rise. "
    "We think the company can grow its backlog; we keep our Buy rating. "
    "According to management, their pricing held, and they expect the company's orders to improve. "
    "Its cash flow was $300 million, and the company stated that its capital spending will fall. "
) * 3


@pytest.mark.parametrize(
    ("text", "kind"), [(REMARKS, DocumentKind.TRANSCRIPT), (NOTE_WITH_WE, DocumentKind.NOTE)]
)
def test_guess_kind_weighs_first_person_against_talk_of_the_company(text: str, kind: DocumentKind) -> None:
    assert guess_kind(text) is kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Results\nMarch 2, 2023 -- Widget", date(2023, 3, 2)),
        ("Published 2 March 2023", date(2023, 3, 2)),
        ("2026-05-15 note", date(2026, 5, 15)),
        ("Sept. 5, 2024", date(2024, 9, 5)),
        ("February 30, 2024 is no date; May 1, 2024 is", date(2024, 5, 1)),
        ("No date here. Revenue 2024 was up.", None),
        ("\n" * 20 + "March 2, 2023", None),
    ],
)
def test_guess_date(text: str, expected: date | None) -> None:
    assert guess_date(text) == expected


# --- real documents in ../shared/ ----------------------------------------------------------------


def test_seed_note_loads_as_a_note(shared: Path) -> None:
    path = shared / "seed" / "000_13bb4db7d7287c9d.txt"
    doc = load_document(path)
    assert doc.kind is DocumentKind.NOTE
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.title == path.read_text(encoding="utf-8").split("\n", 1)[0].strip()


def test_press_release_pages_and_date(shared: Path) -> None:
    path = shared / "data" / "press_releases" / "BESTBUY_2023Q4_EARNINGS.txt"
    doc = load_document(path)
    assert doc.kind is DocumentKind.PRESS_RELEASE
    assert doc.date == date(2023, 3, 2)
    assert len(doc.page_starts) == doc.text.count("\f") + 1 > 1
    last_page = doc.page_starts[-1]
    assert doc.page_of(last_page) == len(doc.page_starts)
    assert doc.page_of(last_page - 1) == len(doc.page_starts) - 1


def test_all_shared_press_releases_load(shared: Path) -> None:
    kinds = Counter(load_document(p).kind for p in sorted((shared / "data" / "press_releases").glob("*.txt")))
    # one file's text layer is font-encoded gibberish; every other one reads as a press release
    assert kinds[DocumentKind.PRESS_RELEASE] >= len(list(kinds.elements())) - 1


def test_ectsum_transcripts_are_guessed_as_transcripts(shared: Path) -> None:
    paths = sorted((shared / "data" / "ectsum_train" / "transcripts").glob("*.txt"))[::10]
    kinds = Counter(load_document(p).kind for p in paths)
    assert kinds[DocumentKind.TRANSCRIPT] / len(paths) >= 0.95


def test_public_api() -> None:
    import thesisledger.documents as documents

    assert sorted(documents.__all__) == [
        "Document", "DocumentKind", "MAX_BYTES", "Section", "Turn", "attribute", "content_id", "guess_date",
        "guess_kind", "has_speaker_turns", "load_document", "load_text", "qa_start", "sentence_at",
        "speaker_at", "speaker_turns", "split_sentences", "turn_at",
    ]  # fmt: skip
    assert all(hasattr(documents, name) for name in documents.__all__)
