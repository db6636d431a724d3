/**
 * Snapshots: what the state knows about each file the last time it was built, kept in the
 * manifest so that a run can decide "nothing changed" before opening DuckDB or loading a parser.
 */
import type { DiscoveredFile, DiscoveredStatus } from "../discover/discovered-file.ts";

/** One file of a snapshot. `sha256` is null for files that were not read (skipped ones). */
export interface SnapshotEntry {
  readonly path: string;
  readonly file_id: string;
  readonly size_bytes: number;
  readonly mtime_ns: number;
  readonly sha256: string | null;
  readonly status: DiscoveredStatus;
}

/** path -> entry. */
export type Snapshot = ReadonlyMap<string, SnapshotEntry>;

/** Compact form stored in the manifest: path -> [file_id, size, mtime_ns, sha256, status]. */
export type StoredSnapshot = Record<string, [string, number, number, string | null, DiscoveredStatus]>;

export function snapshotToStored(s: Snapshot): StoredSnapshot {
  const out: StoredSnapshot = {};
  for (const [p, e] of [...s.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) out[p] = [e.file_id, e.size_bytes, e.mtime_ns, e.sha256, e.status];
  return out;
}

export function snapshotFromStored(s: StoredSnapshot | undefined): Snapshot | null {
  if (!s || typeof s !== "object") return null;
  const m = new Map<string, SnapshotEntry>();
  for (const [path, v] of Object.entries(s)) {
    if (!Array.isArray(v) || v.length !== 5) return null;
    m.set(path, { path, file_id: v[0], size_bytes: v[1], mtime_ns: v[2], sha256: v[3], status: v[4] });
  }
  return m;
}

/** True when the file's stat data (status, size, mtime) is what the snapshot recorded. */
export function statUnchanged(prev: SnapshotEntry | undefined, f: DiscoveredFile): boolean {
  return prev !== undefined && prev.status === f.status && prev.size_bytes === f.sizeBytes && prev.mtime_ns === f.mtimeNs;
}
