-- Amparo schema version 10: a global identifier for every record that can travel between
-- databases (a field post and its office, issue 20), and the site that created it.
--   uid     16 bytes, unique everywhere: Amparo gives it at insert (48 bits of the time in
--           milliseconds, then 80 random bits, so the index grows at its end); the integer ids
--           stay the local keys of every relation. A row another program inserts without one
--           gets 16 random bytes from the database itself.
--   origin  the code of the site whose database created the record; '' for this database.
-- Rows that belong wholly to a record (a person's nationalities, a case's members, a
-- screening's indicators) travel with it and need none of their own.
ALTER TABLE sites ADD COLUMN uid BLOB;
ALTER TABLE sites ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE sites SET uid = randomblob(16);
CREATE UNIQUE INDEX sites_uid ON sites (uid);
CREATE TRIGGER sites_new_uid AFTER INSERT ON sites WHEN NEW.uid IS NULL
BEGIN
    UPDATE sites SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE users ADD COLUMN uid BLOB;
ALTER TABLE users ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE users SET uid = randomblob(16);
CREATE UNIQUE INDEX users_uid ON users (uid);
CREATE TRIGGER users_new_uid AFTER INSERT ON users WHEN NEW.uid IS NULL
BEGIN
    UPDATE users SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE persons ADD COLUMN uid BLOB;
ALTER TABLE persons ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE persons SET uid = randomblob(16);
CREATE UNIQUE INDEX persons_uid ON persons (uid);
CREATE TRIGGER persons_new_uid AFTER INSERT ON persons WHEN NEW.uid IS NULL
BEGIN
    UPDATE persons SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE cases ADD COLUMN uid BLOB;
ALTER TABLE cases ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE cases SET uid = randomblob(16);
CREATE UNIQUE INDEX cases_uid ON cases (uid);
CREATE TRIGGER cases_new_uid AFTER INSERT ON cases WHEN NEW.uid IS NULL
BEGIN
    UPDATE cases SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE person_documents ADD COLUMN uid BLOB;
ALTER TABLE person_documents ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE person_documents SET uid = randomblob(16);
CREATE UNIQUE INDEX person_documents_uid ON person_documents (uid);
CREATE TRIGGER person_documents_new_uid AFTER INSERT ON person_documents WHEN NEW.uid IS NULL
BEGIN
    UPDATE person_documents SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE person_specific_needs ADD COLUMN uid BLOB;
ALTER TABLE person_specific_needs ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE person_specific_needs SET uid = randomblob(16);
CREATE UNIQUE INDEX person_specific_needs_uid ON person_specific_needs (uid);
CREATE TRIGGER person_specific_needs_new_uid AFTER INSERT ON person_specific_needs WHEN NEW.uid IS NULL
BEGIN
    UPDATE person_specific_needs SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE case_notes ADD COLUMN uid BLOB;
ALTER TABLE case_notes ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE case_notes SET uid = randomblob(16);
CREATE UNIQUE INDEX case_notes_uid ON case_notes (uid);
CREATE TRIGGER case_notes_new_uid AFTER INSERT ON case_notes WHEN NEW.uid IS NULL
BEGIN
    UPDATE case_notes SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE conflict_checks ADD COLUMN uid BLOB;
ALTER TABLE conflict_checks ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE conflict_checks SET uid = randomblob(16);
CREATE UNIQUE INDEX conflict_checks_uid ON conflict_checks (uid);
CREATE TRIGGER conflict_checks_new_uid AFTER INSERT ON conflict_checks WHEN NEW.uid IS NULL
BEGIN
    UPDATE conflict_checks SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE opposing_parties ADD COLUMN uid BLOB;
ALTER TABLE opposing_parties ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE opposing_parties SET uid = randomblob(16);
CREATE UNIQUE INDEX opposing_parties_uid ON opposing_parties (uid);
CREATE TRIGGER opposing_parties_new_uid AFTER INSERT ON opposing_parties WHEN NEW.uid IS NULL
BEGIN
    UPDATE opposing_parties SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE screenings ADD COLUMN uid BLOB;
ALTER TABLE screenings ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE screenings SET uid = randomblob(16);
CREATE UNIQUE INDEX screenings_uid ON screenings (uid);
CREATE TRIGGER screenings_new_uid AFTER INSERT ON screenings WHEN NEW.uid IS NULL
BEGIN
    UPDATE screenings SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE screening_actions ADD COLUMN uid BLOB;
ALTER TABLE screening_actions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE screening_actions SET uid = randomblob(16);
CREATE UNIQUE INDEX screening_actions_uid ON screening_actions (uid);
CREATE TRIGGER screening_actions_new_uid AFTER INSERT ON screening_actions WHEN NEW.uid IS NULL
BEGIN
    UPDATE screening_actions SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE procedures ADD COLUMN uid BLOB;
ALTER TABLE procedures ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE procedures SET uid = randomblob(16);
CREATE UNIQUE INDEX procedures_uid ON procedures (uid);
CREATE TRIGGER procedures_new_uid AFTER INSERT ON procedures WHEN NEW.uid IS NULL
BEGIN
    UPDATE procedures SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE procedure_events ADD COLUMN uid BLOB;
ALTER TABLE procedure_events ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE procedure_events SET uid = randomblob(16);
CREATE UNIQUE INDEX procedure_events_uid ON procedure_events (uid);
CREATE TRIGGER procedure_events_new_uid AFTER INSERT ON procedure_events WHEN NEW.uid IS NULL
BEGIN
    UPDATE procedure_events SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE deadlines ADD COLUMN uid BLOB;
ALTER TABLE deadlines ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE deadlines SET uid = randomblob(16);
CREATE UNIQUE INDEX deadlines_uid ON deadlines (uid);
CREATE TRIGGER deadlines_new_uid AFTER INSERT ON deadlines WHEN NEW.uid IS NULL
BEGIN
    UPDATE deadlines SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE tracing_requests ADD COLUMN uid BLOB;
ALTER TABLE tracing_requests ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE tracing_requests SET uid = randomblob(16);
CREATE UNIQUE INDEX tracing_requests_uid ON tracing_requests (uid);
CREATE TRIGGER tracing_requests_new_uid AFTER INSERT ON tracing_requests WHEN NEW.uid IS NULL
BEGIN
    UPDATE tracing_requests SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE tracing_request_history ADD COLUMN uid BLOB;
ALTER TABLE tracing_request_history ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE tracing_request_history SET uid = randomblob(16);
CREATE UNIQUE INDEX tracing_request_history_uid ON tracing_request_history (uid);
CREATE TRIGGER tracing_request_history_new_uid AFTER INSERT ON tracing_request_history WHEN NEW.uid IS NULL
BEGIN
    UPDATE tracing_request_history SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE match_proposals ADD COLUMN uid BLOB;
ALTER TABLE match_proposals ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE match_proposals SET uid = randomblob(16);
CREATE UNIQUE INDEX match_proposals_uid ON match_proposals (uid);
CREATE TRIGGER match_proposals_new_uid AFTER INSERT ON match_proposals WHEN NEW.uid IS NULL
BEGIN
    UPDATE match_proposals SET uid = randomblob(16) WHERE id = NEW.id;
END;
ALTER TABLE family_links ADD COLUMN uid BLOB;
ALTER TABLE family_links ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE family_links SET uid = randomblob(16);
CREATE UNIQUE INDEX family_links_uid ON family_links (uid);
CREATE TRIGGER family_links_new_uid AFTER INSERT ON family_links WHEN NEW.uid IS NULL
BEGIN
    UPDATE family_links SET uid = randomblob(16) WHERE id = NEW.id;
END;
