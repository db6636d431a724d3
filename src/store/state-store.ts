/**
 * The state store: every intermediate and CPG dataset as Parquet, bucketed by file, with
 * file-level upserts and a manifest committed by atomic rename.
 *
 * Layout (docs/architecture.md):
 *   <state>/manifest.json                      the committed generation (the only source of truth)
 *   <state>/data/<dataset>/b<k>-g<gen>-<rand>.parquet   one or more files per bucket k
 *   <state>/tmp/                               run scratch space (staging), removed after a run
 *
 * A bucket holds the rows of the files whose `file_id & (buckets - 1) == k`. An upsert of some
 * files rewrites only the buckets those files fall in: new bucket file = old rows of files not
 * being replaced + the new rows, written under a new name. Nothing is ever written in place, so a
 * crash before the manifest rename leaves the previous generation whole; files no manifest names
 * are removed by the next run.
 */
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { Db } from "./duckdb.ts";
import { parquetRelation, sqlIdent, sqlString } from "./sql.ts";

export const STATE_FORMAT = "pycpg-state/1";

/** What the store needs to know about a dataset. */
export interface DatasetSpec {
  readonly name: string;
  readonly columns: readonly (readonly [string, string])[];
  /** The column holding the file a row belongs to (the unit of upsert). */
  readonly partitionColumn: string;
  /** Sort key after the partition column: same rows in, same bytes out. */
  readonly sortKey: readonly string[];
}

export interface BucketEntry {
  /** Paths relative to the state directory. */
  files: string[];
  rows: number;
}

export interface DatasetEntry {
  /** Bucket number -> its files; empty buckets are absent. */
  buckets: Record<string, BucketEntry>;
}

export interface Manifest {
  format: string;
  fingerprint: string;
  generation: number;
  buckets: number;
  committed_at: string;
  datasets: Record<string, DatasetEntry>;
  /** Run metadata the pipeline keeps with the state (e.g. the commit the state describes). */
  meta: Record<string, unknown>;
}

export type LoadResult = { manifest: Manifest; reason: null } | { manifest: null; reason: string };

/** Picks the bucket count for a repository of `fileCount` files: ~256 files per bucket, a power of two. */
export function bucketCountFor(fileCount: number): number {
  let b = 1;
  while (b < 256 && b * 256 < fileCount) b *= 2;
  return b;
}

function bucketExpr(column: string, buckets: number): string {
  return `(${sqlIdent(column)} & ${buckets - 1})`;
}

