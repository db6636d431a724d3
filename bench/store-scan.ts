/**
 * Store scans with merge-on-read deltas against a freshly compacted store (issue 10, item 2:
 * "scans of the store within 1.5x of a freshly compacted one").
 *
 *   npx tsx bench/store-scan.ts --state <a pycpg state directory> [--rounds 7] [--runs 9]
 *
 * Copies the state's manifest and files to a scratch directory, then, for each dataset below that
 * the store does not keep compacted, commits `rounds` generations that each replace one file per
 * bucket with its rows changed (an INTEGER column + 1 or a VARCHAR column + "~"), the worst case the compaction policy
 * allows before it rewrites a bucket (MAX_BUCKET_FILES - 1 deltas, every base file carrying
 * deletions). A second copy is then compacted (every dataset rewritten as one file per bucket from
 * the reader's rows). Both are scanned through the store's reader, alternately, `runs` times each:
 * count(*), a GROUP BY on the partition column, and the rows of one file. Prints a JSON array and
 * a Markdown table of medians.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ALL_DATASETS } from "../src/pipeline/run-build.ts";
import { openDb } from "../src/store/duckdb.ts";
import { sqlIdent } from "../src/store/sql.ts";
import { type DatasetSpec, MAX_DELTA_FRACTION, type Manifest, StateStore } from "../src/store/state-store.ts";

const { values } = parseArgs({
  options: { state: { type: "string" }, rounds: { type: "string", default: "8" }, runs: { type: "string", default: "9" } },
});
if (!values.state) throw new Error("--state <dir> is required");
const source = resolve(values.state);
const rounds = Number(values.rounds);
const runs = Number(values.runs);
const DATASETS = ["py_names", "py_calls", "ref_targets", "call_targets", "py_defs"];

const work = join(process.env.PYCPG_REPLAY_DIR ?? "/tmp/pycpg-replay", "store-scan");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const copy = (name: string) => {
  const dir = join(work, name);
  cpSync(join(source, "manifest.json"), join(dir, "manifest.json"));
  cpSync(join(source, "data"), join(dir, "data"), { recursive: true });
  return new StateStore(dir);
};
const mor = copy("deltas");
const compacted = copy("compacted");
const read = (s: StateStore) => JSON.parse(readFileSync(s.manifestPath, "utf8")) as Manifest;

const db = await openDb();
const load = [loadavg()[0] as number];
const t0 = performance.now();
// Deltas: `rounds` generations, each replacing one file per bucket of every dataset.
for (let r = 0; r < rounds; r++) {
  const base = read(mor);
  const txn = mor.begin(db, base, base.fingerprint, base.buckets);
  for (const name of DATASETS) {
    const spec = ALL_DATASETS.get(name) as DatasetSpec;
    const part = sqlIdent(spec.partitionColumn);
    const col = spec.columns.find(([c, t]) => (t === "INTEGER" || t === "VARCHAR") && c !== spec.partitionColumn);
    if (!col) throw new Error(`${name} has no INTEGER or VARCHAR column to change`);
    const changed = col[1] === "INTEGER" ? `${sqlIdent(col[0])} + 1` : `coalesce(${sqlIdent(col[0])}, '') || '~'`;
    // The r-th file (in file_id order) of every bucket.
    const picks = await db.rows<{ f: string }>(
      `SELECT CAST(f AS VARCHAR) AS f FROM (SELECT f, row_number() OVER (PARTITION BY f & ${base.buckets - 1} ORDER BY f) AS k FROM (SELECT DISTINCT ${part} AS f FROM ${txn.relation(spec)} WHERE ${part} <> 0)) WHERE k = ${r + 1}`,
    );
    const ids = picks.map((p) => p.f);
    await txn.upsert(spec, `SELECT * REPLACE (${changed} AS ${sqlIdent(col[0])}) FROM ${txn.relation(spec)} WHERE ${part} IN (${ids.join(", ")})`, ids);
  }
  txn.commit(base.meta);
}
const deltaMs = performance.now() - t0;
// Compacted: every dataset rewritten whole from the deltas store's rows (same rows, one file per bucket).
{
  const base = read(compacted);
  const txn = compacted.begin(db, base, base.fingerprint, base.buckets);
  const from = read(mor);
  for (const name of DATASETS) {
    const spec = ALL_DATASETS.get(name) as DatasetSpec;
    await txn.upsert(spec, `SELECT * FROM ${mor.relation(from, spec)}`, null);
  }
  txn.commit(base.meta);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const results: Record<string, unknown>[] = [];
const mm = read(mor);
const cm = read(compacted);
for (const name of DATASETS) {
  const spec = ALL_DATASETS.get(name) as DatasetSpec;
  const part = sqlIdent(spec.partitionColumn);
  const entry = mm.datasets[name];
  const files = Object.values(entry?.buckets ?? {}).reduce((n, b) => n + b.files.length, 0);
  const dead = Object.values(entry?.buckets ?? {}).reduce((n, b) => n + (b.dead ?? 0), 0);
  const live = Object.values(entry?.buckets ?? {}).reduce((n, b) => n + b.rows, 0);
  const one = (await db.rows<{ f: string }>(`SELECT CAST(min(${part}) AS VARCHAR) AS f FROM ${mor.relation(mm, spec)} WHERE ${part} <> 0`))[0]?.f;
  const queries: Record<string, (rel: string) => string> = {
    "count(*)": (rel) => `SELECT count(*) FROM ${rel}`,
    "GROUP BY file": (rel) => `SELECT ${part}, count(*) FROM ${rel} GROUP BY 1`,
    "one file's rows": (rel) => `SELECT * FROM ${rel} WHERE ${part} = ${one}`,
  };
  for (const [label, q] of Object.entries(queries)) {
    const times: Record<"deltas" | "compacted", number[]> = { deltas: [], compacted: [] };
    const rels = { deltas: mor.relation(mm, spec), compacted: compacted.relation(cm, spec) };
    const answers: Record<string, string> = {};
    for (let i = 0; i < runs + 2; i++) {
      for (const side of i % 2 === 0 ? (["deltas", "compacted"] as const) : (["compacted", "deltas"] as const)) {
        const t = performance.now();
        const rows = await db.rows(q(rels[side]));
        const ms = performance.now() - t;
        answers[side] = String(rows.length);
        if (i >= 2) times[side].push(ms);
      }
    }
    if (answers.deltas !== answers.compacted) throw new Error(`${name} ${label}: the two stores disagree`);
    const d = median(times.deltas);
    const c = median(times.compacted);
    results.push({
      dataset: name,
      query: label,
      files,
      live_rows: live,
      dead_rows: dead,
      deltas_ms: +d.toFixed(2),
      compacted_ms: +c.toFixed(2),
      ratio: +(d / c).toFixed(2),
    });
  }
}
load.push(loadavg()[0] as number);
db.close();
process.stdout.write(
  `${JSON.stringify({ rounds, runs, max_delta_fraction: MAX_DELTA_FRACTION, delta_commits_ms: Math.round(deltaMs), load_1min: load, results }, null, 2)}\n`,
);
process.stdout.write(
  [
    "",
    "| dataset | files (deltas store) | live / dead rows | query | deltas (ms) | compacted (ms) | ratio |",
    "|---|---:|---|---|---:|---:|---:|",
    ...results.map((r) => `| ${r.dataset} | ${r.files} | ${r.live_rows} / ${r.dead_rows} | ${r.query} | ${r.deltas_ms} | ${r.compacted_ms} | ${r.ratio}x |`),
    "",
  ].join("\n"),
);
