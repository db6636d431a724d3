-- macros: annotation_core, annotation_classes, typed_values, dep_names, dep_name
-- doc: What the type rules share (type_decls, type_members, type_targets). Created (as macros of
--      the run's database, which every connection of the run sees) before the rules run; part of
--      the pipeline fingerprint like the rules. A macro reads the datasets a calling rule declares
--      as its inputs, so a rule that calls one lists them in its header.

-- The class name an annotation's text is about, before it is looked up: quotes, `Optional[...]`,
-- `Union[X, None]`, `X | None`, `None | X`, `Type[...]` and a generic subscript (`Foo[int]` is
-- Foo) removed. The caller keeps it only when it is a dotted name.
CREATE OR REPLACE MACRO annotation_core(text) AS
  regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
    trim(text),
    '^[''"](.*)[''"]$', '\1'),
    '^(?:typing\.|t\.|typing_extensions\.)?Optional\[(.*)\]$', '\1'),
    '^(?:typing\.|t\.)?Union\[\s*([^,\[\]]+?)\s*,\s*None\s*\]$', '\1'),
    '^(.*?)\s*\|\s*None$', '\1'),
    '^None\s*\|\s*(.*)$', '\1'),
    '^\s*[''"](.*)[''"]\s*$', '\1'),
    '^(?:typing\.|t\.)?(?:Type|type)\[(.*)\]$', '\1'),
    '^\s*[''"]?([A-Za-z_][A-Za-z0-9_.]*)[''"]?\s*(?:\[[\s\S]*)?$', '\1');

-- The classes annotations name. `anns`: a relation (a CTE or view of the calling query) with
-- columns file_id, text (the annotation) and self_class (the class `Self` means there, or NULL),
-- and any others. Returns the rows of `anns` whose annotation names a class, without `text`,
-- with class_id / class_file_id: `Self` (also typing.Self, typing_extensions.Self, t.Self) is
-- self_class; any other dotted name resolves through the file's namespace (module_exports:
-- imports and definitions) and module attributes (up to 6 parts) to a CLASS. A row of `anns`
-- comes back once per way its name resolves.
CREATE OR REPLACE MACRO annotation_classes(anns) AS TABLE
WITH cores AS (
  SELECT * EXCLUDE (text), string_split(core, '.') AS parts
  FROM (SELECT *, annotation_core(text) AS core FROM query_table(anns))
  WHERE regexp_full_match(core, '[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*')
),
names AS (
  SELECT e.file_id, e.name, e.kind, e.target_id, e.target_file_id FROM module_exports e
  WHERE e.kind IN ('CLASS', 'MODULE') AND e.name IN (SELECT unnest(parts) FROM cores)
),
w AS (
  -- each distinct (file, dotted name) walked once, part by part
  WITH RECURSIVE w(file_id, core, parts, i, kind, target_id, target_file_id) AS (
    SELECT a.file_id, a.core, a.parts, 1, e.kind, e.target_id, e.target_file_id
    FROM (SELECT DISTINCT file_id, core, parts FROM cores WHERE core NOT IN ('Self', 'typing.Self', 'typing_extensions.Self', 't.Self')) a
    JOIN names e ON e.file_id = a.file_id AND e.name = a.parts[1]
    UNION ALL
    SELECT w.file_id, w.core, w.parts, w.i + 1, e.kind, e.target_id, e.target_file_id
    FROM w JOIN names e ON e.file_id = w.target_file_id AND e.name = w.parts[w.i + 1]
    WHERE w.kind = 'MODULE' AND w.i < len(w.parts) AND w.i < 6
  )
  SELECT * FROM w
)
SELECT a.* EXCLUDE (core, parts), w.target_id AS class_id, w.target_file_id AS class_file_id
FROM cores a JOIN w ON w.file_id = a.file_id AND w.core = a.core
WHERE w.kind = 'CLASS' AND w.i = len(w.parts) AND w.target_id IS NOT NULL
UNION ALL
SELECT a.* EXCLUDE (core, parts), a.self_class, a.file_id
FROM cores a
WHERE a.core IN ('Self', 'typing.Self', 'typing_extensions.Self', 't.Self') AND a.self_class IS NOT NULL;

