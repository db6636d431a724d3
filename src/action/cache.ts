/**
 * The action's state cache: the engine's state directory carried between workflow runs with
 * @actions/cache (docs/architecture.md, "Action: cache and artifacts").
 *
 * - Keys: prefix-OS-fingerprint-SHA-run-attempt (immutable, one per run attempt); the restore key
 *   is prefix-OS-fingerprint-, so the newest entry of the same pipeline wins.
 * - The archive never lands in the state directory directly: it is extracted into a sibling
 *   transfer folder and moved into place by one rename only once tar has finished. A restore that
 *   fails or times out (the toolkit cannot be cancelled and may still be extracting long after)
 *   leaves the state directory as it was, so the engine starts from no state. A restore that
 *   completes is still validated by the engine itself (StateStore.load: format, fingerprint, every
 *   file present and not truncated; anything else is a full rebuild with the reason).
 * - Nothing here throws: every failure or time-out is a result with a warning for the caller.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import * as cache from "@actions/cache";
import { bounded, errorText, lastTrouble, type ToolkitLog, withToolkitLog } from "./toolkit-io.ts";

export interface CacheKeyInputs {
  prefix: string;
  /** RUNNER_OS (e.g. Linux). */
  os: string;
  /** The pipeline fingerprint: a state is only ever reused by the same pipeline. */
  fingerprint: string;
  sha: string;
  runId: string;
  runAttempt: string;
}

export type CacheRestoreStatus = "hit" | "restore-key" | "miss" | "unavailable" | "error" | "timeout";

export interface CacheRestoreResult {
  status: CacheRestoreStatus;
  matchedKey: string | null;
  /** Size of the downloaded archive (compressed), when known. */
  sizeBytes: number | null;
  ms: number;
  /** Text for core.warning (null: nothing to warn about). */
  warning: string | null;
}

export type CacheSaveStatus = "saved" | "exists" | "error" | "timeout" | "unavailable";

export interface CacheSaveResult {
  status: CacheSaveStatus;
  /** Size of the uploaded archive (compressed), when known. */
  sizeBytes: number | null;
  ms: number;
  warning: string | null;
}

export type SaveCacheMode = "default-branch" | "always" | "never";

/** Files of a cached directory that are never carried over: the store's lock and scratch space. */
const TRANSIENT = new Set(["lock", "tmp"]);

/** A key component: commas are not allowed in cache keys, whitespace is confusing. */
function keyPart(s: string): string {
  return s.trim().replace(/[,\s]+/g, "_");
}

/**
 * The cache key of this run and the restore key. The key is unique per run attempt (cache entries
 * are immutable, so each run saves its own); the restore key is its prefix up to the fingerprint,
 * which the cache service matches against the newest entry.
 */
export function cacheKeys(o: CacheKeyInputs): { key: string; restoreKeys: string[] } {
  const prefix = `${keyPart(o.prefix) || "pycpg"}-${keyPart(o.os)}-${keyPart(o.fingerprint)}-`;
  return { key: `${prefix}${keyPart(o.sha)}-${keyPart(o.runId)}-${keyPart(o.runAttempt)}`, restoreKeys: [prefix] };
}

/** Parses the `save-cache` input (throws with what to write instead). */
export function parseSaveCacheMode(input: string): SaveCacheMode {
  const v = input.trim() || "default-branch";
  if (v === "default-branch" || v === "always" || v === "never") return v;
  throw new Error(`save-cache must be one of default-branch, always, never (got "${input}")`);
}

/**
 * Whether this run saves the state. `default-branch`: only runs on the default branch save; a
 * pull request's cache lives under refs/pull/N/merge, is visible to that PR only, and takes
 * repository quota (10 GB, LRU) from the entries every PR restores from.
 */
