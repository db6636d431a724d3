-- rule: module_index
-- output: module_index
-- inputs: py_files, py_imports
-- doc: The dotted module name of every file, and the import roots its imports search. A file's
--      import root (`root`, the directory that would be on sys.path) is the nearest ancestor
--      directory that is not a package; the module name is the path below it. pkg/__init__.py is
--      module `pkg`. A package is a directory with an __init__.py (regular) or a PEP 420 namespace
--      package: a directory without one that the code imports through, seen from a relative import
--      in or below it (`from . import x` in d/m.py makes d a package, `from .plugins import x` in
--      pkg/m.py makes pkg/plugins one) or from an absolute import whose dotted name spells its path
--      below an import root (`import shop.plugins.discounts` makes shop/plugins one). A declared
--      root (the table `import_roots`, read from the packaging and tool configuration of
--      the repository and its nested projects and from --python-path: src/config/import-roots.ts),
--      a project's directory and a top-level `src` are never namespace packages. So a top-level package has root '', a
--      `src/` or `lib/` layout root `src` / `lib`, and a directory of scripts or tests without
--      __init__.py is a root of its own. When the repository root itself has an __init__.py (a
--      package checked out on its own, like Django), its package name is inferred from the
--      absolute imports that name a top-level entry below it (`from django.db import x`), every
--      module name gets that prefix and root is '..'.
--      `search_path` is sys.path as the file's imports see it (import_modules looks names up in
--      it, first root first): the file's own root (the script's directory, pytest's rootdir
--      insertion), then the roots of the projects that contain the file, innermost first, each in
--      its declared order, then '', '..' and `src`, then every other visible root in path order:
--      the other projects' roots and the inferred ones. A root is inferred from evidence where
--      nothing declares it: a directory that is not a package, whose child package is imported by
--      absolute name from a file outside the directory (`import pkg` in tests/ for lib/pkg/).
--      `importable` is false when a part of the module name is not a Python identifier: such
--      files keep their FILE and MODULE nodes but no import resolves to them.
WITH files AS (
  SELECT file_id, path, string_split(path, '/') AS parts FROM py_files
),
declared AS (
  -- declared roots and project directories: never namespace packages
  SELECT dir FROM import_roots WHERE dir <> '' UNION SELECT project FROM import_roots WHERE project <> ''
),
dirs AS (
  SELECT DISTINCT array_to_string(f.parts[1:k.k], '/') AS dir
  FROM files f, LATERAL (SELECT unnest(range(1, len(f.parts))) AS k) k
),
regular AS (
  SELECT DISTINCT CASE WHEN path = '__init__.py' THEN '' ELSE left(path, length(path) - 12) END AS dir
  FROM py_files
  WHERE path = '__init__.py' OR ends_with(path, '/__init__.py')
),
bare AS (
  -- directories without __init__.py: a namespace package or an import root
  SELECT dir FROM dirs WHERE dir NOT IN (SELECT dir FROM regular) AND dir <> 'src' AND dir NOT IN (SELECT dir FROM declared)
),
rootish AS (
  -- directories that may be import roots: bare ones and the declared ones
  SELECT dir FROM bare UNION SELECT dir FROM declared UNION SELECT 'src'
),
imp AS (
  SELECT i.file_id, i.level, i.module, i.name, i.is_star, i.import_kind, f.parts, f.path
  FROM py_imports i JOIN files f USING (file_id)
  WHERE i.import_kind <> 'future'
),
rel_evidence AS (
  -- the importer's directory and the level - 1 directories above it are packages
  SELECT array_to_string(imp.parts[1:len(imp.parts) - 1 - k.k], '/') AS dir
  FROM imp, LATERAL (SELECT unnest(range(0, imp.level)) AS k) k
  WHERE imp.level > 0 AND len(imp.parts) - 1 - k.k >= 1
  UNION ALL
  -- and the directories the dotted name walks through below the base package
  SELECT array_to_string(list_concat(r.parts[1:len(r.parts) - r.level], r.mparts[1:j.j]), '/')
  FROM (
    SELECT parts, level,
           list_concat(CASE WHEN module = '' THEN [] ELSE string_split(module, '.') END, CASE WHEN is_star OR name IS NULL THEN [] ELSE [name] END) AS mparts
    FROM imp WHERE level > 0 AND len(parts) - level >= 1
  ) r, LATERAL (SELECT unnest(range(1, len(r.mparts) + 1)) AS j) j
),
abs_names AS (
  SELECT DISTINCT string_split(CASE WHEN import_kind = 'from' AND NOT is_star AND name IS NOT NULL THEN module || '.' || name ELSE module END, '.') AS xp
  FROM imp WHERE level = 0 AND module <> ''
),
abs_suffixes AS (
  SELECT DISTINCT array_to_string(a.xp[1:j.j], '/') AS s, a.xp[j.j] AS last
  FROM abs_names a, LATERAL (SELECT unnest(range(1, len(a.xp) + 1)) AS j) j
),
abs_evidence AS (
  -- d spells an imported dotted name below an import root ('' or a directory without __init__.py)
  SELECT b.dir
  FROM (SELECT dir, regexp_extract(dir, '[^/]*$') AS last FROM bare) b
  JOIN abs_suffixes a ON a.last = b.last
  WHERE b.dir = a.s
     OR (ends_with(b.dir, '/' || a.s) AND left(b.dir, length(b.dir) - length(a.s) - 1) IN (SELECT dir FROM rootish))
),
packages AS (
  SELECT dir FROM regular
  UNION
  SELECT dir FROM bare WHERE dir IN (SELECT dir FROM rel_evidence UNION ALL SELECT dir FROM abs_evidence)
),
top_entries AS (
  SELECT DISTINCT regexp_replace(parts[1], '\.py$', '') AS name FROM files
),
root_package AS (
  -- the repository root is a package: its name is the first part of the absolute imports that
  -- continue with a top-level entry of the repository (and is not one itself)
  SELECT x[1] AS name
  FROM (SELECT DISTINCT file_id, string_split(module, '.') AS x FROM imp WHERE level = 0 AND module LIKE '%.%')
  WHERE EXISTS (SELECT 1 FROM regular WHERE dir = '')
    AND x[2] IN (SELECT name FROM top_entries)
    AND x[1] NOT IN (SELECT name FROM top_entries)
    AND regexp_full_match(x[1], '[A-Za-z_][A-Za-z0-9_]*')
  GROUP BY 1
  ORDER BY count(*) DESC, 1
  LIMIT 1
),
depths AS (
  -- root_len = number of leading directory parts that form the root; 0 is the repository root.
  SELECT f.file_id, max(d.d) AS root_len
  FROM files f, LATERAL (SELECT unnest(range(0, len(f.parts))) AS d) d
  WHERE d.d = 0 OR array_to_string(f.parts[1:d.d], '/') NOT IN (SELECT dir FROM packages)
  GROUP BY f.file_id
),
named AS (
  SELECT
    f.file_id,
    f.path,
    f.parts[root_len + 1:] AS rel,
    root_len,
    array_to_string(f.parts[1:root_len], '/') AS root
  FROM files f JOIN depths USING (file_id)
  WHERE f.file_id IN (SELECT file_id FROM file_allowlist)
),
stems AS (
  SELECT
    file_id, path, root, root_len,
    list_concat(rel[1:len(rel) - 1], [regexp_replace(rel[len(rel)], '\.py$', '')]) AS mod_parts
  FROM named
),
modules AS (
  SELECT
    s.file_id, s.path, s.mod_parts[len(s.mod_parts)] = '__init__' AS is_package,
    CASE WHEN s.root_len = 0 AND rp.name IS NOT NULL
         THEN list_concat([rp.name], CASE WHEN s.mod_parts = ['__init__'] THEN [] ELSE s.mod_parts END)
         ELSE s.mod_parts END AS parts,
    CASE WHEN s.root_len = 0 AND rp.name IS NOT NULL THEN '..' ELSE s.root END AS root
  FROM stems s LEFT JOIN root_package rp ON true
),
pkg_children AS (
  SELECT regexp_extract(dir, '^(.*)/[^/]*$', 1) AS parent, regexp_extract(dir, '[^/]*$') AS name
  FROM packages WHERE contains(dir, '/')
),
abs_tops AS (
  SELECT DISTINCT path, split_part(module, '.', 1) AS top FROM imp WHERE level = 0 AND module <> ''
),
inferred AS (
  -- a directory that is not a package whose child package a file outside it imports by absolute name
  SELECT DISTINCT c.parent AS dir
  FROM pkg_children c
  JOIN abs_tops t ON t.top = c.name AND NOT starts_with(t.path, c.parent || '/')
  WHERE c.parent IN (SELECT dir FROM bare) AND c.parent NOT IN (SELECT dir FROM packages)
),
visible AS (
  SELECT dir FROM import_roots UNION SELECT dir FROM inferred
),
search_entries AS (
  -- (file, root, sort key): own root, containing projects' roots, the repository's, the others
  SELECT m.file_id, m.root AS dir, 0 AS g, 0 AS a, 0 AS b, '' AS c FROM modules m
  UNION ALL
  SELECT m.file_id, r.dir, 1, -length(r.project), r.ord, ''
  FROM modules m JOIN import_roots r ON r.project = '' OR starts_with(m.path, r.project || '/')
  UNION ALL
  SELECT m.file_id, x.dir, 2, x.o, 0, '' FROM modules m, (VALUES ('', 0), ('..', 1), ('src', 2)) x(dir, o)
  UNION ALL
  SELECT m.file_id, v.dir, 3, 0, 0, v.dir FROM modules m, visible v
),
search AS (
  -- (sorted as a list of structs: an ordered aggregate keeps a sort per group, which ran a
  -- 26.7k-file build out of DuckDB's memory limit; no two entries of a file tie on (g, a, b, c))
  SELECT file_id, list_transform(list_sort(list({'g': g, 'a': a, 'b': b, 'c': c, 'dir': dir})), e -> e.dir) AS search_path
  FROM (SELECT *, row_number() OVER (PARTITION BY file_id, dir ORDER BY g, a, b, c) AS rn FROM search_entries)
  WHERE rn = 1
  GROUP BY file_id
)
SELECT
  file_id,
  path,
  array_to_string(CASE WHEN parts[len(parts)] = '__init__' AND len(parts) > 1 THEN parts[1:len(parts) - 1] ELSE parts END, '.') AS module,
  is_package,
  root,
  list_bool_and(list_transform(parts, p -> regexp_full_match(p, '[A-Za-z_][A-Za-z0-9_]*'))) AS importable,
  search_path
FROM modules JOIN search USING (file_id)
