-- rule: type_decls
-- output: type_decls
-- inputs: py_defs, py_params, py_types, py_decorators, module_exports
-- doc: Declared types (the type rules' first layer, flow-insensitive, never a guess): one row per
--      slot whose type is a known in-repository class. slot_kind `param` (owner_id = the PARAM):
--      its annotation (resolution `annotation`), or for the first parameter of a method that is
--      not a staticmethod, `self`/`cls` (resolution `self`: the enclosing class); slot_kind
--      `return` (owner_id = the FUNCTION): its return annotation (resolution `return`; `Self` is
--      the enclosing class). An annotation names a class when, after removing quotes,
--      `Optional[...]`, `Union[X, None]`, `X | None`, `Type[...]` and a generic subscript
--      (`Foo[int]` is Foo), it is a dotted name that resolves through the module's namespace
--      (module_exports: imports, including those under `if TYPE_CHECKING:`, and definitions)
--      and module attributes to a CLASS. Names bound only in function or class scopes are not
--      looked up. class_id / class_file_id: the class. confidence: 0.95 (annotation, return),
--      0.9 (self).
WITH methods AS MATERIALIZED (
  SELECT f.node_id AS def_id, f.file_id, f.parent_id AS class_id,
         EXISTS (SELECT 1 FROM in_scope_py_decorators x WHERE x.def_id = f.node_id AND x.expr = 'staticmethod') AS is_static
  FROM in_scope_py_defs f
  JOIN in_scope_py_defs c ON c.node_id = f.parent_id AND c.kind = 'CLASS'
  WHERE f.kind = 'FUNCTION' AND f.file_id IN (SELECT file_id FROM file_allowlist)
),
anns AS MATERIALIZED (
  SELECT p.file_id, 'param' AS slot_kind, p.node_id AS owner_id, p.name, p.annotation AS text, m.class_id AS self_class
  FROM in_scope_py_params p LEFT JOIN methods m ON m.def_id = p.def_id
  WHERE p.annotation IS NOT NULL AND p.param_kind NOT IN ('vararg', 'kwarg') AND p.file_id IN (SELECT file_id FROM file_allowlist)
  UNION ALL
  SELECT t.file_id, 'return', t.scope_id, NULL, t.annotation, m.class_id
  FROM in_scope_py_types t LEFT JOIN methods m ON m.def_id = t.scope_id
  WHERE t.kind = 'return' AND t.file_id IN (SELECT file_id FROM file_allowlist)
),
resolved AS (
  WITH cores AS (
    SELECT file_id, slot_kind, owner_id, name, self_class, core, string_split(core, '.') AS parts
    FROM (SELECT *, regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           trim(text),
           '^[''"](.*)[''"]$', '\1'),
           '^(?:typing\.|t\.|typing_extensions\.)?Optional\[(.*)\]$', '\1'),
           '^(?:typing\.|t\.)?Union\[\s*([^,\[\]]+?)\s*,\s*None\s*\]$', '\1'),
           '^(.*?)\s*\|\s*None$', '\1'),
           '^None\s*\|\s*(.*)$', '\1'),
           '^\s*[''"](.*)[''"]\s*$', '\1'),
           '^(?:typing\.|t\.)?(?:Type|type)\[(.*)\]$', '\1'),
           '^\s*[''"]?([A-Za-z_][A-Za-z0-9_.]*)[''"]?\s*(?:\[[\s\S]*)?$', '\1') AS core FROM anns)
    WHERE regexp_full_match(core, '[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*')
  ),
  selfs AS (
    SELECT a.file_id, a.slot_kind, a.owner_id, a.name, a.self_class AS class_id FROM cores a
    WHERE a.core IN ('Self', 'typing.Self', 'typing_extensions.Self', 't.Self') AND a.self_class IS NOT NULL
  ),
  names AS (
    SELECT e.file_id, e.name, e.kind, e.target_id, e.target_file_id FROM module_exports e
    WHERE e.kind IN ('CLASS', 'MODULE') AND e.name IN (SELECT unnest(parts) FROM cores)
  ),
  w AS (
    WITH RECURSIVE w(file_id, slot_kind, owner_id, name, parts, i, kind, target_id, target_file_id) AS (
      SELECT a.file_id, a.slot_kind, a.owner_id, a.name, a.parts, 1, e.kind, e.target_id, e.target_file_id
      FROM cores a JOIN names e ON e.file_id = a.file_id AND e.name = a.parts[1]
      WHERE a.core NOT IN ('Self', 'typing.Self', 'typing_extensions.Self', 't.Self')
      UNION ALL
      SELECT w.file_id, w.slot_kind, w.owner_id, w.name, w.parts, w.i + 1, e.kind, e.target_id, e.target_file_id
      FROM w JOIN names e ON e.file_id = w.target_file_id AND e.name = w.parts[w.i + 1]
      WHERE w.kind = 'MODULE' AND w.i < len(w.parts) AND w.i < 6
    )
    SELECT * FROM w
  )
  SELECT file_id, slot_kind, owner_id, name, target_id AS class_id, target_file_id AS class_file_id FROM w WHERE kind = 'CLASS' AND i = len(parts) AND target_id IS NOT NULL
  UNION ALL
  SELECT s.file_id, s.slot_kind, s.owner_id, s.name, s.class_id, s.file_id FROM selfs s
)
SELECT file_id, slot_kind, owner_id, name, class_id, class_file_id,
       CASE WHEN slot_kind = 'param' THEN 'annotation' ELSE 'return' END AS resolution, 0.95::DOUBLE AS confidence
FROM resolved
UNION ALL
SELECT p.file_id, 'param', p.node_id, p.name, m.class_id, m.file_id, 'self', 0.9::DOUBLE
FROM in_scope_py_params p JOIN methods m ON m.def_id = p.def_id
WHERE p.ordinal = 0 AND NOT m.is_static AND p.annotation IS NULL AND p.param_kind NOT IN ('vararg', 'kwarg', 'keyword_only')
  AND p.file_id IN (SELECT file_id FROM file_allowlist)
