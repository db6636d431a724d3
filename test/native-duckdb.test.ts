/**
 * DuckDB's native library fetched from a registry (src/native/duckdb-native.ts and the action's
 * tool-cache variant, src/action/native-duckdb.ts), against a loopback npm registry serving the
 * pinned tarball: download, integrity, unpack, the runner's tool cache, and the refusals.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureDuckdbNative } from "../src/action/native-duckdb.ts";
import {
  clearDuckdbNativeSelection,
  ensureNativeWith,
  installedNative,
  localNativeCache,
  NativeLibraryError,
  nativePinFor,
  nativeTarballUrl,
  nativeToolName,
  selectedDuckdbNative,
} from "../src/native/duckdb-native.ts";
import { checkIntegrity, IntegrityError } from "../src/native/npm-tarball.ts";
import { scratchRoot } from "./support/cpg-build.ts";
import { closedPort, type LoopbackRegistry, type PackedNative, packedNative, startRegistry } from "./support/npm-registry.ts";

const run = promisify(execFile);
const scratch = scratchRoot("native");
let registry: LoopbackRegistry;
let packed: PackedNative;
const savedEnv = { RUNNER_TOOL_CACHE: process.env.RUNNER_TOOL_CACHE, RUNNER_TEMP: process.env.RUNNER_TEMP };

beforeAll(async () => {
  packed = packedNative();
  registry = await startRegistry();
  registry.serve(packed.path, packed.bytes);
});

afterAll(async () => {
  await registry.close();
  scratch.cleanup();
});

afterEach(() => {
  clearDuckdbNativeSelection();
  process.env.RUNNER_TOOL_CACHE = savedEnv.RUNNER_TOOL_CACHE;
  process.env.RUNNER_TEMP = savedEnv.RUNNER_TEMP;
  if (savedEnv.RUNNER_TOOL_CACHE === undefined) delete process.env.RUNNER_TOOL_CACHE;
  if (savedEnv.RUNNER_TEMP === undefined) delete process.env.RUNNER_TEMP;
});

/** A runner's environment: an empty tool cache and temp folder. */
function runnerDirs(name: string): { toolCache: string; temp: string } {
  const toolCache = scratch.dir(`${name}-tool-cache`);
  const temp = scratch.dir(`${name}-temp`);
  process.env.RUNNER_TOOL_CACHE = toolCache;
  process.env.RUNNER_TEMP = temp;
  return { toolCache, temp };
}

/** Opens DuckDB from `nativePath` in a fresh Node process; returns what it saw (rows, version, where libduckdb was mapped from). */
async function openInChild(nativePath: string): Promise<{ rows: number; version: string; lib: string }> {
  const script = [
    "const b = require(process.argv[1]);",
    "(async () => {",
    "  const db = await b.open(':memory:');",
    "  const con = await b.connect(db);",
    "  await b.query(con, 'CREATE TABLE t (i BIGINT)');",
    "  const r = await b.query(con, 'INSERT INTO t SELECT * FROM range(42)');",
    "  let lib = '';",
    "  try { lib = require('fs').readFileSync('/proc/self/maps', 'utf8').split('\\n').find((l) => /libduckdb/.test(l)) || ''; } catch {}",
    "  console.log(JSON.stringify({ rows: b.rows_changed(r), version: b.library_version(), lib: lib.trim().split(/\\s+/).pop() || '' }));",
    "})().catch((e) => { console.error(e); process.exit(1); });",
  ].join("\n");
  const { stdout } = await run(process.execPath, ["-e", script, nativePath], { cwd: scratch.root });
  return JSON.parse(stdout) as { rows: number; version: string; lib: string };
}

