/**
 * Import roots declared by the repository's configuration: the directories Python would have on
 * sys.path when the code runs (installed, tested, type-checked), read from the packaging and tool
 * configuration of the repository and of every nested project. Nothing is executed: setup.py is
 * read as text.
 *
 * A project is a directory holding pyproject.toml, setup.cfg or a setup.py that calls setup(),
 * and that is not itself a package (a setup.py inside a package is numpy.distutils-style
 * configuration, not a project). Its roots, in the order its importers search them:
 *   1. pytest's `pythonpath` ([tool.pytest.ini_options], pytest.ini, tox.ini/setup.cfg
 *      [tool:pytest]): pytest puts them first;
 *   2. the package directories: setuptools `package-dir` / `packages.find.where` (pyproject.toml,
 *      setup.cfg `[options] package_dir` and `[options.packages.find] where`, a literal
 *      `package_dir=`/`find_packages(where=...)` in setup.py), poetry `packages = [{include,
 *      from}]`, hatch `packages` / `sources`, pdm `package-dir`, flit's module (beside the
 *      project or in src/), maturin `python-source`; with none declared, the project's `src/`
 *      when it holds Python files (setuptools' src-layout discovery), else the project directory
 *      (flat layout);
 *   3. the type checkers' extra paths: pyright `extraPaths` ([tool.pyright], pyrightconfig.json),
 *      mypy `mypy_path` ([tool.mypy], mypy.ini, setup.cfg [mypy]).
 * The repository itself is always a project ('' first: the directory the tools run from), and
 * `--python-path` directories belong to it, before everything else.
 *
 * Roots outside the repository or without Python files below them are dropped (a note says so
 * for the former); a configuration file that does not parse is skipped with a note.
 */
import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { parseIni } from "./ini.ts";
import { parseToml, TomlError, type TomlTable, type TomlValue, tomlGet } from "./toml.ts";

/** File names that configure import roots (in the repository or a nested project). */
export const ROOT_CONFIG_FILES: ReadonlySet<string> = new Set([
  "pyproject.toml",
  "setup.cfg",
  "setup.py",
  "pytest.ini",
  "tox.ini",
  "mypy.ini",
  ".mypy.ini",
  "pyrightconfig.json",
]);

/** True for a repository path whose file name is one of ROOT_CONFIG_FILES. */
export function isRootConfigPath(path: string): boolean {
  return ROOT_CONFIG_FILES.has(path.slice(path.lastIndexOf("/") + 1));
}

export interface ImportRoot {
  /** The project (repository-relative directory, '' for the repository) the root belongs to. */
  readonly project: string;
  /** The root directory, repository-relative POSIX ('' is the repository root). */
  readonly dir: string;
  /** Position in the project's search order (0 first). */
  readonly ord: number;
  /** Where it was declared, e.g. `lib/pyproject.toml [tool.setuptools.packages.find] where`. */
  readonly source: string;
}

export interface RootNote {
  readonly code: string;
  readonly severity: "note" | "warning";
  readonly path: string;
  readonly message: string;
}

export interface ImportRootConfig {
  readonly roots: ImportRoot[];
  readonly notes: RootNote[];
}

export interface ImportRootInputs {
  /** Absolute repository directory. */
  readonly repo: string;
  /** Repository-relative paths of the configuration files found (see ROOT_CONFIG_FILES). */
  readonly configFiles: readonly string[];
  /** Repository-relative paths of the Python files (decides which directories hold code). */
  readonly pythonFiles: readonly string[];
  /** `--python-path` directories (relative to the repository, or absolute inside it). */
  readonly pythonPath: readonly string[];
  /** Reads a configuration file (default: from disk); null when it cannot be read. */
  readonly read?: (path: string) => string | null;
}

type Kind = 0 | 1 | 2; // pythonpath, package dirs, type-checker paths

interface Found {
  dir: string;
  kind: Kind;
  source: string;
}

const MAX_CONFIG_BYTES = 1 << 20;

