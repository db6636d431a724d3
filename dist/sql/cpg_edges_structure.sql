-- rule: cpg_edges_structure
-- output: cpg_edges
-- inputs: py_files, py_defs, py_params, py_decorators, py_calls, py_names, py_attributes, py_imports, py_diagnostics
-- doc: Structural edges (resolver `syntax`, confidence 1): DECLARES (FILE -> MODULE), CONTAINS
--      (enclosing MODULE/CLASS/FUNCTION/LAMBDA -> nested definition, and the scope a CALL,
--      NAME_REF, ATTRIBUTE, IMPORT or DECORATOR is evaluated in -> that site), HAS_PARAM
--      (FUNCTION/LAMBDA -> PARAM), DECORATES (DECORATOR -> the CLASS/FUNCTION it decorates),
--      HAS_DIAGNOSTIC (FILE -> DIAGNOSTIC). edge_id = hash(kind, src, dst) >> 1 (docs/schema.md).
WITH e AS (
  SELECT 'DECLARES' AS kind, file_id AS src, node_id AS dst, file_id FROM in_scope_py_defs WHERE kind = 'MODULE'
  UNION ALL
  SELECT 'CONTAINS', parent_id, node_id, file_id FROM in_scope_py_defs WHERE parent_id IS NOT NULL
  UNION ALL
  SELECT 'CONTAINS', scope_id, node_id, file_id FROM in_scope_py_calls
  UNION ALL
  SELECT 'CONTAINS', scope_id, node_id, file_id FROM in_scope_py_names
  UNION ALL
  SELECT 'CONTAINS', scope_id, node_id, file_id FROM in_scope_py_attributes
  UNION ALL
  SELECT 'CONTAINS', scope_id, node_id, file_id FROM in_scope_py_imports
  UNION ALL
  SELECT 'CONTAINS', scope_id, node_id, file_id FROM in_scope_py_decorators
  UNION ALL
  SELECT 'HAS_PARAM', def_id, node_id, file_id FROM in_scope_py_params
  UNION ALL
  SELECT 'DECORATES', node_id, def_id, file_id FROM in_scope_py_decorators WHERE def_id IS NOT NULL
  UNION ALL
  SELECT 'HAS_DIAGNOSTIC', file_id, node_id, file_id FROM in_scope_py_diagnostics
)
SELECT
  CAST(hash(e.kind, e.src, e.dst) >> 1 AS BIGINT) AS edge_id,
  e.kind, e.src, e.dst, e.file_id AS origin_file_id, f.path, 'syntax' AS resolver, 1.0::DOUBLE AS confidence, NULL::VARCHAR AS resolution
FROM e
JOIN in_scope_py_files f USING (file_id)
WHERE e.file_id IN (SELECT file_id FROM file_allowlist)
