-- Amparo schema version 17 on PostgreSQL (see ../017_office_server.sql): the office's
-- mailbox. Each registered post signs in with its own account ("amparo_post_pas" for the post
-- PAS of the database amparo, a member of the database's mailbox group) that can do nothing
-- but call the three functions below: leave a package for the office, read the packages
-- waiting for it, and remove one it has applied. Packages are signed and encrypted end to
-- end (PackageEnvelope): the server and whoever reads its tables learn only who sent how much
-- to whom, and when.
CREATE TABLE sync_office_server (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    location TEXT NOT NULL,
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
);
CREATE TABLE sync_mailbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sender TEXT NOT NULL,
    receiver TEXT NOT NULL,
    package bytea NOT NULL,
    left_at TEXT NOT NULL
);
CREATE INDEX sync_mailbox_by_receiver ON sync_mailbox (receiver, id);
-- The registered post whose mailbox account this session signed in with, or NULL.
CREATE FUNCTION amparo_mailbox_site() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
SELECT s.site_code FROM sync_sites s
WHERE s.role = 'post' AND current_database() || '_post_' || lower(s.site_code) = session_user $$;
-- A package holds everything the ones before it held that the office had not confirmed, so
-- a new one replaces those still waiting: a post offline for weeks leaves one package, not
-- hundreds.
CREATE FUNCTION amparo_mailbox_put(package bytea) RETURNS BIGINT LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
DECLARE
    post TEXT := amparo_mailbox_site();
    office TEXT;
    left_id BIGINT;
BEGIN
    SELECT site_code INTO office FROM sync_identity WHERE role = 'office';
    IF post IS NULL OR office IS NULL THEN
        RAISE EXCEPTION 'this account is no registered field post''s mailbox'
            USING ERRCODE = '42501';
    END IF;
    DELETE FROM sync_mailbox WHERE sender = post AND receiver = office;
    INSERT INTO sync_mailbox (sender, receiver, package, left_at)
        VALUES (post, office, package,
                to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
        RETURNING id INTO left_id;
    RETURN left_id;
END $$;
CREATE FUNCTION amparo_mailbox_waiting() RETURNS TABLE (id BIGINT, package bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
SELECT m.id, m.package FROM sync_mailbox m WHERE m.receiver = amparo_mailbox_site()
ORDER BY m.id $$;
CREATE FUNCTION amparo_mailbox_collected(taken BIGINT) RETURNS INTEGER LANGUAGE sql
SECURITY DEFINER SET search_path = public AS $$
WITH gone AS (DELETE FROM sync_mailbox WHERE id = taken AND receiver = amparo_mailbox_site()
              RETURNING 1)
SELECT count(*)::INTEGER FROM gone $$;
REVOKE ALL ON FUNCTION amparo_mailbox_site() FROM PUBLIC;
REVOKE ALL ON FUNCTION amparo_mailbox_put(bytea) FROM PUBLIC;
REVOKE ALL ON FUNCTION amparo_mailbox_waiting() FROM PUBLIC;
REVOKE ALL ON FUNCTION amparo_mailbox_collected(BIGINT) FROM PUBLIC;
