"""Sentence splitting for earnings documents: character spans, tuned for financial prose.

Survives abbreviations ("U.S.", "approx.", "Inc.", "e.g.", "No. 1"), decimals ("3.75"), ellipses,
numbered headings ("1.2 Clear path ...", "I. Core Perspectives"), bullet and numbered lists (each item
its own sentence), headings on their own line, and hard-wrapped PDF text (a line break inside a
sentence is not a boundary). One pass of compiled regexes; a few Python checks per candidate.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

__all__ = ["sentence_at", "split_sentences"]

# A boundary candidate is a run of terminal punctuation (with closing quotes/brackets) or a line break,
# with the whitespace after it. One leading character class lets `re` scan fast (~120 MB/s); the
# candidate is then classified in Python.
# After punctuation the whitespace is required and the next character must not be a lower-case letter
# (possessive quantifiers: no backtracking into the whitespace); after a line break no closers are taken.
_CANDIDATE = re.compile(r"[.!?…\n](?:(?<=\n)\s*+|[.!?…\"'”’)\]]*+\s++(?![a-z]))")
_CLOSERS = "\"'”’)]"
_OPENERS = "0123456789\"'“‘([•◦▪●■►▶*–—$€£¥"
_MARKER_FIRST = frozenset("•◦▪▫●○■□►▶‣⁃∙·*+-–—(0123456789")
_MARKER_LEN = 7  # the longest list marker token: "1.2.3" or "XVIII"
# Abbreviations after which a period never ends a sentence ("approx. 30%", "No. 1", "Mr. Ma").
_ABBREV = frozenset(
    {
        "approx",
        "appr",
        "est",
        "excl",
        "incl",
        "avg",
        "vs",
        "v",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "no",
        "nos",
        "fig",
        "figs",
        "vol",
        "ca",
        "cf",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "dept",
        "div",
        "gov",
        "rep",
        "sen",
        "gen",
        "col",
        "capt",
        "lt",
        "sgt",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "al",
        "approx.",
    }
)
# Abbreviations that may also end a sentence ("... Alibaba Group Holding Ltd. The company ..."):
# a boundary only when the next word usually starts a sentence.
_WEAK_ABBREV = frozenset(
    {
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "llc",
        "lp",
        "bhd",
        "ag",
        "sa",
        "nv",
        "bv",
        "s.a",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
    }
)
_STARTERS = frozenset(
    {
        "the",
        "a",
        "an",
        "we",
        "our",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "they",
        "he",
        "she",
        "i",
        "in",
        "on",
        "at",
        "for",
        "as",
        "but",
        "and",
        "so",
        "however",
        "also",
        "meanwhile",
        "overall",
        "management",
        "revenue",
        "sales",
        "net",
        "total",
        "during",
        "after",
        "before",
        "while",
        "with",
        "if",
        "when",
        "according",
    }
)
_TERMINAL_END = frozenset('.!?:…"”’)')
_JOINERS = frozenset(",;(-–—/&+")
_LIST_MARKER = re.compile(
    r"[ \t]*(?:[•◦▪▫●○■□►▶‣⁃∙·*+\-–—\uf0a0-\uf0ff]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4})[.)]"
    r"|\d{1,2}(?:\.\d{1,2})+)(?=\s)"
)
_LINE_START_LIST = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,5})")
_WORD = re.compile(r"[\w.'’&-]+")
_SOFT_BREAK = re.compile(r"\n[ \t]*[a-z]")
_SHORT_LINE = 50  # a line this short that ends a run of text is a heading, even in wrapped text
_WRAPPED_SHARE = 0.15
_LOOKBACK = 40


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` in order; together they cover every non-whitespace character."""
    n_lines = text.count("\n")
    wrapped = n_lines >= 4 and len(_SOFT_BREAK.findall(text)) > _WRAPPED_SHARE * n_lines
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = len(text) - len(text.lstrip())
    for m in _CANDIDATE.finditer(text):
        end = m.end()
        if end >= n:
            break
        run = m.group()
        if run[0] == "\n":
            if run.count("\n") >= 2 or _line_break_ends(text, m.start(), text[end], end, wrapped):
                stop = m.start()
                while stop > start and text[stop - 1].isspace():  # every Unicode space, as \s in _CANDIDATE
                    stop -= 1
                if stop > start:
                    spans.append((start, stop))
                start = end
            continue
        punct = run.rstrip()
        term = punct.rstrip(_CLOSERS) or punct
        nxt = text[end]
        opens = nxt.isupper() or nxt in _OPENERS
        if (opens and (term != "." or (not wrapped and "\n" in run))) or _ends_sentence(
            text, m.start(), term, run[len(punct) :], nxt, end, wrapped
        ):
            spans.append((start, m.start() + len(punct)))
            start = end
    # the spans so far end on non-space and the next starts after the whitespace `run` consumed
    tail = text[start:].rstrip()
    if tail:
        spans.append((start, start + len(tail)))
    return spans


