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

/** With PYCPG_TRACE_SQL=1, every statement slower than 2 ms is logged to stderr with its time. */
const TRACE = process.env.PYCPG_TRACE_SQL === "1";

async function traced<T>(sql: string, run: () => Promise<T>): Promise<T> {
  if (!TRACE) return run();
  const t0 = performance.now();
  const out = await run();
  const ms = performance.now() - t0;
  if (ms > 2) process.stderr.write(`[sql ${ms.toFixed(0).padStart(5)} ms] ${sql.replace(/\s+/g, " ").slice(0, 160)}\n`);
  return out;
}

export async function openDb(threads = availableParallelism()): Promise<Db> {
  const instance = await DuckDBInstance.create(":memory:", { threads: String(threads), preserve_insertion_order: "true" });
  const con = await instance.connect();
  return {
    con,
    async exec(sql) {
      await traced(sql, () => con.run(sql));
    },
    async rows<T>(sql: string) {
      const r = await traced(sql, () => con.runAndReadAll(sql));
      return r.getRowObjectsJson() as T[];
    },
    close() {
      con.closeSync();
      instance.closeSync();
    },
  };
}
