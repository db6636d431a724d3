/**
 * The per-run tables: `snapshot` (every file as this run saw it) and `diff_report` (every file's
 * status against the previous snapshot, with previous and current values and the reason). One
 * row per file, so they are small: each run rewrites them whole, as one Parquet file, into the
 * output (`<out>/<table>/part-00000.parquet`, the same folder layout as the CPG tables) and into
 * the state (`<state>/run/<table>.parquet`, the last run's, kept for the action and for debugging;
 * the manifest's snapshot stays the one the engine trusts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { RowBuilder } from "../extract/row-builder.ts";
import type { TableSpec } from "../extract/tables.ts";
import type { ChangeSet, ChangeStatus, DiffEntry } from "../incremental/change-set.ts";
import type { Snapshot } from "../incremental/snapshot.ts";
import type { Db } from "../store/duckdb.ts";
import { jsonRelation, sqlIdent, sqlString } from "../store/sql.ts";
import { replaceFolder } from "./replace-folder.ts";

/** A per-run table: rows sorted by `sortKey`, so the same rows make the same bytes (a run that changes nothing leaves the files alone). */
export interface RunTableSpec extends TableSpec {
  readonly sortKey: readonly string[];
}

export const SNAPSHOT_TABLE: RunTableSpec = {
  name: "snapshot",
  columns: [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["size_bytes", "BIGINT"],
    ["mtime_ns", "BIGINT"],
    ["sha256", "VARCHAR"],
    ["status", "VARCHAR"],
  ],
  sortKey: ["path"],
};

/** The per-file delta counts diff_report carries (see computeDelta in pipeline/run-build.ts). */
export const DELTA_COLUMNS: readonly string[] = [
  "nodes_added",
  "nodes_removed",
  "nodes_changed",
  "nodes_moved",
  "edges_added",
  "edges_removed",
  "edges_changed",
  "props_added",
  "props_removed",
  "props_changed",
];

export const DIFF_REPORT_TABLE: RunTableSpec = {
  name: "diff_report",
  columns: [
    ["path", "VARCHAR"],
    // added | modified | deleted | renamed | unchanged
    ["status", "VARCHAR"],
    ["old_path", "VARCHAR"],
    ["reason", "VARCHAR"],
    ["old_file_id", "BIGINT"],
    ["new_file_id", "BIGINT"],
    ["old_size_bytes", "BIGINT"],
    ["new_size_bytes", "BIGINT"],
    ["old_mtime_ns", "BIGINT"],
    ["new_mtime_ns", "BIGINT"],
    ["old_sha256", "VARCHAR"],
    ["new_sha256", "VARCHAR"],
    // The file's rows in the run's delta (report.json `delta`); NULL in a full build.
    ...DELTA_COLUMNS.map((c) => [c, "INTEGER"] as const),
  ],
  sortKey: ["path"],
};

export const RUN_TABLES: readonly string[] = [SNAPSHOT_TABLE.name, DIFF_REPORT_TABLE.name];

export interface RunTablesInput {
  /** The snapshot after this run. */
  readonly snapshot: Snapshot;
  /** The previous snapshot (null for a full build). */
  readonly previous: Snapshot | null;
  /** The change set (null for a full build: every file is then "added", for `fullReason`). */
  readonly changes: Pick<ChangeSet, "entries"> | null;
  readonly fullReason: string;
  /** Per path, the run's delta counts (null for a full build: every row is new). */
  readonly delta: ReadonlyMap<string, Readonly<Record<string, number>>> | null;
  /**
   * What the next run will see if nothing changes (the dirty paths it will hash, whether git
   * proposes its candidates): with it, a run that has DuckDB open also writes the diff report
   * such a run would produce (`<state>/run/diff_report.next.parquet`), so that run, which opens
   * no DuckDB, need not load the Parquet writer.
   */
  readonly next?: { readonly dirty: ReadonlySet<string>; readonly git: boolean };
}

