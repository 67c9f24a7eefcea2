"""Who is speaking where: transcript speaker turns and research-note attribution.

- Transcripts: speaker turns ("Operator", "Name -- Title", "Name - Title", "Name: text", "NAME:"), each
  with a role (management, analyst, operator) and a section (prepared remarks or Q&A).
- Research notes: reported speech and quotations ("According to management, ...", "management stated",
  text inside double quotes, "the CEO said") are management's; named sources ("(Gartner)", "according
  to IDC") are third parties; the rest is the author's.

`speaker_at(doc, offset)` applies whichever structure fits the document's kind.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from thesisledger.documents.document import Document, DocumentKind
from thesisledger.documents.sentences import sentence_at, split_sentences
from thesisledger.extract.claim import Speaker

__all__ = [
    "Section",
    "Turn",
    "attribute",
    "has_speaker_turns",
    "qa_start",
    "speaker_at",
    "speaker_turns",
    "turn_at",
]


class Section(StrEnum):
    PREPARED = "prepared"  # prepared remarks
    QA = "qa"  # question-and-answer session


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's turn in a transcript: `start` is where its header begins, `end` where its text ends."""

    start: int
    end: int
    speaker_name: str
    role: Speaker
    section: Section
    title: str = ""  # "Chief Executive Officer", "Morgan Stanley -- Analyst"
    text_start: int = 0  # where the spoken text begins (after the header)


# --- transcript turns ---------------------------------------------------------------------------

_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]\.|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|de|van|von|da|di|le)"
_PERSON = rf"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*(?: {_NAME_WORD}){{1,3}}"
_CAPS_NAME = r"[A-Z][A-Z'’\-]+(?: [A-Z][A-Z.'’\-]*){1,3}"  # "JOHN SMITH", never one word ("EBITA")
_DASH = r"[ \t]+(?:--|-|–|—)[ \t]+"
# Scanned over "\n" + text: a literal "\n" first lets `re` jump from line to line.
_HEADER = re.compile(
    r"\n[ \t]*(?:"
    r"(?P<op>Operator|OPERATOR)[ \t]*(?:[:\-–—]+[ \t]*)?$"  # "Operator" on its own line
    r"|(?P<op2>Operator|OPERATOR):[ \t]+(?=\S)"  # "Operator: Good morning ..."
    # "Name -- Title: words ..." on one line
    rf"|(?P<iname>{_PERSON}|{_CAPS_NAME}){_DASH}(?P<ititle>[A-Z][^\n:]{{0,80}}?):[ \t]+(?=\S)"
    rf"|(?P<dname>{_PERSON}|{_CAPS_NAME}){_DASH}(?P<title>[A-Z][^\n]{{0,100}}?)[ \t]*$"  # Name -- Title
    rf"|(?P<cname>{_PERSON}|{_CAPS_NAME})(?:[ \t]*\((?P<ctitle>[^)\n]{{1,80}})\))?:[ \t]*(?=\S|$)"  # Name:
    r")",
    re.MULTILINE,
)
_SPACE_RUN = re.compile(r"\s*")
_TITLE_WORDS = 12
_RECURRING_SHARE = 0.6
_ANALYST_TITLE = re.compile(
    r"\banalyst\b|\bresearch\b|securities|capital markets|\bpartners\b|\bbank\b|sachs|stanley|jpmorgan"
    r"|j\.p\. morgan|barclays|citi(?:group)?\b|ubs\b|jefferies|bernstein|evercore|cowen|baird|wells fargo"
    r"|bofa|merrill|nomura|macquarie|mizuho|deutsche|credit suisse|rbc|\bllc\b|\binc\.?$|& co\b",
    re.IGNORECASE,
)
_MANAGEMENT_TITLE = re.compile(
    r"\bc[efoti]o\b|chief|president|officer|chair|director|vice|head|investor relations|\bir\b|treasurer"
    r"|founder|controller|secretary|manager|executive|\bsvp\b|\bevp\b|\bvp\b|partner|general counsel",
    re.IGNORECASE,
)
_QA_HEADING = re.compile(
    r"^[ \t]*(?:questions? (?:and|&) answers?|question-and-answer session|q ?& ?a(?: session)?)[ \t:.]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ANALYSTS_HEADING = re.compile(
    r"^[ \t]*(?:conference call participants|analysts?|call participants)[ \t:]*$",
    re.IGNORECASE | re.MULTILINE,
)
_COMPANY_HEADING = re.compile(
    r"^[ \t]*(?:company participants|corporate participants|executives|company representatives)[ \t:]*$",
    re.IGNORECASE | re.MULTILINE,
)
_QA_OPERATOR = re.compile(
    r"\b(?:first|next|following) question\b|\bnow (?:begin|open|start|take)\b[^.\n]{0,40}\bquestion"
    r"|\bopen (?:the|up the) (?:line|lines|call|floor) (?:for|to) questions",
    re.IGNORECASE,
)
_INTRODUCED = re.compile(
    r"(?:question (?:comes|is) from|line of|go to|from the line of)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){0,3})"
)


