/**
 * The GitHub Action's front door: one workflow step that restores the state from the Actions
 * cache, works out which commits to compare from the event, runs the same pipeline as the CLI
 * (runBuild, in-process), and reports: step outputs, the job summary, one sticky PR comment, the
 * CPG as an artifact, and the state saved back to the cache.
 *
 * Only src/action/ imports `@actions/*`. Problems with the cache, the comment or the artifact are
 * warnings (the graph is still good); a bad input, a broken pipeline or a failed `verify` fails
 * the step. Every output is set on every path, fallbacks included.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { makeBuildOptions } from "../config/build-options.ts";
import { inspectState, pipelineFingerprint, runBuild } from "../pipeline/run-build.ts";
import { runVerify } from "../pipeline/run-verify.ts";
import type { BuildReport } from "../report/build-report.ts";
import { parseScipMode } from "../scip/scip-layer.ts";
import { UserError } from "../util/errors.ts";
import { artifactName, uploadOutputs } from "./artifact.ts";
import { cacheKeys, restoreState, saveState, shouldSaveCache } from "./cache.ts";
import { artifactUrlFromEnv, commentStage, runUrlFromEnv } from "./comment-stage.ts";
import { checkoutInfo, decideBaseBuild, ensureCommits, loadEventInput, planFromEvent, withCommitCheckout } from "./event.ts";
import { type ActionInputs, InputError, readInputs } from "./inputs.ts";
import { ensureDuckdbNative } from "./native-duckdb.ts";

/** Bounds for the network stages: a slow cache or API never holds the build hostage. */
const CACHE_RESTORE_TIMEOUT_MS = 5 * 60_000;
const CACHE_SAVE_TIMEOUT_MS = 10 * 60_000;
const ARTIFACT_TIMEOUT_MS = 10 * 60_000;
const COMMENT_TIMEOUT_MS = 60_000;

/** The step's outputs; every one is written on every path (empty when it does not apply). */
interface Outputs {
  mode: string;
  "fallback-reason": string;
  "cache-hit": string;
  "cache-key": string;
  "changed-files": string;
  "impacted-files": string;
  "affected-tests": string;
  "report-path": string;
  "output-dir": string;
  "comment-url": string;
  "artifact-id": string;
}

/** What the runner tells a step through its environment. */
interface RunnerContext {
  env: NodeJS.ProcessEnv;
  eventName: string;
  sha: string;
  ref: string;
  repository: { owner: string; repo: string } | null;
  runId: string;
  runAttempt: string;
  job: string;
  os: string;
  apiUrl: string;
  workspace: string;
}

function runnerContext(env: NodeJS.ProcessEnv): RunnerContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return {
    env,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    repository: owner && repo ? { owner, repo } : null,
    runId: env.GITHUB_RUN_ID ?? "0",
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? "1",
    job: env.GITHUB_JOB ?? "job",
    os: env.RUNNER_OS ?? process.platform,
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
}

/** Runs `fn` inside a collapsible log group, returning its value. */
async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(`pycpg: ${name}`, fn);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function mib(bytes: number | null): string {
  return bytes === null ? "?" : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const t0 = performance.now();
  const outputs: Outputs = {
    mode: "",
    "fallback-reason": "",
    "cache-hit": "false",
    "cache-key": "",
    "changed-files": "[]",
    "impacted-files": "[]",
    "affected-tests": "[]",
    "report-path": "",
    "output-dir": "",
    "comment-url": "",
    "artifact-id": "",
  };
  try {
    await runSteps(readInputs(), runnerContext(env), outputs, t0);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const known = err instanceof InputError || err instanceof UserError;
    const line = known ? `pycpg: ${message}` : `pycpg: internal error: ${message} (please report this with the log)`;
    core.setFailed(line);
    if (!known && err instanceof Error && err.stack) core.info(err.stack);
    // The job summary says it too: a failed step's summary is where a reader looks first.
    await core.summary
      .addHeading("pycpg failed", 3)
      .addCodeBlock(line)
      .write()
      .catch(() => undefined);
  } finally {
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
  }
}

