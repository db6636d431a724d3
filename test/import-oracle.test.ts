/**
 * The import-graph oracle on the sample repository: every module an import names that pycpg or
 * CPython's import system finds inside the repository must resolve to the same file (or both to
 * the same namespace package). See test/support/import-oracle.ts. The golden cases with special
 * layouts (namespace packages, a src/ layout, relative imports) are checked the same way.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildRepo, scratchRoot } from "./support/cpg-build.ts";
import { type OracleRoot, runImportOracle, summarizeOracle } from "./support/import-oracle.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));
const scratch = scratchRoot("import-oracle");
afterAll(() => scratch.cleanup());

describe("import resolution vs CPython's import system", () => {
  it("agrees on every import of the sample repository", async () => {
    const repo = join(FIXTURES, "sample-repo");
    const built = await buildRepo(repo, scratch.dir("sample"));
    const r = await runImportOracle(repo, built.state);
    console.log(`sample-repo: ${summarizeOracle(r)}`);
    expect(r.disagreements).toEqual([]);
    expect(r.checked).toBeGreaterThan(80);
    expect(r.byRole.submodule?.checked ?? 0).toBeGreaterThan(0);
  });

  for (const name of ["relative_imports", "namespace_packages", "src_layout", "submodule_vs_name", "aliases"]) {
    it(`agrees on the ${name} case`, async () => {
      const repo = join(FIXTURES, "resolution", name);
      const built = await buildRepo(repo, scratch.dir(name));
      const r = await runImportOracle(repo, built.state);
      console.log(`${name}: ${summarizeOracle(r)}`);
      expect(r.disagreements).toEqual([]);
      expect(r.checked).toBeGreaterThan(0);
    });
  }

  // The layouts with import roots: Python is given the roots a person reads in each case's
  // configuration (lib_inferred declares none: there, the root a person would put on sys.path),
  // not the ones pycpg read or inferred.
  const root = (project: string, dir: string): OracleRoot => ({ project, dir });
  for (const [name, roots] of [
    ["lib_layout", [root("", ""), root("", "lib")]],
    ["lib_inferred", [root("", ""), root("", "lib")]],
    ["nested_projects", [root("", ""), root("examples/app", "examples/app/src"), root("examples/other", "examples/other/src")]],
    ["setup_py_layout", [root("", ""), root("", "source")]],
    ["tool_paths", [root("", "testing"), root("", ""), root("", "typing_src"), root("", "plugins")]],
    [
      "build_backends",
      [
        root("", ""),
        root("projects/hatch", "projects/hatch/python"),
        root("projects/flit", "projects/flit/src"),
        root("projects/pdm", "projects/pdm/code"),
        root("projects/renamed", "projects/renamed/lib"),
      ],
    ],
  ] as const) {
    it(`agrees on the ${name} case, FILE_IMPORTS included`, async () => {
      const repo = join(FIXTURES, "resolution", name);
      const built = await buildRepo(repo, scratch.dir(name));
      const r = await runImportOracle(repo, built.state, roots);
      console.log(`${name}: ${summarizeOracle(r)}`);
      expect(r.disagreements).toEqual([]);
      expect(r.fileImports.missing).toEqual([]);
      expect(r.fileImports.extra).toEqual([]);
      expect(r.fileImports.theirs).toBeGreaterThanOrEqual(2);
    });
  }
});