def sentence_at(spans: Sequence[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span holding `offset` (spans from `split_sentences`), or None if it falls between sentences."""
    i = bisect.bisect_right(spans, offset, key=_span_start) - 1
    if i >= 0 and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    return None


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def _ends_sentence(text: str, pos: int, term: str, ws: str, nxt: str, end: int, wrapped: bool) -> bool:
    """Whether punctuation `term` at `pos`, followed by whitespace `ws` and then `nxt`, ends a sentence."""
    newline = "\n" in ws
    if ws.count("\n") >= 2:
        return True  # a blank line always ends the sentence
    if not _opens_sentence(nxt, text, end):
        return newline and not wrapped and not nxt.islower()
    if term != "." or (newline and not wrapped):
        return True  # "?", "!", "…"; or one sentence (or heading) per line
    lo = text.rfind(" ", max(0, pos - _LOOKBACK), pos) + 1
    token = text[lo:pos]
    if "\n" in token:
        cut = token.rindex("\n") + 1
        lo, token = lo + cut, token[cut:]
    token = token.lstrip("(\"'“‘[")
    if not token:
        return True
    if len(token) <= _MARKER_LEN and _LINE_START_LIST.fullmatch(token):
        line_start = text.rfind("\n", 0, lo) + 1
        if not text[line_start:lo].strip():
            return False  # "1. Item", "IV. Heading", "a. point": a list marker, not a sentence end
    low = token.lower()
    if low in _ABBREV:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "Douglas S. Sharp"
    if low in _WEAK_ABBREV or (len(token) >= 3 and token[1] == "." and token[-2] != "."):
        word = _WORD.match(text, end)
        return word is not None and word.group(0).lower() in _STARTERS
    return True


def _opens_sentence(ch: str, text: str, pos: int) -> bool:
    if ch.isupper() or ch.isdigit() or ch in "\"'“‘([•◦▪●■►▶*–—$€£¥":
        return True
    if ch.islower():
        return False
    return _LIST_MARKER.match(text, pos) is not None or not ch.isalpha() or ord(ch) > 0x2E7F


def _may_start_list(ch: str, text: str, pos: int) -> bool:
    """Cheap pre-check before `_LIST_MARKER`: bullets, digits, "(", "A." / "B)" or Roman numerals."""
    return (
        ch in _MARKER_FIRST
        or "\uf0a0" <= ch <= "\uf0ff"
        or (ch.isupper() and (ch in "IVXLC" or text[pos + 1 : pos + 2] in (".", ")")))
    )


def _line_break_ends(text: str, pos: int, nxt: str, end: int, wrapped: bool) -> bool:
    """Whether a single line break at `pos` (next line starting with `nxt` at `end`) ends a sentence.

    A list item always starts a sentence; a lower-case start or a trailing comma continues one; in
    hard-wrapped text a line must also end in terminal punctuation, a number (table rows) or be short."""
    if nxt.islower():
        # only "a) item", "iv. item" lists start in lower case
        maybe_list = nxt in "ivxl" or text[end + 1 : end + 2] in (".", ")")
        return maybe_list and _LIST_MARKER.match(text, end) is not None
    i = pos - 1
    while i >= 0 and text[i] in " \t\r\v\f":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    last = text[i]
    if last not in _JOINERS and not wrapped:
        return True
    if _may_start_list(nxt, text, end) and _LIST_MARKER.match(text, end) is not None:
        return True
    if last in _JOINERS:
        return False
    if last in _TERMINAL_END:
        # a closing quote or bracket ends a sentence only after terminal punctuation: `adjust,” Barry added`
        return last in ".!?:…" or (i > 0 and text[i - 1] in ".!?…")
    if last.isdigit() or last == "%":
        return True  # a table row: `Revenue $ 14,735 $ 16,365`
    line_start = text.rfind("\n", 0, i) + 1
    return i - line_start < _SHORT_LINE
