/**
 * Publishing: the CPG tables as single Parquet files in the output directory, written under a
 * temporary name and renamed into place so a reader never sees half a file.
 */
import { mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "../store/duckdb.ts";
import { sqlIdent, sqlString } from "../store/sql.ts";
import type { DatasetSpec, StoreTxn } from "../store/state-store.ts";

/** Writes `<out>/<table>.parquet` for each spec; returns table -> path. */
export async function publishOutputs(db: Db, txn: StoreTxn, specs: readonly DatasetSpec[], outDir: string): Promise<Record<string, string>> {
  mkdirSync(outDir, { recursive: true });
  const written: Record<string, string> = {};
  for (const spec of specs) {
    const target = join(outDir, `${spec.name}.parquet`);
    const tmp = `${target}.tmp-${process.pid}`;
    const order = [spec.partitionColumn, ...spec.sortKey].map(sqlIdent).join(", ");
    await db.exec(`COPY (SELECT * FROM ${txn.relation(spec)} ORDER BY ${order}) TO ${sqlString(tmp)} (FORMAT parquet, COMPRESSION zstd)`);
    renameSync(tmp, target);
    written[spec.name] = target;
  }
  return written;
}
