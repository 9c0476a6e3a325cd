-- Amparo schema version 5: family tracing and reunification. Family links between persons
-- across cases, tracing requests (relatives sought by a case's members or by someone not
-- registered), the phonetic keys of the names sought, and the matches proposed for review.

-- What relative_id is to person_id (relationship codes: parent, child, sibling…). One row
-- per pair, whichever way it was entered.
CREATE TABLE family_links (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    relative_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    relationship TEXT NOT NULL,
    confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
    source TEXT NOT NULL DEFAULT 'declared' CHECK (source IN ('declared', 'match')),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK (person_id <> relative_id)
);
CREATE UNIQUE INDEX family_links_pair
    ON family_links (min(person_id, relative_id), max(person_id, relative_id));
CREATE INDEX family_links_relative ON family_links (relative_id);

CREATE TABLE tracing_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id INTEGER NOT NULL REFERENCES sites (id),
    case_id INTEGER REFERENCES cases (id) ON DELETE CASCADE, -- the inquirer's case, if any
    inquirer_person_id INTEGER REFERENCES persons (id),
    inquirer_name TEXT NOT NULL,
    relationship TEXT NOT NULL, -- what the sought person is to the inquirer
    contact TEXT NOT NULL DEFAULT '',
    requested_on TEXT NOT NULL,
    sought_given_names TEXT NOT NULL DEFAULT '',
    sought_family_name1 TEXT NOT NULL DEFAULT '',
    sought_family_name2 TEXT NOT NULL DEFAULT '',
    sought_other_names TEXT NOT NULL DEFAULT '', -- one per line
    sought_sex TEXT NOT NULL DEFAULT 'U' CHECK (sought_sex IN ('F', 'M', 'X', 'U')),
    sought_birth_precision TEXT NOT NULL DEFAULT 'unknown',
    sought_birth_date TEXT,
    sought_nationality TEXT NOT NULL DEFAULT '',
    last_known_country TEXT NOT NULL DEFAULT '',
    last_known_place TEXT NOT NULL DEFAULT '',
    last_seen_precision TEXT NOT NULL DEFAULT 'unknown',
    last_seen_date TEXT,
    separation TEXT NOT NULL DEFAULT '', -- circumstances of the separation
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'match_proposed', 'reunited', 'closed')),
    closure_reason TEXT NOT NULL DEFAULT '',
    closed_on TEXT,
    found_person_id INTEGER REFERENCES persons (id),
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tracing_requests_status ON tracing_requests (status);
CREATE INDEX tracing_requests_case ON tracing_requests (case_id);

-- Phonetic keys of the names sought, to find the requests a newly registered person may
-- answer without comparing against every request.
CREATE TABLE tracing_request_keys (
    request_id INTEGER NOT NULL REFERENCES tracing_requests (id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('family', 'given')),
    key TEXT NOT NULL,
    PRIMARY KEY (request_id, part, key)
);
CREATE INDEX tracing_request_keys_key ON tracing_request_keys (key);

CREATE TABLE tracing_request_history (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES tracing_requests (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    by_user TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tracing_request_history_request ON tracing_request_history (request_id);

-- A registered person who may be the one sought. Rejected pairs stay, so that they are never
-- proposed again.
CREATE TABLE match_proposals (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES tracing_requests (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    score REAL NOT NULL,
    reasons TEXT NOT NULL,
    child INTEGER NOT NULL DEFAULT 0 CHECK (child IN (0, 1)), -- legal staff review first
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
    proposed_at TEXT NOT NULL,
    reviewed_at TEXT,
    reviewed_by TEXT NOT NULL DEFAULT '',
    review_note TEXT NOT NULL DEFAULT '',
    UNIQUE (request_id, person_id)
);
CREATE INDEX match_proposals_status ON match_proposals (status, request_id);
CREATE INDEX match_proposals_person ON match_proposals (person_id);
