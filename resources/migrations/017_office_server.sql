-- Amparo schema version 17: a field post's way to its office's server (issue 20). A post that
-- can reach the server leaves its package there and collects the office's answer, instead of
-- carrying a file; it signs in with its own mailbox account, whose password both sides derive
-- from the key they share (SiteKeys), so nothing secret is stored here. Only the server's
-- location is kept, set by an administrator. The mailbox itself lives on the office's server
-- (postgresql/017_office_server.sql); a file keeps the same table, empty, so that the two
-- schemas stay one.
CREATE TABLE sync_office_server (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    location TEXT NOT NULL,
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
);
CREATE TABLE sync_mailbox (
    id INTEGER PRIMARY KEY,
    sender TEXT NOT NULL,
    receiver TEXT NOT NULL,
    package BLOB NOT NULL,
    left_at TEXT NOT NULL
);
CREATE INDEX sync_mailbox_by_receiver ON sync_mailbox (receiver, id);
