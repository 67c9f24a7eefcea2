"""Corpus ingestion on Dask: many documents -> claims, stored in batches, resumable, idempotent.

from thesisledger.ingest import ingest_corpus
with Ledger.open() as ledger:
    report = ingest_corpus("calls/**/*.txt", ledger, company="BABA", workers=2)
    report.ingested, report.claims, report.failures
"""

from thesisledger.ingest.files import DOCUMENT_SUFFIXES, expand_paths, file_hash
from thesisledger.ingest.runner import (
    CLUSTER_CONFIG,
    DEFAULT_BATCH_SIZE,
    IngestError,
    IngestProgress,
    IngestReport,
    ingest_corpus,
    local_cluster,
)
from thesisledger.ingest.task import FileJob, FileResult, process_file
from thesisledger.store.ledger import IngestFailure

__all__ = [
    "CLUSTER_CONFIG",
    "DEFAULT_BATCH_SIZE",
    "DOCUMENT_SUFFIXES",
    "FileJob",
    "FileResult",
    "IngestError",
    "IngestFailure",
    "IngestProgress",
    "IngestReport",
    "expand_paths",
    "file_hash",
    "ingest_corpus",
    "local_cluster",
    "process_file",
]
