-- Thesis Ledger schema 3: corpus ingestion (`thesis ingest`). Portable SQL (DuckDB and PostgreSQL).

-- One row per file whose document (and claims) a corpus run stored, loaded in the same transaction
-- as the document: a file listed here is done, and a re-run skips it by the hash of its bytes.
CREATE TABLE ingest_files (
    file_hash    TEXT PRIMARY KEY,                      -- sha256 of the file's bytes
    document_id  TEXT NOT NULL,                         -- content hash of the loaded text (documents.id)
    path         TEXT NOT NULL,
    claims       INTEGER NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

-- Files a run could not ingest. The same failure (path, bytes, reason) is recorded once; it stays
-- open until a later run ingests that path.
CREATE TABLE ingest_failures (
    id           TEXT PRIMARY KEY,                      -- hash of path + file_hash + reason
    path         TEXT NOT NULL,
    file_hash    TEXT NOT NULL,                         -- '' when the file could not be read
    stage        TEXT NOT NULL,                         -- read | load | extract | worker
    reason       TEXT NOT NULL,
    failed_at    TIMESTAMP NOT NULL
);
CREATE INDEX ingest_failures_path ON ingest_failures (path);
CREATE INDEX ingest_files_path ON ingest_files (path);
