/**
 * The GitHub Action's front door: reads the inputs, runs the same pipeline as the CLI
 * (runBuild), and reports through the runner's files. The only code that imports `@actions/*`
 * lives in src/action/. (Skeleton: cache, event, comment and artifact stages are being built.)
 */
import * as core from "@actions/core";
import { makeBuildOptions } from "../config/build-options.ts";
import { runBuild } from "../pipeline/run-build.ts";

export async function run(): Promise<void> {
  try {
    const repo = core.getInput("working-directory") || ".";
    const options = makeBuildOptions({
      repo,
      state: core.getInput("state-dir") || ".pycpg/state",
      out: core.getInput("output-dir") || ".pycpg/out",
    });
    const report = await runBuild(options);
    core.setOutput("mode", report.mode);
    core.setOutput("output-dir", options.out);
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
