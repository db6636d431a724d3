/**
 * The import-graph oracle over the CPython standard library (see test/support/import-oracle.ts):
 * every module name an import of the stdlib names, that pycpg or CPython's import system finds in
 * the stdlib, must resolve to the same file or namespace package.
 *
 * The stdlib's .py files are copied into a temporary directory first (the pipeline never writes
 * into the stdlib): without site-packages, __pycache__, hidden directories, and without the
 * directories pycpg's discovery skips (venv, node_modules), so both sides see the same files.
 * Extension modules (.so) are not copied: `import _json` is external to both sides.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Built, buildRepo, copyStdlibPython, scratchRoot } from "./support/cpg-build.ts";
import { type ImportOracleReport, runImportOracle, summarizeOracle } from "./support/import-oracle.ts";

const scratch = scratchRoot("import-oracle-stdlib");
const copy = join(scratch.root, "stdlib");
let built: Built;
let report: ImportOracleReport;
/** Disagreements that are known limits, with the reason. */
let explained: string[] = [];
/** Disagreements where pycpg resolved through a root it inferred (see beforeAll). */
let viaInferredRoot: string[] = [];

/** True when directory `dir` holds no .py file at any depth. */
function hasNoPython(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).every((e) => (e.isDirectory() ? hasNoPython(join(dir, e.name)) : !e.name.endsWith(".py")));
  } catch {
    return false;
  }
}

beforeAll(async () => {
  copyStdlibPython(copy, ["venv", "node_modules"]);
  built = await buildRepo(copy, join(scratch.root, "work"));
  report = await runImportOracle(copy, built.state);
  console.log(`stdlib: ${summarizeOracle(report)}`);
  // A directory without any .py file (test/test_importlib/namespacedata01 holds only data files)
  // is a namespace package to Python; pycpg sees Python files only, so it cannot know it exists.
  explained = report.disagreements.filter((d) => {
    const m = / (\S+): pycpg nothing vs python namespace$/.exec(d);
    return m !== null && hasNoPython(join(copy, ...(m[1] as string).split(".")));
  });
  // The stdlib declares no roots; pycpg infers some from absolute imports of child packages of
  // non-package directories (lib2to3/tests/data/fixers holds `myfixes`, which test_refactor adds
  // to sys.path at run time; test_importlib's namespace_pkgs likewise). CPython's PathFinder,
  // given only the stdlib root, cannot see those run-time additions: a module pycpg finds through
  // an inferred root, where Python finds none, is that limit, counted and bounded below.
  const inferred = (built.report.import_roots?.inferred ?? []).map((d) => `${d}/`);
  viaInferredRoot = report.disagreements.filter((d) => {
    const file = /: pycpg MODULE (\S+) vs python none$/.exec(d);
    if (file) return inferred.some((root) => (file[1] as string).startsWith(root));
    // a namespace package found as a directory below an inferred root
    const ns = / (\S+): pycpg NAMESPACE vs python none$/.exec(d);
    return ns !== null && inferred.some((root) => existsSync(join(copy, root, ...(ns[1] as string).split("."))));
  });
  console.log(`stdlib: ${viaInferredRoot.length} disagreements through the inferred roots ${inferred.join(", ")}`);
  if (report.disagreements.length) console.log(report.disagreements.slice(0, 50).join("\n"));
});
afterAll(() => scratch.cleanup());

describe("stdlib import resolution vs CPython's import system", () => {
  it("checks thousands of in-stdlib module names", () => {
    expect(report.imports).toBeGreaterThan(10_000);
    expect(report.checked).toBeGreaterThan(5_000);
  });

  it("agrees on every one, except namespace packages without Python files and modules found through inferred roots", () => {
    expect(report.disagreements.filter((d) => !explained.includes(d) && !viaInferredRoot.includes(d)).slice(0, 50)).toEqual([]);
    expect(explained.length).toBeLessThan(10);
    // Inferred roots may over-reach (a bare `import foo` in a test data file resolves into
    // namespace_pkgs/not_a_namespace_pkg): bounded, and the FILE_IMPORTS precision stays high.
    expect(viaInferredRoot.length).toBeLessThan(150);
    expect(report.fileImports.precision).toBeGreaterThan(0.99);
  });
});
