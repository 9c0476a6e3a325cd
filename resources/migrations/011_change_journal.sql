-- Amparo schema version 11: the database notes every change to a record that travels
-- (issue 20) itself, in the change's own transaction, so every program and connection is
-- covered and no crash can come between a change and its note.
--   seq        grows with every note; a file has one writer at a time, so it is commit order.
--   kind       the record's table.
--   record_id  the record's local id; a change to one of its parts (a person's nationalities,
--              a case's members, a screening's indicators) is a change to the record.
--   gone_uid   the removed record's global identifier (the row itself is gone).
-- A note per change, appended, never updated: the cheapest write SQLite has. The package
-- writer reads the notes after its last mark and sends each record's current state once.
CREATE TABLE sync_journal (
    seq INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    gone_uid BLOB
);
INSERT INTO sync_journal (kind, record_id) SELECT 'sites', id FROM sites;
CREATE TRIGGER sites_noted_insert AFTER INSERT ON sites
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('sites', NEW.id);
END;
CREATE TRIGGER sites_noted_update AFTER UPDATE ON sites
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('sites', NEW.id);
END;
CREATE TRIGGER sites_noted_delete AFTER DELETE ON sites
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('sites', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'users', id FROM users;
CREATE TRIGGER users_noted_insert AFTER INSERT ON users
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('users', NEW.id);
END;
CREATE TRIGGER users_noted_update AFTER UPDATE ON users
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('users', NEW.id);
END;
CREATE TRIGGER users_noted_delete AFTER DELETE ON users
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('users', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'persons', id FROM persons;
CREATE TRIGGER persons_noted_insert AFTER INSERT ON persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', NEW.id);
END;
CREATE TRIGGER persons_noted_update AFTER UPDATE ON persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', NEW.id);
END;
CREATE TRIGGER persons_noted_delete AFTER DELETE ON persons
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('persons', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'cases', id FROM cases;
CREATE TRIGGER cases_noted_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.id);
END;
CREATE TRIGGER cases_noted_update AFTER UPDATE ON cases
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.id);
END;
CREATE TRIGGER cases_noted_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('cases', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'person_documents', id FROM person_documents;
CREATE TRIGGER person_documents_noted_insert AFTER INSERT ON person_documents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('person_documents', NEW.id);
END;
CREATE TRIGGER person_documents_noted_update AFTER UPDATE ON person_documents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('person_documents', NEW.id);
END;
CREATE TRIGGER person_documents_noted_delete AFTER DELETE ON person_documents
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('person_documents', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'person_specific_needs', id FROM person_specific_needs;
CREATE TRIGGER person_specific_needs_noted_insert AFTER INSERT ON person_specific_needs
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('person_specific_needs', NEW.id);
END;
CREATE TRIGGER person_specific_needs_noted_update AFTER UPDATE ON person_specific_needs
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('person_specific_needs', NEW.id);
END;
CREATE TRIGGER person_specific_needs_noted_delete AFTER DELETE ON person_specific_needs
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('person_specific_needs', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'case_notes', id FROM case_notes;
CREATE TRIGGER case_notes_noted_insert AFTER INSERT ON case_notes
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('case_notes', NEW.id);
END;
CREATE TRIGGER case_notes_noted_update AFTER UPDATE ON case_notes
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('case_notes', NEW.id);
END;
CREATE TRIGGER case_notes_noted_delete AFTER DELETE ON case_notes
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('case_notes', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'conflict_checks', id FROM conflict_checks;
CREATE TRIGGER conflict_checks_noted_insert AFTER INSERT ON conflict_checks
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('conflict_checks', NEW.id);
END;
CREATE TRIGGER conflict_checks_noted_update AFTER UPDATE ON conflict_checks
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('conflict_checks', NEW.id);
END;
CREATE TRIGGER conflict_checks_noted_delete AFTER DELETE ON conflict_checks
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('conflict_checks', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'opposing_parties', id FROM opposing_parties;
CREATE TRIGGER opposing_parties_noted_insert AFTER INSERT ON opposing_parties
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('opposing_parties', NEW.id);
END;
CREATE TRIGGER opposing_parties_noted_update AFTER UPDATE ON opposing_parties
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('opposing_parties', NEW.id);
END;
CREATE TRIGGER opposing_parties_noted_delete AFTER DELETE ON opposing_parties
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('opposing_parties', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'screenings', id FROM screenings;
CREATE TRIGGER screenings_noted_insert AFTER INSERT ON screenings
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.id);
END;
CREATE TRIGGER screenings_noted_update AFTER UPDATE ON screenings
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.id);
END;
CREATE TRIGGER screenings_noted_delete AFTER DELETE ON screenings
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('screenings', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'screening_actions', id FROM screening_actions;
CREATE TRIGGER screening_actions_noted_insert AFTER INSERT ON screening_actions
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screening_actions', NEW.id);
END;
CREATE TRIGGER screening_actions_noted_update AFTER UPDATE ON screening_actions
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screening_actions', NEW.id);
END;
CREATE TRIGGER screening_actions_noted_delete AFTER DELETE ON screening_actions
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('screening_actions', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'procedures', id FROM procedures;
CREATE TRIGGER procedures_noted_insert AFTER INSERT ON procedures
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('procedures', NEW.id);
END;
CREATE TRIGGER procedures_noted_update AFTER UPDATE ON procedures
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('procedures', NEW.id);
END;
CREATE TRIGGER procedures_noted_delete AFTER DELETE ON procedures
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('procedures', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'procedure_events', id FROM procedure_events;
CREATE TRIGGER procedure_events_noted_insert AFTER INSERT ON procedure_events
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('procedure_events', NEW.id);
END;
CREATE TRIGGER procedure_events_noted_update AFTER UPDATE ON procedure_events
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('procedure_events', NEW.id);
END;
CREATE TRIGGER procedure_events_noted_delete AFTER DELETE ON procedure_events
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('procedure_events', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'deadlines', id FROM deadlines;
CREATE TRIGGER deadlines_noted_insert AFTER INSERT ON deadlines
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('deadlines', NEW.id);
END;
CREATE TRIGGER deadlines_noted_update AFTER UPDATE ON deadlines
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('deadlines', NEW.id);
END;
CREATE TRIGGER deadlines_noted_delete AFTER DELETE ON deadlines
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('deadlines', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'tracing_requests', id FROM tracing_requests;
CREATE TRIGGER tracing_requests_noted_insert AFTER INSERT ON tracing_requests
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('tracing_requests', NEW.id);
END;
CREATE TRIGGER tracing_requests_noted_update AFTER UPDATE ON tracing_requests
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('tracing_requests', NEW.id);
END;
CREATE TRIGGER tracing_requests_noted_delete AFTER DELETE ON tracing_requests
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('tracing_requests', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'tracing_request_history', id FROM tracing_request_history;
CREATE TRIGGER tracing_request_history_noted_insert AFTER INSERT ON tracing_request_history
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('tracing_request_history', NEW.id);
END;
CREATE TRIGGER tracing_request_history_noted_update AFTER UPDATE ON tracing_request_history
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('tracing_request_history', NEW.id);
END;
CREATE TRIGGER tracing_request_history_noted_delete AFTER DELETE ON tracing_request_history
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('tracing_request_history', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'match_proposals', id FROM match_proposals;
CREATE TRIGGER match_proposals_noted_insert AFTER INSERT ON match_proposals
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('match_proposals', NEW.id);
END;
CREATE TRIGGER match_proposals_noted_update AFTER UPDATE ON match_proposals
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('match_proposals', NEW.id);
END;
CREATE TRIGGER match_proposals_noted_delete AFTER DELETE ON match_proposals
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('match_proposals', OLD.id, OLD.uid);
END;
INSERT INTO sync_journal (kind, record_id) SELECT 'family_links', id FROM family_links;
CREATE TRIGGER family_links_noted_insert AFTER INSERT ON family_links
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('family_links', NEW.id);
END;
CREATE TRIGGER family_links_noted_update AFTER UPDATE ON family_links
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('family_links', NEW.id);
END;
CREATE TRIGGER family_links_noted_delete AFTER DELETE ON family_links
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('family_links', OLD.id, OLD.uid);
END;
CREATE TRIGGER person_nationalities_noted_insert AFTER INSERT ON person_nationalities
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', NEW.person_id);
END;
CREATE TRIGGER person_nationalities_noted_update AFTER UPDATE ON person_nationalities
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', NEW.person_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'persons', OLD.person_id WHERE OLD.person_id <> NEW.person_id;
END;
CREATE TRIGGER person_nationalities_noted_delete AFTER DELETE ON person_nationalities
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', OLD.person_id);
END;
CREATE TRIGGER person_other_names_noted_insert AFTER INSERT ON person_other_names
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', NEW.person_id);
END;
CREATE TRIGGER person_other_names_noted_update AFTER UPDATE ON person_other_names
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', NEW.person_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'persons', OLD.person_id WHERE OLD.person_id <> NEW.person_id;
END;
CREATE TRIGGER person_other_names_noted_delete AFTER DELETE ON person_other_names
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('persons', OLD.person_id);
END;
CREATE TRIGGER case_members_noted_insert AFTER INSERT ON case_members
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.case_id);
END;
CREATE TRIGGER case_members_noted_update AFTER UPDATE ON case_members
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.case_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'cases', OLD.case_id WHERE OLD.case_id <> NEW.case_id;
END;
CREATE TRIGGER case_members_noted_delete AFTER DELETE ON case_members
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', OLD.case_id);
END;
CREATE TRIGGER case_consents_noted_insert AFTER INSERT ON case_consents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.case_id);
END;
CREATE TRIGGER case_consents_noted_update AFTER UPDATE ON case_consents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', NEW.case_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'cases', OLD.case_id WHERE OLD.case_id <> NEW.case_id;
END;
CREATE TRIGGER case_consents_noted_delete AFTER DELETE ON case_consents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('cases', OLD.case_id);
END;
CREATE TRIGGER screening_indicators_noted_insert AFTER INSERT ON screening_indicators
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
END;
CREATE TRIGGER screening_indicators_noted_update AFTER UPDATE ON screening_indicators
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'screenings', OLD.screening_id WHERE OLD.screening_id <> NEW.screening_id;
END;
CREATE TRIGGER screening_indicators_noted_delete AFTER DELETE ON screening_indicators
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', OLD.screening_id);
END;
CREATE TRIGGER screening_levels_noted_insert AFTER INSERT ON screening_levels
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
END;
CREATE TRIGGER screening_levels_noted_update AFTER UPDATE ON screening_levels
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'screenings', OLD.screening_id WHERE OLD.screening_id <> NEW.screening_id;
END;
CREATE TRIGGER screening_levels_noted_delete AFTER DELETE ON screening_levels
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', OLD.screening_id);
END;
CREATE TRIGGER screening_suggestions_noted_insert AFTER INSERT ON screening_suggestions
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
END;
CREATE TRIGGER screening_suggestions_noted_update AFTER UPDATE ON screening_suggestions
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'screenings', OLD.screening_id WHERE OLD.screening_id <> NEW.screening_id;
END;
CREATE TRIGGER screening_suggestions_noted_delete AFTER DELETE ON screening_suggestions
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', OLD.screening_id);
END;
CREATE TRIGGER procedure_persons_noted_insert AFTER INSERT ON procedure_persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('procedures', NEW.procedure_id);
END;
CREATE TRIGGER procedure_persons_noted_update AFTER UPDATE ON procedure_persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('procedures', NEW.procedure_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'procedures', OLD.procedure_id WHERE OLD.procedure_id <> NEW.procedure_id;
END;
CREATE TRIGGER procedure_persons_noted_delete AFTER DELETE ON procedure_persons
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('procedures', OLD.procedure_id);
END;
