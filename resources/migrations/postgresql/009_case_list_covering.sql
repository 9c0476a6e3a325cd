-- Amparo schema version 9 on PostgreSQL (see ../009_case_list_covering.sql): the case list's
-- sort indexes also hold the case's id, so that jumping far into a sorted list is an
-- index-only scan instead of one table read per row passed over.
DROP INDEX cases_registered;
DROP INDEX cases_sort_name;
DROP INDEX cases_status;
DROP INDEX cases_site;
CREATE INDEX cases_registered ON cases (registered_on, case_number, id);
CREATE INDEX cases_sort_name ON cases (sort_name, case_number, id);
CREATE INDEX cases_status ON cases (status, case_number, id);
CREATE INDEX cases_site ON cases (site_id, case_number, id);
