-- Amparo schema version 11 on PostgreSQL (see ../011_change_journal.sql): the database notes
-- every change to a record that travels itself. Concurrent transactions commit in any order,
-- so a note carries its transaction's id instead of a growing number: the package writer
-- takes the notes of transactions older than any still running (pg_snapshot_xmin). No
-- sequence either: one used in a trigger would become what lastval() returns for the row
-- just inserted. The functions run as the owner: no application role writes notes itself.
CREATE TABLE sync_journal (
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    kind TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    gone_uid bytea
);
CREATE INDEX sync_journal_xid ON sync_journal (xid);
CREATE FUNCTION amparo_record_noted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES (TG_TABLE_NAME, OLD.id, OLD.uid);
    ELSE
        INSERT INTO sync_journal (kind, record_id) VALUES (TG_TABLE_NAME, NEW.id);
    END IF;
    RETURN NULL;
END
$$;
-- TG_ARGV: the record's table, then the column of this part that holds the record's id.
CREATE FUNCTION amparo_part_noted() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO sync_journal (kind, record_id)
        VALUES (TG_ARGV[0], (to_jsonb(NEW) ->> TG_ARGV[1])::BIGINT);
    END IF;
    IF TG_OP = 'DELETE' OR (to_jsonb(OLD) ->> TG_ARGV[1]) <> (to_jsonb(NEW) ->> TG_ARGV[1]) THEN
        INSERT INTO sync_journal (kind, record_id)
        VALUES (TG_ARGV[0], (to_jsonb(OLD) ->> TG_ARGV[1])::BIGINT);
    END IF;
    RETURN NULL;
END
$$;
INSERT INTO sync_journal (kind, record_id) SELECT 'sites', id FROM sites;
CREATE TRIGGER sites_noted AFTER INSERT OR UPDATE OR DELETE ON sites
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'users', id FROM users;
CREATE TRIGGER users_noted AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'persons', id FROM persons;
CREATE TRIGGER persons_noted AFTER INSERT OR UPDATE OR DELETE ON persons
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'cases', id FROM cases;
CREATE TRIGGER cases_noted AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'person_documents', id FROM person_documents;
CREATE TRIGGER person_documents_noted AFTER INSERT OR UPDATE OR DELETE ON person_documents
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'person_specific_needs', id FROM person_specific_needs;
CREATE TRIGGER person_specific_needs_noted AFTER INSERT OR UPDATE OR DELETE ON person_specific_needs
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'case_notes', id FROM case_notes;
CREATE TRIGGER case_notes_noted AFTER INSERT OR UPDATE OR DELETE ON case_notes
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'conflict_checks', id FROM conflict_checks;
CREATE TRIGGER conflict_checks_noted AFTER INSERT OR UPDATE OR DELETE ON conflict_checks
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'opposing_parties', id FROM opposing_parties;
CREATE TRIGGER opposing_parties_noted AFTER INSERT OR UPDATE OR DELETE ON opposing_parties
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'screenings', id FROM screenings;
CREATE TRIGGER screenings_noted AFTER INSERT OR UPDATE OR DELETE ON screenings
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'screening_actions', id FROM screening_actions;
CREATE TRIGGER screening_actions_noted AFTER INSERT OR UPDATE OR DELETE ON screening_actions
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'procedures', id FROM procedures;
CREATE TRIGGER procedures_noted AFTER INSERT OR UPDATE OR DELETE ON procedures
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'procedure_events', id FROM procedure_events;
CREATE TRIGGER procedure_events_noted AFTER INSERT OR UPDATE OR DELETE ON procedure_events
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'deadlines', id FROM deadlines;
CREATE TRIGGER deadlines_noted AFTER INSERT OR UPDATE OR DELETE ON deadlines
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'tracing_requests', id FROM tracing_requests;
CREATE TRIGGER tracing_requests_noted AFTER INSERT OR UPDATE OR DELETE ON tracing_requests
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'tracing_request_history', id FROM tracing_request_history;
CREATE TRIGGER tracing_request_history_noted AFTER INSERT OR UPDATE OR DELETE ON tracing_request_history
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'match_proposals', id FROM match_proposals;
CREATE TRIGGER match_proposals_noted AFTER INSERT OR UPDATE OR DELETE ON match_proposals
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
INSERT INTO sync_journal (kind, record_id) SELECT 'family_links', id FROM family_links;
CREATE TRIGGER family_links_noted AFTER INSERT OR UPDATE OR DELETE ON family_links
    FOR EACH ROW EXECUTE FUNCTION amparo_record_noted();
CREATE TRIGGER person_nationalities_noted AFTER INSERT OR UPDATE OR DELETE ON person_nationalities
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('persons', 'person_id');
CREATE TRIGGER person_other_names_noted AFTER INSERT OR UPDATE OR DELETE ON person_other_names
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('persons', 'person_id');
CREATE TRIGGER case_members_noted AFTER INSERT OR UPDATE OR DELETE ON case_members
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('cases', 'case_id');
CREATE TRIGGER case_consents_noted AFTER INSERT OR UPDATE OR DELETE ON case_consents
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('cases', 'case_id');
CREATE TRIGGER screening_indicators_noted AFTER INSERT OR UPDATE OR DELETE ON screening_indicators
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('screenings', 'screening_id');
CREATE TRIGGER screening_levels_noted AFTER INSERT OR UPDATE OR DELETE ON screening_levels
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('screenings', 'screening_id');
CREATE TRIGGER screening_suggestions_noted AFTER INSERT OR UPDATE OR DELETE ON screening_suggestions
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('screenings', 'screening_id');
CREATE TRIGGER procedure_persons_noted AFTER INSERT OR UPDATE OR DELETE ON procedure_persons
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('procedures', 'procedure_id');
