/**
 * The state store against real DuckDB and real files: bucketed upserts, deletes, atomic commits,
 * abandoned transactions, manifest validation, sweeping and byte-level determinism.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchRoot, writeFiles } from "../../test/support/cpg-build.ts";
import { type Db, openDb } from "./duckdb.ts";
import { compactedBucketCount, type DatasetSpec, MAX_DELTA_FRACTION, type Manifest, type ReadScope, StateStore } from "./state-store.ts";

const T: DatasetSpec = {
  name: "t",
  columns: [
    ["file_id", "BIGINT"],
    ["v", "VARCHAR"],
    ["n", "INTEGER"],
  ],
  partitionColumn: "file_id",
};
const FP = "fingerprint-1";
const BUCKETS = 4;

type Row = [number, string, number];

function values(rows: readonly Row[]): string {
  if (rows.length === 0) return "SELECT CAST(NULL AS BIGINT) AS file_id, CAST(NULL AS VARCHAR) AS v, CAST(NULL AS INTEGER) AS n WHERE false";
  return `SELECT * FROM (VALUES ${rows.map(([f, v, n]) => `(${f}::BIGINT, '${v}', ${n}::INTEGER)`).join(", ")}) AS x(file_id, v, n)`;
}

function ids(...fileIds: number[]): string[] {
  return fileIds.map(String);
}

/** Two rows per file for files 0..7: bucket k holds files k and k + 4. */
const INITIAL: Row[] = Array.from({ length: 8 }, (_, f) => [
  [f, `f${f}-a`, 1],
  [f, `f${f}-b`, 2],
]).flat() as Row[];

const scratch = scratchRoot("state-store");
let db: Db;
beforeAll(async () => {
  db = await openDb(1);
});
afterAll(() => {
  db.close();
  scratch.cleanup();
});

/** The dataset's rows as the store's reader sees them. */
async function rowsOf(store: StateStore, m: Manifest, scope: ReadScope = {}): Promise<Row[]> {
  const r = await db.rows<{ file_id: string; v: string; n: number }>(`SELECT file_id, v, n FROM ${store.relation(m, T, scope)} ORDER BY file_id, n, v`);
  return r.map((x) => [Number(x.file_id), x.v, x.n]);
}

/** Every row of the dataset's files, deleted or not (what a reader ignoring deletions would see). */
async function physicalRows(store: StateStore, m: Manifest): Promise<number> {
  const files = store.filesOf(m, T.name);
  if (files.length === 0) return 0;
  const r = await db.rows<{ n: string }>(`SELECT count(*) AS n FROM read_parquet([${files.map((f) => `'${f}'`).join(", ")}])`);
  return Number(r[0]?.n);
}

/** `per` rows for each file of `files`, file f's rows tagged with `tag`. */
function rowsFor(files: readonly number[], per: number, tag: string): Row[] {
  return files.flatMap((f) => Array.from({ length: per }, (_, i) => [f, `${tag}${f}-${i}`, i] as Row));
}

function sorted(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => a[0] - b[0] || a[2] - b[2] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
}

/** Every file under the state directory: relative path -> sha256 of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) visit(abs);
      else out.set(relative(dir, abs).split(sep).join("/"), createHash("sha256").update(readFileSync(abs)).digest("hex"));
    }
  };
  if (existsSync(dir)) visit(dir);
  return out;
}

function bucketFiles(m: Manifest): Record<string, string[]> {
  return Object.fromEntries(Object.entries(m.datasets[T.name]?.buckets ?? {}).map(([k, b]) => [k, b.files]));
}

/** A store with generation 1 holding INITIAL. */
async function committedStore(name: string): Promise<{ store: StateStore; m1: Manifest }> {
  const store = new StateStore(scratch.dir(name));
  const txn = store.begin(db, null, FP, BUCKETS);
  await txn.upsert(T, values(INITIAL), null);
  expect(txn.rewritten[T.name]).toBe(BUCKETS);
  const m1 = txn.commit({ note: "first" });
  return { store, m1 };
}