/** The diff report rows of a run that finds every file of `snapshot` as it is (see RunTablesInput.next). */
function unchangedRows(snapshot: Snapshot, next: NonNullable<RunTablesInput["next"]>): Record<string, string | number | null>[] {
  const entries: DiffEntry[] = [...snapshot.values()].map((e) => ({
    path: e.path,
    status: "unchanged",
    old_path: null,
    reason: !(next.git && next.dirty.has(e.path))
      ? next.git
        ? "not in git's change list"
        : "same size and mtime"
      : e.status === "ok"
        ? "content hash unchanged"
        : `${e.status}, same size and mtime`,
    old_sha256: e.sha256,
    new_sha256: e.sha256,
  }));
  return diffReportRows({ snapshot, previous: snapshot, changes: { entries }, fullReason: "", delta: new Map() });
}

/** The rows of `diff_report`, sorted by path. */
export function diffReportRows(inp: RunTablesInput): Record<string, string | number | null>[] {
  const rows: Record<string, string | number | null>[] = [];
  const entries: { path: string; status: ChangeStatus; old_path: string | null; reason: string }[] = inp.changes
    ? [...inp.changes.entries]
    : [...inp.snapshot.keys()].map((path) => ({ path, status: "added" as const, old_path: null, reason: inp.fullReason }));
  for (const e of entries) {
    const now = e.status === "deleted" ? undefined : inp.snapshot.get(e.path);
    const before = e.status === "added" ? undefined : inp.previous?.get(e.old_path ?? e.path);
    rows.push({
      path: e.path,
      status: e.status,
      old_path: e.old_path,
      reason: e.reason,
      old_file_id: before?.file_id ?? null,
      new_file_id: now?.file_id ?? null,
      old_size_bytes: before?.size_bytes ?? null,
      new_size_bytes: now?.size_bytes ?? null,
      old_mtime_ns: before?.mtime_ns ?? null,
      new_mtime_ns: now?.mtime_ns ?? null,
      old_sha256: before?.sha256 ?? null,
      new_sha256: now?.sha256 ?? null,
    });
    const row = rows[rows.length - 1] as Record<string, string | number | null>;
    const counts = [inp.delta?.get(e.path), e.old_path === null ? undefined : inp.delta?.get(e.old_path)];
    for (const c of DELTA_COLUMNS) row[c] = inp.delta ? counts.reduce((n, d) => n + (d?.[c] ?? 0), 0) : null;
  }
  return rows.sort((a, b) => ((a.path as string) < (b.path as string) ? -1 : (a.path as string) > (b.path as string) ? 1 : 0));
}

function snapshotRows(s: Snapshot): Record<string, string | number | null>[] {
  return [...s.values()]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => ({ file_id: e.file_id, path: e.path, size_bytes: e.size_bytes, mtime_ns: e.mtime_ns, sha256: e.sha256, status: e.status }));
}

async function toParquet(spec: TableSpec, rows: Record<string, string | number | null>[], rowsHash: string): Promise<Uint8Array> {
  // parquet-wasm costs ~0.1 s to load: only runs that write something pay for it.
  const { loadParquetWriter, rowsToParquet } = await import("../extract/parquet-writer.ts");
  // Two small tables: the baseline compiler only (see extract-pool.ts on V8's tier-up).
  setFlagsFromString("--liftoff-only");
  try {
    await loadParquetWriter();
  } finally {
    setFlagsFromString("--no-liftoff-only");
  }
  const b = new RowBuilder(spec);
  for (const r of rows) {
    const cells: Record<string, string | number | null | { lo: number; hi: number }> = {};
    for (const [name, type] of spec.columns) {
      const v = r[name] ?? null;
      cells[name] = type === "BIGINT" && typeof v === "string" ? decimalToId64(v) : v;
    }
    b.add(cells);
  }
  return rowsToParquet(b, new Map([[ROWS_HASH_KEY, rowsHash]]));
}

/**
 * The rows as JSON lines, BIGINTs as exact integers: what DuckDB writes a run table from, and what
 * its hash is taken of (the same rows give the same text).
 */
