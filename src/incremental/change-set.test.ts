/**
 * Unit tests of the pure change-set computation: statuses, which files get hashed (stat screen
 * without git, git's candidates with it), renames (git-paired or by identical content) and status
 * transitions. The hash function is a counting fake over an in-memory "disk".
 */
import { describe, expect, it } from "vitest";
import type { DiscoveredFile, DiscoveredStatus } from "../discover/discovered-file.ts";
import { type ChangeInputs, type ChangeSet, computeChangeSet, type DiffEntry, type GitProposal, isEmptyChange } from "./change-set.ts";
import type { Snapshot, SnapshotEntry } from "./snapshot.ts";

/** The content hash the fake disk reports for a path's content. */
const sha = (content: string) => `sha(${content})`;

interface FakeFile {
  content: string;
  size?: number;
  mtime?: number;
  status?: DiscoveredStatus;
}

/** A work tree: path -> file. Sizes default to the content length, mtimes to 1000. */
function discovered(files: Record<string, FakeFile>): DiscoveredFile[] {
  return Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, f]) => ({
      path,
      absPath: `/repo/${path}`,
      sizeBytes: f.size ?? f.content.length,
      mtimeNs: f.mtime ?? 1000,
      status: f.status ?? "ok",
    }));
}

/** The snapshot a build of `files` would have recorded. */
function snapshotOf(files: Record<string, FakeFile>): Snapshot {
  const m = new Map<string, SnapshotEntry>();
  for (const f of discovered(files)) {
    const content = files[f.path]?.content ?? "";
    m.set(f.path, {
      path: f.path,
      file_id: idOf(f.path),
      size_bytes: f.sizeBytes,
      mtime_ns: f.mtimeNs,
      sha256: f.status === "ok" ? sha(content) : null,
      status: f.status,
    });
  }
  return m;
}

const idOf = (path: string) => `id:${path}`;

/** Runs computeChangeSet over `now`, recording every path the hash function was asked for. */
function run(previous: Snapshot, now: Record<string, FakeFile>, git: GitProposal | null, unreadable: ReadonlySet<string> = new Set()) {
  const hashed: string[] = [];
  const inputs: ChangeInputs = {
    previous,
    current: discovered(now),
    fileIdOf: idOf,
    hash: (f) => {
      hashed.push(f.path);
      if (unreadable.has(f.path)) return null;
      const file = now[f.path];
      if (!file) throw new Error(`hash asked for ${f.path}, which is not in the work tree`);
      return sha(file.content);
    },
    git,
  };
  const changes = computeChangeSet(inputs);
  return { changes, hashed: hashed.sort() };
}

function entry(c: ChangeSet, path: string): DiffEntry {
  const e = c.entries.find((x) => x.path === path);
  if (!e) throw new Error(`no entry for ${path} in ${JSON.stringify(c.entries.map((x) => x.path))}`);
  return e;
}

function statuses(c: ChangeSet): Record<string, string> {
  return Object.fromEntries(c.entries.map((e) => [e.path, e.old_path ? `${e.status}<-${e.old_path}` : e.status]));
}

const proposal = (candidates: string[], renames: [string, string][] = []): GitProposal => ({ candidates: new Set(candidates), renames: new Map(renames) });

const BASE: Record<string, FakeFile> = {
  "a.py": { content: "A = 1\n" },
  "b.py": { content: "B = 2\n" },
  "c.py": { content: "C = 3\n" },
  "pkg/__init__.py": { content: "" },
};

