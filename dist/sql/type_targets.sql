-- rule: type_targets
-- output: type_targets
-- inputs: py_defs, py_types, py_bindings, py_names, py_attributes, py_calls, py_decorators, module_exports, ref_targets, call_targets, class_mro, class_members, type_decls, type_members
-- split: files
-- doc: Attribute accesses and calls resolved through the type of their receiver (flow-insensitive,
--      conservative: an edge only where the type is one known class). Typed expressions: a
--      parameter with a declared type or self/cls (type_decls), a local
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
--      (call_targets' UNRESOLVED rows for `self.x` are superseded: cpg_edges_calls prefers these). resolution: how the receiver's type was found: annotation, self, constructor,
--      return, instance_attr, class_attr, property, variable. confidence: the receiver's (0.95 annotation,
--      constructor, return; 0.9 self, variable; x 0.85 per member step) x the member's x 0.8 when
--      an external or unresolved base precedes the class that binds it. DEPENDS rows (site_id =
--      target_file_id = another file, qname = a key of what was read there: `M|Cls|x`, `T|fn`,
--      `N|name` or `*`, see the deps CTE): the impact closure's type dependencies. Joins never
--      chain file_id equalities through a third relation (it joins on node ids, which are
--      unique): DuckDB may otherwise join two relations on file_id alone.
WITH facts AS MATERIALIZED (
  SELECT row_number() OVER () AS fact_id, t.file_id, t.scope_id, t.target AS name, t.annotation, t.value_kind,
         t.value_bstart, t.value_bend, t.bstart, t.bend, NULL::BIGINT AS self_class
  FROM in_scope_py_types t
  WHERE t.kind = 'assign' AND strpos(t.target, '.') = 0 AND t.file_id IN (SELECT file_id FROM file_allowlist)
),
typed AS MATERIALIZED (
  -- the type of each fact's value (the macro typed_values, macros/type_macros.sql): its
  -- annotation, a constructor call, a call of a function with a return annotation, a parameter
  -- with a declared type; `None` is neutral (typed NULL, neutral true); anything else is
  -- unknown (typed NULL, neutral false)
  SELECT * FROM typed_values(facts)
),
var_types AS MATERIALIZED (
  -- (scope, name) whose bindings all agree on one class
  SELECT b.file_id, b.scope_id, b.name,
         any_value(coalesce(t.type_id, pd.class_id)) FILTER (WHERE coalesce(t.type_id, pd.class_id) IS NOT NULL) AS type_id,
         CASE WHEN count(DISTINCT coalesce(t.how, pd.resolution)) = 1 THEN any_value(coalesce(t.how, pd.resolution)) ELSE 'variable' END AS how
  FROM (
    SELECT b.* FROM in_scope_py_bindings b
    SEMI JOIN (SELECT DISTINCT scope_id, name FROM typed WHERE type_id IS NOT NULL) k ON k.scope_id = b.scope_id AND k.name = b.name
    WHERE b.file_id IN (SELECT file_id FROM file_allowlist) AND b.binding_kind NOT IN ('global', 'nonlocal', 'del')
  ) b
  -- (an assignment's fact shares its span; a parameter's declared type has its PARAM as owner)
  LEFT JOIN typed t ON t.file_id = b.file_id AND t.bstart = b.bstart AND t.bend = b.bend
  LEFT JOIN (SELECT owner_id, class_id, resolution FROM type_decls WHERE slot_kind = 'param') pd
    ON pd.owner_id = b.target_id
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
  JOIN in_scope_call_targets ct ON ct.site_id = c.node_id AND ct.site_kind = 'CALL'
),
base AS (
  SELECT r.file_id, r.bstart, r.bend, pd.class_id, pd.resolution AS how, pd.confidence
  FROM refs r JOIN type_decls pd ON pd.owner_id = r.target_id AND pd.slot_kind = 'param'
  WHERE r.kind = 'PARAM'

  UNION ALL
  SELECT r.file_id, r.bstart, r.bend, v.type_id, v.how, 0.9
  FROM refs r
  JOIN in_scope_py_names n ON n.node_id = r.binding_id
  JOIN var_types v ON v.file_id = n.file_id AND v.scope_id = n.scope_id AND v.name = n.name
  WHERE r.site_kind = 'NAME_REF' AND r.kind = 'VARIABLE' AND r.target_file_id = r.file_id
  UNION ALL
  SELECT c.file_id, c.bstart, c.bend, CASE WHEN c.kind = 'CLASS' THEN c.target_id ELSE rd.class_id END,
         CASE WHEN c.kind = 'CLASS' THEN 'constructor' ELSE 'return' END, c.confidence * 0.95
  FROM recv_calls c
  LEFT JOIN (SELECT owner_id, class_id FROM type_decls WHERE slot_kind = 'return') rd ON rd.owner_id = c.target_id
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
  FULL OUTER JOIN (SELECT * FROM type_members WHERE name IN (SELECT name FROM wanted) AND (store_id IS NOT NULL OR type_id IS NOT NULL)) tm
    ON tm.class_id = cm.class_id AND tm.name = cm.name
),
cand AS MATERIALIZED (
  -- (class, name, position along the class's MRO) of every member of an ancestor
  SELECT m.class_id, m.mro_pos, o.name, o.kind, o.inst, o.target_id, o.target_file_id, o.qname, o.confidence, o.tm_type, o.tm_how
  FROM class_mro m JOIN own_members o ON o.class_id = m.ancestor_id
  WHERE m.class_id IN (SELECT class_id FROM tclasses) AND m.mro_pos IS NOT NULL
),
mt AS MATERIALIZED (
  -- per (class, name): the first class along the MRO that has the member
  SELECT f.class_id, f.name, f.kind, f.inst, f.target_id, f.target_file_id, f.qname, f.confidence, f.mro_pos AS found_pos, u.unknown_pos,
         CASE WHEN f.tm_type IS NOT NULL THEN f.tm_type WHEN pr.def_id IS NOT NULL THEN rd.class_id END AS val_type,
         CASE WHEN f.tm_type IS NOT NULL THEN f.tm_how WHEN pr.def_id IS NOT NULL THEN 'property' END AS val_how,
         CASE WHEN f.kind = 'CLASS' THEN f.target_id WHEN f.kind = 'FUNCTION' AND pr.def_id IS NULL THEN rd.class_id END AS call_type
  FROM cand f
  JOIN (SELECT class_id, name, min(mro_pos) AS mro_pos FROM cand GROUP BY ALL) fp USING (class_id, name, mro_pos)
  LEFT JOIN (
    SELECT class_id, min(mro_pos) AS unknown_pos FROM class_mro
    WHERE kind <> 'CLASS' AND mro_pos IS NOT NULL AND class_id IN (SELECT class_id FROM tclasses) GROUP BY ALL
  ) u ON u.class_id = f.class_id
  LEFT JOIN props pr ON pr.def_id = f.target_id
  LEFT JOIN (SELECT owner_id, class_id FROM type_decls WHERE slot_kind = 'return') rd ON rd.owner_id = f.target_id
),
steps AS MATERIALIZED (
  -- each attribute site with its receiver span, and the call it is the callee of (if any)
  SELECT a.file_id, a.bstart, a.recv_end, a.bend, a.attr, c.bstart AS call_bstart, c.bend AS call_bend
  FROM attrs a LEFT JOIN calls c ON c.file_id = a.file_id AND c.callee_bstart = a.bstart AND c.callee_bend = a.bend
),
walk AS (
  WITH RECURSIVE e(file_id, bstart, bend, class_id, how, confidence, depth) AS (
    SELECT file_id, bstart, bend, class_id, how, confidence, 0 FROM base
    UNION ALL
    SELECT s.file_id,
           CASE WHEN x.is_call THEN s.call_bstart ELSE s.bstart END,
           CASE WHEN x.is_call THEN s.call_bend ELSE s.bend END,
           CASE WHEN x.is_call THEN mt.call_type ELSE mt.val_type END,
           CASE WHEN x.is_call AND mt.kind = 'CLASS' THEN 'constructor' WHEN x.is_call THEN 'return' ELSE mt.val_how END,
           e.confidence * 0.85 * coalesce(mt.confidence, 1.0),
           e.depth + 1
    FROM e
    JOIN steps s ON s.file_id = e.file_id AND s.bstart = e.bstart AND s.recv_end = e.bend
    JOIN mt ON mt.class_id = e.class_id AND mt.name = s.attr
    CROSS JOIN (SELECT unnest([false, true]) AS is_call) x
    WHERE e.depth < 8
      AND ((NOT x.is_call AND mt.val_type IS NOT NULL) OR (x.is_call AND s.call_bstart IS NOT NULL AND mt.call_type IS NOT NULL))
  )
  SELECT * FROM e
),
typed_exprs AS MATERIALIZED (
  -- one class per expression (an expression typed two ways by different classes has none)
  SELECT file_id, bstart, bend, any_value(class_id) AS class_id, arg_min(how, depth) AS how, max(confidence) AS confidence
  FROM walk GROUP BY ALL HAVING count(DISTINCT class_id) = 1
),
typed_sites AS MATERIALIZED (
  SELECT a.site_id, a.file_id, a.bstart, a.bend, a.attr, t.class_id, t.how, t.confidence
  FROM attrs a JOIN typed_exprs t ON t.file_id = a.file_id AND t.bstart = a.bstart AND t.bend = a.recv_end
),
hits AS MATERIALIZED (
  SELECT a.site_id, a.file_id, a.bstart, a.bend, a.how, mt.kind, mt.target_id, mt.target_file_id, mt.qname,
         (a.confidence * mt.confidence * (CASE WHEN mt.unknown_pos < mt.found_pos THEN 0.8 ELSE 1.0 END))::DOUBLE AS confidence
  FROM typed_sites a
  JOIN mt ON mt.class_id = a.class_id AND mt.name = a.attr
  WHERE mt.kind IN ('FUNCTION', 'CLASS', 'VARIABLE') AND mt.target_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM in_scope_ref_targets r WHERE r.site_id = a.site_id)
    AND NOT EXISTS (SELECT 1 FROM in_scope_call_targets r WHERE r.site_id = a.site_id AND r.kind <> 'UNRESOLVED')
),
tried AS MATERIALIZED (
  -- every (class, member name) the walk looked up, and the member found (if any)
  SELECT t.file_id, t.class_id, t.attr, mt.found_pos, mt.kind, mt.target_id, mt.target_file_id
  FROM (SELECT DISTINCT w.file_id, w.class_id, s.attr FROM walk w JOIN steps s ON s.file_id = w.file_id AND s.bstart = w.bstart AND s.recv_end = w.bend) t
  LEFT JOIN mt ON mt.class_id = t.class_id AND mt.name = t.attr
),
looked AS MATERIALIZED (
  -- the classes along the MRO up to the one that has the member (all of them when none has it)
  SELECT DISTINCT t.file_id, t.attr, m.ancestor_id, m.ancestor_file_id
  FROM tried t JOIN class_mro m ON m.class_id = t.class_id
  WHERE m.kind = 'CLASS' AND m.ancestor_id IS NOT NULL AND (m.mro_pos IS NULL OR t.found_pos IS NULL OR m.mro_pos <= t.found_pos)
),
callees AS MATERIALIZED (
  -- functions whose signature and return type this file's typing read: callees of typed
  -- assignments and of calls in receiver position, methods and properties found on a class
  SELECT file_id, callee_id AS fn_id, callee_file_id AS fn_file_id FROM typed WHERE callee_kind = 'FUNCTION' AND callee_id IS NOT NULL
  UNION
  SELECT file_id, target_id, target_file_id FROM recv_calls WHERE kind = 'FUNCTION' AND target_id IS NOT NULL
  UNION
  SELECT file_id, target_id, target_file_id FROM tried WHERE kind = 'FUNCTION' AND target_id IS NOT NULL
),
member_deps AS (
  SELECT file_id, unnest(deps) AS dep FROM (
    SELECT l.file_id, tm.deps FROM looked l JOIN type_members tm ON tm.class_id = l.ancestor_id AND tm.name = l.attr
    UNION ALL
    SELECT file_id, deps FROM in_scope_type_members WHERE file_id IN (SELECT file_id FROM file_allowlist)
  )
),
deps AS (
  -- What this file's typing read of other files, keyed like their interfaces
  -- (module-interface.ts; the impact closure matches the keys with what changed there):
  -- `M|<class>|<name>`: the member looked up on each class along the MRO; `T|<function>`: a
  -- callee's or a member function's signature, and `N|<name>` each name its return annotation
  -- reads in its module; what the type of a member read was itself read from (type_members'
  -- deps, also for the file's own classes' members); `*` for a class or function local to a
  -- function (no interface names it: any change of its file).
  SELECT l.file_id, l.ancestor_file_id AS dep, CASE WHEN d.local_qname LIKE '%<locals>%' THEN '*' ELSE 'M|' || d.local_qname || '|' || l.attr END AS key
  FROM looked l JOIN py_defs d ON d.node_id = l.ancestor_id
  UNION ALL
  SELECT c.file_id, c.fn_file_id, CASE WHEN d.local_qname LIKE '%<locals>%' THEN '*' ELSE 'T|' || d.local_qname END
  FROM callees c JOIN py_defs d ON d.node_id = c.fn_id
  UNION ALL
  SELECT c.file_id, c.fn_file_id, 'N|' || unnest(dep_names(r.annotation))
  FROM callees c JOIN py_types r ON r.scope_id = c.fn_id AND r.kind = 'return'
  UNION ALL
  SELECT file_id, TRY_CAST(split_part(dep, '|', 1) AS BIGINT), substr(dep, strpos(dep, '|') + 1) FROM member_deps
)
SELECT file_id, site_id, 'ATTRIBUTE' AS site_kind, how AS resolution, kind, target_id, target_file_id, qname, confidence FROM hits
UNION ALL
SELECT c.file_id, c.node_id, 'CALL', h.how, h.kind, h.target_id, h.target_file_id, h.qname, h.confidence
FROM hits h JOIN calls c ON c.file_id = h.file_id AND c.callee_bstart = h.bstart AND c.callee_bend = h.bend
WHERE h.kind IN ('FUNCTION', 'CLASS')
  AND NOT EXISTS (SELECT 1 FROM in_scope_call_targets r WHERE r.site_id = c.node_id AND r.kind <> 'UNRESOLVED')
UNION ALL
SELECT DISTINCT file_id, dep, 'DEPENDS', NULL, NULL, NULL, dep, key, NULL::DOUBLE FROM deps
WHERE dep IS NOT NULL AND dep <> file_id AND dep <> 0 AND key IS NOT NULL AND key NOT IN ('N|', 'M|', 'T|')
