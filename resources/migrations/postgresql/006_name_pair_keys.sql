-- Amparo schema version 6 on PostgreSQL (see ../006_name_pair_keys.sql): persons filed under
-- pairs of name keys with sex and year of birth.
DROP TABLE person_name_keys;
CREATE TABLE person_name_keys (
    key TEXT NOT NULL,
    sex TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    person_id BIGINT NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    PRIMARY KEY (key, sex, birth_year, person_id)
);
CREATE INDEX person_name_keys_person ON person_name_keys (person_id);
DELETE FROM app_state WHERE key = 'name_keys_version';
