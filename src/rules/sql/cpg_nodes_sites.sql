-- rule: cpg_nodes_sites
-- output: cpg_nodes
-- inputs: py_params, py_decorators, py_calls, py_names, py_attributes, py_imports, py_diagnostics, py_files
-- doc: PARAM, DECORATOR, CALL, NAME_REF, ATTRIBUTE, IMPORT and DIAGNOSTIC nodes. name is the
--      parameter name, the decorator expression, the callee text, the identifier, the attribute
--      name, the name an import binds (`*` for a star import) and the diagnostic code. An IMPORT's
--      qname is the imported dotted name as written, with a leading dot per relative level.
WITH sites AS (
  SELECT node_id, 'PARAM' AS kind, file_id, name, NULL AS qname, bstart, bend, start_line, start_col, end_line, end_col FROM in_scope_py_params
  UNION ALL
  SELECT node_id, 'DECORATOR', file_id, expr, NULL, bstart, bend, start_line, start_col, end_line, end_col FROM in_scope_py_decorators
  UNION ALL
  SELECT node_id, 'CALL', file_id, callee, NULL, bstart, bend, start_line, start_col, end_line, end_col FROM in_scope_py_calls
  UNION ALL
  SELECT node_id, 'NAME_REF', file_id, name, NULL, bstart, bend, start_line, start_col, end_line, end_col FROM in_scope_py_names
  UNION ALL
  SELECT node_id, 'ATTRIBUTE', file_id, attr, NULL, bstart, bend, start_line, start_col, end_line, end_col FROM in_scope_py_attributes
  UNION ALL
  SELECT node_id, 'IMPORT', file_id, coalesce(bound_name, name),
         repeat('.', level) || concat_ws('.', nullif(module, ''), CASE WHEN import_kind = 'import' THEN NULL ELSE name END),
         bstart, bend, start_line, start_col, end_line, end_col FROM in_scope_py_imports
  UNION ALL
  SELECT node_id, 'DIAGNOSTIC', file_id, code, NULL, bstart, bend, start_line, start_col, end_line, end_col FROM in_scope_py_diagnostics
)
SELECT s.node_id, s.kind, s.file_id, f.path, s.name, s.qname, s.bstart, s.bend, s.start_line, s.start_col, s.end_line, s.end_col
FROM sites s
JOIN in_scope_py_files f USING (file_id)
WHERE s.file_id IN (SELECT file_id FROM file_allowlist)
