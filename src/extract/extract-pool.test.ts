import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { openDb } from "../store/duckdb.ts";
import { sqlString } from "../store/sql.ts";
import { SILENT_PROGRESS } from "../util/progress.ts";
import { extractFiles } from "./extract-pool.ts";

const root = mkdtempSync(join(tmpdir(), "pycpg-extract-pool-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** ~40 modules of ~25 KB each (over the in-process limit of 512 KB), one with a syntax error. */
function writeRepo(): DiscoveredFile[] {
  const repo = join(root, "repo");
  const files: DiscoveredFile[] = [];
  for (let m = 0; m < 40; m++) {
    const lines = [`"""Module ${m}."""`, "import os", `from pkg import mod${(m + 1) % 40} as nxt`, ""];
    for (let f = 0; f < 200; f++) lines.push(`def f${f}(a, b=${f}):`, `    x = os.path.join(a, "p${f}")`, `    return nxt.f${f}(x, b) + ${m}`, "");
    if (m === 7) lines.push("def broken(:", "    pass");
    const path = `pkg/mod${m}.py`;
    const abs = join(repo, path);
    mkdirSync(join(repo, "pkg"), { recursive: true });
    writeFileSync(abs, lines.join("\n"));
    files.push({ path, absPath: abs, sizeBytes: statSync(abs).size, mtimeNs: 0, status: "ok" });
  }
  return files;
}

/** Every staged row of `dir`, one table at a time, as sorted JSON texts. */
async function stagedRows(dir: string, tables: readonly string[]): Promise<Record<string, string[]>> {
  const db = await openDb(1);
  try {
    const out: Record<string, string[]> = {};
    for (const t of tables) {
      const rows = await db.rows<{ j: string }>(`SELECT CAST(to_json(x) AS VARCHAR) AS j FROM read_parquet(${sqlString(join(dir, t, "*.parquet"))}) x`);
      out[t] = rows.map((r) => r.j).sort();
    }
    return out;
  } finally {
    db.close();
  }
}

/** The command lines of the running processes that `keep` selects (from /proc: no `ps` needed). */
function processes(keep: (cmdline: string, ppid: number) => boolean): string[] {
  const out: string[] = [];
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
      // stat: "pid (comm) state ppid ...": the fields after the last ")"
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (keep(cmdline, ppid)) out.push(`${pid} ${cmdline}`);
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** This process's children that run the extraction worker. */
const workerChildren = () => processes((cmd, ppid) => ppid === process.pid && cmd.includes("extract-worker"));

describe("extraction in worker threads and processes", () => {
  const files = writeRepo();

  it.each(["thread", "process"] as const)("stages the rows the main thread stages, from two %s workers", async (kind) => {
    const pooledDir = join(root, `pooled-${kind}`);
    const singleDir = join(root, `single-${kind}`);
    const pooled = await extractFiles(files, { stagingDir: pooledDir, repoId: null }, 4, SILENT_PROGRESS, 2, kind);
    const single = await extractFiles(files, { stagingDir: singleDir, repoId: null }, 4, SILENT_PROGRESS, 1);
    expect(pooled.workers).toBe(2);
    expect(single.workers).toBe(0);
    expect(pooled.files).toBe(40);
    expect(pooled.parseErrors).toBe(1);
    expect(pooled.parseErrors).toBe(single.parseErrors);
    const tables = [...new Set(pooled.staged.map((s) => s.table))].sort();
    expect(tables).toEqual([...new Set(single.staged.map((s) => s.table))].sort());
    expect(tables).toContain("py_defs");
    const a = await stagedRows(pooledDir, tables);
    const b = await stagedRows(singleDir, tables);
    for (const t of tables) expect(a[t], t).toEqual(b[t]);
    expect(a.py_defs?.length).toBeGreaterThan(40 * 200);
    // Each staged file holds one bucket's rows, as the store adopts them.
    for (const s of pooled.staged) expect(s.bucket).toBeLessThan(4);
    expect(workerChildren()).toEqual([]);
  });

  it.each(["thread", "process"] as const)("fails with the worker's own error, and leaves no %s worker running", async (kind) => {
    // A staging directory that cannot be made: a regular file stands where its parent would be.
    const blocker = join(root, `blocker-${kind}`);
    writeFileSync(blocker, "not a directory");
    await expect(extractFiles(files, { stagingDir: join(blocker, "staging"), repoId: null }, 4, SILENT_PROGRESS, 2, kind)).rejects.toThrow(
      /extraction worker failed: .*(ENOTDIR|not a directory)/,
    );
    // The other worker is stopped rather than left asking for batches.
    for (let i = 0; i < 50 && workerChildren().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(workerChildren()).toEqual([]);
  });

  it("stops its worker processes when the process that started them is killed", async () => {
    // A process runs the pool and SIGKILLs itself once the first batch is done: its workers,
    // named by their staging directory on their command lines, must exit on their own.
    const stagingDir = join(root, "killed-staging");
    const script = join(root, "killed.mts");
    writeFileSync(
      script,
      [
        `import { extractFiles } from ${JSON.stringify(resolve(import.meta.dirname, "extract-pool.ts"))};`,
        `const files = ${JSON.stringify(files)};`,
        `const progress = { start() {}, info() {}, done() {}, tick() { process.kill(process.pid, "SIGKILL"); } };`,
        `await extractFiles(files, { stagingDir: ${JSON.stringify(stagingDir)}, repoId: null }, 4, progress, 2, "process");`,
      ].join("\n"),
    );
    // (no pipes: a worker left running would hold them open and keep spawnSync waiting)
    const r = spawnSync(process.execPath, ["--import", "tsx", script], { stdio: "ignore", timeout: 60_000 });
    expect(r.signal).toBe("SIGKILL");
    const workers = () => processes((cmd) => cmd.includes(stagingDir) && cmd.includes("extract-worker"));
    for (let i = 0; i < 50 && workers().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(workers()).toEqual([]);
  });
});
