/**
 * The measurement shared by the build and scale suites: for one corpus, CPython's ast.parse floor
 * over exactly the files pycpg discovers, then N full builds (fresh state each), wall time and
 * peak RSS, the per-stage timings of the fastest run's report.json, and the ratio build / floor.
 */
import type { CorpusName } from "../corpora.ts";
import { astFloor } from "./ast-floor.ts";
import { type BuildRun, runFullBuild, stageTimings, totalMs } from "./pycpg.ts";
import { max, round } from "./stats.ts";
import type { SuiteContext } from "./suite.ts";
import { keptBuildDirs, markKeptBuild, unmarkKeptBuild } from "./suite.ts";
import { type Align, mb, mdTable, millis, ratio, rssMb, secs, textTable, yesNo } from "./table.ts";

export interface CorpusBuildResult {
  corpus: CorpusName;
  corpus_commit: string;
  files: number;
  bytes: number;
  ast_parse: { repeats: number; runs_s: number[]; best_s: number; failed: number; python: string };
  build: {
    repeats: number;
    /** Process wall time of each run (node start to exit), seconds. */
    runs_s: number[];
    best_s: number;
    /** GNU time's peak RSS of each run, KB (null without /usr/bin/time). */
    peak_rss_kb_runs: (number | null)[];
    /** The largest of them. */
    peak_rss_kb: number | null;
    /** report.json timings.total_ms of the fastest run (runBuild, in-process). */
    report_total_ms: number;
    /** Fastest run's wall minus its total_ms: node start-up, module loading, exit. */
    outside_run_build_ms: number;
    /** report.json's per-stage timings of the fastest run. */
    stages_ms: Record<string, number>;
    rules_by_output_ms: Record<string, number>;
    /**
     * Peak RSS (KB) of the fastest run per stage, from /proc samples every ~200 ms placed on the
     * report's stage timings (approximate: start-up is taken as wall - total_ms).
     */
    peak_rss_kb_by_stage: Record<string, number>;
    workers: number | null;
    discovered: number;
    by_status: Record<string, number>;
    graph: { nodes: number; edges: number; props: number };
  };
  /** build.best_s / ast_parse.best_s */
  ratio: number;
  /** A target on the ratio (null: none for this corpus). */
  ratio_target: number | null;
  meets_ratio_target: boolean | null;
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** Peak sampled RSS per stage window: startup, then report.json's stages in order, then exit. */
export function rssByStage(run: BuildRun): Record<string, number> {
  const total = totalMs(run.report);
  let at = Math.max(0, run.wall_s * 1000 - total);
  const windows: [string, number, number][] = [["startup", 0, at]];
  for (const [k, ms] of Object.entries(stageTimings(run.report))) {
    windows.push([k.replace(/_ms$/, ""), at, at + ms]);
    at += ms;
  }
  windows.push(["exit", at, Number.POSITIVE_INFINITY]);
  const out: Record<string, number> = {};
  for (const { t_ms, kb } of run.rss_samples) {
    const w = windows.find(([, a, b]) => t_ms >= a && t_ms < b) ?? windows[windows.length - 1];
    if (w) out[w[0]] = Math.max(out[w[0]] ?? 0, kb);
  }
  return out;
}

export async function measureCorpusBuild(
  ctx: SuiteContext,
  suite: string,
  name: CorpusName,
  opts: { astRepeats: number; buildRepeats: number; ratioTarget: number | null },
): Promise<CorpusBuildResult> {
  const corpus = ctx.corpus(name);
  const tag = `${suite}: ${name}`;
  ctx.log(`${tag}: ${corpus.files.length} files, ${mb(corpus.bytes)} MB; ast.parse floor, best of ${opts.astRepeats}...`);
  const floor = astFloor(corpus.dir, corpus.files, opts.astRepeats);
  ctx.log(`${tag}: ast.parse best ${secs(floor.best_s)} s (runs ${floor.runs_s.map(secs).join(", ")}; ${floor.failed} files fail to parse)`);

  const dirs = keptBuildDirs(ctx.root, name);
  unmarkKeptBuild(ctx.root, name);
  const runs: BuildRun[] = [];
  for (let i = 1; i <= opts.buildRepeats; i++) {
    ctx.log(`${tag}: pycpg build --full ${i}/${opts.buildRepeats}...`);
    const run = await runFullBuild(ctx.repoRoot, corpus.dir, dirs, {
      heartbeat: (s) => ctx.log(`${tag}: build ${i}/${opts.buildRepeats} still running (${s.toFixed(0)} s)`),
    });
    runs.push(run);
    ctx.log(`${tag}: build ${i}: ${secs(run.wall_s)} s wall, peak RSS ${rssMb(run.peak_rss_kb)} MiB (report total ${millis(totalMs(run.report))} ms)`);
  }
  markKeptBuild(ctx.root, name, corpus.commit, ctx.machine.dist_sha256);

  const best = runs.reduce((a, b) => (b.wall_s < a.wall_s ? b : a));
  const r = best.report;
  if (r.files.discovered !== corpus.files.length)
    ctx.log(`${tag}: NOTE pycpg discovered ${r.files.discovered} files, git ls-files lists ${corpus.files.length}: the floor parses a different set`);
  const rbo = r.timings.rules_by_output_ms;
  const rssRuns = runs.map((x) => x.peak_rss_kb);
  const rssKnown = rssRuns.filter((x): x is number => x !== null);
  const ratioValue = best.wall_s / floor.best_s;
  return {
    corpus: name,
    corpus_commit: corpus.commit,
    files: corpus.files.length,
    bytes: corpus.bytes,
    ast_parse: { repeats: opts.astRepeats, runs_s: floor.runs_s, best_s: floor.best_s, failed: floor.failed, python: floor.python },
    build: {
      repeats: opts.buildRepeats,
      runs_s: runs.map((x) => round(x.wall_s)),
      best_s: round(best.wall_s),
      peak_rss_kb_runs: rssRuns,
      peak_rss_kb: rssKnown.length ? max(rssKnown) : null,
      report_total_ms: totalMs(r),
      outside_run_build_ms: Math.round(best.wall_s * 1000 - totalMs(r)),
      stages_ms: stageTimings(r),
      rules_by_output_ms: rbo && typeof rbo === "object" ? (rbo as Record<string, number>) : {},
      peak_rss_kb_by_stage: rssByStage(best),
      workers: typeof r.timings.workers === "number" ? r.timings.workers : null,
      discovered: r.files.discovered,
      by_status: r.files.by_status,
      graph: { nodes: sum(r.graph.nodes), edges: sum(r.graph.edges), props: r.graph.props },
    },
    ratio: round(ratioValue),
    ratio_target: opts.ratioTarget,
    meets_ratio_target: opts.ratioTarget === null ? null : ratioValue <= opts.ratioTarget,
  };
}

/** The headline table: floor, build, ratio, RSS (optionally against an RSS limit). */
export function headlineTables(results: readonly CorpusBuildResult[], rssLimitKb: number | null = null): { text: string; md: string } {
  const reps = (n: number) => (n > 1 ? `best of ${n}` : "1 run");
  const headers = [
    "corpus",
    "files",
    "MB",
    "ast.parse (s)",
    "pycpg build (s)",
    "build / ast",
    "target",
    "meets",
    "peak RSS (MiB)",
    ...(rssLimitKb ? ["RSS limit (MiB)", "meets"] : []),
  ];
  const align: Align[] = ["l", "r", "r", "r", "r", "r", "r", "l", "r", "r", "l"];
  const rows = results.map((x) => [
    x.corpus,
    String(x.files),
    mb(x.bytes),
    `${secs(x.ast_parse.best_s)} (${reps(x.ast_parse.repeats)})`,
    `${secs(x.build.best_s)} (${reps(x.build.repeats)})`,
    ratio(x.ratio),
    x.ratio_target === null ? "-" : `<= ${x.ratio_target.toFixed(1)}x`,
    yesNo(x.meets_ratio_target),
    rssMb(x.build.peak_rss_kb),
    ...(rssLimitKb ? [rssMb(rssLimitKb), yesNo(x.build.peak_rss_kb === null ? null : x.build.peak_rss_kb <= rssLimitKb)] : []),
  ]);
  return { text: textTable(headers, rows, align), md: mdTable(headers, rows, align) };
}

/** Peak RSS per stage (approximate) of the fastest run. */
export function rssStageTables(results: readonly CorpusBuildResult[]): { text: string; md: string } {
  const keys: string[] = [];
  for (const x of results) for (const k of Object.keys(x.build.peak_rss_kb_by_stage)) if (!keys.includes(k)) keys.push(k);
  const headers = ["corpus", ...keys, "peak (GNU time)"];
  const align: Align[] = ["l", ...keys.map(() => "r" as const), "r"];
  const rows = results.map((x) => [x.corpus, ...keys.map((k) => rssMb(x.build.peak_rss_kb_by_stage[k])), rssMb(x.build.peak_rss_kb)]);
  return { text: textTable(headers, rows, align), md: mdTable(headers, rows, align) };
}

/** Where the time goes: report.json's stages of the fastest run, and the rules' outputs. */
export function stageTables(results: readonly CorpusBuildResult[]): { text: string; md: string } {
  const keys: string[] = [];
  for (const x of results) for (const k of Object.keys(x.build.stages_ms)) if (!keys.includes(k)) keys.push(k);
  const headers = ["corpus", "wall (ms)", "outside runBuild", ...keys.map((k) => k.replace(/_ms$/, "")), "stages sum", "total_ms", "rules by output (ms)"];
  const align: Align[] = ["l", ...headers.slice(1, -1).map(() => "r" as const), "l"];
  const rows = results.map((x) => {
    const total = x.build.report_total_ms;
    const pct = (ms: number) => (total > 0 ? ` (${Math.round((100 * ms) / (x.build.best_s * 1000))}%)` : "");
    return [
      x.corpus,
      millis(x.build.best_s * 1000),
      `${millis(x.build.outside_run_build_ms)}${pct(x.build.outside_run_build_ms)}`,
      ...keys.map((k) => {
        const v = x.build.stages_ms[k];
        return v === undefined ? "-" : `${millis(v)}${pct(v)}`;
      }),
      millis(sum(x.build.stages_ms)),
      millis(total),
      Object.entries(x.build.rules_by_output_ms)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${millis(v)}`)
        .join(", "),
    ];
  });
  return { text: textTable(headers, rows, align), md: mdTable(headers, rows, align) };
}
