/**
 * Suite `query`: `SELECT kind, count(*) FROM cpg_nodes GROUP BY kind` in-process with
 * @duckdb/node-api (a) over the state store's cpg_nodes bucket files (as listed by
 * <state>/manifest.json) and (b) over the published table, median of 15 runs after 2 warm-ups.
 * Target (issue 2): (a) within 3x of the same query over the published single file.
 *
 * pycpg publishes `<out>/cpg_nodes/part-*.parquet` (hard links to the state's bucket files), not
 * a single `<out>/cpg_nodes.parquet`. When no single file is published, the suite measures the
 * published folder AND a single-file copy it writes itself (`COPY ... TO cpg_nodes.parquet`,
 * zstd), which is the reference the target names.
 *
 * Uses the builds the build and scale suites keep (<bench root>/builds/<corpus>/); runs a Django
 * build when there is none for the current dist/; measures stdlib+site only if the scale suite
 * left a build of it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { type DatasetEntry, relationOf } from "../../src/store/state-store.ts";
import type { CorpusName } from "../corpora.ts";
import { runFullBuild } from "../lib/pycpg.ts";
import { max as maxOf, median, min as minOf, round } from "../lib/stats.ts";
import { findKeptBuild, type KeptBuild, keptBuildDirs, markKeptBuild, type Suite, type SuiteContext, unmarkKeptBuild } from "../lib/suite.ts";
import { type Align, mb, mdTable, millis, ratio, textTable, yesNo } from "../lib/table.ts";

export const QUERY = "SELECT kind, count(*) AS n FROM cpg_nodes GROUP BY kind";
export const WARMUPS = 2;
export const RUNS = 15;
export const RATIO_TARGET = 3.0;

interface Source {
  /** state | published folder | published file | single file (bench copy) */
  label: string;
  relation: string;
  files: string[];
}

interface SourceResult {
  label: string;
  files: number;
  bytes: number;
  runs_ms: number[];
  median_ms: number;
  min_ms: number;
  max_ms: number;
}

interface CorpusQueryResult {
  corpus: CorpusName;
  rows: number;
  kinds: number;
  sources: SourceResult[];
  /** How the single-file reference was obtained. */
  single_file: "published" | "bench copy";
  /** COPY time of the bench's single-file copy (ms), null when pycpg published one. */
  single_file_copy_ms: number | null;
  /** state median / single-file median */
  ratio: number;
  ratio_target: number;
  meets_ratio_target: boolean;
}

const sqlStr = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The state's cpg_nodes: its files and the store reader's relation over them. */
function stateFiles(state: string): { files: string[]; relation: string } {
  const m = JSON.parse(readFileSync(join(state, "manifest.json"), "utf8")) as { datasets: Record<string, DatasetEntry> };
  const ds = m.datasets.cpg_nodes;
  if (!ds) throw new Error(`${state}/manifest.json has no cpg_nodes dataset`);
  const files = Object.keys(ds.buckets)
    .sort((a, b) => Number(a) - Number(b))
    .flatMap((k) => (ds.buckets[k]?.files ?? []).map((f) => join(state, f)));
  return { files, relation: relationOf(state, ds, { partitionColumn: "file_id" }) };
}

async function ensureDjangoBuild(ctx: SuiteContext): Promise<KeptBuild> {
  const corpus = ctx.corpus("django");
  const kept = findKeptBuild(ctx.root, "django", corpus.commit, ctx.machine.dist_sha256);
  if (kept) return kept;
  ctx.log("query: no django build by the current dist/ is kept; building it once...");
  unmarkKeptBuild(ctx.root, "django");
  const dirs = keptBuildDirs(ctx.root, "django");
  const run = await runFullBuild(ctx.repoRoot, corpus.dir, dirs);
  markKeptBuild(ctx.root, "django", corpus.commit, ctx.machine.dist_sha256);
  ctx.log(`query: django built in ${run.wall_s.toFixed(2)} s`);
  return dirs;
}

