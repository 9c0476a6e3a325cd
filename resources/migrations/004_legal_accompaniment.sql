-- Amparo schema version 4: legal procedures with their events and deadlines, opposing
-- parties and conflict checks, and the phonetic name keys used to find similar names.

CREATE TABLE procedures (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    type_code TEXT NOT NULL,
    country TEXT NOT NULL,
    authority TEXT NOT NULL DEFAULT '',
    file_number TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    opened_on TEXT NOT NULL,
    current_stage TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT ''
        CHECK (outcome IN ('', 'recognized', 'rejected', 'granted', 'withdrawn', 'abandoned')),
    document_label TEXT NOT NULL DEFAULT '',
    document_expiry TEXT,
    custom_stages TEXT NOT NULL DEFAULT '', -- for "other": stage names, one per line
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX procedures_case ON procedures (case_id);

CREATE TABLE procedure_persons (
    procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    PRIMARY KEY (procedure_id, person_id)
);

CREATE TABLE procedure_events (
    id INTEGER PRIMARY KEY,
    procedure_id INTEGER NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    event_code TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    stage_after TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX procedure_events_procedure ON procedure_events (procedure_id, occurred_on, id);

-- What is due when, for whom. Deadlines come from procedure events, from the expiry of a
-- document (a permit, a passport) or are added by hand.
CREATE TABLE deadlines (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    procedure_id INTEGER REFERENCES procedures (id) ON DELETE CASCADE,
    event_id INTEGER REFERENCES procedure_events (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons (id),
    kind TEXT NOT NULL CHECK (kind IN ('procedure', 'document', 'manual')),
    source_key TEXT NOT NULL DEFAULT '', -- identifies a document expiry, to keep it in step
    what TEXT NOT NULL,
    due_on TEXT NOT NULL,
    responsible TEXT NOT NULL DEFAULT '',
    done INTEGER NOT NULL DEFAULT 0,
    done_on TEXT,
    done_by TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX deadlines_open ON deadlines (done, due_on);
CREATE INDEX deadlines_case ON deadlines (case_id, done);
CREATE INDEX deadlines_source ON deadlines (case_id, source_key);

-- The other side in a case (for example in a custody or violence case), checked for
-- conflicts of interest like persons are.
CREATE TABLE opposing_parties (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    document_number TEXT NOT NULL DEFAULT '',
    document_key TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX opposing_parties_case ON opposing_parties (case_id);
CREATE INDEX opposing_parties_document ON opposing_parties (document_key);

CREATE TABLE conflict_checks (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    checked_on TEXT NOT NULL,
    checked_by TEXT NOT NULL,
    subject TEXT NOT NULL,   -- the names and documents that were checked
    findings TEXT NOT NULL,  -- what was found, one line each
    decision TEXT NOT NULL CHECK (decision IN ('no_conflict', 'waived', 'declined')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conflict_checks_case ON conflict_checks (case_id);

-- Phonetic keys of each person's names (see PhoneticKey), to find similar names quickly.
-- Filled by Amparo itself (also for persons registered before this version).
CREATE TABLE person_name_keys (
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('family', 'given')),
    key TEXT NOT NULL,
    PRIMARY KEY (person_id, part, key)
);
CREATE INDEX person_name_keys_key ON person_name_keys (key, part);
