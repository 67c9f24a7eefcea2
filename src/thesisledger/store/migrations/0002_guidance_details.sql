-- Thesis Ledger schema 2: what a guidance record needs beyond schema 1 (who, where, the quote, the
-- period as said, target vs guidance, withdrawals). Portable SQL: one ADD COLUMN per statement.

ALTER TABLE guidance ADD COLUMN period_kind TEXT;
ALTER TABLE guidance ADD COLUMN fiscal_year INTEGER;
ALTER TABLE guidance ADD COLUMN fiscal_quarter INTEGER;
ALTER TABLE guidance ADD COLUMN period_approx BOOLEAN DEFAULT FALSE;
ALTER TABLE guidance ADD COLUMN period_ambiguity TEXT;
ALTER TABLE guidance ADD COLUMN period_text TEXT;
ALTER TABLE guidance ADD COLUMN scale TEXT;
ALTER TABLE guidance ADD COLUMN qualitative TEXT;
ALTER TABLE guidance ADD COLUMN noun TEXT;
ALTER TABLE guidance ADD COLUMN kind TEXT DEFAULT 'guidance';        -- guidance | target
ALTER TABLE guidance ADD COLUMN speaker TEXT;
ALTER TABLE guidance ADD COLUMN source TEXT;                          -- document id or file name
ALTER TABLE guidance ADD COLUMN quote TEXT;
ALTER TABLE guidance ADD COLUMN span_start INTEGER;
ALTER TABLE guidance ADD COLUMN span_end INTEGER;
ALTER TABLE guidance ADD COLUMN withdrawn BOOLEAN DEFAULT FALSE;
CREATE INDEX guidance_key ON guidance (company, metric, segment);
