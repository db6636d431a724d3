/**
 * The datasets the rules produce: the module index and the CPG tables (schema v1, docs/schema.md).
 * Every one is partitioned by the file its rows come from.
 */
import type { DatasetSpec } from "../store/state-store.ts";

export const SCHEMA_VERSION = 1;

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
  ],
  partitionColumn: "file_id",
  sortKey: [],
};

export const CPG_NODES: DatasetSpec = {
  name: "cpg_nodes",
  columns: [["node_id", "BIGINT"], ["kind", "VARCHAR"], ["file_id", "BIGINT"], ["path", "VARCHAR"], ["name", "VARCHAR"], ["qname", "VARCHAR"], ...SPAN],
  partitionColumn: "file_id",
  sortKey: ["node_id"],
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
  ],
  partitionColumn: "origin_file_id",
  sortKey: ["edge_id"],
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
  sortKey: ["entity_id", "key"],
};

export const DERIVED_DATASETS: readonly DatasetSpec[] = [MODULE_INDEX, CPG_NODES, CPG_EDGES, CPG_PROPS];

/** The tables published to the output directory. */
export const PUBLISHED: readonly DatasetSpec[] = [CPG_NODES, CPG_EDGES, CPG_PROPS];
