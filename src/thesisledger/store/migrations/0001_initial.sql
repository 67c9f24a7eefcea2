-- Thesis Ledger schema 1. Portable SQL (DuckDB and PostgreSQL): TEXT, INTEGER, DOUBLE PRECISION,
-- DATE, TIMESTAMP (UTC, no zone), BOOLEAN. Lists and mappings are JSON text.

CREATE TABLE companies (
    ticker              TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    reporting_currency  TEXT NOT NULL,
    fy_end_month        INTEGER NOT NULL CHECK (fy_end_month BETWEEN 1 AND 12),
    aliases             TEXT NOT NULL DEFAULT '[]',      -- JSON list of other tickers and names
    cik                 TEXT,
    entities            TEXT NOT NULL DEFAULT '[]',      -- JSON list of {key, name, aliases, parent}
    added_at            TIMESTAMP NOT NULL
);

CREATE TABLE documents (
    id           TEXT PRIMARY KEY,                      -- content hash of the loaded text
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL,                         -- transcript | press_release | note | filing | other
    doc_date     DATE,
    source       TEXT NOT NULL,
    company      TEXT,
    text         TEXT NOT NULL,
    page_starts  TEXT NOT NULL DEFAULT '[0]',           -- JSON list of page start offsets
    added_at     TIMESTAMP NOT NULL
);

CREATE TABLE claims (
    id              TEXT PRIMARY KEY,                   -- document id + span
    document_id     TEXT NOT NULL REFERENCES documents (id),
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    span_text       TEXT NOT NULL,
    sentence        TEXT NOT NULL,
    sentence_start  INTEGER NOT NULL,
    page            INTEGER NOT NULL,
    entity          TEXT,
    metric          TEXT,
    kind            TEXT NOT NULL,
    speaker         TEXT NOT NULL,
    speaker_name    TEXT,
    direction       TEXT,
    value           DOUBLE PRECISION NOT NULL,
    low             DOUBLE PRECISION,
    high            DOUBLE PRECISION,
    bound           TEXT NOT NULL,
    unit            TEXT NOT NULL,
    noun            TEXT,
    scale           TEXT,
    qualitative     TEXT,
    period_label    TEXT,
    period_start    DATE,
    period_end      DATE,
    period_kind     TEXT,
    fiscal_year     INTEGER,
    fiscal_quarter  INTEGER,
    period_approx   BOOLEAN NOT NULL DEFAULT FALSE,
    period_ambiguity TEXT
);
CREATE INDEX claims_document ON claims (document_id);

-- Reported actuals. History is kept: a restatement adds a row, nothing is ever updated.
CREATE TABLE facts (
    id              TEXT PRIMARY KEY,                   -- hash of key + value + source
    company         TEXT NOT NULL,
    segment         TEXT NOT NULL DEFAULT '',           -- '' for the whole company
    metric          TEXT NOT NULL,
    period_label    TEXT NOT NULL,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    period_kind     TEXT NOT NULL,
    fiscal_year     INTEGER,
    fiscal_quarter  INTEGER,
    value           DOUBLE PRECISION NOT NULL,
    low             DOUBLE PRECISION,
    high            DOUBLE PRECISION,
    bound           TEXT NOT NULL,
    unit            TEXT NOT NULL,
    scale           TEXT,
    basis           TEXT NOT NULL,                      -- as_reported | restated
    source          TEXT NOT NULL,
    source_line     INTEGER,
    reported_at     DATE NOT NULL,                      -- when the company published it
    recorded_at     TIMESTAMP NOT NULL,                 -- when this ledger learned it (UTC)
    illustrative    BOOLEAN NOT NULL DEFAULT FALSE,
    note            TEXT
);
CREATE INDEX facts_key ON facts (company, metric, segment, period_start, period_end);

CREATE TABLE guidance (
    id              TEXT PRIMARY KEY,
    claim_id        TEXT,                               -- the claim it came from, if any
    company         TEXT NOT NULL,
    segment         TEXT NOT NULL DEFAULT '',
    metric          TEXT NOT NULL,
    period_label    TEXT NOT NULL,
    period_start    DATE NOT NULL,
    period_end      DATE NOT NULL,
    low             DOUBLE PRECISION,
    high            DOUBLE PRECISION,
    bound           TEXT NOT NULL,
    unit            TEXT NOT NULL,
    given_at        DATE,
    recorded_at     TIMESTAMP NOT NULL
);

CREATE TABLE fx_rates (
    base        TEXT NOT NULL,
    quote       TEXT NOT NULL,
    rate_date   DATE NOT NULL,
    rate        DOUBLE PRECISION NOT NULL CHECK (rate > 0),
    kind        TEXT NOT NULL DEFAULT 'spot',           -- spot | yearly_average
    source      TEXT NOT NULL,
    PRIMARY KEY (base, quote, rate_date, kind)
);
