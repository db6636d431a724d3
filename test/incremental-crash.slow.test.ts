/**
 * Crash safety: the bundled CLI runs an incremental build (an edit pending in the work tree) and
 * is SIGKILLed, at stratified random times over a normal run's duration (fixed seed) and at
 * moments picked by watching the state (new data files being written, the manifest just
 * committed, the outputs being published). Then a normal build on the same state must be
 * incremental (a kill never costs the committed state), equal to a full build, and leave the
 * state tidy: every file in data/ named by the manifest, no tmp/, no lock; and no leftovers in
 * the output directory.
 */
import { spawn } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSources } from "../src/config/fingerprint.ts";
import { runBuild } from "../src/pipeline/run-build.ts";
import type { BuildReport } from "../src/report/build-report.ts";
import { dataFiles, manifestFiles, options, readManifest, scratch } from "./support/incremental.ts";
import { expectTidyState, type PendingEditFixture, preparePendingEditFixture } from "./support/pending-edit-fixture.ts";

const tmp = scratch("crash");
let fx: PendingEditFixture;
let cli = "";
let cliDir = "";

/**
 * The CLI, bundled from the current sources with the options `npm run build` uses, into a
 * private directory under .pycpg/ (git-ignored) instead of dist/: dist/ is committed and shared
 * with concurrent work, and rebuilding it (rm + write) would race with anything else running it.
 * Inside the package, the bundle finds package.json (same tool version) and node_modules; with
 * the sources' code hash beside it, its fingerprint is the in-process builds'.
 */
async function bundleCli(): Promise<string> {
  const root = join(import.meta.dirname, "..");
  cliDir = join(root, ".pycpg", `test-cli-${process.pid}-${Date.now()}`);
  const { build } = await import("esbuild");
  await build({
    entryPoints: { cli: join(root, "src/cli/cli.ts"), "extract-worker": join(root, "src/extract/extract-worker.ts") },
    outdir: cliDir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  cpSync(join(root, "src/rules/sql"), join(cliDir, "sql"), { recursive: true });
  // As scripts/build.mjs does: the code hash of the sources, so the fingerprint matches the in-process builds'.
  writeFileSync(join(cliDir, "code-hash.txt"), `${hashSources(join(root, "src"))}\n`);
  return join(cliDir, "cli.js");
}

beforeAll(async () => {
  [fx, cli] = await Promise.all([preparePendingEditFixture(tmp.dir), bundleCli()]);
});
afterAll(() => {
  tmp.cleanup();
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: string | null;
  ms: number;
  stderr: string;
}

/** Runs the bundled CLI's build; SIGKILLs it after `killAfterMs`, or as soon as `killWhen()` holds (polled every ms). */
function spawnBuild(state: string, out: string, kill: { afterMs?: number; when?: () => boolean } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [cli, "build", "--repo", fx.repo, "--state", state, "--out", out, "--threads", "2", "--quiet"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = kill.afterMs === undefined ? null : setTimeout(() => child.kill("SIGKILL"), kill.afterMs);
    const poll =
      kill.when === undefined
        ? null
        : setInterval(() => {
            try {
              if (kill.when?.()) child.kill("SIGKILL");
            } catch {
              // the state is mid-change; look again
            }
          }, 1);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({ code, signal, ms: performance.now() - t0, stderr });
    });
  });
}

/** mulberry32: a seeded PRNG in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a killed run left in the state directory, for messages. */
function leftovers(state: string): string {
  if (!existsSync(join(state, "manifest.json"))) return "no manifest";
  const named = new Set(manifestFiles(readManifest(state)));
  const orphans = dataFiles(state).filter((f) => !named.has(f)).length;
  const top = readdirSync(state).filter((f) => f !== "data" && f !== "manifest.json");
  return `generation ${readManifest(state).generation}; ${orphans} orphan data files; other entries: ${top.join(", ") || "none"}`;
}

/** After a (possibly killed) CLI run: a normal build recovers to exactly a full build's result. */
async function recoverAndCheck(state: string, out: string, ctx: string): Promise<void> {
  const committed = readManifest(state).generation === 2;
  const r = await runBuild(options(fx.repo, state, out));
  expect(r.mode, ctx).toBe("incremental");
  expect(r.fallback_reason, ctx).toBeNull();
  // The killed run either committed (nothing is left to do) or did not (the edit is applied now).
  expect(r.changed.length > 0, `${ctx}: changed ${JSON.stringify(r.changed)}`).toBe(!committed);
  await fx.expectEqualsReference(out, ctx, state);
  expectTidyState(state, ctx);
  expect(readdirSync(out).sort(), `${ctx}: output directory`).toEqual([
    "cpg_edges",
    "cpg_nodes",
    "cpg_props",
    "diff_report",
    "report.json",
    "report.md",
    "snapshot",
  ]);
}

describe("crash safety: the CLI SIGKILLed mid-run, then a normal build", () => {
  it("stratified random kill times over a normal run", async () => {
    // A normal run: its duration, and a check that the bundle builds incrementally on the same state.
    const ref = fx.caseDirs("normal", fx.cleanState);
    const normal = await spawnBuild(ref.state, ref.out);
    expect(normal.code, normal.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(ref.out, "report.json"), "utf8")) as BuildReport;
    expect(report.mode).toBe("incremental");
    await fx.expectEqualsReference(ref.out, "the bundled CLI's incremental build", ref.state);

    const TRIALS = 10;
    const random = prng(20240611);
    const outcomes: string[] = [];
    for (let i = 0; i < TRIALS; i++) {
      const delay = Math.round((normal.ms * (i + random())) / TRIALS);
      const { state, out } = fx.caseDirs(`random-${i}`, fx.cleanState);
      const run = await spawnBuild(state, out, { afterMs: delay });
      const ctx = `trial ${i}: SIGKILL after ${delay} of ~${Math.round(normal.ms)} ms (${run.signal ?? `exited ${run.code}`}; left: ${leftovers(state)})`;
      outcomes.push(ctx);
      if (run.signal === null) expect(run.code, `${ctx}: ${run.stderr}`).toBe(0);
      await recoverAndCheck(state, out, ctx);
    }
    // Most trials must have killed a run that held the lock (not only node's startup).
    expect(outcomes.filter((o) => o.includes("lock")).length, outcomes.join("\n")).toBeGreaterThanOrEqual(TRIALS / 3);
  });

  const TARGETED: { name: string; when: (state: string, out: string) => boolean }[] = [
    {
      name: "while new data files are being written (before the commit)",
      when: (state) => dataFiles(state).length > manifestFiles(readManifest(state)).length,
    },
    { name: "just after the manifest is committed", when: (state) => readManifest(state).generation === 2 },
    { name: "while the outputs are published", when: (_state, out) => existsSync(out) && readdirSync(out).some((f) => f.startsWith(".")) },
  ];
  for (const t of TARGETED) {
    it(`killed ${t.name}`, async () => {
      const outcomes: string[] = [];
      for (let i = 0; i < 2; i++) {
        const { state, out } = fx.caseDirs("targeted", fx.cleanState);
        const run = await spawnBuild(state, out, { when: () => t.when(state, out) });
        const ctx = `${t.name} #${i} (${run.signal ?? `exited ${run.code}`} after ${Math.round(run.ms)} ms; left: ${leftovers(state)})`;
        outcomes.push(ctx);
        if (run.signal === null) expect(run.code, `${ctx}: ${run.stderr}`).toBe(0);
        await recoverAndCheck(state, out, ctx);
      }
      console.log(outcomes.join("\n"));
    });
  }
});
