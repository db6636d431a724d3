-- rule: call_targets
-- output: call_targets
-- inputs: py_defs, py_params, py_decorators, py_calls, py_attributes, module_index, ref_targets, class_members, class_mro
-- split: files
-- doc: Member accesses that need the class hierarchy, and every call. ATTRIBUTE rows (loads that
--      ref_targets did not resolve) whose receiver is: a class (`Cls.m`, found through its MRO),
--      `self`/`cls` (the first parameter of a method not decorated @staticmethod: the enclosing
--      class's MRO; resolution `self`), an instance built in place (`Cls().m`: `instance`) or
--      `super()` inside a method (the MRO after the class: `super`; `super(C, self)`: after C). The member is the first
--      class in MRO order whose body binds the name (class_members). When no in-repository class
--      binds it: UNRESOLVED, qname = the first external base's qname + '.' + name when the class
--      has one, else the class's own qname + '.' + name. CALL rows: one per call whose callee is
--      a name or an attribute chain, with the callee's resolution (ref_targets or the rows
--      above; `cls(...)` in a classmethod calls the class); kind FUNCTION/CLASS with target_id make a CALLS edge, otherwise qname (when there
--      is one: BUILTIN `builtins.len`, EXTERNAL `os.path.join`, VARIABLE `pkg.mod.handler`,
--      UNRESOLVED guesses) makes a CALLS_QNAME edge. confidence: the receiver's confidence x 0.9
--      for self/cls/super (a subclass may override the method) x 0.8 when an external or
--      unresolved base precedes the class that binds the member in the MRO (it may define it
--      too); 0.5 for UNRESOLVED members.
WITH attrs AS (
  SELECT a.node_id AS site_id, a.file_id, a.scope_id, a.attr, a.bstart, a.bend, a.bstart + strlen(a.receiver) AS recv_end
  FROM in_scope_py_attributes a
  WHERE a.ctx = 'load' AND a.file_id IN (SELECT file_id FROM file_allowlist) AND strlen(a.receiver) < 200
    AND NOT EXISTS (SELECT 1 FROM in_scope_ref_targets r WHERE r.file_id = a.file_id AND r.site_id = a.node_id)
),
refs AS (
  SELECT * FROM in_scope_ref_targets WHERE file_id IN (SELECT file_id FROM file_allowlist)
),
calls AS (
  SELECT node_id AS site_id, file_id, scope_id, callee_kind, callee_bstart, callee_bend, bstart, bend
  FROM in_scope_py_calls WHERE file_id IN (SELECT file_id FROM file_allowlist)
),
methods AS MATERIALIZED (
  -- functions defined directly in a class body, with their class and first parameter
  SELECT f.node_id AS def_id, f.parent_id AS class_id, p.node_id AS first_param,
         EXISTS (SELECT 1 FROM in_scope_py_decorators x WHERE x.def_id = f.node_id AND x.file_id = f.file_id AND x.expr = 'staticmethod') AS is_static,
         EXISTS (SELECT 1 FROM in_scope_py_decorators x WHERE x.def_id = f.node_id AND x.file_id = f.file_id AND x.expr = 'classmethod') AS is_classmethod
  FROM in_scope_py_defs f
  JOIN in_scope_py_defs c ON c.node_id = f.parent_id AND c.file_id = f.file_id AND c.kind = 'CLASS'
  LEFT JOIN in_scope_py_params p ON p.def_id = f.node_id AND p.file_id = f.file_id AND p.ordinal = 0
  WHERE f.kind = 'FUNCTION' AND f.file_id IN (SELECT file_id FROM file_allowlist)
),
receivers AS MATERIALIZED (
  -- a class (its members through the MRO)
  SELECT a.site_id, a.file_id, a.scope_id, a.attr, a.bstart, a.bend, r.target_id AS class_id, 'member' AS how, 0 AS min_pos, r.confidence
  FROM attrs a JOIN refs r ON r.file_id = a.file_id AND r.bstart = a.bstart AND r.bend = a.recv_end
  WHERE r.kind = 'CLASS' AND r.target_id IS NOT NULL
  UNION ALL
  -- self / cls
  SELECT a.site_id, a.file_id, a.scope_id, a.attr, a.bstart, a.bend, m.class_id, 'self', 0, r.confidence * 0.9
  FROM attrs a
  JOIN refs r ON r.file_id = a.file_id AND r.bstart = a.bstart AND r.bend = a.recv_end AND r.kind = 'PARAM'
  JOIN methods m ON m.first_param = r.target_id AND NOT m.is_static
  UNION ALL
  -- Cls().m and super().m
  SELECT a.site_id, a.file_id, a.scope_id, a.attr, a.bstart, a.bend,
         CASE WHEN cr.kind = 'CLASS' THEN cr.target_id ELSE m.class_id END,
         CASE WHEN cr.kind = 'CLASS' THEN 'instance' ELSE 'super' END,
         CASE WHEN cr.kind = 'CLASS' THEN 0 ELSE coalesce(sp.mro_pos + 1, 1) END,
         cr.confidence * (CASE WHEN cr.kind = 'CLASS' THEN 1.0 ELSE 0.9 END)::DOUBLE
  FROM attrs a
  JOIN calls c ON c.file_id = a.file_id AND c.bstart = a.bstart AND c.bend = a.recv_end
  JOIN refs cr ON cr.file_id = c.file_id AND cr.bstart = c.callee_bstart AND cr.bend = c.callee_bend
  LEFT JOIN methods m ON m.def_id = c.scope_id
  -- super(C, self): the search starts after C in the enclosing class's MRO
  LEFT JOIN (
    SELECT c2.file_id, c2.site_id AS call_id,
           arg_min(r2.target_id, (r2.bstart, -r2.bend)) AS first_arg_class,
           arg_min(r2.kind, (r2.bstart, -r2.bend)) AS first_arg_kind
    FROM calls c2
    JOIN refs s2 ON s2.file_id = c2.file_id AND s2.bstart = c2.callee_bstart AND s2.bend = c2.callee_bend
      AND s2.kind = 'BUILTIN' AND s2.qname = 'builtins.super'
    JOIN refs r2 ON r2.file_id = c2.file_id AND r2.bstart > c2.callee_bend AND r2.bend < c2.bend
    WHERE c2.bend - c2.callee_bend > 2
    GROUP BY ALL
  ) sa ON sa.file_id = c.file_id AND sa.call_id = c.site_id AND sa.first_arg_kind = 'CLASS'
  LEFT JOIN class_mro sp ON sp.class_id = m.class_id AND sp.ancestor_id = sa.first_arg_class AND sp.mro_pos IS NOT NULL
  WHERE (cr.kind = 'CLASS' AND cr.target_id IS NOT NULL)
     OR (cr.kind = 'BUILTIN' AND cr.qname = 'builtins.super' AND m.class_id IS NOT NULL)
),
lookup AS (
  -- per site: the first class in MRO order whose body binds the name (a struct: arg_min skips
  -- NULL arguments), and the first external or unresolved ancestor
  SELECT r.site_id,
         arg_min({'kind': cm.kind, 'target_id': cm.target_id, 'target_file_id': cm.target_file_id, 'qname': cm.qname, 'confidence': cm.confidence},
                 m.mro_pos) FILTER (WHERE cm.name IS NOT NULL) AS member,
         min(m.mro_pos) FILTER (WHERE cm.name IS NOT NULL) AS found_pos,
         min(m.mro_pos) FILTER (WHERE m.kind <> 'CLASS') AS unknown_pos,
         arg_min(m.qname, m.mro_pos) FILTER (WHERE m.kind = 'EXTERNAL') AS external_qname
  FROM receivers r
  JOIN class_mro m ON m.class_id = r.class_id AND m.mro_pos >= r.min_pos
  LEFT JOIN class_members cm ON cm.class_id = m.ancestor_id AND cm.name = r.attr
  GROUP BY r.site_id
),
attr_rows AS MATERIALIZED (
  -- (a site has one receiver: a class or a PARAM at its receiver's span, or a call there)
  SELECT
    r.file_id, r.site_id, 'ATTRIBUTE' AS site_kind, r.bstart, r.bend, r.how AS resolution,
    CASE WHEN l.found_pos IS NOT NULL THEN l.member.kind ELSE 'UNRESOLVED' END AS kind,
    l.member.target_id AS target_id, l.member.target_file_id AS target_file_id,
    CASE WHEN l.found_pos IS NOT NULL THEN l.member.qname
         WHEN l.external_qname IS NOT NULL THEN l.external_qname || '.' || r.attr
         ELSE concat_ws('.', nullif(mi.module, ''), cd.local_qname) || '.' || r.attr END AS qname,
    CASE WHEN l.found_pos IS NULL THEN 0.5
         ELSE r.confidence * l.member.confidence * (CASE WHEN l.unknown_pos < l.found_pos THEN 0.8 ELSE 1.0 END) END::DOUBLE AS confidence
  FROM receivers r
  JOIN lookup l USING (site_id)
  LEFT JOIN py_defs cd ON cd.node_id = r.class_id
  LEFT JOIN module_index mi ON mi.file_id = cd.file_id
),
class_params AS (
  -- `cls` in a classmethod is the class: `cls(...)` constructs it (or a subclass)
  SELECT r.file_id, r.bstart, r.bend, 'self' AS resolution, 'CLASS' AS kind, c.node_id AS target_id, c.file_id AS target_file_id,
         concat_ws('.', nullif(mi.module, ''), c.local_qname) AS qname, r.confidence * 0.9 AS confidence
  FROM refs r
  JOIN methods m ON m.first_param = r.target_id AND m.is_classmethod
  JOIN py_defs c ON c.node_id = m.class_id
  JOIN module_index mi ON mi.file_id = c.file_id
  WHERE r.kind = 'PARAM'
),
callees AS (
  SELECT file_id, bstart, bend, resolution, kind, target_id, target_file_id, qname, confidence FROM refs
  WHERE NOT (kind = 'PARAM' AND target_id IN (SELECT first_param FROM methods WHERE is_classmethod))
  UNION ALL
  SELECT file_id, bstart, bend, resolution, kind, target_id, target_file_id, qname, confidence FROM class_params
  UNION ALL
  SELECT file_id, bstart, bend, resolution, kind, target_id, target_file_id, qname, confidence FROM attr_rows
)
SELECT file_id, site_id, site_kind, resolution, kind, target_id, target_file_id, qname, confidence FROM attr_rows
UNION ALL
SELECT c.file_id, c.site_id, 'CALL', x.resolution, x.kind, x.target_id, x.target_file_id, x.qname, x.confidence
FROM calls c
JOIN callees x ON x.file_id = c.file_id AND x.bstart = c.callee_bstart AND x.bend = c.callee_bend
WHERE c.callee_kind IN ('name', 'attribute')
