/**
 * The action end to end, as a runner runs it: the committed dist/index.js, copied with action.yml
 * and package.json into an empty folder (no node_modules), under Node 24, with the runner's
 * environment (INPUT_*, GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TOOL_CACHE,
 * RUNNER_TEMP, ACTIONS_RESULTS_URL...), against loopback services: a results service over Azurite
 * (cache and artifacts), a GitHub REST API (comments) and an npm registry (DuckDB's native
 * library). The repository is the sample's scripted history, cloned shallow as actions/checkout
 * does. A push to main builds fully and saves the cache; a pull request restores it, builds
 * incrementally and creates one comment; a new push to the pull request updates that comment.
 * (It runs the committed dist/: `node scripts/build.mjs` after changing the sources.)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionHarness, type ActionResult, gitOut, runAction as runActionWith, shallowCheckout, startActionHarness } from "./support/action-runner.ts";
import { scratchRoot } from "./support/cpg-build.ts";
import { createSampleHistory, type HistoryCommit } from "./support/sample-history.ts";

const OWNER = "acme";
const REPO = "shop";
const PR = 7;

const scratch = scratchRoot("action-e2e");
let h: ActionHarness;
let github: ActionHarness["github"];
let results: ActionHarness["results"];
let remote: string;
let commits: HistoryCommit[];

beforeAll(async () => {
  h = await startActionHarness(scratch.root);
  github = h.github;
  results = h.results;
  remote = scratch.dir("remote");
  commits = createSampleHistory(remote);
}, 120_000);

afterAll(async () => {
  await h?.close();
  scratch.cleanup();
});

function checkout(name: string, sha: string): string {
  return shallowCheckout(remote, scratch.dir(name), sha);
}

/** The Python files git says differ between two commits of the remote. */
function pythonDiff(a: string, b: string): string[] {
  return gitOut(remote, "diff", "--name-only", "--no-renames", a, b, "--", "*.py").split("\n").filter(Boolean).sort();
}

function runAction(o: {
  name: string;
  workspace: string;
  event: string;
  payload: unknown;
  ref: string;
  sha: string;
  runId: string;
  inputs?: Record<string, string>;
  dropEnv?: string[];
}): Promise<ActionResult> {
  return runActionWith(h, { ...o, dir: scratch.dir(`run-${o.name}`), repository: `${OWNER}/${REPO}` });
}

const repository = { name: REPO, full_name: `${OWNER}/${REPO}`, default_branch: "main", owner: { login: OWNER } };

function prPayload(base: string, head: string, action: string) {
  return {
    action,
    number: PR,
    pull_request: { number: PR, base: { sha: base, ref: "main" }, head: { sha: head, ref: "feature" } },
    repository,
  };
}

