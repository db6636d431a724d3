-- rule: import_modules
-- output: import_modules
-- inputs: py_imports, py_defs, module_index
-- doc: The modules each import loads (resolution step 1: module names only, no bindings
--      followed). One row per IMPORT node and module: `import a.b.c` gives role `parent` rows for
--      a and a.b and role `import` for a.b.c; `from X import n` gives role `from` for X (relative
--      names made absolute against the importer's package) and role `submodule` for X.n when that
--      module or namespace package exists in the repository. `binds` marks the row whose module
--      the import's bound name refers to (`a` for `import a.b.c`, a.b.c for `import a.b.c as x`,
--      the submodule for `from X import n`). A module name is looked up among the importable
--      modules of the roots on the importer's `search_path` (module_index) the way importlib's
--      PathFinder does: the top-level name is the first root's module or regular package of that
--      name (a namespace package only when no root has one), and a regular package's submodules
--      come from its own root only; otherwise the first root on the path that has the name, a
--      module or package before a namespace portion. target_kind: MODULE (a
--      file: target_id is its MODULE node, or its FILE node when it has none), NAMESPACE (a PEP
--      420 package: no node), EXTERNAL (the top-level name is not in the repository: target_id is
--      the global EXTERNAL_MODULE node, md5_number_lower('EXTERNAL_MODULE|' || name) >> 1) or
--      UNRESOLVED (an in-repository package without that module, or a relative import above the
--      top-level package: module is NULL then). `from __future__` imports are skipped.
WITH imp AS (
  SELECT i.node_id AS import_id, i.file_id, i.import_kind, i.module, i.name, i.alias, i.level, i.is_star, m.module AS importer, m.is_package, m.search_path
  FROM in_scope_py_imports i
  JOIN in_scope_module_index m USING (file_id)
  WHERE i.file_id IN (SELECT file_id FROM file_allowlist) AND i.import_kind <> 'future'
),
wanted AS (
  -- `import a.b.c [as x]`: every prefix of the dotted name
  SELECT import_id, file_id, search_path,
         array_to_string(string_split(module, '.')[1:j.j], '.') AS module,
         CASE WHEN j.j = len(string_split(module, '.')) THEN 'import' ELSE 'parent' END AS role,
         CASE WHEN alias IS NULL THEN j.j = 1 ELSE j.j = len(string_split(module, '.')) END AS binds
  FROM imp, LATERAL (SELECT unnest(range(1, len(string_split(imp.module, '.')) + 1)) AS j) j
  WHERE import_kind = 'import'
  UNION ALL
  -- `from X import n`: X, and X.n as a possible submodule
  SELECT import_id, file_id, search_path, x.abs AS module, r.role, r.role = 'submodule' AS binds
  FROM (
    SELECT *,
           CASE
             WHEN level = 0 THEN module
             WHEN len(pkg) - (level - 1) < 1 THEN NULL
             ELSE concat_ws('.', array_to_string(pkg[1:len(pkg) - (level - 1)], '.'), nullif(module, ''))
           END AS abs
    FROM (SELECT *, CASE WHEN is_package THEN string_split(importer, '.') ELSE string_split(importer, '.')[1:-2] END AS pkg FROM imp WHERE import_kind = 'from')
  ) x,
  LATERAL (SELECT 'from' AS role UNION ALL SELECT 'submodule' WHERE NOT x.is_star AND x.name IS NOT NULL) r
),
named AS (
  SELECT w.*, CASE WHEN w.role = 'submodule' AND w.module IS NOT NULL THEN w.module || '.' || i.name ELSE w.module END AS want
  FROM wanted w JOIN imp i USING (import_id, file_id)
),
mods AS (
  SELECT mi.module, mi.root, mi.file_id AS target_file_id, coalesce(d.node_id, mi.file_id) AS target_id, mi.path, mi.is_package
  FROM module_index mi
  LEFT JOIN py_defs d ON d.file_id = mi.file_id AND d.kind = 'MODULE'
  WHERE mi.importable AND mi.module <> ''
),
namespaces AS (
  -- proper prefixes of module names that are not modules themselves (PEP 420 packages)
  SELECT DISTINCT p.ns AS module, p.root
  FROM (SELECT root, array_to_string(string_split(module, '.')[1:k.k], '.') AS ns
        FROM mods, LATERAL (SELECT unnest(range(1, len(string_split(mods.module, '.')))) AS k) k) p
  WHERE NOT EXISTS (SELECT 1 FROM mods m WHERE m.module = p.ns AND m.root = p.root)
),
tops AS (
  -- top-level names with a module or regular package, per root
  SELECT DISTINCT split_part(module, '.', 1) AS top, root, NOT contains(module, '.') AS is_module FROM mods
),
top_pick AS (
  -- the root PathFinder takes a top-level name from: the first one with a module or regular package
  SELECT n.import_id, n.role, min(list_position(n.search_path, t.root)) AS pos
  FROM named n JOIN tops t ON t.top = split_part(n.want, '.', 1) AND t.is_module AND list_contains(n.search_path, t.root)
  GROUP BY ALL
),
candidates AS (
  SELECT n.import_id, n.role, n.want,
         c.kind, c.target_file_id, c.target_id,
         row_number() OVER (PARTITION BY n.import_id, n.role, n.want
                            ORDER BY c.kind = 'MODULE' DESC, list_position(n.search_path, c.root), c.is_package DESC, c.path) AS rk
  FROM named n
  JOIN (SELECT module, root, 'MODULE' AS kind, target_file_id, target_id, path, is_package FROM mods
        -- `pkg.__init__` names the package's __init__.py file (as a module of its own)
        UNION ALL SELECT module || '.__init__', root, 'MODULE', target_file_id, target_id, path, is_package FROM mods WHERE is_package
        UNION ALL SELECT module, root, 'NAMESPACE', NULL, NULL, '', false FROM namespaces) c
    ON c.module = n.want AND list_contains(n.search_path, c.root)
  LEFT JOIN top_pick tp ON tp.import_id = n.import_id AND tp.role = n.role
  -- a regular package's submodules are searched in its own directory only
  WHERE tp.pos IS NULL OR list_position(n.search_path, c.root) = tp.pos
),
in_repo AS (
  -- wanted names whose top-level package is in the repository (as seen from the importer)
  SELECT DISTINCT n.import_id, n.role
  FROM named n JOIN tops t ON t.top = split_part(n.want, '.', 1) AND list_contains(n.search_path, t.root)
)
SELECT
  n.file_id,
  n.import_id,
  n.role,
  n.want AS module,
  CASE
    WHEN c.kind IS NOT NULL THEN c.kind
    WHEN n.want IS NULL OR r.import_id IS NOT NULL THEN 'UNRESOLVED'
    ELSE 'EXTERNAL'
  END AS target_kind,
  c.target_file_id,
  CASE
    WHEN c.kind IS NOT NULL THEN c.target_id
    WHEN n.want IS NULL OR r.import_id IS NOT NULL THEN NULL
    ELSE CAST(md5_number_lower('EXTERNAL_MODULE|' || n.want) >> 1 AS BIGINT)
  END AS target_id,
  n.binds
FROM named n
LEFT JOIN candidates c ON c.import_id = n.import_id AND c.role = n.role AND c.want IS NOT DISTINCT FROM n.want AND c.rk = 1
LEFT JOIN in_repo r ON r.import_id = n.import_id AND r.role = n.role
-- a submodule row exists only when the submodule does
WHERE n.role <> 'submodule' OR c.kind IS NOT NULL
