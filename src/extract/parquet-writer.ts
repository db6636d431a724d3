/** Staging Parquet files written by the workers with parquet-wasm. */

import { cjsExports } from "../util/cjs-interop.ts";
import { loadArrow, type RowBuilder, toIpc } from "./row-builder.ts";

type ParquetWasm = typeof import("parquet-wasm");
let parquetWasm: ParquetWasm | null = null;

/**
 * Loads parquet-wasm and apache-arrow (together ~0.2 s): imported on first use, not at start-up,
 * so a run that writes no Parquet (no change, a query) never pays for them.
 */
export async function loadParquetWriter(): Promise<void> {
  await loadArrow();
  parquetWasm ??= cjsExports(await import("parquet-wasm"), "writeParquet");
}

/**
 * Serialises the builder's rows as Parquet bytes (after `loadParquetWriter`). parquet-wasm consumes
 * both the table and the writer properties, so both are built afresh on every call (reusing them
 * silently drops compression).
 */
export function rowsToParquet(builder: RowBuilder, keyValue?: ReadonlyMap<string, string>): Uint8Array {
  if (!parquetWasm) throw new Error("parquet-wasm is not loaded: await loadParquetWriter() first");
  const { Compression, Table: WasmTable, WriterPropertiesBuilder, writeParquet } = parquetWasm;
  const table = WasmTable.fromIPCStream(toIpc(builder));
  // No dictionary pages: encoding them was half of the writer's time (Django, one thread: 333 ->
  // 157 ms for all files) for files ~10% larger; DuckDB reads plain pages as fast.
  let props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).setDictionaryEnabled(false);
  if (keyValue) props = props.setKeyValueMetadata(new Map(keyValue));
  return writeParquet(table, props.build());
}
