-- Amparo schema version 20 on PostgreSQL (see ../020_hrit_v2.sql): the HRIT's five categories,
-- its overall rating and opening checklist, referral areas by priority, follow-up deadlines.
ALTER TABLE screenings ADD COLUMN overall_level INTEGER NOT NULL DEFAULT 0
    CHECK (overall_level BETWEEN 0 AND 3);

CREATE TABLE screening_checklist (
    screening_id BIGINT NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
    item_code TEXT NOT NULL,
    PRIMARY KEY (screening_id, item_code)
);

CREATE TABLE screening_levels_replaced (
    screening_id BIGINT NOT NULL REFERENCES screenings (id) ON DELETE CASCADE,
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
    SET indicator_code = 'health_disability.' || split_part(indicator_code, '.', 2)
    WHERE indicator_code LIKE 'disabilities.%' OR indicator_code LIKE 'medical.%';
UPDATE screening_suggestions
    SET indicator_code = 'health_disability.' || split_part(indicator_code, '.', 2)
    WHERE indicator_code LIKE 'disabilities.%' OR indicator_code LIKE 'medical.%';

UPDATE screenings SET overall_level = coalesce(
    (SELECT max(level) FROM screening_levels l WHERE l.screening_id = screenings.id), 0);

INSERT INTO case_risk_categories (case_id, category_code, level)
    SELECT case_id, 'health_disability', max(level) FROM case_risk_categories
    WHERE category_code IN ('disabilities', 'medical') GROUP BY case_id;
DELETE FROM case_risk_categories WHERE category_code IN ('disabilities', 'medical');
UPDATE case_risk SET high_categories = coalesce(
    (SELECT string_agg(category_code, ',' ORDER BY category_code) FROM case_risk_categories c
     WHERE c.case_id = case_risk.case_id AND c.level = 3), '')
    WHERE high_categories LIKE '%disabilities%' OR high_categories LIKE '%medical%';

ALTER TABLE deadlines ADD COLUMN screening_id BIGINT REFERENCES screenings (id) ON DELETE CASCADE;
ALTER TABLE deadlines ADD COLUMN notice_on TEXT;
CREATE INDEX deadlines_screening ON deadlines (screening_id);

CREATE TRIGGER screening_checklist_noted AFTER INSERT OR UPDATE OR DELETE ON screening_checklist
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('screenings', 'screening_id');
CREATE TRIGGER screening_levels_replaced_noted AFTER INSERT OR UPDATE OR DELETE ON screening_levels_replaced
    FOR EACH ROW EXECUTE FUNCTION amparo_part_noted('screenings', 'screening_id');