describe("the pinned native library from a registry", () => {
  it("downloads, checks the integrity, unpacks into the runner's tool cache, and DuckDB opens from there", async () => {
    const { toolCache } = runnerDirs("cold");
    const before = registry.requests.length;
    const logs: string[] = [];
    const r = await ensureDuckdbNative({ registry: `${registry.url}/`, nodeModules: false, log: (l) => logs.push(l) });
    expect(r.source).toBe("download");
    expect(registry.requests.slice(before)).toEqual([packed.path]);
    expect(r.download?.bytes).toBe(packed.bytes.length);
    expect(r.download?.url).toBe(nativeTarballUrl(registry.url, packed.key, packed.version));
    const toolDir = join(toolCache, nativeToolName(packed.key), packed.version, process.arch);
    expect(r.path).toBe(join(toolDir, "duckdb.node"));
    expect(existsSync(`${toolDir}.complete`)).toBe(true);
    expect(readdirSync(toolDir).sort()).toContain("duckdb.node");
    expect(selectedDuckdbNative()).toEqual({ path: r.path, source: "download" });
    expect(logs.some((l) => /download \d+ ms, integrity checked \d+ ms, unpack \d+ ms/.test(l))).toBe(true);

    const opened = await openInChild(r.path);
    expect(opened.rows).toBe(42);
    expect(opened.version).toMatch(/^v\d+\.\d+\.\d+/);
    if (process.platform === "linux") expect(opened.lib.startsWith(toolDir)).toBe(true);

    // A second job on the same runner: found in the tool cache, no request at all.
    clearDuckdbNativeSelection();
    const again = await ensureDuckdbNative({ registry: registry.url, nodeModules: false });
    expect(again.source).toBe("tool-cache");
    expect(again.path).toBe(r.path);
    expect(registry.requests.length).toBe(before + 1);
  });

  it("refuses a tampered tarball before unpacking anything, and caches nothing", async () => {
    const { toolCache, temp } = runnerDirs("tampered");
    const tampered = Uint8Array.from(packed.bytes);
    tampered[tampered.length >> 1]! ^= 0x01;
    const evil = await startRegistry();
    try {
      evil.serve(packed.path, tampered);
      const err = await ensureDuckdbNative({ registry: evil.url, nodeModules: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(NativeLibraryError);
      expect((err as Error).message).toMatch(/integrity check failed .*expected sha512-.*got sha512-.*nothing was unpacked or cached/s);
      expect(evil.requests).toEqual([packed.path]);
    } finally {
      await evil.close();
    }
    expect(readdirSync(toolCache)).toEqual([]);
    expect(readdirSync(join(temp, "pycpg-native"))).toEqual([]);
    expect(selectedDuckdbNative()).toBeNull();
  });

  it("says what to do for a 404, an unreachable registry and a platform without a build; retries a 500", async () => {
    runnerDirs("errors");
    const missing = await ensureDuckdbNative({ registry: `${registry.url}/no-such-mirror`, nodeModules: false }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NativeLibraryError);
    expect((missing as Error).message).toMatch(/has no @duckdb\/node-bindings-.* \(HTTP 404 .*native-registry/);

    const port = await closedPort();
    const down = await ensureDuckdbNative({ registry: `http://127.0.0.1:${port}`, nodeModules: false, attempts: 2, retryDelayMs: 10 }).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(NativeLibraryError);
    expect((down as Error).message).toMatch(/could not download .* after 2 attempt\(s\): ECONNREFUSED\. Set the action input `native-registry`/);

    expect(() => nativePinFor("aix-ppc64")).toThrow(/DuckDB publishes no native library for this platform \(aix-ppc64\); pycpg runs on .*linux-x64/);

    // A transient 500 is retried; the local (CLI) cache has the tool cache's layout.
    const cacheRoot = scratch.dir("local-cache");
    const before = registry.requests.length;
    registry.failNext(1, 500);
    const r = await ensureNativeWith(localNativeCache(cacheRoot), { registry: registry.url, nodeModules: false, retryDelayMs: 10 });
    expect(r.source).toBe("download");
    expect(registry.requests.length).toBe(before + 2);
    expect(r.path).toBe(join(cacheRoot, nativeToolName(packed.key), packed.version, process.arch, "duckdb.node"));
    expect(readdirSync(cacheRoot).filter((f) => f.startsWith(".unpack"))).toEqual([]);
  });

  it("prefers PYCPG_DUCKDB_NATIVE, then node_modules at the pinned version, before any cache or request", async () => {
    const { toolCache } = runnerDirs("installed");
    const before = registry.requests.length;
    const installed = installedNative(packed.key);
    expect(installed?.version).toBe(packed.version);
    const r = await ensureDuckdbNative({ registry: registry.url });
    expect(r.source).toBe("node_modules");
    expect(r.path).toBe(installed?.path);
    clearDuckdbNativeSelection();
    process.env.PYCPG_DUCKDB_NATIVE = join(scratch.root, "no-such", "duckdb.node");
    try {
      await expect(ensureDuckdbNative({ registry: registry.url })).rejects.toThrow(/PYCPG_DUCKDB_NATIVE is set to .*which does not exist/);
      process.env.PYCPG_DUCKDB_NATIVE = installed!.path;
      expect((await ensureDuckdbNative({ registry: registry.url })).source).toBe("env");
    } finally {
      delete process.env.PYCPG_DUCKDB_NATIVE;
    }
    expect(registry.requests.length).toBe(before);
    expect(readdirSync(toolCache)).toEqual([]);
  });

  it("checks Subresource Integrity strings", () => {
    const bytes = new TextEncoder().encode("pycpg");
    const good = "sha512-ICbVhrqxYBSpbKzS3aVIa3/gZJ9EvDVu1qfXlvmLQ8VApwlw3YVo3UDbpODwV3soWJqITZoFaNP4ZMxwm5dxJA==";
    expect(() => checkIntegrity(bytes, good, "x")).not.toThrow();
    expect(() => checkIntegrity(bytes, `sha1-abc ${good}`, "x")).not.toThrow();
    expect(() => checkIntegrity(new TextEncoder().encode("pycpG"), good, "x")).toThrow(IntegrityError);
    expect(() => checkIntegrity(bytes, "md5-abc", "x")).toThrow(/no usable integrity/);
  });
});
