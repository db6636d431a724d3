/**
 * The incremental replay benchmark (issue 4, "How it will be judged").
 *
 * On a scripted history of a real corpus (corpus-history.ts): build the first commit fully into a
 * state S; then, for every later commit, check it out and
 *   - run the incremental build into S (timed: wall time of the process),
 *   - run it again with no change (timed; it must rewrite no state file and publish the same files),
 *   - run a full build of the same commit into a fresh state (timed),
 *   - compare the incremental output with the full one (`compareOutputs`: must be equal), and the
 *     internal derived datasets of the two states (module index, resolution datasets) too,
 *   - measure the impact closure: the files whose rows differ between the full builds of the parent
 *     and of the commit (cpg_nodes, cpg_edges by origin_file_id, cpg_props; EXCEPT ALL both ways)
 *     against the files the incremental run recomputed (report.json `impacted`, plus the deleted
 *     files and the old side of renames). Misses (actual \ predicted) must be 0; the
 *     over-approximation is sum(|predicted|) / sum(|actual|) over the history. The same is
 *     measured over the internal derived datasets as a stricter check (`actual_internal`).
 *
 *   npx tsx bench/replay/replay.ts django|sympy|stdlib+django|dist:<package> [--from-src | --bin path/to/pycpg.js] [--suffix NAME]
 *
 * pycpg runs from a frozen copy of dist/ (or, with --from-src, of a bundle of the current src/),
 * so that a rebuild of dist/ during the run cannot mix versions. Results:
 * bench/results/replay-<corpus>[-src][-fromsrc | -NAME].json (-src: the src layout, dist:<package>@src) and a markdown table on stdout.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ALL_DATASETS } from "../../src/pipeline/run-build.ts";
import { compareOutputs, type TableDifference } from "../../src/pipeline/run-verify.ts";
import { publishedRelation } from "../../src/publish/publish-outputs.ts";
import { type Db, openDb } from "../../src/store/duckdb.ts";
import { type DatasetEntry, relationOf } from "../../src/store/state-store.ts";
import { type CorpusHistory, createCorpusHistory, createScaleHistory, type ReplayCorpus, replayRoot, type ScaleCorpus } from "./corpus-history.ts";
import { type PycpgSnapshot, snapshotPycpg } from "./pycpg-snapshot.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const PYCPG_ROOT = resolve(HERE, "..", "..");

/** The parts of report.json the replay reads. */
interface Report {
  mode: "full" | "incremental";
  fallback_reason: string | null;
  changed: { path: string; status: string; old_path: string | null }[];
  impacted: { path: string; reasons: string[] }[];
  timings: Record<string, unknown> & { total_ms: number };
}

interface Run {
  wall_ms: number;
  report: Report;
}

export interface InternalDifference {
  dataset: string;
  extra: number;
  missing: number;
  files: string[];
}

export interface CommitResult {
  index: number;
  sha: string;
  step: string;
  message: string;
  mode: string;
  fallback_reason: string | null;
  changed: number;
  /** Files the incremental run recomputed (impacted + deleted + old side of renames). */
  predicted: number;
  /** Files whose published rows differ between the full builds of the parent and this commit. */
  actual: number;
  /** Whether the global partition (file_id 0) differs too (always recomputed; not counted). */
  global_changed: boolean;
  misses: string[];
  /** Files whose rows differ in any derived dataset, published or internal (module index, resolution). */
  actual_internal: number;
  misses_internal: string[];
  /** Up to 20 predicted files whose published rows did not change. */
  over_sample: string[];
  incremental_ms: number;
  incremental_total_ms: number;
  incremental_timings: Record<string, unknown>;
  full_ms: number;
  full_total_ms: number;
  ratio: number;
  nochange_ms: number;
  nochange_total_ms: number;
  nochange_ratio: number;
  /** The no-change run rewrote no state file and published the same files. */
  nochange_idempotent: boolean;
  /** compareOutputs(incremental out, full out).equal */
  equal: boolean;
  differences: TableDifference[];
  /** Internal derived datasets of the incremental state vs the full state. */
  equal_internal: boolean;
  differences_internal: InternalDifference[];
  load1: number;
}

