/**
 * The import oracle: pycpg's module resolution (the import_modules dataset of a committed state)
 * against CPython's import system (test/support/import-oracle.py: importlib's PathFinder over the
 * repository's import roots, nothing executed).
 *
 * Every non-future import alias is one question. Python answers, for each module the statement
 * names (the module of `import a.b.c` and its parents, X of `from X import n`, and X.n), which
 * file it finds, a namespace package, nothing, or an error (a relative import above the top-level
 * package). sys.path for an importer is its import root (module_index.root: the script's
 * directory), then the declared roots of the projects that contain it (innermost project first,
 * each project's roots in its order), then the repository root and `src` when the repository has
 * one, then every other project's roots (in path order). The declared roots are given by the
 * caller (`roots`: for real repositories, read from their configuration by a person) or default
 * to the ones pycpg read (the state's meta); roots pycpg infers are never given to the oracle. The
 * importer's own package is pycpg's (module_index), so the oracle checks resolution given the
 * importer's name.
 *
 * The file-level import graph is compared too: FILE_IMPORTS edges (importer file -> module file,
 * for the modules `import a.b.c`, `from X import n` and the submodule X.n load) against the same
 * pairs from Python's answers: precision and recall.
 *
 * A name counts as naming an in-repository module when either side finds a file or a namespace
 * package for it; it agrees when both find the same file, both a namespace package, or neither.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ALL_DATASETS } from "../../src/pipeline/run-build.ts";
import { openDb } from "../../src/store/duckdb.ts";
import { parquetRelation, sqlIdent } from "../../src/store/sql.ts";
import type { Manifest } from "../../src/store/state-store.ts";

export interface OracleAnswer {
  id: string;
  role: string;
  name: string | null;
  kind: "file" | "namespace" | "none" | "error";
  path: string | null;
}

export interface ImportOracleReport {
  /** Import aliases asked about. */
  imports: number;
  /** Module names that either side resolves inside the repository. */
  checked: number;
  agree: number;
  /** Readable disagreements: `importer:line role name: pycpg ... vs python ...`. */
  disagreements: string[];
  /** Agreement per role (import, parent, from, submodule). */
  byRole: Record<string, { checked: number; agree: number }>;
  /** FILE_IMPORTS against Python's file pairs. */
  fileImports: { ours: number; theirs: number; both: number; precision: number; recall: number; missing: string[]; extra: string[] };
}

/** A declared import root for the oracle: the project (directory, '' = repository) and the root. */
export interface OracleRoot {
  readonly project: string;
  readonly dir: string;
}

interface ImportRow {
  id: string;
  path: string;
  line: number;
  import_kind: string;
  level: number;
  module: string;
  name: string | null;
  is_star: boolean;
  package: string;
  root: string;
}

interface OursRow {
  id: string;
  role: string;
  module: string | null;
  target_kind: string;
  target_path: string | null;
}

