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

-- The number of a case merged into another still finds the one that stayed.
CREATE TABLE merged_case_numbers (
    case_number TEXT PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    merge_id INTEGER NOT NULL REFERENCES merges (id)
);
CREATE INDEX merged_case_numbers_case ON merged_case_numbers (case_id);
