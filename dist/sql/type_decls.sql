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
--      looked up (the macro annotation_classes, macros/type_macros.sql, shared with type_members
--      and type_targets). class_id / class_file_id: the class. confidence: 0.95 (annotation, return),
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
)
SELECT file_id, slot_kind, owner_id, name, class_id, class_file_id,
       CASE WHEN slot_kind = 'param' THEN 'annotation' ELSE 'return' END AS resolution, 0.95::DOUBLE AS confidence
FROM annotation_classes(anns) -- macros/type_macros.sql
UNION ALL
SELECT p.file_id, 'param', p.node_id, p.name, m.class_id, m.file_id, 'self', 0.9::DOUBLE
FROM in_scope_py_params p JOIN methods m ON m.def_id = p.def_id
WHERE p.ordinal = 0 AND NOT m.is_static AND p.annotation IS NULL AND p.param_kind NOT IN ('vararg', 'kwarg', 'keyword_only')
  AND p.file_id IN (SELECT file_id FROM file_allowlist)
