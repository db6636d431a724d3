/**
 * The change set of a run: a pure function of the previous snapshot, the files discovered now,
 * their content hashes (computed only for files that look changed) and, when git knows, its
 * proposal of changed paths and renames. Git proposes, hashes decide.
 */
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import type { Snapshot, SnapshotEntry } from "./snapshot.ts";

export type ChangeStatus = "added" | "modified" | "deleted" | "renamed" | "unchanged";

export interface DiffEntry {
  readonly path: string;
  readonly status: ChangeStatus;
  /** For renames, the previous path. */
  readonly old_path: string | null;
  readonly reason: string;
  readonly old_sha256: string | null;
  readonly new_sha256: string | null;
}

export interface ChangeSet {
  /** Every file, with its status (unchanged ones included). */
  readonly entries: readonly DiffEntry[];
  /** Paths whose content must be (re)extracted: added, modified and the new side of renames. */
  readonly toExtract: readonly string[];
  /** Paths of the previous snapshot whose rows must go: deleted, old side of renames, modified. */
  readonly toReplace: readonly string[];
  /** The snapshot after this run. */
  readonly next: Snapshot;
}

/** What git says about the paths (relative to the repository root) since the state's commit. */
export interface GitProposal {
  /** Paths git reports as added, modified, deleted or renamed (both sides of a rename). */
  readonly candidates: ReadonlySet<string>;
  /** new path -> old path for renames git detected. */
  readonly renames: ReadonlyMap<string, string>;
}

export interface ChangeInputs {
  readonly previous: Snapshot;
  readonly current: readonly DiscoveredFile[];
  /** file_id (decimal string) of a path. */
  readonly fileIdOf: (path: string) => string;
  /** Content hash of a current file, or null when it cannot be read. */
  readonly hash: (f: DiscoveredFile) => string | null;
  /** Git's proposal; null = screen every file by its stat data instead. */
  readonly git: GitProposal | null;
}

/** Computes the change set. Only candidate files are hashed. */
export function computeChangeSet(inp: ChangeInputs): ChangeSet {
  const { previous, current, git } = inp;
  const next = new Map<string, SnapshotEntry>();
  const currentPaths = new Set(current.map((f) => f.path));
  const added: { f: DiscoveredFile; sha: string | null }[] = [];
  const entries: DiffEntry[] = [];
  const toExtract: string[] = [];
  const toReplace: string[] = [];

  for (const f of current) {
    const prev = previous.get(f.path);
    const isCandidate = git
      ? git.candidates.has(f.path) || !prev || prev.status !== f.status
      : !prev || prev.status !== f.status || prev.size_bytes !== f.sizeBytes || prev.mtime_ns !== f.mtimeNs;
    if (!isCandidate && prev) {
      next.set(f.path, { ...prev, size_bytes: f.sizeBytes, mtime_ns: f.mtimeNs });
      entries.push({
        path: f.path,
        status: "unchanged",
        old_path: null,
        reason: git ? "not in git's change list" : "same size and mtime",
        old_sha256: prev.sha256,
        new_sha256: prev.sha256,
      });
      continue;
    }
    const sha = f.status === "ok" ? inp.hash(f) : null;
    const entry: SnapshotEntry = { path: f.path, file_id: inp.fileIdOf(f.path), size_bytes: f.sizeBytes, mtime_ns: f.mtimeNs, sha256: sha, status: f.status };
    next.set(f.path, entry);
    if (!prev) {
      added.push({ f, sha });
      continue;
    }
    if (prev.status === f.status && prev.sha256 === sha && sha !== null) {
      entries.push({ path: f.path, status: "unchanged", old_path: null, reason: "content hash unchanged", old_sha256: prev.sha256, new_sha256: sha });
      continue;
    }
    // A skipped file (too large, unreadable...) has no hash: its stat data decide. Without this, a
    // skipped file git lists as dirty would be "modified" (and rewritten) on every run.
    if (f.status !== "ok" && prev.status === f.status && prev.size_bytes === f.sizeBytes && prev.mtime_ns === f.mtimeNs) {
      entries.push({
        path: f.path,
        status: "unchanged",
        old_path: null,
        reason: `${f.status}, same size and mtime`,
        old_sha256: prev.sha256,
        new_sha256: null,
      });
      continue;
    }
    const reason = prev.status !== f.status ? `status ${prev.status} -> ${f.status}` : "content hash changed";
    entries.push({ path: f.path, status: "modified", old_path: null, reason, old_sha256: prev.sha256, new_sha256: sha });
    toExtract.push(f.path);
    toReplace.push(f.path);
  }

  const deleted = [...previous.values()].filter((p) => !currentPaths.has(p.path));
  const deletedByPath = new Map(deleted.map((d) => [d.path, d]));
  const deletedBySha = new Map<string, SnapshotEntry[]>();
  for (const d of deleted) if (d.sha256) deletedBySha.set(d.sha256, [...(deletedBySha.get(d.sha256) ?? []), d]);
  const renamedFrom = new Set<string>();
  for (const { f, sha } of added) {
    // A rename: git paired the paths, or the content is identical to a deleted file's.
    let from = git?.renames.get(f.path);
    let reason = "git detected a rename";
    if (!from || !deletedByPath.has(from) || renamedFrom.has(from)) {
      from = undefined;
      const same = sha ? (deletedBySha.get(sha) ?? []).find((d) => !renamedFrom.has(d.path)) : undefined;
      if (same) {
        from = same.path;
        reason = "identical content under a new path";
      }
    }
    const old = from ? deletedByPath.get(from) : undefined;
    if (from && old) {
      renamedFrom.add(from);
      entries.push({ path: f.path, status: "renamed", old_path: from, reason, old_sha256: old.sha256, new_sha256: sha });
      toReplace.push(from);
    } else entries.push({ path: f.path, status: "added", old_path: null, reason: "new file", old_sha256: null, new_sha256: sha });
    toExtract.push(f.path);
  }
  for (const d of deleted) {
    if (renamedFrom.has(d.path)) continue;
    entries.push({ path: d.path, status: "deleted", old_path: null, reason: "file removed", old_sha256: d.sha256, new_sha256: null });
    toReplace.push(d.path);
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries, toExtract: toExtract.sort(), toReplace: toReplace.sort(), next };
}

/** True when the change set changes nothing the graph depends on. */
export function isEmptyChange(c: ChangeSet): boolean {
  return c.toExtract.length === 0 && c.toReplace.length === 0;
}
