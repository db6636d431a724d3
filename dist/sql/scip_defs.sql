-- rule: scip_defs
-- output: scip_defs
-- inputs: scip_occurrences, py_defs
-- doc: The definitions SCIP names, aligned with pycpg's: every definition occurrence (symbol
--      role Definition, document-local symbols included) whose byte span is exactly the name of
--      a CLASS or FUNCTION definition of the same file. One row per (occurrence, definition):
--      what the alignment resolves a symbol to (scip_alignment).
SELECT o.file_id, o.symbol, o.is_local, d.node_id, d.kind, o.ordinal
FROM in_scope_scip_occurrences o
JOIN in_scope_py_defs d ON d.file_id = o.file_id AND d.name_bstart = o.bstart AND d.name_bend = o.bend
WHERE o.is_definition AND d.kind IN ('CLASS', 'FUNCTION')
  AND o.file_id IN (SELECT file_id FROM file_allowlist)