describe("the action, as a runner runs it", () => {
  it("push: full build, cache saved; pull request: restored, incremental, one comment; new push: the same comment updated", async () => {
    expect(existsSync(join(h.app, "node_modules"))).toBe(false);
    const [, a, b, c] = commits as [HistoryCommit, HistoryCommit, HistoryCommit, HistoryCommit];

    // 1. A push to main: nothing cached yet, a full build, the state saved.
    const main = await runAction({
      name: "push",
      workspace: checkout("ws-push", a.sha),
      event: "push",
      payload: { before: commits[0]?.sha, after: a.sha, ref: "refs/heads/main", repository },
      ref: "refs/heads/main",
      sha: a.sha,
      runId: "100",
    });
    expect(main.code, main.log).toBe(0);
    expect(main.outputs["cache-hit"]).toBe("false");
    expect(main.outputs["cache-key"]).toMatch(new RegExp(`^pycpg-Linux-[0-9a-f]+-${a.sha}-100-1$`));
    expect(results.cacheEntries.filter((e) => e.finalized).map((e) => e.key)).toEqual([main.outputs["cache-key"]]);
    expect(existsSync(main.outputs["report-path"] as string)).toBe(true);
    expect(main.outputs["artifact-id"]).toMatch(/^\d+$/);
    expect(main.summary).toContain("pycpg");
    expect(github.comments).toHaveLength(0);

    // 2. A pull request a -> b, checked out at its head (depth 1: the base is fetched).
    const first = await runAction({
      name: "pr-1",
      workspace: checkout("ws-pr-1", b.sha),
      event: "pull_request",
      payload: prPayload(a.sha, b.sha, "opened"),
      ref: `refs/pull/${PR}/merge`,
      sha: b.sha,
      runId: "101",
    });
    expect(first.code, first.log).toBe(0);
    expect(first.outputs.mode).toBe("incremental");
    expect(first.outputs["fallback-reason"]).toBe("");
    const changedAB = pythonDiff(a.sha, b.sha);
    expect(changedAB.length).toBeGreaterThan(0);
    expect((JSON.parse(first.outputs["changed-files"] as string) as string[]).sort()).toEqual(changedAB);
    const impacted = JSON.parse(first.outputs["impacted-files"] as string) as string[];
    expect(impacted).toEqual(expect.arrayContaining(changedAB));
    const comments = github.commentsOf(OWNER, REPO, PR);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    for (const p of changedAB) expect(body).toContain(p);
    for (const p of impacted) expect(body).toContain(p);
    expect(first.outputs["comment-url"]).toContain(`#issuecomment-${comments[0]?.id}`);
    expect(first.summary).toContain(changedAB[0] as string);
    // The comment's body is also published beside the report (the workflow_run pattern posts it).
    expect(readFileSync(join(first.outputs["output-dir"] as string, "pr-comment.md"), "utf8")).toBe(body);
    // A pull request's state is not saved (save-cache: default-branch).
    expect(results.cacheEntries.filter((e) => e.finalized)).toHaveLength(1);

    // 3. A new push to the pull request (a -> c): the same comment, updated.
    const second = await runAction({
      name: "pr-2",
      workspace: checkout("ws-pr-2", c.sha),
      event: "pull_request",
      payload: prPayload(a.sha, c.sha, "synchronize"),
      ref: `refs/pull/${PR}/merge`,
      sha: c.sha,
      runId: "102",
    });
    expect(second.code, second.log).toBe(0);
    expect(second.outputs.mode).toBe("incremental");
    expect((JSON.parse(second.outputs["changed-files"] as string) as string[]).sort()).toEqual(pythonDiff(a.sha, c.sha));
    const after = github.commentsOf(OWNER, REPO, PR);
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(comments[0]?.id);
    expect(after[0]?.body).not.toBe(body);
    for (const p of pythonDiff(a.sha, c.sha)) expect(after[0]?.body).toContain(p);
  }, 300_000);

  it("a bad input fails the step before any work, naming the input; the outputs and the summary are still written", async () => {
    const [, a] = commits as [HistoryCommit, HistoryCommit];
    const r = await runAction({
      name: "bad-input",
      workspace: checkout("ws-bad-input", a.sha),
      event: "push",
      payload: { before: commits[0]?.sha, after: a.sha, repository },
      ref: "refs/heads/main",
      sha: a.sha,
      runId: "300",
      inputs: { "save-cache": "sometimes" },
    });
    expect(r.code).toBe(1);
    expect(r.log).toContain("::error::pycpg: input save-cache");
    expect(r.outputs).toMatchObject({ mode: "", "changed-files": "[]", "comment-url": "" });
    expect(r.summary).toContain("pycpg failed");
    expect(existsSync(join(r.outputs["output-dir"] || "/nonexistent", "report.json"))).toBe(false);
  }, 60_000);

  it("with no cache service configured, warns and succeeds", async () => {
    const [, a] = commits as [HistoryCommit, HistoryCommit];
    const r = await runAction({
      name: "unconfigured",
      workspace: checkout("ws-unconfigured", a.sha),
      event: "workflow_dispatch",
      payload: { repository },
      ref: "refs/heads/main",
      sha: a.sha,
      runId: "200",
      dropEnv: ["ACTIONS_RESULTS_URL", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_CACHE_URL", "ACTIONS_CACHE_SERVICE_V2"],
    });
    expect(r.code, r.log).toBe(0);
    expect(r.log).toMatch(/::warning::.*cache/i);
    expect(r.outputs.mode).toBe("full");
    expect(r.outputs["cache-hit"]).toBe("false");
    expect(r.outputs["artifact-id"]).toBe("");
    expect(existsSync(r.outputs["report-path"] as string)).toBe(true);
  }, 120_000);
});