/** Runs the oracle over a repository built into `state`. */
export async function runImportOracle(repo: string, state: string, declared?: readonly OracleRoot[]): Promise<ImportOracleReport> {
  const manifest = JSON.parse(readFileSync(join(state, "manifest.json"), "utf8")) as Manifest;
  const roots: readonly OracleRoot[] =
    declared ?? ((manifest.meta as { import_roots?: { roots: OracleRoot[] } }).import_roots?.roots ?? []).map((r) => ({ project: r.project, dir: r.dir }));
  const db = await openDb(2);
  let imports: ImportRow[];
  let ours: OursRow[];
  let fileEdges: string[];
  try {
    for (const name of ["py_files", "py_imports", "module_index", "import_modules", "cpg_edges"]) {
      const spec = ALL_DATASETS.get(name);
      if (!spec) throw new Error(`unknown dataset ${name}`);
      const files = Object.values(manifest.datasets[name]?.buckets ?? {}).flatMap((b) => b.files.map((f) => join(state, f)));
      await db.exec(`CREATE VIEW ${sqlIdent(name)} AS SELECT * FROM ${parquetRelation(files, spec.columns)}`);
    }
    imports = await db.rows<ImportRow>(`
      SELECT CAST(i.node_id AS VARCHAR) AS id, f.path, i.start_line AS line, i.import_kind, i.level, i.module, i.name, i.is_star,
             CASE WHEN m.is_package THEN m.module ELSE array_to_string(string_split(m.module, '.')[1:-2], '.') END AS package,
             m.root
      FROM py_imports i JOIN py_files f USING (file_id) JOIN module_index m USING (file_id)
      WHERE i.import_kind <> 'future'
      ORDER BY f.path, i.bstart`);
    ours = await db.rows<OursRow>(`
      SELECT CAST(im.import_id AS VARCHAR) AS id, im.role, im.module, im.target_kind, f.path AS target_path
      FROM import_modules im LEFT JOIN py_files f ON f.file_id = im.target_file_id`);
    fileEdges = (
      await db.rows<{ pair: string }>(`
        SELECT s.path || ' -> ' || d.path AS pair
        FROM cpg_edges e JOIN py_files s ON s.file_id = e.src JOIN py_files d ON d.file_id = e.dst
        WHERE e.kind = 'FILE_IMPORTS'`)
    ).map((r) => r.pair);
  } finally {
    db.close();
  }

  const primary = [repo, ...(existsSync(join(repo, "src")) ? [join(repo, "src")] : [])];
  const abs = (d: string) => (d === "" ? repo : join(repo, d));
  const projects = [...new Set(roots.map((r) => r.project))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const others = [...new Set(roots.map((r) => r.dir))].sort().map(abs);
  const searchPath = (path: string, own: string) => {
    const containing = projects.filter((p) => p === "" || path.startsWith(`${p}/`));
    const declaredRoots = containing.flatMap((p) => roots.filter((r) => r.project === p).map((r) => abs(r.dir)));
    return [...new Set([own === "" ? repo : join(repo, own), ...declaredRoots, ...primary, ...others])];
  };
  const questions = imports.map((i) => ({
    id: i.id,
    kind: i.import_kind,
    level: i.level,
    module: i.module,
    name: i.name,
    star: i.is_star,
    package: i.package,
    roots: searchPath(i.path, i.root),
  }));
  const script = fileURLToPath(new URL("./import-oracle.py", import.meta.url));
  const out = execFileSync("python3", [script, repo], {
    input: questions.map((q) => JSON.stringify(q)).join("\n"),
    maxBuffer: 1 << 28,
    stdio: ["pipe", "pipe", "pipe"],
  }).toString();
  const answers = out
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as OracleAnswer);

  const byImport = new Map<string, ImportRow>(imports.map((i) => [i.id, i]));
  const oursBy = new Map<string, OursRow>();
  for (const o of ours) oursBy.set(`${o.id}|${o.role}|${o.module ?? ""}`, o);
  const theirs = new Set<string>();
  for (const a of answers) {
    const importer = byImport.get(a.id)?.path;
    if (a.kind === "file" && a.path && importer && a.path !== importer && a.role !== "parent") theirs.add(`${importer} -> ${a.path}`);
  }
  const oursSet = new Set(fileEdges);
  const both = [...oursSet].filter((p) => theirs.has(p)).length;
  const report: ImportOracleReport = {
    imports: imports.length,
    checked: 0,
    agree: 0,
    disagreements: [],
    byRole: {},
    fileImports: {
      ours: oursSet.size,
      theirs: theirs.size,
      both,
      precision: oursSet.size ? both / oursSet.size : 1,
      recall: theirs.size ? both / theirs.size : 1,
      missing: [...theirs].filter((p) => !oursSet.has(p)).sort(),
      extra: [...oursSet].filter((p) => !theirs.has(p)).sort(),
    },
  };
  for (const a of answers) {
    const o = oursBy.get(`${a.id}|${a.role}|${a.name ?? ""}`) ?? (a.kind === "error" ? oursBy.get(`${a.id}|${a.role}|`) : undefined);
    const oursIn = o !== undefined && (o.target_kind === "MODULE" || o.target_kind === "NAMESPACE");
    const theirsIn = a.kind === "file" || a.kind === "namespace";
    if (!oursIn && !theirsIn) continue;
    report.checked++;
    const role = (report.byRole[a.role] ??= { checked: 0, agree: 0 });
    role.checked++;
    const same = (a.kind === "file" && o?.target_kind === "MODULE" && o.target_path === a.path) || (a.kind === "namespace" && o?.target_kind === "NAMESPACE");
    if (same) {
      report.agree++;
      role.agree++;
    } else {
      const i = byImport.get(a.id);
      const mine = o ? `${o.target_kind}${o.target_path ? ` ${o.target_path}` : ""}` : "nothing";
      report.disagreements.push(`${i?.path}:${i?.line} ${a.role} ${a.name}: pycpg ${mine} vs python ${a.kind}${a.path ? ` ${a.path}` : ""}`);
    }
  }
  return report;
}

/** One line of agreement numbers. */
export function summarizeOracle(r: ImportOracleReport): string {
  const pct = r.checked ? ((100 * r.agree) / r.checked).toFixed(2) : "n/a";
  const roles = Object.entries(r.byRole)
    .sort()
    .map(([k, v]) => `${k} ${v.agree}/${v.checked}`)
    .join(", ");
  const f = r.fileImports;
  return `${r.imports} imports, ${r.checked} in-repository module names checked, ${r.agree} agree (${pct}%): ${roles}; FILE_IMPORTS ${f.ours} vs ${f.theirs} python, precision ${f.precision.toFixed(4)} recall ${f.recall.toFixed(4)}`;
}
