-- Amparo schema version 3: heightened-risk screening (UNHCR HRIT) and specific-needs codes.

-- Where a person was born, for the risk of statelessness of children born abroad.
ALTER TABLE persons ADD COLUMN birth_country TEXT NOT NULL DEFAULT '';

-- One screening of one person, dated, by an assessor. Reassessments add rows: the newest
-- screening of a person is the one that counts.
CREATE TABLE screenings (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES persons (id),
    screened_on TEXT NOT NULL,
    assessor_user_id INTEGER REFERENCES users (id),
    assessor_name TEXT NOT NULL,
    catalogue_version TEXT NOT NULL,
    observations TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX screenings_person ON screenings (person_id, screened_on, id);
CREATE INDEX screenings_case ON screenings (case_id);

-- The indicators found present.
CREATE TABLE screening_indicators (
    screening_id INTEGER NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    PRIMARY KEY (screening_id, indicator_code)
);

-- What the assessor decided about each indicator Amparo suggested from the data.
CREATE TABLE screening_suggestions (
    screening_id INTEGER NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    indicator_code TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
    PRIMARY KEY (screening_id, indicator_code)
);

CREATE TABLE screening_levels (
    screening_id INTEGER NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    category_code TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3), -- 1 low, 2 medium, 3 high
    PRIMARY KEY (screening_id, category_code)
);

CREATE TABLE screening_actions (
    id INTEGER PRIMARY KEY,
    screening_id INTEGER NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    action_code TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'done', 'not_possible')),
    status_reason TEXT NOT NULL DEFAULT '',
    status_changed_at TEXT NOT NULL
);
CREATE INDEX screening_actions_screening ON screening_actions (screening_id);

-- UNHCR specific-needs codes on a person, attached by hand or by a screening; removing one
-- keeps the row with who removed it and when.
CREATE TABLE person_specific_needs (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    attached_on TEXT NOT NULL,
    attached_by TEXT NOT NULL,
    screening_id INTEGER REFERENCES screenings (id),
    removed_on TEXT,
    removed_by TEXT
);
CREATE INDEX person_specific_needs_person ON person_specific_needs (person_id, code);

-- Each case's current risk, from the newest screening of each member: kept up to date by
-- the screening service so that the case list can filter and sort on it.
CREATE TABLE case_risk (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    max_level INTEGER NOT NULL DEFAULT 0,
    high_categories TEXT NOT NULL DEFAULT '',
    pending_actions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX case_risk_level ON case_risk (max_level, pending_actions);

CREATE TABLE case_risk_categories (
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    category_code TEXT NOT NULL,
    level INTEGER NOT NULL,
    PRIMARY KEY (case_id, category_code)
);
CREATE INDEX case_risk_categories_lookup ON case_risk_categories (category_code, level, case_id);