export function shouldSaveCache(mode: SaveCacheMode, ref: string, eventName: string, defaultBranch: string | null): { save: boolean; reason: string } {
  if (mode === "never") return { save: false, reason: "save-cache is never" };
  if (mode === "always") return { save: true, reason: "save-cache is always" };
  if (eventName === "pull_request" || eventName === "pull_request_target" || ref.startsWith("refs/pull/"))
    return {
      save: false,
      reason:
        "pull request runs do not save the cache (an entry under refs/pull/N/merge serves that PR only and uses the quota); set save-cache: always to save",
    };
  if (!defaultBranch) return { save: false, reason: "the repository's default branch is unknown; set save-cache: always to save" };
  if (ref === `refs/heads/${defaultBranch}`) return { save: true, reason: `${ref} is the default branch` };
  return { save: false, reason: `${ref || "this ref"} is not the default branch (${defaultBranch}); set save-cache: always to save` };
}

function cacheMode(): string {
  return (process.env.ACTIONS_CACHE_MODE ?? "").trim().toLowerCase();
}

/** Why the cache service cannot be used for reading/writing here, or null. */
export function cacheUnavailableReason(write: boolean): string | null {
  if (!cache.isFeatureAvailable())
    return process.env.ACTIONS_CACHE_SERVICE_V2
      ? "no cache service is configured (ACTIONS_RESULTS_URL is not set)"
      : "no cache service is configured (ACTIONS_CACHE_URL and ACTIONS_CACHE_SERVICE_V2 are not set: not running on a GitHub-hosted runner?)";
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return "no cache service is configured (ACTIONS_RUNTIME_TOKEN is not set)";
  const mode = cacheMode();
  if (["none", "read", "write", "write-only"].includes(mode)) {
    if (write && mode !== "write" && mode !== "write-only") return `the runner's cache mode is ${mode} (no writes)`;
    if (!write && mode !== "read" && mode !== "write") return `the runner's cache mode is ${mode} (no reads)`;
  }
  return null;
}

/** The folder the archive of `dir` is built from and extracted into (a sibling: same file system). */
export function transferDir(dir: string): string {
  const abs = resolve(dir);
  return join(dirname(abs), `.${basename(abs)}.cache-transfer`);
}

/**
 * The path string handed to the toolkit for `absPath`. The cache version hashes these strings, and
 * tar stores members relative to GITHUB_WORKSPACE, so a path inside the workspace is given
 * relative to it (the same string on every runner) when the process runs there; else absolute.
 */
function toolkitPath(absPath: string): string {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  if (workspace !== resolve(process.cwd())) return absPath;
  const rel = relative(workspace, absPath);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : absPath;
}

/** Transfer folders some earlier operation that timed out may still be writing or reading. */
const busy = new Map<string, Promise<void>>();

/**
 * Resolves once no cache operation that timed out is still running in the background (on `paths`
 * only, when given). Such an operation cannot be cancelled: it ends when its connection does.
 */
export async function cacheBackgroundSettled(paths?: string[]): Promise<void> {
  const mine = (d: string) => paths === undefined || paths.some((p) => transferDir(p) === d);
  for (;;) {
    const waiting = [...busy.entries()].filter(([d]) => mine(d)).map(([, p]) => p);
    if (waiting.length === 0) return;
    await Promise.allSettled(waiting);
  }
}

function markBusy(dirs: string[], pending: Promise<unknown>): void {
  const done = pending.then(
    () => undefined,
    () => undefined,
  );
  for (const d of dirs) {
    const p = done.then(() => {
      rmSync(d, { recursive: true, force: true });
      if (busy.get(d) === p) busy.delete(d);
    });
    busy.set(d, p);
  }
}

function busyWarning(dirs: string[]): string | null {
  const d = dirs.find((x) => busy.has(x));
  return d ? `an earlier cache operation on ${d} timed out and is still running` : null;
}

