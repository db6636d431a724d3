/**
 * Suite `scale-curve` (issue 10, item 5): how a full build and a one-file incremental run grow
 * with the repository, from 1k files to the 13k-file `stdlib+site` corpus and past it, on one
 * 2-core runner.
 *
 * The trees are cut from `stdlib+site` by whole projects (a top-level entry of the stdlib, or a
 * project under site-packages), in name order, until a size is reached; so each smaller tree is a
 * prefix of the next and every tree has real packages with their own imports. Past 13k files the
 * tree is the whole corpus plus copies of it whose projects are renamed (`json` -> `json_c2`,
 * `site-packages/numpy` -> `site-packages/numpy_c2`): distinct package names, whose absolute
 * imports still reach the original projects, as in a monorepo of many packages on a shared core.
 *
 * Per size: CPython's ast.parse floor (one pass), one full build (wall, peak RSS, stages), then
 * the same one-line body edit in every tree (chosen once, in the smallest tree, with
 * bench/lib/body-edit.ts), committed, and one incremental run (wall, peak RSS, stages).
 *
 * Sizes: $PYCPG_SCALE_SIZES (comma-separated file counts, default 1000,2000,4000,8000; the whole
 * corpus is added unless $PYCPG_SCALE_ALL=0, a quick trial), copies: $PYCPG_SCALE_COPIES (total
 * trees' worth past the corpus, default 2 = one renamed copy beside the original, ~26.7k files).
 */
