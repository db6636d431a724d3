/**
 * The datasets the rules produce: the module index and the CPG tables (schema v2, docs/schema.md).
 * Every one is partitioned by the file its rows come from.
 */
import type { DatasetSpec } from "../store/state-store.ts";

export const SCHEMA_VERSION = 2;

const SPAN: [string, string][] = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"],
];

export const MODULE_INDEX: DatasetSpec = {
  name: "module_index",
  columns: [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["module", "VARCHAR"],
    ["is_package", "BOOLEAN"],
    ["root", "VARCHAR"],
    ["importable", "BOOLEAN"],
    ["search_path", "VARCHAR[]"],
  ],
  partitionColumn: "file_id",
};

export const CPG_NODES: DatasetSpec = {
  name: "cpg_nodes",
  columns: [["node_id", "BIGINT"], ["kind", "VARCHAR"], ["file_id", "BIGINT"], ["path", "VARCHAR"], ["name", "VARCHAR"], ["qname", "VARCHAR"], ...SPAN],
  partitionColumn: "file_id",
};

export const CPG_EDGES: DatasetSpec = {
  name: "cpg_edges",
  columns: [
    ["edge_id", "BIGINT"],
    ["kind", "VARCHAR"],
    ["src", "BIGINT"],
    ["dst", "BIGINT"],
    ["origin_file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["resolver", "VARCHAR"],
    ["confidence", "DOUBLE"],
    ["resolution", "VARCHAR"],
  ],
  partitionColumn: "origin_file_id",
};

export const CPG_PROPS: DatasetSpec = {
  name: "cpg_props",
  columns: [
    ["entity_id", "BIGINT"],
    ["key", "VARCHAR"],
    ["value", "VARCHAR"],
    ["value_type", "VARCHAR"],
    ["file_id", "BIGINT"],
  ],
  partitionColumn: "file_id",
};

/** Resolution datasets (docs/schema.md, "Resolution"): internal, partitioned by the file whose rows they resolve. */
function resolution(name: string, columns: [string, string][]): DatasetSpec {
  return { name, columns, partitionColumn: "file_id" };
}

/** The modules each import loads (one row per IMPORT node and module). */
export const IMPORT_MODULES = resolution("import_modules", [
  ["file_id", "BIGINT"],
  ["import_id", "BIGINT"],
  ["role", "VARCHAR"],
  ["module", "VARCHAR"],
  ["target_kind", "VARCHAR"],
  ["target_file_id", "BIGINT"],
  ["target_id", "BIGINT"],
  ["binds", "BOOLEAN"],
]);

/** Every module's namespace as importers see it: the module's interface. */
export const MODULE_EXPORTS = resolution("module_exports", [
  ["file_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["via", "VARCHAR"],
  ["public", "BOOLEAN"],
  ["hops", "INTEGER"],
  ["confidence", "DOUBLE"],
]);

/** What every import resolves to, partitioned by the importer. */
export const IMPORT_EDGES = resolution("import_edges", [
  ["file_id", "BIGINT"],
  ["import_id", "BIGINT"],
  ["bound_name", "VARCHAR"],
  ["role", "VARCHAR"],
  ["binds", "BOOLEAN"],
  ["is_edge", "BOOLEAN"],
  ["target_kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["via", "VARCHAR"],
  ["hops", "INTEGER"],
  ["confidence", "DOUBLE"],
  ["in_type_checking", "BOOLEAN"],
  ["in_try_except", "BOOLEAN"],
]);

/** Loaded names and attribute chains resolved through scopes, modules and class bodies. */
export const REF_TARGETS = resolution("ref_targets", [
  ["file_id", "BIGINT"],
  ["site_id", "BIGINT"],
  ["site_kind", "VARCHAR"],
  ["scope_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["resolution", "VARCHAR"],
  ["binding_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"],
]);

/** Every class's own namespace (its class body). */
export const CLASS_MEMBERS = resolution("class_members", [
  ["file_id", "BIGINT"],
  ["class_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"],
]);

/** Every class's bases and method resolution order. */
export const CLASS_MRO = resolution("class_mro", [
  ["file_id", "BIGINT"],
  ["class_id", "BIGINT"],
  ["ancestor_id", "BIGINT"],
  ["ancestor_file_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["qname", "VARCHAR"],
  ["depth", "INTEGER"],
  ["base_ordinal", "INTEGER"],
  ["mro_pos", "INTEGER"],
  ["confidence", "DOUBLE"],
]);

/** Class-member accesses through the MRO, self/cls/super, and every call's callee. */
export const CALL_TARGETS = resolution("call_targets", [
  ["file_id", "BIGINT"],
  ["site_id", "BIGINT"],
  ["site_kind", "VARCHAR"],
  ["resolution", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"],
]);

/** SCIP definitions aligned with pycpg's (rule scip_defs): symbol -> CLASS/FUNCTION node. */
export const SCIP_DEFS = resolution("scip_defs", [
  ["file_id", "BIGINT"],
  ["symbol", "VARCHAR"],
  ["is_local", "BOOLEAN"],
  ["node_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["ordinal", "INTEGER"],
]);

/** Syntax sites aligned with SCIP occurrences, with both resolvers' answers (rule scip_alignment; published). */
export const SCIP_ALIGNMENT = resolution("scip_alignment", [
  ["file_id", "BIGINT"],
  ["site_id", "BIGINT"],
  ["site_kind", "VARCHAR"],
  ["name", "VARCHAR"],
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["occurrence", "INTEGER"],
  ["symbol", "VARCHAR"],
  ["roles", "INTEGER"],
  ["is_definition", "BOOLEAN"],
  ["is_local", "BOOLEAN"],
  ["scip_target_id", "BIGINT"],
  ["scip_target_file_id", "BIGINT"],
  ["syntactic_target_id", "BIGINT"],
  ["agreement", "VARCHAR"],
]);

/** Declared types: parameter annotations (and self/cls), return annotations (type rules). */
export const TYPE_DECLS = resolution("type_decls", [
  ["file_id", "BIGINT"],
  ["slot_kind", "VARCHAR"],
  ["owner_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["class_id", "BIGINT"],
  ["class_file_id", "BIGINT"],
  ["resolution", "VARCHAR"],
  ["confidence", "DOUBLE"],
]);

/** Instance attributes (first `self.x` store) and typed class members (type rules). */
export const TYPE_MEMBERS = resolution("type_members", [
  ["file_id", "BIGINT"],
  ["class_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["store_id", "BIGINT"],
  ["type_id", "BIGINT"],
  ["type_file_id", "BIGINT"],
  ["resolution", "VARCHAR"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"],
  ["deps", "VARCHAR[]"],
]);

/** Attribute accesses and calls resolved through the receiver's type, and the files that typing read (type rules). */
export const TYPE_TARGETS = resolution("type_targets", [
  ["file_id", "BIGINT"],
  ["site_id", "BIGINT"],
  ["site_kind", "VARCHAR"],
  ["resolution", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"],
]);

export const DERIVED_DATASETS: readonly DatasetSpec[] = [
  MODULE_INDEX,
  CPG_NODES,
  CPG_EDGES,
  CPG_PROPS,
  IMPORT_MODULES,
  MODULE_EXPORTS,
  IMPORT_EDGES,
  CLASS_MEMBERS,
  REF_TARGETS,
  CLASS_MRO,
  CALL_TARGETS,
  SCIP_DEFS,
  SCIP_ALIGNMENT,
  TYPE_DECLS,
  TYPE_MEMBERS,
  TYPE_TARGETS,
];

/** The tables published to the output directory. */
export const PUBLISHED: readonly DatasetSpec[] = [CPG_NODES, CPG_EDGES, CPG_PROPS];
