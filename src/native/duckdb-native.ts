/**
 * DuckDB's native library (`@duckdb/node-bindings-<platform>`: duckdb.node + libduckdb, ~70 MB):
 * where the bundle gets it. It is never committed; in order, it comes from
 *  1. PYCPG_DUCKDB_NATIVE (a path to a duckdb.node: the operator's override),
 *  2. node_modules (an npm install of pycpg), when its version is the pinned one (package.json
 *     pins @duckdb/node-api exactly, so an install has it),
 *  3. a tool cache (the runner's RUNNER_TOOL_CACHE, else ~/.cache/pycpg/tool-cache), same layout as
 *     @actions/tool-cache: `<root>/duckdb-node-bindings-<platform>/<version>/<arch>` + `.complete`,
 *  4. a download of the pinned tarball from an npm registry, checked against the integrity recorded
 *     in package-lock.json BEFORE anything is unpacked, then unpacked and stored in that cache.
 * The chosen duckdb.node is recorded with selectDuckdbNative; in the bundle, @duckdb/node-bindings'
 * `require('@duckdb/node-bindings-<platform>/duckdb.node')` is redirected (scripts/build.mjs) to
 * loadDuckdbBinding, which loads that file. DuckDB is imported lazily (src/store/duckdb.ts), so the
 * selection only has to happen before the first database is opened.
 *
 * This module is shared by the CLI and the action and imports no `@actions/*`; the action's
 * variant (src/action/native-duckdb.ts) plugs @actions/tool-cache in as the cache.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { type BuildInfo, buildInfoFromInstall, embeddedBuildInfo, type NativePin } from "../config/build-info.ts";
import { PACKAGE_ROOT } from "../config/package-root.ts";
import { UserError } from "../util/errors.ts";
import { type IntegrityChecker, IntegrityError, integrityChecker, unpackNpmTarball } from "./npm-tarball.ts";

export const DEFAULT_NATIVE_REGISTRY = "https://registry.npmjs.org";

export type NativeSource = "env" | "node_modules" | "tool-cache" | "download";

export interface NativeResult {
  /** The duckdb.node that will be loaded (libduckdb beside it). */
  readonly path: string;
  readonly source: NativeSource;
  /** Wall time of the whole lookup (and download, when there was one). */
  readonly ms: number;
  /** Platform key, e.g. `linux-x64`. */
  readonly platform: string;
  readonly version: string;
  /** Only after a download: its size and where the time went. */
  readonly download?: {
    readonly url: string;
    readonly bytes: number;
    readonly fetchMs: number;
    readonly verifyMs: number;
    readonly unpackMs: number;
    readonly cacheMs: number;
  };
}

/** What is needed to get the library, said so the user knows what to do. */
export class NativeLibraryError extends UserError {}

/** A cache with @actions/tool-cache's layout (find -> folder or null; store copies a folder in). */
export interface NativeCache {
  /** Where a download is unpacked before `store` (the local cache: inside it, so storing is a rename). */
  readonly tempRoot: string;
  find(tool: string, version: string, arch: string): string | null;
  store(sourceDir: string, tool: string, version: string, arch: string): Promise<string>;
}

export interface EnsureOptions {
  /** npm registry base URL (default https://registry.npmjs.org). */
  readonly registry?: string;
  readonly log?: (line: string) => void;
  /** Per attempt (default 300 s: 24 MB over a slow link). */
  readonly timeoutMs?: number;
  /** Attempts on network errors and HTTP 5xx/429 (default 3). */
  readonly attempts?: number;
  /** Delay before the second attempt, doubled for each next one (default 1000 ms). */
  readonly retryDelayMs?: number;
  /** False: ignore node_modules' copy (tests and benchmarks of the fetch; default true). */
  readonly nodeModules?: boolean;
}

const SLOT = Symbol.for("pycpg.duckdb-native");
const localRequire = createRequire(import.meta.url);

type Slot = { path: string; source: NativeSource };
const slotHolder = globalThis as unknown as Record<symbol, Slot | undefined>;

/** Records the duckdb.node to load (before DuckDB is first imported). */
export function selectDuckdbNative(path: string, source: NativeSource): void {
  slotHolder[SLOT] = { path, source };
}

/** The recorded duckdb.node, if any. */
export function selectedDuckdbNative(): Slot | null {
  return slotHolder[SLOT] ?? null;
}

