/**
 * The state store: every intermediate and CPG dataset as Parquet, bucketed by file, with
 * file-level upserts (merge-on-read) and a manifest committed by atomic rename.
 *
 * Layout (docs/architecture.md):
 *   <state>/manifest.json                      the committed generation (the only source of truth)
 *   <state>/data/<dataset>/b<k>-g<gen>-<n>-<rand>.parquet   one or more files per bucket k
 *   <state>/tmp/                               run scratch space (staging), removed after a run
 *
 * A bucket holds the rows of the files whose `file_id & (buckets - 1) == k`: base files with a
 * deletion list (the file_ids whose rows in them are dead) and at most one delta file (rows added
 * since). Replacing some files' rows writes only the bucket's delta (its rows of other files plus
 * the new rows: small) and extends the deletion list in the manifest; a bucket is compacted
 * (rewritten as one base file) when its delta or its deleted rows pass a fraction of its live
 * rows. Every read goes through `relationOf`: the base files minus their deleted rows, plus the
 * deltas. Nothing is ever written in place, so a crash before the manifest
 * rename leaves the previous generation whole; files no manifest names are removed by the next run.
 */
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { Db } from "./duckdb.ts";
import { parquetRelation, sqlIdent, sqlString } from "./sql.ts";

export const STATE_FORMAT = "pycpg-state/2";

/**
 * A bucket is compacted (rewritten as one base file) when its delta would hold more rows than this
 * fraction of its live rows, or its base files more deleted rows than this fraction.
 */
export const MAX_DELTA_FRACTION = 0.25;

const PARQUET_OPTIONS = "FORMAT parquet, COMPRESSION zstd";

/**
 * Up to this many rows, a materialized full replacement (not `UpsertOptions.stream`) is written
 * by one partitioned COPY of its table; above it by one COPY per bucket. DuckDB's partitioned
 * write buffers every open partition beside the table: it held more memory (the 13k-file build
 * peaked at 1,620 MiB with it for every size at DuckDB's then 1 GB, against 1,538-1,592 MiB, and
 * was no faster). A streamed write has no table: the builds stream their outputs.
 */
const PARTITIONED_WRITE_MAX_ROWS = 2_000_000;

/** Up to this many deleted file ids, the reader filters a dataset's base files with a literal list. */
const MAX_LITERAL_DELETIONS = 128;

/** Up to this many new rows, an upsert compares new and replaced rows exactly in one statement. */
const EXACT_COMPARE_MAX_ROWS = 20_000;

/** One bucket of an upsert's comparison (see `StoreTxn.compareUpsert`). */
interface UpsertStats {
  b: number;
  fresh: string;
  old: string;
  same: boolean;
  old_ids: string[] | null;
  fresh_ids: string[] | null;
}

/** What the store needs to know about a dataset. */
export interface DatasetSpec {
  readonly name: string;
  readonly columns: readonly (readonly [string, string])[];
  /** The column holding the file a row belongs to (the unit of upsert). */
  readonly partitionColumn: string;
}

export interface BucketEntry {
  /** Paths relative to the state directory: the base files, then the delta (if any). */
  files: string[];
  /** Live rows (deleted rows not counted). */
  rows: number;
  /** The file_ids (decimal strings, sorted) whose rows in the base files are deleted. */
  deleted?: string[];
  /** The one file of `files` that is the bucket's delta: rows added since the base was written, no deletions. */
  delta?: string;
  /** Rows deleted from the base files but still in them (what compaction reclaims). */
  dead?: number;
  /** Rows of the delta file. */
  deltaRows?: number;
}

