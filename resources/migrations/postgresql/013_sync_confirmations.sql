-- Amparo schema version 13 on PostgreSQL (see ../013_sync_confirmations.sql): packages
-- confirmed. Notes are written only by the database's own functions; forgetting the ones
-- every site has confirmed is one more, granted to administrators alone (ServerRoles).
CREATE TABLE sync_sent_packages (
    site_id BIGINT NOT NULL REFERENCES sync_sites (id),
    number BIGINT NOT NULL,
    mark BIGINT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (site_id, number)
);
CREATE FUNCTION amparo_forget_changes(confirmed BIGINT) RETURNS INTEGER LANGUAGE sql
SECURITY DEFINER SET search_path = public AS $$
WITH gone AS (DELETE FROM sync_journal WHERE xid < confirmed::text::xid8 RETURNING 1)
SELECT count(*)::INTEGER FROM gone $$;
REVOKE ALL ON FUNCTION amparo_forget_changes(BIGINT) FROM PUBLIC;
