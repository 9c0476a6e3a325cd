-- Amparo schema version 14: the review list (issue 20). A record that arrives from another
-- site while it was changed here too is not overwritten: the arriving version waits here,
-- as the package held it (NULL: the other site removed it), until a person chooses.
CREATE TABLE sync_reviews (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    uid BLOB NOT NULL,
    record_id INTEGER NOT NULL,
    sender TEXT NOT NULL,
    arrived_at TEXT NOT NULL,
    theirs TEXT,
    UNIQUE (kind, uid)
);
-- The version kept here was chosen over a site's: packages to that site say so, and it is
-- applied there without waiting again, until the site confirms a package that carried it.
CREATE TABLE sync_decisions (
    site_id INTEGER NOT NULL REFERENCES sync_sites (id),
    kind TEXT NOT NULL,
    uid BLOB NOT NULL,
    sent_in INTEGER,
    PRIMARY KEY (site_id, kind, uid)
);