class _Header(NamedTuple):
    start: int
    text_start: int
    name: str
    title: str
    style: str  # "operator", "dash" (Name -- Title line), "colon" (Name: text), "bare" (listed name alone)


# The last text's headers: loading a transcript (guess_kind -> has_speaker_turns) and extracting from it
# (speaker_turns) read the same text one after the other. One tuple, swapped whole (safe across threads).
_LAST_HEADERS: tuple[str, tuple[_Header, ...]] = ("", ())


def _headers(text: str) -> list[_Header]:
    """Every line that looks like a speaker header; `text_start` is where the spoken words begin."""
    global _LAST_HEADERS
    last_text, last = _LAST_HEADERS
    if text is last_text:  # the same str object: the same text (a copy is returned: callers own it)
        return list(last)
    found = _find_headers(text)
    _LAST_HEADERS = (text, tuple(found))
    return found


def _find_headers(text: str) -> list[_Header]:
    """`_headers`, uncached."""
    found: list[_Header] = []
    for m in _HEADER.finditer("\n" + text):
        start, end = m.start(), m.end() - 1  # offsets into `text`: the "\n" prefix shifts by one
        body = _SPACE_RUN.match(text, end)
        body_start = body.end() if body is not None else end
        if m.group("op") or m.group("op2"):
            found.append(_Header(start, body_start, "Operator", "", "operator"))
        elif m.group("dname") or m.group("iname"):
            title = (m.group("title") or m.group("ititle")).strip()
            if len(title.split()) > _TITLE_WORDS or any(c.isdigit() for c in title):
                continue
            name = m.group("dname") or m.group("iname")
            found.append(_Header(start, body_start, name, title.rstrip("."), "dash"))
        else:
            title = (m.group("ctitle") or "").strip()
            found.append(_Header(start, body_start, m.group("cname"), title, "colon"))
    return _with_bare_names(text, found)


def _with_bare_names(text: str, found: list[_Header]) -> list[_Header]:
    """Participant lists ("Jane Roe - CEO" once, near the top) followed by turns that open with the name
    alone on a line: the bare names become headers and the list entries, which have no words of their
    own, stop being turns. Entries under an analysts' heading get "Analyst" in their title."""
    listed = {h.name: h for h in found if h.style == "dash"}
    if not listed:
        return found
    names = "|".join(re.escape(n) for n in sorted(listed, key=len, reverse=True))
    bare_rx = re.compile(rf"\n[ \t]*({names})[ \t]*(?=\n)")
    analysts_from = [m.start() for m in _ANALYSTS_HEADING.finditer(text)]
    others_from = [m.start() for m in _COMPANY_HEADING.finditer(text)]
    titles: dict[str, str] = {}
    for name, h in listed.items():
        last_analyst = max((a for a in analysts_from if a < h.start), default=-1)
        last_company = max((c for c in others_from if c < h.start), default=-1)
        analyst = last_analyst > last_company and not _ANALYST_TITLE.search(h.title)
        titles[name] = f"{h.title} -- Analyst" if analyst else h.title
    bare: list[_Header] = []
    for m in bare_rx.finditer("\n" + text):
        body = _SPACE_RUN.match(text, m.end() - 1)
        body_start = body.end() if body is not None else m.end() - 1
        bare.append(_Header(m.start(), body_start, m.group(1), titles[m.group(1)], "bare"))
    if not bare:
        return found
    merged = sorted(found + bare)
    kept: list[_Header] = []
    for i, h in enumerate(merged):
        next_start = merged[i + 1].start if i + 1 < len(merged) else len(text)
        own = text[h.text_start : next_start]
        if h.style == "dash" and (not own.strip() or _participant_headings_only(own)):
            continue  # a participant-list entry, not a turn
        kept.append(h)
    return kept


def _participant_headings_only(body: str) -> bool:
    lines = [line for line in body.split("\n") if line.strip()]
    return all(_ANALYSTS_HEADING.fullmatch(x) or _COMPANY_HEADING.fullmatch(x) for x in lines)


