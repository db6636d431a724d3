/**
 * Benchmark corpora: real Python code nobody on this project wrote (../shared/docs/corpora.md),
 * copied into a cached scratch directory and turned into a one-commit git repository, so that
 * pycpg discovers files the way it does on a user's repository (`git ls-files`).
 *
 *   import { prepareCorpus, cloneCorpus } from "./corpora.ts";
 *   const c = prepareCorpus("django");        // /tmp/pycpg-bench/corpora/django, committed
 *   c.files                                   // `git ls-files '*.py'`: what pycpg discovers
 *   const work = cloneCorpus(c, "/tmp/x");    // an independent work tree to edit and commit in
 *   commitAll(work, "edit", 1);               // a pinned-identity, pinned-date commit
 *
 * The system copies are only ever read. A prepared corpus is reused while its marker
 * (`.git/pycpg-bench-corpus.json`) matches the source (file count and bytes), HEAD is the marked
 * commit and the work tree is clean; otherwise it is prepared again from scratch. The cache root
 * is $PYCPG_BENCH_DIR or /tmp/pycpg-bench.
 *
 * What is copied: for the system corpora (django, sympy, stdlib, stdlib+site) the Python sources
 * only (`*.py`, `*.pyi`), since pycpg reads nothing else and the stdlib directory holds ~160 MB of
 * other files; for `sample` every file of the fixture. `__pycache__`, `.git` and tool caches are
 * never copied; a symbolic link is copied as the file it points to. Every copied file gets mode
 * 0644 and every commit a fixed identity and date, so the commit sha is the same on every machine
 * that has the same source.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export type CorpusName = "django" | "sympy" | "sqlalchemy" | "twisted" | "scipy" | "pandas" | "rich" | "stdlib" | "stdlib+site" | "sample";

export interface CorpusSpec {
  readonly name: CorpusName;
  readonly description: string;
  /** Where the corpus comes from on this machine; throws CorpusMissingError (with an install hint) if absent. */
  source(): string;
  /** "python": only *.py / *.pyi files; "all": every file. */
  readonly select: "python" | "all";
  /** Top-level entries of the source directory that are not part of the corpus. */
  readonly skipTopLevel?: readonly string[];
}

export interface PreparedCorpus {
  readonly name: CorpusName;
  /** The git work tree (do not edit it: use cloneCorpus for a copy to change). */
  readonly dir: string;
  readonly source: string;
  /** The commit holding the corpus. */
  readonly commit: string;
  /** `git ls-files '*.py'`, sorted: the list pycpg discovers. */
  readonly files: readonly string[];
  /** Total bytes of `files`. */
  readonly bytes: number;
  /** True when an already prepared copy was reused. */
  readonly reused: boolean;
}

export class CorpusMissingError extends Error {}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const MARKER_FORMAT = 1;
const NEVER_COPY = new Set(["__pycache__", ".git", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".tox", ".nox"]);

/** 2024-01-01T00:00:00Z: the date of a corpus's first commit; commit i of a history is i hours later. */
export const BASE_EPOCH = 1_704_067_200;

/** Git configuration for every command on a bench repository: no user or system config, pinned behaviour. */
const GIT_CONFIG_ARGS = [
  "-c",
  "user.name=pycpg-bench",
  "-c",
  "user.email=bench@pycpg.invalid",
  "-c",
  "commit.gpgsign=false",
  "-c",
  "init.defaultBranch=main",
  "-c",
  "core.autocrlf=false",
  "-c",
  "core.safecrlf=false",
  "-c",
  "core.fileMode=true",
  "-c",
  "core.excludesFile=/dev/null",
  "-c",
  "gc.auto=0",
];

function gitEnv(epoch = BASE_EPOCH): NodeJS.ProcessEnv {
  const date = `${epoch} +0000`;
  return {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "pycpg-bench",
    GIT_AUTHOR_EMAIL: "bench@pycpg.invalid",
    GIT_COMMITTER_NAME: "pycpg-bench",
    GIT_COMMITTER_EMAIL: "bench@pycpg.invalid",
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
}

/** Runs git in a bench repository (never in the project) with the pinned configuration. */
export function git(dir: string, args: readonly string[], epoch = BASE_EPOCH): string {
  return execFileSync("git", [...GIT_CONFIG_ARGS, ...args], {
    cwd: dir,
    env: gitEnv(epoch),
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "pipe"],
  }).toString("utf8");
}

/**
 * Stages every change in `dir` and commits it with the pinned identity, dated `BASE_EPOCH + step`
 * hours. Returns the new commit's sha. For history-building suites (replay).
 */
