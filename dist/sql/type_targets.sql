-- rule: type_targets
-- output: type_targets
-- inputs: py_defs, py_types, py_bindings, py_names, py_attributes, py_calls, py_decorators, module_exports, ref_targets, call_targets, class_mro, class_members, type_decls, type_members
-- doc: Attribute accesses and calls resolved through the type of their receiver (flow-insensitive,
--      conservative: an edge only where the type is one known class). Typed expressions: a
--      parameter with a declared type or self/cls (type_decls), a class named directly, a local
--      variable whose bindings in its scope all agree on one type (annotation, constructor call,
--      call of a function with a return annotation, a typed parameter; `None` is neutral; any
--      other binding drops it), a call of a class (constructor) or of a function or method with a
--      declared return type, and through members: an instance or class attribute with a type
--      (type_members), a property's return type, a method's return type, to 8 levels
--      (`obj.method().attr`). A member is looked up along the receiver class's MRO (class_mro),
--      the class body (class_members) before instance attributes of the same class. Rows:
--      ATTRIBUTE (the member found: FUNCTION, CLASS or VARIABLE; an instance attribute is a
--      VARIABLE whose target is its first `self.x` store) and CALL (the call of such an attribute,
--      FUNCTION or CLASS) for sites that ref_targets and call_targets leave without a resolved row
--      (call_targets' UNRESOLVED rows for `self.x` are superseded: cpg_edges_calls prefers these). resolution: how the receiver's type was found: annotation, self, class, constructor,
--      return, instance_attr, class_attr, property. confidence: the receiver's (0.95 annotation,
--      constructor, return; 0.9 self, variable; x 0.85 per member step) x the member's x 0.8 when
--      an external or unresolved base precedes the class that binds it. DEPENDS rows (site_id =
--      target_file_id = another file) name the files whose classes, members, return types or
--      callees the file's typing read: the impact closure's type dependencies.
WITH facts AS MATERIALIZED (
  SELECT row_number() OVER () AS fact_id, t.file_id, t.scope_id, t.target AS name, t.annotation, t.value_kind,
         t.value_bstart, t.value_bend, t.bstart, t.bend, NULL::BIGINT AS self_class
  FROM in_scope_py_types t
  WHERE t.kind = 'assign' AND strpos(t.target, '.') = 0 AND t.file_id IN (SELECT file_id FROM file_allowlist)
),
typed AS MATERIALIZED (
  -- the type of each fact's value: its annotation, a constructor call, a call of a function
  -- with a return annotation, a parameter with a declared type; `None` is neutral (typed NULL,
  -- neutral true); anything else is unknown (typed NULL, neutral false)
  WITH ann AS (
  WITH cores AS (
    SELECT file_id, fact_id, self_class, core, string_split(core, '.') AS parts
    FROM (SELECT *, regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
           trim(text),
           '^[''"](.*)[''"]$', '\1'),
           '^(?:typing\.|t\.|typing_extensions\.)?Optional\[(.*)\]$', '\1'),
           '^(?:typing\.|t\.)?Union\[\s*([^,\[\]]+?)\s*,\s*None\s*\]$', '\1'),
           '^(.*?)\s*\|\s*None$', '\1'),
           '^None\s*\|\s*(.*)$', '\1'),
           '^\s*[''"](.*)[''"]\s*$', '\1'),
           '^(?:typing\.|t\.)?(?:Type|type)\[(.*)\]$', '\1'),
           '^\s*[''"]?([A-Za-z_][A-Za-z0-9_.]*)[''"]?\s*(?:\[[\s\S]*)?$', '\1') AS core FROM (SELECT file_id, fact_id, annotation AS text, self_class FROM facts WHERE annotation IS NOT NULL))
    WHERE regexp_full_match(core, '[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*')
  ),
  selfs AS (
    SELECT a.file_id, a.fact_id, a.self_class AS class_id FROM cores a
    WHERE a.core IN ('Self', 'typing.Self', 'typing_extensions.Self', 't.Self') AND a.self_class IS NOT NULL
  ),
  names AS (
    SELECT e.file_id, e.name, e.kind, e.target_id, e.target_file_id FROM module_exports e
    WHERE e.kind IN ('CLASS', 'MODULE') AND e.name IN (SELECT unnest(parts) FROM cores)
  ),
  w AS (
    WITH RECURSIVE w(file_id, fact_id, parts, i, kind, target_id, target_file_id) AS (
      SELECT a.file_id, a.fact_id, a.parts, 1, e.kind, e.target_id, e.target_file_id
      FROM cores a JOIN names e ON e.file_id = a.file_id AND e.name = a.parts[1]
      WHERE a.core NOT IN ('Self', 'typing.Self', 'typing_extensions.Self', 't.Self')
      UNION ALL
      SELECT w.file_id, w.fact_id, w.parts, w.i + 1, e.kind, e.target_id, e.target_file_id
      FROM w JOIN names e ON e.file_id = w.target_file_id AND e.name = w.parts[w.i + 1]
      WHERE w.kind = 'MODULE' AND w.i < len(w.parts) AND w.i < 6
    )
    SELECT * FROM w
  )
  SELECT file_id, fact_id, target_id AS class_id, target_file_id AS class_file_id FROM w WHERE kind = 'CLASS' AND i = len(parts) AND target_id IS NOT NULL
  UNION ALL
  SELECT s.file_id, s.fact_id, s.class_id, s.file_id FROM selfs s
),
  callv AS (
    SELECT f.fact_id, ct.kind, ct.target_id, ct.target_file_id
    FROM facts f
    JOIN in_scope_py_calls c ON c.file_id = f.file_id AND c.bstart = f.value_bstart AND c.bend = f.value_bend
    JOIN in_scope_call_targets ct ON ct.file_id = c.file_id AND ct.site_id = c.node_id AND ct.site_kind = 'CALL'
    WHERE f.value_kind = 'call'
  ),
  namev AS (
    SELECT f.fact_id, r.kind, r.target_id
    FROM facts f
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
         cv.target_file_id AS callee_file_id
  FROM facts f
  LEFT JOIN ann a ON a.fact_id = f.fact_id
  LEFT JOIN callv cv ON cv.fact_id = f.fact_id
  LEFT JOIN type_decls rd ON cv.kind = 'FUNCTION' AND rd.owner_id = cv.target_id AND rd.slot_kind = 'return'
  LEFT JOIN namev nv ON nv.fact_id = f.fact_id
  LEFT JOIN type_decls pd ON nv.kind = 'PARAM' AND pd.owner_id = nv.target_id AND pd.slot_kind = 'param' AND pd.file_id = f.file_id
),
var_types AS MATERIALIZED (
  -- (scope, name) whose bindings all agree on one class
  SELECT b.file_id, b.scope_id, b.name,
         any_value(coalesce(t.type_id, pd.class_id)) FILTER (WHERE coalesce(t.type_id, pd.class_id) IS NOT NULL) AS type_id,
         CASE WHEN count(DISTINCT coalesce(t.how, pd.resolution)) = 1 THEN any_value(coalesce(t.how, pd.resolution)) ELSE 'variable' END AS how
  FROM in_scope_py_bindings b
  LEFT JOIN typed t ON t.file_id = b.file_id AND t.bstart = b.bstart AND t.bend = b.bend AND b.binding_kind IN ('assign', 'annassign')
  LEFT JOIN type_decls pd ON b.binding_kind = 'param' AND pd.owner_id = b.target_id AND pd.slot_kind = 'param' AND pd.file_id = b.file_id
  WHERE b.file_id IN (SELECT file_id FROM file_allowlist) AND b.binding_kind NOT IN ('global', 'nonlocal', 'del')
    AND (b.scope_id, b.name) IN (SELECT scope_id, name FROM typed WHERE type_id IS NOT NULL)
  GROUP BY ALL
  HAVING count(DISTINCT coalesce(t.type_id, pd.class_id)) = 1
     AND count(*) FILTER (WHERE coalesce(t.type_id, pd.class_id) IS NULL AND NOT coalesce(t.neutral, false)) = 0
),
attrs AS MATERIALIZED (
  SELECT a.node_id AS site_id, a.file_id, a.attr, a.bstart, a.bend, a.bstart + strlen(a.receiver) AS recv_end
  FROM in_scope_py_attributes a
  WHERE a.ctx = 'load' AND a.file_id IN (SELECT file_id FROM file_allowlist) AND strlen(a.receiver) < 200
),
recv AS MATERIALIZED (
  SELECT DISTINCT file_id, bstart, recv_end AS bend FROM attrs
),
refs AS MATERIALIZED (
  SELECT r.* FROM in_scope_ref_targets r JOIN recv v ON v.file_id = r.file_id AND v.bstart = r.bstart AND v.bend = r.bend
  WHERE r.file_id IN (SELECT file_id FROM file_allowlist)
),
calls AS MATERIALIZED (
  SELECT c.node_id, c.file_id, c.bstart, c.bend, c.callee_bstart, c.callee_bend
  FROM in_scope_py_calls c WHERE c.file_id IN (SELECT file_id FROM file_allowlist)
),
recv_calls AS MATERIALIZED (
  -- calls in receiver position, with their callee's resolution
  SELECT c.file_id, c.bstart, c.bend, ct.kind, ct.target_id, ct.target_file_id, ct.confidence
  FROM calls c JOIN recv v ON v.file_id = c.file_id AND v.bstart = c.bstart AND v.bend = c.bend
  JOIN in_scope_call_targets ct ON ct.file_id = c.file_id AND ct.site_id = c.node_id AND ct.site_kind = 'CALL'
),
base AS (
  SELECT r.file_id, r.bstart, r.bend, pd.class_id, pd.resolution AS how, pd.confidence
  FROM refs r JOIN type_decls pd ON pd.owner_id = r.target_id AND pd.slot_kind = 'param' AND pd.file_id = r.file_id
  WHERE r.kind = 'PARAM'
  UNION ALL
  SELECT r.file_id, r.bstart, r.bend, r.target_id, 'class', r.confidence
  FROM refs r WHERE r.kind = 'CLASS' AND r.target_id IS NOT NULL
  UNION ALL
  SELECT r.file_id, r.bstart, r.bend, v.type_id, v.how, 0.9
  FROM refs r
  JOIN in_scope_py_names n ON n.node_id = r.binding_id AND n.file_id = r.file_id
  JOIN var_types v ON v.file_id = n.file_id AND v.scope_id = n.scope_id AND v.name = n.name
  WHERE r.site_kind = 'NAME_REF' AND r.kind = 'VARIABLE' AND r.target_file_id = r.file_id
  UNION ALL
  SELECT c.file_id, c.bstart, c.bend, CASE WHEN c.kind = 'CLASS' THEN c.target_id ELSE rd.class_id END,
         CASE WHEN c.kind = 'CLASS' THEN 'constructor' ELSE 'return' END, c.confidence * 0.95
  FROM recv_calls c
  LEFT JOIN type_decls rd ON c.kind = 'FUNCTION' AND rd.owner_id = c.target_id AND rd.slot_kind = 'return'
  WHERE (c.kind = 'CLASS' AND c.target_id IS NOT NULL) OR rd.class_id IS NOT NULL
),
tclasses AS MATERIALIZED (
  -- every class an expression of these files can have (the member table's rows)
  SELECT class_id FROM base
  UNION SELECT class_id FROM type_decls WHERE slot_kind = 'return'
  UNION SELECT type_id FROM type_members WHERE type_id IS NOT NULL
),
props AS MATERIALIZED (
  SELECT DISTINCT def_id FROM py_decorators
  WHERE expr IN ('property', 'cached_property', 'functools.cached_property', 'abc.abstractproperty', 'abstractproperty')
),
wanted AS MATERIALIZED (
  SELECT DISTINCT attr AS name FROM attrs
),
own_members AS (
  -- a class's own member: its class-body binding and/or its typed instance attribute
  SELECT coalesce(cm.class_id, tm.class_id) AS class_id, coalesce(cm.name, tm.name) AS name,
         CASE WHEN cm.name IS NOT NULL THEN cm.kind ELSE 'VARIABLE' END AS kind,
         CASE WHEN cm.name IS NOT NULL THEN cm.target_id ELSE tm.store_id END AS target_id,
         CASE WHEN cm.name IS NOT NULL THEN cm.target_file_id ELSE tm.file_id END AS target_file_id,
         CASE WHEN cm.name IS NOT NULL THEN cm.qname ELSE tm.qname END AS qname,
         CASE WHEN cm.name IS NOT NULL THEN cm.confidence ELSE tm.confidence END AS confidence,
         cm.name IS NULL AS inst,
         tm.type_id AS tm_type, tm.resolution AS tm_how
  FROM (SELECT * FROM class_members WHERE name IN (SELECT name FROM wanted)) cm
  FULL OUTER JOIN (SELECT * FROM type_members WHERE name IN (SELECT name FROM wanted)) tm
    ON tm.class_id = cm.class_id AND tm.name = cm.name
),
mt AS MATERIALIZED (
  -- per (class, name): the first class along the MRO that has the member
  SELECT f.class_id, f.name, f.m.kind, f.m.inst, f.m.target_id, f.m.target_file_id, f.m.qname, f.m.confidence, f.found_pos, u.unknown_pos,
         CASE WHEN f.m.tm_type IS NOT NULL THEN f.m.tm_type WHEN pr.def_id IS NOT NULL THEN rd.class_id END AS val_type,
         CASE WHEN f.m.tm_type IS NOT NULL THEN f.m.tm_how WHEN pr.def_id IS NOT NULL THEN 'property' END AS val_how,
         CASE WHEN f.m.kind = 'CLASS' THEN f.m.target_id WHEN f.m.kind = 'FUNCTION' AND pr.def_id IS NULL THEN rd.class_id END AS call_type
  FROM (
    SELECT m.class_id, o.name,
           arg_min({'kind': o.kind, 'target_id': o.target_id, 'target_file_id': o.target_file_id, 'qname': o.qname, 'confidence': o.confidence,
                    'tm_type': o.tm_type, 'tm_how': o.tm_how, 'inst': o.inst}, m.mro_pos) AS m,
           min(m.mro_pos) AS found_pos
    FROM class_mro m JOIN own_members o ON o.class_id = m.ancestor_id
    WHERE m.class_id IN (SELECT class_id FROM tclasses) AND m.mro_pos IS NOT NULL
    GROUP BY ALL
  ) f
  LEFT JOIN (
    SELECT class_id, min(mro_pos) AS unknown_pos FROM class_mro
    WHERE kind <> 'CLASS' AND mro_pos IS NOT NULL AND class_id IN (SELECT class_id FROM tclasses) GROUP BY ALL
  ) u ON u.class_id = f.class_id
  LEFT JOIN props pr ON f.m.kind = 'FUNCTION' AND pr.def_id = f.m.target_id
  LEFT JOIN type_decls rd ON f.m.kind = 'FUNCTION' AND rd.owner_id = f.m.target_id AND rd.slot_kind = 'return'
),
walk AS (
  WITH RECURSIVE e(file_id, bstart, bend, class_id, how, confidence, depth) AS (
    SELECT file_id, bstart, bend, class_id, how, confidence, 0 FROM base
    UNION ALL
    SELECT a.file_id,
           CASE WHEN x.is_call THEN c.bstart ELSE a.bstart END,
           CASE WHEN x.is_call THEN c.bend ELSE a.bend END,
           CASE WHEN x.is_call THEN mt.call_type ELSE mt.val_type END,
           CASE WHEN x.is_call AND mt.kind = 'CLASS' THEN 'constructor' WHEN x.is_call THEN 'return' ELSE mt.val_how END,
           e.confidence * 0.85 * coalesce(mt.confidence, 1.0),
           e.depth + 1
    FROM e
    JOIN attrs a ON a.file_id = e.file_id AND a.bstart = e.bstart AND a.recv_end = e.bend
    JOIN mt ON mt.class_id = e.class_id AND mt.name = a.attr
    CROSS JOIN (SELECT unnest([false, true]) AS is_call) x
    LEFT JOIN calls c ON x.is_call AND c.file_id = a.file_id AND c.callee_bstart = a.bstart AND c.callee_bend = a.bend
    WHERE e.depth < 8
      AND ((NOT x.is_call AND mt.val_type IS NOT NULL) OR (x.is_call AND c.node_id IS NOT NULL AND mt.call_type IS NOT NULL))
  )
  SELECT * FROM e
),
typed_exprs AS MATERIALIZED (
  -- one class per expression (an expression typed two ways by different classes has none)
  SELECT file_id, bstart, bend, any_value(class_id) AS class_id, arg_min(how, depth) AS how, max(confidence) AS confidence
  FROM walk GROUP BY ALL HAVING count(DISTINCT class_id) = 1
),
hits AS MATERIALIZED (
  SELECT a.site_id, a.file_id, a.bstart, a.bend, t.how, mt.kind, mt.target_id, mt.target_file_id, mt.qname,
         (t.confidence * mt.confidence * (CASE WHEN mt.unknown_pos < mt.found_pos THEN 0.8 ELSE 1.0 END))::DOUBLE AS confidence
  FROM attrs a
  JOIN typed_exprs t ON t.file_id = a.file_id AND t.bstart = a.bstart AND t.bend = a.recv_end
  JOIN mt ON mt.class_id = t.class_id AND mt.name = a.attr
  WHERE mt.kind IN ('FUNCTION', 'CLASS', 'VARIABLE') AND mt.target_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM in_scope_ref_targets r WHERE r.file_id = a.file_id AND r.site_id = a.site_id)
    AND NOT EXISTS (SELECT 1 FROM in_scope_call_targets r WHERE r.file_id = a.file_id AND r.site_id = a.site_id AND r.kind <> 'UNRESOLVED')
),
deps AS (
  SELECT t.file_id, m.ancestor_file_id AS dep FROM (SELECT DISTINCT file_id, class_id FROM walk) t JOIN class_mro m ON m.class_id = t.class_id
  UNION
  SELECT t.file_id, m.file_id FROM (SELECT DISTINCT file_id, class_id FROM walk) t JOIN class_mro m ON m.class_id = t.class_id AND m.depth = 0
  UNION
  SELECT file_id, target_file_id FROM recv_calls
  UNION
  SELECT f.file_id, ct.target_file_id
  FROM in_scope_py_types f
  JOIN calls c ON c.file_id = f.file_id AND c.bstart = f.value_bstart AND c.bend = f.value_bend
  JOIN in_scope_call_targets ct ON ct.file_id = c.file_id AND ct.site_id = c.node_id AND ct.site_kind = 'CALL'
  WHERE f.kind = 'assign' AND f.value_kind = 'call' AND f.file_id IN (SELECT file_id FROM file_allowlist)
)
SELECT file_id, site_id, 'ATTRIBUTE' AS site_kind, how AS resolution, kind, target_id, target_file_id, qname, confidence FROM hits
UNION ALL
SELECT c.file_id, c.node_id, 'CALL', h.how, h.kind, h.target_id, h.target_file_id, h.qname, h.confidence
FROM hits h JOIN calls c ON c.file_id = h.file_id AND c.callee_bstart = h.bstart AND c.callee_bend = h.bend
WHERE h.kind IN ('FUNCTION', 'CLASS')
  AND NOT EXISTS (SELECT 1 FROM in_scope_call_targets r WHERE r.file_id = c.file_id AND r.site_id = c.node_id AND r.kind <> 'UNRESOLVED')
UNION ALL
SELECT DISTINCT file_id, dep, 'DEPENDS', NULL, NULL, NULL, dep, NULL, NULL::DOUBLE FROM deps
WHERE dep IS NOT NULL AND dep <> file_id AND dep <> 0
