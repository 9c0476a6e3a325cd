-- Amparo schema version 24: the organisation's code of conduct (issue 23). Administrators
-- write it; each new text is a new version, and every user accepts the current version at
-- sign-in before working. Both tables stay in this database: a post's administrator keeps
-- the post's own copy of the text.
CREATE TABLE conduct_codes (
    version INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL
);

CREATE TABLE conduct_acceptances (
    user_id INTEGER NOT NULL REFERENCES users (id),
    version INTEGER NOT NULL REFERENCES conduct_codes (version),
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (user_id, version)
);
