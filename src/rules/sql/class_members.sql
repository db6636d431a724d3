-- rule: class_members
-- output: class_members
-- inputs: py_defs, py_bindings, module_index, import_edges
-- doc: Every class's own namespace (its class body): for each name bound in the body, the last
--      binding and its value. kind: FUNCTION, CLASS (a method or nested class: target_id is the
--      definition), VARIABLE (a class attribute: target_id is the NAME_REF that stores it) or,
--      for an import in the class body, the import's target kind. qname: the class's qualified
--      name + '.' + name, or the import's target qname. Inherited members are found through
--      class_mro. confidence: 1, x 0.8 when the body binds the name several times; an import's
--      own confidence.
WITH classes AS (
  SELECT d.node_id AS class_id, d.file_id, concat_ws('.', nullif(mi.module, ''), d.local_qname) AS qname
  FROM in_scope_py_defs d JOIN in_scope_module_index mi USING (file_id)
  WHERE d.kind = 'CLASS' AND d.file_id IN (SELECT file_id FROM file_allowlist)
),
members AS (
  -- the last binding of each name (a struct: arg_max skips NULL arguments)
  SELECT class_id, file_id, name, v.binding_kind, v.target_id, n
  FROM (
    SELECT b.scope_id AS class_id, b.file_id, b.name,
           arg_max({'binding_kind': b.binding_kind, 'target_id': b.target_id}, b.bstart) AS v,
           count(*) AS n
    FROM in_scope_py_bindings b JOIN classes c ON c.class_id = b.scope_id AND c.file_id = b.file_id
    WHERE b.binding_kind NOT IN ('global', 'nonlocal', 'del', 'comprehension')
    GROUP BY ALL
  )
)
SELECT
  m.file_id, m.class_id, m.name,
  CASE WHEN m.binding_kind IN ('def', 'class') THEN d.kind
       WHEN m.binding_kind = 'import' THEN coalesce(ie.target_kind, 'UNRESOLVED')
       ELSE 'VARIABLE' END AS kind,
  CASE WHEN m.binding_kind IN ('def', 'class') THEN m.target_id
       WHEN m.binding_kind = 'import' THEN ie.target_id
       -- (a variable binding's target is the NAME_REF that stores it)
       ELSE m.target_id END AS target_id,
  CASE WHEN m.binding_kind = 'import' THEN ie.target_file_id ELSE m.file_id END AS target_file_id,
  CASE WHEN m.binding_kind = 'import' THEN ie.qname ELSE c.qname || '.' || m.name END AS qname,
  (CASE WHEN m.binding_kind = 'import' THEN coalesce(ie.confidence, 0.5) ELSE 1.0 END)::DOUBLE
    * (CASE WHEN m.n > 1 THEN 0.8 ELSE 1.0 END)::DOUBLE AS confidence
FROM members m
JOIN classes c USING (class_id)
LEFT JOIN in_scope_py_defs d ON d.node_id = m.target_id AND d.file_id = m.file_id
LEFT JOIN in_scope_import_edges ie ON ie.import_id = m.target_id AND ie.file_id = m.file_id AND ie.binds
