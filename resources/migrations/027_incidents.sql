-- Amparo schema version 27: documenting what happened (issue 26).
--   incidents               one thing that happened to a person of a case (or to the family),
--                           in the codes of the incident catalogue: what, by whom, where
--                           (country, department, kind of place — nothing finer), the month,
--                           whether and where it was reported and what the state did; to whom
--                           as age group, sex and the diversity the person chose to state. The
--                           narrative is free text that only legal staff and administrators read.
--   monitoring_rounds       a round of protection monitoring at a site, with its dates.
--   monitoring_interviews   one anonymous interview of a round: the adult interviewed consented,
--                           no name, contact or document, every answer a code.
--   interview_incidents     what the interviewee said happened to them or their household,
--                           in the same codes as incidents and without any narrative.
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    uid BLOB,
    origin TEXT NOT NULL DEFAULT '',
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    person_id INTEGER REFERENCES persons (id),
    incident_type TEXT NOT NULL,
    perpetrator TEXT NOT NULL,
    occurred_month TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL,
    age_group TEXT NOT NULL,
    sex TEXT NOT NULL,
    diversity TEXT NOT NULL DEFAULT '',
    reported TEXT NOT NULL CHECK (reported IN ('yes', 'no', 'not_said')),
    institution TEXT NOT NULL DEFAULT '',
    state_response TEXT NOT NULL,
    narrative TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX incidents_uid ON incidents (uid);
CREATE INDEX incidents_case ON incidents (case_id);
CREATE INDEX incidents_person ON incidents (person_id);
CREATE TRIGGER incidents_new_uid AFTER INSERT ON incidents WHEN NEW.uid IS NULL
BEGIN
    UPDATE incidents SET uid = randomblob(16) WHERE id = NEW.id;
END;

CREATE TABLE monitoring_rounds (
    id INTEGER PRIMARY KEY,
    uid BLOB,
    origin TEXT NOT NULL DEFAULT '',
    site_id INTEGER NOT NULL REFERENCES sites (id),
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX monitoring_rounds_uid ON monitoring_rounds (uid);
CREATE TRIGGER monitoring_rounds_new_uid AFTER INSERT ON monitoring_rounds WHEN NEW.uid IS NULL
BEGIN
    UPDATE monitoring_rounds SET uid = randomblob(16) WHERE id = NEW.id;
END;

CREATE TABLE monitoring_interviews (
    id INTEGER PRIMARY KEY,
    uid BLOB,
    origin TEXT NOT NULL DEFAULT '',
    round_id INTEGER NOT NULL REFERENCES monitoring_rounds (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    consent INTEGER NOT NULL CHECK (consent = 1),
    age_group TEXT NOT NULL CHECK (age_group IN ('18-59', '60+')),
    sex TEXT NOT NULL,
    diversity TEXT NOT NULL DEFAULT '',
    household_size INTEGER NOT NULL CHECK (household_size BETWEEN 1 AND 30),
    legal_status TEXT NOT NULL,
    intention TEXT NOT NULL,
    return_risks TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX monitoring_interviews_uid ON monitoring_interviews (uid);
CREATE INDEX monitoring_interviews_round ON monitoring_interviews (round_id);
CREATE TRIGGER monitoring_interviews_new_uid AFTER INSERT ON monitoring_interviews
    WHEN NEW.uid IS NULL
BEGIN
    UPDATE monitoring_interviews SET uid = randomblob(16) WHERE id = NEW.id;
END;

CREATE TABLE interview_incidents (
    interview_id INTEGER NOT NULL REFERENCES monitoring_interviews (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    incident_type TEXT NOT NULL,
    perpetrator TEXT NOT NULL,
    occurred_month TEXT NOT NULL,
    country TEXT NOT NULL,
    admin1 TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL,
    age_group TEXT NOT NULL,
    sex TEXT NOT NULL,
    diversity TEXT NOT NULL DEFAULT '',
    reported TEXT NOT NULL CHECK (reported IN ('yes', 'no', 'not_said')),
    institution TEXT NOT NULL DEFAULT '',
    state_response TEXT NOT NULL,
    PRIMARY KEY (interview_id, position)
);

CREATE TRIGGER incidents_noted_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('incidents', NEW.id);
END;
CREATE TRIGGER incidents_noted_update AFTER UPDATE ON incidents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('incidents', NEW.id);
END;
CREATE TRIGGER incidents_noted_delete AFTER DELETE ON incidents
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('incidents', OLD.id, OLD.uid);
END;
CREATE TRIGGER monitoring_rounds_noted_insert AFTER INSERT ON monitoring_rounds
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('monitoring_rounds', NEW.id);
END;
CREATE TRIGGER monitoring_rounds_noted_update AFTER UPDATE ON monitoring_rounds
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('monitoring_rounds', NEW.id);
END;
CREATE TRIGGER monitoring_rounds_noted_delete AFTER DELETE ON monitoring_rounds
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid)
        VALUES ('monitoring_rounds', OLD.id, OLD.uid);
END;
CREATE TRIGGER monitoring_interviews_noted_insert AFTER INSERT ON monitoring_interviews
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('monitoring_interviews', NEW.id);
END;
CREATE TRIGGER monitoring_interviews_noted_update AFTER UPDATE ON monitoring_interviews
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('monitoring_interviews', NEW.id);
END;
CREATE TRIGGER monitoring_interviews_noted_delete AFTER DELETE ON monitoring_interviews
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid)
        VALUES ('monitoring_interviews', OLD.id, OLD.uid);
END;
CREATE TRIGGER interview_incidents_noted_insert AFTER INSERT ON interview_incidents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('monitoring_interviews', NEW.interview_id);
END;
CREATE TRIGGER interview_incidents_noted_update AFTER UPDATE ON interview_incidents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('monitoring_interviews', NEW.interview_id);
END;
CREATE TRIGGER interview_incidents_noted_delete AFTER DELETE ON interview_incidents
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('monitoring_interviews', OLD.interview_id);
END;