export interface ReplayResult {
  corpus: string;
  repo: string;
  pycpg: PycpgSnapshot | { bin: string };
  started: string;
  machine: { cpus: number; load_start: number[]; load_end: number[]; node_startup_ms: number };
  initial: { sha: string; full_ms: number; full_total_ms: number; nochange_ms: number; nochange_total_ms: number; nochange_ratio: number };
  commits: CommitResult[];
  totals: {
    commits: number;
    unequal: number;
    unequal_internal: number;
    misses: number;
    misses_internal: number;
    predicted: number;
    actual: number;
    actual_internal: number;
    over_approximation: number | null;
    over_approximation_internal: number | null;
    full_ms_median: number;
    one_file_edits: { step: string; ratio: number; ratio_to_median_full: number; incremental_ms: number; incremental_total_ms: number; full_ms: number }[];
    nochange_ratio_median: number;
    nochange_in_process_ratio_median: number;
    nochange_all_idempotent: boolean;
    targets: { name: string; target: string; measured: string; met: boolean | null }[];
  };
}

// ---------------------------------------------------------------------------------------------
// Running pycpg and git

function spawnWait(cmd: string, args: string[], cwd?: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", fail);
    child.on("close", (c) => done({ code: c, stderr: err }));
  });
}

async function runPycpg(bin: string, args: string[]): Promise<Run> {
  const out = args[args.indexOf("--out") + 1] as string;
  const t0 = performance.now();
  const { code, stderr } = await spawnWait(process.execPath, [bin, "build", ...args, "--quiet"]);
  const wall = performance.now() - t0;
  if (code !== 0) throw new Error(`pycpg build ${args.join(" ")} exited with ${code}:\n${stderr.slice(-4000)}`);
  return { wall_ms: Math.round(wall), report: JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as Report };
}

async function git(repo: string, args: string[]): Promise<void> {
  const { code, stderr } = await spawnWait("git", args, repo);
  if (code !== 0) throw new Error(`git ${args.join(" ")}: ${stderr}`);
}

/** Median wall time of `node <bin> --help`: the fixed cost of starting the CLI. */
async function nodeStartupMs(bin: string): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await spawnWait(process.execPath, [bin, "--help"]);
    xs.push(performance.now() - t0);
  }
  return Math.round(median(xs) ?? 0);
}

/**
 * Every Parquet file under `dir` with its inode: equal listings = nothing rewritten. The per-run
 * tables (`snapshot`, `diff_report`, and the state's `run/` copy of them) describe each run, so a
 * run after a change rewrites them by design; they are left out.
 */
const PER_RUN = new Set(["run", "snapshot", "diff_report"]);
function listing(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory() && d === dir && PER_RUN.has(e.name)) continue;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".parquet")) out.push(`${p.slice(dir.length)}:${statSync(p).ino}`);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Comparisons

const TABLES: [string, string][] = [
  ["cpg_nodes", "file_id"],
  ["cpg_edges", "origin_file_id"],
  ["cpg_props", "file_id"],
];
const PUBLISHED_NAMES = new Set(TABLES.map(([t]) => t));

interface StateFiles {
  dir: string;
  /** Dataset -> its rows through the store's reader (null when it holds no file). */
  datasets: Record<string, string | null>;
}

/** Every dataset of a committed state (from its manifest), read as the store reads it. */
function readState(stateDir: string): StateFiles {
  const m = JSON.parse(readFileSync(join(stateDir, "manifest.json"), "utf8")) as { datasets: Record<string, DatasetEntry> };
  const datasets: Record<string, string | null> = {};
  for (const [name, entry] of Object.entries(m.datasets)) {
    const empty = Object.values(entry.buckets).every((b) => b.files.length === 0);
    datasets[name] = empty ? null : relationOf(stateDir, entry, { partitionColumn: ALL_DATASETS.get(name)?.partitionColumn ?? "file_id" });
  }
  return { dir: stateDir, datasets };
}