/** Forgets the selection (tests). */
export function clearDuckdbNativeSelection(): void {
  slotHolder[SLOT] = undefined;
}

function isMusl(): boolean {
  if (process.platform !== "linux") return false;
  // As detect-libc (used by @duckdb/node-bindings) decides, cheapest check first: ldd names its libc.
  try {
    const ldd = readFileSync("/usr/bin/ldd", "utf8");
    if (ldd.includes("musl")) return true;
    if (ldd.includes("GNU C Library") || ldd.includes("GLIBC")) return false;
  } catch {
    // no ldd: ask Node (glibc reports its version in the diagnostic report)
  }
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return !report?.header?.glibcVersionRuntime;
}

/** The `@duckdb/node-bindings-<key>` this process needs (as @duckdb/node-bindings chooses it). */
export function nativePlatformKey(platform: string = process.platform, arch: string = process.arch, musl: boolean = isMusl()): string {
  return `${platform}-${arch}${platform === "linux" && musl ? "-musl" : ""}`;
}

let sourcesInfo: BuildInfo | null = null;

/** The pinned native packages: embedded in the bundle, read from package-lock.json from the sources. */
export function nativePins(): Readonly<Record<string, NativePin>> {
  const embedded = embeddedBuildInfo();
  if (embedded) return embedded.duckdbNative;
  sourcesInfo ??= buildInfoFromInstall(PACKAGE_ROOT);
  return sourcesInfo.duckdbNative;
}

/** The pin for `key`; a clear error for a platform DuckDB publishes no library for. */
export function nativePinFor(key: string, pins: Readonly<Record<string, NativePin>> = nativePins()): NativePin {
  const pin = pins[key];
  if (!pin) {
    throw new NativeLibraryError(
      `DuckDB publishes no native library for this platform (${key}); pycpg runs on ${Object.keys(pins).join(", ")}. ` +
        "Use a runner of one of those platforms (e.g. ubuntu-latest, macos-latest, windows-latest).",
    );
  }
  return pin;
}

/** The tool-cache name of the native package for `key`. */
export function nativeToolName(key: string): string {
  return `duckdb-node-bindings-${key}`;
}

/** The registry URL of the pinned tarball (npm's layout: `<registry>/<scope>/<name>/-/<name>-<version>.tgz`). */
export function nativeTarballUrl(registry: string, key: string, version: string): string {
  return `${registry.replace(/\/+$/, "")}/@duckdb/node-bindings-${key}/-/node-bindings-${key}-${version}.tgz`;
}

/** The duckdb.node of an installed or cached package folder, if it is there. */
function nativeIn(dir: string): string | null {
  const p = join(dir, "duckdb.node");
  return existsSync(p) ? p : null;
}

/** node_modules' copy and its version, if there is one (only the pinned version is used: another would not match the bundled JavaScript). */
export function installedNative(key: string): { path: string; version: string } | null {
  try {
    const pkgJson = localRequire.resolve(`@duckdb/node-bindings-${key}/package.json`);
    const { version } = JSON.parse(readFileSync(pkgJson, "utf8")) as { version?: string };
    const path = nativeIn(dirname(pkgJson));
    return path && version ? { path, version } : null;
  } catch {
    return null;
  }
}

/** The local tool cache: RUNNER_TOOL_CACHE on a runner, else ~/.cache/pycpg/tool-cache (or $XDG_CACHE_HOME/pycpg/tool-cache). */
export function localNativeCache(root: string = defaultCacheRoot()): NativeCache {
  const folder = (tool: string, version: string, arch: string) => join(root, tool, version, arch);
  return {
    tempRoot: root,
    find(tool, version, arch) {
      const dir = folder(tool, version, arch);
      return existsSync(`${dir}.complete`) && existsSync(dir) ? dir : null;
    },
    async store(sourceDir, tool, version, arch) {
      const dir = folder(tool, version, arch);
      mkdirSync(dirname(dir), { recursive: true });
      rmSync(`${dir}.complete`, { force: true });
      rmSync(dir, { recursive: true, force: true });
      try {
        renameSync(sourceDir, dir);
      } catch {
        // Another process stored it meanwhile (rename onto a non-empty folder fails): use theirs if complete.
        if (existsSync(`${dir}.complete`)) return dir;
        throw new NativeLibraryError(`could not store DuckDB's native library in ${dir}; check that the folder is writable`);
      }
      writeFileSync(`${dir}.complete`, "");
      return dir;
    },
  };
}

