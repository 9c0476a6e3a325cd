-- Amparo schema version 8: what a volunteer is told of a case's risk — only whether it needs
-- attention (someone at high risk), never the levels or categories. On an office server the
-- volunteers' accounts read this view and not case_risk (see core/storage/ServerRoles.cpp).
CREATE VIEW case_attention AS
    SELECT case_id, CASE WHEN max_level >= 3 THEN 1 ELSE 0 END AS needs_attention
    FROM case_risk;
