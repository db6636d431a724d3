/**
 * The action's state cache (src/action/cache.ts) against the real @actions/cache v6, talking to a
 * loopback results service (test/support/fake-results-service.ts) whose signed URLs point at
 * Azurite. Covers: miss, save + exact hit, restore-key (newest first), an existing key, corrupt
 * and truncated archives (the state directory is left alone; a corrupt state that restores is
 * refused by the engine, which rebuilds), service errors, time-outs, and no service at all.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cacheBackgroundSettled, cacheKeys, restoreState, saveState, shouldSaveCache, transferDir } from "../src/action/cache.ts";
import { makeBuildOptions } from "../src/config/build-options.ts";
import { pipelineFingerprint, runBuild } from "../src/pipeline/run-build.ts";
import { type FakeResultsService, startBlackHole, startFakeResultsService } from "./support/fake-results-service.ts";

const ENV_KEYS = [
  "ACTIONS_RESULTS_URL",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_CACHE_SERVICE_V2",
  "ACTIONS_CACHE_URL",
  "ACTIONS_CACHE_MODE",
  "GITHUB_SERVER_URL",
  "GITHUB_WORKSPACE",
  "RUNNER_TEMP",
];

let svc: FakeResultsService;
let root: string;
let workspace: string;
const savedEnv: Record<string, string | undefined> = {};
const savedCwd = process.cwd();
let n = 0;

/** A fresh state directory path (relative, as the action passes it) and its absolute path. */
function freshState(): { rel: string; abs: string } {
  const rel = `.pycpg${n++}/state`;
  return { rel, abs: join(workspace, rel) };
}

function writeState(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, ".."), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

/** Every file under `dir` with its content, by relative path. */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else out[relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  visit(dir);
  return out;
}

function useService(): void {
  Object.assign(process.env, svc.env());
}

