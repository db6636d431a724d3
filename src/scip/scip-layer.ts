/**
 * Getting the SCIP index a build ingests (`--scip off|auto|PATH`, the action's `scip` input):
 * `PATH` reads an existing index.scip; `auto` runs the pinned scip-python over the repository with
 * a heap sized to the machine and a time limit. Any failure (not installed, crashed, out of memory
 * or time, an index that does not decode) is a result, not an exception: the build goes on without
 * the layer and the report says why.
 */
import { existsSync, statSync } from "node:fs";
import { totalmem } from "node:os";
import { join, resolve } from "node:path";
import { UsageError } from "../util/errors.ts";
import { runScipPython, SCIP_PYTHON_VERSION, ScipPythonError, type ScipPythonFailure, scipPythonCommand } from "./run-scip-python.ts";

export type ScipMode = { readonly kind: "off" } | { readonly kind: "auto" } | { readonly kind: "path"; readonly path: string };

export const SCIP_OFF: ScipMode = Object.freeze({ kind: "off" });

/** Default time limit of `--scip auto`, seconds (`--scip-timeout`). */
export const DEFAULT_SCIP_TIMEOUT_S = 1200;

/** The project name scip-python writes into every symbol: fixed, so a checkout's directory name never changes a symbol. */
export const SCIP_PROJECT_NAME = "project";

/** Parses `off`, `auto` or a path (relative to `base`). Empty means off. */
export function parseScipMode(value: string | undefined, base: string, what = "--scip"): ScipMode {
  const v = (value ?? "").trim();
  if (v === "" || v === "off" || v === "false") return SCIP_OFF;
  if (v === "auto" || v === "on" || v === "true") return Object.freeze({ kind: "auto" });
  if (v.startsWith("-")) throw new UsageError(`${what} takes off, auto or the path of an index.scip, got "${v}"`);
  return Object.freeze({ kind: "path", path: resolve(base, v) });
}

/** How a mode is written in reports and the fingerprint: `off`, `auto` or `path`. */
export function scipModeName(m: ScipMode): "off" | "auto" | "path" {
  return m.kind;
}

/**
 * Node heap for scip-python, MB: three quarters of the machine's memory, between 1 GB and 16 GB
 * (Django needs ~1.5 GB, SymPy over 8 GB). `PYCPG_SCIP_HEAP_MB` overrides it.
 */
export function scipHeapMb(env: NodeJS.ProcessEnv = process.env): number {
  const o = Number(env.PYCPG_SCIP_HEAP_MB);
  if (Number.isFinite(o) && o >= 64) return Math.floor(o);
  return Math.max(1024, Math.min(16384, Math.floor((totalmem() / 2 ** 20) * 0.75)));
}

export type ScipFailure = ScipPythonFailure | "no_index" | "corrupt";

export type ScipObtained =
  | {
      readonly ok: true;
      readonly indexPath: string;
      readonly source: "scip-python" | "file";
      readonly seconds: number;
      readonly heapMb: number | null;
      /** What scip-python printed (head and tail); empty for a file. */
      readonly output: string;
    }
  | { readonly ok: false; readonly failure: ScipFailure; readonly reason: string; readonly seconds: number; readonly output: string };

export interface ObtainScipOptions {
  readonly repoDir: string;
  /** Where `auto` writes the index (scratch space). */
  readonly workDir: string;
  readonly timeoutS: number;
  readonly log: (line: string) => void;
}

/** Produces or locates the index of `mode` (not off). Never throws for a failing indexer. */
export async function obtainScipIndex(mode: Exclude<ScipMode, { kind: "off" }>, opts: ObtainScipOptions): Promise<ScipObtained> {
  if (mode.kind === "path") {
    const st = statSync(mode.path, { throwIfNoEntry: false });
    if (!st?.isFile()) return { ok: false, failure: "no_index", reason: `the SCIP index ${mode.path} does not exist or is not a file`, seconds: 0, output: "" };
    return { ok: true, indexPath: mode.path, source: "file", seconds: 0, heapMb: null, output: "" };
  }
  const command = scipPythonCommand();
  if (!command || !existsSync(command.file))
    return {
      ok: false,
      failure: "missing",
      reason: `scip-python is not installed (install @sourcegraph/scip-python@${SCIP_PYTHON_VERSION}, put scip-python on PATH or set PYCPG_SCIP_PYTHON; or pass --scip PATH to an index made elsewhere)`,
      seconds: 0,
      output: "",
    };
  const heapMb = scipHeapMb();
  const t0 = performance.now();
  try {
    const run = await runScipPython({
      repoDir: opts.repoDir,
      outFile: join(opts.workDir, "index.scip"),
      projectName: SCIP_PROJECT_NAME,
      maxOldSpaceMb: heapMb,
      timeoutS: opts.timeoutS,
      command,
      log: opts.log,
    });
    return { ok: true, indexPath: run.outFile, source: "scip-python", seconds: run.seconds, heapMb, output: run.output };
  } catch (err) {
    const seconds = (performance.now() - t0) / 1000;
    if (err instanceof ScipPythonError) return { ok: false, failure: err.kind, reason: err.message, seconds, output: err.output };
    const e = err as NodeJS.ErrnoException;
    return { ok: false, failure: e.code === "ENOENT" ? "missing" : "failed", reason: `scip-python could not be started: ${e.message}`, seconds, output: "" };
  }
}
