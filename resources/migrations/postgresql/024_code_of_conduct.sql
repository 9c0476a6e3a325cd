-- Amparo schema version 24 on PostgreSQL (see ../024_code_of_conduct.sql): the code of
-- conduct's versions and who accepted which.
CREATE TABLE conduct_codes (
    version BIGINT PRIMARY KEY,
    body TEXT NOT NULL,
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL
);

CREATE TABLE conduct_acceptances (
    user_id BIGINT NOT NULL REFERENCES users (id),
    version BIGINT NOT NULL REFERENCES conduct_codes (version),
    accepted_at TEXT NOT NULL,
    PRIMARY KEY (user_id, version)
);
