/**
 * Suite `action`: the whole action, as a runner runs it — the committed dist/index.js under
 * Node 24 from a copy without node_modules, against the loopback services of the end-to-end test
 * (test/support/action-runner.ts: results service over Azurite, GitHub REST, npm registry) — on
 * Django (859 files):
 *   1. cold: a workflow_dispatch on main with an empty tool cache and no cache entry: the native library is
 *      fetched, the build is full, the state is saved and the CPG uploaded;
 *   2. a pull request changing one module's public function: the state is restored (restore-key
 *      hit), the build is incremental, the comment is created;
 * Each run's job summary says how long the engine took; the rest (process start, native library,
 * git, cache, artifact, comment, summary) is the action's own overhead over the engine.
 */
import { appendFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type ActionResult, runAction, shallowCheckout, startActionHarness } from "../../test/support/action-runner.ts";
import { cloneCorpus, commitAll, git } from "../corpora.ts";
import { round } from "../lib/stats.ts";
import type { Suite } from "../lib/suite.ts";
import { mdTable, textTable } from "../lib/table.ts";

interface Row {
  run: string;
  code: number;
  mode: string;
  cache: string;
  changed: number;
  impacted: number;
  wall_s: number;
  engine_s: number | null;
  overhead_s: number | null;
  stages: string;
}

function row(run: string, r: ActionResult): Row {
  const line = /action stages: (.*?); engine ([\d.]+) s.*?; action overhead over the engine: ([\d.]+) s/.exec(r.summary);
  const list = (name: string) => (JSON.parse(r.outputs[name] || "[]") as string[]).length;
  return {
    run,
    code: r.code,
    mode: r.outputs.mode ?? "",
    cache: /cache: (\S+)/.exec(r.log)?.[1] ?? "",
    changed: list("changed-files"),
    impacted: list("impacted-files"),
    wall_s: round(r.wallMs / 1000, 2),
    engine_s: line ? Number(line[2]) : null,
    overhead_s: line ? Number(line[3]) : null,
    stages: line?.[1] ?? "",
  };
}

export const actionSuite: Suite = {
  name: "action",
  description:
    "dist/index.js under Node 24 on django: a cold push (native fetch, full build, cache save) and a one-file pull request (restore, incremental, comment)",
  async run(ctx) {
    const django = ctx.corpus("django");
    const work = join(ctx.root, "action");
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const remote = cloneCorpus(django, join(work, "remote"));
    const base = git(remote, ["rev-parse", "HEAD"]).trim();
    const target = django.files.find((f) => f.endsWith("utils/text.py")) ?? (django.files[0] as string);
    appendFileSync(join(remote, target), "\n\ndef pycpg_bench_added(value, *, width=10):\n    return str(value)[:width]\n");
    const head = commitAll(remote, "bench: a new public function", 1);

    const h = await startActionHarness(work);
    const repository = { name: "django", full_name: "bench/django", default_branch: "main" };
    try {
      ctx.log("action: cold run on main (native fetch, full build, cache save)...");
      const cold = await runAction(h, {
        dir: join(work, "run-cold"),
        workspace: shallowCheckout(remote, join(work, "ws-cold"), base),
        event: "workflow_dispatch",
        payload: { ref: "refs/heads/main", repository },
        ref: "refs/heads/main",
        sha: base,
        runId: "1",
        repository: "bench/django",
      });
      ctx.log("action: pull request with one changed file...");
      const pr = await runAction(h, {
        dir: join(work, "run-pr"),
        workspace: shallowCheckout(remote, join(work, "ws-pr"), head),
        event: "pull_request",
        payload: { number: 1, pull_request: { number: 1, base: { sha: base }, head: { sha: head } }, repository },
        ref: "refs/pull/1/merge",
        sha: head,
        runId: "2",
        repository: "bench/django",
      });
      const rows = [row("cold, main (full)", cold), row(`pull request (${target})`, pr)];
      for (const [r, res] of [
        [rows[0], cold],
        [rows[1], pr],
      ] as const)
        if (r?.code !== 0) throw new Error(`action run ${r?.run} failed:\n${res.log.slice(-3000)}`);
      const headRow = ["run", "mode", "changed", "impacted", "wall s", "engine s", "action overhead s", "stages"];
      const table = rows.map((r) => [
        r.run,
        r.mode,
        String(r.changed),
        String(r.impacted),
        String(r.wall_s),
        String(r.engine_s ?? "?"),
        String(r.overhead_s ?? "?"),
        r.stages,
      ]);
      const align = ["l", "l", "r", "r", "r", "r", "r", "l"] as const;
      return {
        results: { corpus: { name: "django", files: django.files.length, commit: django.commit }, runs: rows },
        text: textTable(headRow, table, [...align]),
        markdown: `${mdTable(headRow, table, [...align])}\n\nOne run each. \`wall\` is the process, start to exit; \`engine\` is runBuild's own total (report.json \`timings.total_ms\`); the overhead is the rest: Node start, the native library (fetched from the loopback registry in the cold run), git, cache restore/save, artifact upload, the comment and the summary. Loopback services: GitHub's network is not in these numbers.`,
      };
    } finally {
      await h.close();
    }
  },
};