/** "Cache Size: ~12 MB (12345678 B)" (restore) or "File Size: 12345678" (save, debug). */
function archiveSize(log: ToolkitLog): number | null {
  for (const line of [...log.infos, ...log.debugs]) {
    const m = /Cache Size: ~\d+ MB \((\d+) B\)/.exec(line) ?? /^File Size: (\d+)$/.exec(line);
    if (m) return Number(m[1]);
  }
  return null;
}

function toolkitFailure(log: ToolkitLog, prefix: string): string | null {
  const line = [...log.errors, ...log.warnings].find((l) => l.startsWith(prefix)) ?? log.errors[0] ?? null;
  return line === null ? null : (line.split("\n")[0] ?? line);
}

function checkPaths(paths: string[]): string | null {
  if (paths.length === 0) return "no path to cache was given";
  return null;
}

/**
 * Restores the cached state into `paths` (normally one: the state directory). Never throws.
 * On hit/restore-key the directories hold the archive's content (the engine validates it);
 * on any other status they are unchanged.
 */
export async function restoreState(o: { paths: string[]; key: string; restoreKeys: string[]; timeoutMs: number }): Promise<CacheRestoreResult> {
  const t0 = performance.now();
  const result = (status: CacheRestoreStatus, extra: Partial<CacheRestoreResult> = {}): CacheRestoreResult => ({
    status,
    matchedKey: null,
    sizeBytes: null,
    warning: null,
    ...extra,
    ms: Math.round(performance.now() - t0),
  });
  const unavailable = cacheUnavailableReason(false);
  if (unavailable !== null) return result("unavailable", { warning: `cache not restored: ${unavailable}` });
  const bad = checkPaths(o.paths);
  if (bad !== null) return result("error", { warning: `cache not restored: ${bad}` });

  const targets = o.paths.map((p) => resolve(p));
  const transfers = targets.map(transferDir);
  const inUse = busyWarning(transfers);
  if (inUse !== null) return result("error", { warning: `cache not restored: ${inUse}` });
  try {
    for (const t of transfers) rmSync(t, { recursive: true, force: true });
  } catch (err) {
    return result("error", { warning: `cache not restored: cannot clear ${transfers.join(", ")} (${errorText(err)})` });
  }

  const { promise, log } = withToolkitLog(() =>
    cache.restoreCache(transfers.map(toolkitPath), o.key, o.restoreKeys, {
      // The Azure SDK download aborts itself near our bound instead of running on for an hour.
      segmentTimeoutInMs: Math.max(1000, o.timeoutMs),
      timeoutInMs: Math.min(30_000, Math.max(1000, o.timeoutMs)),
    }),
  );
  const outcome = await bounded(promise, o.timeoutMs);
  if (outcome.timedOut) {
    markBusy(transfers, outcome.pending);
    const last = lastTrouble(log);
    return result("timeout", {
      warning: `cache restore timed out after ${o.timeoutMs} ms${last ? ` (last: ${last})` : ""}; building without the cached state`,
    });
  }
  const clearTransfers = () => {
    for (const t of transfers) rmSync(t, { recursive: true, force: true });
  };
  if ("error" in outcome) {
    clearTransfers();
    return result("error", { warning: `cache not restored: ${errorText(outcome.error)}` });
  }
  const matchedKey = outcome.value ?? null;
  if (matchedKey === null) {
    clearTransfers();
    const failure = toolkitFailure(log, "Failed to restore");
    return failure === null ? result("miss") : result("error", { warning: `cache not restored: ${failure}` });
  }
  const sizeBytes = archiveSize(log);
  try {
    const missing = transfers.findIndex((t) => !statSync(t, { throwIfNoEntry: false })?.isDirectory());
    if (missing >= 0) throw new Error(`the cache entry ${matchedKey} does not hold ${o.paths[missing]}`);
    transfers.forEach((t, i) => {
      const target = targets[i] as string;
      for (const name of TRANSIENT) rmSync(join(t, name), { recursive: true, force: true });
      mkdirSync(dirname(target), { recursive: true });
      if (existsSync(target)) {
        const aside = `${t}.replaced`;
        rmSync(aside, { recursive: true, force: true });
        renameSync(target, aside);
        renameSync(t, target);
        rmSync(aside, { recursive: true, force: true });
      } else renameSync(t, target);
    });
  } catch (err) {
    clearTransfers();
    return result("error", { matchedKey, sizeBytes, warning: `cache not restored: ${errorText(err)}` });
  }
  return result(matchedKey === o.key ? "hit" : "restore-key", { matchedKey, sizeBytes });
}

