-- rule: module_exports
-- output: module_exports
-- inputs: py_defs, py_bindings, py_imports, py_exports, py_files, module_index, import_modules
-- doc: Every module's namespace as its importers see it (its interface): one row per name bound at
--      module level, directly or by a star import, with what it finally refers to. The winner
--      among several bindings of a name is the last one in source order (a star import binds its
--      names at its own position). `via`: defined (def, class, assignment and the other binding
--      forms), imported (an import statement; re-export chains through other modules are followed
--      up to 12 hops) or star (`from X import *`: X's literal `__all__` when py_files.all_kind is
--      'literal', else X's public names, themselves closed over X's star imports). `kind`:
--      FUNCTION, CLASS (target_id = the definition), MODULE (its MODULE node), NAMESPACE (a PEP 420
--      package, no node), VARIABLE (any other binding: target_id = the NAME_REF that stores it),
--      EXTERNAL_MODULE (a module outside the repository: its global node), EXTERNAL (a name taken
--      from such a module: qname only) or UNRESOLVED (an in-repository module does not bind the
--      name, an import cycle, or a relative import above the top-level package: qname is the
--      dotted name the code asked for). `public`: exported by `from M import *`. `hops`: imports
--      followed. confidence: 1 x 0.8 per hop whose module binds the name several times x 0.7 per
--      star import from a module with a computed (dynamic) `__all__`; x 0.5 when UNRESOLVED (qname:
--      the last module asked + the name, or for a cycle the first module asked + the name). `from __future__` names
--      and `del`eted names are not part of the namespace. `from pkg import n` binds the submodule
--      pkg.n when there is one, unless pkg/__init__.py imports from that submodule a value it
--      binds as n (`from .ask import ask`): then the value (the attribute Python finds).
WITH from_imports AS MATERIALIZED (
  SELECT DISTINCT file_id, target_file_id FROM import_modules
  WHERE role = 'from' AND target_kind = 'MODULE' AND target_file_id IS NOT NULL
),
reach AS MATERIALIZED (
  -- the modules whose namespaces the allowlisted ones can depend on: a name reaches another
  -- module only through `from M import ...` (a re-export or a star import of module M), so the
  -- closure of the allowlist under those imports (the whole repository in a full run)
  WITH RECURSIVE r(file_id) AS (
    SELECT file_id FROM file_allowlist
    UNION
    SELECT g.target_file_id FROM r JOIN from_imports g ON g.file_id = r.file_id
  )
  SELECT DISTINCT file_id FROM r
),
mods AS (
  SELECT d.node_id AS scope_id, d.file_id, mi.module, mi.root
  FROM py_defs d JOIN module_index mi USING (file_id)
  WHERE d.kind = 'MODULE' AND d.file_id IN (SELECT file_id FROM reach)
),
own AS (
  SELECT b.file_id, b.name, b.binding_kind, b.target_id, b.bstart, b.bend
  FROM py_bindings b
  JOIN mods m ON m.scope_id = b.scope_id AND m.file_id = b.file_id
  WHERE b.binding_kind NOT IN ('global', 'nonlocal', 'comprehension')
    AND NOT (b.binding_kind = 'import' AND b.target_id IN (SELECT node_id FROM py_imports WHERE import_kind = 'future'))
),
own_count AS (
  SELECT file_id, name, count(*) FILTER (WHERE binding_kind <> 'del') AS n FROM own GROUP BY ALL
),
stars AS (
  SELECT i.file_id, i.bstart, im.target_file_id AS src, f.all_kind AS src_all
  FROM py_imports i
  JOIN mods m ON m.scope_id = i.scope_id AND m.file_id = i.file_id
  JOIN import_modules im ON im.file_id = i.file_id AND im.import_id = i.node_id AND im.role = 'from'
  JOIN py_files f ON f.file_id = im.target_file_id
  WHERE i.is_star AND im.target_kind = 'MODULE'
),
literal AS (
  SELECT e.file_id, e.name FROM py_exports e JOIN py_files f USING (file_id) WHERE f.all_kind = 'literal'
),
names AS (
  -- every name bound in a module's namespace (own bindings and star imports, to a fixpoint)
  WITH RECURSIVE n(file_id, name) AS (
    SELECT file_id, name FROM own
    UNION
    SELECT s.file_id, l.name FROM stars s JOIN literal l ON l.file_id = s.src
    UNION
    SELECT s.file_id, n.name
    FROM stars s JOIN n ON n.file_id = s.src
    WHERE s.src_all <> 'literal' AND NOT starts_with(n.name, '_')
  )
  SELECT * FROM n
),
exportable AS (
  -- what `from M import *` binds
  SELECT file_id, name FROM literal
  UNION
  SELECT n.file_id, n.name FROM names n JOIN py_files f USING (file_id) WHERE f.all_kind <> 'literal' AND NOT starts_with(n.name, '_')
),
entries AS (
  SELECT file_id, name, bstart AS pos, 'own' AS src_kind, binding_kind, target_id, bstart, bend, NULL::BIGINT AS src, NULL AS src_all FROM own
  UNION ALL
  SELECT s.file_id, x.name, s.bstart, 'star', NULL, NULL, NULL, NULL, s.src, s.src_all
  FROM stars s JOIN exportable x ON x.file_id = s.src
),
winner AS (
  SELECT * FROM (
    SELECT e.*, row_number() OVER (PARTITION BY e.file_id, e.name ORDER BY e.pos DESC, e.src_kind) AS rk FROM entries e
  ) WHERE rk = 1 AND coalesce(binding_kind, '') <> 'del'
),
sub_imports AS MATERIALIZED (
  -- `from pkg import n` where pkg.n is a submodule: (importer, import, pkg's file, n, pkg.n's file)
  SELECT s.file_id, s.import_id, f.target_file_id AS from_file, i.name, s.target_file_id AS sub_file
  FROM import_modules s
  JOIN import_modules f ON f.file_id = s.file_id AND f.import_id = s.import_id AND f.role = 'from'
  JOIN py_imports i ON i.file_id = s.file_id AND i.node_id = s.import_id
  WHERE s.role = 'submodule' AND s.file_id IN (SELECT file_id FROM reach)
),
shadowed_subs AS (
  -- ... whose pkg/__init__.py binds n at module level by an import from pkg.n itself (`from .ask
  -- import ask`, SymPy's): it imported the submodule, then rebound the attribute n, so the name
  -- is followed instead of the submodule
  -- (pkg's file is in reach: it is the target of a `from` import of a file in reach)
  SELECT DISTINCT c.file_id, c.import_id
  FROM sub_imports c
  JOIN own b ON b.file_id = c.from_file AND b.name = c.name AND b.binding_kind = 'import'
  JOIN import_modules x ON x.file_id = b.file_id AND x.import_id = b.target_id AND x.role = 'from' AND x.target_file_id = c.sub_file
),
-- one step of every winner: a terminal value or a pointer to (module file, name)
step AS (
  SELECT
    w.file_id, w.name,
    CASE
      WHEN w.src_kind = 'star' THEN 'star'
      WHEN w.binding_kind = 'import' THEN 'imported'
      ELSE 'defined'
    END AS via,
    CASE
      WHEN w.src_kind = 'star' THEN NULL
      WHEN w.binding_kind IN ('def', 'class') THEN d.kind
      WHEN w.binding_kind = 'import' AND im.target_kind IS NULL THEN 'UNRESOLVED'
      WHEN w.binding_kind = 'import' AND im.role = 'from' AND im.target_kind = 'MODULE' THEN NULL
      WHEN w.binding_kind = 'import' AND im.role = 'from' AND im.target_kind = 'EXTERNAL' THEN 'EXTERNAL'
      WHEN w.binding_kind = 'import' AND im.role = 'from' THEN 'UNRESOLVED'
      WHEN w.binding_kind = 'import' AND im.target_kind = 'EXTERNAL' THEN 'EXTERNAL_MODULE'
      WHEN w.binding_kind = 'import' THEN im.target_kind
      ELSE 'VARIABLE'
    END AS kind,
    CASE
      WHEN w.binding_kind IN ('def', 'class') THEN w.target_id
      WHEN w.binding_kind = 'import' AND im.role <> 'from' THEN im.target_id
      -- (a variable binding's target is the NAME_REF that stores it)
      WHEN w.src_kind = 'own' AND w.binding_kind <> 'import' THEN w.target_id
    END AS target_id,
    CASE
      WHEN w.binding_kind IN ('def', 'class') THEN w.file_id
      WHEN w.binding_kind = 'import' AND im.role <> 'from' THEN im.target_file_id
      WHEN w.src_kind = 'own' AND w.binding_kind <> 'import' THEN w.file_id
    END AS target_file_id,
    CASE
      WHEN w.binding_kind IN ('def', 'class') THEN concat_ws('.', nullif(m.module, ''), d.local_qname)
      WHEN w.binding_kind = 'import' AND im.role = 'from' THEN im.module || '.' || i.name
      WHEN w.binding_kind = 'import' THEN im.module
      WHEN w.src_kind = 'own' THEN concat_ws('.', nullif(m.module, ''), w.name)
    END AS qname,
    CASE
      WHEN w.src_kind = 'star' THEN w.src
      WHEN w.binding_kind = 'import' AND im.role = 'from' AND im.target_kind = 'MODULE' THEN im.target_file_id
    END AS ptr_file,
    CASE WHEN w.src_kind = 'star' THEN w.name ELSE i.name END AS ptr_name,
    (CASE WHEN oc.n > 1 THEN 0.8 ELSE 1.0 END)::DOUBLE * (CASE WHEN w.src_all = 'dynamic' THEN 0.7 ELSE 1.0 END)::DOUBLE AS conf
  FROM winner w
  JOIN mods m ON m.file_id = w.file_id
  LEFT JOIN own_count oc ON oc.file_id = w.file_id AND oc.name = w.name
  LEFT JOIN py_defs d ON d.node_id = w.target_id AND d.file_id = w.file_id
  LEFT JOIN py_imports i ON i.node_id = w.target_id AND i.file_id = w.file_id
  -- the import's bound module (`import a.b` binds a), or else the module of `from X import n`
  -- (with the submodule X.n first when it exists)
  LEFT JOIN (
    SELECT * FROM (
      SELECT im.*, row_number() OVER (PARTITION BY im.import_id ORDER BY im.binds DESC) AS rk
      FROM import_modules im WHERE (im.binds OR im.role = 'from') AND im.file_id IN (SELECT file_id FROM reach)
        AND NOT EXISTS (SELECT 1 FROM shadowed_subs x WHERE x.file_id = im.file_id AND x.import_id = im.import_id AND im.role = 'submodule')
    ) WHERE rk = 1
  ) im ON im.import_id = w.target_id AND im.file_id = w.file_id
),
chase AS (
  WITH RECURSIVE c(file_id, name, first_file, first_name, cur_file, cur_name, hops, conf) AS (
    SELECT file_id, name, ptr_file, ptr_name, ptr_file, ptr_name, 1, conf
    FROM step
    WHERE ptr_file IS NOT NULL AND file_id IN (SELECT file_id FROM file_allowlist)
    UNION ALL
    SELECT c.file_id, c.name, c.first_file, c.first_name, s.ptr_file, s.ptr_name, c.hops + 1, c.conf * s.conf
    FROM c JOIN step s ON s.file_id = c.cur_file AND s.name = c.cur_name
    WHERE s.ptr_file IS NOT NULL AND c.hops < 12
  )
  SELECT * FROM (SELECT c.*, row_number() OVER (PARTITION BY file_id, name ORDER BY hops DESC) AS rk FROM c) WHERE rk = 1
),
chased AS (
  SELECT
    c.file_id, c.name,
    CASE WHEN s.file_id IS NOT NULL AND s.ptr_file IS NULL THEN s.kind
         WHEN s.file_id IS NULL AND sub.file_id IS NOT NULL THEN 'MODULE'
         ELSE 'UNRESOLVED' END AS kind,
    CASE WHEN s.file_id IS NOT NULL AND s.ptr_file IS NULL THEN s.target_id
         WHEN s.file_id IS NULL THEN coalesce(subd.node_id, sub.file_id) END AS target_id,
    CASE WHEN s.file_id IS NOT NULL AND s.ptr_file IS NULL THEN s.target_file_id
         WHEN s.file_id IS NULL THEN sub.file_id END AS target_file_id,
    CASE WHEN s.file_id IS NOT NULL AND s.ptr_file IS NULL THEN s.qname
         -- the last module asked does not bind the name
         WHEN s.file_id IS NULL THEN concat_ws('.', nullif(cm.module, ''), c.cur_name)
         -- an import cycle (or a chain longer than the bound): the name as first asked for
         ELSE concat_ws('.', nullif(fm.module, ''), c.first_name) END AS qname,
    c.hops,
    c.conf * (CASE WHEN s.file_id IS NOT NULL AND s.ptr_file IS NULL THEN s.conf
                   WHEN s.file_id IS NULL AND sub.file_id IS NOT NULL THEN 1.0
                   ELSE 0.5 END)::DOUBLE AS conf
  FROM chase c
  LEFT JOIN mods cm ON cm.file_id = c.cur_file
  LEFT JOIN mods fm ON fm.file_id = c.first_file
  LEFT JOIN step s ON s.file_id = c.cur_file AND s.name = c.cur_name
  -- a name the module does not bind may be one of its submodules
  LEFT JOIN (
    SELECT module, root, arg_min(file_id, (NOT is_package, path)) AS file_id FROM module_index WHERE importable GROUP BY ALL
  ) sub ON sub.module = cm.module || '.' || c.cur_name AND sub.root = cm.root
  LEFT JOIN py_defs subd ON subd.file_id = sub.file_id AND subd.kind = 'MODULE'
)
SELECT
  s.file_id,
  s.name,
  coalesce(c.kind, s.kind) AS kind,
  CASE WHEN c.file_id IS NOT NULL THEN c.target_id ELSE s.target_id END AS target_id,
  CASE WHEN c.file_id IS NOT NULL THEN c.target_file_id ELSE s.target_file_id END AS target_file_id,
  CASE WHEN c.file_id IS NOT NULL THEN c.qname ELSE s.qname END AS qname,
  s.via,
  x.file_id IS NOT NULL AS public,
  coalesce(c.hops, CASE WHEN s.via = 'defined' THEN 0 ELSE 1 END)::INTEGER AS hops,
  CASE WHEN c.file_id IS NOT NULL THEN c.conf WHEN s.kind = 'UNRESOLVED' THEN s.conf * 0.5 ELSE s.conf END AS confidence
FROM step s
LEFT JOIN chased c ON c.file_id = s.file_id AND c.name = s.name
LEFT JOIN exportable x ON x.file_id = s.file_id AND x.name = s.name
WHERE s.file_id IN (SELECT file_id FROM file_allowlist)
