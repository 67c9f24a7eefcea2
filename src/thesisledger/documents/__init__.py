"""Earnings documents as text with offsets: loading, sentences, and who speaks where.

doc = load_document("call.txt")            # .txt .md .html .pdf -> Document
spans = split_sentences(doc.text)           # [(start, end), ...]
speaker_at(doc, offset)                     # Speaker.MANAGEMENT / ANALYST / OPERATOR / AUTHOR / THIRD_PARTY
"""

from thesisledger.documents.document import Document, DocumentKind, content_id
from thesisledger.documents.load import MAX_BYTES, guess_date, guess_kind, load_document, load_text
from thesisledger.documents.sentences import sentence_at, split_sentences
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

__all__ = [
    "MAX_BYTES",
    "Document",
    "DocumentKind",
    "Section",
    "Turn",
    "attribute",
    "content_id",
    "guess_date",
    "guess_kind",
    "has_speaker_turns",
    "load_document",
    "load_text",
    "qa_start",
    "sentence_at",
    "speaker_at",
    "speaker_turns",
    "split_sentences",
    "turn_at",
]
