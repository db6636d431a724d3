/**
 * Runs scip-python (the pinned @sourcegraph/scip-python devDependency) over a repository and
 * writes a SCIP index. Settings that make its output reproducible and runnable here:
 * `--project-version 0` (the version is inside every symbol string), `--environment` pointing at a
 * file holding `[]` (no pip on PATH: without it scip-python fails with "Could not find valid pip
 * command"), `--quiet`, and a larger Node heap (Django takes ~1.5 GB). The index covers the whole
 * project every time.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** The scip-python version pycpg is tested with (package.json pins it exactly). */
export const SCIP_PYTHON_VERSION = "0.6.6";

export interface RunScipPythonOptions {
  /** The project root to index. */
  readonly repoDir: string;
  /** Where the index goes (overwritten). */
  readonly outFile: string;
  /** The package name inside every symbol (`scip-python python <projectName> 0 ...`). */
  readonly projectName: string;
  /** Node heap for the indexer, MB (default 8192). */
  readonly maxOldSpaceMb?: number;
  /** Index only this subdirectory of repoDir (`--target-only`). */
  readonly targetOnly?: string;
  /** Progress lines (start, a heartbeat every `heartbeatS` seconds, the end); default none. */
  readonly log?: (line: string) => void;
  readonly heartbeatS?: number;
}

export interface ScipPythonRun {
  readonly outFile: string;
  readonly seconds: number;
  readonly bytes: number;
  /** The indexer's stderr/stdout (internal errors on single files are reported there, the run goes on). */
  readonly output: string;
}

/** scip-python exited with a failure or wrote no index. */
export class ScipPythonError extends Error {
  constructor(
    message: string,
    /** Bytes of the index it wrote before failing (documents are written as they are indexed): 0 when none, the file is kept otherwise. */
    readonly partialBytes = 0,
  ) {
    super(message);
  }
}

/** The path of the scip-python entry script in node_modules. */
export function scipPythonEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@sourcegraph/scip-python/package.json")), "index.js");
}

/** Indexes `repoDir` with scip-python into `outFile`. */
export async function runScipPython(opts: RunScipPythonOptions): Promise<ScipPythonRun> {
  const log = opts.log ?? (() => {});
  const repoDir = resolve(opts.repoDir);
  const outFile = resolve(opts.outFile);
  const envDir = mkdtempSync(join(tmpdir(), "pycpg-scip-env-"));
  const envFile = join(envDir, "environment.json");
  writeFileSync(envFile, "[]\n");
  rmSync(outFile, { force: true });
  mkdirSync(dirname(outFile), { recursive: true });
  const args = [
    scipPythonEntry(),
    "index",
    "--project-name",
    opts.projectName,
    "--project-version",
    "0",
    "--environment",
    envFile,
    "--output",
    outFile,
    "--cwd",
    repoDir,
    "--quiet",
    ...(opts.targetOnly ? ["--target-only", opts.targetOnly] : []),
  ];
  const heap = opts.maxOldSpaceMb ?? 8192;
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${heap}`.trim() };
  log(`scip-python ${SCIP_PYTHON_VERSION}: indexing ${repoDir} (heap ${heap} MB)`);
  const t0 = performance.now();
  const timer = setInterval(() => log(`scip-python: still indexing after ${Math.round((performance.now() - t0) / 1000)} s`), (opts.heartbeatS ?? 30) * 1000);
  try {
    const { code, signal, output } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolveRun, reject) => {
      const child = spawn(process.execPath, args, { cwd: repoDir, env, stdio: ["ignore", "pipe", "pipe"] });
      // Keep the head and the tail only: a broken corpus can print a stack trace per file, and a
      // fatal error comes last.
      let head = "";
      let tail = "";
      const keep = (d: Buffer) => {
        const text = d.toString();
        if (head.length < 100_000) head += text;
        else tail = (tail + text).slice(-100_000);
      };
      child.stdout.on("data", keep);
      child.stderr.on("data", keep);
      child.on("error", reject);
      child.on("close", (c, sig) => resolveRun({ code: c, signal: sig, output: tail ? `${head}\n...\n${tail}` : head }));
    });
    const seconds = (performance.now() - t0) / 1000;
    let bytes = 0;
    try {
      bytes = statSync(outFile).size;
    } catch {
      // no index written
    }
    if (code !== 0 || bytes === 0) {
      if (bytes === 0) rmSync(outFile, { force: true });
      const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
      const oom = /heap out of memory/i.test(output) ? ` (out of memory: raise maxOldSpaceMb, now ${heap} MB)` : "";
      const wrote = bytes ? `a partial index of ${bytes} bytes is in ${outFile}` : "no index written";
      throw new ScipPythonError(`scip-python ${how}${oom} after ${seconds.toFixed(1)} s (${wrote}):\n${output.slice(-4000)}`, bytes);
    }
    log(`scip-python: ${(bytes / 1e6).toFixed(1)} MB index in ${seconds.toFixed(1)} s`);
    return { outFile, seconds, bytes, output };
  } finally {
    clearInterval(timer);
    rmSync(envDir, { recursive: true, force: true });
  }
}
