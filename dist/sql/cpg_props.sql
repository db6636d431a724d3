-- rule: cpg_props
-- output: cpg_props
-- inputs: py_files, py_defs, py_params, py_decorators, py_calls, py_names, py_attributes, py_imports, py_diagnostics, module_index
-- doc: Node properties as (entity_id, key, value, value_type) rows; value is text, value_type says
--      how to read it (int, bool, str, json). NULL-valued properties are omitted. The full list of
--      keys per node kind is in docs/schema.md. What a node's own columns already say (name,
--      qname, span) is not repeated here; resolution details stay in the internal datasets.
WITH p AS (
  SELECT file_id AS entity_id, file_id, 'size_bytes' AS key, CAST(size_bytes AS VARCHAR) AS value, 'int' AS value_type FROM in_scope_py_files
  UNION ALL SELECT file_id, file_id, 'sha256', sha256, 'str' FROM in_scope_py_files
  UNION ALL SELECT file_id, file_id, 'line_count', CAST(line_count AS VARCHAR), 'int' FROM in_scope_py_files
  UNION ALL SELECT file_id, file_id, 'encoding', encoding, 'str' FROM in_scope_py_files
  UNION ALL SELECT file_id, file_id, 'newline', newline, 'str' FROM in_scope_py_files
  UNION ALL SELECT file_id, file_id, 'status', status, 'str' FROM in_scope_py_files
  -- modules
  UNION ALL SELECT d.node_id, d.file_id, 'docstring', d.docstring, 'str' FROM in_scope_py_defs d WHERE d.kind = 'MODULE'
  UNION ALL SELECT d.node_id, d.file_id, 'all_kind', f.all_kind, 'str' FROM in_scope_py_defs d JOIN in_scope_py_files f USING (file_id) WHERE d.kind = 'MODULE'
  UNION ALL SELECT d.node_id, d.file_id, 'is_package', CAST(m.is_package AS VARCHAR), 'bool' FROM in_scope_py_defs d JOIN in_scope_module_index m USING (file_id) WHERE d.kind = 'MODULE'
  UNION ALL SELECT d.node_id, d.file_id, 'importable', CAST(m.importable AS VARCHAR), 'bool' FROM in_scope_py_defs d JOIN in_scope_module_index m USING (file_id) WHERE d.kind = 'MODULE'
  -- functions, classes, lambdas
  UNION ALL SELECT node_id, file_id, 'is_async', CAST(is_async AS VARCHAR), 'bool' FROM in_scope_py_defs WHERE kind = 'FUNCTION'
  UNION ALL SELECT node_id, file_id, 'is_method', CAST(is_method AS VARCHAR), 'bool' FROM in_scope_py_defs WHERE kind = 'FUNCTION'
  UNION ALL SELECT node_id, file_id, 'arity', CAST(arity AS VARCHAR), 'int' FROM in_scope_py_defs WHERE kind IN ('FUNCTION', 'LAMBDA')
  UNION ALL SELECT node_id, file_id, 'decorator_count', CAST(decorator_count AS VARCHAR), 'int' FROM in_scope_py_defs WHERE kind IN ('FUNCTION', 'CLASS')
  UNION ALL SELECT node_id, file_id, 'docstring', docstring, 'str' FROM in_scope_py_defs WHERE kind IN ('FUNCTION', 'CLASS')
  UNION ALL SELECT node_id, file_id, 'bases', bases, 'json' FROM in_scope_py_defs WHERE kind = 'CLASS'
  -- parameters
  UNION ALL SELECT node_id, file_id, 'param_kind', param_kind, 'str' FROM in_scope_py_params
  UNION ALL SELECT node_id, file_id, 'ordinal', CAST(ordinal AS VARCHAR), 'int' FROM in_scope_py_params
  UNION ALL SELECT node_id, file_id, 'has_default', CAST(has_default AS VARCHAR), 'bool' FROM in_scope_py_params
  UNION ALL SELECT node_id, file_id, 'annotation', annotation, 'str' FROM in_scope_py_params
  -- decorators
  UNION ALL SELECT node_id, file_id, 'ordinal', CAST(ordinal AS VARCHAR), 'int' FROM in_scope_py_decorators
  -- calls
  UNION ALL SELECT node_id, file_id, 'callee', callee, 'str' FROM in_scope_py_calls
  UNION ALL SELECT node_id, file_id, 'callee_kind', callee_kind, 'str' FROM in_scope_py_calls
  UNION ALL SELECT node_id, file_id, 'arg_count', CAST(arg_count AS VARCHAR), 'int' FROM in_scope_py_calls
  -- names and attributes
  UNION ALL SELECT node_id, file_id, 'ctx', ctx, 'str' FROM in_scope_py_names
  UNION ALL SELECT node_id, file_id, 'ctx', ctx, 'str' FROM in_scope_py_attributes
  -- imports
  UNION ALL SELECT node_id, file_id, 'import_kind', import_kind, 'str' FROM in_scope_py_imports
  UNION ALL SELECT node_id, file_id, 'module', module, 'str' FROM in_scope_py_imports
  UNION ALL SELECT node_id, file_id, 'name', name, 'str' FROM in_scope_py_imports
  UNION ALL SELECT node_id, file_id, 'alias', alias, 'str' FROM in_scope_py_imports
  UNION ALL SELECT node_id, file_id, 'level', CAST(level AS VARCHAR), 'int' FROM in_scope_py_imports
  UNION ALL SELECT node_id, file_id, 'is_star', CAST(is_star AS VARCHAR), 'bool' FROM in_scope_py_imports
  UNION ALL SELECT node_id, file_id, 'in_type_checking', CAST(in_type_checking AS VARCHAR), 'bool' FROM in_scope_py_imports
  UNION ALL SELECT node_id, file_id, 'in_try_except', CAST(in_try_except AS VARCHAR), 'bool' FROM in_scope_py_imports
  -- diagnostics
  UNION ALL SELECT node_id, file_id, 'severity', severity, 'str' FROM in_scope_py_diagnostics
  UNION ALL SELECT node_id, file_id, 'message', message, 'str' FROM in_scope_py_diagnostics
)
SELECT entity_id, key, value, value_type, file_id
FROM p
WHERE value IS NOT NULL AND file_id IN (SELECT file_id FROM file_allowlist)
