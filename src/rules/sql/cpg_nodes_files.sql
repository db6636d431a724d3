-- rule: cpg_nodes_files
-- output: cpg_nodes
-- inputs: py_files
-- doc: One FILE node per discovered file (parsed or not); its node_id is the file_id.
SELECT
  f.file_id AS node_id, 'FILE' AS kind, f.file_id, f.path,
  regexp_extract(f.path, '[^/]*$') AS name, NULL AS qname,
  0 AS bstart, CAST(coalesce(f.size_bytes, 0) AS INTEGER) AS bend,
  1 AS start_line, 0 AS start_col, greatest(coalesce(f.line_count, 1), 1) AS end_line, 0 AS end_col
FROM in_scope_py_files f
WHERE f.file_id IN (SELECT file_id FROM file_allowlist)
