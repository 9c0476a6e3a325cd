-- Amparo schema version 23: a case's plan (issue 22).
--   case_goals       what the work with the family aims at; open until achieved or dropped
--                    (status_on: when it was).
--   case_plan_steps  the steps towards them, each with who is responsible and by when: an
--                    action (kind 'action') or a follow-up with the family (kind 'follow_up',
--                    `method`: home visit, at the office, phone call, message). Planned or
--                    under way until done (done_on, what came of it in `outcome`) or cancelled
--                    (why, in `outcome`). A case's next step is an open one; an open one past
--                    its date is overdue.
CREATE TABLE case_goals (
    id INTEGER PRIMARY KEY,
    uid BLOB,
    origin TEXT NOT NULL DEFAULT '',
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
    status_on TEXT,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX case_goals_uid ON case_goals (uid);
CREATE INDEX case_goals_case ON case_goals (case_id);
CREATE TRIGGER case_goals_new_uid AFTER INSERT ON case_goals WHEN NEW.uid IS NULL
BEGIN
    UPDATE case_goals SET uid = randomblob(16) WHERE id = NEW.id;
END;

CREATE TABLE case_plan_steps (
    id INTEGER PRIMARY KEY,
    uid BLOB,
    origin TEXT NOT NULL DEFAULT '',
    case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    goal_id INTEGER REFERENCES case_goals (id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('action', 'follow_up')),
    method TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    responsible TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'under_way', 'done', 'cancelled')),
    done_on TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX case_plan_steps_uid ON case_plan_steps (uid);
CREATE INDEX case_plan_steps_case ON case_plan_steps (case_id, status);
CREATE INDEX case_plan_steps_due ON case_plan_steps (status, due_on);
CREATE TRIGGER case_plan_steps_new_uid AFTER INSERT ON case_plan_steps WHEN NEW.uid IS NULL
BEGIN
    UPDATE case_plan_steps SET uid = randomblob(16) WHERE id = NEW.id;
END;

CREATE TRIGGER case_goals_noted_insert AFTER INSERT ON case_goals
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('case_goals', NEW.id);
END;
CREATE TRIGGER case_goals_noted_update AFTER UPDATE ON case_goals
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('case_goals', NEW.id);
END;
CREATE TRIGGER case_goals_noted_delete AFTER DELETE ON case_goals
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid) VALUES ('case_goals', OLD.id, OLD.uid);
END;
CREATE TRIGGER case_plan_steps_noted_insert AFTER INSERT ON case_plan_steps
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('case_plan_steps', NEW.id);
END;
CREATE TRIGGER case_plan_steps_noted_update AFTER UPDATE ON case_plan_steps
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('case_plan_steps', NEW.id);
END;
CREATE TRIGGER case_plan_steps_noted_delete AFTER DELETE ON case_plan_steps
BEGIN
    INSERT INTO sync_journal (kind, record_id, gone_uid)
        VALUES ('case_plan_steps', OLD.id, OLD.uid);
END;
