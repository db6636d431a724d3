/** Opening DuckDB (in memory: all persistent data lives in Parquet files in the state store). */
import { availableParallelism } from "node:os";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export interface Db {
  readonly con: DuckDBConnection;
  /** Runs one or more statements. */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns its rows as JSON-safe objects (BIGINT as strings). */
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  close(): void;
}

export async function openDb(threads = availableParallelism()): Promise<Db> {
  const instance = await DuckDBInstance.create(":memory:", { threads: String(threads), preserve_insertion_order: "true" });
  const con = await instance.connect();
  return {
    con,
    async exec(sql) {
      await con.run(sql);
    },
    async rows<T>(sql: string) {
      const r = await con.runAndReadAll(sql);
      return r.getRowObjectsJson() as T[];
    },
    close() {
      con.closeSync();
      instance.closeSync();
    },
  };
}
