/**
 * Helpers for the incremental-engine tests: scratch directories, git in temporary repositories,
 * incremental and full builds of the same work tree, a readable "incremental == full" check, and
 * views of the state directory (manifest, data files, published parts).
 */
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type BuildOptions, makeBuildOptions } from "../../src/config/build-options.ts";
import { ALL_DATASETS, runBuild } from "../../src/pipeline/run-build.ts";
import { compareOutputs, type VerifyResult } from "../../src/pipeline/run-verify.ts";
import type { BuildReport } from "../../src/report/build-report.ts";
import { openDb } from "../../src/store/duckdb.ts";
import { sqlIdent } from "../../src/store/sql.ts";
import { type Manifest, relationOf } from "../../src/store/state-store.ts";
import { git } from "./cpg-build.ts";
import { SAMPLE_REPO_DIR } from "./sample-history.ts";

export { git, scratchRoot as scratch } from "./cpg-build.ts";

/** `git init` + commit everything. */
export function gitInit(repo: string, message = "initial"): string {
  git(repo, "init", "-q");
  return gitCommitAll(repo, message);
}

/** `git add -A` + commit (empty allowed); returns the new HEAD. */
export function gitCommitAll(repo: string, message: string): string {
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--allow-empty", "--no-verify", "-m", message);
  return git(repo, "rev-parse", "HEAD").trim();
}

/** Copies fixtures/sample-repo into `dest` (no caches). */
export function copySampleRepo(dest: string): void {
  copyTree(SAMPLE_REPO_DIR, dest);
}

/** Copies a tree of Python code without its git folder and Python caches. */
export function copyTree(source: string, dest: string): void {
  cpSync(source, dest, {
    recursive: true,
    filter: (src) => !/(^|[/\\])(__pycache__|\.pytest_cache|\.mypy_cache|\.git)([/\\]|$)|\.pyc$/.test(src),
  });
}

export interface Sides {
  repo: string;
  /** State and output of the incremental side (reused run after run). */
  state: string;
  out: string;
  /** State and output of the reference side (a --full build each time). */
  fullState: string;
  fullOut: string;
}

export function sidesFor(repo: string, work: string): Sides {
  return { repo, state: join(work, "inc-state"), out: join(work, "inc-out"), fullState: join(work, "full-state"), fullOut: join(work, "full-out") };
}

export function options(repo: string, state: string, out: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return makeBuildOptions({ repo, state, out, threads: 2, ...extra });
}

/** An (incremental when possible) build into the incremental side. */
export function buildInc(s: Sides, extra: Partial<BuildOptions> = {}): Promise<BuildReport> {
  return runBuild(options(s.repo, s.state, s.out, extra));
}

/** A --full build into the reference side. */
export function buildFull(s: Sides, extra: Partial<BuildOptions> = {}): Promise<BuildReport> {
  return runBuild(options(s.repo, s.fullState, s.fullOut, { ...extra, full: true }));
}

/** A multiline, readable account of where two outputs differ. */
export function describeDifferences(r: VerifyResult): string {
  const lines: string[] = [];
  for (const t of r.tables) {
    if (t.extra === 0 && t.missing === 0) continue;
    lines.push(`  ${t.table}: ${t.extra} extra rows, ${t.missing} missing rows`);
    for (const f of t.files) lines.push(`    ${f.path}: ${f.extra} extra, ${f.missing} missing`);
  }
  return lines.join("\n");
}

/**
 * Compares every dataset of two committed states (the extracted tables, the module index, the
 * resolution datasets and the CPG tables) as multisets, per partition (file). Internal datasets
 * are not published, so compareOutputs cannot see an incremental error in them until it reaches
 * a published table; this does.
 */
