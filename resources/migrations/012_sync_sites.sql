-- Amparo schema version 12: the sites that exchange packages (issue 20).
-- This database's own identity: its site code, whether it is the office or a field post, and
-- the secret its keys come from (SiteKeys). In an encrypted database the secret is encrypted
-- like every other value; a plaintext database keeps it readable to whoever has the file.
CREATE TABLE sync_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    site_code TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('office', 'post')),
    secret BLOB NOT NULL,
    created_at TEXT NOT NULL
);
-- The sites this one exchanges packages with (a post's office; an office's posts), from the
-- cards an administrator registered: their public keys and where each series stands.
--   received_number  the last package applied from that site (packages apply in order)
--   sent_number      the last package made for it
--   sent_mark        the change journal's mark the receiver confirmed having: packages hold
--                    every change after it (0 until confirmations travel back)
CREATE TABLE sync_sites (
    id INTEGER PRIMARY KEY,
    site_code TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('office', 'post')),
    sign_public BLOB NOT NULL,
    box_public BLOB NOT NULL,
    received_number INTEGER NOT NULL DEFAULT 0,
    sent_number INTEGER NOT NULL DEFAULT 0,
    sent_mark INTEGER NOT NULL DEFAULT 0,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL
);
-- A record that arrives from another site but is already here under its own identifier: a
-- site or a user known by the same code or user name. References to the arriving identifier
-- are to the local record.
CREATE TABLE sync_aliases (
    kind TEXT NOT NULL,
    uid BLOB NOT NULL,
    local_id INTEGER NOT NULL,
    PRIMARY KEY (kind, uid)
);
-- Where the change journal stood when a record last arrived from another site: a note for
-- it after that position is a change made here since, which the next package from that site
-- must not overwrite unseen.
CREATE TABLE sync_arrivals (
    kind TEXT NOT NULL,
    uid BLOB NOT NULL,
    position BIGINT NOT NULL,
    PRIMARY KEY (kind, uid)
);
