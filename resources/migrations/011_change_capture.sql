-- Amparo schema version 11: every change to a record that travels (issue 20) is noted by the
-- database itself, in the same transaction as the change, whatever program or connection
-- makes it: the record's type and global identifier, a number that grows with every change,
-- and whether it was removed. A change to a part of a record (a person's nationalities, a
-- case's members, a screening's answers, a procedure's persons) is a change to the record.
-- One row per record: a package takes every record changed after the number it last sent.
-- What existed before is all unsent (number 1).
CREATE TABLE sync_changes (
    record_type TEXT NOT NULL,
    uid TEXT NOT NULL,
    seq INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (record_type, uid)
) WITHOUT ROWID;
CREATE INDEX sync_changes_seq ON sync_changes (seq);
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'sites', uid, 1 FROM sites;
CREATE TRIGGER sites_added AFTER INSERT ON sites WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('sites', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER sites_changed AFTER UPDATE ON sites
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('sites', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER sites_removed AFTER DELETE ON sites
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('sites', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'users', uid, 1 FROM users;
CREATE TRIGGER users_added AFTER INSERT ON users WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('users', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER users_changed AFTER UPDATE ON users
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('users', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER users_removed AFTER DELETE ON users
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('users', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'persons', uid, 1 FROM persons;
CREATE TRIGGER persons_added AFTER INSERT ON persons WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('persons', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER persons_changed AFTER UPDATE ON persons
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('persons', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER persons_removed AFTER DELETE ON persons
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('persons', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'cases', uid, 1 FROM cases;
CREATE TRIGGER cases_added AFTER INSERT ON cases WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('cases', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER cases_changed AFTER UPDATE ON cases
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('cases', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER cases_removed AFTER DELETE ON cases
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('cases', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'person_documents', uid, 1 FROM person_documents;
CREATE TRIGGER person_documents_added AFTER INSERT ON person_documents WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('person_documents', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_documents_changed AFTER UPDATE ON person_documents
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('person_documents', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_documents_removed AFTER DELETE ON person_documents
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('person_documents', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'person_specific_needs', uid, 1 FROM person_specific_needs;
CREATE TRIGGER person_specific_needs_added AFTER INSERT ON person_specific_needs WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('person_specific_needs', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_specific_needs_changed AFTER UPDATE ON person_specific_needs
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('person_specific_needs', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_specific_needs_removed AFTER DELETE ON person_specific_needs
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('person_specific_needs', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'case_notes', uid, 1 FROM case_notes;
CREATE TRIGGER case_notes_added AFTER INSERT ON case_notes WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('case_notes', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_notes_changed AFTER UPDATE ON case_notes
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('case_notes', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_notes_removed AFTER DELETE ON case_notes
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('case_notes', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'conflict_checks', uid, 1 FROM conflict_checks;
CREATE TRIGGER conflict_checks_added AFTER INSERT ON conflict_checks WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('conflict_checks', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER conflict_checks_changed AFTER UPDATE ON conflict_checks
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('conflict_checks', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER conflict_checks_removed AFTER DELETE ON conflict_checks
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('conflict_checks', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'opposing_parties', uid, 1 FROM opposing_parties;
CREATE TRIGGER opposing_parties_added AFTER INSERT ON opposing_parties WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('opposing_parties', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER opposing_parties_changed AFTER UPDATE ON opposing_parties
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('opposing_parties', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER opposing_parties_removed AFTER DELETE ON opposing_parties
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('opposing_parties', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'screenings', uid, 1 FROM screenings;
CREATE TRIGGER screenings_added AFTER INSERT ON screenings WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('screenings', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screenings_changed AFTER UPDATE ON screenings
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('screenings', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screenings_removed AFTER DELETE ON screenings
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('screenings', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'screening_actions', uid, 1 FROM screening_actions;
CREATE TRIGGER screening_actions_added AFTER INSERT ON screening_actions WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('screening_actions', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_actions_changed AFTER UPDATE ON screening_actions
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('screening_actions', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_actions_removed AFTER DELETE ON screening_actions
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('screening_actions', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'procedures', uid, 1 FROM procedures;
CREATE TRIGGER procedures_added AFTER INSERT ON procedures WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('procedures', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER procedures_changed AFTER UPDATE ON procedures
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('procedures', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER procedures_removed AFTER DELETE ON procedures
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('procedures', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'procedure_events', uid, 1 FROM procedure_events;
CREATE TRIGGER procedure_events_added AFTER INSERT ON procedure_events WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('procedure_events', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER procedure_events_changed AFTER UPDATE ON procedure_events
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('procedure_events', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER procedure_events_removed AFTER DELETE ON procedure_events
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('procedure_events', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'deadlines', uid, 1 FROM deadlines;
CREATE TRIGGER deadlines_added AFTER INSERT ON deadlines WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('deadlines', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER deadlines_changed AFTER UPDATE ON deadlines
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('deadlines', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER deadlines_removed AFTER DELETE ON deadlines
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('deadlines', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'tracing_requests', uid, 1 FROM tracing_requests;
CREATE TRIGGER tracing_requests_added AFTER INSERT ON tracing_requests WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('tracing_requests', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER tracing_requests_changed AFTER UPDATE ON tracing_requests
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('tracing_requests', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER tracing_requests_removed AFTER DELETE ON tracing_requests
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('tracing_requests', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'tracing_request_history', uid, 1 FROM tracing_request_history;
CREATE TRIGGER tracing_request_history_added AFTER INSERT ON tracing_request_history WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('tracing_request_history', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER tracing_request_history_changed AFTER UPDATE ON tracing_request_history
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('tracing_request_history', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER tracing_request_history_removed AFTER DELETE ON tracing_request_history
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('tracing_request_history', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'match_proposals', uid, 1 FROM match_proposals;
CREATE TRIGGER match_proposals_added AFTER INSERT ON match_proposals WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('match_proposals', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER match_proposals_changed AFTER UPDATE ON match_proposals
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('match_proposals', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER match_proposals_removed AFTER DELETE ON match_proposals
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('match_proposals', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
INSERT INTO sync_changes (record_type, uid, seq) SELECT 'family_links', uid, 1 FROM family_links;
CREATE TRIGGER family_links_added AFTER INSERT ON family_links WHEN NEW.uid IS NOT NULL
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('family_links', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER family_links_changed AFTER UPDATE ON family_links
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('family_links', NEW.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER family_links_removed AFTER DELETE ON family_links
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    VALUES ('family_links', OLD.uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 1) ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_nationalities_added AFTER INSERT ON person_nationalities
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = NEW.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_nationalities_changed AFTER UPDATE ON person_nationalities
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = OLD.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = NEW.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_nationalities_removed AFTER DELETE ON person_nationalities
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = OLD.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_other_names_added AFTER INSERT ON person_other_names
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = NEW.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_other_names_changed AFTER UPDATE ON person_other_names
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = OLD.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = NEW.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER person_other_names_removed AFTER DELETE ON person_other_names
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'persons', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM persons WHERE id = OLD.person_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_members_added AFTER INSERT ON case_members
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = NEW.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_members_changed AFTER UPDATE ON case_members
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = OLD.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = NEW.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_members_removed AFTER DELETE ON case_members
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = OLD.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_consents_added AFTER INSERT ON case_consents
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = NEW.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_consents_changed AFTER UPDATE ON case_consents
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = OLD.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = NEW.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER case_consents_removed AFTER DELETE ON case_consents
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'cases', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM cases WHERE id = OLD.case_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_indicators_added AFTER INSERT ON screening_indicators
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = NEW.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_indicators_changed AFTER UPDATE ON screening_indicators
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = OLD.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = NEW.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_indicators_removed AFTER DELETE ON screening_indicators
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = OLD.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_levels_added AFTER INSERT ON screening_levels
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = NEW.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_levels_changed AFTER UPDATE ON screening_levels
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = OLD.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = NEW.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_levels_removed AFTER DELETE ON screening_levels
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = OLD.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_suggestions_added AFTER INSERT ON screening_suggestions
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = NEW.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_suggestions_changed AFTER UPDATE ON screening_suggestions
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = OLD.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = NEW.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER screening_suggestions_removed AFTER DELETE ON screening_suggestions
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'screenings', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM screenings WHERE id = OLD.screening_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER procedure_persons_added AFTER INSERT ON procedure_persons
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'procedures', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM procedures WHERE id = NEW.procedure_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER procedure_persons_changed AFTER UPDATE ON procedure_persons
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'procedures', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM procedures WHERE id = OLD.procedure_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'procedures', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM procedures WHERE id = NEW.procedure_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
CREATE TRIGGER procedure_persons_removed AFTER DELETE ON procedure_persons
BEGIN
    INSERT INTO sync_changes (record_type, uid, seq, deleted)
    SELECT 'procedures', uid, (SELECT coalesce(max(seq), 0) + 1 FROM sync_changes), 0 FROM procedures WHERE id = OLD.procedure_id ON CONFLICT (record_type, uid) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted;
END;
