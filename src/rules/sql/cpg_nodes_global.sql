-- rule: cpg_nodes_global
-- output: cpg_nodes
-- inputs: import_edges, call_targets
-- doc: The nodes that belong to no single file, in the reserved global partition file_id 0
--      (path ''): EXTERNAL_MODULE (a module outside the repository that an IMPORTS edge points
--      to) and QNAME (the target of a CALLS_QNAME edge). name and qname are the dotted name;
--      spans are NULL. node_id = md5_number_lower('<KIND>|' || name) >> 1, so every file's
--      edges agree on it. Computed from every file's rows, and emitted only when file_id 0 is in
--      file_allowlist (the pipeline adds it to every run).
WITH g AS (
  SELECT DISTINCT 'EXTERNAL_MODULE' AS kind, qname AS name
  FROM import_edges
  WHERE is_edge AND target_kind = 'EXTERNAL_MODULE' AND qname IS NOT NULL
  UNION
  SELECT DISTINCT 'QNAME', qname
  FROM call_targets
  WHERE site_kind = 'CALL' AND qname IS NOT NULL AND kind IN ('BUILTIN', 'EXTERNAL', 'VARIABLE', 'UNRESOLVED')
    AND NOT (kind IN ('FUNCTION', 'CLASS') AND target_id IS NOT NULL)
)
SELECT
  CAST(md5_number_lower(g.kind || '|' || g.name) >> 1 AS BIGINT) AS node_id,
  g.kind, 0::BIGINT AS file_id, '' AS path, g.name, g.name AS qname,
  NULL::INTEGER AS bstart, NULL::INTEGER AS bend, NULL::INTEGER AS start_line, NULL::INTEGER AS start_col, NULL::INTEGER AS end_line, NULL::INTEGER AS end_col
FROM g
WHERE 0 IN (SELECT file_id FROM file_allowlist)