async function runSteps(inputs: ActionInputs, ctx: RunnerContext, outputs: Outputs, t0: number): Promise<void> {
  const repoDir = resolve(ctx.workspace, inputs.workingDirectory);
  if (!statSync(repoDir, { throwIfNoEntry: false })?.isDirectory())
    throw new InputError(`working-directory ${inputs.workingDirectory} (${repoDir}) is not a directory; did the workflow run actions/checkout first?`);
  const notices: string[] = [];
  const stageMs: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await group(name, fn);
    } finally {
      stageMs[name] = Math.round(performance.now() - t);
    }
  };

  // 1. Which commits: the event says base and head; a shallow clone gets what is missing.
  const plan = planFromEvent(loadEventInput(ctx.env, { base: inputs.base, head: inputs.head }));
  if (plan.skip) {
    core.info(`pycpg: ${plan.skip}`);
    await core.summary
      .addRaw(`pycpg: ${plan.skip}\n`)
      .write()
      .catch(() => undefined);
    return;
  }
  const commits = await timed("commits", async () => {
    core.info(plan.description);
    if (plan.kind === "full") return { base: null, head: null, notes: [], fetchFailed: null };
    const c = await ensureCommits(repoDir, plan);
    for (const n of c.notes) core.info(n);
    const co = await checkoutInfo(repoDir, plan);
    if (co.warning) {
      core.warning(co.warning);
      notices.push(co.warning);
    }
    if (c.fetchFailed) {
      const msg = `could not make the base commit available (${c.fetchFailed}); the change set comes from content hashes against the restored state`;
      core.warning(msg);
      notices.push(msg);
    }
    return c;
  });

  // 2. DuckDB's native library (fetched once per runner; the engine opens DuckDB lazily).
  await timed("native library", async () => {
    const native = await ensureDuckdbNative({ registry: inputs.nativeRegistry, log: (s) => core.info(s) });
    core.info(`DuckDB native library from ${native.source} (${seconds(native.ms)})`);
  });

  const options = makeBuildOptions({
    repo: repoDir,
    state: inputs.stateDir,
    out: inputs.outputDir,
    include: inputs.include,
    exclude: inputs.exclude,
    pythonPath: inputs.pythonPath,
    scip: parseScipMode(inputs.scip, repoDir, "input scip"),
    scipTimeoutS: inputs.scipTimeoutS,
    full: plan.kind === "full",
    base: commits.fetchFailed ? null : commits.base,
  });
  outputs["output-dir"] = options.out;
  const headSha = commits.head ?? ctx.sha ?? "unknown";
  const keys = cacheKeys({
    prefix: inputs.cacheKeyPrefix,
    os: ctx.os,
    fingerprint: pipelineFingerprint(options),
    sha: headSha,
    runId: ctx.runId,
    runAttempt: ctx.runAttempt,
  });
  outputs["cache-key"] = keys.key;

  // 3. Restore the state. A foreign or corrupt state is caught by the engine's own checks.
  let cacheStatus = "disabled";
  if (inputs.cache) {
    const restored = await timed("restore cache", () =>
      restoreState({ paths: [options.state], key: keys.key, restoreKeys: keys.restoreKeys, timeoutMs: CACHE_RESTORE_TIMEOUT_MS }),
    );
    cacheStatus = restored.status === "restore-key" ? "restore-key hit" : restored.status;
    outputs["cache-hit"] = String(restored.status === "hit");
    if (restored.warning) core.warning(`cache restore: ${restored.warning}`);
    core.info(`cache: ${cacheStatus}${restored.matchedKey ? ` (${restored.matchedKey})` : ""}, ${mib(restored.sizeBytes)} in ${seconds(restored.ms)}`);
  }

  // 4. Build. For a pull request whose state is not at the base commit, the base's graph is built
  //    first (from the state, incrementally when it has one), so the report lists exactly base..head.
  const progress = {
    start: (phase: string, total: number, unit: string) => core.info(`${phase}: ${total} ${unit}`),
    tick: () => {},
    done: () => {},
    info: (m: string) => core.info(m),
  };
  let baseBuildMs = 0;
  const report: BuildReport = await timed("build", async () => {
    // Only a pull request needs its exact base..head change set (its comment lists it); a push
    // builds from whatever state it restored (its change set then spans more commits).
    const baseline = commits.fetchFailed || plan.kind !== "pull_request" ? null : commits.base;
    const state = inspectState(options);
    const decision = decideBaseBuild(options.state, baseline);
    if (baseline && (!state.usable || decision.buildBase)) {
      core.info(state.usable ? decision.reason : `no usable state (${state.reason}): building the base ${baseline.slice(0, 12)} first`);
      const scratchOut = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), "pycpg-base-out-"));
      try {
        const baseReport = await withCommitCheckout(repoDir, baseline, (dir: string) =>
          runBuild(makeBuildOptions({ ...options, repo: dir, out: scratchOut, full: false }), { progress }),
        );
        baseBuildMs = Number(baseReport.timings.total_ms);
        core.info(`base ${baseline.slice(0, 12)}: ${baseReport.mode} build in ${seconds(baseBuildMs)}`);
      } catch (err) {
        // The work tree is still built, from whatever state there is: its change set is then
        // relative to that state's commit (or the build is full), which the report says.
        const msg = `could not build the base ${baseline.slice(0, 12)} first (${(err as Error).message}); the change set is relative to the restored state`;
        core.warning(msg);
        notices.push(msg);
      } finally {
        rmSync(scratchOut, { recursive: true, force: true });
      }
    }
    return runBuild(options, { progress });
  });
  outputs.mode = report.mode;
  outputs["fallback-reason"] = report.fallback_reason ?? (commits.fetchFailed ? `base commit not available: ${commits.fetchFailed}` : "");
  outputs["changed-files"] = JSON.stringify(report.changed.map((c) => c.path));
  outputs["impacted-files"] = JSON.stringify(report.impacted.map((i) => i.path));
  outputs["affected-tests"] = JSON.stringify(report.affected_tests);
  outputs["report-path"] = join(options.out, "report.json");
  core.info(
    `${report.mode} build: ${report.changed.length} changed, ${report.impacted.length} impacted, ${report.affected_tests.length} affected tests in ${seconds(Number(report.timings.total_ms))}`,
  );

  let verifyFailure: string | null = null;
  if (inputs.verify) {
    await timed("verify", async () => {
      const v = await runVerify(options, progress);
      const differing = v.tables.filter((t) => t.extra > 0 || t.missing > 0);
      if (!v.equal) verifyFailure = `the incremental result differs from a full rebuild in ${differing.map((t) => t.table).join(", ")}`;
      core.info(v.equal ? "verify: the output equals a full rebuild" : `verify: ${verifyFailure}`);
    });
  }

  // 5. Artifact (before the comment, which links it).
  let artifactUrl: string | null = null;
  if (inputs.uploadArtifact) {
    const name = artifactName({ sha: headSha, job: ctx.job, runId: ctx.runId, runAttempt: ctx.runAttempt, custom: inputs.artifactName || undefined });
    const up = await timed("artifact", () =>
      uploadOutputs({ name, dir: options.out, retentionDays: inputs.artifactRetentionDays, timeoutMs: ARTIFACT_TIMEOUT_MS }),
    );
    if (up.warning) core.warning(`artifact: ${up.warning}`);
    if (up.id !== null) {
      outputs["artifact-id"] = String(up.id);
      artifactUrl = artifactUrlFromEnv(up.id, ctx.env);
      core.info(`artifact ${name}: ${mib(up.sizeBytes)}`);
    }
  }

  // 6. The PR comment (and <out>/pr-comment.md, for the workflow_run pattern of fork PRs).
  const runUrl = runUrlFromEnv(ctx.env);
  const context = { runUrl, artifactUrl, cache: cacheStatus, baseSha: commits.base, headSha: commits.head, notices };
  const stage = await timed("comment", () =>
    commentStage({
      report,
      header: inputs.commentHeader,
      mode: inputs.comment,
      context,
      github: { apiUrl: ctx.apiUrl, token: inputs.token, owner: ctx.repository?.owner ?? "", repo: ctx.repository?.repo ?? "", issueNumber: plan.prNumber },
      outDir: options.out,
      timeoutMs: COMMENT_TIMEOUT_MS,
    }),
  );
  if (stage.url) outputs["comment-url"] = stage.url;
  core.info(`PR comment: ${"reason" in stage.comment ? `skipped (${stage.comment.reason})` : stage.comment.action}${stage.url ? ` ${stage.url}` : ""}`);
  if (stage.warning) core.warning(stage.warning);

  // 7. Save the state.
  if (inputs.cache) {
    const decision = shouldSaveCache(inputs.saveCache, ctx.ref, ctx.eventName, plan.defaultBranch);
    if (!decision.save) core.info(`cache save skipped: ${decision.reason}`);
    else {
      const saved = await timed("save cache", () => saveState({ paths: [options.state], key: keys.key, timeoutMs: CACHE_SAVE_TIMEOUT_MS }));
      if (saved.warning) core.warning(`cache save: ${saved.warning}`);
      core.info(`cache save: ${saved.status}, ${mib(saved.sizeBytes)} in ${seconds(saved.ms)}`);
    }
  }

  // 8. The job summary, on every run.
  await timed("summary", async () => {
    const engineMs = baseBuildMs + Number(report.timings.total_ms);
    const overhead = Math.round(performance.now() - t0 - engineMs - (stageMs.verify ?? 0));
    const stages = Object.entries(stageMs)
      .map(([k, v]) => `${k} ${seconds(v)}`)
      .join(", ");
    const body = `${stage.summary}\n\n<sub>action stages: ${stages}; engine ${seconds(engineMs)}${baseBuildMs ? ` (base ${seconds(baseBuildMs)})` : ""}; action overhead over the engine: ${seconds(overhead)}</sub>\n`;
    try {
      await core.summary.addRaw(body).write();
    } catch (err) {
      core.info(`job summary not written: ${(err as Error).message}`);
    }
  });

  if (verifyFailure) core.setFailed(`pycpg verify: ${verifyFailure}; run \`pycpg build --full\` and please report this`);
}
