-- Amparo schema version 1: sites, persons, cases and family groups.
-- Dates are ISO 8601 text (YYYY-MM-DD); timestamps are ISO 8601 UTC.

PRAGMA application_id = 1095585874; -- 'AMPR': marks the file as an Amparo database

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL DEFAULT ''
);

CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    given_names TEXT NOT NULL,
    family_name1 TEXT NOT NULL DEFAULT '',
    family_name2 TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL CHECK (sex IN ('F', 'M', 'X', 'U')),
    birth_precision TEXT NOT NULL DEFAULT 'unknown'
        CHECK (birth_precision IN ('unknown', 'year', 'month', 'exact', 'estimated')),
    birth_date TEXT,
    no_document INTEGER NOT NULL DEFAULT 0,
    phone TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    admin1 TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE person_other_names (
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (person_id, position)
);

CREATE TABLE person_nationalities (
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    country TEXT NOT NULL,
    PRIMARY KEY (person_id, position),
    UNIQUE (person_id, country)
);

CREATE TABLE person_documents (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    doc_type TEXT NOT NULL,
    number TEXT NOT NULL,
    number_key TEXT NOT NULL, -- letters and digits only, upper case: what duplicates are checked on
    issuing_country TEXT NOT NULL,
    expiry TEXT,
    UNIQUE (issuing_country, doc_type, number_key)
);
CREATE INDEX person_documents_person ON person_documents (person_id);
CREATE INDEX person_documents_number ON person_documents (number_key);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    case_number TEXT NOT NULL UNIQUE,
    site_id INTEGER NOT NULL REFERENCES sites (id),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'transferred')),
    closure_reason TEXT NOT NULL DEFAULT '',
    registered_on TEXT NOT NULL,
    caseworker TEXT NOT NULL DEFAULT '',
    principal_id INTEGER NOT NULL REFERENCES persons (id),
    sort_name TEXT NOT NULL DEFAULT '', -- folded principal name, for sorting the case list
    revision INTEGER NOT NULL DEFAULT 1, -- detects two people saving the same case
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_registered ON cases (registered_on, case_number);
CREATE INDEX cases_sort_name ON cases (sort_name, case_number);
CREATE INDEX cases_status ON cases (status, case_number);
CREATE INDEX cases_site ON cases (site_id, case_number);
CREATE INDEX cases_principal ON cases (principal_id);

-- The last sequence number used per site and year, so that numbers are never reused.
CREATE TABLE case_number_sequences (
    site_id INTEGER NOT NULL REFERENCES sites (id),
    year INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (site_id, year)
);

CREATE TABLE case_members (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    relationship TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX case_members_person ON case_members (person_id);

CREATE TABLE case_notes (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    written_at TEXT NOT NULL,
    author TEXT NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX case_notes_case ON case_notes (case_id, written_at);

CREATE TABLE case_consents (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    given_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    registration INTEGER NOT NULL,
    referral INTEGER NOT NULL,
    tracing_contact INTEGER NOT NULL
);

-- Name and document search: accent- and case-insensitive, prefix queries. rowid = persons.id.
CREATE VIRTUAL TABLE person_search USING fts5 (
    names,
    documents,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
