/**
 * The one-line edit of issue 10: a line added inside the first function of a module, then an
 * incremental run. Prints, per pycpg version given, the run's delta (rows added, removed, changed,
 * moved), the impacted files and the incremental run's wall time against the full build's, all
 * in one run so the ratios share the machine's load.
 *
 *   npx tsx bench/one-line-edit.ts [--corpus django] [--cli label=dist:/path/to/project | label=src:/path/to/project ...]
 *
 * Default: `v2=src:.` (this work tree's sources, bundled). `dist:` freezes a project's committed
 * bundle (e.g. `v1=dist:/some/checkout` of a schema v1 commit). Work files go to
 * $PYCPG_REPLAY_DIR (default /tmp/pycpg-replay)/one-line-edit; results to stdout as JSON and
 * Markdown.
 *
 * The edits (chosen with CPython's ast, deterministically):
 *   - "largest tail": the module with the most bytes after the end of its first function (a
 *     module-level function or a method), a line `pycpg_probe = 0` appended to that function's
 *     body: every row below it moves;
 *   - "utils/functional.py" (django only): the same in utils/functional.py, the module
 *     docs/benchmarks.md's earlier incremental measurements edited (93 importers).
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type CorpusName, cloneCorpus, prepareCorpus } from "./corpora.ts";
import { applyBodyEdit, pickBodyEdit } from "./lib/body-edit.ts";
import { replayRoot } from "./replay/corpus-history.ts";
import { snapshotPycpg } from "./replay/pycpg-snapshot.ts";

interface RunResult {
  wall_ms: number;
  report: Record<string, unknown>;
}

function build(bin: string, repo: string, state: string, out: string, full: boolean): RunResult {
  const args = [bin, "build", "--repo", repo, "--state", state, "--out", out, "--quiet", ...(full ? ["--full"] : [])];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`pycpg build failed (${r.status}): ${r.stderr}`);
  return { wall_ms: Math.round(wall), report: JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as Record<string, unknown> };
}

const { values } = parseArgs({
  options: { corpus: { type: "string", default: "django" }, cli: { type: "string", multiple: true } },
});
const corpusName = values.corpus as CorpusName;
const clis = (values.cli?.length ? values.cli : ["v2=src:."]).map((s) => {
  const m = /^([^=]+)=(dist|src):(.+)$/.exec(s);
  if (!m) throw new Error(`--cli wants label=dist:/path or label=src:/path, got ${s}`);
  return { label: m[1] as string, source: m[2] as "dist" | "src", root: resolve(m[3] as string) };
});

const corpus = prepareCorpus(corpusName, { log: (l) => process.stderr.write(`${l}\n`) });
const work = join(replayRoot(), "one-line-edit");
const results: Record<string, unknown>[] = [];
for (const cli of clis) {
  const snap = await snapshotPycpg(cli.root, cli.source);
  const dir = join(work, cli.label);
  rmSync(dir, { recursive: true, force: true });
  const repo = cloneCorpus(corpus, join(dir, "repo"));
  const state = join(dir, "state");
  const out = join(dir, "out");
  const edits = [pickBodyEdit(repo, "largest tail")];
  if (corpusName === "django") edits.push(pickBodyEdit(repo, "utils/functional.py", "utils/functional.py"));
  const load: number[] = [loadavg()[0] as number];
  const full = build(snap.bin, repo, state, out, true);
  for (const e of edits) {
    applyBodyEdit(repo, e);
    const inc = build(snap.bin, repo, state, out, false);
    load.push(loadavg()[0] as number);
    const d = (inc.report.delta ?? {}) as Record<string, unknown>;
    const { files, ...totals } = d;
    results.push({
      cli: cli.label,
      schema: inc.report.schema_version,
      bundle: snap.bundle_hash,
      edit: e.label,
      path: e.path,
      function: e.fn,
      mode: inc.report.mode,
      impacted: (inc.report.impacted as { path: string }[]).length,
      delta: totals,
      full_ms: full.wall_ms,
      incremental_ms: inc.wall_ms,
      ratio: Number((inc.wall_ms / full.wall_ms).toFixed(3)),
      timings: inc.report.timings,
      load_1min: load,
    });
    process.stderr.write(`${cli.label} ${e.label}: ${JSON.stringify(results[results.length - 1])}\n`);
  }
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
const cell = (d: Record<string, unknown>, k: string) => (k in d ? String(d[k]) : "-");
process.stdout.write(
  [
    "",
    "| pycpg | edit | impacted | nodes +/-/changed/moved | edges +/-/changed | props +/-/changed | incremental / full (wall) |",
    "|---|---|---:|---|---|---|---:|",
    ...results.map((r) => {
      const d = r.delta as Record<string, unknown>;
      return `| ${r.cli} (schema v${r.schema}) | ${r.edit}: \`${r.path}\` ${r.function}() | ${r.impacted} | ${cell(d, "nodes_added")} / ${cell(d, "nodes_removed")} / ${cell(d, "nodes_changed")} / ${cell(d, "nodes_moved")} | ${cell(d, "edges_added")} / ${cell(d, "edges_removed")} / ${cell(d, "edges_changed")} | ${cell(d, "props_added")} / ${cell(d, "props_removed")} / ${cell(d, "props_changed")} | ${r.incremental_ms} / ${r.full_ms} ms = ${((r.ratio as number) * 100).toFixed(1)}% |`;
    }),
    "",
  ].join("\n"),
);
