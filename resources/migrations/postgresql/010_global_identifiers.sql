-- Amparo schema version 10 on PostgreSQL (see ../010_global_identifiers.sql): a global
-- identifier for every record that can travel between databases, and where it was created.
CREATE FUNCTION amparo_new_uid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.uid IS NULL THEN
        NEW.uid := replace(gen_random_uuid()::text, '-', '');
    END IF;
    RETURN NEW;
END
$$;
ALTER TABLE sites ADD COLUMN uid TEXT;
ALTER TABLE sites ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE sites SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX sites_uid ON sites (uid);
CREATE TRIGGER sites_new_uid BEFORE INSERT ON sites
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE users ADD COLUMN uid TEXT;
ALTER TABLE users ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE users SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX users_uid ON users (uid);
CREATE TRIGGER users_new_uid BEFORE INSERT ON users
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE persons ADD COLUMN uid TEXT;
ALTER TABLE persons ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE persons SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX persons_uid ON persons (uid);
CREATE TRIGGER persons_new_uid BEFORE INSERT ON persons
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE cases ADD COLUMN uid TEXT;
ALTER TABLE cases ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE cases SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX cases_uid ON cases (uid);
CREATE TRIGGER cases_new_uid BEFORE INSERT ON cases
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE person_documents ADD COLUMN uid TEXT;
ALTER TABLE person_documents ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE person_documents SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX person_documents_uid ON person_documents (uid);
CREATE TRIGGER person_documents_new_uid BEFORE INSERT ON person_documents
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE person_specific_needs ADD COLUMN uid TEXT;
ALTER TABLE person_specific_needs ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE person_specific_needs SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX person_specific_needs_uid ON person_specific_needs (uid);
CREATE TRIGGER person_specific_needs_new_uid BEFORE INSERT ON person_specific_needs
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE case_notes ADD COLUMN uid TEXT;
ALTER TABLE case_notes ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE case_notes SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX case_notes_uid ON case_notes (uid);
CREATE TRIGGER case_notes_new_uid BEFORE INSERT ON case_notes
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE conflict_checks ADD COLUMN uid TEXT;
ALTER TABLE conflict_checks ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE conflict_checks SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX conflict_checks_uid ON conflict_checks (uid);
CREATE TRIGGER conflict_checks_new_uid BEFORE INSERT ON conflict_checks
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE opposing_parties ADD COLUMN uid TEXT;
ALTER TABLE opposing_parties ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE opposing_parties SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX opposing_parties_uid ON opposing_parties (uid);
CREATE TRIGGER opposing_parties_new_uid BEFORE INSERT ON opposing_parties
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE screenings ADD COLUMN uid TEXT;
ALTER TABLE screenings ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE screenings SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX screenings_uid ON screenings (uid);
CREATE TRIGGER screenings_new_uid BEFORE INSERT ON screenings
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE screening_actions ADD COLUMN uid TEXT;
ALTER TABLE screening_actions ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE screening_actions SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX screening_actions_uid ON screening_actions (uid);
CREATE TRIGGER screening_actions_new_uid BEFORE INSERT ON screening_actions
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE procedures ADD COLUMN uid TEXT;
ALTER TABLE procedures ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE procedures SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX procedures_uid ON procedures (uid);
CREATE TRIGGER procedures_new_uid BEFORE INSERT ON procedures
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE procedure_events ADD COLUMN uid TEXT;
ALTER TABLE procedure_events ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE procedure_events SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX procedure_events_uid ON procedure_events (uid);
CREATE TRIGGER procedure_events_new_uid BEFORE INSERT ON procedure_events
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE deadlines ADD COLUMN uid TEXT;
ALTER TABLE deadlines ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE deadlines SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX deadlines_uid ON deadlines (uid);
CREATE TRIGGER deadlines_new_uid BEFORE INSERT ON deadlines
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE tracing_requests ADD COLUMN uid TEXT;
ALTER TABLE tracing_requests ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE tracing_requests SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX tracing_requests_uid ON tracing_requests (uid);
CREATE TRIGGER tracing_requests_new_uid BEFORE INSERT ON tracing_requests
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE tracing_request_history ADD COLUMN uid TEXT;
ALTER TABLE tracing_request_history ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE tracing_request_history SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX tracing_request_history_uid ON tracing_request_history (uid);
CREATE TRIGGER tracing_request_history_new_uid BEFORE INSERT ON tracing_request_history
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE match_proposals ADD COLUMN uid TEXT;
ALTER TABLE match_proposals ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE match_proposals SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX match_proposals_uid ON match_proposals (uid);
CREATE TRIGGER match_proposals_new_uid BEFORE INSERT ON match_proposals
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
ALTER TABLE family_links ADD COLUMN uid TEXT;
ALTER TABLE family_links ADD COLUMN origin TEXT NOT NULL DEFAULT '';
UPDATE family_links SET uid = replace(gen_random_uuid()::text, '-', '');
CREATE UNIQUE INDEX family_links_uid ON family_links (uid);
CREATE TRIGGER family_links_new_uid BEFORE INSERT ON family_links
    FOR EACH ROW EXECUTE FUNCTION amparo_new_uid();