function readText(repo: string, path: string): string | null {
  try {
    const b = readFileSync(join(repo, ...path.split("/")));
    return b.length > MAX_CONFIG_BYTES ? null : b.toString("utf8");
  } catch {
    return null;
  }
}

/** Normalizes `rel` (relative to `base`, both POSIX) to a repository path; null when it leaves the repository. */
export function repoPath(base: string, rel: string): string | null {
  const cleaned = rel
    .trim()
    .replace(/\\/g, "/")
    .replace(/^\$MYPY_CONFIG_FILE_DIR\/?/, "");
  if (cleaned.startsWith("/")) return null;
  const joined = posix.normalize(posix.join(base || ".", cleaned || "."));
  if (joined === "." || joined === "./") return "";
  if (joined === ".." || joined.startsWith("../")) return null;
  return joined.replace(/\/$/, "");
}

function strings(v: TomlValue | undefined): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return [];
}

function isTable(v: TomlValue | undefined): v is TomlTable {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The directory of a setuptools package-dir mapping: {"": "lib"} -> lib; {"pkg": "lib/pkg"} -> lib. */
function packageDirRoots(map: Record<string, string>): { dirs: string[]; unsupported: string[] } {
  const dirs: string[] = [];
  const unsupported: string[] = [];
  for (const [name, dir] of Object.entries(map)) {
    if (name === "") dirs.push(dir);
    else {
      const parts = name.split(".");
      const d = dir.replace(/\\/g, "/").replace(/\/+$/, "");
      const tail = parts.join("/");
      if (d === tail) dirs.push("");
      else if (d.endsWith(`/${tail}`)) dirs.push(d.slice(0, d.length - tail.length - 1));
      else unsupported.push(`${name} = ${dir}`);
    }
  }
  return { dirs, unsupported };
}

/** Reads the configuration of the repository and its nested projects into import roots. */
export function readImportRoots(inp: ImportRootInputs): ImportRootConfig {
  const read = inp.read ?? ((p: string) => readText(inp.repo, p));
  const notes: RootNote[] = [];
  const pyDirs = new Set<string>(); // every directory with a Python file at or below it
  const packages = new Set<string>(); // directories with an __init__.py
  for (const p of inp.pythonFiles) {
    const parts = p.split("/");
    for (let k = 0; k < parts.length; k++) pyDirs.add(parts.slice(0, k).join("/"));
    if (parts[parts.length - 1] === "__init__.py") packages.add(parts.slice(0, -1).join("/"));
  }
  const byProject = new Map<string, { files: Map<string, string>; found: Found[] }>();
  for (const path of [...inp.configFiles].sort()) {
    const slash = path.lastIndexOf("/");
    const dir = slash < 0 ? "" : path.slice(0, slash);
    const name = path.slice(slash + 1);
    const text = read(path);
    if (text === null) continue;
    let entry = byProject.get(dir);
    if (!entry) byProject.set(dir, (entry = { files: new Map(), found: [] }));
    entry.files.set(name, text);
  }

  const projects: { dir: string; found: Found[]; declared: boolean }[] = [];
  for (const [dir, { files }] of byProject) {
    const isProject =
      files.has("pyproject.toml") ||
      (files.has("setup.cfg") && /^\s*\[(metadata|options)\]/m.test(files.get("setup.cfg") as string)) ||
      (files.has("setup.py") && /\bsetup\s*\(/.test(files.get("setup.py") as string));
    const found: Found[] = [];
    let declared = false;
    const at = (name: string) => (dir ? `${dir}/${name}` : name);
    const add = (rel: string, kind: Kind, source: string, base = dir) => {
      const d = repoPath(base, rel);
      if (d === null)
        notes.push({
          code: "root-outside-repository",
          severity: "warning",
          path: source.split(" ")[0] as string,
          message: `${source}: ${rel} is outside the repository; ignored`,
        });
      else found.push({ dir: d, kind, source });
    };

    const toml = files.get("pyproject.toml");
    if (toml !== undefined) {
      let t: TomlTable | null = null;
      try {
        t = parseToml(toml);
      } catch (err) {
        const msg = err instanceof TomlError ? err.message : String(err);
        notes.push({
          code: "config-unreadable",
          severity: "warning",
          path: at("pyproject.toml"),
          message: `${at("pyproject.toml")} is not valid TOML (${msg}); its import roots are ignored`,
        });
      }
      if (t) declared = readPyproject(t, at("pyproject.toml"), dir, add, notes, pyDirs) || declared;
    }
    const cfg = files.get("setup.cfg");
    if (cfg !== undefined) declared = readSetupCfg(cfg, at("setup.cfg"), add, notes) || declared;
    for (const name of ["pytest.ini", "tox.ini"]) {
      const text = files.get(name);
      if (text === undefined) continue;
      const ini = parseIni(text);
      const sec = ini.get(name === "pytest.ini" ? "pytest" : "tool:pytest") ?? (name === "pytest.ini" ? ini.get("tool:pytest") : undefined);
      for (const p of splitList(sec?.get("pythonpath"))) add(p, 0, `${at(name)} [pytest] pythonpath`);
    }
    for (const name of ["mypy.ini", ".mypy.ini"]) {
      const text = files.get(name);
      if (text === undefined) continue;
      for (const p of splitList(parseIni(text).get("mypy")?.get("mypy_path"), /[,:\s]+/)) add(p, 2, `${at(name)} [mypy] mypy_path`);
    }
    const pyright = files.get("pyrightconfig.json");
    if (pyright !== undefined) {
      try {
        const j = JSON.parse(pyright.replace(/^\s*\/\/.*$/gm, "")) as { extraPaths?: unknown; executionEnvironments?: { extraPaths?: unknown }[] };
        for (const p of [j.extraPaths, ...(j.executionEnvironments ?? []).map((e) => e?.extraPaths)].flatMap((x) => (Array.isArray(x) ? x : [])))
          if (typeof p === "string") add(p, 2, `${at("pyrightconfig.json")} extraPaths`);
      } catch {
        notes.push({
          code: "config-unreadable",
          severity: "warning",
          path: at("pyrightconfig.json"),
          message: `${at("pyrightconfig.json")} is not valid JSON; its extraPaths are ignored`,
        });
      }
    }
    const setupPy = files.get("setup.py");
    if (setupPy !== undefined) declared = readSetupPy(setupPy, at("setup.py"), add) || declared;

    // a setup.py or setup.cfg inside a package configures that package (numpy.distutils style)
    if ((!isProject || packages.has(dir)) && dir !== "") {
      if (found.length) projects.push({ dir: dir, found: found.filter((f) => f.kind !== 1), declared: true });
      continue;
    }
    projects.push({ dir, found, declared });
  }
  if (!projects.some((p) => p.dir === "")) projects.push({ dir: "", found: [], declared: false });

  const roots: ImportRoot[] = [];
  for (const p of projects.sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0))) {
    const found = [...p.found];
    if (p.dir === "") {
      // the directory the tools run from comes before the package directories it declares,
      // --python-path before everything (like PYTHONPATH)
      const option: Found[] = [];
      for (const d of inp.pythonPath) {
        const rel = repoPath("", d.startsWith("/") ? posix.relative(inp.repo.replace(/\\/g, "/"), d.replace(/\\/g, "/")) : d);
        if (rel === null)
          notes.push({ code: "root-outside-repository", severity: "warning", path: "", message: `--python-path ${d} is outside the repository; ignored` });
        else option.push({ dir: rel, kind: 0, source: "--python-path" });
      }
      found.unshift(...option, { dir: "", kind: 1, source: "the repository root" });
    }
    if (!p.declared) {
      const src = p.dir ? `${p.dir}/src` : "src";
      if (pyDirs.has(src) && !packages.has(src)) found.push({ dir: src, kind: 1, source: `${p.dir || "."}: src layout (no package directory declared)` });
      else if (p.dir !== "") found.push({ dir: p.dir, kind: 1, source: `${p.dir}: flat layout (no package directory declared)` });
    }
    found.sort((a, b) => a.kind - b.kind);
    const seen = new Set<string>();
    let ord = 0;
    for (const f of found) {
      if (seen.has(f.dir) || !pyDirs.has(f.dir)) continue;
      seen.add(f.dir);
      roots.push({ project: p.dir, dir: f.dir, ord: ord++, source: f.source });
    }
  }
  return { roots, notes };
}

