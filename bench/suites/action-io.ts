/**
 * Suite `action-io`: what the action's cache and artifact stages add to a run, on Django's state
 * (the kept full build of the build/query suites; built once if there is none for the current
 * dist/). Against the loopback results service of the tests (test/support/fake-results-service.ts)
 * with Azurite as the blob store, so it measures the work on the runner (hard-link mirror, tar,
 * zstd, extraction, zip, hashing) plus loopback transfers, not GitHub's network.
 *
 * Per repetition: saveState under a new key, restoreState with that key (exact hit) and with a new
 * key (restore-key hit), each into an emptied state directory, and uploadOutputs of the published
 * output directory under a new name. Median of 3.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { artifactName, uploadOutputs } from "../../src/action/artifact.ts";
import { cacheKeys, restoreState, saveState } from "../../src/action/cache.ts";
import { startFakeResultsService } from "../../test/support/fake-results-service.ts";
import { runFullBuild } from "../lib/pycpg.ts";
import { median } from "../lib/stats.ts";
import { findKeptBuild, type KeptBuild, keptBuildDirs, markKeptBuild, type Suite, type SuiteContext, unmarkKeptBuild } from "../lib/suite.ts";
import { type Align, mb, mdTable, millis, textTable } from "../lib/table.ts";

const REPS = 3;
const TIMEOUT_MS = 600_000;

interface Step {
  step: string;
  runs_ms: number[];
  median_ms: number;
  /** Archive (cache) or zip (artifact) bytes. */
  transfer_bytes: number | null;
  status: string[];
}

function treeSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile()) {
        files++;
        bytes += statSync(p).size;
      }
    }
  };
  visit(dir);
  return { files, bytes };
}

async function ensureDjangoBuild(ctx: SuiteContext): Promise<KeptBuild> {
  const corpus = ctx.corpus("django");
  const kept = findKeptBuild(ctx.root, "django", corpus.commit, ctx.machine.dist_sha256);
  if (kept) return kept;
  ctx.log("action-io: no django build by the current dist/ is kept; building it once...");
  unmarkKeptBuild(ctx.root, "django");
  const dirs = keptBuildDirs(ctx.root, "django");
  await runFullBuild(ctx.repoRoot, corpus.dir, dirs);
  markKeptBuild(ctx.root, "django", corpus.commit, ctx.machine.dist_sha256);
  return dirs;
}

export const actionIoSuite: Suite = {
  name: "action-io",
  description: "the action's cache save/restore and artifact upload of Django's state and CPG (loopback results service + Azurite)",
  async run(ctx) {
    const build = await ensureDjangoBuild(ctx);
    const base = join(ctx.root, "action-io");
    rmSync(base, { recursive: true, force: true });
    const workspace = join(base, "workspace");
    const temp = join(base, "runner-temp");
    mkdirSync(temp, { recursive: true });
    const stateRel = ".pycpg/state";
    const state = join(workspace, stateRel);
    const out = join(workspace, ".pycpg", "out");
    cpSync(build.state, state, { recursive: true });
    cpSync(build.out, out, { recursive: true });
    const stateSize = treeSize(state);
    const outSize = treeSize(out);

    const savedEnv = { ...process.env };
    const savedCwd = process.cwd();
    // The toolkit logs to stdout; the harness's stdout is for tables.
    const stdoutWrite = process.stdout.write;
    process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
    const svc = await startFakeResultsService();
    const steps: Record<string, Step> = {};
    const record = (name: string, ms: number, bytes: number | null, status: string) => {
      const s = steps[name] ?? { step: name, runs_ms: [], median_ms: 0, transfer_bytes: null, status: [] };
      s.runs_ms.push(ms);
      s.transfer_bytes = bytes ?? s.transfer_bytes;
      s.status.push(status);
      steps[name] = s;
    };
    try {
      Object.assign(process.env, svc.env(), { GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp });
      process.chdir(workspace);
      const snapshot = join(base, "state-copy");
      cpSync(state, snapshot, { recursive: true });
      for (let i = 0; i < REPS; i++) {
        ctx.log(`action-io: repetition ${i + 1} of ${REPS}`);
        const k = cacheKeys({ prefix: "pycpg", os: "Linux", fingerprint: "bench", sha: `sha${i}`, runId: String(1000 + i), runAttempt: "1" });
        const saved = await saveState({ paths: [stateRel], key: k.key, timeoutMs: TIMEOUT_MS });
        record("cache save", saved.ms, saved.sizeBytes, saved.status);
        rmSync(state, { recursive: true, force: true });
        const hit = await restoreState({ paths: [stateRel], ...k, timeoutMs: TIMEOUT_MS });
        record("cache restore (exact key)", hit.ms, hit.sizeBytes, hit.status);
        rmSync(state, { recursive: true, force: true });
        const next = cacheKeys({ prefix: "pycpg", os: "Linux", fingerprint: "bench", sha: `next${i}`, runId: String(2000 + i), runAttempt: "1" });
        const rk = await restoreState({ paths: [stateRel], ...next, timeoutMs: TIMEOUT_MS });
        record("cache restore (restore key)", rk.ms, rk.sizeBytes, rk.status);
        if (rk.status !== "restore-key" || hit.status !== "hit" || saved.status !== "saved")
          throw new Error(
            `action-io: unexpected statuses save=${saved.status} hit=${hit.status} restore-key=${rk.status} (${saved.warning ?? hit.warning ?? rk.warning ?? ""})`,
          );
        rmSync(state, { recursive: true, force: true });
        cpSync(snapshot, state, { recursive: true });
        const t0 = performance.now();
        const up = await uploadOutputs({
          name: artifactName({ sha: `bench${i}`, job: "cpg", runId: String(3000 + i), runAttempt: "1" }),
          dir: out,
          retentionDays: 0,
          timeoutMs: TIMEOUT_MS,
        });
        record("artifact upload", performance.now() - t0, up.sizeBytes, up.status);
        if (up.status !== "uploaded") throw new Error(`action-io: artifact upload ${up.status}: ${up.warning}`);
      }
    } finally {
      await svc.close();
      process.chdir(savedCwd);
      for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
      Object.assign(process.env, savedEnv);
      process.stdout.write = stdoutWrite;
      rmSync(base, { recursive: true, force: true });
    }
    const list = Object.values(steps).map((s) => ({ ...s, median_ms: Math.round(median(s.runs_ms)), runs_ms: s.runs_ms.map(Math.round) }));
    const headers = ["step", "median ms", "runs ms", "transferred MB"];
    const align: Align[] = ["l", "r", "r", "r"];
    const rows = list.map((s) => [s.step, millis(s.median_ms), s.runs_ms.join(", "), s.transfer_bytes === null ? "-" : mb(s.transfer_bytes)]);
    const what = `Django state: ${stateSize.files} files, ${mb(stateSize.bytes)} MB; published output: ${outSize.files} files, ${mb(outSize.bytes)} MB.`;
    return {
      results: { corpus: "django", reps: REPS, state: stateSize, out: outSize, steps: list },
      text: `${what}\n${textTable(headers, rows, align)}`,
      markdown: `${what}\n\n${mdTable(headers, rows, align)}`,
    };
  },
};
