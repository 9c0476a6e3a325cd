-- Amparo schema version 15: a case handed to another site (issue 20). The site that keeps a
-- case — the only one that changes it and what belongs to it — is the one that registered it
-- (origin) until a transfer names another here. Travels with the case.
ALTER TABLE cases ADD COLUMN keeper TEXT NOT NULL DEFAULT '';
