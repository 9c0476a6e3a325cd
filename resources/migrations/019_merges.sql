-- Amparo schema version 19: two records of one person, or two cases of one family, made one
-- (issue 21). Each merge is kept until someone closes its review:
--   involved      the persons and cases the merge touched (JSON), so that undoing it finds
--                 every row again;
--   before_state  every row that referred to them before the merge (JSON), what undo puts
--                 back; emptied when the review is closed, since it holds the personal data
--                 of a record that no longer exists;
--   after_digest  the SHA-256 of the same rows just after the merge: undo refuses once they
--                 changed, rather than lose what someone did since.
-- No foreign key to persons or cases: a merged record may be merged again or removed later.
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'case')),
    kept_id INTEGER NOT NULL,
    removed_id INTEGER NOT NULL,
    kept_label TEXT NOT NULL,
    removed_label TEXT NOT NULL,
    merged_by TEXT NOT NULL,
    merged_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'undone')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT,
    involved TEXT NOT NULL,
    before_state TEXT,
    after_digest TEXT NOT NULL
);
CREATE INDEX merges_by_state ON merges (state, id);

-- The number of a case merged into another still finds the one that stayed. Travels with the
-- case; a merge undone takes its row away with the rest.
CREATE TABLE merged_case_numbers (
    case_number TEXT PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE
);
CREATE INDEX merged_case_numbers_case ON merged_case_numbers (case_id);
CREATE TRIGGER merged_case_numbers_noted_insert AFTER INSERT ON merged_case_numbers
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.case_id);
END;
CREATE TRIGGER merged_case_numbers_noted_update AFTER UPDATE ON merged_case_numbers
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.case_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'cases', OLD.case_id WHERE OLD.case_id <> NEW.case_id;
END;
CREATE TRIGGER merged_case_numbers_noted_delete AFTER DELETE ON merged_case_numbers
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', OLD.case_id);
END;
