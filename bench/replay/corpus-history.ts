/**
 * A real-looking git history over a real corpus, for the incremental replay benchmark.
 *
 * The corpus (Debian's Django or SymPy; never modified) is copied into a temporary directory,
 * committed as it is, then edited one commit per step by `history_steps.py`, which indexes the
 * package with CPython's `ast` and chooses each step's target deterministically (same corpus, same
 * history: identity and dates are fixed, so the commit ids are too). The steps are the edits of
 * ../shared/docs/corpora.md: body edits, a rename of an imported function, a module added, deleted
 * and moved (`git mv`), an `__init__.py` re-export removed, a star import added and removed, a
 * relative import made absolute, a syntax error and its fix, two encoding changes, a touch, and a
 * public function added to a hub module.
 *
 * The result is cached under $PYCPG_REPLAY_DIR (default /tmp/pycpg-replay)/<name>: reused when the
 * script version (a hash of this file and the step script) is the same and `main` is where it was left.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Django, SymPy, or any other package directory of Debian's dist-packages (`dist:<name>`, e.g.
 * `dist:rich` after `apt-get install python3-rich`): the same steps over another code style.
 * `dist:<name>@src` puts the package under `src/` (a src layout: its import root is `src`, found
 * by pycpg's setuptools-style discovery, not the repository root).
 */
export type ReplayCorpus = "django" | "sympy" | `dist:${string}`;
/** The scale check: the stdlib with its site-packages, plus the same Django package. */
export type ScaleCorpus = "stdlib+django";

export interface HistoryCommit {
  sha: string;
  message: string;
  /** The step that made the commit ("initial" for the first). */
  step: string;
  /** `git show --name-status -M` of the commit (status and paths, tab-separated). */
  files: string[];
}

export interface CorpusHistory {
  repo: string;
  commits: HistoryCommit[];
}

/** The steps, in commit order (history_steps.py implements each). */
export const HISTORY_STEPS = [
  "body-edit-leaf",
  "body-edit-hub",
  "rename-function",
  "add-module",
  "delete-module",
  "move-module",
  "init-reexport",
  "add-star",
  "remove-star",
  "relative-to-absolute",
  "syntax-error",
  "fix-syntax",
  "latin1",
  "bom",
  "touch",
  "add-public-function",
] as const;

const HERE = dirname(fileURLToPath(import.meta.url));
const STEP_SCRIPT = join(HERE, "history_steps.py");
const DIST = "/usr/lib/python3/dist-packages";

export function replayRoot(): string {
  return process.env.PYCPG_REPLAY_DIR ?? "/tmp/pycpg-replay";
}

interface HistorySpec {
  /** Cache key and directory name. */
  key: string;
  /** What to copy: source directory -> path inside the repository. */
  sources: { from: string; to: string; pythonOnly: boolean }[];
  /** The package the steps edit: a directory under `root`. */
  pkg: string;
  /** The import root holding the package, relative to the repository ('' the repository itself). */
  root?: string;
  steps: readonly string[];
}

/** The history of one package of Debian's dist-packages, copied whole. */
function distPackageSpec(spec: string): HistorySpec {
  const m = /^([A-Za-z0-9_]+)(@src)?$/.exec(spec);
  if (!m) throw new Error(`not a package directory name (with an optional @src): ${spec}`);
  const name = m[1] as string;
  const root = m[2] ? "src" : "";
  return {
    key: root ? `${name}-src` : name,
    sources: [{ from: join(DIST, name), to: root ? `${root}/${name}` : name, pythonOnly: false }],
    pkg: name,
    ...(root ? { root } : {}),
    steps: HISTORY_STEPS,
  };
}

const SPECS: Record<"django" | "sympy" | ScaleCorpus, () => HistorySpec> = {
  django: () => distPackageSpec("django"),
  sympy: () => distPackageSpec("sympy"),
  "stdlib+django": () => ({
    key: "stdlib+django",
    sources: [
      { from: pythonStdlib(), to: ".", pythonOnly: true },
      { from: join(DIST, "django"), to: "django", pythonOnly: false },
    ],
    pkg: "django",
    // The same first two edits as the Django history (same files, same choice rule).
    steps: HISTORY_STEPS.slice(0, 2),
  }),
};

function pythonStdlib(): string {
  return execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], { encoding: "utf8" }).trim();
}

/** No user or system configuration, a fixed identity, no signing. */
const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Replay Bot",
  GIT_AUTHOR_EMAIL: "replay@example.invalid",
  GIT_COMMITTER_NAME: "Replay Bot",
  GIT_COMMITTER_EMAIL: "replay@example.invalid",
};
const GIT_CONFIG = ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "core.autocrlf=false"];