def _credible(headers: list[_Header]) -> bool:
    """Headers that look like a transcript rather than "Model Layer: ..." lines in a note."""
    styles = Counter(h.style for h in headers)
    if styles["operator"] or styles["dash"] >= 2 or styles["bare"] >= 2:
        return True
    # "Name:" lines: a conversation has several speakers who each come back, and few one-off labels;
    # a note's "Model Layer: ..." and "Risk Warning:" lines are mostly one-offs.
    names = Counter(h.name for h in headers)
    recurring = [n for n, c in names.items() if c >= 2]
    in_recurring = sum(names[n] for n in recurring)
    return len(recurring) >= 2 and in_recurring >= _RECURRING_SHARE * len(headers)


def has_speaker_turns(text: str) -> bool:
    """Whether the text is laid out as speaker turns (an Operator line, titled or recurring speakers)."""
    return _credible(_headers(text))


def speaker_turns(text: str) -> list[Turn]:
    """The speaker turns of a transcript in order; [] when the text has no credible turn headers.

    Roles: the operator; analysts by title (a bank or "Analyst"), by being introduced by the operator, or
    by asking in Q&A without having spoken in prepared remarks; everyone else is management.
    """
    headers = _headers(text)
    if not _credible(headers):
        return []
    qa = qa_start(text, headers)
    turns: list[Turn] = []
    prepared_names: set[str] = set()
    introduced: set[str] = set()
    for i, (start, text_start, name, title, style) in enumerate(headers):
        is_op = style == "operator"
        end = headers[i + 1].start if i + 1 < len(headers) else len(text)
        text_start = min(text_start, end)  # a header with no words: the blank run ends at the next one
        if qa is not None and text_start <= qa < end:
            end = qa  # the Q&A heading line belongs to no one
        while end > text_start and text[end - 1].isspace():
            end -= 1
        section = Section.QA if qa is not None and start >= qa else Section.PREPARED
        body = text[text_start:end]
        if is_op:
            role = Speaker.OPERATOR
            introduced.update(m.group("name") for m in _INTRODUCED.finditer(body))
        elif title and _ANALYST_TITLE.search(title) and not _MANAGEMENT_TITLE.search(title.split("--")[-1]):
            role = Speaker.ANALYST
        elif (
            (title and _MANAGEMENT_TITLE.search(title))
            or section is Section.PREPARED
            or name in prepared_names
        ):
            role = Speaker.MANAGEMENT
        elif any(name.startswith(n) or n.startswith(name) for n in introduced) or (
            "?" in body and name not in prepared_names
        ):
            role = Speaker.ANALYST
        else:
            role = Speaker.MANAGEMENT
        if section is Section.PREPARED and role is Speaker.MANAGEMENT:
            prepared_names.add(name)
        turns.append(Turn(start, end, name, role, section, title, text_start))
    return turns


def qa_start(text: str, headers: list[_Header] | None = None) -> int | None:
    """Offset where the Q&A begins: a Q&A heading line, the operator opening the queue, or the first
    analyst-titled turn; None for prepared remarks only."""
    candidates: list[int] = []
    m = _QA_HEADING.search(text)
    if m:
        candidates.append(m.start())
    headers = _headers(text) if headers is None else headers
    for i, (start, text_start, _name, title, style) in enumerate(headers):
        end = headers[i + 1].start if i + 1 < len(headers) else len(text)
        if style == "operator" and _QA_OPERATOR.search(text, text_start, end):
            candidates.append(start)
            break
        if _analyst_title(title):
            candidates.append(start)
            break
    return min(candidates) if candidates else None


def _analyst_title(title: str) -> bool:
    """ "Morgan Stanley -- Analyst", "Analyst, Jefferies"; not "Chief Executive Officer"."""
    return (
        bool(title)
        and bool(_ANALYST_TITLE.search(title))
        and not _MANAGEMENT_TITLE.search(title.split("--")[-1])
    )


def turn_at(turns: Sequence[Turn], offset: int) -> Turn | None:
    """The turn holding `offset`, or None before the first turn."""
    lo, hi = 0, len(turns)
    while lo < hi:
        mid = (lo + hi) // 2
        if turns[mid].start <= offset:
            lo = mid + 1
        else:
            hi = mid
    return turns[lo - 1] if lo and offset <= turns[lo - 1].end else None


# --- research-note attribution ------------------------------------------------------------------