function dropService(): void {
  for (const k of ["ACTIONS_RESULTS_URL", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_CACHE_SERVICE_V2", "ACTIONS_CACHE_URL"]) delete process.env[k];
}

const keysFor = (fingerprint: string, sha: string, run: number) =>
  cacheKeys({ prefix: "pycpg", os: "Linux", fingerprint, sha, runId: String(run), runAttempt: "1" });

beforeAll(async () => {
  for (const k of ENV_KEYS) savedEnv[k] = process.env[k];
  root = mkdtempSync(join(tmpdir(), "pycpg-action-cache-"));
  workspace = join(root, "workspace");
  mkdirSync(workspace);
  mkdirSync(join(root, "runner-temp"));
  process.env.GITHUB_WORKSPACE = workspace;
  process.env.RUNNER_TEMP = join(root, "runner-temp");
  delete process.env.ACTIONS_CACHE_MODE;
  process.chdir(workspace);
  svc = await startFakeResultsService();
});

afterAll(async () => {
  process.chdir(savedCwd);
  await svc?.close();
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => useService());
afterEach(() => {
  svc.rewriteBlobUrl = null;
  for (const m of ["GetCacheEntryDownloadURL", "CreateCacheEntry", "FinalizeCacheEntryUpload"]) svc.fault(m, null);
});

describe("cache keys and save policy", () => {
  it("key = prefix-OS-fingerprint-sha-run-attempt; the restore key is its prefix up to the fingerprint", () => {
    const a = cacheKeys({ prefix: "pycpg", os: "Linux", fingerprint: "f00d", sha: "abc123", runId: "77", runAttempt: "2" });
    expect(a.key).toBe("pycpg-Linux-f00d-abc123-77-2");
    expect(a.restoreKeys).toEqual(["pycpg-Linux-f00d-"]);
    expect(a.key.startsWith(a.restoreKeys[0] as string)).toBe(true);
    const retry = cacheKeys({ prefix: "pycpg", os: "Linux", fingerprint: "f00d", sha: "abc123", runId: "77", runAttempt: "3" });
    expect(retry.key).not.toBe(a.key);
    expect(retry.restoreKeys).toEqual(a.restoreKeys);
    const otherPipeline = cacheKeys({ prefix: "pycpg", os: "Linux", fingerprint: "f00e", sha: "abc123", runId: "77", runAttempt: "2" });
    expect(otherPipeline.key.startsWith(a.restoreKeys[0] as string)).toBe(false);
    // Commas are not allowed in keys; whitespace is folded.
    const odd = cacheKeys({ prefix: "my,cache v2", os: "Linux", fingerprint: "f", sha: "s", runId: "1", runAttempt: "1" });
    expect(odd.key).toBe("my_cache_v2-Linux-f-s-1-1");
    expect(cacheKeys({ prefix: "", os: "macOS", fingerprint: "f", sha: "s", runId: "1", runAttempt: "1" }).key).toBe("pycpg-macOS-f-s-1-1");
  });

  it("saves on the default branch only, unless told otherwise", () => {
    expect(shouldSaveCache("default-branch", "refs/heads/main", "push", "main").save).toBe(true);
    expect(shouldSaveCache("default-branch", "refs/heads/main", "schedule", "main").save).toBe(true);
    expect(shouldSaveCache("default-branch", "refs/heads/feature", "push", "main")).toMatchObject({
      save: false,
      reason: expect.stringContaining("not the default branch"),
    });
    const pr = shouldSaveCache("default-branch", "refs/pull/12/merge", "pull_request", "main");
    expect(pr.save).toBe(false);
    expect(pr.reason).toContain("refs/pull/N/merge");
    expect(shouldSaveCache("default-branch", "refs/heads/main", "pull_request_target", "main").save).toBe(false);
    expect(shouldSaveCache("default-branch", "refs/heads/main", "push", null).save).toBe(false);
    expect(shouldSaveCache("always", "refs/pull/12/merge", "pull_request", "main").save).toBe(true);
    expect(shouldSaveCache("never", "refs/heads/main", "push", "main").save).toBe(false);
  });
});

describe("no cache service", () => {
  it("reports unavailable with a warning, touching nothing", async () => {
    dropService();
    const { rel, abs } = freshState();
    writeState(abs, { "manifest.json": "{}" });
    const r = await restoreState({ paths: [rel], ...keysFor("fp", "a", 1), timeoutMs: 5000 });
    expect(r.status).toBe("unavailable");
    expect(r.warning).toMatch(/no cache service is configured/);
    const s = await saveState({ paths: [rel], key: "k", timeoutMs: 5000 });
    expect(s.status).toBe("unavailable");
    expect(s.warning).toMatch(/no cache service/);
    expect(readTree(abs)).toEqual({ "manifest.json": "{}" });
    expect(svc.calls.length).toBe(0);
    // URL set but no token.
    process.env.ACTIONS_RESULTS_URL = svc.env().ACTIONS_RESULTS_URL;
    process.env.ACTIONS_CACHE_SERVICE_V2 = "True";
    expect((await restoreState({ paths: [rel], ...keysFor("fp", "a", 1), timeoutMs: 5000 })).warning).toMatch(/ACTIONS_RUNTIME_TOKEN/);
  });

  it("reports unavailable when the runner's cache mode forbids it", async () => {
    process.env.ACTIONS_CACHE_MODE = "none";
    try {
      const { rel } = freshState();
      expect((await restoreState({ paths: [rel], ...keysFor("fp", "a", 1), timeoutMs: 5000 })).status).toBe("unavailable");
      expect((await saveState({ paths: [rel], key: "k", timeoutMs: 5000 })).status).toBe("unavailable");
    } finally {
      delete process.env.ACTIONS_CACHE_MODE;
    }
  });
});

describe("restore and save against the loopback results service", () => {
  it("miss: nothing stored under the keys", async () => {
    const { rel, abs } = freshState();
    const k = keysFor("miss-fp", "sha0", 1);
    const before = svc.calls.length;
    const r = await restoreState({ paths: [rel], ...k, timeoutMs: 20_000 });
    expect(r).toMatchObject({ status: "miss", matchedKey: null, warning: null });
    expect(existsSync(abs)).toBe(false);
    const call = svc.calls.slice(before).find((c) => c.method === "GetCacheEntryDownloadURL");
    expect(call?.body).toMatchObject({ key: k.key, restore_keys: k.restoreKeys });
    expect(String(call?.body.version)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("save, then an exact hit restores the same files (without the lock and tmp/)", async () => {
    const { rel, abs } = freshState();
    const files = { "manifest.json": '{"generation":3}', "data/nodes/b0-g3-x.parquet": "PAR1...PAR1", "data/edges/b1-g3-y.parquet": "PAR1..PAR1" };
    writeState(abs, { ...files, lock: "12345", "tmp/run-1/scratch": "junk" });
    const k = keysFor("hit-fp", "sha1", 10);
    const s = await saveState({ paths: [rel], key: k.key, timeoutMs: 30_000 });
    expect(s.warning).toBeNull();
    expect(s.status).toBe("saved");
    expect(s.sizeBytes).toBeGreaterThan(0);
    const entry = svc.cacheEntries.find((e) => e.key === k.key);
    expect(entry?.finalized).toBe(true);
    expect(entry?.sizeBytes).toBe(s.sizeBytes);
    const blob = await svc.readBlob("actions-cache", entry?.blob as string);
    expect(blob?.length).toBe(s.sizeBytes);
    expect(existsSync(transferDir(abs))).toBe(false);
    // The source is untouched by the save.
    expect(readTree(abs)).toEqual({ ...files, lock: "12345", "tmp/run-1/scratch": "junk" });

    rmSync(abs, { recursive: true });
    const r = await restoreState({ paths: [rel], ...k, timeoutMs: 30_000 });
    expect(r.warning).toBeNull();
    expect(r).toMatchObject({ status: "hit", matchedKey: k.key, sizeBytes: s.sizeBytes });
    expect(readTree(abs)).toEqual(files);
    expect(existsSync(transferDir(abs))).toBe(false);
    // Restore and save hashed the same paths into the same cache version.
    const create = svc.calls.find((c) => c.method === "CreateCacheEntry" && c.body.key === k.key);
    const get = svc.calls.filter((c) => c.method === "GetCacheEntryDownloadURL" && c.body.key === k.key).at(-1);
    expect(get?.body.version).toBe(create?.body.version);

    // Saving the same key again: entries are immutable.
    const again = await saveState({ paths: [rel], key: k.key, timeoutMs: 30_000 });
    expect(again.status).toBe("exists");
    expect(again.warning).toBeNull();
  });

  it("a restore replaces a state directory that is already there", async () => {
    const { rel, abs } = freshState();
    writeState(abs, { "manifest.json": "cached" });
    const k = keysFor("replace-fp", "sha", 1);
    expect((await saveState({ paths: [rel], key: k.key, timeoutMs: 30_000 })).status).toBe("saved");
    rmSync(abs, { recursive: true });
    writeState(abs, { "manifest.json": "local", "data/old.parquet": "x" });
    const r = await restoreState({ paths: [rel], ...k, timeoutMs: 30_000 });
    expect(r.status).toBe("hit");
    expect(readTree(abs)).toEqual({ "manifest.json": "cached" });
  });

  it("restore-key: the newest entry of the same pipeline wins; other pipelines never match", async () => {
    const { rel, abs } = freshState();
    for (const [i, sha] of ["old", "mid", "new"].entries()) {
      rmSync(abs, { recursive: true, force: true });
      writeState(abs, { "manifest.json": sha });
      const s = await saveState({ paths: [rel], key: keysFor("rk-fp", sha, 100 + i).key, timeoutMs: 30_000 });
      expect(s.status).toBe("saved");
    }
    // Saved last, but under another fingerprint: must not be picked.
    rmSync(abs, { recursive: true, force: true });
    writeState(abs, { "manifest.json": "foreign" });
    expect((await saveState({ paths: [rel], key: keysFor("rk-fp2", "zzz", 200).key, timeoutMs: 30_000 })).status).toBe("saved");
    rmSync(abs, { recursive: true, force: true });

    const k = keysFor("rk-fp", "next", 300);
    const r = await restoreState({ paths: [rel], ...k, timeoutMs: 30_000 });
    expect(r.status).toBe("restore-key");
    expect(r.matchedKey).toBe(keysFor("rk-fp", "new", 102).key);
    expect(readTree(abs)).toEqual({ "manifest.json": "new" });
  });

  it("a corrupt archive is an error and leaves the state directory as it was", async () => {
    const { rel, abs } = freshState();
    const k = keysFor("corrupt-fp", "sha", 1);
    // The version the toolkit computes for these paths: learn it from a lookup.
    await restoreState({ paths: [rel], ...k, timeoutMs: 20_000 });
    const version = String(svc.calls.filter((c) => c.method === "GetCacheEntryDownloadURL").at(-1)?.body.version);
    await svc.seedCacheEntry(k.key, version, Buffer.from("this is not a zstd tar archive at all"));
    writeState(abs, { "manifest.json": "local state" });
    const r = await restoreState({ paths: [rel], ...k, timeoutMs: 20_000 });
    expect(r.status).toBe("error");
    expect(r.warning).toMatch(/^cache not restored: Failed to restore/);
    expect(readTree(abs)).toEqual({ "manifest.json": "local state" });
    expect(existsSync(transferDir(abs))).toBe(false);
  });

  it("a truncated archive (extraction fails half-way) leaves no half-restored state", async () => {
    const { rel, abs } = freshState();
    const files: Record<string, string> = {};
    // Incompressible content, so that half the archive holds some whole files.
    for (let i = 0; i < 8; i++) files[`data/f${i}.bin`] = execFileSync("head", ["-c", "200000", "/dev/urandom"]).toString("base64");
    writeState(abs, files);
    const good = keysFor("trunc-fp", "good", 1);
    expect((await saveState({ paths: [rel], key: good.key, timeoutMs: 30_000 })).status).toBe("saved");
    const entry = svc.cacheEntries.find((e) => e.key === good.key);
    const archive = (await svc.readBlob("actions-cache", entry?.blob as string)) as Buffer;
    const cut = keysFor("trunc-fp", "cut", 2);
    await svc.seedCacheEntry(cut.key, entry?.version as string, archive.subarray(0, Math.floor(archive.length / 2)));
    rmSync(abs, { recursive: true });
    const r = await restoreState({ paths: [rel], key: cut.key, restoreKeys: [], timeoutMs: 30_000 });
    expect(r.status).toBe("error");
    expect(existsSync(abs)).toBe(false);
    expect(existsSync(transferDir(abs))).toBe(false);
  });

  it("a restored state the engine cannot use is refused by the engine, which rebuilds in full", async () => {
    const repo = join(workspace, "repo");
    writeState(repo, { "pkg/__init__.py": "", "pkg/a.py": "def f(x):\n    return x\n", "pkg/b.py": "from pkg.a import f\n\nprint(f(1))\n" });
    const stateRel = "repo/.pycpg/state";
    const options = makeBuildOptions({ repo, state: join(workspace, stateRel), out: join(repo, ".pycpg/out") });
    const first = await runBuild(options);
    expect(first.mode).toBe("full");
    // The fingerprint the action keys its cache on is the one the state records.
    expect(JSON.parse(readFileSync(join(options.state, "manifest.json"), "utf8")).fingerprint).toBe(pipelineFingerprint(options));
    // Cut one of the state's Parquet files short, then cache the damaged state.
    const manifest = JSON.parse(readFileSync(join(options.state, "manifest.json"), "utf8")) as {
      datasets: Record<string, { buckets: Record<string, { files: string[] }> }>;
    };
    const victim = Object.values(manifest.datasets)
      .flatMap((d) => Object.values(d.buckets))
      .flatMap((b) => b.files)[0] as string;
    const bytes = readFileSync(join(options.state, victim));
    writeFileSync(join(options.state, victim), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const k = keysFor("engine-fp", "sha", 1);
    expect((await saveState({ paths: [stateRel], key: k.key, timeoutMs: 30_000 })).status).toBe("saved");
    rmSync(options.state, { recursive: true });

    const r = await restoreState({ paths: [stateRel], ...k, timeoutMs: 30_000 });
    expect(r.status).toBe("hit");
    const second = await runBuild(options);
    expect(second.mode).toBe("full");
    expect(second.fallback_reason).toMatch(/truncated file/);
    // The rebuilt state is whole again: a third run is incremental (nothing changed).
    const third = await runBuild(options);
    expect(third.mode).not.toBe("full");
  });

  it("service errors: a 500 is retried by the toolkit; persistent 500s end within the time bound", async () => {
    const { rel, abs } = freshState();
    writeState(abs, { "manifest.json": "x" });
    const k = keysFor("err-fp", "sha", 1);
    expect((await saveState({ paths: [rel], key: k.key, timeoutMs: 30_000 })).status).toBe("saved");
    rmSync(abs, { recursive: true });

    svc.fault("GetCacheEntryDownloadURL", { status: 500, times: 1 });
    const once = await restoreState({ paths: [rel], ...k, timeoutMs: 30_000 });
    expect(once.status).toBe("hit");
    expect(readTree(abs)).toEqual({ "manifest.json": "x" });
    rmSync(abs, { recursive: true });

    svc.fault("GetCacheEntryDownloadURL", { status: 500 });
    const t0 = Date.now();
    const r = await restoreState({ paths: [rel], ...k, timeoutMs: 1500 });
    expect(r.status).toBe("timeout");
    expect(r.warning).toMatch(/timed out after 1500 ms.*500/);
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(existsSync(abs)).toBe(false);
    // While that restore retries in the background, its transfer folder is off limits.
    writeState(abs, { "manifest.json": "y" });
    const blocked = await saveState({ paths: [rel], key: keysFor("err-fp", "sha", 2).key, timeoutMs: 5000 });
    expect(blocked.status).toBe("error");
    expect(blocked.warning).toMatch(/still running/);
  });

  it("service errors: a refused reservation and a failing blob store are errors, not throws", async () => {
    const { rel, abs } = freshState();
    writeState(abs, { "manifest.json": "x" });
    svc.fault("CreateCacheEntry", { status: 400, msg: "bad request" });
    const s = await saveState({ paths: [rel], key: keysFor("err2-fp", "sha", 1).key, timeoutMs: 20_000 });
    expect(s.status).toBe("error");
    expect(s.warning).toMatch(/Unable to reserve cache/);
    svc.fault("CreateCacheEntry", null);
    expect(existsSync(transferDir(abs))).toBe(false);

    const k = keysFor("err2-fp", "sha", 2);
    expect((await saveState({ paths: [rel], key: k.key, timeoutMs: 30_000 })).status).toBe("saved");
    rmSync(abs, { recursive: true });
    // The blob store answers 500 to the download.
    const broken = await startBrokenBlobServer();
    try {
      svc.rewriteBlobUrl = (url, kind) => (kind === "download" ? `${broken.url}${new URL(url).pathname}` : url);
      const r = await restoreState({ paths: [rel], ...k, timeoutMs: 30_000 });
      expect(r.status).toBe("error");
      expect(r.warning).toMatch(/500/);
      expect(existsSync(abs)).toBe(false);
    } finally {
      await broken.close();
    }
  });

  it("time-outs: a service that never answers is cut off at the bound, the state untouched", async () => {
    const { rel, abs } = freshState();
    writeState(abs, { "manifest.json": "local" });
    svc.fault("GetCacheEntryDownloadURL", { hang: true });
    let t0 = Date.now();
    const r = await restoreState({ paths: [rel], ...keysFor("hang-fp", "sha", 1), timeoutMs: 1000 });
    expect(r.status).toBe("timeout");
    expect(r.ms).toBeGreaterThanOrEqual(990);
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(readTree(abs)).toEqual({ "manifest.json": "local" });

    svc.fault("CreateCacheEntry", { hang: true });
    const other = freshState();
    writeState(other.abs, { "manifest.json": "z" });
    t0 = Date.now();
    const s = await saveState({ paths: [other.rel], key: keysFor("hang-fp", "sha", 2).key, timeoutMs: 1000 });
    expect(s.status).toBe("timeout");
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(readTree(other.abs)).toEqual({ "manifest.json": "z" });
  });

  it("time-outs: a download that stalls half-way never leaves a half-restored state", async () => {
    const { rel, abs } = freshState();
    writeState(abs, { "manifest.json": "m", "data/x.parquet": "p".repeat(100_000) });
    const k = keysFor("stall-fp", "sha", 1);
    expect((await saveState({ paths: [rel], key: k.key, timeoutMs: 30_000 })).status).toBe("saved");
    rmSync(abs, { recursive: true });
    const entry = svc.cacheEntries.find((e) => e.key === k.key);
    const archive = (await svc.readBlob("actions-cache", entry?.blob as string)) as Buffer;
    const stall = await startBlackHole({
      status: 200,
      headers: { "content-length": String(archive.length), "content-type": "application/octet-stream" },
      body: archive.subarray(0, Math.floor(archive.length / 2)),
    });
    try {
      svc.rewriteBlobUrl = (url, kind) => (kind === "download" ? `${stall.url}${new URL(url).pathname}` : url);
      const r = await restoreState({ paths: [rel], ...k, timeoutMs: 1500 });
      expect(r.status).toBe("timeout");
      expect(existsSync(abs)).toBe(false);
    } finally {
      await stall.close();
    }
    // The abandoned restore ends (its connection is gone) and its transfer folder is removed.
    await cacheBackgroundSettled([rel]);
    expect(existsSync(transferDir(abs))).toBe(false);
    expect(existsSync(abs)).toBe(false);
  });

  it("time-outs: a download that completes after the bound is extracted aside and thrown away", async () => {
    const { rel, abs } = freshState();
    writeState(abs, { "manifest.json": "late", "data/x.parquet": "q".repeat(50_000) });
    const k = keysFor("late-fp", "sha", 1);
    expect((await saveState({ paths: [rel], key: k.key, timeoutMs: 30_000 })).status).toBe("saved");
    rmSync(abs, { recursive: true });
    const entry = svc.cacheEntries.find((e) => e.key === k.key);
    const archive = (await svc.readBlob("actions-cache", entry?.blob as string)) as Buffer;
    let served = 0;
    const { createServer } = await import("node:http");
    const slow = createServer((_req, res) => {
      res.writeHead(200, { "content-length": String(archive.length), "content-type": "application/octet-stream" });
      const half = Math.floor(archive.length / 2);
      res.write(archive.subarray(0, half));
      served = half;
      // The rest comes after the caller's bound (but before the toolkit's 5 s socket time-out).
      setTimeout(() => {
        res.end(archive.subarray(half));
        served = archive.length;
      }, 2500);
    });
    await new Promise<void>((res) => slow.listen(0, "127.0.0.1", () => res()));
    try {
      const port = (slow.address() as { port: number }).port;
      svc.rewriteBlobUrl = (url, kind) => (kind === "download" ? `http://127.0.0.1:${port}${new URL(url).pathname}` : url);
      const r = await restoreState({ paths: [rel], ...k, timeoutMs: 1000 });
      expect(r.status).toBe("timeout");
      expect(existsSync(abs)).toBe(false);
      // The toolkit goes on: it downloads the rest and extracts, into the transfer folder only.
      await cacheBackgroundSettled([rel]);
      expect(served).toBe(archive.length);
      expect(existsSync(abs)).toBe(false);
      expect(existsSync(transferDir(abs))).toBe(false);
    } finally {
      await new Promise<void>((res) => slow.close(() => res()));
    }
  });
});

/** A loopback "blob store" that answers every request with 500. */
async function startBrokenBlobServer(): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer } = await import("node:http");
  const server = createServer((_req, res) => {
    res.writeHead(500, { "content-type": "text/plain" });
    res.end("injected blob store failure");
  });
  await new Promise<void>((res) => server.listen(0, "127.0.0.1", () => res()));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((res) => server.close(() => res())),
  };
}
