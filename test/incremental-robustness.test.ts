/**
 * Robustness of the incremental engine:
 *   (a) idempotency: a second build with nothing changed rewrites nothing;
 *   (b) a corrupt or incompatible state falls back to a full build that says why;
 *   (d) the state lock (stale lock taken over, live lock refused);
 *   (e) `pycpg verify` exit codes.
 * Crash safety (the CLI SIGKILLed mid-run) is in incremental-crash.slow.test.ts. The shared setup
 * (a committed repository, states before and after a pending edit, a reference full build) is
 * test/support/pending-edit-fixture.ts.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, main } from "../src/cli/main.ts";
import { runBuild } from "../src/pipeline/run-build.ts";
import type { BuildReport } from "../src/report/build-report.ts";
import { openDb } from "../src/store/duckdb.ts";
import { sqlString } from "../src/store/sql.ts";
import { fileStats, manifestFiles, options, publishedParts, readManifest, scratch } from "./support/incremental.ts";
import { expectTidyState, PENDING_EDIT_PATHS, type PendingEditFixture, preparePendingEditFixture } from "./support/pending-edit-fixture.ts";

const tmp = scratch("robust");
afterAll(() => tmp.cleanup());

let fx: PendingEditFixture;
beforeAll(async () => {
  fx = await preparePendingEditFixture(tmp.dir);
});

function fileOf(state: string, dataset: string): string {
  const f = manifestFiles(readManifest(state)).find((p) => p.startsWith(`data/${dataset}/`));
  if (!f) throw new Error(`no file of ${dataset} in ${state}`);
  return join(state, f);
}

/** A deterministic byte stream (so failures reproduce). */
function pseudoRandomBytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe("(a) idempotency", () => {
  it("a second build with no change in between is incremental, changes nothing and rewrites no file", async () => {
    const { state, out } = fx.caseDirs("idempotent", fx.cleanState);
    const first = await runBuild(options(fx.repo, state, out));
    expect(first.mode).toBe("incremental");
    expect(first.changed.map((c) => c.path).sort()).toEqual(PENDING_EDIT_PATHS);
    const manifest = readManifest(state);
    const data = fileStats(join(state, "data"));
    const parts = publishedParts(out);

    const second = await runBuild(options(fx.repo, state, out));
    expect(second.mode).toBe("incremental");
    expect(second.fallback_reason).toBeNull();
    expect(second.changed).toEqual([]);
    expect(second.impacted).toEqual([]);
    expect(second.generation).toBe(first.generation);
    expect(second.graph).toEqual(first.graph);
    expect(second.files).toEqual(first.files);
    const after = readManifest(state);
    expect(after.generation).toBe(manifest.generation);
    expect(after.datasets).toEqual(manifest.datasets);
    // Same data files, same inodes, same mtimes: nothing was rewritten; the published parts are the same files.
    expect(fileStats(join(state, "data"))).toEqual(data);
    expect(publishedParts(out)).toEqual(parts);
    await fx.expectEqualsReference(out, "second build", state);
    expectTidyState(state, "second build");

    // And a third run right after a --full build is a no-change run too.
    const full = await runBuild(options(fx.repo, state, out, { full: true }));
    expect(full.mode).toBe("full");
    const third = await runBuild(options(fx.repo, state, out));
    expect(third.mode).toBe("incremental");
    expect(third.changed).toEqual([]);
    expect(third.generation).toBe(full.generation);
  });
});