describe("computeChangeSet without git (stat screen)", () => {
  it("classifies added, modified, deleted and unchanged files and lists what to extract and replace", () => {
    const prev = snapshotOf(BASE);
    const { changes, hashed } = run(
      prev,
      {
        "a.py": { content: "A = 1\n" },
        "b.py": { content: "B = 22\n", mtime: 2000 },
        "d.py": { content: "import a\n" },
        "pkg/__init__.py": { content: "" },
      },
      null,
    );
    expect(statuses(changes)).toEqual({ "a.py": "unchanged", "b.py": "modified", "c.py": "deleted", "d.py": "added", "pkg/__init__.py": "unchanged" });
    expect(changes.toExtract).toEqual(["b.py", "d.py"]);
    expect(changes.toReplace).toEqual(["b.py", "c.py"]);
    // Only the files whose stat data differ (and new ones) are read.
    expect(hashed).toEqual(["b.py", "d.py"]);
    expect(entry(changes, "b.py")).toMatchObject({ old_sha256: sha("B = 2\n"), new_sha256: sha("B = 22\n"), reason: "content hash changed" });
    expect(entry(changes, "c.py")).toMatchObject({ old_sha256: sha("C = 3\n"), new_sha256: null, old_path: null });
    expect(entry(changes, "d.py")).toMatchObject({ old_sha256: null, new_sha256: sha("import a\n"), old_path: null });
    // Entries are sorted by path.
    expect(changes.entries.map((e) => e.path)).toEqual(["a.py", "b.py", "c.py", "d.py", "pkg/__init__.py"]);
    // The next snapshot: current files only, new hashes and stat data, ids from fileIdOf.
    expect([...changes.next.keys()].sort()).toEqual(["a.py", "b.py", "d.py", "pkg/__init__.py"]);
    expect(changes.next.get("b.py")).toEqual({ path: "b.py", file_id: "id:b.py", size_bytes: 7, mtime_ns: 2000, sha256: sha("B = 22\n"), status: "ok" });
    expect(changes.next.get("d.py")).toMatchObject({ file_id: "id:d.py", sha256: sha("import a\n") });
    expect(changes.next.get("a.py")).toEqual(prev.get("a.py"));
    expect(isEmptyChange(changes)).toBe(false);
  });

  it("does not hash a file whose size and mtime are unchanged, even if its content differs", () => {
    const prev = snapshotOf(BASE);
    // Same length, same mtime, other bytes: the stat screen trusts the stat data.
    const { changes, hashed } = run(prev, { ...BASE, "a.py": { content: "A = 9\n" } }, null);
    expect(hashed).toEqual([]);
    expect(changes.entries.every((e) => e.status === "unchanged")).toBe(true);
    expect(entry(changes, "a.py").reason).toBe("same size and mtime");
    expect(isEmptyChange(changes)).toBe(true);
    expect(changes.next).toEqual(prev);
  });

  it("hashes a file whose size alone changed, and one whose mtime alone changed", () => {
    const prev = snapshotOf(BASE);
    const { changes, hashed } = run(prev, { ...BASE, "a.py": { content: "A = 1\n", size: 99 }, "b.py": { content: "B = 2\n", mtime: 5 } }, null);
    expect(hashed).toEqual(["a.py", "b.py"]);
    // Same hash: unchanged (a touched file), and the snapshot takes the new stat data.
    expect(statuses(changes)).toMatchObject({ "a.py": "unchanged", "b.py": "unchanged" });
    expect(entry(changes, "b.py").reason).toBe("content hash unchanged");
    expect(isEmptyChange(changes)).toBe(true);
    expect(changes.next.get("a.py")).toMatchObject({ size_bytes: 99, sha256: sha("A = 1\n") });
    expect(changes.next.get("b.py")).toMatchObject({ mtime_ns: 5, sha256: sha("B = 2\n") });
  });

  it("treats a candidate that cannot be read (hash null) as modified", () => {
    const prev = snapshotOf(BASE);
    const { changes } = run(prev, { ...BASE, "a.py": { content: "A = 1\n", mtime: 7 } }, null, new Set(["a.py"]));
    expect(entry(changes, "a.py")).toMatchObject({ status: "modified", new_sha256: null });
    expect(changes.toExtract).toEqual(["a.py"]);
  });

  it("an empty snapshot makes every file added; an empty work tree makes every file deleted", () => {
    const all = run(new Map(), BASE, null);
    expect(Object.values(statuses(all.changes))).toEqual(["added", "added", "added", "added"]);
    expect(all.changes.toExtract).toEqual(Object.keys(BASE).sort());
    expect(all.changes.toReplace).toEqual([]);
    const none = run(snapshotOf(BASE), {}, null);
    expect(Object.values(statuses(none.changes))).toEqual(["deleted", "deleted", "deleted", "deleted"]);
    expect(none.hashed).toEqual([]);
    expect(none.changes.toReplace).toEqual(Object.keys(BASE).sort());
    expect(none.changes.next.size).toBe(0);
  });
});