function defaultCacheRoot(): string {
  if (process.env.RUNNER_TOOL_CACHE) return process.env.RUNNER_TOOL_CACHE;
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "pycpg", "tool-cache");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The received tarball: its bytes, hashed as they arrived (the checker is verified by the caller). */
interface Received {
  readonly bytes: Uint8Array;
  readonly checker: IntegrityChecker;
}

/** GET `url` into memory, hashing as it arrives; retries network errors and 5xx/429; clear errors for the rest. */
async function download(url: string, registry: string, what: string, sri: string, opts: EnsureOptions): Promise<Received> {
  const attempts = Math.max(1, opts.attempts ?? 3);
  let delay = opts.retryDelayMs ?? 1000;
  const remedy =
    "Set the action input `native-registry` (PYCPG_NATIVE_REGISTRY for the CLI) to a reachable npm registry or mirror, " +
    "or run from an npm install (node_modules has the library).";
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      opts.log?.(`retrying in ${delay} ms (${last})`);
      await sleep(delay);
      delay *= 2;
    }
    let res: Response;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 300_000), headers: { accept: "application/octet-stream" } });
    } catch (err) {
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      last = cause?.code ?? cause?.message ?? (err as Error).message;
      if (/CERT|SSL|TLS|UNABLE_TO_VERIFY|DEPTH_ZERO/i.test(last)) {
        throw new NativeLibraryError(
          `could not download ${what} from ${url}: the registry's TLS certificate is not trusted (${last}). ` +
            "Behind a TLS-intercepting proxy, set NODE_EXTRA_CA_CERTS to its CA bundle (and NODE_USE_ENV_PROXY=1 with HTTPS_PROXY for a proxy). " +
            remedy,
        );
      }
      continue;
    }
    if (res.ok && res.body) {
      const checker = integrityChecker(sri, `${what} (${url})`);
      const chunks: Uint8Array[] = [];
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          checker.update(chunk);
          chunks.push(chunk);
        }
      } catch (err) {
        last = `the download was cut off: ${(err as Error).message}`;
        continue;
      }
      return { bytes: Buffer.concat(chunks), checker };
    }
    await res.body?.cancel();
    if (res.status === 404) {
      throw new NativeLibraryError(`the registry ${registry} has no ${what} (HTTP 404 for ${url}). A mirror must serve npm tarballs at npm's paths. ${remedy}`);
    }
    last = `HTTP ${res.status} ${res.statusText}`.trim();
    if (res.status < 500 && res.status !== 429 && res.status !== 408) {
      throw new NativeLibraryError(`the registry ${registry} refused to serve ${what} (${last} for ${url}). ${remedy}`);
    }
  }
  throw new NativeLibraryError(`could not download ${what} from the registry ${registry} (${url}) after ${attempts} attempt(s): ${last}. ${remedy}`);
}

/**
 * Finds or fetches the pinned native library (see the module comment), records it with
 * selectDuckdbNative and says where it came from. `cache` is the tool cache to look in and store to.
 */
