-- Amparo schema version 6: persons filed under pairs of name keys ("GNSL|MR": a family-name
-- key with a given-name key) together with sex and year of birth, so that finding the few
-- persons who may be someone sought is a handful of index look-ups even among a million.
-- Filled again by Amparo itself on first opening (see PersonNameKeyIndex).
DROP TABLE person_name_keys;
CREATE TABLE person_name_keys (
    key TEXT NOT NULL,
    sex TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (key, sex, birth_year, person_id)
) WITHOUT ROWID;
CREATE INDEX person_name_keys_person ON person_name_keys (person_id);
DELETE FROM app_state WHERE key = 'name_keys_version';
