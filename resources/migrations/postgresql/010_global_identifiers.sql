-- Amparo schema version 10 on PostgreSQL (see ../010_global_identifiers.sql): a global
-- identifier for every record that can travel between databases, and where it was created.
CREATE FUNCTION amparo_new_uid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.uid := uuid_send(gen_random_uuid());
    RETURN NEW;
END
$$;
ALTER TABLE sites ADD COLUMN uid bytea;
ALTER TABLE sites ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE sites SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX sites_uid ON sites (uid);
CREATE TRIGGER sites_new_uid BEFORE INSERT ON sites
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE users ADD COLUMN uid bytea;
ALTER TABLE users ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE users SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX users_uid ON users (uid);
CREATE TRIGGER users_new_uid BEFORE INSERT ON users
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE persons ADD COLUMN uid bytea;
ALTER TABLE persons ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE persons SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX persons_uid ON persons (uid);
CREATE TRIGGER persons_new_uid BEFORE INSERT ON persons
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE cases ADD COLUMN uid bytea;
ALTER TABLE cases ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE cases SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX cases_uid ON cases (uid);
CREATE TRIGGER cases_new_uid BEFORE INSERT ON cases
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE person_documents ADD COLUMN uid bytea;
ALTER TABLE person_documents ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE person_documents SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX person_documents_uid ON person_documents (uid);
CREATE TRIGGER person_documents_new_uid BEFORE INSERT ON person_documents
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE person_specific_needs ADD COLUMN uid bytea;
ALTER TABLE person_specific_needs ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE person_specific_needs SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX person_specific_needs_uid ON person_specific_needs (uid);
CREATE TRIGGER person_specific_needs_new_uid BEFORE INSERT ON person_specific_needs
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE case_notes ADD COLUMN uid bytea;
ALTER TABLE case_notes ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE case_notes SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX case_notes_uid ON case_notes (uid);
CREATE TRIGGER case_notes_new_uid BEFORE INSERT ON case_notes
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE conflict_checks ADD COLUMN uid bytea;
ALTER TABLE conflict_checks ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE conflict_checks SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX conflict_checks_uid ON conflict_checks (uid);
CREATE TRIGGER conflict_checks_new_uid BEFORE INSERT ON conflict_checks
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE opposing_parties ADD COLUMN uid bytea;
ALTER TABLE opposing_parties ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE opposing_parties SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX opposing_parties_uid ON opposing_parties (uid);
CREATE TRIGGER opposing_parties_new_uid BEFORE INSERT ON opposing_parties
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE screenings ADD COLUMN uid bytea;
ALTER TABLE screenings ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE screenings SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX screenings_uid ON screenings (uid);
CREATE TRIGGER screenings_new_uid BEFORE INSERT ON screenings
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE screening_actions ADD COLUMN uid bytea;
ALTER TABLE screening_actions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE screening_actions SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX screening_actions_uid ON screening_actions (uid);
CREATE TRIGGER screening_actions_new_uid BEFORE INSERT ON screening_actions
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE procedures ADD COLUMN uid bytea;
ALTER TABLE procedures ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE procedures SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX procedures_uid ON procedures (uid);
CREATE TRIGGER procedures_new_uid BEFORE INSERT ON procedures
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE procedure_events ADD COLUMN uid bytea;
ALTER TABLE procedure_events ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE procedure_events SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX procedure_events_uid ON procedure_events (uid);
CREATE TRIGGER procedure_events_new_uid BEFORE INSERT ON procedure_events
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE deadlines ADD COLUMN uid bytea;
ALTER TABLE deadlines ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE deadlines SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX deadlines_uid ON deadlines (uid);
CREATE TRIGGER deadlines_new_uid BEFORE INSERT ON deadlines
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE tracing_requests ADD COLUMN uid bytea;
ALTER TABLE tracing_requests ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE tracing_requests SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX tracing_requests_uid ON tracing_requests (uid);
CREATE TRIGGER tracing_requests_new_uid BEFORE INSERT ON tracing_requests
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE tracing_request_history ADD COLUMN uid bytea;
ALTER TABLE tracing_request_history ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE tracing_request_history SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX tracing_request_history_uid ON tracing_request_history (uid);
CREATE TRIGGER tracing_request_history_new_uid BEFORE INSERT ON tracing_request_history
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE match_proposals ADD COLUMN uid bytea;
ALTER TABLE match_proposals ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE match_proposals SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX match_proposals_uid ON match_proposals (uid);
CREATE TRIGGER match_proposals_new_uid BEFORE INSERT ON match_proposals
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE family_links ADD COLUMN uid bytea;
ALTER TABLE family_links ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE family_links SET uid = uuid_send(gen_random_uuid());
CREATE UNIQUE INDEX family_links_uid ON family_links (uid);
CREATE TRIGGER family_links_new_uid BEFORE INSERT ON family_links
    FOR EACH ROW WHEN (NEW.uid IS NULL) EXECUTE FUNCTION amparo_new_uid();