function jsonLines(spec: TableSpec, rows: readonly Record<string, string | number | null>[]): string {
  const keys = spec.columns.map(([n]) => `${JSON.stringify(n)}:`);
  const cell = (v: string | number | null, type: string): string => {
    if (v === null || v === undefined) return "null";
    if (type === "BIGINT" && typeof v === "string" && /^-?\d+$/.test(v)) return v;
    return JSON.stringify(v);
  };
  return rows.map((r) => `{${spec.columns.map(([n, t], i) => `${keys[i]}${cell(r[n] ?? null, t)}`).join(",")}}\n`).join("");
}

/** The hash a run table's footer records: of its columns and its rows' JSON lines. */
function rowsHashOf(spec: TableSpec, text: string): string {
  return createHash("sha256").update(JSON.stringify(spec.columns)).update("\n").update(text).digest("hex");
}

/** The same Parquet file's content written by DuckDB from the rows' JSON lines `text` (through a scratch file at `scratch`). */
async function toParquetWithDb(db: Db, spec: RunTableSpec, text: string, rowsHash: string, scratch: string): Promise<Uint8Array> {
  const out = `${scratch}.parquet`;
  writeFileSync(scratch, text);
  try {
    await db.exec(
      `COPY (SELECT * FROM ${jsonRelation([scratch], spec.columns)} ORDER BY ${spec.sortKey.map(sqlIdent).join(", ")}) TO ${sqlString(out)} (FORMAT parquet, COMPRESSION snappy, KV_METADATA {${sqlString(ROWS_HASH_KEY)}: ${sqlString(rowsHash)}})`,
    );
    return readFileSync(out);
  } finally {
    rmSync(scratch, { force: true });
    rmSync(out, { force: true });
  }
}

/** A decimal BIGINT (file ids are signed 64-bit, kept as decimal strings) as two 32-bit halves. */
function decimalToId64(s: string): { lo: number; hi: number } {
  const v = BigInt.asUintN(64, BigInt(s));
  return { lo: Number(v & 0xffffffffn) | 0, hi: Number(v >> 32n) | 0 };
}

/**
 * Writes both tables to the output folder and the state's run folder (each replaced atomically).
 * With DuckDB open, a table's COPY runs while the next table's rows are built in JS (on the
 * 13k-file corpus each takes ~70-100 ms of DuckDB and ~150 ms of JS).
 */
