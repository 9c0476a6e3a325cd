-- Amparo schema version 16: each field post's audit trail at its office (issue 20). A post's
-- packages carry its audit entries after the last one the office confirmed; the office keeps
-- them here as they were written, hash chain included, and checks that each continues the
-- last one it has (AuditVerifier checks a site's trail whole). Nobody changes or removes them.
CREATE TABLE site_audit_log (
    site_code TEXT NOT NULL,
    id INTEGER NOT NULL,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    record_label TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (site_code, id)
);
CREATE TRIGGER site_audit_log_no_update BEFORE UPDATE ON site_audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
CREATE TRIGGER site_audit_log_no_delete BEFORE DELETE ON site_audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
-- The last audit entry each package carried, and the last one the receiver confirmed.
ALTER TABLE sync_sent_packages ADD COLUMN audit_to INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_sites ADD COLUMN audit_confirmed INTEGER NOT NULL DEFAULT 0;
