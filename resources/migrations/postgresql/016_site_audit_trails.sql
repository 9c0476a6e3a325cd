-- Amparo schema version 16 on PostgreSQL (see ../016_site_audit_trails.sql): each field
-- post's audit trail at its office.
CREATE TABLE site_audit_log (
    site_code TEXT NOT NULL,
    id BIGINT NOT NULL,
    at TEXT NOT NULL,
    user_id BIGINT NOT NULL,
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
    FOR EACH ROW EXECUTE FUNCTION audit_log_unchangeable();
CREATE TRIGGER site_audit_log_no_delete BEFORE DELETE ON site_audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_unchangeable();
ALTER TABLE sync_sent_packages ADD COLUMN audit_to BIGINT NOT NULL DEFAULT 0;
ALTER TABLE sync_sites ADD COLUMN audit_confirmed BIGINT NOT NULL DEFAULT 0;
