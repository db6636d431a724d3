/**
 * The extracted (and normalized) per-file tables: the contract between the parsing workers and
 * everything downstream. Each table has a `file_id` column: the store partitions by it.
 * Column types are the DuckDB names; the workers build matching Arrow columns.
 */

export type ColumnType = "BIGINT" | "INTEGER" | "BOOLEAN" | "VARCHAR";

export interface TableSpec {
  readonly name: string;
  readonly columns: readonly (readonly [string, ColumnType])[];
}

const SPAN: readonly (readonly [string, ColumnType])[] = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"],
];

function spec(name: string, columns: (readonly [string, ColumnType])[]): TableSpec {
  return { name, columns };
}

/** One row per discovered file, whether or not it could be parsed. */
export const PY_FILES = spec("py_files", [
  ["file_id", "BIGINT"],
  ["path", "VARCHAR"],
  ["size_bytes", "BIGINT"],
  ["sha256", "VARCHAR"],
  ["line_count", "INTEGER"],
  ["encoding", "VARCHAR"],
  ["newline", "VARCHAR"],
  // ok | syntax_error | binary | too_large | unreadable | symlink_outside | not_a_file
  ["status", "VARCHAR"],
  ["all_kind", "VARCHAR"], // none | literal | dynamic: how __all__ is defined
]);

/** MODULE, CLASS, FUNCTION and LAMBDA definitions. */
export const PY_DEFS = spec("py_defs", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["name", "VARCHAR"],
  ["local_qname", "VARCHAR"],
  ["parent_id", "BIGINT"],
  ...SPAN,
  ["name_bstart", "INTEGER"],
  ["name_bend", "INTEGER"],
  ["is_async", "BOOLEAN"],
  ["is_method", "BOOLEAN"],
  ["arity", "INTEGER"],
  ["decorator_count", "INTEGER"],
  ["docstring", "VARCHAR"],
  ["bases", "VARCHAR"],
  ["ordinal", "INTEGER"],
  ["returns", "VARCHAR"], // a function's return annotation text
]);

export const PY_PARAMS = spec("py_params", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["def_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["ordinal", "INTEGER"],
  ["param_kind", "VARCHAR"],
  ["has_default", "BOOLEAN"],
  ["annotation", "VARCHAR"],
  ["default_text", "VARCHAR"], // the default value's source text
  ...SPAN,
]);

export const PY_DECORATORS = spec("py_decorators", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["def_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["ordinal", "INTEGER"],
  ["expr", "VARCHAR"],
  ...SPAN,
]);

export const PY_CALLS = spec("py_calls", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["callee", "VARCHAR"],
  ["callee_kind", "VARCHAR"], // name | attribute | call | subscript | other
  ["callee_name", "VARCHAR"],
  ["receiver", "VARCHAR"],
  ["arg_count", "INTEGER"],
  ["has_star_args", "BOOLEAN"],
  ["callee_bstart", "INTEGER"],
  ["callee_bend", "INTEGER"],
  ...SPAN,
]);

export const PY_NAMES = spec("py_names", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["ctx", "VARCHAR"], // load | store | del
  ...SPAN,
]);

export const PY_ATTRIBUTES = spec("py_attributes", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["attr", "VARCHAR"],
  ["receiver", "VARCHAR"],
  ["ctx", "VARCHAR"],
  ["attr_bstart", "INTEGER"],
  ...SPAN,
]);

export const PY_IMPORTS = spec("py_imports", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["import_kind", "VARCHAR"], // import | from | future
  ["module", "VARCHAR"],
  ["name", "VARCHAR"],
  ["alias", "VARCHAR"],
  ["bound_name", "VARCHAR"],
  ["level", "INTEGER"],
  ["is_star", "BOOLEAN"],
  ["in_type_checking", "BOOLEAN"],
  ["in_try_except", "BOOLEAN"],
  ["stmt_bstart", "INTEGER"],
  ["stmt_bend", "INTEGER"],
  ...SPAN,
]);

/** Name bindings per scope: the input of scope-aware resolution. */
export const PY_BINDINGS = spec("py_bindings", [
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["name", "VARCHAR"],
  // def | class | import | param | assign | augassign | annassign | for | with | except | walrus
  // | comprehension | global | nonlocal | del | match | type_alias
  ["binding_kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
]);

export const PY_DIAGNOSTICS = spec("py_diagnostics", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["code", "VARCHAR"],
  ["severity", "VARCHAR"],
  ["message", "VARCHAR"],
  ...SPAN,
]);

/** Literal entries of a module's `__all__`. */
export const PY_EXPORTS = spec("py_exports", [
  ["file_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["ordinal", "INTEGER"],
]);

/**
 * Type facts the walk sees syntactically (inputs of the type rules, never resolved here):
 *   - `return`: a function's return annotation (scope_id = the FUNCTION, annotation = its text);
 *   - `assign`: an assignment whose target is a name or `<name>.<attr>` (target = its text,
 *     scope_id = the scope it runs in), with its annotation (`x: T = v`, `self.x: T`) and the
 *     kind and span of its value: call | name | attribute | none | other (null: no value), and
 *     value_text: a call's callee text, a name's or attribute's text (else null).
 * bstart/bend: the target's span (the return annotation's for `return`).
 */
export const PY_TYPES = spec("py_types", [
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["target", "VARCHAR"],
  ["annotation", "VARCHAR"],
  ["value_kind", "VARCHAR"],
  ["value_text", "VARCHAR"],
  ["value_bstart", "INTEGER"],
  ["value_bend", "INTEGER"],
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
]);

export const EXTRACT_TABLES: readonly TableSpec[] = [
  PY_FILES,
  PY_DEFS,
  PY_PARAMS,
  PY_DECORATORS,
  PY_CALLS,
  PY_NAMES,
  PY_ATTRIBUTES,
  PY_IMPORTS,
  PY_BINDINGS,
  PY_DIAGNOSTICS,
  PY_EXPORTS,
  PY_TYPES,
];
