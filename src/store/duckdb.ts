/** Opening DuckDB (in memory: all persistent data lives in Parquet files in the state store). */
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { prepareDuckdbNative } from "../native/duckdb-native.ts";
import { cjsExports } from "../util/cjs-interop.ts";
import { UserError } from "../util/errors.ts";

export interface Db {
  readonly con: DuckDBConnection;
  /** Runs one or more statements. */
  exec(sql: string): Promise<void>;
  /** Runs a query and returns its rows as JSON-safe objects (BIGINT as strings). */
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /**
   * The rows of a query whose row order does not matter, transferred as one JSON text (DuckDB's
   * `to_json` of the list of rows, parsed by V8) instead of value by value: about 2x faster than
   * `rows` for thousands of rows (Twisted's 9,288 import rows: 42-72 ms against 75-135 ms). The
   * list is built in memory (an aggregate DuckDB cannot spill): for results that fit in memory
   * easily (used up to the 13k-file corpus's ~130k import rows).
   * Integers arrive as JSON numbers, exact only up to 2^53: cast ids (BIGINT) to VARCHAR.
   */
  bulkRows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /**
   * Another connection to the same database: it sees the same tables and views, not this
   * connection's temporary objects, and runs its statements concurrently with this one's.
   * Closed with the database.
   */
  fork(): Promise<Db>;
  close(): void;
}

/** With PYCPG_TRACE_SQL=1, every statement slower than 2 ms is logged to stderr with its time. */
const TRACE = process.env.PYCPG_TRACE_SQL === "1";

async function traced<T>(sql: string, run: () => Promise<T>): Promise<T> {
  if (!TRACE) return run().catch(explainOutOfMemory);
  const t0 = performance.now();
  const out = await run().catch(explainOutOfMemory);
  const ms = performance.now() - t0;
  if (ms > 2) process.stderr.write(`[sql ${ms.toFixed(0).padStart(5)} ms] ${sql.replace(/\s+/g, " ").slice(0, 160)}\n`);
  return out;
}

/**
 * DuckDB's memory budget. Its default (80% of RAM) let the rules of a 13k-file build grow the
 * process to several GB; with a limit, sorts, joins, aggregates and temporary tables spill to
 * `temp_directory` instead. The process peaks at about the limit plus 0.6-0.75 GiB: on the 13k-file
 * corpus 1.62 GiB with 1 GB, 1.35-1.51 GiB with 800 MB, 1.32 GiB with 700 MB, each in about the same
 * time (the 26.7k-file tree: 1.34 GiB at 700 MB in 296 s, 1.44 GiB at 800 MB in 294 s).
 * PYCPG_DUCKDB_MEMORY_LIMIT overrides it (a DuckDB size, e.g. "2GB").
 */
export const DEFAULT_MEMORY_LIMIT = "700MB";

/** The memory limit DuckDB is opened with. */
function memoryLimit(): string {
  return process.env.PYCPG_DUCKDB_MEMORY_LIMIT || DEFAULT_MEMORY_LIMIT;
}

/**
 * DuckDB's out-of-memory error (a step that cannot spill, at the memory limit) becomes a UserError
 * saying what to do. The build stops before its commit, so the state is the previous generation.
 */
function explainOutOfMemory(err: unknown): never {
  const message = err instanceof Error ? err.message : String(err);
  if (!/^Out of Memory Error/.test(message)) throw err;
  throw new UserError(
    `DuckDB ran out of memory at its limit of ${memoryLimit()} (${message.split("\n")[0]}); the state was left as it was. ` +
      "On a machine with more memory, raise the limit (e.g. PYCPG_DUCKDB_MEMORY_LIMIT=4GB); for a repository too large for one runner, " +
      "see docs/architecture.md, 'Past one machine'.",
  );
}

export interface OpenDbOptions {
  /**
   * Where DuckDB may spill. Default: a directory of this process under the system's temporary
   * directory (DuckDB's own default, `.tmp` in the working directory, would leave files in the
   * user's repository when a query spills, and a run's removal of it would break another's).
   */
  readonly tempDirectory?: string;
  /**
   * Keep the order of rows through operators that do not sort (default true, what a user's query
   * expects). Builds turn it off: no stored file's row order means anything (the store compares
   * multisets; the per-run tables are written with an ORDER BY), and not keeping the order lets
   * DuckDB stream and spill large intermediate results.
   */
  readonly preserveInsertionOrder?: boolean;
}

export async function openDb(threads = availableParallelism(), opts: OpenDbOptions = {}): Promise<Db> {
  // Imported on first use: loading libduckdb (~70 MB) costs ~0.25 s, which a run that finds
  // nothing to do (or --help) should not pay. The bundle first finds (or fetches) the native
  // library: dist/ ships without it (src/native/duckdb-native.ts).
  await prepareDuckdbNative();
  const { DuckDBInstance } = cjsExports(await import("@duckdb/node-api"), "DuckDBInstance");
  const config: Record<string, string> = {
    threads: String(threads),
    preserve_insertion_order: opts.preserveInsertionOrder === false ? "false" : "true",
    memory_limit: memoryLimit(),
  };
  config.temp_directory = opts.tempDirectory ?? join(tmpdir(), `pycpg-duckdb-${process.pid}`);
  const instance = await DuckDBInstance.create(":memory:", config);
  const con = await instance.connect();
  // The store never rewrites a file in place (every write gets a new name), so cached Parquet
  // footers stay valid; rules read the same bucket files many times per run. (A setting of the
  // parquet extension: it can only be set once the extension is loaded, not at creation.)
  await con.run("SET GLOBAL parquet_metadata_cache = true");
  const forks: DuckDBConnection[] = [];
  const wrap = (c: DuckDBConnection, close: () => void): Db => ({
    con: c,
    async exec(sql) {
      await traced(sql, () => c.run(sql));
    },
    async rows<T>(sql: string) {
      const r = await traced(sql, () => c.runAndReadAll(sql));
      return r.getRowObjectsJson() as T[];
    },
    async bulkRows<T>(sql: string) {
      const r = await traced(sql, () => c.runAndReadAll(`SELECT CAST(to_json(list(t)) AS VARCHAR) AS j FROM (${sql}) t`));
      const text = r.getRowObjectsJson()[0]?.j;
      return typeof text === "string" ? (JSON.parse(text) as T[]) : [];
    },
    async fork() {
      const f = await instance.connect();
      forks.push(f);
      return wrap(f, () => {
        const i = forks.indexOf(f);
        if (i < 0) return;
        forks.splice(i, 1);
        f.closeSync();
      });
    },
    close,
  });
  return wrap(con, () => {
    for (const f of forks) f.closeSync();
    con.closeSync();
    instance.closeSync();
  });
}