export function commitAll(dir: string, message: string, step: number, opts: { allowEmpty?: boolean } = {}): string {
  const epoch = BASE_EPOCH + step * 3600;
  git(dir, ["add", "-A"], epoch);
  git(dir, ["commit", "-q", "--no-verify", ...(opts.allowEmpty ? ["--allow-empty"] : []), "-m", message], epoch);
  return git(dir, ["rev-parse", "HEAD"]).trim();
}

function distPackages(pkg: string): string {
  const dir = `/usr/lib/python3/dist-packages/${pkg}`;
  if (!existsSync(dir)) {
    const deb = `python3-${pkg}`;
    throw new CorpusMissingError(`${pkg} is not installed at ${dir}: install it with \`apt-get update && apt-get install -y ${deb}\``);
  }
  return dir;
}

let stdlibDir: string | null = null;
function stdlib(): string {
  if (stdlibDir) return stdlibDir;
  try {
    stdlibDir = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { stdio: ["ignore", "pipe", "pipe"] })
      .toString()
      .trim();
  } catch (err) {
    throw new CorpusMissingError(`python3 is needed to locate the standard library (${(err as Error).message})`);
  }
  if (!existsSync(stdlibDir)) throw new CorpusMissingError(`python3 reports its stdlib at ${stdlibDir}, which does not exist`);
  return stdlibDir;
}

export const CORPORA: ReadonlyMap<CorpusName, CorpusSpec> = new Map<CorpusName, CorpusSpec>([
  ["django", { name: "django", description: "Django 3.2 from Debian (python3-django)", source: () => distPackages("django"), select: "python" }],
  ["sympy", { name: "sympy", description: "SymPy 1.11 from Debian (python3-sympy)", source: () => distPackages("sympy"), select: "python" }],
  [
    "sqlalchemy",
    {
      name: "sqlalchemy",
      description: "SQLAlchemy 1.4 from Debian (python3-sqlalchemy): a large ORM (mixins, metaprogramming)",
      source: () => distPackages("sqlalchemy"),
      select: "python",
    },
  ],
  [
    "twisted",
    {
      name: "twisted",
      description: "Twisted 22.4 from Debian (python3-twisted): a large event-driven library (zope.interface, many tests)",
      source: () => distPackages("twisted"),
      select: "python",
    },
  ],
  [
    "scipy",
    {
      name: "scipy",
      description: "SciPy 1.10 from Debian (python3-scipy): star imports between private modules, computed `__all__`s",
      source: () => distPackages("scipy"),
      select: "python",
    },
  ],
  [
    "pandas",
    {
      name: "pandas",
      description: "pandas 1.5 from Debian (python3-pandas): annotated code, `import pandas as pd` throughout its tests",
      source: () => distPackages("pandas"),
      select: "python",
    },
  ],
  ["rich", { name: "rich", description: "rich 13.3 from Debian (python3-rich): annotated code", source: () => distPackages("rich"), select: "python" }],
  [
    "stdlib",
    {
      name: "stdlib",
      description: "CPython's standard library (Lib), without site-packages",
      source: stdlib,
      select: "python",
      skipTopLevel: ["site-packages"],
    },
  ],
  ["stdlib+site", { name: "stdlib+site", description: "CPython's standard library directory with its site-packages", source: stdlib, select: "python" }],
  [
    "sample",
    {
      name: "sample",
      description: "pycpg's sample repository (fixtures/sample-repo)",
      source: () => join(REPO_ROOT, "fixtures", "sample-repo"),
      select: "all",
    },
  ],
]);

export function corpusNames(): CorpusName[] {
  return [...CORPORA.keys()];
}

/** The benchmark's cache root: $PYCPG_BENCH_DIR or <tmp>/pycpg-bench. */
export function benchRoot(): string {
  return resolve(process.env.PYCPG_BENCH_DIR || join(tmpdir(), "pycpg-bench"));
}

interface SourceFile {
  rel: string;
  abs: string;
  size: number;
}

function wanted(spec: CorpusSpec, name: string): boolean {
  if (spec.select === "all") return !name.endsWith(".pyc");
  return name.endsWith(".py") || name.endsWith(".pyi");
}