function splitList(v: string | undefined, sep: RegExp = /\s+/): string[] {
  if (!v) return [];
  return v
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

type Add = (rel: string, kind: Kind, source: string) => void;

/** Returns true when the file declares where the packages are. */
function readPyproject(t: TomlTable, file: string, dir: string, add: Add, notes: RootNote[], pyDirs: ReadonlySet<string>): boolean {
  let declared = false;
  const st = tomlGet(t, "tool", "setuptools");
  if (isTable(st)) {
    const pd = st["package-dir"];
    if (isTable(pd)) {
      const map: Record<string, string> = {};
      for (const [k, v] of Object.entries(pd)) if (typeof v === "string") map[k] = v;
      const { dirs, unsupported } = packageDirRoots(map);
      for (const d of dirs) add(d, 1, `${file} [tool.setuptools] package-dir`);
      for (const u of unsupported)
        notes.push({ code: "package-dir-unsupported", severity: "note", path: file, message: `${file}: package-dir ${u} renames a package; not followed` });
      declared ||= dirs.length > 0;
    }
    const find = tomlGet(st, "packages", "find");
    if (isTable(find)) {
      const where = strings(find.where);
      for (const w of where.length ? where : isTable(pd) ? [] : ["."]) add(w, 1, `${file} [tool.setuptools.packages.find] where`);
      declared = true;
    } else if (Array.isArray(st.packages) && !isTable(pd)) {
      add(".", 1, `${file} [tool.setuptools] packages`);
      declared = true;
    }
  }
  const poetry = tomlGet(t, "tool", "poetry", "packages");
  if (Array.isArray(poetry)) {
    for (const p of poetry)
      if (isTable(p) && typeof p.include === "string") add(typeof p.from === "string" ? p.from : ".", 1, `${file} [tool.poetry] packages`);
    declared ||= poetry.length > 0;
  }
  for (const target of [tomlGet(t, "tool", "hatch", "build", "targets", "wheel"), tomlGet(t, "tool", "hatch", "build")]) {
    if (!isTable(target)) continue;
    for (const p of strings(target.packages)) {
      const clean = p.replace(/\/+$/, "");
      add(clean.includes("/") ? clean.slice(0, clean.lastIndexOf("/")) : ".", 1, `${file} [tool.hatch] packages`);
      declared = true;
    }
    const sources = target.sources;
    if (Array.isArray(sources)) for (const s of strings(sources)) add(s, 1, `${file} [tool.hatch] sources`);
    else if (isTable(sources)) for (const [from, to] of Object.entries(sources)) if (to === "") add(from, 1, `${file} [tool.hatch] sources`);
    if (sources !== undefined) declared = true;
  }
  const pdm = tomlGet(t, "tool", "pdm", "build", "package-dir");
  if (typeof pdm === "string") {
    add(pdm, 1, `${file} [tool.pdm.build] package-dir`);
    declared = true;
  }
  const maturin = tomlGet(t, "tool", "maturin", "python-source");
  if (typeof maturin === "string") {
    add(maturin, 1, `${file} [tool.maturin] python-source`);
    declared = true;
  }
  const flit = tomlGet(t, "tool", "flit", "module", "name");
  const backend = tomlGet(t, "build-system", "build-backend");
  const flitName = typeof flit === "string" ? flit : backend === "flit_core.buildapi" ? tomlGet(t, "project", "name") : undefined;
  if (typeof flitName === "string") {
    const top = flitName.replace(/-/g, "_").split(".")[0] as string;
    const src = dir ? `${dir}/src` : "src";
    add(pyDirs.has(`${src}/${top}`) || pyDirs.has(`${src}`) ? "src" : ".", 1, `${file} flit module ${flitName}`);
    declared = true;
  }
  for (const p of strings(tomlGet(t, "tool", "pytest", "ini_options", "pythonpath")))
    for (const q of p.split(/\s+/).filter(Boolean)) add(q, 0, `${file} [tool.pytest.ini_options] pythonpath`);
  const pyright = tomlGet(t, "tool", "pyright");
  if (isTable(pyright)) {
    for (const p of strings(pyright.extraPaths)) add(p, 2, `${file} [tool.pyright] extraPaths`);
    const envs = pyright.executionEnvironments;
    if (Array.isArray(envs)) for (const e of envs) if (isTable(e)) for (const p of strings(e.extraPaths)) add(p, 2, `${file} [tool.pyright] extraPaths`);
  }
  const mypy = tomlGet(t, "tool", "mypy", "mypy_path");
  for (const p of strings(mypy).flatMap((s) => s.split(/[,:]/))) if (p.trim()) add(p.trim(), 2, `${file} [tool.mypy] mypy_path`);
  return declared;
}

function readSetupCfg(text: string, file: string, add: Add, notes: RootNote[]): boolean {
  const ini = parseIni(text);
  let declared = false;
  const options = ini.get("options");
  const pd = options?.get("package_dir");
  if (pd !== undefined) {
    const map: Record<string, string> = {};
    for (const line of pd.split("\n")) {
      const m = /^\s*([^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
      if (m) map[m[1] as string] = m[2] as string;
    }
    const { dirs, unsupported } = packageDirRoots(map);
    for (const d of dirs) add(d, 1, `${file} [options] package_dir`);
    for (const u of unsupported)
      notes.push({ code: "package-dir-unsupported", severity: "note", path: file, message: `${file}: package_dir ${u} renames a package; not followed` });
    declared ||= dirs.length > 0;
  }
  const packages = options?.get("packages")?.trim();
  if (packages === "find:" || packages === "find_namespace:") {
    const where = splitList(ini.get("options.packages.find")?.get("where"), /[\s,]+/);
    for (const w of where) add(w, 1, `${file} [options.packages.find] where`);
    if (where.length === 0 && pd === undefined) add(".", 1, `${file} [options] packages = find:`);
    declared = true;
  } else if (packages && pd === undefined) {
    add(".", 1, `${file} [options] packages`);
    declared = true;
  }
  for (const p of splitList(ini.get("tool:pytest")?.get("pythonpath"))) add(p, 0, `${file} [tool:pytest] pythonpath`);
  for (const p of splitList(ini.get("mypy")?.get("mypy_path"), /[,:\s]+/)) add(p, 2, `${file} [mypy] mypy_path`);
  return declared;
}

/** A literal `package_dir={"": "src"}` and `find_packages("src")` / `where="src"` in setup.py (read as text). */
function readSetupPy(text: string, file: string, add: Add): boolean {
  let declared = false;
  const code = text.replace(/^\s*#.*$/gm, "");
  const pd = /\bpackage_dir\s*=\s*\{([^}]*)\}/.exec(code);
  if (pd) {
    const map: Record<string, string> = {};
    for (const m of (pd[1] as string).matchAll(/(['"])(.*?)\1\s*:\s*(['"])(.*?)\3/g)) map[m[2] as string] = m[4] as string;
    const { dirs } = packageDirRoots(map);
    for (const d of dirs) add(d, 1, `${file} package_dir`);
    declared ||= dirs.length > 0;
  }
  for (const m of code.matchAll(/\bfind_(?:namespace_)?packages\s*\(\s*(?:where\s*=\s*)?(['"])([^'"]*)\1/g)) {
    add(m[2] as string, 1, `${file} find_packages`);
    declared = true;
  }
  return declared;
}
