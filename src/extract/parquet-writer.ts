/** Staging Parquet files written by the workers with parquet-wasm. */
import { Compression, Table as WasmTable, WriterPropertiesBuilder, writeParquet } from "parquet-wasm";
import { type RowBuilder, toIpc } from "./row-builder.ts";

/**
 * Serialises the builder's rows as Parquet bytes. parquet-wasm consumes both the table and the
 * writer properties, so both are built afresh on every call (reusing them silently drops compression).
 */
export function rowsToParquet(builder: RowBuilder): Uint8Array {
  const table = WasmTable.fromIPCStream(toIpc(builder));
  const props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).build();
  return writeParquet(table, props);
}
