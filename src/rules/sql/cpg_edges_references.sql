-- rule: cpg_edges_references
-- output: cpg_edges
-- inputs: ref_targets, call_targets, type_targets, py_files
-- doc: Reference edges (resolver `syntactic`; resolution: ref_targets', call_targets' or `type:` + type_targets'). REFERENCES: a NAME_REF (load) or ATTRIBUTE
--      (load) -> what it refers to: a definition (MODULE, CLASS, FUNCTION; imports and re-export
--      chains followed), a PARAM, or for a variable the NAME_REF that stores the chosen binding (a
--      binding-level reference: the last binding before the site in its own scope, else the
--      scope's last one); for a name bound by an import whose target is not an in-repository node
--      (external, unresolved, a namespace package) the IMPORT node that binds it. Builtins,
--      implicit module names (`__name__`) and unresolved names get no edge. Attributes resolved
--      through their receiver's type (type_targets) point to the member found.
WITH t AS (
  SELECT file_id, site_id, kind, target_id, binding_id, confidence, resolution FROM in_scope_ref_targets
  UNION ALL
  SELECT file_id, site_id, kind, target_id, NULL, confidence, resolution FROM in_scope_call_targets WHERE site_kind = 'ATTRIBUTE'
  UNION ALL
  SELECT file_id, site_id, kind, target_id, NULL, confidence, 'type:' || resolution FROM in_scope_type_targets WHERE site_kind = 'ATTRIBUTE'
),
e AS (
  SELECT 'REFERENCES' AS kind, site_id AS src,
         CASE WHEN kind IN ('MODULE', 'CLASS', 'FUNCTION', 'PARAM', 'VARIABLE') AND target_id IS NOT NULL THEN target_id ELSE binding_id END AS dst,
         file_id, confidence, resolution
  FROM t
  WHERE kind NOT IN ('BUILTIN')
)
SELECT
  CAST(hash(e.kind, e.src, e.dst) >> 1 AS BIGINT) AS edge_id,
  e.kind, e.src, e.dst, e.file_id AS origin_file_id, f.path, 'syntactic' AS resolver, e.confidence::DOUBLE AS confidence, e.resolution
FROM e
JOIN in_scope_py_files f USING (file_id)
WHERE e.dst IS NOT NULL AND e.file_id IN (SELECT file_id FROM file_allowlist)
