-- rule: cpg_nodes_defs
-- output: cpg_nodes
-- inputs: py_defs, py_files, module_index
-- doc: MODULE, CLASS, FUNCTION and LAMBDA nodes. qname = module name + "." + the local qualified
--      name (Python's __qualname__ rules: `Class.method`, `outer.<locals>.inner`); a MODULE's
--      qname and name are the module name.
SELECT
  d.node_id, d.kind, d.file_id, f.path,
  CASE WHEN d.kind = 'MODULE' THEN m.module ELSE d.name END AS name,
  CASE WHEN d.kind = 'MODULE' THEN m.module
       WHEN m.module IS NULL OR m.module = '' THEN d.local_qname
       ELSE m.module || '.' || d.local_qname END AS qname,
  d.bstart, d.bend, d.start_line, d.start_col, d.end_line, d.end_col
FROM in_scope_py_defs d
JOIN in_scope_py_files f USING (file_id)
LEFT JOIN in_scope_module_index m USING (file_id)
WHERE d.file_id IN (SELECT file_id FROM file_allowlist)
