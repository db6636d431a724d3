-- rule: cpg_edges_scip
-- output: cpg_edges
-- inputs: scip_alignment, py_files
-- doc: Edges of the SCIP layer (resolver `scip`, confidence 1.0), from the aligned sites
--      (scip_alignment): DEFINES_SYMBOL: a CLASS/FUNCTION (or a variable's storing NAME_REF) ->
--      the SYMBOL it defines; REFERENCES_SYMBOL: a NAME_REF, ATTRIBUTE or IMPORT -> the SYMBOL
--      it refers to (local symbols get neither); CALLS: a CALL -> the in-repository CLASS or
--      FUNCTION SCIP resolves its callee to; REFERENCES: a NAME_REF or ATTRIBUTE that is not a
--      definition -> that CLASS or FUNCTION. They sit beside the syntactic edges of the same
--      kind; edge_id = hash(kind, src, dst, 'scip') >> 1; resolution `scip` for CALLS and
--      REFERENCES, NULL for the symbol edges.
WITH a AS (SELECT * FROM in_scope_scip_alignment WHERE file_id IN (SELECT file_id FROM file_allowlist)),
e AS (
  SELECT 'DEFINES_SYMBOL' AS kind, site_id AS src, CAST(md5_number_lower('SYMBOL|' || symbol) >> 1 AS BIGINT) AS dst, file_id
  FROM a WHERE is_definition AND NOT is_local AND site_kind IN ('DEF', 'NAME_REF')
  UNION
  SELECT 'REFERENCES_SYMBOL', site_id, CAST(md5_number_lower('SYMBOL|' || symbol) >> 1 AS BIGINT), file_id
  FROM a WHERE NOT is_definition AND NOT is_local AND site_kind IN ('NAME_REF', 'ATTRIBUTE', 'IMPORT')
  UNION
  SELECT 'CALLS', site_id, scip_target_id, file_id FROM a WHERE site_kind = 'CALL' AND scip_target_id IS NOT NULL
  UNION
  SELECT 'REFERENCES', site_id, scip_target_id, file_id FROM a WHERE site_kind IN ('NAME_REF', 'ATTRIBUTE') AND NOT is_definition AND scip_target_id IS NOT NULL
)
SELECT
  CAST(hash(e.kind, e.src, e.dst, 'scip') >> 1 AS BIGINT) AS edge_id,
  e.kind, e.src, e.dst, e.file_id AS origin_file_id, f.path, 'scip' AS resolver, 1.0::DOUBLE AS confidence,
  CASE WHEN e.kind IN ('CALLS', 'REFERENCES') THEN 'scip' END AS resolution, NULL::VARCHAR AS resolution
FROM e
JOIN in_scope_py_files f USING (file_id)
