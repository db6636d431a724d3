/**
 * Two or more pycpg versions side by side on the same edits, alternating which runs first at every
 * step so they share the machine's load: a full build, then `rounds` times a one-line body edit
 * (the line added, then removed again: two incremental runs per round) followed by a run with no
 * change. Prints medians and each run's report timings.
 *
 *   npx tsx bench/incremental-ab.ts [--corpus django] [--rounds 3] --cli label=dist:/path [--cli ...]
 *
 * The edit is one-line-edit.ts's "utils/functional.py" on Django (a line appended to the body of
 * the module's first function), else its "largest tail" pick. Work files: $PYCPG_REPLAY_DIR (default
 * /tmp/pycpg-replay)/incremental-ab.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { type CorpusName, cloneCorpus, prepareCorpus } from "./corpora.ts";
import { applyBodyEdit, pickBodyEdit } from "./lib/body-edit.ts";
import { replayRoot } from "./replay/corpus-history.ts";
import { snapshotPycpg } from "./replay/pycpg-snapshot.ts";

const { values } = parseArgs({
  options: { corpus: { type: "string", default: "django" }, rounds: { type: "string", default: "3" }, cli: { type: "string", multiple: true } },
});
const corpusName = values.corpus as CorpusName;
const rounds = Number(values.rounds);
const clis = (values.cli ?? []).map((s) => {
  const m = /^([^=]+)=(dist|src):(.+)$/.exec(s);
  if (!m) throw new Error(`--cli wants label=dist:/path or label=src:/path, got ${s}`);
  return { label: m[1] as string, source: m[2] as "dist" | "src", root: resolve(m[3] as string) };
});
if (clis.length === 0) throw new Error("give at least one --cli label=dist:/path");

interface Side {
  label: string;
  bin: string;
  repo: string;
  state: string;
  out: string;
  runs: { kind: "full" | "edit" | "nochange"; wall_ms: number; mode: string; timings: Record<string, unknown>; load: number }[];
}

function run(s: Side, kind: Side["runs"][number]["kind"]): void {
  const args = [s.bin, "build", "--repo", s.repo, "--state", s.state, "--out", s.out, "--quiet", ...(kind === "full" ? ["--full"] : [])];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${s.label}: pycpg build failed (${r.status}): ${r.stderr}`);
  const report = JSON.parse(readFileSync(join(s.out, "report.json"), "utf8")) as { mode: string; timings: Record<string, unknown> };
  s.runs.push({ kind, wall_ms: Math.round(wall), mode: report.mode, timings: report.timings, load: loadavg()[0] as number });
  process.stderr.write(`${s.label} ${kind}: ${Math.round(wall)} ms (${report.mode}), load ${loadavg()[0]?.toFixed(1)}\n`);
}

const corpus = prepareCorpus(corpusName, { log: (l) => process.stderr.write(`${l}\n`) });
const work = join(replayRoot(), "incremental-ab");
const sides: Side[] = [];
for (const cli of clis) {
  const snap = await snapshotPycpg(cli.root, cli.source);
  const dir = join(work, cli.label);
  rmSync(dir, { recursive: true, force: true });
  const repo = cloneCorpus(corpus, join(dir, "repo"));
  sides.push({ label: cli.label, bin: snap.bin, repo, state: join(dir, "state"), out: join(dir, "out"), runs: [] });
}
const edit =
  corpusName === "django"
    ? pickBodyEdit(sides[0]?.repo as string, "utils/functional.py", "utils/functional.py")
    : pickBodyEdit(sides[0]?.repo as string, "largest tail");
const original = new Map(sides.map((s) => [s.label, readFileSync(join(s.repo, edit.path), "utf8")]));
const order = (i: number) => (i % 2 === 0 ? sides : [...sides].reverse());

let step = 0;
for (const s of order(step++)) run(s, "full");
for (let r = 0; r < rounds; r++) {
  for (const s of order(step++)) {
    applyBodyEdit(s.repo, edit);
    run(s, "edit");
  }
  for (const s of order(step++)) {
    writeFileSync(join(s.repo, edit.path), original.get(s.label) as string);
    run(s, "edit");
  }
  for (const s of order(step++)) run(s, "nochange");
}
for (const s of order(step++)) run(s, "full");

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length === 0 ? Number.NaN : v.length % 2 ? (v[(v.length - 1) / 2] as number) : ((v[v.length / 2 - 1] as number) + (v[v.length / 2] as number)) / 2;
};
const summary = sides.map((s) => {
  const of = (k: string) => s.runs.filter((r) => r.kind === k);
  const full = median(of("full").map((r) => r.wall_ms));
  const inc = median(of("edit").map((r) => r.wall_ms));
  const none = median(of("nochange").map((r) => r.wall_ms));
  const modes = [...new Set(s.runs.filter((r) => r.kind !== "full").map((r) => r.mode))];
  return {
    cli: s.label,
    full_ms: full,
    edit_ms: inc,
    nochange_ms: none,
    edit_ratio: +(inc / full).toFixed(3),
    nochange_ratio: +(none / full).toFixed(3),
    incremental_modes: modes,
  };
});
process.stdout.write(`${JSON.stringify({ corpus: corpusName, edit, rounds, summary, runs: sides.map((s) => ({ cli: s.label, runs: s.runs })) }, null, 2)}\n`);
process.stdout.write(
  [
    "",
    "| pycpg | full build (median wall) | one-line edit (median of incremental runs) | no-change run (median) |",
    "|---|---:|---:|---:|",
    ...summary.map(
      (r) =>
        `| ${r.cli} | ${r.full_ms} ms | ${r.edit_ms} ms = ${(r.edit_ratio * 100).toFixed(1)}% | ${r.nochange_ms} ms = ${(r.nochange_ratio * 100).toFixed(1)}% |`,
    ),
    "",
  ].join("\n"),
);
