/**
 * The SCIP datasets (docs/schema.md, "SCIP"): what an index says about each file, partitioned by
 * file_id and upserted per file like every other dataset. Empty when the layer is off.
 */
import type { TableSpec } from "../extract/tables.ts";
import type { DatasetSpec } from "../store/state-store.ts";

const SPAN = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"],
] as const;

/** One row per file the index has a document for. */
export const SCIP_DOCUMENTS: TableSpec = {
  name: "scip_documents",
  columns: [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["fingerprint", "VARCHAR"],
    ["language", "VARCHAR"],
    ["position_encoding", "INTEGER"],
    ["occurrences", "INTEGER"],
    ["symbols", "INTEGER"],
    ["bytes", "INTEGER"],
  ],
};

/** Every occurrence of every document, with its byte span in the file. */
export const SCIP_OCCURRENCES: TableSpec = {
  name: "scip_occurrences",
  columns: [
    ["file_id", "BIGINT"],
    ["ordinal", "INTEGER"],
    ["symbol", "VARCHAR"],
    ["roles", "INTEGER"],
    ["syntax_kind", "INTEGER"],
    ["is_definition", "BOOLEAN"],
    ["is_local", "BOOLEAN"],
    ...SPAN,
  ],
};

/** SymbolInformation of every document (the symbols it defines). */
export const SCIP_SYMBOLS: TableSpec = {
  name: "scip_symbols",
  columns: [
    ["file_id", "BIGINT"],
    ["symbol", "VARCHAR"],
    ["kind", "INTEGER"],
    ["display_name", "VARCHAR"],
    ["enclosing_symbol", "VARCHAR"],
    ["documentation", "VARCHAR"],
    ["ordinal", "INTEGER"],
  ],
};

/** Relationships of the documents' symbols (implementations, type definitions, references). */
export const SCIP_RELATIONSHIPS: TableSpec = {
  name: "scip_relationships",
  columns: [
    ["file_id", "BIGINT"],
    ["symbol", "VARCHAR"],
    ["target_symbol", "VARCHAR"],
    ["is_reference", "BOOLEAN"],
    ["is_implementation", "BOOLEAN"],
    ["is_type_definition", "BOOLEAN"],
    ["is_definition", "BOOLEAN"],
    ["ordinal", "INTEGER"],
  ],
};

/** Diagnostics attached to occurrences. */
export const SCIP_DIAGNOSTICS: TableSpec = {
  name: "scip_diagnostics",
  columns: [
    ["file_id", "BIGINT"],
    ["occurrence", "INTEGER"],
    ["ordinal", "INTEGER"],
    ["severity", "INTEGER"],
    ["code", "VARCHAR"],
    ["message", "VARCHAR"],
    ["source", "VARCHAR"],
    ...SPAN,
  ],
};

export const SCIP_TABLES: readonly TableSpec[] = [SCIP_DOCUMENTS, SCIP_OCCURRENCES, SCIP_SYMBOLS, SCIP_RELATIONSHIPS, SCIP_DIAGNOSTICS];

function dataset(t: TableSpec): DatasetSpec {
  return { name: t.name, columns: t.columns, partitionColumn: "file_id" };
}

export const SCIP_DATASETS: readonly DatasetSpec[] = SCIP_TABLES.map(dataset);

/** The SCIP datasets published beside the CPG tables when the layer is on. */
export const SCIP_PUBLISHED: readonly DatasetSpec[] = SCIP_DATASETS.filter((d) => d.name === "scip_occurrences" || d.name === "scip_symbols");