/** The derived datasets that are not published and not extracted per file (module index, resolution). */
function internalDatasets(a: StateFiles, b: StateFiles): string[] {
  const names = new Set([...Object.keys(a.datasets), ...Object.keys(b.datasets)]);
  return [...names].filter((n) => !n.startsWith("py_") && !PUBLISHED_NAMES.has(n)).sort();
}

/** (relation A, relation B, partition column) of a dataset in two states; null when both are empty. */
async function statePair(db: Db, a: StateFiles, b: StateFiles, dataset: string): Promise<[string, string, string] | null> {
  const fa = a.datasets[dataset] ?? null;
  const fb = b.datasets[dataset] ?? null;
  if (fa === null && fb === null) return null;
  const any = (fa ?? fb) as string;
  const cols = (await db.rows<{ column_name: string }>(`DESCRIBE SELECT * FROM ${any}`)).map((c) => c.column_name);
  const part = cols.includes("origin_file_id") ? "origin_file_id" : "file_id";
  const empty = `(SELECT * FROM ${any} WHERE false)`;
  return [fa ?? empty, fb ?? empty, part];
}

/** file_id (as text) -> rows only in A (extra) and only in B (missing). */
async function diffByFile(db: Db, a: string, b: string, part: string): Promise<Map<string, { extra: number; missing: number }>> {
  const rows = await db.rows<{ f: string; extra: string; missing: string }>(`
    WITH x AS (SELECT ${part} AS f, 1 AS e, 0 AS m FROM (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${b})
               UNION ALL SELECT ${part}, 0, 1 FROM (SELECT * FROM ${b} EXCEPT ALL SELECT * FROM ${a}))
    SELECT CAST(f AS VARCHAR) AS f, sum(e) AS extra, sum(m) AS missing FROM x GROUP BY f`);
  return new Map(rows.map((r) => [r.f, { extra: Number(r.extra), missing: Number(r.missing) }]));
}

/** file_id (as text) -> path, from the py_files of the given states. */
async function pathsOf(db: Db, states: StateFiles[]): Promise<Map<string, string>> {
  const rels = states.map((s) => s.datasets.py_files ?? null).filter((r): r is string => r !== null);
  if (rels.length === 0) return new Map();
  const rows = await db.rows<{ f: string; path: string }>(
    `SELECT DISTINCT CAST(file_id AS VARCHAR) AS f, path FROM (${rels.map((r) => `SELECT file_id, path FROM ${r}`).join(" UNION ALL ")})`,
  );
  return new Map(rows.map((r) => [r.f, r.path]));
}

const pathOf = (paths: Map<string, string>, f: string) => (f === "0" ? "" : (paths.get(f) ?? `(file_id ${f})`));

/** Paths of the files whose rows differ between the parent's and the child's full builds. */
async function changedFiles(db: Db, parent: { out: string; state: StateFiles }, child: { out: string; state: StateFiles }) {
  const paths = await pathsOf(db, [parent.state, child.state]);
  const published = new Set<string>();
  for (const [t, part] of TABLES) {
    for (const f of (await diffByFile(db, publishedRelation(parent.out, t), publishedRelation(child.out, t), part)).keys()) published.add(pathOf(paths, f));
  }
  const internal = new Set(published);
  for (const ds of internalDatasets(parent.state, child.state)) {
    const pair = await statePair(db, parent.state, child.state, ds);
    if (pair) for (const f of (await diffByFile(db, ...pair)).keys()) internal.add(pathOf(paths, f));
  }
  return { published, internal };
}

/** Internal derived datasets of the incremental state vs a full state. */
async function compareInternal(db: Db, inc: StateFiles, full: StateFiles): Promise<InternalDifference[]> {
  const paths = await pathsOf(db, [inc, full]);
  const out: InternalDifference[] = [];
  for (const ds of internalDatasets(inc, full)) {
    const pair = await statePair(db, inc, full, ds);
    if (!pair) continue;
    const d = await diffByFile(db, ...pair);
    if (d.size === 0) continue;
    const vals = [...d.values()];
    out.push({
      dataset: ds,
      extra: vals.reduce((n, v) => n + v.extra, 0),
      missing: vals.reduce((n, v) => n + v.missing, 0),
      files: [...d.entries()].slice(0, 50).map(([f, v]) => `${pathOf(paths, f) || "(global)"} (+${v.extra}/-${v.missing})`),
    });
  }
  return out;
}

