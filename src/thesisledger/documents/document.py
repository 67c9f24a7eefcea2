"""`Document`: the text of an earnings document as loaded, with its identity and a map back to pages."""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class DocumentKind(StrEnum):
    TRANSCRIPT = "transcript"
    PRESS_RELEASE = "press_release"
    NOTE = "note"  # research note, analyst commentary
    FILING = "filing"
    OTHER = "other"


def content_id(text: str) -> str:
    """The document id: a hash of the loaded text, so re-adding the same text is a no-op."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Document:
    """Loaded text plus metadata. Character offsets everywhere refer to `text`.

    `page_starts` holds the offset at which each page begins (PDFs, form-feed separated text);
    a single-page document has (0,).
    """

    text: str
    title: str
    kind: DocumentKind = DocumentKind.OTHER
    date: date | None = None
    source: str = ""  # path or URL it was loaded from
    company: str | None = None  # ticker
    page_starts: tuple[int, ...] = field(default=(0,))

    @property
    def id(self) -> str:
        return content_id(self.text)

    def page_of(self, offset: int) -> int:
        """1-based page number holding character `offset`."""
        return bisect.bisect_right(self.page_starts, offset)