# Research firms, data vendors and brokers cited as sources ("(Gartner)", "according to IDC").
_SOURCE_NAMES = (
    "Gartner", "IDC", "Canalys", "Omdia", "Counterpoint Research", "Counterpoint", "Forrester", "Statista",
    "Euromonitor", "Nielsen", "Frost & Sullivan", "Sensor Tower", "data.ai", "Similarweb", "eMarketer",
    "Synergy Research Group", "Synergy Research", "Morningstar", "S&P Global", "FactSet", "Refinitiv",
    "Bloomberg", "Reuters", "Wind", "iResearch", "QuestMobile", "TrendForce", "Digitimes", "Yole",
    "Dell'Oro", "Ookla", "Comscore", "Kantar", "GfK", "Circana", "NPD", "Mordor Intelligence",
    "Grand View Research", "Visible Alpha", "consensus", "Moody's", "Fitch", "Goldman Sachs",
    "Morgan Stanley", "JPMorgan", "UBS", "Jefferies", "Bernstein",
)  # fmt: skip
_SOURCES = "|".join(re.escape(name) for name in _SOURCE_NAMES)
_MGMT_SUBJECT = (
    r"management|the company|the group|the ceo|the cfo|the coo|the cto|the chairman|executives?"
    r"|(?:ceo|cfo|coo|cto|chairman|president)(?: [A-Z][\w'’-]+){0,3}|the firm"
)
_MGMT_VERB = (
    r"stated|said|says|expects?|expected|noted|notes|indicated|guided|believes?|mentioned|highlighted"
    r"|added|emphasi[sz]ed|reiterated|disclosed|revealed|announced|projected|forecasts?|introduced"
    r"|explained|commented|remarked|pointed out|made (?:a|it) clear|confirmed|targets?|aims?|plans?"
    r"|provided|clarified|outlined|guides|promised|committed"
    r"|anticipates?|sees|estimated|told|clarified|stressed|admitted"
)
# Each marker opens a stretch of text attributed to one speaker; the marker nearest before an offset wins.
_MARKER = re.compile(
    rf"(?P<third>\((?:source:\s*)?(?:{_SOURCES})[^)\n]{{0,30}}\)"
    r"|\b(?:according to|source:|per|data from|cited by)"
    rf"\s+(?:data from\s+|the\s+)?(?:{_SOURCES})\b"
    rf"|\b(?:{_SOURCES}) (?:estimates?|data|reports?|says|said|forecasts?)\b)"
    r"|(?P<author>\b(?:according to (?:the author|my|our)|the author(?:'s|’s)?\b|in my (?:view|opinion)"
    r"|I (?:think|believe|expect|estimate)|we (?:think|believe|estimate)|our (?:estimate|view|model)))"
    # "demandAccording to management": a missing space in scraped text still opens reported speech
    rf"|(?P<mgmt>(?:\b|(?-i:(?<=[a-z])(?=According)))(?:according to|per|as per)\s+(?:{_MGMT_SUBJECT})\b"
    rf"|\b(?:{_MGMT_SUBJECT})\s+(?:(?:also|further|has|have|had|will|previously|again)\s+)*(?:{_MGMT_VERB})\b"
    rf"|\b(?:provided|given|set|outlined|guided|disclosed|announced|stated) by (?:{_MGMT_SUBJECT})\b"
    rf"|\b(?:said|stated|noted|according to)\s+(?:{_MGMT_SUBJECT})\b"
    r"|\bmanagement(?:'s|’s) (?:guidance|commentary|statement|view|framework|target|plan|outlook|goal)"
    # "(Source: Company CB Minutes)": the company itself named as the source of the line
    r"|\(sources?:\s*(?:the\s+)?(?:company|management|group)\b[^)\n]{0,40}\))",
    re.IGNORECASE,
)
# Every marker match contains one of these (lower-cased) words: sentences without any skip the regex.
_ANCHORS = (
    *(name.lower() for name in _SOURCE_NAMES),
    "according to", "author", "in my ", "i think", "i believe", "i expect", "i estimate", "we think",
    "we believe", "we estimate", "our estimate", "our view", "our model", "management", "company", "group",
    "ceo", "cfo", "coo", "cto", "chairman", "president", "executive", "firm",
)  # fmt: skip
_QUOTE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")
_QUOTED_SHARE = 0.5
_MIN_QUOTE_WORDS = 4  # shorter quotes are scare quotes or names ("teens", "AI Factory")