async function measureCorpus(ctx: SuiteContext, instance: DuckDBInstance, corpus: CorpusName, build: KeptBuild): Promise<CorpusQueryResult> {
  const con = await instance.connect();
  try {
    const sources: Source[] = [];
    const state = stateFiles(build.state);
    sources.push({ label: "state bucket files", relation: state.relation, files: state.files });
    let singleKind: CorpusQueryResult["single_file"] = "published";
    let copyMs: number | null = null;
    let single: string;
    const publishedFile = join(build.out, "cpg_nodes.parquet");
    const publishedDir = join(build.out, "cpg_nodes");
    if (existsSync(publishedFile) && statSync(publishedFile).isFile()) {
      single = publishedFile;
    } else {
      if (!existsSync(publishedDir)) throw new Error(`${build.out} has neither cpg_nodes.parquet nor cpg_nodes/`);
      const parts = readdirSync(publishedDir).filter((f) => f.endsWith(".parquet"));
      sources.push({
        label: "published folder (cpg_nodes/*.parquet)",
        relation: `read_parquet(${sqlStr(join(publishedDir, "*.parquet"))})`,
        files: parts.map((f) => join(publishedDir, f)),
      });
      const dir = join(build.out, "..", "single");
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      single = join(dir, "cpg_nodes.parquet");
      const t0 = performance.now();
      await con.run(`COPY (SELECT * FROM read_parquet(${sqlStr(join(publishedDir, "*.parquet"))})) TO ${sqlStr(single)} (FORMAT parquet, COMPRESSION zstd)`);
      copyMs = round(performance.now() - t0, 1);
      singleKind = "bench copy";
      ctx.log(`query: ${corpus}: wrote a single-file copy of the published cpg_nodes in ${millis(copyMs)} ms`);
    }
    sources.push({
      label: singleKind === "published" ? "published single file" : "single file (bench copy)",
      relation: `read_parquet(${sqlStr(single)})`,
      files: [single],
    });

    const run = async (s: Source) => {
      const t0 = performance.now();
      const reader = await con.runAndReadAll(QUERY.replace("cpg_nodes", s.relation));
      const rows = reader.getRows();
      return { ms: performance.now() - t0, rows };
    };
    const answers = new Map<string, string>();
    for (const s of sources) {
      for (let i = 0; i < WARMUPS; i++) {
        const { rows } = await run(s);
        answers.set(s.label, JSON.stringify(rows.map((r) => [String(r[0]), String(r[1])]).sort()));
      }
    }
    const distinct = new Set(answers.values());
    if (distinct.size !== 1)
      throw new Error(`query: ${corpus}: the sources answer differently: ${[...answers.entries()].map(([k, v]) => `${k}: ${v}`).join("; ")}`);
    const counts = JSON.parse([...distinct][0] as string) as [string, string][];
    ctx.log(`query: ${corpus}: ${RUNS} rounds over ${sources.length} sources...`);
    // Round-robin, so that load drifting during the suite hits every source alike.
    const times = new Map<string, number[]>(sources.map((s) => [s.label, []]));
    for (let i = 0; i < RUNS; i++) for (const s of sources) times.get(s.label)?.push((await run(s)).ms);
    const results: SourceResult[] = sources.map((s) => {
      const t = times.get(s.label) ?? [];
      return {
        label: s.label,
        files: s.files.length,
        bytes: s.files.reduce((a, f) => a + statSync(f).size, 0),
        runs_ms: t.map((x) => round(x, 2)),
        median_ms: round(median(t), 2),
        min_ms: round(minOf(t), 2),
        max_ms: round(maxOf(t), 2),
      };
    });
    const stateMedian = results[0]?.median_ms ?? Number.NaN;
    const singleMedian = results[results.length - 1]?.median_ms ?? Number.NaN;
    const r = stateMedian / singleMedian;
    return {
      corpus,
      rows: counts.reduce((a, [, n]) => a + Number(n), 0),
      kinds: counts.length,
      sources: results,
      single_file: singleKind,
      single_file_copy_ms: copyMs,
      ratio: round(r),
      ratio_target: RATIO_TARGET,
      meets_ratio_target: r <= RATIO_TARGET,
    };
  } finally {
    con.closeSync();
  }
}

export const querySuite: Suite = {
  name: "query",
  description: `GROUP BY kind over the state's bucket files vs the published table, median of ${RUNS} (target: <= ${RATIO_TARGET.toFixed(1)}x the single file)`,
  async run(ctx) {
    const builds: [CorpusName, KeptBuild][] = [["django", await ensureDjangoBuild(ctx)]];
    const big = findKeptBuild(ctx.root, "stdlib+site", null, ctx.machine.dist_sha256);
    if (big) builds.push(["stdlib+site", big]);
    else ctx.log("query: no stdlib+site build by the current dist/ is kept (run the scale suite first to include it)");

    const instance = await DuckDBInstance.create(":memory:");
    const results: CorpusQueryResult[] = [];
    try {
      for (const [name, b] of builds) results.push(await measureCorpus(ctx, instance, name, b));
    } finally {
      instance.closeSync();
    }

    const headers = ["corpus", "rows", "source", "files", "MB", "median (ms)", "min (ms)", "max (ms)", "vs single file", "target", "meets"];
    const align: Align[] = ["l", "r", "l", "r", "r", "r", "r", "r", "r", "r", "l"];
    const rows = results.flatMap((c) =>
      c.sources.map((s, i) => {
        const single = c.sources[c.sources.length - 1]?.median_ms ?? Number.NaN;
        const first = i === 0;
        return [
          first ? c.corpus : "",
          first ? String(c.rows) : "",
          s.label,
          String(s.files),
          mb(s.bytes),
          millis(s.median_ms),
          millis(s.min_ms),
          millis(s.max_ms),
          ratio(s.median_ms / single),
          first ? `<= ${RATIO_TARGET.toFixed(1)}x` : "",
          first ? yesNo(c.meets_ratio_target) : "",
        ];
      }),
    );
    const note =
      `\`${QUERY}\`, in-process with @duckdb/node-api (one in-memory instance, default threads), ${WARMUPS} warm-ups then ${RUNS} timed runs per source, round-robin; ` +
      "time includes reading the result rows. The state's files are those <state>/manifest.json lists for cpg_nodes. " +
      (results.some((c) => c.single_file === "bench copy")
        ? "pycpg publishes a folder of hard links to the state's bucket files (cpg_nodes/part-*.parquet), so the single file is a copy the bench writes with DuckDB's COPY (zstd)."
        : "");
    return {
      results: {
        query: QUERY,
        warmups: WARMUPS,
        runs: RUNS,
        targets: { state_over_single_file_max: RATIO_TARGET },
        corpora: Object.fromEntries(results.map((r) => [r.corpus, r])),
      },
      text: textTable(headers, rows, align),
      markdown: `${mdTable(headers, rows, align)}\n\n${note}`,
    };
  },
};
