-- Amparo schema version 9: the case list's sort indexes also hold the case's id, so that
-- jumping to row 50,000 of a sorted list walks the index alone. SQLite's indexes always held
-- it (the row id); PostgreSQL's read the table for each row passed over, five times slower.
DROP INDEX cases_registered;
DROP INDEX cases_sort_name;
DROP INDEX cases_status;
DROP INDEX cases_site;
CREATE INDEX cases_registered ON cases (registered_on, case_number, id);
CREATE INDEX cases_sort_name ON cases (sort_name, case_number, id);
CREATE INDEX cases_status ON cases (status, case_number, id);
CREATE INDEX cases_site ON cases (site_id, case_number, id);