import { copyFileSync, mkdirSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { commitAll, git, type PreparedCorpus } from "../corpora.ts";
import { astFloor } from "../lib/ast-floor.ts";
import { applyBodyEdit, type BodyEdit, pickBodyEdit } from "../lib/body-edit.ts";
import { type BuildRun, runFullBuild, runIncrementalBuild, stageTimings, totalMs } from "../lib/pycpg.ts";
import { round } from "../lib/stats.ts";
import type { Suite, SuiteContext } from "../lib/suite.ts";
import { mdTable, millis, ratio, rssMb, secs, textTable } from "../lib/table.ts";
import { snapshotPycpg } from "../replay/pycpg-snapshot.ts";

/** A project of the corpus: `json`, `json.py`, `site-packages/numpy`, `site-packages/six.py`. */
export function projectOf(path: string): string {
  const parts = path.split("/");
  if (parts[0] === "site-packages" && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts.length > 1 ? (parts[0] as string) : path;
}

/** The files of whole projects, in project-name order, until at least `size` files are taken. */
export function takeProjects(files: readonly string[], size: number): string[] {
  const byProject = new Map<string, string[]>();
  for (const f of files) {
    const p = projectOf(f);
    const list = byProject.get(p);
    if (list) list.push(f);
    else byProject.set(p, [f]);
  }
  const out: string[] = [];
  for (const p of [...byProject.keys()].sort()) {
    if (out.length >= size) break;
    out.push(...(byProject.get(p) as string[]));
  }
  return out;
}

/** `path` with its project renamed for copy `k` (k >= 2): `json/x.py` -> `json_c2/x.py`, `six.py` -> `six_c2.py`. */
export function renamedPath(path: string, k: number): string {
  const project = projectOf(path);
  const rest = path.slice(project.length);
  const renamed = project.endsWith(".py") ? `${project.slice(0, -3)}_c${k}.py` : `${project}_c${k}`;
  return renamed + rest;
}

interface Tree {
  label: string;
  dir: string;
  files: string[];
  bytes: number;
}

function makeTree(ctx: SuiteContext, corpus: PreparedCorpus, label: string, files: readonly string[], copies: number): Tree {
  const dir = join(ctx.root, "scale-curve", label, "repo");
  rmSync(dirname(dir), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const all: string[] = [];
  let bytes = 0;
  for (let k = 1; k <= copies; k++) {
    for (const f of files) {
      const to = k === 1 ? f : renamedPath(f, k);
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      copyFileSync(join(corpus.dir, f), join(dir, to));
      bytes += statSync(join(dir, to)).size;
      all.push(to);
    }
  }
  git(dir, ["init", "-q"]);
  commitAll(dir, `scale-curve ${label}`, 0);
  return { label, dir, files: all, bytes };
}

interface Point {
  tree: string;
  files: number;
  mb: number;
  ast_parse_s: number;
  full: { wall_s: number; peak_rss_kb: number | null; stages_ms: Record<string, number> };
  incremental: { wall_s: number; peak_rss_kb: number | null; stages_ms: Record<string, number>; impacted: number };
  full_over_ast: number;
  incremental_over_full: number;
}

/** A size whose full build failed (where one runner stops): what pycpg said, after how long. */
interface Failure {
  tree: string;
  files: number;
  mb: number;
  ast_parse_s: number;
  failed_after_s: number;
  error: string;
}

function summary(run: BuildRun): { wall_s: number; peak_rss_kb: number | null; stages_ms: Record<string, number> } {
  return { wall_s: round(run.wall_s), peak_rss_kb: run.peak_rss_kb, stages_ms: { ...stageTimings(run.report), total_ms: totalMs(run.report) } };
}

function sizesFromEnv(total: number): number[] {
  const raw = process.env.PYCPG_SCALE_SIZES ?? "1000,2000,4000,8000";
  const sizes = raw
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isFinite(n) && n > 0 && n < total);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export const scaleCurveSuite: Suite = {
  name: "scale-curve",
  description: "full build and one-file incremental run from 1k to 13k files and a 2x renamed copy: wall, peak RSS, where one runner stops",
  async run(ctx) {
    const corpus = ctx.corpus("stdlib+site");
    // A frozen copy of the CLI: the suite runs for many minutes, and a rebuilt dist/ in between
    // would change the pipeline fingerprint and turn the incremental runs into full builds.
    const cli = dirname(dirname((await snapshotPycpg(ctx.repoRoot, "dist")).bin));
    const copies = Math.max(1, Number(process.env.PYCPG_SCALE_COPIES ?? "2") || 1);
    const plan: { label: string; files: string[]; copies: number }[] = sizesFromEnv(corpus.files.length).map((n) => ({
      label: `${n}`,
      files: takeProjects(corpus.files, n),
      copies: 1,
    }));
    const whole = process.env.PYCPG_SCALE_ALL !== "0";
    if (whole) plan.push({ label: "all", files: [...corpus.files], copies: 1 });
    if (whole && copies > 1) plan.push({ label: `all-x${copies}`, files: [...corpus.files], copies });

    let edit: BodyEdit | null = null;
    const points: Point[] = [];
    let failure: Failure | null = null;
    for (const step of plan) {
      const tree = makeTree(ctx, corpus, step.label, step.files, step.copies);
      const tag = `scale-curve: ${tree.label} (${tree.files.length} files)`;
      if (!edit) {
        edit = pickBodyEdit(tree.dir, "body edit");
        ctx.log(`scale-curve: the edit: a line in ${edit.fn}() of ${edit.path}`);
      }
      ctx.log(`${tag}: ast.parse floor...`);
      const floor = astFloor(tree.dir, tree.files, 1);
      const dirs = { state: join(dirname(tree.dir), "state"), out: join(dirname(tree.dir), "out") };
      ctx.log(`${tag}: full build...`);
      const heartbeat = (s: number) => ctx.log(`${tag}: still running (${s.toFixed(0)} s)`);
      const t0 = performance.now();
      let full: BuildRun;
      try {
        full = await runFullBuild(cli, tree.dir, dirs, { heartbeat });
      } catch (err) {
        // Past what one runner holds the build stops with pycpg's message: that is a result here
        // (the larger sizes are not tried).
        const message = (err instanceof Error ? err.message : String(err)).split("\n").find((l) => l.startsWith("pycpg:")) ?? String(err);
        failure = {
          tree: tree.label,
          files: tree.files.length,
          mb: round(tree.bytes / 1e6),
          ast_parse_s: round(floor.best_s),
          failed_after_s: round((performance.now() - t0) / 1000),
          error: message,
        };
        ctx.log(`${tag}: full build FAILED after ${secs(failure.failed_after_s)} s: ${message}`);
        rmSync(dirname(tree.dir), { recursive: true, force: true });
        break;
      }
      ctx.log(`${tag}: full ${secs(full.wall_s)} s, peak RSS ${rssMb(full.peak_rss_kb)} MiB (ast.parse ${secs(floor.best_s)} s)`);
      applyBodyEdit(tree.dir, edit);
      commitAll(tree.dir, "one-line body edit", 1);
      const inc = await runIncrementalBuild(cli, tree.dir, dirs, { heartbeat });
      const impacted = (inc.report as unknown as { impacted?: unknown[] }).impacted?.length ?? 0;
      ctx.log(`${tag}: incremental ${secs(inc.wall_s)} s (${impacted} impacted), peak RSS ${rssMb(inc.peak_rss_kb)} MiB`);
      if (inc.report.mode === "full") throw new Error(`${tag}: the run after the edit was a full build, not incremental`);
      points.push({
        tree: tree.label,
        files: tree.files.length,
        mb: round(tree.bytes / 1e6),
        ast_parse_s: round(floor.best_s),
        full: summary(full),
        incremental: { ...summary(inc), impacted },
        full_over_ast: round(full.wall_s / floor.best_s),
        incremental_over_full: round(inc.wall_s / full.wall_s),
      });
      rmSync(dirname(tree.dir), { recursive: true, force: true });
    }

    const headers = [
      "tree",
      "files",
      "MB",
      "ast.parse s",
      "full s",
      "full / ast",
      "full peak RSS MiB",
      "1-file incr. s",
      "incr. / full",
      "incr. peak RSS MiB",
      "impacted",
    ];
    const rows = points.map((p) => [
      p.tree,
      String(p.files),
      p.mb.toFixed(1),
      secs(p.ast_parse_s),
      secs(p.full.wall_s),
      ratio(p.full_over_ast),
      rssMb(p.full.peak_rss_kb),
      secs(p.incremental.wall_s),
      `${(p.incremental_over_full * 100).toFixed(1)}%`,
      rssMb(p.incremental.peak_rss_kb),
      String(p.incremental.impacted),
    ]);
    if (failure) {
      const f = failure;
      rows.push([f.tree, String(f.files), f.mb.toFixed(1), secs(f.ast_parse_s), `failed after ${secs(f.failed_after_s)}`, "-", "-", "-", "-", "-", "-"]);
    }
    const align = headers.map((_, i) => (i === 0 ? "l" : "r") as "l" | "r");
    const stageKeys = [...new Set(points.flatMap((p) => Object.keys(p.full.stages_ms)))];
    const stageRows = stageKeys.map((k) => [k, ...points.map((p) => millis(p.full.stages_ms[k] ?? null))]);
    const stageHeaders = ["full build stage (ms)", ...points.map((p) => p.tree)];
    const stageAlign = stageHeaders.map((_, i) => (i === 0 ? "l" : "r") as "l" | "r");
    return {
      results: { edit, points, failure },
      text: `${textTable(headers, rows, align)}\n\n${textTable(stageHeaders, stageRows, stageAlign)}`,
      markdown: `${mdTable(headers, rows, align)}\n\n${mdTable(stageHeaders, stageRows, stageAlign)}\n\nOne run per size (each tree built fresh, then the same one-line body edit in \`${edit?.path}\` committed and built incrementally).${failure ? ` The ${failure.tree} tree's full build failed: ${failure.error.replace(/^pycpg: /, "")}` : ""}`,
    };
  },
};