describe("(a') the run tables of a no-change run", () => {
  it("come from the diff report the previous run prepared when the rows are what it predicted", async () => {
    const { state, out } = fx.caseDirs("prepared", fx.cleanState);
    const first = await runBuild(options(fx.repo, state, out));
    expect(first.mode).toBe("incremental");
    const prepared = join(state, "run", "diff_report.next.parquet");
    expect(existsSync(prepared)).toBe(true);
    const bytes = readFileSync(prepared);
    const second = await runBuild(options(fx.repo, state, out));
    expect(second.changed).toEqual([]);
    // The published and kept diff reports are the prepared bytes (a fresh encoding by parquet-wasm
    // would differ), the prepared file is used up, and its rows say every file is unchanged.
    expect(readFileSync(join(out, "diff_report", "part-00000.parquet")).equals(bytes)).toBe(true);
    expect(readFileSync(join(state, "run", "diff_report.parquet")).equals(bytes)).toBe(true);
    expect(existsSync(prepared)).toBe(false);
    const db = await openDb(1);
    try {
      const rows = await db.rows<{ status: string; n: string; moved: string }>(
        `SELECT status, count(*) AS n, sum(nodes_moved) AS moved FROM read_parquet(${sqlString(join(out, "diff_report", "part-00000.parquet"))}) GROUP BY 1`,
      );
      expect(rows).toEqual([{ status: "unchanged", n: String(second.files.discovered), moved: "0" }]);
    } finally {
      db.close();
    }
    // A third run with nothing changed finds the tables as they are: nothing written or prepared.
    const third = await runBuild(options(fx.repo, state, out));
    expect(third.changed).toEqual([]);
    expect(existsSync(prepared)).toBe(false);
    expect(readFileSync(join(out, "diff_report", "part-00000.parquet")).equals(bytes)).toBe(true);
  });
});

interface CorruptionCase {
  name: string;
  /** The template: "clean" (the pending edit makes the run incremental) or "settled" (nothing to do). */
  from: "clean" | "settled";
  corrupt: (state: string) => void;
  reason: RegExp;
}

