-- rule: scip_alignment
-- output: scip_alignment
-- inputs: scip_occurrences, scip_defs, py_defs, py_names, py_attributes, py_calls, py_imports, ref_targets, call_targets, type_targets
-- doc: pycpg's syntax sites aligned with SCIP occurrences of the same file by exact byte span:
--      DEF (a CLASS or FUNCTION's name), NAME_REF (the name), ATTRIBUTE (the attribute's name),
--      CALL (the callee's last name: `f` of `f()`, `m` of `a.b.m()`), IMPORT (the import's
--      clause: `name` or `name as alias`). Each aligned site gets what each resolver says it
--      refers to: scip_target_id, the CLASS/FUNCTION whose name carries the symbol's definition
--      (scip_defs; a local symbol only in its own file; a DEF site's own node; for a symbol
--      defined more than once, as a redefined function, the last definition, the one later
--      code sees), and syntactic_target_id, the CLASS/FUNCTION the syntactic resolver found
--      (type_targets, else ref_targets / call_targets; a DEF site's own node). agreement: agree, disagree,
--      scip_only, syntactic_only, neither (both name no in-repository class or function:
--      externals, variables, parameters).
WITH sites AS (
  SELECT file_id, node_id AS site_id, 'DEF' AS site_kind, name, name_bstart AS bstart, name_bend AS bend, node_id AS own_target
  FROM in_scope_py_defs WHERE kind IN ('CLASS', 'FUNCTION') AND name_bstart IS NOT NULL
  UNION ALL
  SELECT file_id, node_id, 'NAME_REF', name, bstart, bend, NULL FROM in_scope_py_names
  UNION ALL
  SELECT file_id, node_id, 'ATTRIBUTE', attr, attr_bstart, bend, NULL FROM in_scope_py_attributes WHERE attr_bstart IS NOT NULL
  UNION ALL
  SELECT file_id, node_id, 'CALL', callee_name, CAST(callee_bend - strlen(callee_name) AS INTEGER), callee_bend, NULL
  FROM in_scope_py_calls WHERE callee_kind IN ('name', 'attribute') AND callee_name IS NOT NULL AND callee_bend IS NOT NULL
  UNION ALL
  SELECT file_id, node_id, 'IMPORT', coalesce(alias, name, module), bstart, bend, NULL FROM in_scope_py_imports
),
aligned AS (
  SELECT s.*, o.ordinal AS occurrence, o.symbol, o.roles, o.is_definition, o.is_local
  FROM sites s
  JOIN in_scope_scip_occurrences o ON o.file_id = s.file_id AND o.bstart = s.bstart AND o.bend = s.bend
  WHERE s.file_id IN (SELECT file_id FROM file_allowlist)
),
defs AS (
  SELECT symbol, is_local, file_id, node_id
  FROM scip_defs
  WHERE symbol IN (SELECT symbol FROM aligned)
  QUALIFY row_number() OVER (PARTITION BY symbol, CASE WHEN is_local THEN file_id END ORDER BY file_id DESC, ordinal DESC) = 1
),
syn AS (
  -- what the syntactic edges say: a type-resolved answer (type_targets) wins over call_targets /
  -- ref_targets for the same site, as in cpg_edges_calls and cpg_edges_references
  SELECT site_id, CASE WHEN kind IN ('CLASS', 'FUNCTION') THEN target_id END AS target_id
  FROM (
    SELECT site_id, kind, target_id, 0 AS prio FROM in_scope_type_targets
    UNION ALL
    SELECT site_id, kind, target_id, 1 FROM in_scope_call_targets
    UNION ALL
    SELECT site_id, kind, target_id, 1 FROM in_scope_ref_targets
  )
  QUALIFY row_number() OVER (PARTITION BY site_id ORDER BY prio, (kind IN ('CLASS', 'FUNCTION') AND target_id IS NOT NULL) DESC, target_id) = 1
),
r AS (
  SELECT a.*, CASE WHEN a.site_kind = 'DEF' AND a.is_definition THEN a.own_target ELSE d.node_id END AS scip_target_id, CASE WHEN a.site_kind = 'DEF' AND a.is_definition THEN a.file_id ELSE d.file_id END AS scip_target_file_id, coalesce(a.own_target, y.target_id) AS syntactic_target_id
  FROM aligned a
  LEFT JOIN defs d ON d.symbol = a.symbol AND (NOT a.is_local OR (d.is_local AND d.file_id = a.file_id))
  LEFT JOIN syn y ON y.site_id = a.site_id
)
SELECT file_id, site_id, site_kind, name, bstart, bend, occurrence, symbol, roles, is_definition, is_local,
       scip_target_id, scip_target_file_id, syntactic_target_id,
       CASE WHEN scip_target_id IS NULL AND syntactic_target_id IS NULL THEN 'neither'
            WHEN scip_target_id = syntactic_target_id THEN 'agree'
            WHEN syntactic_target_id IS NULL THEN 'scip_only'
            WHEN scip_target_id IS NULL THEN 'syntactic_only'
            ELSE 'disagree' END AS agreement
FROM r