/** Builds `dst` as a copy of `src` made of hard links (files are never rewritten in place). */
function mirror(src: string, dst: string, top: boolean): void {
  mkdirSync(dst, { recursive: true });
  for (const e of readdirSync(src, { withFileTypes: true })) {
    if (top && TRANSIENT.has(e.name)) continue;
    const s = join(src, e.name);
    const d = join(dst, e.name);
    if (e.isDirectory()) mirror(s, d, false);
    else if (e.isFile()) {
      try {
        linkSync(s, d);
      } catch {
        copyFileSync(s, d);
      }
    }
  }
}

/**
 * Saves `paths` (the same list as the restore: the cache version hashes it) under `key`.
 * Never throws. "exists": an entry with this key is already there (entries are immutable).
 */
export async function saveState(o: { paths: string[]; key: string; timeoutMs: number }): Promise<CacheSaveResult> {
  const t0 = performance.now();
  const result = (status: CacheSaveStatus, extra: Partial<CacheSaveResult> = {}): CacheSaveResult => ({
    status,
    sizeBytes: null,
    warning: null,
    ...extra,
    ms: Math.round(performance.now() - t0),
  });
  const unavailable = cacheUnavailableReason(true);
  if (unavailable !== null) return result("unavailable", { warning: `cache not saved: ${unavailable}` });
  const bad = checkPaths(o.paths);
  if (bad !== null) return result("error", { warning: `cache not saved: ${bad}` });

  const sources = o.paths.map((p) => resolve(p));
  const transfers = sources.map(transferDir);
  const inUse = busyWarning(transfers);
  if (inUse !== null) return result("error", { warning: `cache not saved: ${inUse}` });
  const clearTransfers = () => {
    for (const t of transfers) rmSync(t, { recursive: true, force: true });
  };
  try {
    sources.forEach((s, i) => {
      if (!statSync(s, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${o.paths[i]} is not a directory`);
      const t = transfers[i] as string;
      rmSync(t, { recursive: true, force: true });
      mirror(s, t, true);
    });
  } catch (err) {
    clearTransfers();
    return result("error", { warning: `cache not saved: ${errorText(err)}` });
  }

  const { promise, log } = withToolkitLog(() => cache.saveCache(transfers.map(toolkitPath), o.key));
  const outcome = await bounded(promise, o.timeoutMs);
  if (outcome.timedOut) {
    markBusy(transfers, outcome.pending);
    const last = lastTrouble(log);
    return result("timeout", { sizeBytes: archiveSize(log), warning: `cache save timed out after ${o.timeoutMs} ms${last ? ` (last: ${last})` : ""}` });
  }
  clearTransfers();
  const sizeBytes = archiveSize(log);
  if ("error" in outcome) return result("error", { sizeBytes, warning: `cache not saved: ${errorText(outcome.error)}` });
  if (outcome.value !== -1) return result("saved", { sizeBytes });
  const text = [...log.infos, ...log.debugs, ...log.warnings].join("\n");
  if (/\(409\)|already exists/i.test(text)) return result("exists", { sizeBytes });
  const failure =
    toolkitFailure(log, "Failed to save") ??
    [...log.infos].reverse().find((l) => l.startsWith("Failed to save")) ??
    "the cache service did not accept the entry";
  return result("error", { sizeBytes, warning: `cache not saved: ${failure}` });
}
