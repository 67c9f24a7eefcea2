-- Thesis Ledger schema 4: what an optional refiner (thesis extract --refiner) changed in a claim's labels,
-- e.g. "metric None -> revenue (chat:qwen3:8b)"; NULL when the labels are the rules' own.

ALTER TABLE claims ADD COLUMN refinement TEXT;
