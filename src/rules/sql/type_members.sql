-- rule: type_members
-- output: type_members
-- inputs: py_defs, py_params, py_types, py_attributes, py_decorators, py_calls, module_exports, module_index, ref_targets, call_targets, type_decls
-- doc: Instance attributes and typed class members (the type rules' second layer). One row per
--      (class, name) for every instance attribute, i.e. a name stored as `self.x` (any store:
--      assignment, tuple target, augmented assignment, for, with) in one of the class's methods
--      (`self` = the method's first parameter, not in a staticmethod or classmethod): store_id =
--      the first such store (an ATTRIBUTE node), resolution `instance_attr`; and for every
--      class-level name with an annotation or a typed value (`x: T`, dataclass and NamedTuple
--      fields, `x = Foo()`): store_id NULL (the class body binds it: class_members), resolution
--      `class_attr`. type_id / type_file_id: the member's type when it is one known class: a
--      fact's type is its annotation, else its value's (`Foo(...)`: constructor; a call of a
--      function with a declared return type; a parameter with a declared type). When the class
--      annotates the name anywhere, the annotations decide; otherwise every store must agree
--      (`None` is neutral, any other value or store form drops the type). Inherited through
--      class_mro by the readers (type_targets). qname: the class's qualified name + '.' + name.
--      confidence: 0.85. deps: what the member's facts read to type it, as `<file_id>|<key>`
--      (keys as in type_targets' DEPENDS rows): readers of the member's type depend on them
--      too. A class-level name with facts but no type has a row when it has deps (its type may
--      appear when they change).
WITH methods AS MATERIALIZED (
  SELECT f.node_id AS def_id, f.file_id, f.parent_id AS class_id, p.name AS self_name
  FROM in_scope_py_defs f
  JOIN in_scope_py_defs c ON c.node_id = f.parent_id AND c.kind = 'CLASS'
  JOIN in_scope_py_params p ON p.def_id = f.node_id AND p.ordinal = 0
  WHERE f.kind = 'FUNCTION' AND f.file_id IN (SELECT file_id FROM file_allowlist)
    AND NOT EXISTS (SELECT 1 FROM in_scope_py_decorators x WHERE x.def_id = f.node_id AND x.expr IN ('staticmethod', 'classmethod'))
),
stores AS MATERIALIZED (
  -- every `self.x` store in a method
  SELECT a.node_id, a.file_id, m.class_id, a.attr AS name, a.bstart, a.bend
  FROM in_scope_py_attributes a JOIN methods m ON m.def_id = a.scope_id AND a.receiver = m.self_name
  WHERE a.ctx = 'store' AND a.file_id IN (SELECT file_id FROM file_allowlist)
),
facts AS MATERIALIZED (
  SELECT row_number() OVER () AS fact_id, * FROM (
    SELECT t.file_id, m.class_id, split_part(t.target, '.', 2) AS name, 'instance_attr' AS src, t.annotation, t.value_kind,
           t.value_bstart, t.value_bend, t.bstart, t.bend, m.class_id AS self_class, t.value_text, m.self_name
    FROM in_scope_py_types t JOIN methods m ON m.def_id = t.scope_id
    WHERE t.kind = 'assign' AND t.file_id IN (SELECT file_id FROM file_allowlist) AND t.target = m.self_name || '.' || split_part(t.target, '.', 2)
    UNION ALL
    SELECT t.file_id, c.node_id, t.target, 'class_attr', t.annotation, t.value_kind, t.value_bstart, t.value_bend, t.bstart, t.bend, c.node_id,
           t.value_text, NULL
    FROM in_scope_py_types t JOIN in_scope_py_defs c ON c.node_id = t.scope_id AND c.kind = 'CLASS'
    WHERE t.kind = 'assign' AND t.file_id IN (SELECT file_id FROM file_allowlist) AND strpos(t.target, '.') = 0
  )
),
typed AS MATERIALIZED (
  -- the type of each fact's value (the macro typed_values, macros/type_macros.sql): its
  -- annotation, a constructor call, a call of a function with a return annotation, a parameter
  -- with a declared type; `None` is neutral (typed NULL, neutral true); anything else is
  -- unknown (typed NULL, neutral false)
  SELECT * FROM typed_values(facts)
),
fact_deps AS (
  -- What each fact's type is read from (the impact closure's type dependencies, keyed like the
  -- interface, module-interface.ts): names of the file's namespace its annotation or value
  -- starts with (`N|name`), a member of the class a `self.m()` value calls (`M|Cls|m`), the
  -- signature of the function a value calls and the names its return annotation reads there
  -- (`T|fn`, `N|name`), the signature of the method whose parameter a value is. `*`: a function
  -- local to another function (no interface names it).
  SELECT t.class_id, t.name, t.file_id AS dep_file, 'N|' || unnest(dep_names(t.annotation)) AS dep_key
  FROM typed t WHERE t.annotation IS NOT NULL
  UNION ALL
  SELECT t.class_id, t.name, t.file_id, 'N|' || dep_name(t.value_text)
  FROM typed t WHERE t.value_kind IN ('call', 'name') AND t.value_text IS NOT NULL
  UNION ALL
  SELECT t.class_id, t.name, t.file_id, 'M|' || c.local_qname || '|' || regexp_extract(t.value_text, '^\s*[A-Za-z_][A-Za-z0-9_]*\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)', 1)
  FROM typed t JOIN in_scope_py_defs c ON c.node_id = t.class_id
  WHERE t.value_kind = 'call' AND t.self_name IS NOT NULL AND regexp_extract(t.value_text, '^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\.', 1) = t.self_name
  UNION ALL
  SELECT t.class_id, t.name, t.callee_file_id, CASE WHEN d.local_qname LIKE '%<locals>%' THEN '*' ELSE 'T|' || d.local_qname END
  FROM typed t JOIN py_defs d ON d.node_id = t.callee_id
  WHERE t.callee_kind = 'FUNCTION'
  UNION ALL
  SELECT t.class_id, t.name, t.callee_file_id, 'N|' || unnest(dep_names(r.annotation))
  FROM typed t JOIN py_types r ON r.scope_id = t.callee_id AND r.kind = 'return'
  WHERE t.callee_kind = 'FUNCTION'
  UNION ALL
  SELECT t.class_id, t.name, t.file_id, CASE WHEN d.local_qname LIKE '%<locals>%' THEN '*' ELSE 'T|' || d.local_qname END
  FROM typed t JOIN in_scope_py_params p ON p.node_id = t.name_target_id JOIN in_scope_py_defs d ON d.node_id = p.def_id
  WHERE t.name_kind = 'PARAM'
  UNION ALL
  SELECT t.class_id, t.name, t.file_id, 'N|' || unnest(dep_names(p.annotation))
  FROM typed t JOIN in_scope_py_params p ON p.node_id = t.name_target_id
  WHERE t.name_kind = 'PARAM' AND p.annotation IS NOT NULL
),
member_deps AS (
  -- (list_sort of the distinct keys, not an ordered aggregate, which keeps a sort per group)
  SELECT class_id, name, list_sort(list(DISTINCT CAST(dep_file AS VARCHAR) || '|' || dep_key)) AS deps
  FROM fact_deps WHERE dep_file IS NOT NULL AND dep_key IS NOT NULL AND dep_key NOT IN ('N|', 'M|')
  GROUP BY ALL
),
untyped_stores AS (
  -- stores that are no simple assignment (tuple targets, augmented assignments, for, with, ...)
  SELECT s.file_id, s.class_id, s.name, count(*) AS n FROM stores s
  WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.file_id = s.file_id AND f.bstart = s.bstart AND f.bend = s.bend)
  GROUP BY ALL
),
agg AS (
  SELECT file_id, class_id, name,
         bool_or(annotation IS NOT NULL) AS annotated,
         count(DISTINCT type_id) FILTER (WHERE annotation IS NOT NULL) AS ann_types,
         count(*) FILTER (WHERE annotation IS NOT NULL AND type_id IS NULL) AS ann_unknown,
         any_value(type_id) FILTER (WHERE annotation IS NOT NULL AND type_id IS NOT NULL) AS ann_type,
         any_value(type_file_id) FILTER (WHERE annotation IS NOT NULL AND type_id IS NOT NULL) AS ann_file,
         count(DISTINCT type_id) AS val_types,
         count(*) FILTER (WHERE type_id IS NULL AND NOT neutral) AS val_unknown,
         any_value(type_id) FILTER (WHERE type_id IS NOT NULL) AS val_type,
         any_value(type_file_id) FILTER (WHERE type_id IS NOT NULL) AS val_file
  FROM typed GROUP BY ALL
),
first_store AS (
  SELECT file_id, class_id, name, arg_min(node_id, bstart) AS store_id FROM stores GROUP BY ALL
),
members AS (
  SELECT coalesce(s.file_id, a.file_id) AS file_id, coalesce(s.class_id, a.class_id) AS class_id, coalesce(s.name, a.name) AS name, s.store_id,
         CASE WHEN a.annotated AND a.ann_types = 1 AND a.ann_unknown = 0 THEN a.ann_type
              WHEN NOT a.annotated AND a.val_types = 1 AND a.val_unknown = 0 AND coalesce(u.n, 0) = 0 THEN a.val_type END AS type_id,
         CASE WHEN a.annotated AND a.ann_types = 1 AND a.ann_unknown = 0 THEN a.ann_file
              WHEN NOT a.annotated AND a.val_types = 1 AND a.val_unknown = 0 AND coalesce(u.n, 0) = 0 THEN a.val_file END AS type_file_id
  FROM first_store s
  FULL OUTER JOIN agg a ON a.class_id = s.class_id AND a.name = s.name
  LEFT JOIN untyped_stores u ON u.class_id = coalesce(s.class_id, a.class_id) AND u.name = coalesce(s.name, a.name)
)
SELECT m.file_id, m.class_id, m.name, m.store_id, m.type_id, m.type_file_id,
       CASE WHEN m.store_id IS NOT NULL THEN 'instance_attr' ELSE 'class_attr' END AS resolution,
       concat_ws('.', nullif(mi.module, ''), d.local_qname) || '.' || m.name AS qname,
       0.85::DOUBLE AS confidence,
       coalesce(md.deps, []::VARCHAR[]) AS deps
FROM members m
JOIN in_scope_py_defs d ON d.node_id = m.class_id
JOIN in_scope_module_index mi ON mi.file_id = d.file_id
LEFT JOIN member_deps md ON md.class_id = m.class_id AND md.name = m.name
WHERE m.store_id IS NOT NULL OR m.type_id IS NOT NULL OR md.deps IS NOT NULL
