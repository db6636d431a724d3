-- rule: cpg_edges_inherits
-- output: cpg_edges
-- inputs: class_mro, py_files
-- doc: INHERITS (resolver `syntactic`): CLASS -> each direct base that is an in-repository class
--      (class_mro rows of depth 1). External and unresolved bases are in class_mro only.
--      confidence: the base expression's resolution confidence.
WITH e AS (
  SELECT DISTINCT 'INHERITS' AS kind, class_id AS src, ancestor_id AS dst, file_id, confidence
  FROM in_scope_class_mro
  WHERE depth = 1 AND kind = 'CLASS' AND ancestor_id IS NOT NULL
)
SELECT
  CAST(hash(e.kind, e.src, e.dst) >> 1 AS BIGINT) AS edge_id,
  e.kind, e.src, e.dst, e.file_id AS origin_file_id, f.path, 'syntactic' AS resolver, e.confidence::DOUBLE AS confidence, NULL::VARCHAR AS resolution
FROM e
JOIN in_scope_py_files f USING (file_id)
WHERE e.file_id IN (SELECT file_id FROM file_allowlist)
