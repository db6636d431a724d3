/**
 * Suite `action-git`: what the action's git work costs on a real-sized repository (Django, 859
 * files), against a local "remote" (file://, so no network latency: GitHub adds a round trip or
 * two per fetch):
 * - an actions/checkout-style depth-1 checkout of the PR's merge ref;
 * - ensureCommits for the pull request (fetch the base at depth 1);
 * - ensureCommits for a new branch 200 commits ahead of its fork point (deepening to the merge base);
 * - withCommitCheckout of the base (temporary worktree added and removed);
 * - the cold flow the lead plans for a PR with no usable state: a full build of the base in the
 *   temporary worktree, then the work tree incrementally, beside one full build of the work tree
 *   (in-process runBuild, as the action runs it).
 */
import { appendFileSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { type EventPlan, ensureCommits, planFromEvent, withCommitCheckout } from "../../src/action/event.ts";
import { makeBuildOptions } from "../../src/config/build-options.ts";
import { runBuild } from "../../src/pipeline/run-build.ts";
import { cloneCorpus, commitAll, git } from "../corpora.ts";
import { median, round } from "../lib/stats.ts";
import type { Suite } from "../lib/suite.ts";
import { mdTable, textTable } from "../lib/table.ts";

const FEATURE_COMMITS = 200;
const MAIN_AFTER_FORK = 300;
const TOUCHED = 10;
const REPEATS = 3;

export const actionGitSuite: Suite = {
  name: "action-git",
  description: "the action's git work on django: shallow fetch of a PR base, new-branch merge base by deepening, temporary base worktree, cold PR flow",
  async run(ctx) {
    const django = ctx.corpus("django");
    const work = join(ctx.root, "action-git");
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const remote = cloneCorpus(django, join(work, "remote"));
    const url = `file://${remote}`;
    const files = django.files.filter((f) => f.endsWith(".py")).sort();
    const featureFiles = files.slice(0, TOUCHED);
    const mainFiles = files.slice(TOUCHED, 2 * TOUCHED);

    ctx.log(`action-git: ${FEATURE_COMMITS} feature and ${MAIN_AFTER_FORK} main commits on django`);
    const forkPoint = git(remote, ["rev-parse", "HEAD"]).trim();
    git(remote, ["checkout", "-q", "-b", "feature"]);
    let step = 1;
    let featureTip = forkPoint;
    for (let i = 0; i < FEATURE_COMMITS; i++) {
      appendFileSync(join(remote, featureFiles[i % TOUCHED] as string), `# feature ${i}\n`);
      featureTip = commitAll(remote, `feature ${i}`, step++);
    }
    git(remote, ["checkout", "-q", "main"]);
    let mainTip = forkPoint;
    for (let i = 0; i < MAIN_AFTER_FORK; i++) {
      appendFileSync(join(remote, mainFiles[i % TOUCHED] as string), `# main ${i}\n`);
      mainTip = commitAll(remote, `main ${i}`, step++);
    }
    git(remote, ["checkout", "-q", "--detach", mainTip]);
    git(remote, ["merge", "-q", "--no-ff", "--no-edit", "feature"]);
    const merge = git(remote, ["rev-parse", "HEAD"]).trim();
    git(remote, ["update-ref", "refs/pull/1/merge", merge]);
    git(remote, ["checkout", "-q", "main"]);

    const prPlan: EventPlan = planFromEvent({
      eventName: "pull_request",
      payload: { number: 1, pull_request: { number: 1, base: { sha: mainTip }, head: { sha: featureTip } } },
      sha: merge,
      ref: "refs/pull/1/merge",
      defaultBranch: "main",
      overrides: { base: null, head: null },
    });
    const newBranchPlan: EventPlan = planFromEvent({
      eventName: "push",
      payload: { ref: "refs/heads/feature", before: "0".repeat(40), after: featureTip, repository: { default_branch: "main" } },
      sha: featureTip,
      ref: "refs/heads/feature",
      defaultBranch: null,
      overrides: { base: null, head: null },
    });

    const checkout = (name: string): { dir: string; ms: number } => {
      const dir = join(work, name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      const t0 = performance.now();
      git(dir, ["init", "-q"]);
      git(dir, ["remote", "add", "origin", url]);
      git(dir, ["fetch", "-q", "--no-tags", "--depth=1", "origin", "+refs/pull/1/merge:refs/remotes/pull/1/merge"]);
      git(dir, ["checkout", "-q", "--detach", "refs/remotes/pull/1/merge"]);
      return { dir, ms: performance.now() - t0 };
    };

    const t = { checkout: [] as number[], prFetch: [] as number[], newBranch: [] as number[], worktree: [] as number[] };
    let deepenFetches = 0;
    let deepened = 0;
    let base = "";
    for (let r = 0; r < REPEATS; r++) {
      ctx.log(`action-git: git round ${r + 1}/${REPEATS}`);
      const co = checkout(`pr-${r}`);
      t.checkout.push(co.ms);
      let t0 = performance.now();
      const got = await ensureCommits(co.dir, prPlan);
      t.prFetch.push(performance.now() - t0);
      if (got.base !== mainTip) throw new Error(`action-git: expected base ${mainTip}, got ${got.base} (${got.fetchFailed})`);
      base = got.base;
      t0 = performance.now();
      await withCommitCheckout(co.dir, base, async () => undefined);
      t.worktree.push(performance.now() - t0);

      const nb = join(work, `new-branch-${r}`);
      rmSync(nb, { recursive: true, force: true });
      git(work, ["clone", "-q", "--depth=1", "--no-tags", "--branch", "feature", url, nb]);
      t0 = performance.now();
      const got2 = await ensureCommits(nb, newBranchPlan);
      t.newBranch.push(performance.now() - t0);
      if (got2.base !== forkPoint) throw new Error(`action-git: expected merge base ${forkPoint}, got ${got2.base} (${got2.fetchFailed})`);
      deepenFetches = got2.notes.filter((n) => n.includes("more commits of history")).length;
      deepened = Number(/deepened the clone by (\d+) commits/.exec(got2.notes.join("\n"))?.[1] ?? 0);
    }

    ctx.log("action-git: cold PR flow (base build in a worktree, then incremental) vs one full build");
    const flowClone = checkout("flow").dir;
    await ensureCommits(flowClone, prPlan);
    const state = join(work, "flow-state");
    let t0 = performance.now();
    const baseReport = await withCommitCheckout(flowClone, base, (dir) => runBuild(makeBuildOptions({ repo: dir, state, out: join(work, "flow-out-base") })));
    const baseS = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const incReport = await runBuild(makeBuildOptions({ repo: flowClone, state, out: join(work, "flow-out") }));
    const incS = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const fullReport = await runBuild(makeBuildOptions({ repo: flowClone, state: join(work, "full-state"), out: join(work, "full-out"), full: true }));
    const fullS = (performance.now() - t0) / 1000;
    if (baseReport.mode !== "full" || fullReport.mode !== "full" || incReport.mode !== "incremental" || incReport.changed.length !== TOUCHED)
      throw new Error(`action-git: flow gave ${baseReport.mode}/${incReport.mode} with ${incReport.changed.length} changed files (expected ${TOUCHED})`);
    rmSync(work, { recursive: true, force: true });

    const ms = (xs: number[]) => Math.round(median(xs));
    const rows: string[][] = [
      [
        "actions/checkout-style depth-1 checkout of refs/pull/1/merge",
        String(ms(t.checkout)),
        "init + fetch + checkout (what the runner does before the action)",
      ],
      ["ensureCommits, pull request (base fetched at depth 1)", String(ms(t.prFetch)), "checkoutInfo + one fetch"],
      [
        `ensureCommits, new branch ${FEATURE_COMMITS} commits past its fork point`,
        String(ms(t.newBranch)),
        `default branch tip at depth 1, then ${deepenFetches} deepening fetches (${deepened} commits)`,
      ],
      ["withCommitCheckout of the base (worktree add + remove, no build)", String(ms(t.worktree)), `${django.files.length} files checked out`],
    ];
    const flowRows: string[][] = [
      ["full build of the base in the temporary worktree", String(round(baseS, 2))],
      [`then the work tree incrementally (${incReport.changed.length} changed, ${incReport.impacted.length} impacted)`, String(round(incS, 2))],
      ["cold PR flow in total", String(round(baseS + incS, 2))],
      ["one full build of the work tree, for comparison", String(round(fullS, 2))],
    ];
    const head = ["step", "median ms", "what"];
    const flowHead = ["cold PR flow (no usable state)", "s"];
    return {
      results: {
        corpus: { name: "django", files: django.files.length, commit: django.commit },
        history: { feature_commits: FEATURE_COMMITS, main_after_fork: MAIN_AFTER_FORK, touched_files: TOUCHED },
        repeats: REPEATS,
        git_ms: {
          checkout: t.checkout.map((x) => Math.round(x)),
          pr_fetch_base: t.prFetch.map((x) => Math.round(x)),
          new_branch_merge_base: t.newBranch.map((x) => Math.round(x)),
          worktree_add_remove: t.worktree.map((x) => Math.round(x)),
        },
        new_branch: { deepen_fetches: deepenFetches, commits_deepened: deepened },
        flow_s: { base_full: round(baseS, 3), incremental: round(incS, 3), full_of_work_tree: round(fullS, 3) },
        flow_changed: incReport.changed.length,
        flow_impacted: incReport.impacted.length,
      },
      text: `${textTable(head, rows, ["l", "r", "l"])}\n\n${textTable(flowHead, flowRows, ["l", "r"])}`,
      markdown: `${mdTable(head, rows, ["l", "r", "l"])}\n\n${mdTable(flowHead, flowRows, ["l", "r"])}\n\nThe remote is a local repository (file://): these are git's own costs, without the network round trips a fetch from GitHub adds. Git steps: median of ${REPEATS}; the flow: one run each (in-process runBuild, as the action runs it).`,
    };
  },
};
