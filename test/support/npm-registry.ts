/**
 * A loopback npm registry for the native-library tests and the cold-start benchmark: it serves
 * tarballs at npm's paths (`/<scope>/<name>/-/<name>-<version>.tgz`) and counts the requests.
 * Also packs the pinned `@duckdb/node-bindings-<platform>` tarball (the registry's own bytes, via
 * `npm pack <name>@<version>`, from npm's cache when it has them).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nativePinFor, nativePlatformKey } from "../../src/native/duckdb-native.ts";

export interface LoopbackRegistry {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /** Requests received, by path (every method). */
  readonly requests: string[];
  /** Serve `body` at `path` (replacing what was there). */
  serve(path: string, body: Uint8Array): void;
  /** The next `n` requests get this HTTP status instead (e.g. 500 to test retries). */
  failNext(n: number, status: number): void;
  close(): Promise<void>;
}

export async function startRegistry(): Promise<LoopbackRegistry> {
  const files = new Map<string, Uint8Array>();
  const requests: string[] = [];
  let failing = 0;
  let failStatus = 500;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    requests.push(path);
    if (failing > 0) {
      failing--;
      res.writeHead(failStatus, { "content-type": "text/plain" }).end("failing on purpose\n");
      return;
    }
    const body = files.get(decodeURIComponent(path));
    if (!body) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":"Not found"}\n');
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    serve: (path, body) => void files.set(path, body),
    failNext(n, status) {
      failing = n;
      failStatus = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface PackedNative {
  readonly key: string;
  readonly version: string;
  /** The tarball's registry path, e.g. /@duckdb/node-bindings-linux-x64/-/node-bindings-linux-x64-1.5.6-r.1.tgz */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/**
 * The pinned native package of this platform as the registry serves it, packed once per machine
 * into a folder under the OS temp directory (`npm pack` reads npm's cache first, which `npm ci`
 * filled; otherwise it downloads from the npm registry).
 */
export function packedNative(): PackedNative {
  const key = nativePlatformKey();
  const pin = nativePinFor(key);
  const name = `@duckdb/node-bindings-${key}`;
  const file = `duckdb-node-bindings-${key}-${pin.version}.tgz`;
  const dir = join(tmpdir(), "pycpg-packed-native");
  const target = join(dir, file);
  if (!existsSync(target)) {
    mkdirSync(dir, { recursive: true });
    const work = mkdtempSync(join(dir, "pack-"));
    try {
      execFileSync("npm", ["pack", `${name}@${pin.version}`, "--prefer-offline", "--silent", "--pack-destination", work], {
        stdio: ["ignore", "ignore", "inherit"],
      });
      renameSync(join(work, file), target); // atomic: a concurrent test file sees all of it or nothing
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return { key, version: pin.version, path: `/${name}/-/node-bindings-${key}-${pin.version}.tgz`, bytes: readFileSync(target) };
}