/** The files of the corpus in its source directory (symbolic links resolved; broken ones skipped). */
function listSource(spec: CorpusSpec, root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const skipTop = new Set(spec.skipTopLevel ?? []);
  const visit = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (NEVER_COPY.has(e.name) || (rel === "" && skipTop.has(e.name))) continue;
      const abs = join(dir, e.name);
      const r = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      let size = 0;
      if (e.isSymbolicLink() || isFile) {
        try {
          const s = statSync(abs);
          isDir = s.isDirectory();
          isFile = s.isFile();
          size = s.size;
        } catch {
          continue;
        }
      }
      // Directory links are not followed (a cycle would never end).
      if (isDir && !e.isSymbolicLink()) visit(abs, r);
      else if (isFile && wanted(spec, e.name)) out.push({ rel: r, abs, size });
    }
  };
  visit(root, "");
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

interface Marker {
  format: number;
  name: string;
  source: string;
  select: string;
  source_files: number;
  source_bytes: number;
  commit: string;
}

const markerPath = (dir: string) => join(dir, ".git", "pycpg-bench-corpus.json");

function lsPython(dir: string): string[] {
  return git(dir, ["ls-files", "-z", "--", "*.py"])
    .split("\0")
    .filter((p) => p !== "")
    .sort();
}

function sumBytes(dir: string, files: readonly string[]): number {
  let n = 0;
  for (const f of files) n += statSync(join(dir, f)).size;
  return n;
}

function reusable(dir: string, expect: Omit<Marker, "commit">): Marker | null {
  try {
    const m = JSON.parse(readFileSync(markerPath(dir), "utf8")) as Marker;
    if (m.format !== expect.format || m.name !== expect.name || m.source !== expect.source || m.select !== expect.select) return null;
    if (m.source_files !== expect.source_files || m.source_bytes !== expect.source_bytes) return null;
    if (git(dir, ["rev-parse", "HEAD"]).trim() !== m.commit) return null;
    if (git(dir, ["--no-optional-locks", "status", "--porcelain", "--untracked-files=all"]).trim() !== "") return null;
    return m;
  } catch {
    return null;
  }
}

export interface PrepareOptions {
  /** Cache root (default benchRoot()). The corpus goes to <root>/corpora/<name>. */
  readonly root?: string;
  /** Prepare again even if a usable copy exists. */
  readonly fresh?: boolean;
  /** Progress lines (default: none). */
  readonly log?: (line: string) => void;
}

/** Copies corpus `name` into the cache, git-inits and commits it (or reuses the cached copy). */
export function prepareCorpus(name: CorpusName, opts: PrepareOptions = {}): PreparedCorpus {
  const spec = CORPORA.get(name);
  if (!spec) throw new Error(`unknown corpus "${name}" (known: ${corpusNames().join(", ")})`);
  const log = opts.log ?? (() => {});
  const source = spec.source();
  const dir = join(opts.root ?? benchRoot(), "corpora", name);
  const files = listSource(spec, source);
  const expect = {
    format: MARKER_FORMAT,
    name,
    source,
    select: spec.select,
    source_files: files.length,
    source_bytes: files.reduce((a, f) => a + f.size, 0),
  };
  if (!opts.fresh && existsSync(dir)) {
    const m = reusable(dir, expect);
    if (m) {
      const py = lsPython(dir);
      return { name, dir, source, commit: m.commit, files: py, bytes: sumBytes(dir, py), reused: true };
    }
  }

  const t0 = performance.now();
  log(`corpus ${name}: copying ${files.length} files (${(expect.source_bytes / 1e6).toFixed(1)} MB) from ${source}`);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const made = new Set<string>();
  for (const f of files) {
    const target = join(tmp, f.rel);
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    copyFileSync(f.abs, target);
    chmodSync(target, 0o644);
  }
  log(`corpus ${name}: git init + commit`);
  git(tmp, ["init", "-q"]);
  const commit = commitAll(tmp, `corpus ${name}`, 0);
  writeFileSync(markerPath(tmp), `${JSON.stringify({ ...expect, commit } satisfies Marker, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(tmp, dir);
  const py = lsPython(dir);
  log(`corpus ${name}: ${py.length} .py files committed as ${commit.slice(0, 12)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { name, dir, source, commit, files: py, bytes: sumBytes(dir, py), reused: false };
}

/**
 * An independent work tree of a prepared corpus at `dest` (replaced if it exists), on branch
 * main at the corpus commit, with the pinned git configuration. Suites that edit and commit
 * (the incremental replay) work here, never in the cached corpus.
 */
export function cloneCorpus(corpus: PreparedCorpus, dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dirname(dest), { recursive: true });
  git(dirname(dest), ["clone", "-q", "--no-hardlinks", corpus.dir, dest]);
  return dest;
}
