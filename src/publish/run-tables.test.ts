import { describe, expect, it } from "vitest";
import type { ChangeSet } from "../incremental/change-set.ts";
import type { Snapshot, SnapshotEntry } from "../incremental/snapshot.ts";
import { diffReportRows } from "./run-tables.ts";

function snap(entries: Omit<SnapshotEntry, "status">[]): Snapshot {
  return new Map(entries.map((e) => [e.path, { ...e, status: "ok" as const }]));
}

describe("diff_report rows", () => {
  const previous = snap([
    { path: "a.py", file_id: "1", size_bytes: 10, mtime_ns: 100, sha256: "aa" },
    { path: "old.py", file_id: "2", size_bytes: 20, mtime_ns: 200, sha256: "bb" },
    { path: "gone.py", file_id: "3", size_bytes: 30, mtime_ns: 300, sha256: "cc" },
  ]);
  const next = snap([
    { path: "a.py", file_id: "1", size_bytes: 11, mtime_ns: 101, sha256: "ab" },
    { path: "new.py", file_id: "4", size_bytes: 20, mtime_ns: 201, sha256: "bb" },
  ]);
  const changes: ChangeSet = {
    entries: [
      { path: "a.py", status: "modified", old_path: null, reason: "content hash changed", old_sha256: "aa", new_sha256: "ab" },
      { path: "gone.py", status: "deleted", old_path: null, reason: "file removed", old_sha256: "cc", new_sha256: null },
      { path: "new.py", status: "renamed", old_path: "old.py", reason: "git detected a rename", old_sha256: "bb", new_sha256: "bb" },
    ],
    toExtract: ["a.py", "new.py"],
    toReplace: ["a.py", "gone.py", "old.py"],
    next,
  };

  it("carries previous and current values; a rename takes its previous values from the old path", () => {
    const delta = new Map<string, Record<string, number>>([
      ["a.py", { nodes_changed: 1, nodes_moved: 5, edges_added: 2 }],
      ["old.py", { nodes_removed: 7 }],
      ["new.py", { nodes_added: 7 }],
    ]);
    const rows = diffReportRows({ snapshot: next, previous, changes, fullReason: "", delta });
    expect(rows.map((r) => [r.path, r.status])).toEqual([
      ["a.py", "modified"],
      ["gone.py", "deleted"],
      ["new.py", "renamed"],
    ]);
    expect(rows[0]).toMatchObject({ old_size_bytes: 10, new_size_bytes: 11, old_mtime_ns: 100, new_mtime_ns: 101, old_sha256: "aa", new_sha256: "ab" });
    expect(rows[1]).toMatchObject({ old_file_id: "3", new_file_id: null, old_sha256: "cc", new_sha256: null });
    expect(rows[2]).toMatchObject({ old_path: "old.py", old_file_id: "2", new_file_id: "4", old_size_bytes: 20, new_mtime_ns: 201 });
  });

  it("carries each file's delta counts; a rename adds its old path's", () => {
    const delta = new Map<string, Record<string, number>>([
      ["a.py", { nodes_changed: 1, nodes_moved: 5, edges_added: 2 }],
      ["old.py", { nodes_removed: 7 }],
      ["new.py", { nodes_added: 7 }],
    ]);
    const rows = diffReportRows({ snapshot: next, previous, changes, fullReason: "", delta });
    expect(rows[0]).toMatchObject({ nodes_added: 0, nodes_changed: 1, nodes_moved: 5, edges_added: 2, props_changed: 0 });
    expect(rows[1]).toMatchObject({ nodes_added: 0, nodes_removed: 0 });
    expect(rows[2]).toMatchObject({ nodes_added: 7, nodes_removed: 7, nodes_moved: 0 });
  });

  it("a full build lists every file as added, with the full build's reason", () => {
    const rows = diffReportRows({ snapshot: next, previous: null, changes: null, fullReason: "full build: --full", delta: null });
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ status: "added", reason: "full build: --full", old_file_id: null, nodes_added: null, nodes_moved: null });
  });
});
