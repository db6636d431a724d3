/**
 * A shared fixture for the robustness and crash tests: the sample repository committed to git;
 * a "clean" state built on that commit; then an edit left pending in the work tree (uncommitted);
 * a "settled" state (the clean one brought up to date incrementally, so a next build has nothing
 * to do) and a reference full build of the edited tree. Each case works on its own copy of a
 * template state and compares its output with the reference.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { runBuild } from "../../src/pipeline/run-build.ts";
import { compareOutputs } from "../../src/pipeline/run-verify.ts";
import { compareStates, copySampleRepo, dataFiles, describeDifferences, gitInit, manifestFiles, options, readManifest } from "./incremental.ts";

export interface PendingEditFixture {
  repo: string;
  /** State built on the clean commit (the pending edit is not in it): the next build is incremental. */
  cleanState: string;
  /** State up to date with the pending edit: the next build finds nothing to do. */
  settledState: string;
  /** Full build of the edited work tree. */
  refOut: string;
  /** A fresh copy of a template state in a new directory, with its own (not yet existing) output directory. */
  caseDirs(name: string, template: string): { state: string; out: string };
  /** Fails (per table and file) unless `out` equals the reference, and `state` (when given) the reference state. */
  expectEqualsReference(out: string, context: string, state?: string): Promise<void>;
}

/** The uncommitted edit: a body change, a new module importing another, a deleted module. */
export function applyPendingEdit(root: string): void {
  const pricing = join(root, "shop/pricing.py");
  writeFileSync(pricing, readFileSync(pricing, "utf8").replace("def set_precision(places: int) -> None:", "def set_precision(places: int = 2) -> None:"));
  writeFileSync(join(root, "shop/extra.py"), "from .pricing import quantize\n\n\ndef rounded(x):\n    return quantize(x)\n");
  rmSync(join(root, "shop/legacy/warehouse_dump.py"));
}

export const PENDING_EDIT_PATHS = ["shop/extra.py", "shop/legacy/warehouse_dump.py", "shop/pricing.py"];

/** Builds the fixture in `dir(...)` directories (a scratch root's `dir`). */
export async function preparePendingEditFixture(dir: (name: string) => string): Promise<PendingEditFixture> {
  const work = dir("setup");
  const repo = join(work, "repo");
  copySampleRepo(repo);
  gitInit(repo);
  const cleanState = join(work, "clean-state");
  const first = await runBuild(options(repo, cleanState, join(work, "clean-out")));
  expect(first.mode).toBe("full");
  applyPendingEdit(repo);
  const settledState = join(work, "settled-state");
  cpSync(cleanState, settledState, { recursive: true });
  const settled = await runBuild(options(repo, settledState, join(work, "settled-out")));
  expect(settled.mode).toBe("incremental");
  expect(settled.changed.map((c) => c.path).sort()).toEqual(PENDING_EDIT_PATHS);
  const refOut = join(work, "ref-out");
  const refState = join(work, "ref-state");
  const ref = await runBuild(options(repo, refState, refOut, { full: true }));
  expect(ref.mode).toBe("full");
  const same = await compareOutputs(join(work, "settled-out"), refOut);
  expect(same.equal, describeDifferences(same)).toBe(true);
  return {
    repo,
    cleanState,
    settledState,
    refOut,
    caseDirs(name, template) {
      const d = dir(name);
      const state = join(d, "state");
      cpSync(template, state, { recursive: true });
      return { state, out: join(d, "out") };
    },
    async expectEqualsReference(out, context, state) {
      const r = await compareOutputs(out, refOut);
      expect(r.equal, `${context}: differs from a full build:\n${describeDifferences(r)}`).toBe(true);
      if (state) {
        const st = await compareStates(state, refState);
        expect(st.equal, `${context}: internal datasets differ from a full build's:\n${describeDifferences(st)}`).toBe(true);
      }
    },
  };
}

/**
 * The state holds exactly the files its manifest names: no orphans, no tmp/, no lock, no manifest
 * temp file; run/ holds the last run's snapshot and diff_report and nothing else.
 */
export function expectTidyState(state: string, context: string): void {
  expect(dataFiles(state), `${context}: data/ files are the manifest's`).toEqual(manifestFiles(readManifest(state)));
  expect(readdirSync(state).sort(), `${context}: top level of the state`).toEqual(["data", "manifest.json", "run"]);
  // (plus the diff report a run with DuckDB open prepares for the next no-change run)
  const run = readdirSync(join(state, "run")).filter((f) => f !== "diff_report.next.parquet");
  expect(run.sort(), `${context}: the state's run/ folder`).toEqual(["diff_report.parquet", "snapshot.parquet"]);
}
