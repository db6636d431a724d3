/**
 * What a result was measured on and with: the machine, the runtimes, and which pycpg (package
 * version, git commit, and a hash of the bundled dist/ that `node bin/pycpg.js` actually runs).
 * Only read-only git commands are used here.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem } from "node:os";
import { join } from "node:path";

export interface Machine {
  nproc: number;
  cpu_model: string;
  mem_total_mb: number;
  os: string;
  node: string;
  python: string;
  duckdb_node_api: string;
  pycpg_version: string;
  git_sha: string | null;
  /** Tracked files differ from the commit (the measured code may not be exactly git_sha). */
  git_dirty: boolean | null;
  /** sha256 (first 16 hex) of dist/: the code `node bin/pycpg.js` runs. */
  dist_sha256: string;
  /** A file under src/ is newer than dist/cli.js: `npm run build` was not run after the last edit. */
  dist_older_than_src: boolean;
}

function tryRun(cmd: string, args: readonly string[], cwd?: string): string | null {
  try {
    return execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** A hash over the names and bytes of dist/ (sorted), to tell which build of pycpg was measured. */
export function distHash(repoRoot: string): string {
  const dist = join(repoRoot, "dist");
  if (!existsSync(dist)) return "missing";
  const h = createHash("sha256");
  for (const f of walk(dist).sort()) {
    h.update(f.slice(dist.length));
    h.update("\0");
    h.update(readFileSync(f));
  }
  return h.digest("hex").slice(0, 16);
}

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let m = 0;
  for (const f of walk(dir)) m = Math.max(m, statSync(f).mtimeMs);
  return m;
}

export function machineInfo(repoRoot: string): Machine {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
  let duckdb = "unknown";
  try {
    duckdb = (JSON.parse(readFileSync(join(repoRoot, "node_modules", "@duckdb", "node-api", "package.json"), "utf8")) as { version: string }).version;
  } catch {
    // not installed: the query suite will say so
  }
  const sha = tryRun("git", ["rev-parse", "HEAD"], repoRoot);
  const status = sha === null ? null : tryRun("git", ["--no-optional-locks", "status", "--porcelain", "--untracked-files=no"], repoRoot);
  const cliJs = join(repoRoot, "dist", "cli.js");
  const distMtime = existsSync(cliJs) ? statSync(cliJs).mtimeMs : 0;
  return {
    nproc: availableParallelism(),
    cpu_model: cpus()[0]?.model.trim() ?? "unknown",
    mem_total_mb: Math.round(totalmem() / 2 ** 20),
    os: `${process.platform} ${release()}`,
    node: process.version,
    python: (tryRun("python3", ["--version"]) ?? "python3 missing").replace(/^Python /, ""),
    duckdb_node_api: duckdb,
    pycpg_version: pkg.version,
    git_sha: sha,
    git_dirty: status === null ? null : status !== "",
    dist_sha256: distHash(repoRoot),
    dist_older_than_src: newestMtime(join(repoRoot, "src")) > distMtime,
  };
}

/** The 1, 5 and 15 minute load averages, rounded to 2 decimals. */
export function loadAverage(): [number, number, number] {
  const [a = 0, b = 0, c = 0] = loadavg().map((x) => Math.round(x * 100) / 100);
  return [a, b, c];
}

/** One line for a results section: "2 cores (AMD EPYC ...), 23.5 GB, Node v20.20.2, Python 3.11.7". */
export function machineLine(m: Machine): string {
  return `${m.nproc} cores (${m.cpu_model}), ${(m.mem_total_mb / 1024).toFixed(1)} GiB RAM, ${m.os}, Node ${m.node}, Python ${m.python}, @duckdb/node-api ${m.duckdb_node_api}`;
}

/** "pycpg 0.1.0 at 3901bc0 (+uncommitted changes), dist 1a2b..." */
export function versionLine(m: Machine): string {
  const sha = m.git_sha ? m.git_sha.slice(0, 7) : "no git";
  return `pycpg ${m.pycpg_version} at ${sha}${m.git_dirty ? " (+uncommitted changes)" : ""}, dist/ ${m.dist_sha256}${m.dist_older_than_src ? " (older than src/)" : ""}`;
}