const CORRUPTIONS: CorruptionCase[] = [
  {
    name: "a truncated bucket file of an extracted dataset",
    from: "clean",
    corrupt: (s) => truncateSync(fileOf(s, "py_defs"), Math.floor(statSync(fileOf(s, "py_defs")).size / 2)),
    reason: /py_defs/,
  },
  {
    name: "a truncated bucket file of a published table, nothing else changed",
    from: "settled",
    corrupt: (s) => truncateSync(fileOf(s, "cpg_nodes"), Math.floor(statSync(fileOf(s, "cpg_nodes")).size / 2)),
    reason: /cpg_nodes/,
  },
  {
    name: "a bucket file truncated to a few bytes",
    from: "clean",
    corrupt: (s) => truncateSync(fileOf(s, "py_calls"), 5),
    reason: /py_calls.*truncated|truncated.*py_calls/,
  },
  {
    name: "a deleted bucket file",
    from: "clean",
    corrupt: (s) => rmSync(fileOf(s, "cpg_edges")),
    reason: /cpg_edges is missing its file/,
  },
  {
    name: "a deleted bucket file, nothing else changed",
    from: "settled",
    corrupt: (s) => rmSync(fileOf(s, "module_index")),
    reason: /module_index is missing its file/,
  },
  {
    name: "a manifest that does not parse",
    from: "clean",
    corrupt: (s) => writeFileSync(join(s, "manifest.json"), '{"format": "pycpg-state/1", "datasets": {'),
    reason: /manifest could not be read/,
  },
  {
    name: "an empty manifest",
    from: "settled",
    corrupt: (s) => writeFileSync(join(s, "manifest.json"), ""),
    reason: /manifest could not be read/,
  },
  {
    name: "a manifest from another fingerprint",
    from: "settled",
    corrupt: (s) => {
      const m = readManifest(s);
      m.fingerprint = "0123456789abcdef0123456789abcdef";
      writeFileSync(join(s, "manifest.json"), JSON.stringify(m));
    },
    reason: /fingerprint changed/,
  },
  {
    name: "a state written with schema v1 (position-dependent ids)",
    from: "settled",
    corrupt: (s) => {
      // What a v1 pycpg left: its fingerprint hashed schema_version 1 (and other code).
      const m = readManifest(s);
      m.fingerprint = "fedcba9876543210fedcba9876543210";
      (m.meta.fingerprint_inputs as { schema_version: number }).schema_version = 1;
      writeFileSync(join(s, "manifest.json"), JSON.stringify(m));
    },
    reason: /fingerprint changed \(the state has schema v1 and this pycpg writes schema v2 \(site and variable ids no longer depend on byte offsets/,
  },
  {
    name: "a manifest of another state format",
    from: "clean",
    corrupt: (s) => {
      const m = readManifest(s);
      m.format = "pycpg-state/0";
      writeFileSync(join(s, "manifest.json"), JSON.stringify(m));
    },
    reason: /format pycpg-state\/0/,
  },
  {
    name: "a manifest without a snapshot",
    from: "settled",
    corrupt: (s) => {
      const m = readManifest(s);
      delete m.meta.snapshot;
      writeFileSync(join(s, "manifest.json"), JSON.stringify(m));
    },
    reason: /no usable snapshot/,
  },
  {
    name: "a bucket file replaced by garbage of the same size",
    from: "clean",
    corrupt: (s) => writeFileSync(fileOf(s, "py_defs"), pseudoRandomBytes(statSync(fileOf(s, "py_defs")).size, 7)),
    reason: /py_defs/,
  },
  {
    name: "a published table's bucket file replaced by garbage of the same size, nothing else changed",
    from: "settled",
    corrupt: (s) => writeFileSync(fileOf(s, "cpg_props"), pseudoRandomBytes(statSync(fileOf(s, "cpg_props")).size, 11)),
    reason: /cpg_props/,
  },
  {
    name: "a bucket file garbled inside, its Parquet magic bytes intact",
    from: "clean",
    corrupt: (s) => {
      const f = fileOf(s, "py_imports");
      const b = readFileSync(f);
      pseudoRandomBytes(b.length - 8, 13).copy(b, 4);
      writeFileSync(f, b);
    },
    reason: /py_imports/,
  },
];

describe("(b) a corrupt or incompatible state: full rebuild, with the reason, equal to a full build", () => {
  for (const c of CORRUPTIONS) {
    it(c.name, async () => {
      const { state, out } = fx.caseDirs("corrupt", c.from === "clean" ? fx.cleanState : fx.settledState);
      c.corrupt(state);
      let report: BuildReport;
      try {
        report = await runBuild(options(fx.repo, state, out));
      } catch (err) {
        throw new Error(`the build failed instead of falling back to a full build: ${(err as Error).message}`);
      }
      expect(report.mode).toBe("full");
      expect(report.fallback_reason).toMatch(c.reason);
      await fx.expectEqualsReference(out, c.name, state);
      expectTidyState(state, c.name);
      // The repaired state is usable again: the next build is incremental with nothing to do.
      const next = await runBuild(options(fx.repo, state, out));
      expect(next.mode).toBe("incremental");
      expect(next.changed).toEqual([]);
    });
  }
});

/** A pid that is certainly not running: a child that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.exit(0)"]);
  if (!r.pid) throw new Error("could not spawn");
  return r.pid;
}

describe("(d) the state lock", () => {
  it("a stale lock file (dead pid) is taken over and removed after the build", async () => {
    const { state, out } = fx.caseDirs("stale-lock", fx.cleanState);
    const pid = deadPid();
    writeFileSync(join(state, "lock"), String(pid));
    const r = await runBuild(options(fx.repo, state, out));
    expect(r.mode).toBe("incremental");
    expect(existsSync(join(state, "lock"))).toBe(false);
    await fx.expectEqualsReference(out, "after a stale lock", state);
  });

  it("a lock file with no pid in it is taken over", async () => {
    const { state, out } = fx.caseDirs("garbled-lock", fx.settledState);
    writeFileSync(join(state, "lock"), "");
    const r = await runBuild(options(fx.repo, state, out));
    expect(r.mode).toBe("incremental");
    expect(existsSync(join(state, "lock"))).toBe(false);
  });

  it("a lock held by a live process is refused, naming the pid, and the state is left alone", async () => {
    const { state, out } = fx.caseDirs("live-lock", fx.cleanState);
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      const pid = holder.pid as number;
      writeFileSync(join(state, "lock"), String(pid));
      const before = fileStats(state);
      await expect(runBuild(options(fx.repo, state, out))).rejects.toThrow(new RegExp(`another pycpg build \\(pid ${pid}\\)`));
      expect(readFileSync(join(state, "lock"), "utf8")).toBe(String(pid));
      expect(fileStats(state)).toEqual(before);
      expect(existsSync(out)).toBe(false);
    } finally {
      holder.kill("SIGKILL");
    }
  });
});

/** Runs the CLI in-process; returns its exit code and what it printed. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (s) => {
      out += s;
    },
    err: {
      write: (s: string) => {
        err += s;
        return true;
      },
    } as unknown as NodeJS.WriteStream,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe("(e) pycpg verify", () => {
  // A repository large enough for two buckets (> 256 files), so every table has several parts.
  let bigRepo = "";
  let bigOut = "";
  beforeAll(async () => {
    const d = tmp.dir("verify");
    bigRepo = join(d, "repo");
    for (let i = 0; i < 300; i++) {
      const dir = join(bigRepo, `pkg${i % 3}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `m${i}.py`), `from pkg${(i + 1) % 3} import m${i + 1}\n\n\ndef f${i}(x):\n    return g(x) + ${i}\n`);
    }
    bigOut = join(d, "out");
    const r = await cli(["build", "--repo", bigRepo, "--state", join(d, "state"), "--out", bigOut, "--quiet"]);
    expect(r.code, r.err).toBe(0);
  });

  const verify = () => cli(["verify", "--repo", bigRepo, "--out", bigOut, "--quiet"]);

  it("exits 0 when the output equals a full rebuild", async () => {
    expect(readdirSync(join(bigOut, "cpg_nodes")).length).toBeGreaterThanOrEqual(2);
    const r = await verify();
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain("cpg_nodes: equal");
    expect(r.out).toContain("verify: the output equals a full rebuild");
  });

  it("exits 1 when a published part file is removed, naming the missing rows", async () => {
    const part = join(bigOut, "cpg_nodes", readdirSync(join(bigOut, "cpg_nodes")).sort()[1] as string);
    const saved = readFileSync(part);
    rmSync(part);
    try {
      const r = await verify();
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/cpg_nodes: 0 extra, [1-9]\d* missing rows/);
      expect(r.out).toContain("cpg_edges: equal");
      expect(r.out).toContain("DIFFERS");
    } finally {
      writeFileSync(part, saved);
    }
    expect((await verify()).code).toBe(0);
  });

  it("exits 1 when a part is replaced by one with different rows (same row count), and when a part is duplicated", async () => {
    const dir = join(bigOut, "cpg_props");
    const part = join(dir, readdirSync(dir).sort()[0] as string);
    const saved = readFileSync(part);
    const db = await openDb(1);
    try {
      // Same number of rows, one value changed.
      const edited = `${part}.edited`;
      await db.exec(
        `COPY (SELECT entity_id, key, CASE WHEN row_number() OVER () = 1 THEN 'tampered' ELSE value END AS value, value_type, file_id FROM read_parquet(${sqlString(part)})) TO ${sqlString(edited)} (FORMAT parquet)`,
      );
      rmSync(part);
      cpSync(edited, part);
      rmSync(edited);
    } finally {
      db.close();
    }
    try {
      const r = await verify();
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/cpg_props: 1 extra, 1 missing rows/);
    } finally {
      rmSync(part);
      writeFileSync(part, saved);
    }
    // A duplicated part: the same rows twice is not the same multiset.
    const copy = join(dir, "part-99999.parquet");
    cpSync(part, copy);
    try {
      const r = await verify();
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/cpg_props: [1-9]\d* extra, 0 missing rows/);
    } finally {
      rmSync(copy);
    }
    expect((await verify()).code).toBe(0);
  });
});
