/**
 * A loopback stand-in for GitHub's "results" service, the Twirp JSON API that @actions/cache (v2
 * cache service) and @actions/artifact talk to, with Azurite (a real Azure Blob server, npm
 * `azurite`) as the blob store its signed URLs point at. Only the endpoints those packages call:
 *
 *   CacheService:    GetCacheEntryDownloadURL, CreateCacheEntry, FinalizeCacheEntryUpload
 *   ArtifactService: CreateArtifact, FinalizeArtifact
 *
 * Requests and responses use the protobuf JSON names (snake_case). The bearer token is a fake
 * unsigned JWT whose `scp` claim carries the run's backend ids, as the artifact client parses it.
 * Faults can be injected per method (an HTTP status for the next N calls, or a hang), and the
 * blob URLs handed out can be rewritten (e.g. to a server that never answers).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { createConnection, createServer as createNetServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { BlobSASPermissions, BlobServiceClient, generateBlobSASQueryParameters, SASProtocol, StorageSharedKeyCredential } from "@azure/storage-blob";

const require = createRequire(import.meta.url);

/** Azurite's well-known development account. */
const ACCOUNT = "devstoreaccount1";
const ACCOUNT_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

export const CACHE_SERVICE = "github.actions.results.api.v1.CacheService";
export const ARTIFACT_SERVICE = "github.actions.results.api.v1.ArtifactService";

