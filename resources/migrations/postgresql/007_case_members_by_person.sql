-- Amparo schema version 7 on PostgreSQL (see ../007_case_members_by_person.sql).
CREATE INDEX case_members_person_case ON case_members (person_id, case_id);
DROP INDEX case_members_person;
