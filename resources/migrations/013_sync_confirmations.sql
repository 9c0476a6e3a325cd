-- Amparo schema version 13: packages confirmed (issue 20). Each package made for a site is
-- noted with where the change journal stood; when the site confirms having applied it (its
-- own next package says so), the next ones start from there, and notes every site has
-- confirmed are forgotten.
CREATE TABLE sync_sent_packages (
    site_id INTEGER NOT NULL REFERENCES sync_sites (id),
    number INTEGER NOT NULL,
    mark BIGINT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (site_id, number)
);
