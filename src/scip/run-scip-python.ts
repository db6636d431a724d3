/**
 * Runs scip-python (the pinned @sourcegraph/scip-python devDependency) over a repository and
 * writes a SCIP index. Settings that make its output reproducible and runnable here:
 * `--project-version 0` (the version is inside every symbol string), `--environment` pointing at a
 * file holding `[]` (no pip on PATH: without it scip-python fails with "Could not find valid pip
 * command"), `--quiet`, and a larger Node heap (Django takes ~1.5 GB). The index covers the whole
 * project every time.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";

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
  /** Kill the indexer (its whole process group) after this many seconds; default none. */
  readonly timeoutS?: number;
  /** The indexer to run (scipPythonCommand()); default: the devDependency's entry script. */
  readonly command?: ScipPythonCommand;
  /** Extra arguments after `index` (e.g. a pyright project file). */
  readonly extraArgs?: readonly string[];
}

/** How to start scip-python: a JavaScript entry run with this Node, or an executable. */
export interface ScipPythonCommand {
  readonly file: string;
  readonly node: boolean;
}

export interface ScipPythonRun {
  readonly outFile: string;
  readonly seconds: number;
  readonly bytes: number;
  /** The indexer's stderr/stdout (internal errors on single files are reported there, the run goes on). */
  readonly output: string;
}

/** Why scip-python gave no index: not installed, exited with a failure, out of memory, out of time. */
export type ScipPythonFailure = "missing" | "failed" | "oom" | "timeout";

/** scip-python exited with a failure or wrote no index. */
export class ScipPythonError extends Error {
  constructor(
    message: string,
    /** Bytes of the index it wrote before failing (documents are written as they are indexed): 0 when none, the file is kept otherwise. */
    readonly partialBytes = 0,
    readonly kind: ScipPythonFailure = "failed",
    /** What it printed (head and tail). */
    readonly output = "",
  ) {
    super(message);
  }
}

/**
 * Finds scip-python: `PYCPG_SCIP_PYTHON` (a `.js`/`.mjs`/`.cjs` entry run with this Node, or an
 * executable), else the pinned npm package where Node resolves it (a source checkout or an npm
 * install of pycpg), else `scip-python` on PATH. Null when there is none.
 */
export function scipPythonCommand(env: NodeJS.ProcessEnv = process.env): ScipPythonCommand | null {
  const isJs = (f: string) => /\.[cm]?js$/.test(f);
  const override = env.PYCPG_SCIP_PYTHON?.trim();
  if (override) return existsSync(override) ? { file: resolve(override), node: isJs(override) } : null;
  try {
    const entry = scipPythonEntry();
    if (existsSync(entry)) return { file: entry, node: true };
  } catch {
    // not installed beside pycpg (the bundled action)
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const f = join(dir, "scip-python");
    try {
      accessSync(f, constants.X_OK);
      return { file: f, node: false };
    } catch {
      // not here
    }
  }
  return null;
}

/** The path of the scip-python entry script in node_modules. */
export function scipPythonEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@sourcegraph/scip-python/package.json")), "index.js");
}

/** Indexes `repoDir` with scip-python into `outFile`. */
export async function runScipPython(opts: RunScipPythonOptions): Promise<ScipPythonRun> {
  const log = opts.log ?? (() => {});
  const command = opts.command ?? { file: scipPythonEntry(), node: true };
  const repoDir = resolve(opts.repoDir);
  const outFile = resolve(opts.outFile);
  const envDir = mkdtempSync(join(tmpdir(), "pycpg-scip-env-"));
  const envFile = join(envDir, "environment.json");
  writeFileSync(envFile, "[]\n");
  rmSync(outFile, { force: true });
  mkdirSync(dirname(outFile), { recursive: true });
  const args = [
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
    ...(opts.extraArgs ?? []),
  ];
  const heap = opts.maxOldSpaceMb ?? 8192;
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${heap}`.trim() };
  log(`scip-python ${SCIP_PYTHON_VERSION}: indexing ${repoDir} (heap ${heap} MB)`);
  const t0 = performance.now();
  const timer = setInterval(() => log(`scip-python: still indexing after ${Math.round((performance.now() - t0) / 1000)} s`), (opts.heartbeatS ?? 30) * 1000);
  try {
    let timedOut = false;
    const { code, signal, output } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolveRun, reject) => {
      // Its own process group, so a time-out kills whatever it started too.
      const child = command.node
        ? spawn(process.execPath, [command.file, ...args], { cwd: repoDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true })
        : spawn(command.file, args, { cwd: repoDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
      const killer =
        opts.timeoutS !== undefined
          ? setTimeout(() => {
              timedOut = true;
              try {
                if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
              } catch {
                child.kill("SIGKILL");
              }
            }, opts.timeoutS * 1000)
          : null;
      child.on("close", () => {
        if (killer) clearTimeout(killer);
      });
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
    if (timedOut || code !== 0 || bytes === 0) {
      if (bytes === 0) rmSync(outFile, { force: true });
      const isOom = /heap out of memory|allocation failed/i.test(output);
      const how = timedOut
        ? `ran out of time (limit ${opts.timeoutS} s) and was killed`
        : signal
          ? `was killed by ${signal}`
          : code === 0
            ? "exited with 0 but wrote no index"
            : `exited with ${code}`;
      const oom = isOom ? ` (out of memory: heap ${heap} MB)` : "";
      const wrote = bytes ? `a partial index of ${bytes} bytes is in ${outFile}` : "no index written";
      const kind: ScipPythonFailure = timedOut ? "timeout" : isOom ? "oom" : "failed";
      throw new ScipPythonError(`scip-python ${how}${oom} after ${seconds.toFixed(1)} s (${wrote})`, bytes, kind, output);
    }
    log(`scip-python: ${(bytes / 1e6).toFixed(1)} MB index in ${seconds.toFixed(1)} s`);
    return { outFile, seconds, bytes, output };
  } finally {
    clearInterval(timer);
    rmSync(envDir, { recursive: true, force: true });
  }
}
