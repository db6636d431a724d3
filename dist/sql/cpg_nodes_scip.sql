-- rule: cpg_nodes_scip
-- output: cpg_nodes
-- inputs: scip_alignment
-- doc: SYMBOL nodes (the SCIP layer, in the global partition file_id 0, path ''): one per
--      non-local SCIP symbol that an aligned site defines or references. name and qname are the
--      symbol string; spans are NULL. node_id = md5_number_lower('SYMBOL|' || symbol) >> 1.
--      Computed from every file's alignment, emitted only when file_id 0 is in file_allowlist.
SELECT
  CAST(md5_number_lower('SYMBOL|' || symbol) >> 1 AS BIGINT) AS node_id,
  'SYMBOL' AS kind, 0::BIGINT AS file_id, '' AS path, symbol AS name, symbol AS qname,
  NULL::INTEGER AS bstart, NULL::INTEGER AS bend, NULL::INTEGER AS start_line, NULL::INTEGER AS start_col, NULL::INTEGER AS end_line, NULL::INTEGER AS end_col
FROM (SELECT DISTINCT symbol FROM scip_alignment WHERE NOT is_local)
WHERE 0 IN (SELECT file_id FROM file_allowlist)
