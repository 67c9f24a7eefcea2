"""Where connectors deliver what they fetch: anything with `add_facts` / `add_document`.

The ledger store satisfies these (`Store.add_facts(facts) -> ImportResult(added, skipped)`); tests
and dry runs use `FactList` / `DocumentList`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from thesisledger.documents.document import Document
from thesisledger.facts import Fact


@runtime_checkable
class FactSink(Protocol):
    def add_facts(self, facts: list[Fact]) -> object:
        """Store `facts`; what it returns (an import result) is reported as is."""


@runtime_checkable
class DocumentSink(Protocol):
    def add_document(self, document: Document) -> object:
        """Store (or queue for extraction) one document."""


@dataclass
class FactList:
    """A FactSink that keeps what it is given, in order."""

    facts: list[Fact] = field(default_factory=list)

    def add_facts(self, facts: list[Fact]) -> object:
        self.facts.extend(facts)
        return len(facts)


@dataclass
class DocumentList:
    """A DocumentSink that keeps what it is given, in order."""

    documents: list[Document] = field(default_factory=list)

    def add_document(self, document: Document) -> object:
        self.documents.append(document)
        return document.id