function git(repo: string, args: string[], date?: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, ...GIT_ENV };
  if (date) {
    env.GIT_AUTHOR_DATE = date;
    env.GIT_COMMITTER_DATE = date;
  }
  return execFileSync("git", [...GIT_CONFIG, ...args], {
    cwd: repo,
    env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Commit dates one hour apart from a fixed start: deterministic commit ids. */
function commitDate(index: number): string {
  return new Date(Date.UTC(2024, 0, 1) + index * 3600_000).toISOString().replace(".000Z", "Z");
}

function scriptVersion(spec: HistorySpec): string {
  const h = createHash("sha256");
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  h.update(readFileSync(STEP_SCRIPT));
  h.update(JSON.stringify({ ...spec, sources: spec.sources.map((s) => ({ ...s })) }));
  return h.digest("hex").slice(0, 16);
}

function commitInitial(repo: string, message: string): string {
  git(repo, ["add", "-A"]);
  git(repo, ["commit", "-q", "--no-verify", "-m", message], commitDate(0));
  return git(repo, ["rev-parse", "HEAD"]).trim();
}

function buildHistory(spec: HistorySpec): CorpusHistory {
  const dir = join(replayRoot(), spec.key);
  const repo = join(dir, "repo");
  const cacheFile = join(dir, "history.json");
  const version = scriptVersion(spec);
  if (existsSync(cacheFile) && existsSync(join(repo, ".git"))) {
    try {
      const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { version: string; commits: HistoryCommit[] };
      const main = git(repo, ["rev-parse", "refs/heads/main"]).trim();
      if (cached.version === version && cached.commits.at(-1)?.sha === main) return { repo, commits: cached.commits };
    } catch {
      // rebuild below
    }
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  for (const s of spec.sources) {
    if (!existsSync(s.from)) {
      throw new Error(`${s.from} is missing (apt-get install -y python3-${basename(s.from).toLowerCase()})`);
    }
    cpSync(s.from, join(repo, s.to), {
      recursive: true,
      filter: (src) => {
        const base = src.slice(src.lastIndexOf("/") + 1);
        if (base === "__pycache__" || base.endsWith(".pyc") || base === ".git") return false;
        if (!s.pythonOnly) return true;
        // Directories pass (git ignores empty ones); files only if Python sources.
        // lstat: a symbolic link is copied as a link, never followed.
        try {
          return lstatSync(src).isDirectory() || base.endsWith(".py") || base.endsWith(".pyi");
        } catch {
          return false;
        }
      },
    });
  }
  git(repo, ["init", "-q"]);
  const commits: HistoryCommit[] = [];
  const initial = `Import ${spec.sources.map((s) => s.from).join(" + ")}`;
  const sha0 = commitInitial(repo, initial);
  commits.push({ sha: sha0, message: initial, step: "initial", files: [] });
  // One Python process runs every step (indexing the package once) and commits each.
  const out = execFileSync("python3", [STEP_SCRIPT], {
    input: JSON.stringify({
      repo,
      pkg: spec.pkg,
      root: spec.root ?? "",
      steps: spec.steps,
      git: ["git", ...GIT_CONFIG],
      env: GIT_ENV,
      dates: spec.steps.map((_, i) => commitDate(i + 1)),
    }),
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["pipe", "pipe", "inherit"],
  });
  const skipped: string[] = [];
  for (const line of out.split("\n").filter(Boolean)) {
    const r = JSON.parse(line) as HistoryCommit | { step: string; skipped: string };
    if ("skipped" in r) skipped.push(`${r.step} (${r.skipped})`);
    else commits.push(r);
  }
  if (skipped.length) process.stderr.write(`[history] ${spec.key}: steps skipped: ${skipped.join("; ")}\n`);
  if (commits.length + skipped.length !== spec.steps.length + 1) throw new Error(`history_steps.py made ${commits.length - 1} of ${spec.steps.length} commits`);
  const moved = commits.find((c) => c.step === "move-module");
  if (moved && !moved.files.some((f) => f.startsWith("R"))) {
    throw new Error(`git did not see the move as a rename: ${moved.files.join(", ")}`);
  }
  writeFileSync(cacheFile, `${JSON.stringify({ version, spec: spec.key, commits }, null, 1)}\n`);
  return { repo, commits };
}

/** The history of a Django, SymPy or other dist-packages copy (created on first use, then reused). */
export function createCorpusHistory(name: ReplayCorpus): CorpusHistory {
  return buildHistory(name.startsWith("dist:") ? distPackageSpec(name.slice("dist:".length)) : SPECS[name as "django" | "sympy"]());
}

/** The stdlib (with site-packages) plus Django, with only the first two steps of the Django history. */
export function createScaleHistory(): CorpusHistory {
  return buildHistory(SPECS["stdlib+django"]());
}

// `npx tsx bench/replay/corpus-history.ts django` creates (or reuses) the history and lists it.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const name = process.argv[2] ?? "django";
  const h = name === "stdlib+django" ? createScaleHistory() : createCorpusHistory(name as ReplayCorpus);
  console.log(h.repo);
  for (const c of h.commits)
    console.log(`${c.sha.slice(0, 10)} ${c.step.padEnd(22)} ${c.message}${c.files.length ? `\n             ${c.files.join("\n             ")}` : ""}`);
}
