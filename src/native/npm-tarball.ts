/**
 * Reading an npm package tarball (gzip + ustar, every entry under `package/`) without a `tar`
 * binary or package: the bundle runs where neither may exist. Only what `npm pack` writes is
 * accepted: regular files and directories, with pax or GNU long names; links and devices are
 * skipped, and a path that would leave the destination is refused.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";

/** The tarball's bytes do not hash to the pinned integrity. */
export class IntegrityError extends Error {}

/** Hashes bytes as they arrive and checks them against a Subresource Integrity string at the end. */
export interface IntegrityChecker {
  update(chunk: Uint8Array): void;
  /** Throws an IntegrityError naming both hashes on a mismatch. */
  verify(): void;
}

/**
 * A checker for `sri` (`sha512-<base64>`, possibly several space-separated hashes: the strongest
 * supported algorithm present is checked). Throws at once when none is usable.
 */
export function integrityChecker(sri: string, what: string): IntegrityChecker {
  const byAlgo = new Map<string, string[]>();
  for (const part of sri.trim().split(/\s+/)) {
    const m = /^(sha512|sha384|sha256)-([A-Za-z0-9+/=]+)(\?.*)?$/.exec(part);
    if (!m) continue;
    let list = byAlgo.get(m[1]!);
    if (!list) byAlgo.set(m[1]!, (list = []));
    list.push(m[2]!);
  }
  const algo = ["sha512", "sha384", "sha256"].find((a) => byAlgo.has(a));
  if (!algo) throw new IntegrityError(`no usable integrity (sha512/sha384/sha256) for ${what}: "${sri}"`);
  const hash = createHash(algo);
  let bytes = 0;
  return {
    update(chunk) {
      hash.update(chunk);
      bytes += chunk.length;
    },
    verify() {
      const actual = hash.digest("base64");
      const expected = byAlgo.get(algo)!;
      if (!expected.includes(actual)) {
        throw new IntegrityError(`integrity check failed for ${what}: expected ${algo}-${expected[0]}, got ${algo}-${actual} (${bytes} bytes)`);
      }
    },
  };
}

/** Checks `bytes` against `sri` in one go (see integrityChecker). */
export function checkIntegrity(bytes: Uint8Array, sri: string, what: string): void {
  const checker = integrityChecker(sri, what);
  checker.update(bytes);
  checker.verify();
}

function field(h: Uint8Array, start: number, len: number): string {
  const end = h.indexOf(0, start);
  return Buffer.from(h.subarray(start, end >= 0 && end < start + len ? end : start + len)).toString("utf8");
}

function octal(h: Uint8Array, start: number, len: number, what: string): number {
  if ((h[start]! & 0x80) !== 0) throw new Error(`tar: base-256 ${what} is not supported (an entry over 8 GB?)`);
  const text = field(h, start, len).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new Error(`tar: malformed ${what} "${text}"`);
  return Number.parseInt(text, 8);
}

function paxPath(data: Uint8Array): string | null {
  // Records: "<len> <key>=<value>\n", len counting the whole record in bytes.
  let off = 0;
  let found: string | null = null;
  while (off < data.length) {
    const space = data.indexOf(0x20, off);
    if (space < 0) break;
    const len = Number.parseInt(Buffer.from(data.subarray(off, space)).toString("ascii"), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = Buffer.from(data.subarray(space + 1, off + len - 1)).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0 && record.slice(0, eq) === "path") found = record.slice(eq + 1);
    off += len;
  }
  return found;
}

/** The entry's path inside the package (the leading `package/` or other first component removed), or null if unsafe. */
function packagePath(raw: string): string | null {
  const parts = raw.split("/").filter((p) => p !== "" && p !== ".");
  if (raw.startsWith("/") || /^[A-Za-z]:/.test(raw) || parts.some((p) => p === ".." || p.includes("\\"))) return null;
  parts.shift();
  return parts.length ? parts.join("/") : null;
}

/**
 * Unpacks the gzipped npm tarball `tgz` into `dest` (which should be empty), dropping the first
 * path component. Returns the written files (package-relative, in tarball order).
 */
export function unpackNpmTarball(tgz: Uint8Array, dest: string): string[] {
  let tar: Buffer;
  try {
    tar = gunzipSync(tgz);
  } catch (err) {
    throw new Error(`tar: the tarball is not valid gzip (${(err as Error).message})`);
  }
  const written: string[] = [];
  let off = 0;
  let longName: string | null = null;
  let pax: string | null = null;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const sum = octal(h, 148, 8, "checksum");
    let actual = 0;
    for (let i = 0; i < 512; i++) actual += i >= 148 && i < 156 ? 0x20 : h[i]!;
    if (sum !== actual) throw new Error(`tar: header checksum mismatch at offset ${off} (the archive is damaged)`);
    const size = octal(h, 124, 12, "size");
    const type = h[156] === 0 ? "0" : String.fromCharCode(h[156]!);
    const dataStart = off + 512;
    if (dataStart + size > tar.length) throw new Error(`tar: entry at offset ${off} is truncated`);
    const data = tar.subarray(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / 512) * 512;
    if (type === "x") {
      pax = paxPath(data);
      continue;
    }
    if (type === "g") continue;
    if (type === "L") {
      longName = field(data, 0, data.length);
      continue;
    }
    const ustar = field(h, 257, 6) === "ustar";
    const prefix = ustar ? field(h, 345, 155) : "";
    const name = pax ?? longName ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    pax = null;
    longName = null;
    if (type !== "0" && type !== "7") continue; // directories are made as needed; links and devices are not part of a package
    const rel = packagePath(name);
    if (rel === null) throw new Error(`tar: refusing entry "${name}" (it would be written outside the package folder)`);
    const target = join(dest, ...rel.split("/"));
    mkdirSync(dirname(target), { recursive: true });
    const mode = octal(h, 100, 8, "mode");
    writeFileSync(target, data, { mode: 0o644 | (mode & 0o111) });
    written.push(rel);
  }
  return written;
}
