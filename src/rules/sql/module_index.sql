-- rule: module_index
-- output: module_index
-- inputs: py_files
-- doc: The dotted module name of every file. A file's import root is the nearest ancestor
--      directory that is not a regular package (has no __init__.py); the module name is the path
--      below that root. pkg/__init__.py is module `pkg`. `importable` is false when a path part
--      is not a Python identifier (such files keep their node but cannot be imported).
WITH files AS (
  SELECT file_id, path, string_split(path, '/') AS parts FROM py_files
),
packages AS (
  SELECT DISTINCT CASE WHEN path = '__init__.py' THEN '' ELSE left(path, length(path) - 12) END AS dir
  FROM py_files
  WHERE path = '__init__.py' OR ends_with(path, '/__init__.py')
),
depths AS (
  -- d = number of leading directory parts that form the root; d = 0 is the repository root.
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
    array_to_string(f.parts[1:root_len], '/') AS root
  FROM files f JOIN depths USING (file_id)
  WHERE f.file_id IN (SELECT file_id FROM file_allowlist)
),
stems AS (
  SELECT
    file_id, path, root,
    list_concat(rel[1:len(rel) - 1], [regexp_replace(rel[len(rel)], '\.py$', '')]) AS mod_parts
  FROM named
)
SELECT
  file_id,
  path,
  array_to_string(CASE WHEN mod_parts[len(mod_parts)] = '__init__' AND len(mod_parts) > 1 THEN mod_parts[1:len(mod_parts) - 1] ELSE mod_parts END, '.') AS module,
  mod_parts[len(mod_parts)] = '__init__' AS is_package,
  root,
  list_bool_and(list_transform(mod_parts, p -> regexp_full_match(p, '[A-Za-z_][A-Za-z0-9_]*'))) AS importable
FROM stems