-- The type of each fact's value (type_members, type_targets). `facts`: a relation with columns
-- fact_id (unique), file_id, annotation, value_kind, value_bstart, value_bend (the value's span)
-- and self_class (for annotation_classes), and any others. Returns every row of `facts` with:
-- type_id / type_file_id / how: its annotation's class ('annotation'), else its value's: a
-- constructor call ('constructor'), a call of a function with a declared return type
-- ('return'), a parameter with a declared type (type_decls' resolution); neutral: the value is
-- `None` without an annotation (typed NULL); callee_kind / callee_id / callee_file_id: what a
-- value that is a call calls (call_targets); name_kind / name_target_id: what a value that is a
-- name refers to (ref_targets). Reads in_scope_py_calls, in_scope_call_targets,
-- in_scope_ref_targets, type_decls and module_exports.
CREATE OR REPLACE MACRO typed_values(facts) AS TABLE
WITH anns AS (
  SELECT fact_id, file_id, annotation AS text, self_class FROM query_table(facts) WHERE annotation IS NOT NULL
),
ann AS (
  SELECT fact_id, class_id, class_file_id FROM annotation_classes(anns)
),
callv AS (
  SELECT f.fact_id, ct.kind, ct.target_id, ct.target_file_id
  FROM query_table(facts) f
  JOIN in_scope_py_calls c ON c.file_id = f.file_id AND c.bstart = f.value_bstart AND c.bend = f.value_bend
  JOIN in_scope_call_targets ct ON ct.site_id = c.node_id AND ct.site_kind = 'CALL'
  WHERE f.value_kind = 'call'
),
namev AS (
  SELECT f.fact_id, r.kind, r.target_id
  FROM query_table(facts) f
  JOIN in_scope_ref_targets r ON r.file_id = f.file_id AND r.bstart = f.value_bstart AND r.bend = f.value_bend AND r.site_kind = 'NAME_REF'
  WHERE f.value_kind = 'name'
)
SELECT f.*,
       CASE WHEN f.annotation IS NOT NULL THEN a.class_id
            WHEN cv.kind = 'CLASS' THEN cv.target_id
            WHEN cv.kind = 'FUNCTION' THEN rd.class_id
            WHEN nv.kind = 'PARAM' THEN pd.class_id END AS type_id,
       CASE WHEN f.annotation IS NOT NULL THEN a.class_file_id
            WHEN cv.kind = 'CLASS' THEN cv.target_file_id
            WHEN cv.kind = 'FUNCTION' THEN rd.class_file_id
            WHEN nv.kind = 'PARAM' THEN pd.class_file_id END AS type_file_id,
       CASE WHEN f.annotation IS NOT NULL THEN 'annotation'
            WHEN cv.kind = 'CLASS' THEN 'constructor'
            WHEN cv.kind = 'FUNCTION' THEN 'return'
            WHEN nv.kind = 'PARAM' THEN pd.resolution END AS how,
       f.annotation IS NULL AND f.value_kind = 'none' AS neutral,
       cv.kind AS callee_kind, cv.target_id AS callee_id, cv.target_file_id AS callee_file_id, nv.kind AS name_kind, nv.target_id AS name_target_id
FROM query_table(facts) f
LEFT JOIN ann a ON a.fact_id = f.fact_id
LEFT JOIN callv cv ON cv.fact_id = f.fact_id
LEFT JOIN (SELECT owner_id, class_id, class_file_id FROM type_decls WHERE slot_kind = 'return') rd ON rd.owner_id = cv.target_id
LEFT JOIN namev nv ON nv.fact_id = f.fact_id
LEFT JOIN (SELECT owner_id, class_id, class_file_id, resolution FROM type_decls WHERE slot_kind = 'param') pd
  ON pd.owner_id = nv.target_id;

-- The names a type fact reads in its module, as the impact closure's dependency keys take them
-- (`N|<name>`): each dotted name in `text` whole (`pd.DataFrame` in `Optional[pd.DataFrame]`:
-- what the annotation denotes depends on pd and, below pd, on its DataFrame only).
CREATE OR REPLACE MACRO dep_names(text) AS
  regexp_extract_all(text, '[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*');

-- The dotted name a value's text starts with (`pd.DataFrame` of `pd.DataFrame(rows)`).
CREATE OR REPLACE MACRO dep_name(text) AS
  regexp_extract(text, '^\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)', 1);
