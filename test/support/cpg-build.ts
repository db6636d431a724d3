/**
 * Helpers for tests that run the real pipeline on small repositories written to temporary
 * directories, then read the published Parquet back with DuckDB.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BuildOptions, makeBuildOptions } from "../../src/config/build-options.ts";
import { runBuild } from "../../src/pipeline/run-build.ts";
import type { BuildReport } from "../../src/report/build-report.ts";
import { openDb } from "../../src/store/duckdb.ts";
import { sqlString } from "../../src/store/sql.ts";

/**
 * A scratch root under os.tmpdir(). Git is told not to look above it (GIT_CEILING_DIRECTORIES),
 * so a directory created under it is a git work tree only if the test made it one, even when the
 * temporary directory itself lives inside some repository. Each vitest file runs in its own
 * process, so the environment change does not leak into other files.
 */
export function scratchRoot(prefix: string): { root: string; dir: (name: string) => string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `pycpg-${prefix}-`));
  process.env.GIT_CEILING_DIRECTORIES = root;
  let n = 0;
  return {
    root,
    dir(name: string) {
      const d = join(root, `${String(n++).padStart(2, "0")}-${name}`);
      mkdirSync(d, { recursive: true });
      return d;
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Writes files (string = UTF-8 text, Buffer = raw bytes) below `root`, creating directories. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, ...rel.split("/"));
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

/** Git's environment for tests: no user or system configuration, no prompts. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("GIT_") || k === "GIT_CEILING_DIRECTORIES") env[k] = v;
  env.GIT_CONFIG_NOSYSTEM = "1";
  env.GIT_CONFIG_GLOBAL = devNull;
  env.GIT_TERMINAL_PROMPT = "0";
  return env;
}

/** Runs git in `cwd` (pinned identity, no user or system configuration); returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  try {
    return execFileSync(
      "git",
      ["-c", "user.name=pycpg test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args],
      { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" },
    );
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`git ${args.join(" ")} failed in ${cwd}: ${e.stderr?.trim() || e.message}`);
  }
}

/** `git init` plus an initial commit of everything not ignored (when there is anything). */
export function gitInitCommit(repo: string, commit = true): void {
  git(repo, "init", "-q");
  if (!commit) return;
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--allow-empty", "-m", "initial");
}

export interface Built {
  report: BuildReport;
  options: BuildOptions;
  out: string;
  state: string;
}

/** A full build of `repo` with state and output in `work` (never inside the repository). */
export async function buildRepo(repo: string, work: string, extra: Partial<BuildOptions> = {}): Promise<Built> {
  const state = join(work, "state");
  const out = join(work, "out");
  const options = makeBuildOptions({ repo, state, out, full: true, threads: 2, ...extra });
  const report = await runBuild(options);
  return { report, options, out, state };
}

/** Runs SQL over a published output directory; views cpg_nodes, cpg_edges, cpg_props exist. */
export async function queryOut<T = Record<string, unknown>>(out: string, sql: string): Promise<T[]> {
  const db = await openDb(1);
  try {
    for (const t of ["cpg_nodes", "cpg_edges", "cpg_props"]) {
      await db.exec(`CREATE VIEW ${t} AS SELECT * FROM read_parquet(${sqlString(join(out, t, "*.parquet"))})`);
    }
    // the SCIP layer's tables, when the build published them
    for (const t of ["scip_occurrences", "scip_symbols", "scip_alignment"])
      if (existsSync(join(out, t))) await db.exec(`CREATE VIEW ${t} AS SELECT * FROM read_parquet(${sqlString(join(out, t, "*.parquet"))})`);
    return await db.rows<T>(sql);
  } finally {
    db.close();
  }
}

/** SQL string literal (re-exported for tests). */
export const lit = sqlString;

/** Per-file node counts of the kinds the ast oracle checks, plus parse-problem diagnostics. */
export interface NodeCounts {
  path: string;
  functions: number;
  classes: number;
  calls: number;
  imports: number;
  parseDiagnostics: number;
  status: string | null;
}

export async function countsByFile(out: string): Promise<Map<string, NodeCounts>> {
  const rows = await queryOut<Record<string, string | null>>(
    out,
    `SELECT n.path,
            count(*) FILTER (WHERE n.kind = 'FUNCTION') AS functions,
            count(*) FILTER (WHERE n.kind = 'CLASS') AS classes,
            count(*) FILTER (WHERE n.kind = 'CALL') AS calls,
            count(*) FILTER (WHERE n.kind = 'IMPORT') AS imports,
            count(*) FILTER (WHERE n.kind = 'DIAGNOSTIC' AND n.name IN ('syntax-error', 'missing-token', 'invalid-utf-8')) AS diags,
            any_value(p.value) AS status
     FROM cpg_nodes n
     LEFT JOIN cpg_props p ON p.entity_id = n.file_id AND p.key = 'status'
     WHERE n.file_id <> 0 -- the global partition (EXTERNAL_MODULE, QNAME nodes) is no file
     GROUP BY n.path`,
  );
  return new Map(
    rows.map((r) => [
      r.path as string,
      {
        path: r.path as string,
        functions: Number(r.functions),
        classes: Number(r.classes),
        calls: Number(r.calls),
        imports: Number(r.imports),
        parseDiagnostics: Number(r.diags),
        status: r.status,
      },
    ]),
  );
}

export interface OracleResult {
  path: string;
  ok: boolean;
  functions: number;
  classes: number;
  calls: number;
  imports: number;
  error?: string;
}

/** Runs test/support/python-oracle.py (CPython's ast) over repo-relative paths. */
export function runOracle(root: string, paths: readonly string[]): Map<string, OracleResult> {
  const script = fileURLToPath(new URL("./python-oracle.py", import.meta.url));
  const out = execFileSync("python3", [script, root], { input: paths.join("\n"), maxBuffer: 1 << 28, stdio: ["pipe", "pipe", "pipe"] }).toString();
  const results = out
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as OracleResult);
  return new Map(results.map((r) => [r.path, r]));
}

/**
 * Copies the .py files of python3's standard library (not site-packages, caches or dot folders)
 * to `dest`, keeping the folder layout: the real-corpus input of the slow tests. Folders named
 * in `alsoSkip` are left out too.
 */
export function copyStdlibPython(dest: string, alsoSkip: readonly string[] = []): void {
  const stdlib = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]).toString().trim();
  const skip = new Set(["site-packages", "__pycache__", ...alsoSkip]);
  cpSync(stdlib, dest, {
    recursive: true,
    filter: (src) => {
      if (src === stdlib) return true;
      const name = basename(src);
      if (skip.has(name) || name.startsWith(".")) return false;
      const st = lstatSync(src);
      return st.isDirectory() || (st.isFile() && name.endsWith(".py"));
    },
  });
}