export async function compareStates(actualState: string, expectedState: string): Promise<VerifyResult> {
  const a = readManifest(actualState);
  const e = readManifest(expectedState);
  const rel = (state: string, m: Manifest, name: string) => {
    const spec = ALL_DATASETS.get(name);
    if (!spec) throw new Error(`unknown dataset ${name}`);
    return relationOf(state, m.datasets[name], spec);
  };
  const db = await openDb(1);
  try {
    const tables: VerifyResult["tables"] = [];
    const names = [...new Set([...Object.keys(a.datasets), ...Object.keys(e.datasets)])].sort();
    const paths = `(SELECT file_id, path FROM ${rel(expectedState, e, "py_files")} UNION SELECT file_id, path FROM ${rel(actualState, a, "py_files")})`;
    for (const name of names) {
      const spec = ALL_DATASETS.get(name);
      if (!spec) throw new Error(`unknown dataset ${name}`);
      const ra = rel(actualState, a, name);
      const re = rel(expectedState, e, name);
      const rows = await db.rows<{ path: string | null; extra: string; missing: string }>(`
        WITH extra AS (SELECT * FROM ${ra} EXCEPT ALL SELECT * FROM ${re}),
             missing AS (SELECT * FROM ${re} EXCEPT ALL SELECT * FROM ${ra}),
             d AS (SELECT ${sqlIdent(spec.partitionColumn)} AS f, 1 AS x, 0 AS m FROM extra UNION ALL SELECT ${sqlIdent(spec.partitionColumn)}, 0, 1 FROM missing)
        SELECT any_value(p.path) AS path, sum(x) AS extra, sum(m) AS missing FROM d LEFT JOIN ${paths} p ON p.file_id = d.f GROUP BY d.f ORDER BY path`);
      const files = rows.map((r) => ({ path: r.path ?? "(global)", extra: Number(r.extra), missing: Number(r.missing) }));
      tables.push({ table: name, extra: files.reduce((n, f) => n + f.extra, 0), missing: files.reduce((n, f) => n + f.missing, 0), files: files.slice(0, 50) });
    }
    return { equal: tables.every((t) => t.extra === 0 && t.missing === 0), tables };
  } finally {
    db.close();
  }
}

/**
 * Throws (with a per-table, per-file account and `context`) unless the published tables of the
 * incremental side equal those of the full side as multisets, and so does every internal dataset
 * of the two states.
 */
export async function expectSameAsFull(s: Sides, context: string): Promise<void> {
  const r = await compareOutputs(s.out, s.fullOut);
  if (!r.equal) throw new Error(`incremental output differs from a full build (${context}):\n${describeDifferences(r)}`);
  const st = await compareStates(s.state, s.fullState);
  if (!st.equal) throw new Error(`incremental state differs from a full build's (${context}) in internal datasets:\n${describeDifferences(st)}`);
}

/** The report fields that must agree between an incremental and a full build of the same tree. */
export function reportSummary(r: BuildReport) {
  return { files: r.files, graph: r.graph, diagnostics_total: r.diagnostics.total };
}

export function readManifest(state: string): Manifest {
  return JSON.parse(readFileSync(join(state, "manifest.json"), "utf8")) as Manifest;
}

/** Paths (relative to the state dir, POSIX) of every data file a manifest names. */
export function manifestFiles(m: Manifest): string[] {
  const out: string[] = [];
  for (const d of Object.values(m.datasets)) for (const b of Object.values(d.buckets)) out.push(...b.files);
  return out.sort();
}

/** Every file below `dir`, relative to `base` (POSIX), sorted. */
export function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(abs, base));
    else out.push(relative(base, abs).split(sep).join("/"));
  }
  return out.sort();
}

/** The files under `<state>/data/`, relative to the state dir. */
export function dataFiles(state: string): string[] {
  return listFiles(join(state, "data"), state);
}

/** inode, mtime and size of every file below a directory (e.g. the published parts). */
export function fileStats(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of listFiles(dir)) {
    const s = statSync(join(dir, f), { bigint: true });
    out[f] = `ino=${s.ino} mtime=${s.mtimeNs} size=${s.size}`;
  }
  return out;
}

/** The published part files: `<table>/part-*.parquet`. */
export function publishedParts(out: string): Record<string, string> {
  const all = fileStats(out);
  return Object.fromEntries(Object.entries(all).filter(([k]) => /^cpg_(nodes|edges|props)\/[^/]+\.parquet$/.test(k)));
}