/** A free loopback TCP port (closed again before it is returned). */
export async function freePort(): Promise<number> {
  const srv = createNetServer();
  await new Promise<void>((res) => srv.listen(0, "127.0.0.1", () => res()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((res) => srv.close(() => res()));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`azurite-blob exited with code ${child.exitCode}`);
    const ok = await new Promise<boolean>((res) => {
      const s = createConnection({ host: "127.0.0.1", port }, () => {
        s.destroy();
        res(true);
      });
      s.on("error", () => res(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`azurite-blob did not listen on ${port} within ${ms} ms`);
}

export interface Azurite {
  /** http://127.0.0.1:<port>/devstoreaccount1 */
  readonly accountUrl: string;
  readonly service: BlobServiceClient;
  /** A signed URL for one blob, valid for an hour, with the given permissions (e.g. "r", "rcw"). */
  sasUrl(container: string, blob: string, permissions: string): string;
  stop(): Promise<void>;
}

/** Starts azurite-blob on a free loopback port, in memory, without telemetry. */
export async function startAzurite(): Promise<Azurite> {
  const pkgDir = dirname(require.resolve("azurite/package.json"));
  const bin = join(pkgDir, "dist", "src", "blob", "main.js");
  const location = mkdtempSync(join(tmpdir(), "pycpg-azurite-"));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [bin, "--blobHost", "127.0.0.1", "--blobPort", String(port), "--inMemoryPersistence", "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent"],
    { cwd: location, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  try {
    await waitForPort(port, child, 30_000);
  } catch (err) {
    child.kill("SIGKILL");
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  const accountUrl = `http://127.0.0.1:${port}/${ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const service = new BlobServiceClient(accountUrl, credential);
  return {
    accountUrl,
    service,
    sasUrl(container, blob, permissions) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 60_000),
          expiresOn: new Date(Date.now() + 3_600_000),
          protocol: SASProtocol.HttpsAndHttp,
        },
        credential,
      ).toString();
      return `${accountUrl}/${container}/${blob.split("/").map(encodeURIComponent).join("/")}?${sas}`;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise<void>((res) => child.once("exit", () => res()));
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(location, { recursive: true, force: true });
    },
  };
}

/** A fake unsigned JWT with the `scp` claim the artifact client reads its backend ids from. */
export function fakeRuntimeToken(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const claims = { scp: `Actions.GenericRead:00000000 Actions.Results:${runBackendId}:${jobBackendId}`, exp: Math.floor(Date.now() / 1000) + 3600 };
  return `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`;
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  sizeBytes: number | null;
}

export interface ArtifactEntry {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blob: string;
  expiresAt: string | null;
  finalized: boolean;
  size: number | null;
  hash: string | null;
}

export type Fault = { status: number; msg?: string; times?: number } | { hang: true };

export interface RecordedCall {
  service: string;
  method: string;
  body: Record<string, unknown>;
}

export interface FakeResultsService {
  /** The service's base URL (ACTIONS_RESULTS_URL). */
  readonly url: string;
  /** The bearer token it accepts (ACTIONS_RUNTIME_TOKEN). */
  readonly token: string;
  readonly runBackendId: string;
  readonly jobBackendId: string;
  readonly azurite: Azurite;
  readonly calls: RecordedCall[];
  readonly cacheEntries: CacheEntry[];
  readonly artifacts: ArtifactEntry[];
  /** The environment a runner gives an action for these services. */
  env(): Record<string, string>;
  /** Injects a fault for `method` (null removes it). */
  fault(method: string, fault: Fault | null): void;
  /** Rewrites the signed blob URLs handed out (null: Azurite's own). */
  rewriteBlobUrl: ((url: string, kind: "download" | "upload") => string) | null;
  /** Stores a finalized cache entry directly (e.g. a corrupt archive). */
  seedCacheEntry(key: string, version: string, content: Buffer): Promise<CacheEntry>;
  /** The bytes of a blob in Azurite, or null when it does not exist. */
  readBlob(container: string, blob: string): Promise<Buffer | null>;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function twirpError(res: ServerResponse, status: number, code: string, msg: string): void {
  send(res, status, { code, msg });
}

const CACHE_CONTAINER = "actions-cache";
const ARTIFACT_CONTAINER = "actions-results";

/** Starts Azurite and the results service in front of it. */
export async function startFakeResultsService(): Promise<FakeResultsService> {
  const azurite = await startAzurite();
  await azurite.service.getContainerClient(CACHE_CONTAINER).createIfNotExists();
  await azurite.service.getContainerClient(ARTIFACT_CONTAINER).createIfNotExists();
  const runBackendId = "11111111-2222-3333-4444-555555555555";
  const jobBackendId = "66666666-7777-8888-9999-000000000000";
  const token = fakeRuntimeToken(runBackendId, jobBackendId);
  const calls: RecordedCall[] = [];
  const cacheEntries: CacheEntry[] = [];
  const artifacts: ArtifactEntry[] = [];
  const faults = new Map<string, Fault>();
  const hanging = new Set<ServerResponse>();
  let nextId = 1;

  const svc: FakeResultsService = {
    url: "",
    token,
    runBackendId,
    jobBackendId,
    azurite,
    calls,
    cacheEntries,
    artifacts,
    rewriteBlobUrl: null,
    env() {
      return {
        ACTIONS_RESULTS_URL: `${this.url}/`,
        ACTIONS_RUNTIME_TOKEN: token,
        ACTIONS_CACHE_SERVICE_V2: "True",
        GITHUB_SERVER_URL: "https://github.com",
      };
    },
    fault(method, fault) {
      if (fault === null) faults.delete(method);
      else faults.set(method, fault);
    },
    async seedCacheEntry(key, version, content) {
      const id = nextId++;
      const blob = `entries/${id}.tzst`;
      await azurite.service.getContainerClient(CACHE_CONTAINER).getBlockBlobClient(blob).uploadData(content);
      const entry: CacheEntry = { id, key, version, blob, finalized: true, sizeBytes: content.length };
      cacheEntries.push(entry);
      return entry;
    },
    async readBlob(container, blob) {
      const client = azurite.service.getContainerClient(container).getBlockBlobClient(blob);
      if (!(await client.exists())) return null;
      return await client.downloadToBuffer();
    },
    close: async () => {},
  };

  const blobUrl = (container: string, blob: string, kind: "download" | "upload") => {
    const url = azurite.sasUrl(container, blob, kind === "download" ? "r" : "rcw");
    return svc.rewriteBlobUrl ? svc.rewriteBlobUrl(url, kind) : url;
  };

  const handlers: Record<string, (body: Record<string, unknown>, res: ServerResponse) => Promise<void>> = {
    async GetCacheEntryDownloadURL(body, res) {
      const key = String(body.key ?? "");
      const version = String(body.version ?? "");
      const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
      const usable = cacheEntries.filter((e) => e.finalized && e.version === version);
      const newestFirst = [...usable].sort((a, b) => b.id - a.id);
      const hit = newestFirst.find((e) => e.key === key) ?? restoreKeys.map((rk) => newestFirst.find((e) => e.key.startsWith(rk))).find((e) => e !== undefined);
      if (!hit) return send(res, 200, { ok: false });
      send(res, 200, { ok: true, signed_download_url: blobUrl(CACHE_CONTAINER, hit.blob, "download"), matched_key: hit.key });
    },
    async CreateCacheEntry(body, res) {
      const key = String(body.key ?? "");
      const version = String(body.version ?? "");
      if (cacheEntries.some((e) => e.key === key && e.version === version))
        return twirpError(res, 409, "already_exists", "cache entry with the same key, version, and scope already exists");
      const id = nextId++;
      const entry: CacheEntry = { id, key, version, blob: `entries/${id}.tzst`, finalized: false, sizeBytes: null };
      cacheEntries.push(entry);
      send(res, 200, { ok: true, signed_upload_url: blobUrl(CACHE_CONTAINER, entry.blob, "upload") });
    },
    async FinalizeCacheEntryUpload(body, res) {
      const entry = cacheEntries.find((e) => e.key === String(body.key ?? "") && e.version === String(body.version ?? "") && !e.finalized);
      if (!entry) return send(res, 200, { ok: false, message: "no cache entry is being uploaded under this key" });
      const props = await azurite.service
        .getContainerClient(CACHE_CONTAINER)
        .getBlockBlobClient(entry.blob)
        .getProperties()
        .catch(() => null);
      if (!props) return send(res, 200, { ok: false, message: "the cache archive was not uploaded" });
      if (String(props.contentLength) !== String(body.size_bytes)) return send(res, 200, { ok: false, message: "size mismatch" });
      entry.finalized = true;
      entry.sizeBytes = Number(props.contentLength);
      send(res, 200, { ok: true, entry_id: String(entry.id) });
    },
    async CreateArtifact(body, res) {
      const run = String(body.workflow_run_backend_id ?? "");
      const job = String(body.workflow_job_run_backend_id ?? "");
      if (run !== runBackendId || job !== jobBackendId) return twirpError(res, 400, "invalid_argument", "unknown workflow run");
      const name = String(body.name ?? "");
      if (artifacts.some((a) => a.runBackendId === run && a.name === name))
        return twirpError(res, 409, "already_exists", "an artifact with this name already exists on the workflow run");
      const id = nextId++;
      const a: ArtifactEntry = {
        id,
        runBackendId: run,
        jobBackendId: job,
        name,
        blob: `${run}/${job}/${name}.zip`,
        expiresAt: typeof body.expires_at === "string" ? body.expires_at : null,
        finalized: false,
        size: null,
        hash: null,
      };
      artifacts.push(a);
      send(res, 200, { ok: true, signed_upload_url: blobUrl(ARTIFACT_CONTAINER, a.blob, "upload") });
    },
    async FinalizeArtifact(body, res) {
      const a = artifacts.find((x) => x.runBackendId === String(body.workflow_run_backend_id ?? "") && x.name === String(body.name ?? "") && !x.finalized);
      if (!a) return twirpError(res, 404, "not_found", "artifact not found");
      a.finalized = true;
      a.size = Number(body.size ?? 0);
      a.hash = typeof body.hash === "string" ? body.hash : null;
      send(res, 200, { ok: true, artifact_id: String(a.id) });
    },
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const m = /^\/twirp\/([\w.]+)\/(\w+)$/.exec(req.url ?? "");
      if (req.method !== "POST" || !m) return twirpError(res, 404, "bad_route", `no route ${req.method} ${req.url}`);
      const [, service, method] = m as unknown as [string, string, string];
      if (req.headers.authorization !== `Bearer ${token}`) return twirpError(res, 401, "unauthenticated", "bad token");
      const body = await readJson(req);
      calls.push({ service, method, body });
      const f = faults.get(method);
      if (f && "hang" in f) {
        hanging.add(res);
        return;
      }
      if (f) {
        if (f.times !== undefined) {
          if (f.times <= 1) faults.delete(method);
          else f.times--;
        }
        return twirpError(res, f.status, "internal", f.msg ?? `injected ${f.status}`);
      }
      const h = handlers[method];
      if (!h || (service !== CACHE_SERVICE && service !== ARTIFACT_SERVICE)) return twirpError(res, 404, "bad_route", `no method ${service}/${method}`);
      await h(body, res);
    })().catch((err: unknown) => {
      if (!res.headersSent) twirpError(res, 500, "internal", String(err));
    });
  });
  const sockets = new Set<Socket>();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((res) => server.listen(0, "127.0.0.1", () => res()));
  (svc as { url: string }).url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  svc.close = async () => {
    for (const s of sockets) s.destroy();
    hanging.clear();
    await new Promise<void>((res) => server.close(() => res()));
    await azurite.stop();
  };
  return svc;
}

/**
 * A loopback server that accepts connections and never answers (to time out against). It sends
 * `prefix` bytes of a response first when given (a download that stalls half-way).
 */
export async function startBlackHole(prefix?: {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((_req, res) => {
    if (prefix) {
      res.writeHead(prefix.status, prefix.headers);
      res.write(prefix.body);
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((res) => server.listen(0, "127.0.0.1", () => res()));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((res) => server.close(() => res()));
    },
  };
}
