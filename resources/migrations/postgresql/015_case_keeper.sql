-- Amparo schema version 15 on PostgreSQL (see ../015_case_keeper.sql): a case handed to
-- another site.
ALTER TABLE cases ADD COLUMN keeper TEXT NOT NULL DEFAULT '';