describe("computeChangeSet with a git proposal", () => {
  it("hashes only git's candidates: a changed mtime alone (a fresh CI checkout) is not a reason to read a file", () => {
    const prev = snapshotOf(BASE);
    // Every file has a new mtime (a fresh clone); only b.py is in git's change list.
    const now: Record<string, FakeFile> = {
      "a.py": { content: "A = 1\n", mtime: 9999 },
      "b.py": { content: "B = 2 + 2\n", mtime: 9999 },
      "c.py": { content: "C = 3\n", mtime: 9999 },
      "pkg/__init__.py": { content: "", mtime: 9999 },
    };
    const { changes, hashed } = run(prev, now, proposal(["b.py"]));
    expect(hashed).toEqual(["b.py"]);
    expect(statuses(changes)).toEqual({ "a.py": "unchanged", "b.py": "modified", "c.py": "unchanged", "pkg/__init__.py": "unchanged" });
    expect(entry(changes, "a.py").reason).toBe("not in git's change list");
    // Non-candidates keep their hash and id but record the new stat data.
    expect(changes.next.get("a.py")).toEqual({ ...prev.get("a.py"), mtime_ns: 9999 });
    expect(changes.toExtract).toEqual(["b.py"]);
  });

  it("trusts git over the stat data: a non-candidate whose size changed is not hashed", () => {
    const prev = snapshotOf(BASE);
    const { changes, hashed } = run(prev, { ...BASE, "a.py": { content: "A = 12345\n" } }, proposal([]));
    expect(hashed).toEqual([]);
    expect(isEmptyChange(changes)).toBe(true);
  });

  it("a candidate whose content hash is unchanged (touched, or edited and reverted) is unchanged", () => {
    const prev = snapshotOf(BASE);
    const { changes, hashed } = run(prev, { ...BASE, "a.py": { content: "A = 1\n", mtime: 4242 } }, proposal(["a.py"]));
    expect(hashed).toEqual(["a.py"]);
    expect(entry(changes, "a.py")).toMatchObject({
      status: "unchanged",
      reason: "content hash unchanged",
      old_sha256: sha("A = 1\n"),
      new_sha256: sha("A = 1\n"),
    });
    expect(isEmptyChange(changes)).toBe(true);
    expect(changes.next.get("a.py")?.mtime_ns).toBe(4242);
  });

  it("hashes new files even when git does not list them, and detects deletions git does not list", () => {
    const prev = snapshotOf(BASE);
    const now = { ...BASE, "new.py": { content: "N = 1\n" } } as Record<string, FakeFile>;
    delete now["c.py"];
    const { changes, hashed } = run(prev, now, proposal([]));
    expect(hashed).toEqual(["new.py"]);
    expect(statuses(changes)).toMatchObject({ "new.py": "added", "c.py": "deleted" });
    expect(changes.toExtract).toEqual(["new.py"]);
    expect(changes.toReplace).toEqual(["c.py"]);
  });

  it("a git rename with identical content is one renamed entry with old_path", () => {
    const prev = snapshotOf(BASE);
    const now = { ...BASE, "pkg/b.py": { content: "B = 2\n" } } as Record<string, FakeFile>;
    delete now["b.py"];
    const { changes, hashed } = run(prev, now, proposal(["b.py", "pkg/b.py"], [["pkg/b.py", "b.py"]]));
    expect(hashed).toEqual(["pkg/b.py"]);
    expect(changes.entries.filter((e) => e.status !== "unchanged")).toEqual([
      { path: "pkg/b.py", status: "renamed", old_path: "b.py", reason: "git detected a rename", old_sha256: sha("B = 2\n"), new_sha256: sha("B = 2\n") },
    ]);
    expect(changes.toExtract).toEqual(["pkg/b.py"]);
    expect(changes.toReplace).toEqual(["b.py"]);
    expect(changes.next.has("b.py")).toBe(false);
    expect(changes.next.get("pkg/b.py")).toMatchObject({ file_id: "id:pkg/b.py", sha256: sha("B = 2\n") });
  });

  it("a git rename with modification is still a rename (git paired the paths; the hashes differ)", () => {
    const prev = snapshotOf(BASE);
    const now = { ...BASE, "pkg/b.py": { content: "B = 2\nX = 1\n" } } as Record<string, FakeFile>;
    delete now["b.py"];
    const { changes } = run(prev, now, proposal(["b.py", "pkg/b.py"], [["pkg/b.py", "b.py"]]));
    expect(statuses(changes)).toMatchObject({ "pkg/b.py": "renamed<-b.py" });
    expect(changes.entries.some((e) => e.path === "b.py")).toBe(false);
    expect(entry(changes, "pkg/b.py")).toMatchObject({ old_sha256: sha("B = 2\n"), new_sha256: sha("B = 2\nX = 1\n") });
    expect(changes.toExtract).toEqual(["pkg/b.py"]);
    expect(changes.toReplace).toEqual(["b.py"]);
  });

  it("ignores a git rename whose old path still exists (a copy): the new path is added", () => {
    const prev = snapshotOf(BASE);
    const { changes } = run(prev, { ...BASE, "copy.py": { content: "A = 1\nA2 = 1\n" } }, proposal(["copy.py"], [["copy.py", "a.py"]]));
    expect(statuses(changes)).toMatchObject({ "copy.py": "added", "a.py": "unchanged" });
    expect(changes.toReplace).toEqual([]);
  });

  it("ignores a git rename whose old path was not in the snapshot", () => {
    const prev = snapshotOf(BASE);
    const { changes } = run(prev, { ...BASE, "z.py": { content: "Z = 0\n" } }, proposal(["z.py"], [["z.py", "never-built.py"]]));
    expect(statuses(changes)).toMatchObject({ "z.py": "added" });
    expect(changes.toReplace).toEqual([]);
  });
});

