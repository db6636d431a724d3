-- rule: import_edges
-- output: import_edges
-- inputs: py_imports, py_files, py_defs, py_bindings, import_modules, module_exports
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
--      in_type_checking and in_try_except are copied from the import. `from pkg import n` when
--      pkg.n is a submodule: the submodule, unless pkg/__init__.py imports that submodule itself
--      and binds n to something else (`from .ask import ask`, SymPy's `ask`): then the name
--      (the submodule row stays, binding nothing).
WITH imp AS (
  SELECT node_id AS import_id, file_id, import_kind, name, alias, bound_name, is_star, in_type_checking, in_try_except
  FROM in_scope_py_imports
  WHERE file_id IN (SELECT file_id FROM file_allowlist) AND import_kind <> 'future'
),
mods0 AS (
  SELECT m.*, i.import_kind, i.name AS imported_name, i.bound_name, i.is_star, i.in_type_checking, i.in_try_except,
         count(*) FILTER (WHERE m.role = 'submodule') OVER (PARTITION BY m.import_id) > 0 AS has_sub,
         max(m.target_file_id) FILTER (WHERE m.role = 'from') OVER (PARTITION BY m.import_id) AS from_file_id,
         max(m.target_file_id) FILTER (WHERE m.role = 'submodule') OVER (PARTITION BY m.import_id) AS sub_file_id
  FROM in_scope_import_modules m JOIN imp i USING (file_id, import_id)
),
shadowed AS (
  -- `from pkg import n` where pkg/__init__.py imports its submodule pkg.n and then binds n to
  -- something else (`from .n import n`): the attribute Python finds is the rebound name
  -- (the same test as module_exports' shadowed_subs: pkg/__init__.py binds n by an import from pkg.n)
  SELECT DISTINCT m.import_id
  FROM mods0 m
  JOIN py_bindings b ON b.file_id = m.from_file_id AND b.name = m.imported_name AND b.binding_kind = 'import'
  JOIN import_modules x ON x.file_id = b.file_id AND x.import_id = b.target_id AND x.role = 'from' AND x.target_kind = 'MODULE'
    AND x.target_file_id = m.sub_file_id
  JOIN py_defs d ON d.node_id = b.scope_id AND d.file_id = b.file_id AND d.kind = 'MODULE'
  WHERE m.role = 'submodule' AND m.import_kind = 'from'
),
mods AS (
  SELECT m.* REPLACE (m.has_sub AND s.import_id IS NULL AS has_sub,
                      m.binds AND NOT (m.role = 'submodule' AND s.import_id IS NOT NULL) AS binds),
         m.role = 'submodule' AND s.import_id IS NOT NULL AS shadowed_sub
  FROM mods0 m LEFT JOIN shadowed s USING (import_id)
),
module_rows AS (
  SELECT
    file_id, import_id,
    CASE WHEN binds THEN bound_name END AS bound_name,
    role, binds,
    CASE WHEN import_kind = 'import' THEN role = 'import'
         WHEN is_star THEN role = 'from'
         ELSE role = 'submodule' AND NOT shadowed_sub END AS is_edge_hint,
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
