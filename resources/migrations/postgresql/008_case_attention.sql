-- Amparo schema version 8 on PostgreSQL: see ../008_case_attention.sql. A view reads the
-- table with its owner's rights, so a volunteer's account granted the view learns only this.
CREATE VIEW case_attention AS
    SELECT case_id, CASE WHEN max_level >= 3 THEN 1 ELSE 0 END AS needs_attention
    FROM case_risk;