describe("renames by identical content", () => {
  it("pairs an added file with a deleted file of the same hash (no git)", () => {
    const prev = snapshotOf(BASE);
    const now = { ...BASE, "moved/c.py": { content: "C = 3\n" } } as Record<string, FakeFile>;
    delete now["c.py"];
    const { changes } = run(prev, now, null);
    expect(entry(changes, "moved/c.py")).toMatchObject({ status: "renamed", old_path: "c.py", reason: "identical content under a new path" });
    expect(changes.entries.some((e) => e.path === "c.py")).toBe(false);
    expect(changes.toReplace).toEqual(["c.py"]);
  });

  it("pairs by content when git's proposal has no rename for the path", () => {
    const prev = snapshotOf(BASE);
    const now = { ...BASE, "moved/c.py": { content: "C = 3\n" } } as Record<string, FakeFile>;
    delete now["c.py"];
    const { changes } = run(prev, now, proposal(["c.py", "moved/c.py"]));
    expect(statuses(changes)).toMatchObject({ "moved/c.py": "renamed<-c.py" });
  });

  it("a rename with modification and no git pairing is a delete plus an add", () => {
    const prev = snapshotOf(BASE);
    const now = { ...BASE, "moved/c.py": { content: "C = 33\n" } } as Record<string, FakeFile>;
    delete now["c.py"];
    const { changes } = run(prev, now, null);
    expect(statuses(changes)).toMatchObject({ "moved/c.py": "added", "c.py": "deleted" });
    expect(changes.toExtract).toEqual(["moved/c.py"]);
    expect(changes.toReplace).toEqual(["c.py"]);
  });

  it("one deleted file is the source of at most one rename; a second copy is added", () => {
    const prev = snapshotOf(BASE);
    const now = { ...BASE, "x/c.py": { content: "C = 3\n" }, "y/c.py": { content: "C = 3\n" } } as Record<string, FakeFile>;
    delete now["c.py"];
    const { changes } = run(prev, now, null);
    const s = statuses(changes);
    expect([s["x/c.py"], s["y/c.py"]].sort()).toEqual(["added", "renamed<-c.py"]);
    expect(changes.entries.filter((e) => e.status === "deleted")).toEqual([]);
    expect(changes.toReplace).toEqual(["c.py"]);
  });

  it("two deleted files with the same content and two new copies make two renames", () => {
    const prev = snapshotOf({ "p.py": { content: "" }, "q.py": { content: "" } });
    const { changes } = run(prev, { "r/p.py": { content: "" }, "r/q.py": { content: "" } }, null);
    const renamed = changes.entries.filter((e) => e.status === "renamed");
    expect(renamed).toHaveLength(2);
    expect(new Set(renamed.map((e) => e.old_path))).toEqual(new Set(["p.py", "q.py"]));
    expect(changes.toReplace).toEqual(["p.py", "q.py"]);
  });

  it("git's pairing wins over a content match", () => {
    // b.py -> moved.py per git; moved.py happens to have c.py's content... and c.py is also gone.
    const prev = snapshotOf(BASE);
    const now = { "a.py": BASE["a.py"] as FakeFile, "pkg/__init__.py": { content: "" }, "moved.py": { content: "C = 3\n" } };
    const { changes } = run(prev, now, proposal(["b.py", "c.py", "moved.py"], [["moved.py", "b.py"]]));
    expect(statuses(changes)).toMatchObject({ "moved.py": "renamed<-b.py", "c.py": "deleted" });
  });
});