/** Writes a manifest to a temporary name, fsyncs it, renames it into place and fsyncs the directory. */
function writeManifest(path: string, manifest: Manifest): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, `${JSON.stringify(manifest)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncPath(dirname(path));
}

/** True when the file ends with Parquet's magic "PAR1" (a file cut short anywhere does not). */
function hasParquetTail(path: string, size: number): boolean {
  const fd = openSync(path, "r");
  try {
    const tail = Buffer.alloc(4);
    return readSync(fd, tail, 0, 4, size - 4) === 4 && tail.toString("latin1") === "PAR1";
  } finally {
    closeSync(fd);
  }
}

function fsyncPath(path: string): void {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export class StateStore {
  readonly dataDir: string;
  readonly tmpDir: string;
  readonly manifestPath: string;

  constructor(readonly dir: string) {
    this.dataDir = join(dir, "data");
    this.tmpDir = join(dir, "tmp");
    this.manifestPath = join(dir, "manifest.json");
  }

  /**
   * Loads the committed manifest if it exists, parses, matches `fingerprint` and names only files
   * that exist. Any other case returns the reason the state cannot be used (`explainMismatch`
   * words it when only the fingerprint differs).
   */
  load(fingerprint: string, explainMismatch?: (m: Manifest) => string): LoadResult {
    if (!existsSync(this.manifestPath)) return { manifest: null, reason: "no previous state" };
    let m: Manifest;
    try {
      m = JSON.parse(readFileSync(this.manifestPath, "utf8")) as Manifest;
    } catch (err) {
      return { manifest: null, reason: `the state manifest could not be read (${(err as Error).message})` };
    }
    if (m?.format !== STATE_FORMAT) return { manifest: null, reason: `the state has format ${String(m?.format)}, this pycpg writes ${STATE_FORMAT}` };
    if (m.fingerprint !== fingerprint)
      return { manifest: null, reason: explainMismatch?.(m) ?? "the pipeline fingerprint changed (another pycpg version, rule set or options)" };
    if (!Number.isInteger(m.buckets) || m.buckets < 1 || (m.buckets & (m.buckets - 1)) !== 0)
      return { manifest: null, reason: "the state manifest has an invalid bucket count" };
    for (const [name, entry] of Object.entries(m.datasets ?? {})) {
      for (const bucket of Object.values(entry.buckets ?? {})) {
        for (const f of bucket.files) {
          const abs = join(this.dir, f);
          let size = -1;
          try {
            size = statSync(abs).size;
          } catch {
            return { manifest: null, reason: `dataset ${name} is missing its file ${f}` };
          }
          if (size < 12 || !hasParquetTail(abs, size)) return { manifest: null, reason: `dataset ${name} has a truncated file ${f}` };
        }
      }
    }
    return { manifest: m, reason: null };
  }

  /** Removes files under data/ and tmp/ that the committed manifest does not name (crash leftovers). */
  sweep(manifest: Manifest | null): number {
    const keep = new Set<string>();
    if (manifest) for (const e of Object.values(manifest.datasets)) for (const b of Object.values(e.buckets)) for (const f of b.files) keep.add(f);
    let removed = 0;
    if (existsSync(this.dataDir)) {
      for (const ds of readdirSync(this.dataDir)) {
        const d = join(this.dataDir, ds);
        for (const f of readdirSync(d)) {
          const rel = relative(this.dir, join(d, f)).split(sep).join("/");
          if (!keep.has(rel)) {
            rmSync(join(d, f), { force: true, recursive: true });
            removed++;
          }
        }
      }
    }
    rmSync(this.tmpDir, { recursive: true, force: true });
    return removed;
  }

  /** Absolute paths of a dataset's files in a committed manifest, in bucket order. */
  filesOf(manifest: Manifest, name: string): string[] {
    const e = manifest.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets)
      .sort((a, b) => Number(a) - Number(b))
      .flatMap((k) => (e.buckets[k] as BucketEntry).files.map((f) => join(this.dir, f)));
  }

  /** Replaces the manifest's metadata only (same generation, same data files), atomically. */
  rewriteMeta(manifest: Manifest, meta: Record<string, unknown>): Manifest {
    const next: Manifest = { ...manifest, committed_at: new Date().toISOString(), meta };
    writeManifest(this.manifestPath, next);
    return next;
  }

  /** Deletes everything in the state directory (used before a rebuild from an unusable state). */
  clear(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
    rmSync(this.tmpDir, { recursive: true, force: true });
    rmSync(this.manifestPath, { force: true });
  }

  /** Starts a transaction on top of `base` (null: an empty store with `buckets` buckets). */
  begin(db: Db, base: Manifest | null, fingerprint: string, buckets: number): StoreTxn {
    mkdirSync(this.dataDir, { recursive: true });
    return new StoreTxn(this, db, base, fingerprint, base ? base.buckets : buckets);
  }
}

/**
 * A pending generation. Writes go to new files; `commit` publishes them atomically; until then
 * readers of the committed manifest see the previous generation.
 */
export class StoreTxn {
  private readonly datasets: Record<string, DatasetEntry>;
  private readonly created: string[] = [];
  private readonly superseded: string[] = [];
  private readonly generation: number;
  private seq = 0;
  private committed = false;
  /** Files rewritten per dataset in this transaction (for reports and tests). */
  readonly rewritten: Record<string, number> = {};

  constructor(
    private readonly store: StateStore,
    private readonly db: Db,
    private readonly base: Manifest | null,
    private readonly fingerprint: string,
    readonly buckets: number,
  ) {
    this.datasets = structuredClone(base?.datasets ?? {});
    this.generation = (base?.generation ?? 0) + 1;
  }

  /** Files of a dataset as they stand in this transaction. */
  files(name: string): string[] {
    const e = this.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets)
      .sort((a, b) => Number(a) - Number(b))
      .flatMap((k) => (e.buckets[k] as BucketEntry).files.map((f) => join(this.store.dir, f)));
  }

  /**
   * Files of a dataset's buckets `buckets` as they stand in this transaction (`base` true: in the
   * generation the transaction started from), in bucket order.
   */
  filesInBuckets(name: string, buckets: ReadonlySet<number>, base = false): string[] {
    const e = base ? this.base?.datasets[name] : this.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets)
      .filter((k) => buckets.has(Number(k)))
      .sort((a, b) => Number(a) - Number(b))
      .flatMap((k) => (e.buckets[k] as BucketEntry).files.map((f) => join(this.store.dir, f)));
  }

  /** A SQL relation over the dataset as it stands in this transaction. */
  relation(spec: DatasetSpec): string {
    return parquetRelation(this.files(spec.name), spec.columns);
  }

  rowCount(name: string): number {
    let n = 0;
    for (const b of Object.values(this.datasets[name]?.buckets ?? {})) n += b.rows;
    return n;
  }

  private newFile(name: string, bucket: number): string {
    const rel = `data/${name}/b${bucket}-g${this.generation}-${this.seq++}-${randomBytes(3).toString("hex")}.parquet`;
    this.created.push(rel);
    return rel;
  }

  /**
   * Replaces the rows of some files: every row whose partition column is in `replaceSql` (a
   * relation with a `file_id` column) is dropped, then the rows of `sourceSql` are added. Only the
   * buckets those files fall into are rewritten. `replaceSql` null means: replace everything.
   */
  async upsert(spec: DatasetSpec, sourceSql: string, replaceSql: string | null): Promise<void> {
    const db = this.db;
    const entry = (this.datasets[spec.name] ??= { buckets: {} });
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const part = sqlIdent(spec.partitionColumn);
    const order = [spec.partitionColumn, ...spec.sortKey].map(sqlIdent).join(", ");
    const bexpr = bucketExpr(spec.partitionColumn, this.buckets);
    await db.exec(`CREATE OR REPLACE TEMP TABLE _upsert_src AS SELECT ${cols}, ${bexpr} AS _b FROM (${sourceSql})`);
    let touched: number[];
    if (replaceSql === null) {
      touched = Array.from({ length: this.buckets }, (_, k) => k);
      await db.exec("CREATE OR REPLACE TEMP TABLE _upsert_replace AS SELECT CAST(NULL AS BIGINT) AS file_id WHERE false");
    } else {
      await db.exec(`CREATE OR REPLACE TEMP TABLE _upsert_replace AS SELECT DISTINCT file_id FROM (${replaceSql})`);
      const rows = await db.rows<{ b: number }>(
        `SELECT DISTINCT b FROM (SELECT _b AS b FROM _upsert_src UNION ALL SELECT ${bucketExpr("file_id", this.buckets)} AS b FROM _upsert_replace) ORDER BY b`,
      );
      touched = rows.map((r) => Number(r.b));
    }
    for (const b of touched) {
      const oldRel = `data/${spec.name}`;
      const old = entry.buckets[String(b)];
      const oldFiles = (old?.files ?? []).map((f) => join(this.store.dir, f));
      // A bucket whose replaced files get back exactly the rows they had (a body edit leaves most
      // resolution rows and the global partition as they were) keeps its file: comparing costs a
      // scan of the bucket, rewriting it a scan plus a sort and a Parquet encode (~5-10x more).
      if (replaceSql !== null && (await this.bucketUnchanged(cols, part, b, oldFiles))) continue;
      const keepOld =
        replaceSql === null || oldFiles.length === 0
          ? ""
          : `SELECT ${cols} FROM read_parquet([${oldFiles.map(sqlString).join(", ")}]) WHERE ${part} NOT IN (SELECT file_id FROM _upsert_replace) UNION ALL `;
      const rel = this.newFile(spec.name, b);
      mkdirSync(join(this.store.dir, oldRel), { recursive: true });
      const target = join(this.store.dir, rel);
      const res = await db.rows<{ Count: string }>(
        `COPY (SELECT ${cols} FROM (${keepOld}SELECT ${cols} FROM _upsert_src WHERE _b = ${b}) ORDER BY ${order}) TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd)`,
      );
      const written = Number(res[0]?.Count ?? 0);
      for (const f of old?.files ?? []) this.superseded.push(f);
      if (written === 0) {
        rmSync(target, { force: true });
        delete entry.buckets[String(b)];
      } else entry.buckets[String(b)] = { files: [rel], rows: written };
      this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + 1;
    }
    await db.exec("DROP TABLE IF EXISTS _upsert_src; DROP TABLE IF EXISTS _upsert_replace");
  }

  /**
   * True when the rows `_upsert_src` holds for bucket `b` equal, as a multiset, the rows the
   * bucket's files hold for the files being replaced (`_upsert_replace`): the rewrite would change
   * nothing but the file's name.
   */
  private async bucketUnchanged(cols: string, part: string, b: number, oldFiles: readonly string[]): Promise<boolean> {
    const fresh = `SELECT ${cols} FROM _upsert_src WHERE _b = ${b}`;
    if (oldFiles.length === 0) {
      const r = await this.db.rows<{ n: string }>(`SELECT count(*) AS n FROM (${fresh})`);
      return Number(r[0]?.n ?? 0) === 0;
    }
    const oldRel = `read_parquet([${oldFiles.map(sqlString).join(", ")}]) WHERE ${part} IN (SELECT file_id FROM _upsert_replace)`;
    // Counting first reads one column: most changed files change their row count too.
    const counts = await this.db.rows<{ a: string; b: string }>(`SELECT (SELECT count(*) FROM (${fresh})) AS a, (SELECT count(*) FROM ${oldRel}) AS b`);
    if (counts[0]?.a !== counts[0]?.b) return false;
    const before = `SELECT ${cols} FROM ${oldRel}`;
    const r = await this.db.rows<{ n: string }>(
      `SELECT (SELECT count(*) FROM (${fresh} EXCEPT ALL ${before})) + (SELECT count(*) FROM (${before} EXCEPT ALL ${fresh})) AS n`,
    );
    return Number(r[0]?.n ?? 1) === 0;
  }

  /**
   * Replaces a whole dataset with files that already have the store's shape (every file holds
   * rows of one bucket), moving them into the store. Used by full builds: the extraction workers
   * write bucket-shaped files, so nothing is re-read or re-encoded.
   */
  adopt(spec: DatasetSpec, files: readonly { bucket: number; path: string; rows: number }[]): void {
    const old = this.datasets[spec.name];
    for (const b of Object.values(old?.buckets ?? {})) this.superseded.push(...b.files);
    const entry: DatasetEntry = { buckets: {} };
    mkdirSync(join(this.store.dir, "data", spec.name), { recursive: true });
    for (const f of files) {
      if (f.bucket < 0 || f.bucket >= this.buckets) throw new Error(`staged file ${f.path} names bucket ${f.bucket} of ${this.buckets}`);
      const rel = this.newFile(spec.name, f.bucket);
      renameSync(f.path, join(this.store.dir, rel));
      const b = (entry.buckets[String(f.bucket)] ??= { files: [], rows: 0 });
      b.files.push(rel);
      b.rows += f.rows;
    }
    this.datasets[spec.name] = entry;
    this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + Object.keys(entry.buckets).length;
  }

  /**
   * Publishes the transaction: writes the manifest to a temporary name, fsyncs it, renames it over
   * the old one, then deletes the files the new generation no longer names.
   */
  commit(meta: Record<string, unknown>): Manifest {
    const manifest: Manifest = {
      format: "pycpg-state/1",
      fingerprint: this.fingerprint,
      generation: this.generation,
      buckets: this.buckets,
      committed_at: new Date().toISOString(),
      datasets: this.datasets,
      meta,
    };
    for (const f of this.created) if (existsSync(join(this.store.dir, f))) fsyncPath(join(this.store.dir, f));
    writeManifest(this.store.manifestPath, manifest);
    this.committed = true;
    for (const f of this.superseded) rmSync(join(this.store.dir, f), { force: true });
    return manifest;
  }

  /** Abandons the transaction, deleting the files it wrote (a no-op after commit). */
  abort(): void {
    if (this.committed) return;
    for (const f of this.created) rmSync(join(this.store.dir, f), { force: true });
  }

  get baseGeneration(): number {
    return this.base?.generation ?? 0;
  }
}
