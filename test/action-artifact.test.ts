/**
 * The action's artifact upload (src/action/artifact.ts) against the real @actions/artifact v6,
 * talking to the loopback results service (test/support/fake-results-service.ts) whose signed
 * upload URLs point at Azurite: the artifact gets an id, its zip lands in Azurite with every file
 * under its relative path, retention is passed on, a name clash gets a suffix, and failures,
 * time-outs and a missing service are warnings, never throws.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { artifactName, listFiles, uploadOutputs } from "../src/action/artifact.ts";
import { type FakeResultsService, startFakeResultsService } from "./support/fake-results-service.ts";

const ENV_KEYS = [
  "ACTIONS_RESULTS_URL",
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_CACHE_SERVICE_V2",
  "GITHUB_SERVER_URL",
  "GITHUB_WORKSPACE",
  "RUNNER_TEMP",
  "GITHUB_RETENTION_DAYS",
];

let svc: FakeResultsService;
let root: string;
const savedEnv: Record<string, string | undefined> = {};
let n = 0;

/** The entries of a zip file (name -> content), read from its central directory. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error("not a zip file");
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + compressed);
    if (!name.endsWith("/")) out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function outputDir(files: Record<string, string>): string {
  const dir = join(root, `out-${n++}`);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  return dir;
}

beforeAll(async () => {
  for (const k of ENV_KEYS) savedEnv[k] = process.env[k];
  root = mkdtempSync(join(tmpdir(), "pycpg-action-artifact-"));
  process.env.GITHUB_WORKSPACE = root;
  process.env.RUNNER_TEMP = root;
  delete process.env.GITHUB_RETENTION_DAYS;
  svc = await startFakeResultsService();
});

afterAll(async () => {
  await svc?.close();
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => Object.assign(process.env, svc.env()));
afterEach(() => {
  svc.fault("CreateArtifact", null);
  svc.fault("FinalizeArtifact", null);
  svc.rewriteBlobUrl = null;
});

describe("artifact names", () => {
  it("differ per run, attempt and job, and hold only valid characters", () => {
    const base = { sha: "0123456789abcdef0123", job: "build", runId: "42", runAttempt: "1" };
    const a = artifactName(base);
    expect(a).toBe("pycpg-0123456789ab-build-42-1");
    const names = new Set([a, artifactName({ ...base, runAttempt: "2" }), artifactName({ ...base, runId: "43" }), artifactName({ ...base, job: "test" })]);
    expect(names.size).toBe(4);
    const odd = artifactName({ prefix: "my/cpg", sha: "abc", job: 'a:b*c?"d<e>|f\\g\nh', runId: "1", runAttempt: "1" });
    expect(odd).not.toMatch(/[":<>|*?\r\n\\/]/);
    expect(odd.startsWith("my-cpg-abc-")).toBe(true);
    expect(artifactName({ ...base, job: "x".repeat(500) }).length).toBeLessThanOrEqual(200);
    expect(artifactName({ ...base, custom: "  my cpg: v1 " })).toBe("my-cpg-v1");
  });

  it("lists every file under a folder, through symbolic links", () => {
    const dir = outputDir({ "report.json": "{}", "nodes/part-0.parquet": "a", "edges/deep/part-1.parquet": "b" });
    symlinkSync(join(dir, "nodes"), join(dir, "current"));
    symlinkSync(dir, join(dir, "edges", "loop"));
    const rel = listFiles(dir).map((f) => f.slice(dir.length + 1));
    expect(rel.sort()).toEqual(["current/part-0.parquet", "edges/deep/part-1.parquet", "nodes/part-0.parquet", "report.json"]);
  });
});

describe("uploadOutputs against the loopback results service", () => {
  it("uploads every file with its relative path and returns the artifact id", async () => {
    const files = { "report.json": '{"mode":"full"}', "report.md": "# pycpg\n", "nodes/b0.parquet": "PAR1nodesPAR1", "edges/sub/b1.parquet": "PAR1edgesPAR1" };
    const dir = outputDir(files);
    const name = artifactName({ sha: "feedface00112233", job: "cpg", runId: "7", runAttempt: "1" });
    const r = await uploadOutputs({ name, dir, retentionDays: 0, timeoutMs: 30_000 });
    expect(r.warning).toBeNull();
    expect(r.status).toBe("uploaded");
    expect(r.name).toBe(name);
    const entry = svc.artifacts.find((a) => a.name === name);
    expect(entry?.finalized).toBe(true);
    expect(r.id).toBe(entry?.id);
    expect(r.sizeBytes).toBe(entry?.size);
    expect(entry?.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    // No retention given: the repository's setting applies (no expiry sent).
    expect(svc.calls.find((c) => c.method === "CreateArtifact" && c.body.name === name)?.body.expires_at).toBeUndefined();
    const blob = await svc.readBlob("actions-results", entry?.blob as string);
    expect(blob).not.toBeNull();
    expect(blob?.length).toBe(r.sizeBytes);
    const zip = unzip(blob as Buffer);
    expect(Object.fromEntries([...zip].map(([k, v]) => [k, v.toString("utf8")]))).toEqual(files);
  });

  it("passes the retention on as an expiry date", async () => {
    const dir = outputDir({ "report.json": "{}" });
    const r = await uploadOutputs({ name: "retention-test", dir, retentionDays: 5, timeoutMs: 30_000 });
    expect(r.status).toBe("uploaded");
    const expires = svc.calls.find((c) => c.method === "CreateArtifact" && c.body.name === "retention-test")?.body.expires_at;
    const days = (Date.parse(String(expires)) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(4.9);
    expect(days).toBeLessThan(5.1);
    const bad = await uploadOutputs({ name: "retention-bad", dir, retentionDays: 91, timeoutMs: 30_000 });
    expect(bad.status).toBe("error");
    expect(bad.warning).toMatch(/artifact-retention-days/);
  });

  it("a name already taken in the run gets a suffix", async () => {
    const dir = outputDir({ "report.json": "{}" });
    const first = await uploadOutputs({ name: "same-name", dir, retentionDays: 0, timeoutMs: 30_000 });
    const second = await uploadOutputs({ name: "same-name", dir, retentionDays: 0, timeoutMs: 30_000 });
    expect(first).toMatchObject({ status: "uploaded", name: "same-name" });
    expect(second).toMatchObject({ status: "uploaded", name: "same-name-2" });
    expect(second.id).not.toBe(first.id);
  });

  it("a refused upload is a warning result, not a throw", async () => {
    const dir = outputDir({ "report.json": "{}" });
    svc.fault("CreateArtifact", { status: 403, msg: "artifact storage quota has been hit" });
    const r = await uploadOutputs({ name: "refused", dir, retentionDays: 0, timeoutMs: 30_000 });
    expect(r.status).toBe("error");
    expect(r.id).toBeNull();
    expect(r.warning).toMatch(/^artifact refused not uploaded: .*403/);
    // A blob store that refuses the upload.
    svc.fault("CreateArtifact", null);
    svc.rewriteBlobUrl = (url, kind) => (kind === "upload" ? url.replace(/sig=[^&]+/, "sig=invalid") : url);
    const blob = await uploadOutputs({ name: "bad-signature", dir, retentionDays: 0, timeoutMs: 30_000 });
    expect(blob.status).toBe("error");
    expect(svc.artifacts.find((a) => a.name === "bad-signature")?.finalized).toBe(false);
  });

  it("an empty or missing folder is an error result", async () => {
    const empty = join(root, "empty");
    mkdirSync(empty);
    expect((await uploadOutputs({ name: "empty", dir: empty, retentionDays: 0, timeoutMs: 5000 })).warning).toMatch(/holds no files/);
    expect((await uploadOutputs({ name: "missing", dir: join(root, "nope"), retentionDays: 0, timeoutMs: 5000 })).warning).toMatch(/cannot read/);
  });

  it("a service that never answers is cut off at the bound", async () => {
    const dir = outputDir({ "report.json": "{}" });
    svc.fault("FinalizeArtifact", { hang: true });
    const t0 = Date.now();
    const r = await uploadOutputs({ name: "hangs", dir, retentionDays: 0, timeoutMs: 1500 });
    expect(r.status).toBe("timeout");
    expect(r.warning).toMatch(/timed out after 1500 ms/);
    expect(Date.now() - t0).toBeLessThan(4000);
  });

  it("reports unavailable without a results service", async () => {
    delete process.env.ACTIONS_RESULTS_URL;
    const dir = outputDir({ "report.json": "{}" });
    const before = svc.calls.length;
    const r = await uploadOutputs({ name: "nowhere", dir, retentionDays: 0, timeoutMs: 5000 });
    expect(r.status).toBe("unavailable");
    expect(r.warning).toMatch(/ACTIONS_RESULTS_URL/);
    process.env.ACTIONS_RESULTS_URL = svc.env().ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    expect((await uploadOutputs({ name: "nowhere", dir, retentionDays: 0, timeoutMs: 5000 })).warning).toMatch(/ACTIONS_RUNTIME_TOKEN/);
    process.env.ACTIONS_RUNTIME_TOKEN = svc.token;
    process.env.GITHUB_SERVER_URL = "https://ghes.example.com";
    expect((await uploadOutputs({ name: "nowhere", dir, retentionDays: 0, timeoutMs: 5000 })).warning).toMatch(/Enterprise Server/);
    expect(svc.calls.length).toBe(before);
  });
});
