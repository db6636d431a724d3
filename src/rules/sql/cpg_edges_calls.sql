-- rule: cpg_edges_calls
-- output: cpg_edges
-- inputs: call_targets, type_targets, py_files
-- doc: Call edges (resolver `syntactic`; resolution: call_targets' or `type:` + type_targets'). CALLS: CALL -> the FUNCTION or CLASS (a constructor
--      call) its callee resolves to (call_targets, or type_targets through the receiver's type). CALLS_QNAME: CALL -> the global QNAME node of
--      the best qualified-name guess when the callee is not an in-repository definition: a
--      builtin (`builtins.len`), a name from an external module (`os.path.join`), a module- or
--      class-level variable (`pkg.mod.handler`), an unresolved member (`pkg.mod.Cls.missing`,
--      `builtins.Exception.__init__`). A call gets at most one of the two; calls of parameters,
--      local variables and expressions get none. QNAME node ids: md5_number_lower('QNAME|' ||
--      qname) >> 1.
WITH e AS (
  SELECT
    CASE WHEN kind IN ('FUNCTION', 'CLASS') AND target_id IS NOT NULL THEN 'CALLS' ELSE 'CALLS_QNAME' END AS kind,
    site_id AS src,
    CASE WHEN kind IN ('FUNCTION', 'CLASS') AND target_id IS NOT NULL THEN target_id
         ELSE CAST(md5_number_lower('QNAME|' || qname) >> 1 AS BIGINT) END AS dst,
    file_id, confidence, resolution
  FROM (
    SELECT c.file_id, c.site_id, c.site_kind, c.resolution, c.kind, c.target_id, c.qname, c.confidence FROM in_scope_call_targets c
    WHERE NOT EXISTS (SELECT 1 FROM in_scope_type_targets t WHERE t.site_id = c.site_id AND t.site_kind = 'CALL')
    UNION ALL
    SELECT file_id, site_id, site_kind, 'type:' || resolution, kind, target_id, qname, confidence FROM in_scope_type_targets
  )
  WHERE site_kind = 'CALL'
    AND ((kind IN ('FUNCTION', 'CLASS') AND target_id IS NOT NULL)
         OR (qname IS NOT NULL AND kind IN ('BUILTIN', 'EXTERNAL', 'VARIABLE', 'UNRESOLVED')))
)
SELECT
  CAST(hash(e.kind, e.src, e.dst) >> 1 AS BIGINT) AS edge_id,
  e.kind, e.src, e.dst, e.file_id AS origin_file_id, f.path, 'syntactic' AS resolver, e.confidence::DOUBLE AS confidence, e.resolution
FROM e
JOIN in_scope_py_files f USING (file_id)
WHERE e.file_id IN (SELECT file_id FROM file_allowlist)