describe("StateStore", () => {
  it("a first upsert writes one file per non-empty bucket", async () => {
    const { store, m1 } = await committedStore("first");
    expect(m1.generation).toBe(1);
    expect(m1.buckets).toBe(BUCKETS);
    expect(Object.keys(bucketFiles(m1)).sort()).toEqual(["0", "1", "2", "3"]);
    for (const b of Object.values(m1.datasets[T.name]?.buckets ?? {})) expect(b.rows).toBe(4);
    expect(await rowsOf(store, m1)).toEqual(INITIAL);
    // Each bucket file holds exactly the files of its bucket.
    for (const [k, files] of Object.entries(bucketFiles(m1))) {
      const r = await db.rows<{ f: string }>(`SELECT DISTINCT file_id AS f FROM read_parquet('${join(store.dir, files[0] as string)}') ORDER BY 1`);
      expect(r.map((x) => Number(x.f))).toEqual([Number(k), Number(k) + 4]);
    }
  });

  it("a streamed full replacement (no table of the rows first) gives the manifest and rows a materialized one gives", async () => {
    const fresh = rowsFor([0, 1, 2, 3, 5, 6, 9, 13], 3, "s");
    const compacted = new Set([T.name]);
    for (const keep of [new Set<string>(), compacted]) {
      const label = keep.size > 0 ? "compacted" : "plain";
      const { store: a, m1: a1 } = await committedStore(`stream-a-${label}`);
      const { store: b, m1: b1 } = await committedStore(`stream-b-${label}`);
      const ta = a.begin(db, a1, FP, BUCKETS, keep);
      await ta.upsert(T, values(fresh), null);
      const tb = b.begin(db, b1, FP, BUCKETS, keep);
      await tb.upsert(T, values(fresh), null, { stream: true });
      // No working tables are left behind by either.
      const left = await db.rows<{ n: string }>("SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '_upsert_%'");
      expect(Number(left[0]?.n), label).toBe(0);
      const ma = ta.commit({});
      const mb = tb.commit({});
      const shape = (m: Manifest) => {
        const e = m.datasets[T.name];
        return { bucketCount: e?.bucketCount, buckets: Object.fromEntries(Object.entries(e?.buckets ?? {}).map(([k, x]) => [k, x.rows])) };
      };
      expect(shape(mb), label).toEqual(shape(ma));
      // The compacted dataset is split finer than the state (32 buckets: every file in its own).
      expect(Object.keys(shape(mb).buckets).length, label).toBe(keep.size > 0 ? 8 : 4);
      expect(await rowsOf(b, mb), label).toEqual(sorted(fresh));
      // Each bucket's files hold exactly that bucket's files' rows; the previous generation's files are gone.
      const nb = keep.size > 0 ? compactedBucketCount(BUCKETS) : BUCKETS;
      for (const [k, files] of Object.entries(bucketFiles(mb))) {
        const r = await db.rows<{ f: string }>(`SELECT DISTINCT file_id AS f FROM read_parquet([${files.map((f) => `'${join(b.dir, f)}'`).join(", ")}])`);
        for (const x of r) expect(Number(x.f) & (nb - 1), `${label} bucket ${k}`).toBe(Number(k));
      }
      for (const f of Object.values(bucketFiles(b1)).flat()) expect(existsSync(join(b.dir, f)), `${label}: ${f}`).toBe(false);
    }
    // An empty source empties the dataset.
    const { store, m1 } = await committedStore("stream-empty");
    const txn = store.begin(db, m1, FP, BUCKETS);
    await txn.upsert(T, values([]), null, { stream: true });
    const m2 = txn.commit({});
    expect(bucketFiles(m2)).toEqual({});
    expect(await rowsOf(store, m2)).toEqual([]);
    // Only a whole replacement can be streamed, not an upsert of some files.
    const t2 = store.begin(db, m2, FP, BUCKETS);
    await expect(t2.upsert(T, values(fresh), ids(1), { stream: true })).rejects.toThrow(/a streamed write is a full replacement/);
    t2.abort();
  });

  it("a streamed full replacement in two parts writes each part's buckets; a part with another part's rows is refused", async () => {
    const fresh = rowsFor([0, 1, 2, 3, 5, 6, 9, 13], 2, "p");
    const { store, m1 } = await committedStore("stream-parts");
    const txn = store.begin(db, m1, FP, BUCKETS);
    for (const k of [0, 1]) {
      const own = fresh.filter(([f]) => (f & 1) === k);
      await txn.upsert(T, values(own), null, { part: { index: k, count: 2 }, stream: true });
    }
    const m2 = txn.commit({});
    expect(await rowsOf(store, m2)).toEqual(sorted(fresh));
    expect(Object.fromEntries(Object.entries(m2.datasets[T.name]?.buckets ?? {}).map(([k, b]) => [k, b.rows]))).toEqual({ 0: 2, 1: 8, 2: 4, 3: 2 });
    for (const f of Object.values(bucketFiles(m1)).flat()) expect(existsSync(join(store.dir, f)), f).toBe(false);
    const t3 = store.begin(db, m2, FP, BUCKETS);
    await expect(t3.upsert(T, values(fresh), null, { part: { index: 1, count: 2 }, stream: true })).rejects.toThrow(/part 1 of 2 has rows in bucket 0/);
    t3.abort();
    // Nothing of the refused part is left in the store's directories.
    expect(await rowsOf(store, m2)).toEqual(sorted(fresh));
  });

  // Both comparison paths: a file's old rows must not survive beside its new ones.
  it.each([
    ["exactly", 1_000_000],
    ["by hashes first", 0],
  ])("a file the source has rows for is replaced even when the list does not name it (compared %s)", async (_how, exactMax) => {
    const { store, m1 } = await committedStore(`upsert-unnamed-${exactMax}`);
    const txn = store.begin(db, m1, FP, BUCKETS);
    txn.exactCompareMaxRows = exactMax;
    const fresh: Row[] = [
      [3, "f3-new", 1],
      [6, "f6-new", 4],
    ];
    await txn.upsert(T, values(fresh), ids(3));
    const m2 = txn.commit({});
    const want = INITIAL.filter(([f]) => f !== 3 && f !== 6).concat(fresh);
    want.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    expect(await rowsOf(store, m2)).toEqual(want);
  });

  it("upserts of two datasets run at once on two connections, each with its own working tables; keep leaves the rows as tables", async () => {
    const U: DatasetSpec = { ...T, name: "u" };
    const { store, m1 } = await committedStore("concurrent");
    const seed = store.begin(db, m1, FP, BUCKETS);
    await seed.upsert(U, values(INITIAL), null);
    const m2 = seed.commit({});
    const other = await db.fork();
    const txn = store.begin(db, m2, FP, BUCKETS);
    const freshT = rowsFor([1, 2, 3], 50, "t");
    const freshU = rowsFor([2, 5], 70, "u");
    await Promise.all([
      txn.upsert(T, values(freshT), ids(1, 2, 3), { keep: { fresh: "kept_t", old: "kept_old_t" } }),
      txn.upsert(U, values(freshU), ids(2, 5), { db: other, keep: { fresh: "kept_u", old: "kept_old_u" } }),
    ]);
    const m3 = txn.commit({});
    expect(await rowsOf(store, m3)).toEqual(sorted([...INITIAL.filter(([f]) => ![1, 2, 3].includes(f)), ...freshT]));
    const u = await db.rows<{ file_id: string; v: string; n: number }>(`SELECT file_id, v, n FROM ${store.relation(m3, U)} ORDER BY file_id, n, v`);
    expect(u.map((x) => [Number(x.file_id), x.v, x.n])).toEqual(sorted([...INITIAL.filter(([f]) => f !== 2 && f !== 5), ...freshU]));
    // The kept tables (visible from either connection) hold each upsert's new and replaced rows.
    const count = async (t: string) => Number((await other.rows<{ n: string }>(`SELECT count(*) AS n FROM ${t}`))[0]?.n);
    expect([await count("kept_t"), await count("kept_old_t"), await count("kept_u"), await count("kept_old_u")]).toEqual([150, 6, 140, 4]);
    // No working table outlives its upsert.
    const left = await db.rows<{ name: string }>("SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE '\\_upsert%' ESCAPE '\\'");
    expect(left).toEqual([]);
    await db.exec("DROP TABLE kept_t; DROP TABLE kept_old_t; DROP TABLE kept_u; DROP TABLE kept_old_u");
  });

  it("an upsert replaces only the given files' rows and rewrites only their buckets", async () => {
    const { store, m1 } = await committedStore("upsert");
    const before = snapshot(store.dir);
    const txn = store.begin(db, m1, FP, 99 /* ignored: the base decides */);
    expect(txn.buckets).toBe(BUCKETS);
    await txn.upsert(T, values([[5, "f5-new", 1]]), ids(5));
    expect(txn.rewritten).toEqual({ [T.name]: 1 });
    const m2 = txn.commit({ note: "second" });
    expect(m2.generation).toBe(2);

    const b1 = bucketFiles(m1);
    const b2 = bucketFiles(m2);
    for (const k of ["0", "2", "3"]) expect(b2[k], `bucket ${k} is untouched`).toEqual(b1[k]);
    expect(b2["1"]).not.toEqual(b1["1"]);
    const after = snapshot(store.dir);
    // Untouched bucket files: same names, same bytes. The old bucket-1 file is gone.
    for (const k of ["0", "2", "3"]) for (const f of b1[k] as string[]) expect(after.get(f)).toBe(before.get(f));
    for (const f of b1["1"] as string[]) expect(existsSync(join(store.dir, f))).toBe(false);
    expect(m2.datasets[T.name]?.buckets["1"]?.rows).toBe(3);

    const expected = INITIAL.filter(([f]) => f !== 5).concat([[5, "f5-new", 1]]);
    expected.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    expect(await rowsOf(store, m2)).toEqual(expected);

    // Two files in one bucket plus a brand-new file in another: two buckets rewritten.
    const txn3 = store.begin(db, m2, FP, BUCKETS);
    await txn3.upsert(
      T,
      values([
        [2, "f2-x", 7],
        [6, "f6-x", 7],
        [11, "f11", 1],
      ]),
      ids(2, 6, 11),
    );
    expect(txn3.rewritten).toEqual({ [T.name]: 2 });
    const m3 = txn3.commit({});
    expect(bucketFiles(m3)["1"]).toEqual(b2["1"]);
    expect(bucketFiles(m3)["0"]).toEqual(b2["0"]);
    const rows3 = await rowsOf(store, m3);
    expect(rows3.filter(([f]) => f === 2 || f === 6 || f === 11)).toEqual([
      [2, "f2-x", 7],
      [6, "f6-x", 7],
      [11, "f11", 1],
    ]);
    expect(rows3.filter(([f]) => f === 7)).toEqual(INITIAL.filter(([f]) => f === 7));
  });

  it("an upsert with an empty source deletes the files' rows; a bucket left empty disappears", async () => {
    const { store, m1 } = await committedStore("delete");
    const txn = store.begin(db, m1, FP, BUCKETS);
    await txn.upsert(T, values([]), ids(2));
    await txn.upsert(T, values([]), ids(3, 7));
    expect(txn.rewritten).toEqual({ [T.name]: 2 });
    expect(txn.rowCount(T.name)).toBe(INITIAL.length - 6);
    const m2 = txn.commit({});
    expect(Object.keys(bucketFiles(m2)).sort()).toEqual(["0", "1", "2"]);
    expect(m2.datasets[T.name]?.buckets["2"]?.rows).toBe(2);
    expect(await rowsOf(store, m2)).toEqual(INITIAL.filter(([f]) => f !== 2 && f !== 3 && f !== 7));
    // Both superseded files are gone from disk and no file is left for bucket 3.
    for (const k of ["2", "3"]) for (const f of bucketFiles(m1)[k] as string[]) expect(existsSync(join(store.dir, f))).toBe(false);
    expect(readdirSync(join(store.dataDir, T.name)).filter((f) => f.startsWith("b3-"))).toEqual([]);
    // A replace set naming a file that has no rows anywhere is a no-op for the data.
    const txn2 = store.begin(db, m2, FP, BUCKETS);
    await txn2.upsert(T, values([]), ids(3));
    const m3 = txn2.commit({});
    expect(await rowsOf(store, m3)).toEqual(await rowsOf(store, m2));
  });

  it("commit swaps the manifest in one rename and removes the superseded files", async () => {
    const { store, m1 } = await committedStore("commit");
    const manifestBefore = readFileSync(store.manifestPath);
    const txn = store.begin(db, m1, FP, BUCKETS);
    await txn.upsert(T, values([[0, "f0-new", 1]]), ids(0));
    await txn.upsert(T, values([[0, "f0-newer", 1]]), ids(0));
    // Before commit the committed manifest is untouched byte for byte, and still loads.
    expect(readFileSync(store.manifestPath).equals(manifestBefore)).toBe(true);
    expect(store.load(FP).manifest).toEqual(m1);
    const m2 = txn.commit({ k: "v" });
    expect(JSON.parse(readFileSync(store.manifestPath, "utf8"))).toEqual(m2);
    expect(store.load(FP)).toEqual({ manifest: m2, reason: null });
    expect(m2.meta).toEqual({ k: "v" });
    // No temporary manifest is left beside it.
    expect(readdirSync(store.dir).filter((f) => f.startsWith("manifest"))).toEqual(["manifest.json"]);
    // Exactly the files the manifest names are on disk: the first rewrite of bucket 0 in this
    // transaction and the generation-1 file were superseded and deleted.
    const named = new Set(Object.values(bucketFiles(m2)).flat());
    expect(new Set(snapshot(store.dataDir).keys())).toEqual(new Set([...named].map((f) => f.replace(/^data\//, ""))));
    expect(await rowsOf(store, m2)).toEqual([[0, "f0-newer", 1], ...INITIAL.filter(([f]) => f !== 0)]);
    // abort after commit is a no-op.
    txn.abort();
    expect(store.load(FP).manifest).toEqual(m2);
    expect(await rowsOf(store, m2)).toHaveLength(INITIAL.length - 1);
  });

  it("an aborted transaction leaves the previous generation readable and identical, and deletes its files", async () => {
    const { store, m1 } = await committedStore("abort");
    const before = snapshot(store.dir);
    const rowsBefore = await rowsOf(store, m1);
    const txn = store.begin(db, m1, FP, BUCKETS);
    await txn.upsert(T, values([[1, "x", 1]]), ids(1, 2));
    expect(snapshot(store.dir).size).toBeGreaterThan(before.size);
    txn.abort();
    expect(snapshot(store.dir)).toEqual(before);
    expect(store.load(FP).manifest).toEqual(m1);
    expect(await rowsOf(store, m1)).toEqual(rowsBefore);
  });

  it("a dropped transaction (neither committed nor aborted) changes nothing visible; sweep removes its files", async () => {
    const { store, m1 } = await committedStore("dropped");
    const before = snapshot(store.dir);
    const rowsBefore = await rowsOf(store, m1);
    {
      const txn = store.begin(db, m1, FP, BUCKETS);
      await txn.upsert(T, values([[1, "x", 1]]), ids(1, 2, 3));
      // ...and the process "crashes" here: the transaction is simply dropped.
    }
    const loaded = store.load(FP);
    expect(loaded).toEqual({ manifest: m1, reason: null });
    expect(await rowsOf(store, loaded.manifest as Manifest)).toEqual(rowsBefore);
    for (const [f, h] of before) expect(snapshot(store.dir).get(f), f).toBe(h);
    const orphans = [...snapshot(store.dir).keys()].filter((f) => !before.has(f));
    expect(orphans).toHaveLength(3);
    expect(store.sweep(loaded.manifest)).toBe(3);
    expect(snapshot(store.dir)).toEqual(before);
    expect(await rowsOf(store, m1)).toEqual(rowsBefore);
  });

  it("load() tells apart a missing state, a wrong fingerprint, an unparsable manifest, a missing and a truncated data file", async () => {
    const reasons = new Map<string, string>();
    const reasonOf = (store: StateStore) => {
      const r = store.load(FP);
      expect(r.manifest).toBeNull();
      return r.reason as string;
    };

    reasons.set("none", reasonOf(new StateStore(scratch.dir("load-none"))));
    expect(reasons.get("none")).toBe("no previous state");

    const wrongFp = await committedStore("load-fp");
    expect(wrongFp.store.load(FP).manifest).toEqual(wrongFp.m1);
    const r = wrongFp.store.load("another-fingerprint");
    expect(r.manifest).toBeNull();
    reasons.set("fingerprint", r.reason as string);
    expect(reasons.get("fingerprint")).toMatch(/fingerprint/);

    const garbled = await committedStore("load-garbled");
    writeFileSync(garbled.store.manifestPath, '{"format": "pycpg-state/1", "fingerp');
    reasons.set("garbled", reasonOf(garbled.store));
    expect(reasons.get("garbled")).toMatch(/manifest could not be read/);

    const format = await committedStore("load-format");
    writeFileSync(format.store.manifestPath, JSON.stringify({ ...format.m1, format: "pycpg-state/0" }));
    reasons.set("format", reasonOf(format.store));
    expect(reasons.get("format")).toMatch(/format pycpg-state\/0/);

    const missing = await committedStore("load-missing");
    const victim = bucketFiles(missing.m1)["2"]?.[0] as string;
    rmSync(join(missing.store.dir, victim));
    reasons.set("missing", reasonOf(missing.store));
    expect(reasons.get("missing")).toBe(`dataset t is missing its file ${victim}`);

    const truncated = await committedStore("load-truncated");
    const cut = bucketFiles(truncated.m1)["1"]?.[0] as string;
    truncateSync(join(truncated.store.dir, cut), 5);
    reasons.set("truncated", reasonOf(truncated.store));
    expect(reasons.get("truncated")).toBe(`dataset t has a truncated file ${cut}`);

    expect(new Set(reasons.values()).size).toBe(reasons.size);
  });

  it("load() rejects a data file cut short anywhere (not only below the Parquet header size)", async () => {
    const { store, m1 } = await committedStore("load-half");
    const cut = bucketFiles(m1)["3"]?.[0] as string;
    const abs = join(store.dir, cut);
    truncateSync(abs, Math.floor(statSync(abs).size / 2));
    const r = store.load(FP);
    expect(r.manifest).toBeNull();
    expect(r.reason).toBe(`dataset t has a truncated file ${cut}`);
  });

  it("sweep() removes files no manifest names, and the tmp directory", async () => {
    const { store, m1 } = await committedStore("sweep");
    const before = snapshot(store.dir);
    writeFiles(store.dir, {
      "data/t/b0-g7-0-abcdef.parquet": "stale",
      "data/other/b1-g1-0-123456.parquet": "stale",
      "tmp/run-1/staging/py_defs/b0-main-0.parquet": "stale",
    });
    expect(store.sweep(m1)).toBe(2);
    expect(existsSync(store.tmpDir)).toBe(false);
    expect(snapshot(store.dir)).toEqual(before);
    expect(await rowsOf(store, m1)).toEqual(INITIAL);
    // With no manifest, every data file is an orphan.
    expect(store.sweep(null)).toBe(Object.values(bucketFiles(m1)).flat().length);
    expect([...snapshot(store.dir).keys()]).toEqual(["manifest.json"]);
  });
});

describe("StateStore merge-on-read", () => {
  // 40 files in 4 buckets (10 per bucket), 10 rows each: replacing one file leaves a bucket far
  // below the compaction thresholds, so upserts write deltas instead of compacting.
  const FILES = Array.from({ length: 40 }, (_, f) => f);
  const BASE = rowsFor(FILES, 10, "base");

  async function bigStore(
    name: string,
    compacted: ReadonlySet<string> = new Set(),
    partitionedWriteMaxRows?: number,
  ): Promise<{ store: StateStore; m1: Manifest }> {
    const store = new StateStore(scratch.dir(name));
    const txn = store.begin(db, null, FP, BUCKETS, compacted);
    if (partitionedWriteMaxRows !== undefined) txn.partitionedWriteMaxRows = partitionedWriteMaxRows;
    await txn.upsert(T, values(BASE), null);
    return { store, m1: txn.commit({}) };
  }

  it("replacing a file writes a delta and a deletion list; the base file keeps its bytes", async () => {
    const { store, m1 } = await bigStore("mor-delta");
    const before = snapshot(store.dir);
    const txn = store.begin(db, m1, FP, BUCKETS);
    await txn.upsert(T, values(rowsFor([5], 3, "new")), ids(5));
    expect(txn.rewritten).toEqual({ [T.name]: 1 });
    expect(txn.rowCount(T.name)).toBe(BASE.length - 10 + 3);
    const m2 = txn.commit({});
    const b1 = m1.datasets[T.name]?.buckets["1"];
    const b2 = m2.datasets[T.name]?.buckets["1"];
    expect(b2?.files).toHaveLength(2);
    expect(b2?.files[0]).toBe(b1?.files[0]);
    expect(b2?.delta).toBe(b2?.files[1]);
    expect(b2?.deleted).toEqual(["5"]);
    expect(b2?.dead).toBe(10);
    expect(b2?.rows).toBe(93);
    // Nothing written before is touched: every old file has its bytes, one new file exists.
    const after = snapshot(store.dir);
    for (const [f, h] of before) if (f !== "manifest.json") expect(after.get(f), f).toBe(h);
    expect(after.size).toBe(before.size + 1);
    // The reader sees the new rows only; the files still hold the old ones.
    const expected = sorted([...BASE.filter(([f]) => f !== 5), ...rowsFor([5], 3, "new")]);
    expect(await rowsOf(store, m2)).toEqual(expected);
    expect(await physicalRows(store, m2)).toBe(BASE.length + 3);
    // Scoped reads: one file, one bucket, a file excluded.
    expect(await rowsOf(store, m2, { fileIds: ["5"] })).toEqual(sorted(rowsFor([5], 3, "new")));
    expect(await rowsOf(store, m2, { buckets: new Set([1]), excludeFileIds: ["9"] })).toEqual(expected.filter(([f]) => (f & 3) === 1 && f !== 9));
    expect(await rowsOf(store, m2, { fileIds: [] })).toEqual([]);
  });

  it("further upserts rewrite the bucket's one delta (other files' rows kept) and extend the deletion list", async () => {
    const { store, m1 } = await bigStore("mor-again");
    let m = m1;
    let expected = BASE;
    const steps: [number, string][] = [
      [5, "x"],
      [9, "y"],
      [5, "z"],
    ];
    for (const [f, tag] of steps) {
      const txn = store.begin(db, m, FP, BUCKETS);
      await txn.upsert(T, values(rowsFor([f], 2, tag)), ids(f));
      const prev = m;
      m = txn.commit({});
      expected = sorted([...expected.filter(([x]) => x !== f), ...rowsFor([f], 2, tag)]);
      expect(await rowsOf(store, m), `after ${tag}`).toEqual(expected);
      const b = m.datasets[T.name]?.buckets["1"];
      expect(b?.files).toHaveLength(2);
      expect(b?.files[0]).toBe(m1.datasets[T.name]?.buckets["1"]?.files[0]);
      // the previous delta is superseded and gone from disk
      const prevDelta = prev.datasets[T.name]?.buckets["1"]?.delta;
      if (prevDelta) expect(existsSync(join(store.dir, prevDelta))).toBe(false);
    }
    const b = m.datasets[T.name]?.buckets["1"];
    expect(b?.deleted).toEqual(["5", "9"]);
    expect(b?.rows).toBe(100 - 20 + 4);
    expect(await physicalRows(store, m)).toBe(100 * 4 + 4);
  });

  it("deleting a file's rows adds deletions and no file", async () => {
    const { store, m1 } = await bigStore("mor-delete");
    const txn = store.begin(db, m1, FP, BUCKETS);
    await txn.upsert(T, values([]), ids(9));
    const m2 = txn.commit({});
    const b = m2.datasets[T.name]?.buckets["1"];
    expect(b?.files).toEqual(m1.datasets[T.name]?.buckets["1"]?.files);
    expect(b?.deleted).toEqual(["9"]);
    expect(b?.delta).toBeUndefined();
    expect(b?.rows).toBe(90);
    expect(await rowsOf(store, m2)).toEqual(BASE.filter(([f]) => f !== 9));
  });

  it("the reader filters deletions as literals when they are few and through a subquery when many, with the same rows", async () => {
    // 800 files of one row (200 a bucket); 40 replaced in each bucket (20% < the threshold): 160
    // deleted ids in all, 40 in one bucket.
    const files = Array.from({ length: 800 }, (_, f) => f);
    const store = new StateStore(scratch.dir("mor-long-deletions"));
    const txn = store.begin(db, null, FP, BUCKETS);
    await txn.upsert(T, values(rowsFor(files, 1, "base")), null);
    const m1 = txn.commit({});
    const replaced = files.filter((f) => f % 5 === 0);
    const txn2 = store.begin(db, m1, FP, BUCKETS);
    await txn2.upsert(T, values(rowsFor(replaced, 1, "new")), replaced.map(String));
    const m2 = txn2.commit({});
    expect(Object.values(m2.datasets[T.name]?.buckets ?? {}).map((b) => b.deleted?.length)).toEqual([40, 40, 40, 40]);
    const expected = sorted([
      ...rowsFor(
        files.filter((f) => f % 5 !== 0),
        1,
        "base",
      ),
      ...rowsFor(replaced, 1, "new"),
    ]);
    const whole = store.relation(m2, T);
    const oneBucket = store.relation(m2, T, { buckets: new Set([3]) });
    expect(whole).toContain("SELECT unnest(");
    expect(oneBucket).not.toContain("SELECT unnest(");
    expect(await rowsOf(store, m2)).toEqual(expected);
    expect(await rowsOf(store, m2, { buckets: new Set([3]) })).toEqual(expected.filter(([f]) => (f & 3) === 3));
    expect(await rowsOf(store, m2, { fileIds: ["5", "6"] })).toEqual(expected.filter(([f]) => f === 5 || f === 6));
  });

  // Both ways of comparing: exactly in one statement (small upserts) and by hashes first.
  it.each([
    ["exactly", 1_000_000],
    ["by hashes first", 0],
  ])("an upsert that gives a file back the rows it had writes nothing (compared %s)", async (_how, exactMax) => {
    const { store, m1 } = await bigStore(`mor-same-${exactMax}`);
    const before = snapshot(store.dir);
    const txn = store.begin(db, m1, FP, BUCKETS);
    txn.exactCompareMaxRows = exactMax;
    await txn.upsert(T, values([...rowsFor([6], 10, "base")].reverse()), ids(6));
    expect(txn.rewritten).toEqual({});
    const m2 = txn.commit({});
    expect(m2.datasets).toEqual(m1.datasets);
    expect(snapshot(store.dir).size).toBe(before.size);
    // The same rows but one value changed: the bucket is written.
    const txn2 = store.begin(db, m2, FP, BUCKETS);
    txn2.exactCompareMaxRows = exactMax;
    await txn2.upsert(T, values(rowsFor([6], 10, "base").map(([f, v, n]) => [f, n === 3 ? "changed" : v, n] as Row)), ids(6));
    expect(txn2.rewritten).toEqual({ [T.name]: 1 });
    // One row duplicated in place of another (same count, a different multiset): written too.
    const txn3 = store.begin(db, m2, FP, BUCKETS);
    txn3.exactCompareMaxRows = exactMax;
    const dup = rowsFor([6], 10, "base").map((r, i, all) => (i === 1 ? (all[0] as Row) : r));
    await txn3.upsert(T, values(dup), ids(6));
    expect(txn3.rewritten).toEqual({ [T.name]: 1 });
    // NULLs compare equal to NULLs, and not to an empty string.
    const withNull = (v: string) => `SELECT * FROM (VALUES (6::BIGINT, ${v}::VARCHAR, 0::INTEGER), (6, 'x', 1)) AS x(file_id, v, n)`;
    const txn4 = store.begin(db, m2, FP, BUCKETS);
    txn4.exactCompareMaxRows = exactMax;
    await txn4.upsert(T, withNull("NULL"), ids(6));
    const m3 = txn4.commit({});
    const txn5 = store.begin(db, m3, FP, BUCKETS);
    txn5.exactCompareMaxRows = exactMax;
    await txn5.upsert(T, withNull("NULL"), ids(6));
    expect(txn5.rewritten).toEqual({});
    const txn6 = store.begin(db, m3, FP, BUCKETS);
    txn6.exactCompareMaxRows = exactMax;
    await txn6.upsert(T, withNull("''"), ids(6));
    expect(txn6.rewritten).toEqual({ [T.name]: 1 });
  });

  it("a bucket is compacted once its delta or its deleted rows pass the threshold, and reads the same", async () => {
    const { store, m1 } = await bigStore("mor-compact");
    let m = m1;
    let expected = BASE;
    let compactedAt = -1;
    // Files 2, 6, 10, ... of bucket 2, replaced one per generation with 10 rows each.
    for (let i = 0; i < 10 && compactedAt < 0; i++) {
      const f = 2 + 4 * i;
      const txn = store.begin(db, m, FP, BUCKETS);
      await txn.upsert(T, values(rowsFor([f], 10, "d")), ids(f));
      m = txn.commit({});
      expected = sorted([...expected.filter(([x]) => x !== f), ...rowsFor([f], 10, "d")]);
      expect(await rowsOf(store, m)).toEqual(expected);
      const b = m.datasets[T.name]?.buckets["2"];
      if (b?.files.length === 1) compactedAt = i;
      else expect(b?.deleted).toHaveLength(i + 1);
    }
    // 100 live rows: the delta passes 25 rows (and the deleted rows 25) at the third replacement.
    expect(compactedAt).toBe(Math.floor((100 * MAX_DELTA_FRACTION) / 10));
    const b = m.datasets[T.name]?.buckets["2"];
    expect(b?.deleted).toBeUndefined();
    expect(b?.delta).toBeUndefined();
    expect(await physicalRows(store, m)).toBe(expected.length + 0);
    // The superseded files are gone from disk.
    const onDisk = readdirSync(join(store.dataDir, T.name)).filter((f) => f.startsWith("b2-"));
    expect(onDisk).toEqual([String(b?.files[0]).replace(`data/${T.name}/`, "")]);
  });

  it("a dataset the store keeps compacted is rewritten, never given deletions", async () => {
    const { store, m1 } = await bigStore("mor-kept", new Set([T.name]));
    const txn = store.begin(db, m1, FP, BUCKETS, new Set([T.name]));
    await txn.upsert(T, values(rowsFor([5], 3, "new")), ids(5));
    const m2 = txn.commit({});
    // (file 5 is in bucket 5 of the 32 such a dataset has with a 4-bucket state)
    const b = m2.datasets[T.name]?.buckets["5"];
    expect(b?.files).toHaveLength(1);
    expect(b?.files[0]).not.toBe(m1.datasets[T.name]?.buckets["5"]?.files[0]);
    expect(b?.deleted).toBeUndefined();
    expect(await physicalRows(store, m2)).toBe(BASE.length - 10 + 3);
    // A new file in a bucket adds a delta even there: nothing of the bucket is deleted.
    const txn2 = store.begin(db, m2, FP, BUCKETS, new Set([T.name]));
    await txn2.upsert(T, values(rowsFor([41], 2, "new")), ids(41));
    const m3 = txn2.commit({});
    expect(m3.datasets[T.name]?.buckets["9"]?.files).toHaveLength(2);
    expect(m3.datasets[T.name]?.buckets["9"]?.deleted).toBeUndefined();
    expect(await rowsOf(store, m3)).toEqual(sorted([...BASE.filter(([f]) => f !== 5), ...rowsFor([5], 3, "new"), ...rowsFor([41], 2, "new")]));
  });

  // A full replacement is one partitioned COPY (small tables) or one COPY per bucket (large ones).
  it.each([
    ["one partitioned COPY", 1_000_000],
    ["one COPY per bucket", 0],
  ])("a dataset kept compacted is split into finer buckets; reads by state bucket map onto them (written by %s)", async (_how, partitionedMax) => {
    const kept = new Set([T.name]);
    const { store, m1 } = await bigStore(`mor-fine-${partitionedMax}`, kept, partitionedMax);
    const fine = compactedBucketCount(BUCKETS);
    expect(fine).toBe(32);
    expect(m1.datasets[T.name]?.bucketCount).toBe(fine);
    // 40 files over 32 buckets: each bucket file holds the files f with f & 31 == k.
    expect(Object.keys(m1.datasets[T.name]?.buckets ?? {}).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 32 }, (_, k) => String(k)));
    expect(await rowsOf(store, m1)).toEqual(BASE);
    expect(await rowsOf(store, m1, { buckets: new Set([1]) })).toEqual(BASE.filter(([f]) => (f & 3) === 1));
    // Replacing file 5 rewrites its fine bucket (5: files 5 and 37) only.
    const before = m1.datasets[T.name]?.buckets;
    const txn = store.begin(db, m1, FP, BUCKETS, kept);
    await txn.upsert(T, values(rowsFor([5], 3, "new")), ids(5));
    expect(txn.rewritten).toEqual({ [T.name]: 1 });
    const m2 = txn.commit({});
    const after = m2.datasets[T.name]?.buckets;
    for (const k of Object.keys(before ?? {})) if (k !== "5") expect(after?.[k], k).toEqual(before?.[k]);
    expect(after?.["5"]?.files).toHaveLength(1);
    expect(after?.["5"]?.rows).toBe(13);
    expect(await rowsOf(store, m2, { buckets: new Set([1]) })).toEqual(sorted([...BASE.filter(([f]) => (f & 3) === 1 && f !== 5), ...rowsFor([5], 3, "new")]));
    // A dataset not kept compacted keeps the state's buckets.
    const { m1: plain } = await bigStore("mor-plain");
    expect(plain.datasets[T.name]?.bucketCount).toBeUndefined();
    expect(Object.keys(plain.datasets[T.name]?.buckets ?? {})).toHaveLength(BUCKETS);
  });

  it("a crash before the commit leaves the previous generation readable as it was", async () => {
    const { store, m1 } = await bigStore("mor-crash");
    const rows1 = await rowsOf(store, m1);
    const txn = store.begin(db, m1, FP, BUCKETS);
    await txn.upsert(T, values(rowsFor([5, 6], 1, "lost")), ids(5, 6));
    // no commit, no abort: the process died here
    const loaded = store.load(FP);
    expect(loaded.manifest).toEqual(m1);
    expect(store.sweep(loaded.manifest)).toBe(2);
    expect(await rowsOf(store, loaded.manifest as Manifest)).toEqual(rows1);
  });
});
