-- Amparo schema version 11 on PostgreSQL (see ../011_change_capture.sql): every change to a
-- record that travels is noted by the database itself. The functions run as the owner, so
-- no application role writes the notes directly. The number is the largest so far plus one,
-- not a sequence: a sequence used in a trigger would become what lastval() — Qt's
-- lastInsertId() — returns for the row just inserted.
CREATE TABLE sync_changes (
    record_type TEXT NOT NULL,
    uid TEXT NOT NULL,
    seq BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (record_type, uid)
);
CREATE INDEX sync_changes_seq ON sync_changes (seq);
CREATE FUNCTION amparo_record_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    changed_uid TEXT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed_uid := OLD.uid;
    ELSE
        changed_uid := NEW.uid;
    END IF;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES (TG_TABLE_NAME, changed_uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes),
            CASE WHEN TG_OP = 'DELETE' THEN 1 ELSE 0 END)
    ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    RETURN NULL;
END
$$;
-- TG_ARGV: the record's table, then the column of this part that holds the record's id.
CREATE FUNCTION amparo_part_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    ids BIGINT[] := '{}';
    record_id BIGINT;
    record_uid TEXT;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        ids := ids || (to_jsonb(OLD) ->> TG_ARGV[1])::BIGINT;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        ids := ids || (to_jsonb(NEW) ->> TG_ARGV[1])::BIGINT;
    END IF;
    FOREACH record_id IN ARRAY ids LOOP
        EXECUTE format('SELECT uid FROM %I WHERE id = $1', TG_ARGV[0]) INTO record_uid
            USING record_id;
        IF record_uid IS NOT NULL THEN
            INSERT INTO sync_changes (record_type, uid, seq, deleted)
            VALUES (TG_ARGV[0], record_uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0)
            ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = 0;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'sites', uid, 1 FROM sites;
CREATE TRIGGER sites_changes AFTER INSERT OR UPDATE OR DELETE ON sites
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'users', uid, 1 FROM users;
CREATE TRIGGER users_changes AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'persons', uid, 1 FROM persons;
CREATE TRIGGER persons_changes AFTER INSERT OR UPDATE OR DELETE ON persons
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'cases', uid, 1 FROM cases;
CREATE TRIGGER cases_changes AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'person_documents', uid, 1 FROM person_documents;
CREATE TRIGGER person_documents_changes AFTER INSERT OR UPDATE OR DELETE ON person_documents
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'person_specific_needs', uid, 1 FROM person_specific_needs;
CREATE TRIGGER person_specific_needs_changes AFTER INSERT OR UPDATE OR DELETE ON person_specific_needs
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'case_notes', uid, 1 FROM case_notes;
CREATE TRIGGER case_notes_changes AFTER INSERT OR UPDATE OR DELETE ON case_notes
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'conflict_checks', uid, 1 FROM conflict_checks;
CREATE TRIGGER conflict_checks_changes AFTER INSERT OR UPDATE OR DELETE ON conflict_checks
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'opposing_parties', uid, 1 FROM opposing_parties;
CREATE TRIGGER opposing_parties_changes AFTER INSERT OR UPDATE OR DELETE ON opposing_parties
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'screenings', uid, 1 FROM screenings;
CREATE TRIGGER screenings_changes AFTER INSERT OR UPDATE OR DELETE ON screenings
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'screening_actions', uid, 1 FROM screening_actions;
CREATE TRIGGER screening_actions_changes AFTER INSERT OR UPDATE OR DELETE ON screening_actions
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'procedures', uid, 1 FROM procedures;
CREATE TRIGGER procedures_changes AFTER INSERT OR UPDATE OR DELETE ON procedures
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'procedure_events', uid, 1 FROM procedure_events;
CREATE TRIGGER procedure_events_changes AFTER INSERT OR UPDATE OR DELETE ON procedure_events
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'deadlines', uid, 1 FROM deadlines;
CREATE TRIGGER deadlines_changes AFTER INSERT OR UPDATE OR DELETE ON deadlines
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'tracing_requests', uid, 1 FROM tracing_requests;
CREATE TRIGGER tracing_requests_changes AFTER INSERT OR UPDATE OR DELETE ON tracing_requests
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'tracing_request_history', uid, 1 FROM tracing_request_history;
CREATE TRIGGER tracing_request_history_changes AFTER INSERT OR UPDATE OR DELETE ON tracing_request_history
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'match_proposals', uid, 1 FROM match_proposals;
CREATE TRIGGER match_proposals_changes AFTER INSERT OR UPDATE OR DELETE ON match_proposals
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'family_links', uid, 1 FROM family_links;
CREATE TRIGGER family_links_changes AFTER INSERT OR UPDATE OR DELETE ON family_links
    FOR EACH ROW EXECUTE FUNCTION amparo_record_changed();
CREATE TRIGGER person_nationalities_changes AFTER INSERT OR UPDATE OR DELETE ON person_nationalities
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('persons', 'person_id');
CREATE TRIGGER person_other_names_changes AFTER INSERT OR UPDATE OR DELETE ON person_other_names
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('persons', 'person_id');
CREATE TRIGGER case_members_changes AFTER INSERT OR UPDATE OR DELETE ON case_members
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('cases', 'case_id');
CREATE TRIGGER case_consents_changes AFTER INSERT OR UPDATE OR DELETE ON case_consents
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('cases', 'case_id');
CREATE TRIGGER screening_indicators_changes AFTER INSERT OR UPDATE OR DELETE ON screening_indicators
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('screenings', 'screening_id');
CREATE TRIGGER screening_levels_changes AFTER INSERT OR UPDATE OR DELETE ON screening_levels
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('screenings', 'screening_id');
CREATE TRIGGER screening_suggestions_changes AFTER INSERT OR UPDATE OR DELETE ON screening_suggestions
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('screenings', 'screening_id');
CREATE TRIGGER procedure_persons_changes AFTER INSERT OR UPDATE OR DELETE ON procedure_persons
    FOR EACH ROW EXECUTE FUNCTION amparo_part_changed('procedures', 'procedure_id');
