-- Amparo schema version 26: the rights of the people registered over their data (issue 23).
--   data_requests  the register of requests a person makes about their data (to see it, to
--                  correct it, to erase it, to withdraw a consent): when received, how their
--                  identity was checked, what they asked, what was decided, by whom, when.
--                  The person is named by their case's number and global uid, never by name.
--   erasures       every person erased, by global uid only (nothing that identifies them
--                  once the uid resolves to nothing), with the ground: a restore of an older
--                  backup erases them again.
-- The audit trail stays append-only, except that an erasure may replace an entry's details
-- (and its label, when it names the person) with a marker naming the erasure; the entry's
-- other columns and its place in the chain stay, and the erasure's own entry, later in the
-- chain, holds the digest of each entry it emptied (AuditVerifier).
CREATE TABLE data_requests (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('access', 'correction', 'erasure', 'consent_withdrawal')),
    case_number TEXT NOT NULL DEFAULT '',
    person_uid BLOB,
    received_on TEXT NOT NULL,
    identity_check TEXT NOT NULL DEFAULT '',
    request TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT 'open'
        CHECK (decision IN ('open', 'granted', 'partly_granted', 'refused')),
    ground TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX data_requests_received ON data_requests (received_on, id);

-- Retention (issue 23): how long a closed case is kept, set by the organisation (no default:
-- until one is set, Amparo recommends setting it), and what was decided for a case past it:
-- renewed until a date with a reason, or anonymized (the statistics' skeleton kept). An
-- erased case leaves nothing here. Each database decides for the cases it keeps.
--   cases.closed_on  the day the case was last closed (cases closed before this version: the
--                    day of their last change).
ALTER TABLE cases ADD COLUMN closed_on TEXT;
UPDATE cases SET closed_on = substr(updated_at, 1, 10) WHERE status = 'closed';
CREATE TABLE retention_rules (
    record_kind TEXT PRIMARY KEY CHECK (record_kind IN ('closed_case')),
    months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 1200),
    set_by TEXT NOT NULL,
    set_at TEXT NOT NULL
);
CREATE TABLE retention_reviews (
    case_id INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('renewed', 'anonymized')),
    renewed_until TEXT,
    reason TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL
);

CREATE TABLE erasures (
    id INTEGER PRIMARY KEY,
    person_uid BLOB NOT NULL UNIQUE,
    erased_at TEXT NOT NULL,
    ground TEXT NOT NULL CHECK (ground IN ('no_longer_necessary', 'consent_withdrawn',
                                           'objection_upheld', 'unlawful_processing')),
    decided_by TEXT NOT NULL
);

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id
    OR NEW.username IS NOT OLD.username OR NEW.action IS NOT OLD.action
    OR NEW.record_type IS NOT OLD.record_type OR NEW.record_id IS NOT OLD.record_id
    OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
    OR NEW.details NOT LIKE '{"erased":%'
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
DROP TRIGGER site_audit_log_no_update;
CREATE TRIGGER site_audit_log_no_update BEFORE UPDATE ON site_audit_log
WHEN NEW.site_code IS NOT OLD.site_code OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
    OR NEW.user_id IS NOT OLD.user_id OR NEW.username IS NOT OLD.username
    OR NEW.action IS NOT OLD.action OR NEW.record_type IS NOT OLD.record_type
    OR NEW.record_id IS NOT OLD.record_id OR NEW.prev_hash IS NOT OLD.prev_hash
    OR NEW.hash IS NOT OLD.hash OR NEW.details NOT LIKE '{"erased":%'
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
