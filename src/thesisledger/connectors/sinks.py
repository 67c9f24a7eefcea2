"""Where connectors deliver what they fetch: anything with `add_facts` / `add_document`.

`LedgerSink` stores into the ledger: facts through `Ledger.import_facts` (idempotent: a fact already
stored is not stored twice), documents through `extract_claims` and `Ledger.record_document` (the
document and its claims in one transaction). It also tells a connector which filings the ledger
already holds, so a re-run after an interruption skips them. Tests and dry runs use `FactList` /
`DocumentList`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from thesisledger.companies import CompanyProfile
from thesisledger.connectors.sec._urls import accession_of_url
from thesisledger.documents.document import Document
from thesisledger.extract import extract_claims
from thesisledger.facts import Fact
from thesisledger.store.ledger import Ledger


@runtime_checkable
class FactSink(Protocol):
    def add_facts(self, facts: list[Fact]) -> object:
        """Store `facts`; what it returns (an import result) is reported as is."""


@runtime_checkable
class DocumentSink(Protocol):
    def add_document(self, document: Document) -> object:
        """Store (or queue for extraction) one document."""


@runtime_checkable
class ResumableSink(Protocol):
    def known_accessions(self) -> set[str]:
        """Accession numbers of filings whose documents are stored already (skipped on a re-run)."""


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


@dataclass(frozen=True, slots=True)
class RecordedDocument:
    """What `LedgerSink.add_document` did with one document."""

    document_id: str
    new: bool  # False when the same text was stored already
    claims: int


class LedgerSink:
    """Facts and documents into a `Ledger`; documents go through claim extraction on the way.

    `profile` (the company's profile, when one is known) gives extraction its entities, fiscal
    calendar and reporting currency.
    """

    def __init__(self, ledger: Ledger, profile: CompanyProfile | None = None) -> None:
        self.ledger = ledger
        self.profile = profile

    def add_facts(self, facts: list[Fact]) -> object:
        return self.ledger.import_facts(facts)

    def add_document(self, document: Document) -> RecordedDocument:
        claims = extract_claims(document, self.profile)
        new, count = self.ledger.record_document(document, claims)
        return RecordedDocument(document.id, new, count)

    def known_accessions(self) -> set[str]:
        found: set[str] = set()
        for doc in self.ledger.documents():
            acc = accession_of_url(doc.source)
            if acc is not None:
                found.add(acc)
        return found
