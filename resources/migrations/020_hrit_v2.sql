-- Amparo schema version 20: the HRIT as UNHCR wrote it (2nd edition, issue 22).
--   * Its five risk categories: "Salud y discapacidad" is one category where Amparo had two
--     (disabilities, medical). Their indicators keep their names under the new category; the
--     level of the new category is the higher of the two; the two levels themselves are kept
--     in screening_levels_replaced, so that nothing an assessor recorded is lost.
--   * The tool ends with an overall rating (0: none given), and starts from a checklist.
--   * Recommended actions are the tool's "referral areas by priority": 1 first.
--   * A high or medium overall rating sets a follow-up deadline, noticed from notice_on.
ALTER TABLE screenings ADD COLUMN overall_level INTEGER NOT NULL DEFAULT 0
    CHECK (overall_level BETWEEN 0 AND 3);

CREATE TABLE screening_checklist (
    screening_id INTEGER NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    item_code TEXT NOT NULL,
    PRIMARY KEY (screening_id, item_code)
);

CREATE TABLE screening_levels_replaced (
    screening_id INTEGER NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    category_code TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
    PRIMARY KEY (screening_id, category_code)
);

ALTER TABLE screening_actions ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
UPDATE screening_actions SET priority = (
    SELECT count(*) FROM screening_actions o
    WHERE o.screening_id = screening_actions.screening_id AND o.id <= screening_actions.id);

INSERT INTO screening_levels_replaced (screening_id, category_code, level)
    SELECT screening_id, category_code, level FROM screening_levels
    WHERE category_code IN ('disabilities', 'medical');
INSERT INTO screening_levels (screening_id, category_code, level)
    SELECT screening_id, 'health_disability', max(level) FROM screening_levels
    WHERE category_code IN ('disabilities', 'medical') GROUP BY screening_id;
DELETE FROM screening_levels WHERE category_code IN ('disabilities', 'medical');

UPDATE screening_indicators
    SET indicator_code = 'health_disability.' || substr(indicator_code, instr(indicator_code, '.') + 1)
    WHERE indicator_code LIKE 'disabilities.%' OR indicator_code LIKE 'medical.%';
UPDATE screening_suggestions
    SET indicator_code = 'health_disability.' || substr(indicator_code, instr(indicator_code, '.') + 1)
    WHERE indicator_code LIKE 'disabilities.%' OR indicator_code LIKE 'medical.%';

-- Until now the highest category level was what counted for a person.
UPDATE screenings SET overall_level = coalesce(
    (SELECT max(level) FROM screening_levels l WHERE l.screening_id = screenings.id), 0);

INSERT INTO case_risk_categories (case_id, category_code, level)
    SELECT case_id, 'health_disability', max(level) FROM case_risk_categories
    WHERE category_code IN ('disabilities', 'medical') GROUP BY case_id;
DELETE FROM case_risk_categories WHERE category_code IN ('disabilities', 'medical');
UPDATE case_risk SET high_categories = (
    SELECT coalesce(group_concat(category_code, ','), '') FROM (
        SELECT category_code FROM case_risk_categories c
        WHERE c.case_id = case_risk.case_id AND c.level = 3 ORDER BY category_code))
    WHERE high_categories LIKE '%disabilities%' OR high_categories LIKE '%medical%';

ALTER TABLE deadlines ADD COLUMN screening_id INTEGER REFERENCES screenings (id) ON DELETE CASCADE;
ALTER TABLE deadlines ADD COLUMN notice_on TEXT;
CREATE INDEX deadlines_screening ON deadlines (screening_id);

CREATE TRIGGER screening_checklist_noted_insert AFTER INSERT ON screening_checklist
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
END;
CREATE TRIGGER screening_checklist_noted_update AFTER UPDATE ON screening_checklist
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'screenings', OLD.screening_id WHERE OLD.screening_id <> NEW.screening_id;
END;
CREATE TRIGGER screening_checklist_noted_delete AFTER DELETE ON screening_checklist
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', OLD.screening_id);
END;
CREATE TRIGGER screening_levels_replaced_noted_insert AFTER INSERT ON screening_levels_replaced
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
END;
CREATE TRIGGER screening_levels_replaced_noted_update AFTER UPDATE ON screening_levels_replaced
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', NEW.screening_id);
    INSERT INTO sync_journal (kind, record_id) SELECT 'screenings', OLD.screening_id WHERE OLD.screening_id <> NEW.screening_id;
END;
CREATE TRIGGER screening_levels_replaced_noted_delete AFTER DELETE ON screening_levels_replaced
BEGIN
    INSERT INTO sync_journal (kind, record_id) VALUES ('screenings', OLD.screening_id);
END;
