-- rule: cpg_edges_imports
-- output: cpg_edges
-- inputs: import_edges, py_files
-- doc: Import edges (resolver `syntactic`). IMPORTS: IMPORT -> what the import names (one per
--      IMPORT node whose target is a node): the MODULE of `import a.b.c` / a submodule, the
--      FUNCTION, CLASS or MODULE a `from X import n` binds (re-exports followed to the defining
--      module), else the module X itself (MODULE, or the global EXTERNAL_MODULE node for a module
--      outside the repository); namespace packages and unresolved imports get none. FILE_IMPORTS:
--      FILE -> FILE for every in-repository module file an import loads (`import a.b.c` loads
--      a.b.c, `from X import n` loads X and the submodule X.n when it exists; parent packages are
--      not listed), once per file pair, without self-loops. confidence: import_edges' (1 when the
--      module is found; the re-export chain's for names); FILE_IMPORTS takes the highest.
WITH e AS (
  SELECT 'IMPORTS' AS kind, import_id AS src, target_id AS dst, file_id, confidence
  FROM in_scope_import_edges
  WHERE is_edge AND target_id IS NOT NULL
  UNION ALL
  SELECT 'FILE_IMPORTS', file_id, target_file_id, file_id, max(confidence)
  FROM in_scope_import_edges
  WHERE role IN ('import', 'from', 'submodule') AND target_kind = 'MODULE' AND target_file_id IS NOT NULL AND target_file_id <> file_id
  GROUP BY ALL
)
SELECT
  CAST(hash(e.kind, e.src, e.dst) >> 1 AS BIGINT) AS edge_id,
  e.kind, e.src, e.dst, e.file_id AS origin_file_id, f.path, 'syntactic' AS resolver, e.confidence::DOUBLE AS confidence, NULL::VARCHAR AS resolution
FROM e
JOIN in_scope_py_files f USING (file_id)
WHERE e.file_id IN (SELECT file_id FROM file_allowlist)