describe("status transitions", () => {
  it("ok -> too_large is a modification, found even when git does not list the file, and the skipped file is not hashed", () => {
    const prev = snapshotOf(BASE);
    const { changes, hashed } = run(prev, { ...BASE, "a.py": { content: "A = 1\n", status: "too_large" } }, proposal([]));
    expect(hashed).toEqual([]);
    expect(entry(changes, "a.py")).toMatchObject({ status: "modified", reason: "status ok -> too_large", old_sha256: sha("A = 1\n"), new_sha256: null });
    expect(changes.toExtract).toEqual(["a.py"]);
    expect(changes.toReplace).toEqual(["a.py"]);
    expect(changes.next.get("a.py")).toMatchObject({ status: "too_large", sha256: null });
  });

  it("too_large -> ok is a modification (stat screen)", () => {
    const prev = snapshotOf({ ...BASE, "a.py": { content: "A = 1\n", status: "too_large" } });
    const { changes, hashed } = run(prev, BASE, null);
    expect(hashed).toEqual(["a.py"]);
    expect(entry(changes, "a.py")).toMatchObject({ status: "modified", reason: "status too_large -> ok", new_sha256: sha("A = 1\n") });
  });

  it("a file that stays too_large is unchanged when its stat data are, and modified (re-extracted) when they are not", () => {
    const prev = snapshotOf({ ...BASE, "a.py": { content: "A = 1\n", status: "too_large" } });
    const same = run(prev, { ...BASE, "a.py": { content: "A = 1\n", status: "too_large" } }, null);
    expect(entry(same.changes, "a.py").status).toBe("unchanged");
    expect(same.hashed).toEqual([]);
    // No hash to compare: the size changed, and the FILE node records the size.
    const grown = run(prev, { ...BASE, "a.py": { content: "A = 1\n", status: "too_large", size: 1 << 30 } }, null);
    expect(entry(grown.changes, "a.py").status).toBe("modified");
    expect(grown.hashed).toEqual([]);
  });

  it("a skipped file that git lists (dirty when the state was built) is unchanged when its stat data are", () => {
    const prev = snapshotOf({ ...BASE, "a.py": { content: "A = 1\n", status: "too_large", size: 1 << 30 } });
    const same = run(prev, { ...BASE, "a.py": { content: "A = 1\n", status: "too_large", size: 1 << 30 } }, proposal(["a.py"]));
    expect(entry(same.changes, "a.py")).toMatchObject({ status: "unchanged", reason: "too_large, same size and mtime" });
    expect(same.hashed).toEqual([]);
    expect(isEmptyChange(same.changes)).toBe(true);
    const touched = run(prev, { ...BASE, "a.py": { content: "A = 1\n", status: "too_large", size: 1 << 30, mtime: 77 } }, proposal(["a.py"]));
    expect(entry(touched.changes, "a.py").status).toBe("modified");
  });

  it("ok -> unreadable and ok -> symlink_outside are modifications", () => {
    const prev = snapshotOf(BASE);
    const { changes } = run(
      prev,
      { ...BASE, "a.py": { content: "A = 1\n", status: "unreadable" }, "b.py": { content: "B = 2\n", status: "symlink_outside" } },
      null,
    );
    expect(statuses(changes)).toMatchObject({ "a.py": "modified", "b.py": "modified" });
    expect(entry(changes, "b.py").reason).toBe("status ok -> symlink_outside");
  });
});
