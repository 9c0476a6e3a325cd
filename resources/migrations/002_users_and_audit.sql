-- Amparo schema version 2: users and roles, sign-in throttling, the chained audit trail,
-- and small per-database state (such as the time of the last backup).

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'legal_staff', 'volunteer', 'coordinator')),
    passphrase_hash TEXT NOT NULL, -- Argon2id (libsodium crypto_pwhash_str); never the passphrase
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    passphrase_changed_at TEXT NOT NULL
);

-- Failed sign-ins per name typed (known or not), to slow down guessing.
CREATE TABLE sign_in_failures (
    username TEXT PRIMARY KEY COLLATE NOCASE,
    failures INTEGER NOT NULL,
    last_failure_at TEXT NOT NULL
);

-- Append-only: each entry carries the hash of the one before it (see AuditLog).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL DEFAULT '',
    record_id TEXT NOT NULL DEFAULT '',
    record_label TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_record ON audit_log (record_type, record_id);
CREATE INDEX audit_log_action ON audit_log (action, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail cannot be changed');
END;

-- The newest entry's hash and the number of entries, so that removing the newest entries
-- is detected too.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE app_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
