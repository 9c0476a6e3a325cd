-- Amparo schema version 22 on PostgreSQL (see ../022_case_outcome.sql): a closed case's
-- outcome, and a voluntary return's date, destination and informed decision.
ALTER TABLE cases ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN return_on TEXT;
ALTER TABLE cases ADD COLUMN return_country TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN return_place TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN return_informed INTEGER NOT NULL DEFAULT 0;