export async function ensureNativeWith(cache: NativeCache, opts: EnsureOptions = {}): Promise<NativeResult> {
  const t0 = performance.now();
  const key = nativePlatformKey();
  const done = (path: string, source: NativeSource, version: string, extra: Partial<NativeResult> = {}): NativeResult => {
    selectDuckdbNative(path, source);
    return { path, source, ms: performance.now() - t0, platform: key, version, ...extra };
  };
  const override = process.env.PYCPG_DUCKDB_NATIVE;
  if (override) {
    if (!existsSync(override))
      throw new NativeLibraryError(`PYCPG_DUCKDB_NATIVE is set to ${override}, which does not exist; point it at a duckdb.node or unset it`);
    return done(override, "env", "unknown");
  }
  const pin = nativePinFor(key);
  const installed = opts.nodeModules === false ? null : installedNative(key);
  if (installed?.version === pin.version) return done(installed.path, "node_modules", pin.version);
  if (installed) opts.log?.(`node_modules has @duckdb/node-bindings-${key}@${installed.version}, but this build of pycpg needs ${pin.version}`);
  const tool = nativeToolName(key);
  const cached = cache.find(tool, pin.version, process.arch);
  const cachedNative = cached ? nativeIn(cached) : null;
  if (cachedNative) return done(cachedNative, "tool-cache", pin.version);

  const registry = (opts.registry || DEFAULT_NATIVE_REGISTRY).replace(/\/+$/, "");
  const url = nativeTarballUrl(registry, key, pin.version);
  const what = `@duckdb/node-bindings-${key}@${pin.version}`;
  opts.log?.(`DuckDB's native library is not installed: fetching ${what} from ${url}`);
  const t1 = performance.now();
  const { bytes, checker } = await download(url, registry, what, pin.integrity, opts);
  const t2 = performance.now();
  try {
    checker.verify();
  } catch (err) {
    if (err instanceof IntegrityError) {
      throw new NativeLibraryError(
        `${err.message}. The file is not the package pinned in package-lock.json, so nothing was unpacked or cached. ` +
          "If `native-registry` points at a mirror, it serves a different file: fix the mirror or use https://registry.npmjs.org; otherwise retry (a proxy may have altered the download).",
      );
    }
    throw err;
  }
  const t3 = performance.now();
  mkdirSync(cache.tempRoot, { recursive: true });
  const work = mkdtempSync(join(cache.tempRoot, `.unpack-${tool}-`));
  try {
    const files = unpackNpmTarball(bytes, work);
    if (!files.includes("duckdb.node"))
      throw new NativeLibraryError(`${what} from ${url} has no duckdb.node (files: ${files.join(", ")}); the package layout changed, pycpg needs an update`);
    const t4 = performance.now();
    const dir = await cache.store(work, tool, pin.version, process.arch);
    const t5 = performance.now();
    const path = nativeIn(dir);
    if (!path) throw new NativeLibraryError(`the tool cache at ${dir} has no duckdb.node after storing it; check the folder's permissions and free space`);
    const ms = (a: number, b: number) => Math.round(b - a);
    opts.log?.(
      `fetched ${what} (${(bytes.length / 1e6).toFixed(1)} MB): download ${ms(t1, t2)} ms, integrity checked ${ms(t2, t3)} ms, ` +
        `unpack ${ms(t3, t4)} ms, into the tool cache ${ms(t4, t5)} ms: ${dir}`,
    );
    return done(path, "download", pin.version, {
      download: { url, bytes: bytes.length, fetchMs: t2 - t1, verifyMs: t3 - t2, unpackMs: t4 - t3, cacheMs: t5 - t4 },
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The CLI's variant: the local tool cache (RUNNER_TOOL_CACHE when set). */
export function ensureDuckdbNativeLocal(opts: EnsureOptions = {}): Promise<NativeResult> {
  return ensureNativeWith(localNativeCache(), opts);
}

/**
 * Called before DuckDB is first imported (src/store/duckdb.ts). From the sources it does nothing
 * (@duckdb/node-bindings finds node_modules itself); in the bundle, when nothing was selected yet
 * (the CLI; the action selects first), it finds or fetches the library from PYCPG_NATIVE_REGISTRY.
 */
export async function prepareDuckdbNative(): Promise<void> {
  if (!embeddedBuildInfo() || selectedDuckdbNative()) return;
  await ensureDuckdbNativeLocal({
    registry: process.env.PYCPG_NATIVE_REGISTRY || DEFAULT_NATIVE_REGISTRY,
    log: (line) => process.stderr.write(`pycpg: ${line}\n`),
  });
}

/**
 * The bundle's replacement for `require('@duckdb/node-bindings-<key>/duckdb.node')` (wired by
 * scripts/build.mjs through a global symbol, registered below when this module is evaluated):
 * loads the selected library, else node_modules' copy, else says what to do.
 */
export function loadDuckdbBinding(key: string): unknown {
  const chosen = selectedDuckdbNative();
  if (chosen) return localRequire(chosen.path);
  const spec = `@duckdb/node-bindings-${key}/duckdb.node`;
  try {
    return localRequire(spec);
  } catch (err) {
    if ((err as { code?: string }).code !== "MODULE_NOT_FOUND") throw err;
    throw new NativeLibraryError(
      `DuckDB's native library (@duckdb/node-bindings-${key}) is not available: nothing fetched it before DuckDB was opened. ` +
        "Call ensureDuckdbNative()/prepareDuckdbNative() first, run `npm ci`, or set PYCPG_DUCKDB_NATIVE to a duckdb.node.",
    );
  }
}

(globalThis as unknown as Record<symbol, unknown>)[Symbol.for("pycpg.duckdb-native.load")] = loadDuckdbBinding;
