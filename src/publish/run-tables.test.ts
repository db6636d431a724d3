import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangeSet } from "../incremental/change-set.ts";
import type { Snapshot, SnapshotEntry } from "../incremental/snapshot.ts";
import { type Db, openDb } from "../store/duckdb.ts";
import { sqlString } from "../store/sql.ts";
import { diffReportRows, type RunTablesInput, writeRunTables } from "./run-tables.ts";

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

let db: Db;
let dir: string;

beforeAll(async () => {
  db = await openDb(2);
  dir = mkdtempSync(join(tmpdir(), "pycpg-run-tables-"));
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function entry(path: string, i: number, sha: string): SnapshotEntry {
  return { path, file_id: String(1000n + BigInt(i) * 7919n), size_bytes: 10 + i, mtime_ns: 1_700_000_000_000_000_000 + i, sha256: sha, status: "ok" };
}

/** 300 files; the previous snapshot had the first one with other content and not the last one. */
function input(): RunTablesInput {
  const now = new Map<string, SnapshotEntry>();
  const before = new Map<string, SnapshotEntry>();
  for (let i = 0; i < 300; i++) {
    const p = `pkg/m${String(i).padStart(3, "0")}.py`;
    now.set(p, entry(p, i, `sha${i}`));
    if (i < 299) before.set(p, entry(p, i, i === 0 ? "old" : `sha${i}`));
  }
  const entries = [...now.keys()].map((path, i) => ({
    path,
    status: i === 0 ? ("modified" as const) : i === 299 ? ("added" as const) : ("unchanged" as const),
    old_path: null,
    reason: i === 0 ? "content hash changed" : i === 299 ? "new file" : "same size and mtime",
    old_sha256: before.get(path)?.sha256 ?? null,
    new_sha256: now.get(path)?.sha256 ?? null,
  }));
  const snapshot: Snapshot = now;
  return {
    snapshot,
    previous: before,
    changes: { entries },
    fullReason: "",
    delta: new Map([["pkg/m000.py", { nodes_added: 2, nodes_moved: 5 }]]),
    next: { dirty: new Set(), git: true },
  };
}

describe("writeRunTables with DuckDB", () => {
  it("writes the snapshot, the diff report and the next run's diff report, each with its rows", async () => {
    const out = join(dir, "out");
    const state = join(dir, "state");
    const written = await writeRunTables(out, state, input(), db);
    expect(Object.keys(written).sort()).toEqual(["diff_report", "snapshot"]);
    const read = (f: string, q: string) => db.rows<Record<string, string>>(q.replace("$", `read_parquet(${sqlString(f)})`));
    const snap = await read(join(out, "snapshot", "part-00000.parquet"), "SELECT count(*) AS n, min(path) AS first, max(path) AS last FROM $");
    expect(snap).toEqual([{ n: "300", first: "pkg/m000.py", last: "pkg/m299.py" }]);
    const diff = await read(
      join(state, "run", "diff_report.parquet"),
      "SELECT status, count(*) AS n, sum(nodes_added) AS added, sum(nodes_moved) AS moved FROM $ GROUP BY 1 ORDER BY 1",
    );
    expect(diff).toEqual([
      { status: "added", n: "1", added: "0", moved: "0" },
      { status: "modified", n: "1", added: "2", moved: "5" },
      { status: "unchanged", n: "298", added: "0", moved: "0" },
    ]);
    // What a run finding every file as it is would publish: all unchanged, not in git's list.
    const next = await read(join(state, "run", "diff_report.next.parquet"), "SELECT status, reason, count(*) AS n FROM $ GROUP BY ALL");
    expect(next).toEqual([{ status: "unchanged", reason: "not in git's change list", n: "300" }]);
    expect(readdirSync(join(state, "run")).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("removes the scratch files of a run killed while it wrote them (the rows' JSON lines and DuckDB's output)", async () => {
    const out = join(dir, "out-killed");
    const state = join(dir, "state-killed");
    mkdirSync(join(state, "run"), { recursive: true });
    for (const f of ["snapshot.jsonl.tmp-4242", "snapshot.jsonl.tmp-4242.parquet", "diff_report.next.jsonl.tmp-77.parquet", "snapshot.parquet.tmp-9"])
      writeFileSync(join(state, "run", f), "partial");
    await writeRunTables(out, state, input(), db);
    expect(readdirSync(join(state, "run")).sort()).toEqual(["diff_report.next.parquet", "diff_report.parquet", "snapshot.parquet"]);
  });

  it("reports a table it cannot place after every COPY has ended, leaving no scratch file", async () => {
    // The output folder is a file: no table can be placed there.
    const out = join(dir, "out-blocked");
    const state = join(dir, "state-blocked");
    writeFileSync(out, "");
    await expect(writeRunTables(out, state, input(), db)).rejects.toThrow(/ENOTDIR|not a directory/);
    // Every COPY ran to the end: each table is in the state's run folder, scratch files gone.
    const run = readdirSync(join(state, "run")).sort();
    expect(run).toEqual(["diff_report.next.parquet", "diff_report.parquet", "snapshot.parquet"]);
    // The connection is still usable.
    expect(await db.rows("SELECT 1 AS x")).toEqual([{ x: 1 }]);
  });
});
