-- rule: import_edges
-- output: import_edges
-- inputs: py_imports, py_files, import_modules, module_exports
-- doc: What every import resolves to (resolution step 2). The rows of import_modules (roles
--      import, parent, from, submodule), plus role `name` for `from X import n` when X.n is not a
--      module (X's namespace entry in module_exports, so re-export chains through __init__ files
--      end at the defining module's definition) and role `star` for `from X import *`: one row
--      per name it binds (X's public names). `bound_name` is the name the row binds in the
--      importer (NULL for rows that bind nothing), `binds` marks the row a reference to the bound
--      name follows, `is_edge` the row that becomes the import's IMPORTS edge: the imported module
--      of `import a.b.c`, the submodule or the definition (FUNCTION, CLASS, MODULE) of
--      `from X import n`, else X itself (for variables, unresolved names and star imports).
--      target_kind: MODULE, NAMESPACE, EXTERNAL_MODULE, FUNCTION, CLASS, VARIABLE, EXTERNAL (a name
--      in an external module: qname only), UNRESOLVED (qname = the dotted name asked for).
--      confidence: 1 for modules found and external names; module_exports' confidence for names
--      (0.8 per ambiguous hop, 0.7 per dynamic `__all__`); 0.5 for UNRESOLVED rows.
--      in_type_checking and in_try_except are copied from the import.
WITH imp AS (
  SELECT node_id AS import_id, file_id, import_kind, name, alias, bound_name, is_star, in_type_checking, in_try_except
  FROM in_scope_py_imports
  WHERE file_id IN (SELECT file_id FROM file_allowlist) AND import_kind <> 'future'
),
mods AS (
  SELECT m.*, i.import_kind, i.name AS imported_name, i.bound_name, i.is_star, i.in_type_checking, i.in_try_except,
         count(*) FILTER (WHERE m.role = 'submodule') OVER (PARTITION BY m.import_id) > 0 AS has_sub
  FROM in_scope_import_modules m JOIN imp i USING (file_id, import_id)
),
module_rows AS (
  SELECT
    file_id, import_id,
    CASE WHEN binds THEN bound_name END AS bound_name,
    role, binds,
    CASE WHEN import_kind = 'import' THEN role = 'import'
         WHEN is_star THEN role = 'from'
         ELSE role = 'submodule' END AS is_edge_hint,
    CASE WHEN target_kind = 'EXTERNAL' THEN 'EXTERNAL_MODULE' ELSE target_kind END AS target_kind,
    target_id, target_file_id, module AS qname, NULL AS via, 0 AS hops,
    CASE WHEN target_kind = 'UNRESOLVED' THEN 0.5 ELSE 1.0 END::DOUBLE AS confidence,
    in_type_checking, in_try_except, has_sub, import_kind, is_star
  FROM mods
),
name_rows AS (
  -- `from X import n` where X.n is not a module: X's namespace entry for n
  SELECT
    m.file_id, m.import_id, m.bound_name, 'name' AS role, true AS binds, NULL::BOOLEAN AS is_edge_hint,
    CASE WHEN m.target_kind = 'MODULE' THEN coalesce(e.kind, 'UNRESOLVED')
         WHEN m.target_kind = 'EXTERNAL' THEN 'EXTERNAL'
         ELSE 'UNRESOLVED' END AS target_kind,
    e.target_id, e.target_file_id,
    CASE WHEN e.kind IS NOT NULL THEN e.qname ELSE m.module || '.' || m.imported_name END AS qname,
    e.via, coalesce(e.hops, 0) AS hops,
    CASE WHEN e.kind IS NOT NULL AND e.kind <> 'UNRESOLVED' THEN e.confidence
         WHEN m.target_kind = 'EXTERNAL' THEN 1.0
         ELSE 0.5 END::DOUBLE AS confidence,
    m.in_type_checking, m.in_try_except
  FROM mods m
  LEFT JOIN module_exports e ON e.file_id = m.target_file_id AND e.name = m.imported_name
  WHERE m.role = 'from' AND NOT m.is_star AND NOT m.has_sub AND m.import_kind = 'from'
),
star_rows AS (
  SELECT
    m.file_id, m.import_id, e.name AS bound_name, 'star' AS role, true AS binds, false AS is_edge_hint,
    e.kind AS target_kind, e.target_id, e.target_file_id, e.qname, e.via, e.hops + 1 AS hops,
    e.confidence * (CASE WHEN f.all_kind = 'dynamic' THEN 0.7 ELSE 1.0 END)::DOUBLE AS confidence,
    m.in_type_checking, m.in_try_except
  FROM mods m
  JOIN module_exports e ON e.file_id = m.target_file_id AND e.public
  JOIN (SELECT file_id, all_kind FROM py_files) f ON f.file_id = m.target_file_id
  WHERE m.role = 'from' AND m.is_star AND m.target_kind = 'MODULE'
)
SELECT file_id, import_id, bound_name, role, binds,
       is_edge_hint AND target_kind IN ('MODULE', 'EXTERNAL_MODULE') AS is_edge,
       target_kind, target_id, target_file_id, qname, via, hops::INTEGER AS hops, confidence, in_type_checking, in_try_except
FROM module_rows
WHERE role <> 'from' OR import_kind <> 'from' OR is_star OR has_sub
UNION ALL
-- the module of a from-import without a submodule: the IMPORTS edge when the name is not a definition
SELECT r.file_id, r.import_id, NULL, r.role, false,
       r.target_kind IN ('MODULE', 'EXTERNAL_MODULE') AND coalesce(n.target_kind NOT IN ('FUNCTION', 'CLASS', 'MODULE'), true),
       r.target_kind, r.target_id, r.target_file_id, r.qname, r.via, r.hops::INTEGER, r.confidence, r.in_type_checking, r.in_try_except
FROM module_rows r
LEFT JOIN name_rows n USING (file_id, import_id)
WHERE r.role = 'from' AND r.import_kind = 'from' AND NOT r.is_star AND NOT r.has_sub
UNION ALL
SELECT file_id, import_id, bound_name, role, binds,
       target_kind IN ('FUNCTION', 'CLASS', 'MODULE') AND target_id IS NOT NULL,
       target_kind, target_id, target_file_id, qname, via, hops::INTEGER, confidence, in_type_checking, in_try_except
FROM name_rows
UNION ALL
SELECT file_id, import_id, bound_name, role, binds, false, target_kind, target_id, target_file_id, qname, via, hops::INTEGER, confidence, in_type_checking, in_try_except
FROM star_rows