export interface DatasetEntry {
  /** Bucket number -> its files; empty buckets are absent. */
  buckets: Record<string, BucketEntry>;
  /**
   * The dataset's own bucket count when it is not the state's (a multiple of it): the published
   * tables are split finer, so a compaction rewrites less (`compactedBucketCount`).
   */
  bucketCount?: number;
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

/**
 * The bucket count of a dataset the store keeps compacted (the published tables, rewritten
 * bucket by bucket on every change) in a state of `buckets` buckets: 8 times finer, up to 64
 * buckets (a state of one bucket keeps one: a small repository's tables are cheap to rewrite).
 */
export function compactedBucketCount(buckets: number): number {
  return buckets === 1 ? 1 : Math.max(buckets, Math.min(64, buckets * 8));
}

/** Picks the bucket count for a repository of `fileCount` files: ~256 files per bucket, a power of two. */
export function bucketCountFor(fileCount: number): number {
  let b = 1;
  while (b < 256 && b * 256 < fileCount) b *= 2;
  return b;
}

function bucketExpr(column: string, buckets: number): string {
  return `(${sqlIdent(column)} & ${buckets - 1})`;
}

/** What the reader needs of a dataset (without columns it reads `*`, for tools reading any version's state). */
export type ReadableSpec = Pick<DatasetSpec, "partitionColumn"> & { readonly columns?: DatasetSpec["columns"] };

/** What part of a dataset a read covers (default: all of it). */
export interface ReadScope {
  /** Only the files of these buckets of the state (`file_id & (stateBuckets - 1)`). */
  readonly buckets?: ReadonlySet<number> | null;
  /** The state's bucket count: needed with `buckets` for a dataset split finer than the state. */
  readonly stateBuckets?: number;
  /** Only the files of these buckets of the dataset itself (its own bucket numbers). */
  readonly keys?: ReadonlySet<number> | null;
  /** Only these files' rows (decimal file_ids): pushed into the Parquet scans as a filter. */
  readonly fileIds?: readonly string[] | null;
  /** Not these files' rows. */
  readonly excludeFileIds?: readonly string[] | null;
}

function idList(ids: readonly string[]): string {
  // Literal lists are pushed into Parquet scans (row-group pruning); very long ones go through a list.
  return ids.length <= 2000 ? ids.join(", ") : `SELECT unnest([${ids.join(", ")}]::BIGINT[])`;
}

/**
 * The store's one reader: a SQL relation over a dataset's rows as `entry` (one generation of the
 * manifest) holds them, each bucket's files minus their deleted rows, optionally narrowed to some
 * buckets and files. With no file to read it is an empty relation with the dataset's columns.
 */
export function relationOf(dir: string, entry: DatasetEntry | undefined, spec: ReadableSpec, scope: ReadScope = {}): string {
  const part = sqlIdent(spec.partitionColumn);
  const cols = spec.columns ? spec.columns.map(([n]) => sqlIdent(n)).join(", ") : "*";
  // A bucket's deletion list names only file_ids of that bucket, which appear in no other
  // bucket's files: the base files of every bucket read in one scan with the union of the lists.
  const bases: string[] = [];
  const deltas: string[] = [];
  const deleted: string[] = [];
  const finer = entry?.bucketCount !== undefined && scope.buckets && entry.bucketCount !== scope.stateBuckets;
  if (finer && !scope.stateBuckets) throw new Error("relationOf: a dataset split finer than the state needs scope.stateBuckets");
  const stateMask = (scope.stateBuckets ?? 1) - 1;
  const keys = Object.keys(entry?.buckets ?? {})
    .filter((k) => !scope.buckets || scope.buckets.has(finer ? Number(k) & stateMask : Number(k)))
    .filter((k) => !scope.keys || scope.keys.has(Number(k)))
    .sort((a, b) => Number(a) - Number(b));
  for (const k of keys) {
    const b = entry?.buckets[k] as BucketEntry;
    for (const f of b.files) (f === b.delta ? deltas : bases).push(join(dir, f));
    if (b.deleted) deleted.push(...b.deleted);
  }
  if (bases.length + deltas.length === 0 || (scope.fileIds && scope.fileIds.length === 0)) {
    if (!spec.columns) throw new Error("relationOf: an empty dataset needs its columns");
    return parquetRelation([], spec.columns);
  }
  const common: string[] = [];
  if (scope.fileIds) common.push(`${part} IN (${idList(scope.fileIds)})`);
  if (scope.excludeFileIds && scope.excludeFileIds.length > 0) common.push(`${part} NOT IN (${idList(scope.excludeFileIds)})`);
  const scan = (files: string[], where: string[]) =>
    `SELECT ${cols} FROM read_parquet([${files.map(sqlString).join(", ")}])${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""}`;
  const parts: string[] = [];
  // A short deletion list as literals, which DuckDB filters inside the scan; a long one as a
  // subquery, which it runs as a hash anti-join (the 13k-file store's py_names, 4.4M rows against
  // 512 deleted ids: literals 950 ms, the subquery 50 ms). With 32 deleted ids on Django's
  // store, literals read a file's rows in 0.8-1.0x the time of a compacted store against
  // 1.5-1.9x with the subquery, and whole scans in 1.1-1.8x against 1.4-3.4x.
  const deletion =
    deleted.length === 0
      ? []
      : deleted.length <= MAX_LITERAL_DELETIONS
        ? [`${part} NOT IN (${deleted.join(", ")})`]
        : [`${part} NOT IN (SELECT unnest([${deleted.join(", ")}]::BIGINT[]))`];
  if (bases.length > 0) parts.push(scan(bases, [...common, ...deletion]));
  if (deltas.length > 0) parts.push(scan(deltas, common));
  return `(${parts.join(" UNION ALL ")})`;
}

/** True when some file of the dataset has deleted rows (its files cannot be read as they are). */
export function hasDeletions(entry: DatasetEntry | undefined): boolean {
  return Object.values(entry?.buckets ?? {}).some((b) => (b.deleted?.length ?? 0) > 0);
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
   * words it when only the fingerprint differs). `onRead` gets the manifest as soon as it is read
   * and matches, before the data files are checked.
   */
  load(fingerprint: string, explainMismatch?: (m: Manifest) => string, onRead?: (m: Manifest) => void): LoadResult {
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
    // (before every data file is checked: a caller may start work that needs the manifest only)
    onRead?.(m);
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

  /** A SQL relation over a dataset in a committed manifest (the store's reader). */
  relation(manifest: Manifest, spec: DatasetSpec, scope: ReadScope = {}): string {
    return relationOf(this.dir, manifest.datasets[spec.name], spec, { stateBuckets: manifest.buckets, ...scope });
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

  /**
   * Starts a transaction on top of `base` (null: an empty store with `buckets` buckets).
   * `compacted`: datasets whose buckets are rewritten rather than given deletions (the published
   * tables: their files are hard-linked to the output as they are).
   */
  begin(db: Db, base: Manifest | null, fingerprint: string, buckets: number, compacted: ReadonlySet<string> = new Set()): StoreTxn {
    mkdirSync(this.dataDir, { recursive: true });
    return new StoreTxn(this, db, base, fingerprint, base ? base.buckets : buckets, compacted);
  }
}

/** How an upsert runs: on which connection, and whether its rows are kept as tables. */
export interface UpsertOptions {
  /** The connection to run on (default: the transaction's); upserts of different datasets may run at once on different connections. */
  readonly db?: Db;
  /**
   * Keep the upsert's new rows and the rows they replaced as the tables `fresh` and `old` (a
   * scoped rule run reads them as the allowlisted files' rows, now and before).
   */
  readonly keep?: { readonly fresh: string; readonly old: string };
  /**
   * A full replacement (`replace` null) written in `count` parts, one call each: part `index`
   * holds the rows of the files with `file_id & (count - 1) = index`, i.e. whole buckets. Part 0
   * drops every bucket the dataset had; each part writes its own buckets.
   */
  readonly part?: { readonly index: number; readonly count: number };
  /**
   * A full replacement (`replace` null, no `keep`; in parts or not) written by one partitioned
   * COPY straight from the source, never materialized as a table: the COPY's buffers hold at most
   * the rows a table of them would. For outputs nothing reads back from the upsert (a full
   * build's: later rules read the files written).
   */
  readonly stream?: boolean;
}

/** An upsert's working tables: named after its dataset, so that upserts of different datasets can run at once. */
interface ScratchTables {
  readonly src: string;
  readonly old: string;
}

function scratchTables(spec: DatasetSpec): ScratchTables {
  return { src: sqlIdent(`_upsert_src_${spec.name}`), old: sqlIdent(`_upsert_old_${spec.name}`) };
}

/**
 * A pending generation. Writes go to new files; `commit` publishes them atomically; until then
 * readers of the committed manifest see the previous generation.
 */
export class StoreTxn {
  private readonly datasets: Record<string, DatasetEntry>;
  private readonly created: string[] = [];
  private readonly superseded: string[] = [];
  private readonly synced = new Set<string>();
  private readonly generation: number;
  private seq = 0;
  private committed = false;
  /** Files rewritten per dataset in this transaction (for reports and tests). */
  readonly rewritten: Record<string, number> = {};
  /** Up to this many new rows an upsert compares exactly, above it by hashes first. */
  exactCompareMaxRows = EXACT_COMPARE_MAX_ROWS;
  /** Up to this many rows a full replacement is one partitioned COPY, above it one COPY per bucket. */
  partitionedWriteMaxRows = PARTITIONED_WRITE_MAX_ROWS;

  constructor(
    private readonly store: StateStore,
    private readonly db: Db,
    private readonly base: Manifest | null,
    private readonly fingerprint: string,
    readonly buckets: number,
    private readonly compacted: ReadonlySet<string>,
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

  /** A SQL relation over the dataset as it stands in this transaction (the store's reader). */
  relation(spec: DatasetSpec, scope: ReadScope = {}): string {
    return relationOf(this.store.dir, this.datasets[spec.name], spec, { stateBuckets: this.buckets, ...scope });
  }

  /** The same over the generation the transaction started from. */
  baseRelation(spec: DatasetSpec, scope: ReadScope = {}): string {
    return relationOf(this.store.dir, this.base?.datasets[spec.name], spec, { stateBuckets: this.buckets, ...scope });
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
   * Replaces the rows of some files: every row whose partition column is in `replace` (file ids,
   * decimal strings) or among the source's files is dropped, then the rows of `sourceSql` are
   * added. `replace` null means: replace everything (one file per bucket).
   *
   * Merge-on-read: a touched bucket is not rewritten. Its files keep their bytes; the replaced
   * files' ids are added to their deletion lists (only for the files that had rows there), and
   * the new rows go to one small delta file. A bucket is compacted (rewritten as one file) when
   * its deltas pile up (`MAX_BUCKET_FILES` files, or deleted rows over `MAX_DEAD_FRACTION` of its
   * live rows), and always when the dataset is one the store keeps compacted (`compacted`: the
   * published tables, whose files are hard-linked as they are). A bucket whose replaced files get
   * back exactly the rows they had (a multiset comparison) is left alone.
   */
  async upsert(spec: DatasetSpec, sourceSql: string, replace: readonly string[] | null, opts: UpsertOptions = {}): Promise<void> {
    const db = opts.db ?? this.db;
    if (opts.stream) {
      if (replace !== null || opts.keep) throw new Error(`upsert of ${spec.name}: a streamed write is a full replacement, kept nowhere`);
      await this.writeStreamed(db, spec, sourceSql, opts.part);
      return;
    }
    const t = scratchTables(spec);
    try {
      await this.write(db, t, spec, sourceSql, replace, opts.part);
    } catch (err) {
      await db.exec(`DROP TABLE IF EXISTS ${t.src}; DROP TABLE IF EXISTS ${t.old}`).catch(() => undefined);
      throw err;
    }
    // (the old rows' table exists on every path: empty after a full replacement)
    await db.exec(
      opts.keep
        ? `ALTER TABLE ${t.src} RENAME TO ${sqlIdent(opts.keep.fresh)}; ALTER TABLE ${t.old} RENAME TO ${sqlIdent(opts.keep.old)}`
        : `DROP TABLE ${t.src}; DROP TABLE ${t.old}`,
    );
  }

  /**
   * One partitioned COPY of `sql` (the dataset's columns and `_pycpg_bucket`) into a scratch
   * directory, each partition's files then moved into the store under the store's own names as the
   * bucket's files, with the rows the COPY's own statistics count. `check` sees every bucket
   * before any file moves (and may throw).
   */
  private async copyPartitioned(db: Db, spec: DatasetSpec, entry: DatasetEntry, sql: string, check?: (bucket: number) => void): Promise<void> {
    const part = join(this.store.tmpDir, `part-g${this.generation}-${this.seq++}-${randomBytes(3).toString("hex")}`);
    mkdirSync(this.store.tmpDir, { recursive: true });
    try {
      const stats = await db.rows<{ filename: string; count: string }>(
        `COPY (${sql}) TO ${sqlString(part)} (${PARQUET_OPTIONS}, PARTITION_BY (_pycpg_bucket), WRITE_PARTITION_COLUMNS false, RETURN_STATS true)`,
      );
      const counts = new Map<number, number>();
      for (const st of stats) {
        const b = /_pycpg_bucket=(\d+)/.exec(st.filename)?.[1];
        if (b === undefined) throw new Error(`the partitioned write of ${spec.name} named no bucket in ${st.filename}`);
        counts.set(Number(b), (counts.get(Number(b)) ?? 0) + Number(st.count));
      }
      if (check) for (const b of counts.keys()) check(b);
      for (const [b, n] of [...counts.entries()].sort((x, y) => x[0] - y[0])) {
        if (n === 0) continue;
        const dirB = join(part, `_pycpg_bucket=${b}`);
        const written = readdirSync(dirB)
          .filter((f) => f.endsWith(".parquet"))
          .sort();
        if (written.length === 0) throw new Error(`the partitioned write of ${spec.name} left no file for bucket ${b}`);
        const files = written.map((f) => {
          const rel = this.newFile(spec.name, b);
          renameSync(join(dirB, f), join(this.store.dir, rel));
          return rel;
        });
        entry.buckets[String(b)] = { files, rows: n };
        this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + 1;
      }
    } finally {
      rmSync(part, { recursive: true, force: true });
    }
  }

  /**
   * A full replacement written by one partitioned COPY of the source itself (`UpsertOptions.stream`),
   * or one part of it: part 0 drops every bucket the dataset had, each part adds its own.
   */
  private async writeStreamed(db: Db, spec: DatasetSpec, sourceSql: string, piece?: UpsertOptions["part"]): Promise<void> {
    this.checkPart(spec, piece);
    const entry = (this.datasets[spec.name] ??= { buckets: {} });
    const nb = this.compacted.has(spec.name) ? compactedBucketCount(this.buckets) : this.buckets;
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    mkdirSync(join(this.store.dir, "data", spec.name), { recursive: true });
    const fresh: DatasetEntry = { buckets: {} };
    const stray = (b: number) => {
      if (piece && (b & (piece.count - 1)) !== piece.index)
        throw new Error(`upsert of ${spec.name}: part ${piece.index} of ${piece.count} has rows in bucket ${b} of ${nb}, which belongs to another part`);
    };
    await this.copyPartitioned(db, spec, fresh, `SELECT ${cols}, ${bucketExpr(spec.partitionColumn, nb)} AS _pycpg_bucket FROM (${sourceSql})`, stray);
    if (!piece || piece.index === 0) {
      for (const old of Object.values(entry.buckets)) this.superseded.push(...old.files);
      entry.buckets = {};
    }
    Object.assign(entry.buckets, fresh.buckets);
    if (nb === this.buckets) delete entry.bucketCount;
    else entry.bucketCount = nb;
  }

  private checkPart(spec: DatasetSpec, piece: UpsertOptions["part"] | undefined, replace: readonly string[] | null = null): void {
    if (piece && (replace !== null || piece.count & (piece.count - 1) || piece.count > this.buckets || piece.index < 0 || piece.index >= piece.count))
      throw new Error(
        `upsert of ${spec.name}: part ${piece.index} of ${piece.count} needs a full replacement in a power-of-two count of parts, at most the state's ${this.buckets} buckets`,
      );
  }

  private async write(
    db: Db,
    t: ScratchTables,
    spec: DatasetSpec,
    sourceSql: string,
    replace: readonly string[] | null,
    piece?: UpsertOptions["part"],
  ): Promise<void> {
    this.checkPart(spec, piece, replace);
    const entry = (this.datasets[spec.name] ??= { buckets: {} });
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const part = sqlIdent(spec.partitionColumn);
    // A full replacement lays the dataset out as the policy says; an upsert keeps its layout.
    const nb =
      replace === null || Object.keys(entry.buckets).length === 0
        ? this.compacted.has(spec.name)
          ? compactedBucketCount(this.buckets)
          : this.buckets
        : (entry.bucketCount ?? this.buckets);
    if (nb === this.buckets) delete entry.bucketCount;
    else entry.bucketCount = nb;
    const bexpr = bucketExpr(spec.partitionColumn, nb);
    const dir = join(this.store.dir, "data", spec.name);
    mkdirSync(dir, { recursive: true });
    const created = await db.rows<{ Count: string }>(`CREATE OR REPLACE TABLE ${t.src} AS SELECT ${cols} FROM (${sourceSql})`);
    const freshRows = Number(created[0]?.Count ?? 0);
    if (replace === null) {
      const counts = await db.rows<{ b: number; n: string }>(`SELECT ${bexpr} AS b, count(*) AS n FROM ${t.src} GROUP BY 1`);
      const fresh = new Map(counts.map((r) => [Number(r.b), Number(r.n)]));
      if (piece) {
        const stray = [...fresh.keys()].filter((b) => (b & (piece.count - 1)) !== piece.index);
        if (stray.length > 0)
          throw new Error(
            `upsert of ${spec.name}: part ${piece.index} of ${piece.count} has rows in bucket ${stray[0]} of ${nb}, which belongs to another part`,
          );
      }
      if (!piece || piece.index === 0)
        for (const [k, old] of Object.entries(entry.buckets)) {
          this.superseded.push(...old.files);
          delete entry.buckets[k];
        }
      const total = [...fresh.values()].reduce((a, n) => a + n, 0);
      if (total <= this.partitionedWriteMaxRows) {
        // One partitioned COPY writes every bucket (DuckDB writes the partitions in parallel):
        // half the time of one COPY per bucket for the published tables' 32 buckets on Django.
        // Each partition's files then move into the store under the store's own names.
        await this.copyPartitioned(db, spec, entry, `SELECT ${cols}, ${bexpr} AS _pycpg_bucket FROM ${t.src}`);
      } else {
        // Large tables (a partitioned write holds a buffer per open partition): one COPY per
        // bucket, each a filtered scan of the whole table. Sorting the rows by bucket first (so
        // each scan could skip the other buckets' row groups) cost more than it saved: SymPy's
        // 6.4M cpg_edges rows in 64 buckets took 7.7 s sorted first, 2.8 s without.
        for (const [b, n] of [...fresh.entries()].sort((x, y) => x[0] - y[0])) {
          if (n === 0) continue;
          const rel = this.newFile(spec.name, b);
          await db.exec(`COPY (SELECT ${cols} FROM ${t.src} WHERE ${bexpr} = ${b}) TO ${sqlString(join(this.store.dir, rel))} (${PARQUET_OPTIONS})`);
          entry.buckets[String(b)] = { files: [rel], rows: n };
          this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + 1;
        }
      }
      await db.exec(`CREATE OR REPLACE TABLE ${t.old} AS SELECT * FROM ${t.src} WHERE false`);
      return;
    }
    // The files being replaced, as canonical decimal strings (BIGINT does not fit a JS number).
    // The source's own files are replaced too: the comparison lists them, and one the caller did
    // not name has its old rows added before comparing again (no statement in the usual case).
    const ids = new Set(replace.map((id) => BigInt(id).toString()));
    await db.exec(`CREATE OR REPLACE TABLE ${t.old} AS ${this.oldRows(t, spec, entry, nb, [...ids])}`);
    let stats = await this.compareUpsert(db, t, spec, nb, freshRows);
    const unnamed = [...new Set(stats.flatMap((st) => st.fresh_ids ?? []))].filter((id) => !ids.has(id));
    if (unnamed.length > 0) {
      for (const id of unnamed) ids.add(id);
      await db.exec(`INSERT INTO ${t.old} ${this.oldRows(t, spec, entry, nb, unnamed)}`);
      stats = await this.compareUpsert(db, t, spec, nb, freshRows);
    }
    const byBucket = new Map<number, string[]>();
    for (const id of [...ids].sort()) {
      const b = Number(BigInt(id) & BigInt(nb - 1));
      const l = byBucket.get(b) ?? [];
      l.push(id);
      byBucket.set(b, l);
    }
    for (const st of stats) {
      const b = Number(st.b);
      const fresh = Number(st.fresh);
      const oldRows = Number(st.old);
      if (st.same) continue;
      const key = String(b);
      const bucket = entry.buckets[key];
      const live = (bucket?.rows ?? 0) - oldRows + fresh;
      // Rows newly deleted from the base files: the replaced rows that were not in the delta
      // (those go with the delta's rewrite).
      let inDelta = 0;
      if (bucket?.delta && oldRows > 0) {
        const r = await db.rows<{ n: string }>(
          `SELECT count(*) AS n FROM read_parquet(${sqlString(join(this.store.dir, bucket.delta))}) WHERE ${part} IN (${idList(byBucket.get(b) ?? [])})`,
        );
        inDelta = Number(r[0]?.n ?? 0);
      }
      const dead = (bucket?.dead ?? 0) + oldRows - inDelta;
      this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + 1;
      if (live === 0) {
        if (bucket) this.superseded.push(...bucket.files);
        delete entry.buckets[key];
        continue;
      }
      // Old delta rows of files not replaced stay; an upper bound is enough to decide.
      const deltaRows = (bucket?.delta ? (bucket.deltaRows ?? 0) : 0) + fresh;
      const compact =
        bucket !== undefined && ((oldRows > 0 && this.compacted.has(spec.name)) || deltaRows > live * MAX_DELTA_FRACTION || dead > live * MAX_DELTA_FRACTION);
      const replacedHere = byBucket.get(b) ?? [];
      if (compact && bucket) {
        const rel = this.newFile(spec.name, b);
        const keep = relationOf(this.store.dir, entry, spec, { keys: new Set([b]), excludeFileIds: replacedHere });
        await db.exec(
          `COPY (SELECT ${cols} FROM ${keep} UNION ALL SELECT ${cols} FROM ${t.src} WHERE ${bexpr} = ${b}) TO ${sqlString(join(this.store.dir, rel))} (${PARQUET_OPTIONS})`,
        );
        this.superseded.push(...bucket.files);
        entry.buckets[key] = { files: [rel], rows: live };
        continue;
      }
      // The base files keep their bytes: the replaced files' ids join their deletion list. The
      // delta (at most one per bucket) is rewritten: its rows of files not replaced + the new rows.
      const next: BucketEntry = { files: bucket ? bucket.files.filter((f) => f !== bucket.delta) : [], rows: live };
      const deleted = [...new Set([...(bucket?.deleted ?? []), ...(oldRows > inDelta ? (st.old_ids ?? []) : [])])].sort();
      if (deleted.length > 0) {
        next.deleted = deleted;
        next.dead = dead;
      }
      if (deltaRows > 0) {
        const rel = this.newFile(spec.name, b);
        const keepDelta = bucket?.delta
          ? `SELECT ${cols} FROM read_parquet(${sqlString(join(this.store.dir, bucket.delta))})${replacedHere.length > 0 ? ` WHERE ${part} NOT IN (${idList(replacedHere)})` : ""} UNION ALL `
          : "";
        const res = await db.rows<{ Count: string }>(
          `COPY (${keepDelta}SELECT ${cols} FROM ${t.src} WHERE ${bexpr} = ${b}) TO ${sqlString(join(this.store.dir, rel))} (${PARQUET_OPTIONS})`,
        );
        const n = Number(res[0]?.Count ?? 0);
        if (n > 0) {
          next.files.push(rel);
          next.delta = rel;
          next.deltaRows = n;
        } else rmSync(join(this.store.dir, rel), { force: true });
      }
      if (bucket?.delta) this.superseded.push(bucket.delta);
      entry.buckets[key] = next;
    }
  }

  /** SQL: the current rows of the files `ids` of a dataset (the file filter pushed into the scans). */
  private oldRows(t: ScratchTables, spec: DatasetSpec, entry: DatasetEntry, nb: number, ids: readonly string[]): string {
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const keys = new Set(ids.map((id) => Number(BigInt(id) & BigInt(nb - 1))).filter((b) => entry.buckets[String(b)] !== undefined));
    if (ids.length === 0 || keys.size === 0) return `SELECT ${cols} FROM ${t.src} WHERE false`;
    return `SELECT ${cols} FROM ${relationOf(this.store.dir, entry, spec, { keys, fileIds: ids })}`;
  }

  /**
   * Per bucket of the new rows (`t.src`) and the rows they replace (`t.old`): row counts, the files on each side, and whether
   * the new rows are exactly the replaced ones (as multisets). Exactly: both sides' rows grouped
   * together by every column (GROUP BY puts NULLs together), each side counted per distinct row;
   * the multisets are equal when every distinct row has the same count on both (~5 ms for a
   * file's rows, where a join of both sides' distinct rows on every column took ~8 ms and EXCEPT
   * ALL both ways 13-22 ms). Above `exactCompareMaxRows` new rows, two order-independent hashes
   * per side tell different multisets apart first and only equal-looking buckets are compared
   * exactly: either way a hash collision can never hide a change.
   */
  private async compareUpsert(db: Db, t: ScratchTables, spec: DatasetSpec, nb: number, freshRows: number): Promise<UpsertStats[]> {
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const part = sqlIdent(spec.partitionColumn);
    const bexpr = bucketExpr(spec.partitionColumn, nb);
    const exact = (where: string) => `
      SELECT _b AS b, sum(_s) AS fresh, sum(_o) AS old, bool_and(_s = _o) AS same,
             list(DISTINCT _id) FILTER (WHERE _o > 0) AS old_ids, list(DISTINCT _id) FILTER (WHERE _s > 0) AS fresh_ids
      FROM (SELECT ${cols}, _b, CAST(${part} AS VARCHAR) AS _id, count(*) FILTER (WHERE _side) AS _s, count(*) FILTER (WHERE NOT _side) AS _o
            FROM (SELECT ${cols}, ${bexpr} AS _b, true AS _side FROM ${t.src} ${where}
                  UNION ALL SELECT ${cols}, ${bexpr} AS _b, false AS _side FROM ${t.old} ${where})
            GROUP BY ALL)
      GROUP BY 1`;
    if (freshRows <= this.exactCompareMaxRows) return db.rows<UpsertStats>(exact(""));
    const sig = (t: string) =>
      `SELECT ${bexpr} AS b, count(*) AS n, sum(hash(${cols})) AS h1, sum(hash(${cols}, 'pycpg')) AS h2, list(DISTINCT CAST(${part} AS VARCHAR)) AS ids FROM ${t} GROUP BY 1`;
    const stats = await db.rows<UpsertStats>(`
      WITH s AS (${sig(t.src)}), o AS (${sig(t.old)})
      SELECT coalesce(s.b, o.b) AS b, coalesce(s.n, 0) AS fresh, coalesce(o.n, 0) AS old,
             (s.n IS NOT DISTINCT FROM o.n AND s.h1 IS NOT DISTINCT FROM o.h1 AND s.h2 IS NOT DISTINCT FROM o.h2) AS same, o.ids AS old_ids, s.ids AS fresh_ids
      FROM s FULL OUTER JOIN o ON s.b = o.b`);
    const maybeSame = stats.filter((st) => st.same).map((st) => Number(st.b));
    if (maybeSame.length > 0) {
      const confirmed = await db.rows<UpsertStats>(exact(`WHERE ${bexpr} IN (${maybeSame.join(", ")})`));
      const same = new Map(confirmed.map((r) => [Number(r.b), r.same]));
      for (const st of stats) if (st.same) st.same = same.get(Number(st.b)) === true;
    }
    return stats;
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
      format: STATE_FORMAT,
      fingerprint: this.fingerprint,
      generation: this.generation,
      buckets: this.buckets,
      committed_at: new Date().toISOString(),
      datasets: this.datasets,
      meta,
    };
    for (const f of this.created) if (!this.synced.has(f) && existsSync(join(this.store.dir, f))) fsyncPath(join(this.store.dir, f));
    writeManifest(this.store.manifestPath, manifest);
    this.committed = true;
    for (const f of this.superseded) rmSync(join(this.store.dir, f), { force: true });
    return manifest;
  }

  /**
   * Flushes the files written so far to disk, several at a time (commit then only fsyncs the
   * manifest and what was written after): an incremental run writes a few dozen small files.
   */
  async flush(): Promise<void> {
    const pending = this.created.filter((f) => !this.synced.has(f) && existsSync(join(this.store.dir, f)));
    await Promise.all(
      pending.map(async (f) => {
        const h = await open(join(this.store.dir, f), "r");
        try {
          await h.sync();
        } finally {
          await h.close();
        }
        this.synced.add(f);
      }),
    );
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
