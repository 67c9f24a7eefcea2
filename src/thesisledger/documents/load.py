"""Load .txt, .md, .html and .pdf files into a `Document` whose offsets index the text as loaded.

Every way a file can be unusable (missing, empty, binary, not UTF-8, too large, a scanned PDF) is an
`InputError` whose message names the file, says what is wrong and what to do about it.
"""

from __future__ import annotations

import io
import re
import warnings
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any

from thesisledger.documents.document import Document, DocumentKind
from thesisledger.errors import InputError

__all__ = ["MAX_BYTES", "guess_date", "guess_kind", "load_document", "load_text"]

MAX_BYTES = 50 * 1024 * 1024
"""Files above this size are refused unless the caller raises `max_bytes`."""

_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_BOM = b"\xef\xbb\xbf"
_SNIFF = 1 << 16
_NUL_SHARE = 0.01  # more NULs than this in the first 64 KB (plus a few): binary, not text with debris
_NUL_SLACK = 8
_BINARY_MAGIC = (
    b"\x89PNG",
    b"PK\x03\x04",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"%PDF",
    b"\xd0\xcf\x11\xe0",
)

_NEWLINES = re.compile(r"\r\n?")


def load_document(
    path: str | Path,
    *,
    kind: DocumentKind | None = None,
    date: Date | None = None,
    title: str | None = None,
    company: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read `path` (.txt, .md, .html/.htm, .pdf) into a `Document`.

    The kind is guessed when not given (transcript, press release, else note), the date is taken from
    the first lines when not given, and the title from the HTML/PDF metadata or the first line.
    """
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if not p.is_file():
        raise InputError(f"{p} is not a file; give the path of a .txt, .md, .html or .pdf document")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{p} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit; "
            "split it, or raise the limit (max_bytes) if it really is one document"
        )
    if size == 0:
        raise InputError(f"{p} is empty (0 bytes); nothing to read")
    data = p.read_bytes()
    suffix = p.suffix.lower()
    meta_title: str | None = None
    page_starts: tuple[int, ...] = (0,)
    if suffix == ".pdf":
        text, page_starts, meta_title = _pdf_text(data, p)
    elif suffix in _HTML_SUFFIXES:
        text, meta_title = _html_text(_decode(data, p))
    else:
        # .txt, .md and unknown suffixes: anything that decodes as UTF-8 text is read as text.
        text = _normalise_newlines(_decode(data, p))
        page_starts = _form_feed_pages(text)
    if not text.strip():
        raise InputError(f"{p} has no text (only whitespace or markup); nothing to read")
    return Document(
        text=text,
        title=title or meta_title or _first_line_title(text) or p.stem,
        kind=kind if kind is not None else guess_kind(text),
        date=date if date is not None else guess_date(text),
        source=str(p),
        company=company,
        page_starts=page_starts,
    )


def load_text(
    text: str,
    *,
    title: str = "",
    kind: DocumentKind | None = None,
    date: Date | None = None,
    source: str = "",
    company: str | None = None,
) -> Document:
    """A `Document` from text already in memory (pasted text, a connector's download)."""
    text = _normalise_newlines(text)
    if not text.strip():
        raise InputError(f"{source or 'the text'} is empty; nothing to read")
    return Document(
        text=text,
        title=title or _first_line_title(text) or source,
        kind=kind if kind is not None else guess_kind(text),
        date=date if date is not None else guess_date(text),
        source=source,
        company=company,
        page_starts=_form_feed_pages(text),
    )


# --- decoding -----------------------------------------------------------------------------------


def _decode(data: bytes, path: Path) -> str:
    head = data[:_SNIFF]
    nuls = head.count(b"\x00")
    if head.startswith(_BINARY_MAGIC) or nuls > _NUL_SHARE * len(head) + _NUL_SLACK:
        first = data.find(b"\x00")
        where = f"NUL byte at offset {first}" if first >= 0 else f"starts with {head[:4]!r}"
        raise InputError(
            f"{path} looks like a binary file ({where}), not text; give a .txt, .md, .html or .pdf document"
        )
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        line = data.count(b"\n", 0, offset) + 1
        raise InputError(
            f"{path} is not valid UTF-8: byte 0x{data[offset]:02X} at offset {offset} (line {line}); "
            f"convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8 {path} > {path.stem}.utf8{path.suffix}`"
        ) from None
    # A few stray NULs are PDF-extraction debris (the "fi" ligature in "\x00rst quarter"); a NUL cannot be
    # stored in PostgreSQL text, so it becomes U+FFFD, which keeps every offset.
    return text.replace("\x00", "\ufffd") if "\x00" in text else text


def _normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text) if "\r" in text else text


def _form_feed_pages(text: str) -> tuple[int, ...]:
    if "\f" not in text:
        return (0,)
    starts = [0]
    i = text.find("\f")
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\f", i + 1)
    return tuple(starts)


_TITLE_MAX = 150


def _first_line_title(text: str) -> str:
    for line in text.split("\n", 20)[:20]:
        line = line.strip()
        if line:
            return line if len(line) <= _TITLE_MAX else ""
    return ""


# --- HTML ---------------------------------------------------------------------------------------

_DROP_TAGS = ("script", "style", "nav", "header", "footer", "noscript", "template", "head", "iframe", "svg")
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "aside", "blockquote", "pre", "address", "figure",
    "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table", "thead",
    "tbody", "tfoot", "tr", "form", "fieldset", "hr", "title",
)  # fmt: skip
_PARAGRAPH_TAGS = frozenset(
    ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre")
)
_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f\r\v]+")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def _html_text(markup: str) -> tuple[str, str | None]:
    """Visible text of an HTML page, one block per line, list items as "• " bullets."""
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bs4 warns on markup that looks like a URL or a file name
        soup = BeautifulSoup(markup, "lxml")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag is not None else None
    if not title:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if h1 is not None else None
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with(NavigableString("\n"))
    for tag in soup.find_all("li"):
        tag.insert_before(NavigableString("\n• "))
    for tag in soup.find_all(("td", "th")):
        tag.insert_after(NavigableString(" "))
    for tag in soup.find_all(_BLOCK_TAGS):
        gap = "\n\n" if tag.name in _PARAGRAPH_TAGS else "\n"
        tag.insert_before(NavigableString(gap))
        if tag.name not in ("tr", "dt", "dd"):  # rows and definition items: one per line, no blank line
            tag.insert_after(NavigableString(gap))
    raw = soup.get_text()
    lines = [_SPACES.sub(" ", line).strip() for line in raw.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return text, title or None


# --- PDF ----------------------------------------------------------------------------------------


def _pdf_text(data: bytes, path: Path) -> tuple[str, tuple[int, ...], str | None]:
    """The PDF's text layer, pages joined by form feeds; `page_starts` keeps where each page begins."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(f"{path} does not start with %PDF; it is not a PDF file (renamed?)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pypdf warns on the many small defects real PDFs carry
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError(f"{path} is password-protected; decrypt it first (e.g. `qpdf --decrypt`)")
            pages = [_normalise_newlines(page.extract_text() or "") for page in reader.pages]
            meta = reader.metadata
            title = str(meta.title).strip() if meta is not None and meta.title else None
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"{path} is not a readable PDF ({exc}); re-export or repair it") from exc
    if not any(page.strip() for page in pages):
        raise InputError(
            f"{path} has no text layer (scanned image?); run OCR first, e.g. `ocrmypdf {path} out.pdf`"
        )
    starts: list[int] = []
    offset = 0
    for page in pages:
        starts.append(offset)
        offset += len(page) + 1  # the form feed between pages
    text = "\f".join(pages)
    return (text.replace("\x00", "\ufffd") if "\x00" in text else text), tuple(starts), title


# --- kind and date ------------------------------------------------------------------------------

# First-person talk about the call itself: transcript cues, matched as plain substrings of the lowered
# opening (fast). A note that mentions "the earnings call" in the third person does not match.
_TRANSCRIPT_CUES = (
    "[operator instructions]", "thank you, operator", "thank you operator", "this call", "today's call",
    "our call", "this conference call", "our conference call", "today's conference call",
    "this earnings call", "our earnings call", "today's earnings call", "on the call", "on this call",
    "on today's call", "joining me", "joining us", "my prepared remarks", "our prepared remarks",
    "question-and-answer session", "first question comes from", "next question comes from",
    "first question is from", "good morning, everyone", "good morning and welcome",
    "good afternoon, everyone", "good afternoon and welcome", "good evening, everyone",
)  # fmt: skip
_PRESS_CUES = re.compile(
    r"\((?:NYSE|NASDAQ|Nasdaq|NYSE American|TSX|LSE|HKEX|SEHK|ASX)\s*:\s*[A-Z.]+\)"
    r"|today (?:announced|reported)"
    r"|FOR IMMEDIATE RELEASE|^[A-Z][A-Za-z .,]+,\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*(?:--|—|–|/PRNewswire)"
    r"|\b(?:announce[sd]|reports?|reported) (?:its )?"
    r"(?:(?:first|second|third|fourth)[- ]quarter|fiscal|full[- ]year"
    r"|quarterly|financial)(?: \d{4})? (?:and full[- ]year )?(?:financial )?results"
    r"|^(?:Investor|Media) (?:Relations )?Contacts?\b|^About [A-Z][\w.&' ]+$",
    re.MULTILINE | re.IGNORECASE,
)
_FIRST_PERSON = ("we", "our", "us", "i", "ours")
_FIRST_PERSON_PER_1000 = 28  # spoken remarks: 30-75 per 1,000 words; notes 0-5; press releases 0-25
# words that speak of the company from outside: "management said", "the company's", "its", "according to"
_THIRD_PERSON = (
    "management",
    "the company",
    "its",
    "they",
    "their",
    "mgmt",
    "said",
    "stated",
    "according to",
)
_SPOKEN_FIRST_PER_1000 = 12  # below it, first-person talk alone does not make a transcript
_FIRST_OVER_THIRD = 2  # prepared remarks measured on ../shared: first-person 14-29, third-person 0-9
_CUE_WINDOW = 8_000
_PERSON_WINDOW = 10_000
_PUNCT = ".,;:!?\"()“”’'\n\t\r\f"  # each becomes a space: "we're" -> "we re"


@lru_cache(maxsize=1)
def _transcript_cues() -> Any:
    """An Aho-Corasick automaton over the cue phrases: one C pass over the opening, however many cues."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for cue in _TRANSCRIPT_CUES:
        automaton.add_word(cue, cue)
    automaton.make_automaton()
    return automaton


def _person_rates(window: str) -> tuple[float, float]:
    """First-person words (we, our, I, ...) and words that speak of the company from outside (management,
    the company, its, said) per 1,000 words, counted with C string methods on one lowered copy."""
    spaced = window.lower()
    for ch in _PUNCT:  # one C pass per character: ~10x faster than str.translate with a dict table
        spaced = spaced.replace(ch, " ")
    padded = f" {spaced} "
    words = len(padded.split())
    if words <= 0:
        return 0.0, 0.0
    first = sum(padded.count(f" {w} ") for w in _FIRST_PERSON)
    third = sum(padded.count(f" {w} ") for w in _THIRD_PERSON)
    return 1000 * first / words, 1000 * third / words


def guess_kind(text: str) -> DocumentKind:
    """Transcript (speaker turns, talk about "this call", or first-person remarks), press release (wire
    and exchange cues), else note."""
    from thesisledger.documents.structure import has_speaker_turns

    head = text[:_CUE_WINDOW]
    if has_speaker_turns(text):
        return DocumentKind.TRANSCRIPT
    lowered = head.lower()
    if len({cue for _, cue in _transcript_cues().iter(lowered)}) >= 2:
        return DocumentKind.TRANSCRIPT
    window = text[:_PERSON_WINDOW]
    first, third = _person_rates(window)
    if first > _FIRST_PERSON_PER_1000 and first > third:
        return DocumentKind.TRANSCRIPT
    if _PRESS_CUES.search(head):
        return DocumentKind.PRESS_RELEASE
    # Cleaned prepared remarks (no headers, no "this call") still speak of "we/our" far more than of
    # "management/the company/its"; a research note is the other way round (the seed note: 2 vs 19),
    # even one whose author writes "we" (the check above).
    if first >= _SPOKEN_FIRST_PER_1000 and first >= _FIRST_OVER_THIRD * third:
        return DocumentKind.TRANSCRIPT
    return DocumentKind.NOTE


_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}
_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
    rf"|\b{_MONTH} (?P<d1>[0-3]?\d)(?:st|nd|rd|th)?,? (?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>[0-3]?\d) {_MONTH.replace('mon', 'mon2')} (?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DATE_LINES = 15
_DATE_CHARS = 3000
_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE_BEFORE_YEAR = 18  # "September 30th, " precedes the year
_DATE_AFTER_YEAR = 6  # "-05-15" follows it


def guess_date(text: str) -> Date | None:
    """The first valid calendar date written in the first lines ("March 2, 2023", "2 March 2023", ISO)."""
    head = "\n".join(text[:_DATE_CHARS].split("\n", _DATE_LINES)[:_DATE_LINES])
    # The full date pattern is slow; run it only around the (few) four-digit years in the opening.
    for year in _YEAR.finditer(head):
        lo = max(0, year.start() - _DATE_BEFORE_YEAR)
        for m in _DATE.finditer(head, lo, year.end() + _DATE_AFTER_YEAR):
            if not m.start() <= year.start() < m.end():
                continue
            try:
                if m.group("iy"):
                    return Date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
                if m.group("y1"):
                    return Date(int(m.group("y1")), _MONTHS[m.group("mon").lower()], int(m.group("d1")))
                return Date(int(m.group("y2")), _MONTHS[m.group("mon2").lower()], int(m.group("d2")))
            except ValueError:
                continue  # "February 30, 2024": not a date; keep looking
    return None