function predictedFiles(r: Report): Set<string> {
  const s = new Set(r.impacted.map((i) => i.path));
  for (const c of r.changed) {
    if (c.status === "deleted") s.add(c.path);
    if (c.old_path) s.add(c.old_path);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// The suite

export type ReplayCorpusName = ReplayCorpus | ScaleCorpus;

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number | null) => (x === null ? "n/a" : `${(x * 100).toFixed(1)}%`);

export async function replaySuite(opts: {
  corpus: ReplayCorpusName;
  /** A pycpg CLI entry point to use as it is; default: a frozen copy of this project's dist/ (or src/). */
  pycpgBin?: string;
  source?: "dist" | "src";
  log?: (line: string) => void;
}): Promise<ReplayResult> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const pycpg = opts.pycpgBin ? { bin: opts.pycpgBin } : await snapshotPycpg(PYCPG_ROOT, opts.source ?? "dist");
  const bin = pycpg.bin;
  log(`[replay] ${opts.corpus}: pycpg ${JSON.stringify(pycpg)}`);
  log(`[replay] ${opts.corpus}: creating (or reusing) the history`);
  const history: CorpusHistory = opts.corpus === "stdlib+django" ? createScaleHistory() : createCorpusHistory(opts.corpus);
  const { repo, commits } = history;
  const work = join(replayRoot(), opts.corpus, "run");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const state = join(work, "state-inc");
  const outInc = join(work, "out-inc");
  const fullDirs = (i: number) => ({ dir: join(work, `full-${i}`), state: join(work, `full-${i}`, "state"), out: join(work, `full-${i}`, "out") });
  const loadStart = loadavg();
  const startup = await nodeStartupMs(bin);

  const first = commits[0];
  if (!first) throw new Error("empty history");
  await git(repo, ["checkout", "-q", "--detach", first.sha]);
  // The first build of S is a full build of commit 0; a full build into its own state is the parent
  // of commit 1 (S's state files are superseded by later runs).
  log(`[replay] commit 0 ${first.sha.slice(0, 10)}: full builds`);
  const init = await runPycpg(bin, ["--repo", repo, "--state", state, "--out", outInc]);
  if (init.report.mode !== "full") throw new Error(`the first build was ${init.report.mode}`);
  const nc0 = await runPycpg(bin, ["--repo", repo, "--state", state, "--out", outInc]);
  let parent = fullDirs(0);
  await runPycpg(bin, ["--repo", repo, "--state", parent.state, "--out", parent.out, "--full"]);

  const results: CommitResult[] = [];
  for (let i = 1; i < commits.length; i++) {
    const c = commits[i] as (typeof commits)[number];
    await git(repo, ["checkout", "-q", "--detach", c.sha]);
    const load1 = loadavg()[0] ?? 0;
    const inc = await runPycpg(bin, ["--repo", repo, "--state", state, "--out", outInc]);

    const stateBefore = listing(join(state, "data"));
    const outBefore = listing(outInc);
    const nc = await runPycpg(bin, ["--repo", repo, "--state", state, "--out", outInc]);
    const idempotent = nc.report.changed.length === 0 && listing(join(state, "data")) === stateBefore && listing(outInc) === outBefore;

    const fd = fullDirs(i);
    rmSync(fd.dir, { recursive: true, force: true });
    const full = await runPycpg(bin, ["--repo", repo, "--state", fd.state, "--out", fd.out, "--full"]);

    const cmp = await compareOutputs(outInc, fd.out);
    const db = await openDb();
    let actual: Set<string>;
    let actualInternal: Set<string>;
    let internalDiffs: InternalDifference[];
    try {
      const incState = readState(state);
      const fullState = readState(fd.state);
      ({ published: actual, internal: actualInternal } = await changedFiles(
        db,
        { out: parent.out, state: readState(parent.state) },
        { out: fd.out, state: fullState },
      ));
      internalDiffs = await compareInternal(db, incState, fullState);
    } finally {
      db.close();
    }
    const globalChanged = actual.delete("");
    actualInternal.delete("");
    const predicted = predictedFiles(inc.report);
    const misses = [...actual].filter((p) => !predicted.has(p)).sort();
    const missesInternal = [...actualInternal].filter((p) => !predicted.has(p)).sort();
    const over = [...predicted].filter((p) => !actual.has(p)).sort();

    rmSync(parent.dir, { recursive: true, force: true });
    parent = fd;

    const r: CommitResult = {
      index: i,
      sha: c.sha,
      step: c.step,
      message: c.message,
      mode: inc.report.mode,
      fallback_reason: inc.report.fallback_reason,
      changed: inc.report.changed.length,
      predicted: predicted.size,
      actual: actual.size,
      global_changed: globalChanged,
      misses,
      actual_internal: actualInternal.size,
      misses_internal: missesInternal,
      over_sample: over.slice(0, 20),
      incremental_ms: inc.wall_ms,
      incremental_total_ms: inc.report.timings.total_ms,
      incremental_timings: inc.report.timings,
      full_ms: full.wall_ms,
      full_total_ms: full.report.timings.total_ms,
      ratio: round3(inc.wall_ms / full.wall_ms),
      nochange_ms: nc.wall_ms,
      nochange_total_ms: nc.report.timings.total_ms,
      nochange_ratio: round3(nc.wall_ms / full.wall_ms),
      nochange_idempotent: idempotent,
      equal: cmp.equal,
      differences: cmp.tables.filter((t) => t.extra > 0 || t.missing > 0),
      equal_internal: internalDiffs.length === 0,
      differences_internal: internalDiffs,
      load1: Math.round(load1 * 100) / 100,
    };
    results.push(r);
    log(
      `[replay] ${i}/${commits.length - 1} ${c.step}: ${r.mode}, changed ${r.changed}, predicted ${r.predicted}, actual ${r.actual} (internal ${r.actual_internal}), ` +
        `misses ${misses.length} (internal ${missesInternal.length}), inc ${r.incremental_ms} ms / full ${r.full_ms} ms (${pct(r.ratio)}), ` +
        `no-change ${r.nochange_ms} ms, equal ${r.equal} (internal ${r.equal_internal}), load ${r.load1}`,
    );
  }
  rmSync(parent.dir, { recursive: true, force: true });

  const fullMedian = median([init.wall_ms, ...results.map((r) => r.full_ms)]) ?? 0;
  const oneFile = results.filter((r) => r.changed === 1 && (r.step === "body-edit-leaf" || r.step === "body-edit-hub"));
  const predictedSum = results.reduce((n, r) => n + r.predicted, 0);
  const actualSum = results.reduce((n, r) => n + r.actual, 0);
  const actualInternalSum = results.reduce((n, r) => n + r.actual_internal, 0);
  const over = actualSum > 0 ? round3(predictedSum / actualSum) : null;
  const overInternal = actualInternalSum > 0 ? round3(predictedSum / actualInternalSum) : null;
  const ncMedian = median([nc0.wall_ms / init.wall_ms, ...results.map((r) => r.nochange_ratio)]) ?? 0;
  const ncInProcess = median([nc0.report.timings.total_ms / init.wall_ms, ...results.map((r) => r.nochange_total_ms / r.full_ms)]) ?? 0;
  const unequal = results.filter((r) => !r.equal).length;
  const unequalInternal = results.filter((r) => !r.equal_internal).length;
  const missCount = results.reduce((n, r) => n + r.misses.length, 0);
  const missInternal = results.reduce((n, r) => n + r.misses_internal.length, 0);
  return {
    corpus: opts.corpus,
    repo,
    pycpg,
    started: new Date().toISOString(),
    machine: { cpus: availableParallelism(), load_start: loadStart.map(round3), load_end: loadavg().map(round3), node_startup_ms: startup },
    initial: {
      sha: first.sha,
      full_ms: init.wall_ms,
      full_total_ms: init.report.timings.total_ms,
      nochange_ms: nc0.wall_ms,
      nochange_total_ms: nc0.report.timings.total_ms,
      nochange_ratio: round3(nc0.wall_ms / init.wall_ms),
    },
    commits: results,
    totals: {
      commits: results.length,
      unequal,
      unequal_internal: unequalInternal,
      misses: missCount,
      misses_internal: missInternal,
      predicted: predictedSum,
      actual: actualSum,
      actual_internal: actualInternalSum,
      over_approximation: over,
      over_approximation_internal: overInternal,
      full_ms_median: fullMedian,
      one_file_edits: oneFile.map((r) => ({
        step: r.step,
        ratio: r.ratio,
        ratio_to_median_full: round3(r.incremental_ms / fullMedian),
        incremental_ms: r.incremental_ms,
        incremental_total_ms: r.incremental_total_ms,
        full_ms: r.full_ms,
      })),
      nochange_ratio_median: round3(ncMedian),
      nochange_in_process_ratio_median: round3(ncInProcess),
      nochange_all_idempotent: results.every((r) => r.nochange_idempotent),
      targets: [
        { name: "incremental == full after every commit (published tables)", target: "0 unequal", measured: `${unequal} unequal`, met: unequal === 0 },
        { name: "impact closure misses (published tables)", target: "0", measured: String(missCount), met: missCount === 0 },
        {
          name: "over-approximation: sum predicted / sum actual (published tables)",
          target: "<= 1.5",
          measured: over === null ? "n/a" : String(over),
          met: over === null ? null : over <= 1.5,
        },
        {
          name: "1-file edit / full build (process wall, same commit)",
          target: "<= 5%",
          measured: oneFile.map((r) => `${r.step} ${pct(r.ratio)}`).join(", ") || "n/a",
          met: oneFile.length ? oneFile.every((r) => r.ratio <= 0.05) : null,
        },
        { name: "no-change run / full build (process wall, median)", target: "<= 2%", measured: pct(ncMedian), met: ncMedian <= 0.02 },
        {
          name: "(extra) incremental == full, internal derived datasets",
          target: "0 unequal",
          measured: `${unequalInternal} unequal`,
          met: unequalInternal === 0,
        },
        { name: "(extra) impact closure misses, internal derived datasets", target: "0", measured: String(missInternal), met: missInternal === 0 },
      ],
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Output

export function markdownTable(r: ReplayResult): string {
  const p = r.pycpg as Partial<PycpgSnapshot> & { bin: string };
  const lines = [
    `### Replay: ${r.corpus} (${r.commits.length} commits after the initial one)`,
    "",
    `pycpg: ${p.source ? `${p.source} bundle ${p.bundle_hash} (HEAD ${p.git_head?.slice(0, 10)}, ${p.dirty?.length ?? 0} dirty files in src/ and dist/)` : p.bin}. ` +
      `Initial full build ${r.initial.full_ms} ms; its no-change run ${r.initial.nochange_ms} ms (${r.initial.nochange_total_ms} ms in process). ` +
      `Median full build ${r.totals.full_ms_median} ms. Node startup (\`pycpg --help\`) ${r.machine.node_startup_ms} ms. ` +
      `Load average ${r.machine.load_start.join(" ")} at start, ${r.machine.load_end.join(" ")} at end, ${r.machine.cpus} CPUs.`,
    "",
    "| # | step | commit | changed | predicted | actual | actual (int.) | misses | incr. ms | full ms | ratio | no-change ms | equal |",
    "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const c of r.commits) {
    const msg = c.message.length > 80 ? `${c.message.slice(0, 77)}...` : c.message;
    const eq = c.equal && c.equal_internal ? "yes" : !c.equal ? "**NO**" : "published yes, internal **NO**";
    lines.push(
      `| ${c.index} | ${c.step} | ${msg.replace(/\|/g, "\\|")} | ${c.changed} | ${c.predicted} | ${c.actual}${c.global_changed ? "+g" : ""} | ${c.actual_internal} | ` +
        `${c.misses.length}${c.misses_internal.length ? ` (int. ${c.misses_internal.length})` : ""} | ${c.incremental_ms} | ${c.full_ms} | ${pct(c.ratio)} | ` +
        `${c.nochange_ms}${c.nochange_idempotent ? "" : " (rewrote!)"} | ${eq} |`,
    );
  }
  const t = r.totals;
  lines.push(
    `| | **total** | | | ${t.predicted} | ${t.actual} | ${t.actual_internal} | ${t.misses} (int. ${t.misses_internal}) | | | | | ` +
      `${t.unequal === 0 && t.unequal_internal === 0 ? "all" : `${t.unequal} / ${t.unequal_internal} unequal`} |`,
    "",
    "`actual` = files whose published rows differ between the full builds of the parent and of the commit (+g: the global partition too);",
    "`actual (int.)` = the same over the internal derived datasets as well (module index, resolution);",
    "`predicted` = files the incremental run recomputed (impacted, deleted, old side of renames); ratio = incremental / full wall time of the process.",
    "",
    "| target | wanted | measured | met |",
    "|---|---|---|---|",
    ...t.targets.map((x) => `| ${x.name} | ${x.target} | ${x.measured} | ${x.met === null ? "n/a" : x.met ? "yes" : "no"} |`),
  );
  for (const c of r.commits.filter((x) => x.misses_internal.length > 0 || !x.equal || !x.equal_internal)) {
    lines.push(
      "",
      `Commit ${c.index} (${c.step}): misses ${c.misses.join(", ") || "none"}; internal misses ${c.misses_internal.slice(0, 20).join(", ") || "none"}`,
    );
    for (const d of c.differences)
      lines.push(`  ${d.table}: ${d.extra} extra, ${d.missing} missing: ${d.files.map((f) => `${f.path} (+${f.extra}/-${f.missing})`).join(", ")}`);
    for (const d of c.differences_internal) lines.push(`  ${d.dataset}: ${d.extra} extra, ${d.missing} missing: ${d.files.join(", ")}`);
  }
  return lines.join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const corpus = (process.argv[2] ?? "django") as ReplayCorpusName;
  if (!["django", "sympy", "stdlib+django"].includes(corpus) && !/^dist:[A-Za-z0-9_]+(@src)?$/.test(corpus)) {
    console.error(
      "usage: npx tsx bench/replay/replay.ts django|sympy|stdlib+django|dist:<package>[@src] [--from-src | --bin path/to/pycpg.js] [--suffix NAME]",
    );
    process.exit(2);
  }
  const binAt = process.argv.indexOf("--bin");
  const fromSrc = process.argv.includes("--from-src");
  const result = await replaySuite({
    corpus,
    pycpgBin: binAt > 0 ? resolve(process.argv[binAt + 1] as string) : undefined,
    source: fromSrc ? "src" : "dist",
  });
  const suffixAt = process.argv.indexOf("--suffix");
  // ("-src" is the src-layout variant's, dist:<package>@src)
  const suffix = suffixAt > 0 ? `-${process.argv[suffixAt + 1]}` : fromSrc ? "-fromsrc" : "";
  const file = join(PYCPG_ROOT, "bench", "results", `replay-${corpus.replace(/^dist:/, "").replace("@", "-")}${suffix}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(result, null, 1)}\n`);
  console.log(markdownTable(result));
  if (corpus === "stdlib+django") {
    const django = join(PYCPG_ROOT, "bench", "results", `replay-django${suffix}.json`);
    if (existsSync(django)) {
      const d = JSON.parse(readFileSync(django, "utf8")) as ReplayResult;
      console.log("");
      for (const c of result.commits) {
        const same = d.commits.find((x) => x.step === c.step);
        if (same)
          console.log(
            `${c.step}: ${c.incremental_ms} ms in stdlib+django vs ${same.incremental_ms} ms in Django: ${(c.incremental_ms / same.incremental_ms).toFixed(2)}x ` +
              `(in process ${c.incremental_total_ms} vs ${same.incremental_total_ms} ms: ${(c.incremental_total_ms / same.incremental_total_ms).toFixed(2)}x; target <= 3x)`,
          );
      }
    }
  }
  console.error(`[replay] results in ${file}`);
}
