/**
 * `pycpg query`: DuckDB over the published CPG, with views cpg_nodes, cpg_edges, cpg_props, and
 * the last run's snapshot and diff_report when they were published.
 *
 * Results are read as a stream of data chunks (2,048 rows each), never as a whole: the caller's
 * sink sees each chunk once. Columns are addressed by position (two result columns may share a
 * name).
 *
 * DuckDB's streaming reads have one trap: a query that fails while its rows are being fetched
 * (a cast error in row 500,000) ends the stream as if the result were complete, and
 * @duckdb/node-api does not expose the error. So the query runs inside a transaction: a failure
 * aborts it, and the statement run after the last chunk then fails; the query is run once more
 * (materialized) only to get DuckDB's message. SQL that ends that transaction itself (COMMIT...)
 * is refused, since the check would then be blind. The transaction is always rolled back.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { DuckDBDataChunk, DuckDBResult } from "@duckdb/node-api";
import { PUBLISHED } from "../cpg/cpg-tables.ts";
import { SCIP_OUTPUTS } from "../pipeline/scip-report.ts";
import { publishedRelation } from "../publish/publish-outputs.ts";
import { RUN_TABLES } from "../publish/run-tables.ts";
import { type Db, openDb } from "../store/duckdb.ts";
import { sqlIdent } from "../store/sql.ts";
import { UserError } from "../util/errors.ts";

export interface ResultColumns {
  /** The names as DuckDB reports them (may repeat). */
  readonly names: readonly string[];
  /** Unique names for formats whose records are keyed by name (JSON): DuckDB's deduplicated names (`a`, `a:1`). */
  readonly uniqueNames: readonly string[];
  /** DuckDB's type of each column (e.g. `BIGINT`, `VARCHAR[]`). */
  readonly types: readonly string[];
  /** Whether each column holds numbers (right-aligned in a table). */
  readonly numeric: readonly boolean[];
}

/** Receives a result: its columns, then every chunk in order, then the end. */
export interface ResultSink {
  start(columns: ResultColumns): Promise<void> | void;
  /** A chunk with at least one row. It stays valid after the call (a sink may keep it); a sink calls reset() on it once done, which frees its native memory at once. */
  chunk(chunk: DuckDBDataChunk): Promise<void> | void;
  end(totalRows: number): Promise<void> | void;
}

const NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)\b/;

/** An in-memory DuckDB with the published CPG's views. */
export async function openQueryDb(outDir: string): Promise<Db> {
  // Each table is published as a folder of Parquet files (publish/publish-outputs.ts).
  const missing = PUBLISHED.filter((t) => !existsSync(join(outDir, t.name)));
  if (missing.length > 0) {
    throw new UserError(`no published CPG in ${outDir} (missing ${missing.map((t) => `${t.name}/`).join(", ")}); run \`pycpg build --out ${outDir}\` first`);
  }
  const db = await openDb();
  try {
    for (const t of PUBLISHED) await db.exec(`CREATE VIEW ${sqlIdent(t.name)} AS SELECT * FROM ${publishedRelation(outDir, t.name)}`);
    for (const name of [...SCIP_OUTPUTS.map((t) => t.name), ...RUN_TABLES])
      if (existsSync(join(outDir, name))) await db.exec(`CREATE VIEW ${sqlIdent(name)} AS SELECT * FROM ${publishedRelation(outDir, name)}`);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

const failed = (err: unknown) => new UserError(`the query failed: ${(err as Error).message}`);

function columnsOf(result: DuckDBResult): ResultColumns {
  const types = result.columnTypes().map((t) => t.toString());
  return { names: result.columnNames(), uniqueNames: result.deduplicatedColumnNames(), types, numeric: types.map((t) => NUMERIC.test(t)) };
}

/**
 * A full garbage collection, when one can be had. Each fetched chunk is a small JS object holding
 * native vectors (about 16 bytes per value, 2,048 rows): the garbage collector does not see that
 * memory, and a loop that makes little JS garbage (the bounded table) collects the spent chunks so
 * rarely that 1.75M rows of cpg_nodes held 300 MB of them. Collecting every few tens of MB of
 * chunks keeps that bounded, whatever the row count.
 */
let gcFn: (() => void) | null | undefined;
function collectGarbage(): void {
  if (gcFn === undefined) {
    gcFn = (globalThis as { gc?: () => void }).gc ?? null;
    if (!gcFn) {
      try {
        setFlagsFromString("--expose-gc");
        gcFn = runInNewContext("gc") as () => void;
      } catch {
        gcFn = null;
      }
    }
  }
  gcFn?.();
}

/** Native bytes of spent chunks between two collections. */
const CHUNK_BYTES_BETWEEN_GC = 32 << 20;

/** Runs `sql` on `db` and feeds its result to `sink` chunk by chunk; returns the row count. */
export async function streamResult(db: Db, sql: string, sink: ResultSink): Promise<number> {
  const con = db.con;
  await con.run("BEGIN TRANSACTION");
  const txid = async () => String((await con.runAndReadAll("SELECT txid_current()")).getRows()[0]?.[0]);
  const ours = await txid();
  try {
    let result: DuckDBResult;
    try {
      result = await con.stream(sql);
    } catch (err) {
      throw failed(err);
    }
    await sink.start(columnsOf(result));
    let rows = 0;
    let spent = 0;
    const chunkBytes = Math.max(1, result.columnCount) * 2048 * 16;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      rows += chunk.rowCount;
      await sink.chunk(chunk);
      spent += chunkBytes;
      if (spent >= CHUNK_BYTES_BETWEEN_GC) {
        collectGarbage();
        spent = 0;
      }
    }
    let now: string;
    try {
      now = await txid();
    } catch {
      // The transaction was aborted: the query failed while its rows were read.
      await con.run("ROLLBACK");
      await con.run("BEGIN TRANSACTION");
      let why = "DuckDB ended the result early without saying why";
      try {
        await con.run(sql);
      } catch (err) {
        why = (err as Error).message;
      }
      throw new UserError(`the query failed after ${rows} rows had been read: ${why}`);
    }
    if (now !== ours)
      throw new UserError(
        "the SQL ended pycpg's transaction (BEGIN, COMMIT or ROLLBACK in it): pycpg then cannot tell a complete result from one an error cut short; run it without transaction statements",
      );
    await sink.end(rows);
    return rows;
  } finally {
    try {
      await con.run("ROLLBACK");
    } catch {
      // no transaction left to roll back (the user's SQL ended it)
    }
  }
}

export interface QueryResult {
  columns: string[];
  /** Rows as arrays, by column position. */
  rows: unknown[][];
}

/** Runs a query whose result is small and returns all of it (the demo's query). */
export async function runQuery(outDir: string, sql: string): Promise<QueryResult> {
  const db = await openQueryDb(outDir);
  try {
    const out: QueryResult = { columns: [], rows: [] };
    await streamResult(db, sql, {
      start(cols) {
        out.columns = [...cols.names];
      },
      chunk(chunk) {
        for (const r of chunk.getRows()) out.rows.push(r);
      },
      end() {},
    });
    return out;
  } finally {
    db.close();
  }
}
