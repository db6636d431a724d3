/**
 * The discover stage: which files of the repository are Python sources. In a git work tree it
 * asks git (tracked plus untracked-but-not-ignored files, so .gitignore is honoured); elsewhere it
 * walks the directory, skipping hidden directories and common virtualenv/cache folders.
 * Symbolic links are never followed out of the repository.
 */

import { existsSync, lstatSync, readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { isRootConfigPath, ROOT_CONFIG_FILES } from "../config/import-roots.ts";
import { GitRunner, probeRepo } from "../util/git-runner.ts";
import type { DiscoveredFile } from "./discovered-file.ts";
import { pathFilter } from "./glob.ts";

export interface DiscoverOptions {
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileBytes: number;
}

export interface Discovery {
  readonly files: DiscoveredFile[];
  /** "git" when git listed the files, "walk" otherwise. */
  readonly method: "git" | "walk";
  /**
   * The configuration files that declare import roots (pyproject.toml, setup.cfg, ...: see
   * config/import-roots.ts), repository-relative, sorted; --exclude applies, --include does not.
   */
  readonly configFiles: string[];
  /** The untracked Python paths git listed (null for a walk): what git-changes would ask git again. */
  readonly untracked: ReadonlySet<string> | null;
}

const WALK_SKIP_DIRS = new Set(["__pycache__", "node_modules", "venv", "site-packages"]);

/** True when `root` is inside a git work tree. */
export function isGitWorkTree(root: string, git = new GitRunner(root)): boolean {
  return probeRepo(git).workTree;
}

/** The pathspecs of the configuration files, in any directory (filtered by exact name afterwards). */
const CONFIG_PATHSPECS = [...ROOT_CONFIG_FILES].filter((n) => !n.endsWith(".py")).map((n) => `*${n}`);

/** `git ls-files` of the tracked and untracked Python and configuration files (discoverFiles). */
export const LIST_FILES_ARGS = ["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard", "--", "*.py", ...CONFIG_PATHSPECS] as const;

/** Tracked and untracked paths (`-t` tags each: `?` for untracked), and the untracked Python ones. */
function gitListPython(git: GitRunner): { paths: string[]; untracked: Set<string> } {
  const out = git.run(LIST_FILES_ARGS);
  const seen = new Set<string>();
  const untracked = new Set<string>();
  for (const entry of out.toString("utf8").split("\0")) {
    if (entry.length < 3) continue;
    const p = entry.slice(2);
    seen.add(p);
    if (entry[0] === "?" && p.endsWith(".py")) untracked.add(p);
  }
  return { paths: [...seen], untracked };
}

function walkPython(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith(".") || WALK_SKIP_DIRS.has(e.name)) continue;
        visit(abs);
      } else if ((e.name.endsWith(".py") || ROOT_CONFIG_FILES.has(e.name)) && (e.isFile() || e.isSymbolicLink())) {
        out.push(relative(root, abs).split(sep).join("/"));
      }
    }
  };
  visit(root);
  return out;
}

/** A stat's modification time in nanoseconds (from the milliseconds a plain stat gives: a BigInt stat costs twice as much). */
function mtimeNsOf(s: Stats): number {
  return Math.round(s.mtimeMs * 1e6);
}

/**
 * `path` (relative, `/`-separated, no `.` or `..` segments: as git and the walk list them) under
 * `prefix`, the repository's folder as path.join gives it, with a trailing separator (a
 * path.join for each of 13k files took ~30 ms).
 */
function under(prefix: string, path: string): string {
  return prefix + (sep === "/" ? path : path.split("/").join(sep));
}

/** What discover knows of one listed path; null when it no longer exists (deleted in the work tree). */
function classify(prefix: string, realRoot: string, path: string, maxFileBytes: number): DiscoveredFile | null {
  const absPath = under(prefix, path);
  try {
    const l = lstatSync(absPath);
    if (l.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(absPath);
      } catch {
        return { path, absPath, sizeBytes: 0, mtimeNs: mtimeNsOf(l), status: "not_a_file", message: "broken symbolic link" };
      }
      const rel = relative(realRoot, target);
      if (rel.startsWith("..") || rel === "" || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) {
        return { path, absPath, sizeBytes: 0, mtimeNs: mtimeNsOf(l), status: "symlink_outside" };
      }
    }
    const s = l.isSymbolicLink() ? statSync(absPath) : l;
    if (!s.isFile()) return { path, absPath, sizeBytes: 0, mtimeNs: mtimeNsOf(s), status: "not_a_file" };
    return { path, absPath, sizeBytes: s.size, mtimeNs: mtimeNsOf(s), status: s.size > maxFileBytes ? "too_large" : "ok" };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    return { path, absPath, sizeBytes: 0, mtimeNs: 0, status: "unreadable", message: code ?? String(err) };
  }
}

/** Lists the repository's Python files, sorted by path. */
export function discoverFiles(root: string, options: DiscoverOptions, runner = new GitRunner(root)): Discovery {
  const method = isGitWorkTree(root, runner) ? "git" : "walk";
  const git = method === "git" ? gitListPython(runner) : null;
  const listed = git ? git.paths : walkPython(root);
  // --include selects Python files; configuration files are only subject to --exclude
  const keep = pathFilter(options.include, options.exclude);
  const notExcluded = pathFilter([], options.exclude);
  const paths = listed.filter((p) => p.endsWith(".py") && keep(p));
  const prefix = join(root, "x").slice(0, -1);
  const configFiles = listed.filter((p) => isRootConfigPath(p) && notExcluded(p) && existsSync(under(prefix, p))).sort();
  const realRoot = realpathSync(root);
  const files = paths
    .sort()
    .map((p) => classify(prefix, realRoot, p, options.maxFileBytes))
    .filter((f): f is DiscoveredFile => f !== null);
  return { files, method, configFiles, untracked: git ? git.untracked : null };
}
