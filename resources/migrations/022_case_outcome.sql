-- Amparo schema version 22: how a case ended (issue 22). Closing a case asks for its outcome
-- from a list; a voluntary return is recorded with its date, where to, and that the person's
-- decision was free and informed (return must be voluntary and informed). Cases closed before
-- keep an empty outcome.
ALTER TABLE cases ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN return_on TEXT;
ALTER TABLE cases ADD COLUMN return_country TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN return_place TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN return_informed INTEGER NOT NULL DEFAULT 0;