def attribute(text: str, sentence_span: tuple[int, int], offset: int | None = None) -> Speaker:
    """Who stands behind the sentence at `sentence_span` of a research note (or the part at `offset`).

    The nearest attribution marker at or before `offset` (without `offset`, or with none before it, the
    first marker in the sentence) decides:
    management ("According to management", "the CEO said"), third party ("(Gartner)", "according to
    IDC"), author ("the author believes"). With no marker, a quotation of four or more words that holds
    the sentence or the offset is management's; anything else is the author's.
    """
    start, end = sentence_span
    pos = start if offset is None else offset
    chosen: Speaker | None = None
    for m_start, speaker in _markers(text, start, end):
        if chosen is None or m_start <= pos:
            chosen = speaker
        if m_start > pos:
            break
    if chosen is not None:
        return chosen
    if _quoted(text, start, end, offset):
        return Speaker.MANAGEMENT
    return Speaker.AUTHOR


_MARKER_SPEAKER = {"third": Speaker.THIRD_PARTY, "author": Speaker.AUTHOR}
# The last span's markers: a sentence (or press-release line) with several numbers is attributed once
# per number with the same span. One tuple, swapped whole (safe across threads).
_LAST_MARKERS: tuple[str, int, int, tuple[tuple[int, Speaker], ...]] = ("", 0, 0, ())


def _markers(text: str, start: int, end: int) -> tuple[tuple[int, Speaker], ...]:
    """(offset, speaker) of each attribution marker in text[start:end], in order; the last span is cached."""
    global _LAST_MARKERS
    last_text, last_start, last_end, found = _LAST_MARKERS
    if text is last_text and start == last_start and end == last_end:
        return found
    if next(_anchors().iter(text[start:end].lower()), None) is None:
        found = ()  # no anchor word: no marker can match (cheaper than the regex)
    else:
        found = tuple(
            (m.start(), _MARKER_SPEAKER.get(m.lastgroup or "", Speaker.MANAGEMENT))
            for m in _MARKER.finditer(text, start, end)
        )
    _LAST_MARKERS = (text, start, end, found)
    return found


@lru_cache(maxsize=1)
def _anchors() -> Any:
    """Aho-Corasick automaton over `_ANCHORS`, built on first use."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for word in _ANCHORS:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _quoted(text: str, start: int, end: int, offset: int | None) -> bool:
    """Whether the offset (or the whole sentence) lies inside a double-quoted stretch of its paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.find('"', line_start, end) < 0 and text.find("“", line_start, end) < 0:
        return False  # no quotation opens before the sentence ends
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for q in _QUOTE.finditer(text, line_start, line_end):
        if q.start() >= end:
            break
        if len(q.group(0).split()) < _MIN_QUOTE_WORDS:
            continue
        if offset is not None:
            if q.start() <= offset < q.end():
                return True
        elif min(q.end(), end) - max(q.start(), start) >= _QUOTED_SHARE * (end - start):
            return True  # most of the sentence is a quotation: `"We will double capacity," he said.`
    return False


# --- one entry point ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Structure:
    turns: tuple[Turn, ...]
    sentences: tuple[tuple[int, int], ...]


@lru_cache(maxsize=16)
def _structure(doc: Document) -> _Structure:
    if doc.kind is DocumentKind.TRANSCRIPT:
        return _Structure(tuple(speaker_turns(doc.text)), ())
    if doc.kind in (DocumentKind.NOTE, DocumentKind.OTHER):
        return _Structure((), tuple(split_sentences(doc.text)))
    return _Structure((), ())


def speaker_at(doc: Document, offset: int) -> Speaker:
    """Who says the text at `offset`: the turn's role in a transcript; management in press releases and
    filings (the company speaks) unless a named third party is cited; attribution in notes."""
    if doc.kind is DocumentKind.TRANSCRIPT:
        turn = turn_at(_structure(doc).turns, offset)
        return turn.role if turn is not None else Speaker.MANAGEMENT
    if doc.kind in (DocumentKind.PRESS_RELEASE, DocumentKind.FILING):
        line_start = doc.text.rfind("\n", 0, offset) + 1
        line_end = doc.text.find("\n", offset)
        span = (line_start, len(doc.text) if line_end < 0 else line_end)
        spoken = attribute(doc.text, span, offset)
        return Speaker.THIRD_PARTY if spoken is Speaker.THIRD_PARTY else Speaker.MANAGEMENT
    sentence = sentence_at(_structure(doc).sentences, offset)
    if sentence is None:
        return Speaker.AUTHOR
    return attribute(doc.text, sentence, offset)
