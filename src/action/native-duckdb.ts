/**
 * The action's way to DuckDB's native library: dist/ ships without it, so the first job on a
 * runner fetches the pinned `@duckdb/node-bindings-<platform>` tarball from `native-registry`,
 * checks it against the integrity in package-lock.json (embedded at build time) before unpacking,
 * and stores it in the runner's tool cache with @actions/tool-cache; later jobs on the same runner
 * find it there. The lookup order and the download live in src/native/duckdb-native.ts (shared
 * with the CLI); this file only plugs the runner's tool cache in.
 *
 * Call `await ensureDuckdbNative(...)` before anything opens DuckDB (DuckDB itself is imported
 * lazily by src/store/duckdb.ts, so a static import of the pipeline is fine).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import * as tc from "@actions/tool-cache";
import { DEFAULT_NATIVE_REGISTRY, ensureDuckdbNativeLocal, ensureNativeWith, type NativeCache, type NativeResult } from "../native/duckdb-native.ts";

export type { NativeResult } from "../native/duckdb-native.ts";
export { DEFAULT_NATIVE_REGISTRY, NativeLibraryError } from "../native/duckdb-native.ts";

export interface EnsureDuckdbNativeOptions {
  /** The `native-registry` input (empty: the public npm registry). */
  readonly registry?: string;
  readonly log?: (line: string) => void;
  /** Per download attempt (default 300 s). */
  readonly timeoutMs?: number;
  /** Download attempts (default 3). */
  readonly attempts?: number;
  /** First retry delay, doubled after (default 1000 ms). */
  readonly retryDelayMs?: number;
  /** False: ignore node_modules' copy (tests, benchmarks). */
  readonly nodeModules?: boolean;
}

/** @actions/tool-cache as the cache (needs RUNNER_TOOL_CACHE and RUNNER_TEMP, which a runner sets). */
function runnerToolCache(tempRoot: string): NativeCache {
  return {
    tempRoot,
    find: (tool, version, arch) => tc.find(tool, version, arch) || null,
    store: (sourceDir, tool, version, arch) => tc.cacheDir(sourceDir, tool, version, arch),
  };
}

/**
 * Finds (node_modules, tool cache) or fetches the pinned native library and selects it for the
 * bundle's DuckDB. Outside a runner (no RUNNER_TOOL_CACHE/RUNNER_TEMP) it uses the CLI's cache.
 * Throws a NativeLibraryError saying what to do when it cannot (registry unreachable, 404,
 * integrity mismatch, a platform DuckDB has no build for).
 */
export async function ensureDuckdbNative(opts: EnsureDuckdbNativeOptions = {}): Promise<NativeResult> {
  const ensureOpts = { ...opts, registry: opts.registry?.trim() || DEFAULT_NATIVE_REGISTRY };
  const toolCache = process.env.RUNNER_TOOL_CACHE;
  const temp = process.env.RUNNER_TEMP;
  if (!toolCache || !temp) return ensureDuckdbNativeLocal(ensureOpts);
  const tempRoot = join(temp, "pycpg-native");
  mkdirSync(tempRoot, { recursive: true });
  return ensureNativeWith(runnerToolCache(tempRoot), ensureOpts);
}
