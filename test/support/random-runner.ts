/**
 * Runs random edit sequences (random-edits.ts) on a git copy of fixtures/sample-repo (or of the
 * package directory PYCPG_RANDOM_REPO names, e.g. a Debian package's tree of real code, copied as
 * the repository's one top-level package): after each
 * step an incremental build into one state and a full build into another, which must publish the
 * same tables; the report must list exactly the files whose content changed. Shared by the fast
 * and the slow property tests.
 */
import { cpSync, existsSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { runBuild } from "../../src/pipeline/run-build.ts";
import { compareOutputs } from "../../src/pipeline/run-verify.ts";
import type { BuildReport } from "../../src/report/build-report.ts";
import { compareStates, copySampleRepo, copyTree, describeDifferences, git, gitCommitAll, gitInit, options, reportSummary } from "./incremental.ts";
import { applyEdit, contentChanges, contentSnapshot, largeFiles, MAX_FILE_BYTES, type Step } from "./random-edits.ts";

export interface RandomRunner {
  run(steps: Step[]): Promise<void>;
  /** Sequences run so far. */
  readonly runs: number;
}

export async function makeRandomRunner(dir: (name: string) => string): Promise<RandomRunner> {
  const work = dir("random");
  const repo = join(work, "repo");
  const source = process.env.PYCPG_RANDOM_REPO;
  if (source && !existsSync(source)) throw new Error(`PYCPG_RANDOM_REPO=${source} does not exist`);
  if (source) copyTree(source, join(repo, basename(source)));
  else copySampleRepo(repo);
  const baseCommit = gitInit(repo, "base");
  const template = join(work, "template-state");
  const first = await runBuild(options(repo, template, join(work, "template-out"), { maxFileBytes: MAX_FILE_BYTES }));
  if (first.mode !== "full") throw new Error("the template build should be full");
  let runs = 0;

  return {
    get runs() {
      return runs;
    },
    async run(steps: Step[]): Promise<void> {
      runs++;
      git(repo, "reset", "-q", "--hard", baseCommit);
      git(repo, "clean", "-q", "-f", "-d", "-x");
      const state = join(work, "inc-state");
      const out = join(work, "inc-out");
      for (const d of [state, out]) rmSync(d, { recursive: true, force: true });
      cpSync(template, state, { recursive: true });
      const log: string[] = [];
      let n = 0;
      let before = contentSnapshot(repo);
      const fail = (msg: string): never => {
        throw new Error(`${msg}\nedits applied (sequence ${runs}):\n  ${log.join("\n  ")}`);
      };
      for (const [i, step] of steps.entries()) {
        for (const e of step.edits) {
          const did = applyEdit(repo, e, ++n);
          log.push(`step ${i}: ${did ?? `${e.kind}: nothing eligible`}`);
        }
        if (step.commit === "commit") gitCommitAll(repo, `step ${i}`);
        else if (step.commit === "stage") git(repo, "add", "-A");
        log.push(`step ${i}: ${step.commit === "commit" ? "committed" : step.commit === "stage" ? "staged (not committed)" : "left uncommitted"}`);

        let inc: BuildReport;
        try {
          inc = await runBuild(options(repo, state, out, { maxFileBytes: MAX_FILE_BYTES }));
        } catch (err) {
          return fail(`step ${i}: the incremental build failed: ${(err as Error).stack}`);
        }
        const fullOut = join(work, "full-out");
        const full = await runBuild(options(repo, join(work, "full-state"), fullOut, { full: true, maxFileBytes: MAX_FILE_BYTES }));
        if (inc.mode !== "incremental") fail(`step ${i}: mode ${inc.mode} (${inc.fallback_reason})`);
        const cmp = await compareOutputs(out, fullOut);
        if (!cmp.equal) fail(`step ${i}: the incremental output differs from a full build:\n${describeDifferences(cmp)}`);
        const internal = await compareStates(state, join(work, "full-state"));
        if (!internal.equal) fail(`step ${i}: an internal dataset of the incremental state differs from the full build's:\n${describeDifferences(internal)}`);
        const a = JSON.stringify(reportSummary(inc));
        const b = JSON.stringify(reportSummary(full));
        if (a !== b) fail(`step ${i}: report summaries differ:\n  incremental ${a}\n  full        ${b}`);
        // `changed` names exactly the files whose content (or existence) changed since the last build
        // (a file over the size limit is not hashed: a new mtime alone may count as a change).
        const after = contentSnapshot(repo);
        const large = largeFiles(repo);
        const expected = contentChanges(before, after);
        const reported = [...new Set(inc.changed.flatMap((c) => (c.old_path ? [c.path, c.old_path] : [c.path])))].sort();
        const unexplained = reported.filter((p) => !expected.includes(p) && !large.has(p));
        const missed = expected.filter((p) => !reported.includes(p));
        if (unexplained.length > 0 || missed.length > 0)
          fail(
            `step ${i}: report.changed ${JSON.stringify(inc.changed)}\n  names ${JSON.stringify(reported)}\n  but the content changed for ${JSON.stringify(expected)}`,
          );
        const impacted = new Set(inc.impacted.map((x) => x.path));
        for (const c of inc.changed) if (c.status !== "deleted" && !impacted.has(c.path)) fail(`step ${i}: changed ${c.path} is not impacted`);
        before = after;
      }
      if (process.env.PYCPG_RANDOM_LOG) console.log(`sequence ${runs}:\n  ${log.join("\n  ")}`);
    },
  };
}