export async function writeRunTables(outDir: string, stateDir: string, inp: RunTablesInput, db: Db | null = null): Promise<Record<string, string>> {
  const written: Record<string, string> = {};
  const tables: [RunTableSpec, () => Record<string, string | number | null>[]][] = [
    [SNAPSHOT_TABLE, () => snapshotRows(inp.snapshot)],
    [DIFF_REPORT_TABLE, () => diffReportRows(inp)],
  ];
  const runDir = join(stateDir, "run");
  mkdirSync(runDir, { recursive: true });
  // Scratch files of a run that was killed (the state lock makes every other run's files stale).
  for (const f of readdirSync(runDir)) if (/\.tmp-\d+(\.parquet)?$/.test(f)) rmSync(join(runDir, f), { force: true });
  // The COPYs, on two connections in turn: each starts at once unless the one before it on its
  // connection is still running (a connection runs one statement at a time). A run with DuckDB
  // open always writes the diff report (it carries the run's delta), so the second connection
  // is opened up front: opened on first use, its COPY would wait for the loop to yield.
  const lanes: { db: Db; last: Promise<void> | null }[] = db
    ? [
        { db, last: null },
        { db: await db.fork(), last: null },
      ]
    : [];
  const copies: Promise<void>[] = [];
  const copy = (spec: RunTableSpec, text: string, rowsHash: string, scratch: string, then: (bytes: Uint8Array) => void | Promise<void>) => {
    const lane = lanes[copies.length % lanes.length] as (typeof lanes)[number];
    const run = async () => {
      await then(await toParquetWithDb(lane.db, spec, text, rowsHash, scratch));
    };
    const task = lane.last ? lane.last.catch(() => undefined).then(run) : run();
    lane.last = task;
    copies.push(task);
  };
  for (const [spec, rowsOf] of tables) {
    const rows = rowsOf();
    const stateFile = join(runDir, `${spec.name}.parquet`);
    const target = join(outDir, spec.name);
    const outFile = join(target, "part-00000.parquet");
    written[spec.name] = target;
    // The same rows as the last run's, in files still as written (a run that changed nothing,
    // twice): nothing to do, and no need to load the Parquet writer (~0.15 s) to find that out.
    // Each file carries the hash of the rows it was written from in its footer's key-value
    // metadata.
    const text = jsonLines(spec, rows);
    const rowsHash = rowsHashOf(spec, text);
    const nextFile = join(runDir, `${spec.name}.next.parquet`);
    const place = async (bytes: Uint8Array) => {
      writeFileSync(`${stateFile}.tmp-${process.pid}`, bytes);
      renameSync(`${stateFile}.tmp-${process.pid}`, stateFile);
      await replaceFolder(outDir, spec.name, (tmp) => writeFileSync(join(tmp, "part-00000.parquet"), bytes));
    };
    if (!writtenFrom(stateFile, outFile, rowsHash)) {
      // With DuckDB open (a run that built something) it writes them: no parquet-wasm to load;
      // without, the file a previous run prepared for exactly these rows, if there is one.
      if (db) copy(spec, text, rowsHash, join(runDir, `${spec.name}.jsonl.tmp-${process.pid}`), place);
      else await place(preparedFor(nextFile, rowsHash) ?? (await toParquet(spec, rows, rowsHash)));
    }
    rmSync(nextFile, { force: true });
    if (db && inp.next && spec.name === DIFF_REPORT_TABLE.name) {
      const nextRows = unchangedRows(inp.snapshot, inp.next);
      const nextText = jsonLines(spec, nextRows);
      const nextHash = rowsHashOf(spec, nextText);
      if (nextHash !== rowsHash)
        copy(spec, nextText, nextHash, join(runDir, `${spec.name}.next.jsonl.tmp-${process.pid}`), (bytes) => {
          writeFileSync(`${nextFile}.tmp-${process.pid}`, bytes);
          renameSync(`${nextFile}.tmp-${process.pid}`, nextFile);
        });
    }
  }
  // Every COPY ends before the first failure is reported (none is left writing files behind).
  const settled = await Promise.allSettled(copies);
  lanes[1]?.db.close();
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return written;
}

/** The bytes of a prepared run table when its footer records `rowsHash`, else null. */
function preparedFor(file: string, rowsHash: string): Uint8Array | null {
  let b: Buffer;
  try {
    b = readFileSync(file);
  } catch {
    return null;
  }
  if (b.length < 12 || b.toString("latin1", b.length - 4) !== "PAR1") return null;
  const footerLen = b.readUInt32LE(b.length - 8);
  if (footerLen > b.length - 12) return null;
  const footer = b.subarray(b.length - 8 - footerLen, b.length - 8);
  return footer.includes(ROWS_HASH_KEY) && footer.includes(rowsHash) ? b : null;
}

/** The key under which a run table's footer records the hash of the rows it was written from. */
const ROWS_HASH_KEY = "pycpg.rows_sha256";

/**
 * True when the state's copy and the published file are the same bytes and their Parquet footer
 * records `rowsHash` (a 64-hex-digit value no other footer string can equal by accident).
 */
function writtenFrom(stateFile: string, outFile: string, rowsHash: string): boolean {
  let a: Buffer;
  let b: Buffer;
  try {
    a = readFileSync(stateFile);
    b = readFileSync(outFile);
  } catch {
    return false;
  }
  if (a.length < 12 || !a.equals(b) || a.toString("latin1", a.length - 4) !== "PAR1") return false;
  const footerLen = a.readUInt32LE(a.length - 8);
  if (footerLen > a.length - 12) return false;
  return a.subarray(a.length - 8 - footerLen, a.length - 8).includes(`${ROWS_HASH_KEY}`) && a.subarray(a.length - 8 - footerLen).includes(rowsHash);
}
