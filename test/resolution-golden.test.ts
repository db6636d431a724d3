/**
 * Golden tests of the resolution layer: every case in fixtures/resolution/<case>/ is built with
 * the real pipeline and its resolution edges (IMPORTS, FILE_IMPORTS, CALLS, CALLS_QNAME,
 * REFERENCES, INHERITS), rendered readably (test/support/resolution.ts), must equal the case's
 * expected.jsonl. The sample repository's IMPORTS and FILE_IMPORTS edges are checked the same
 * way against fixtures/resolution/sample-repo.imports.jsonl. UPDATE_GOLDEN=1 rewrites the files.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildRepo, queryOut, scratchRoot } from "./support/cpg-build.ts";
import { checkGolden, renderEdges } from "./support/resolution.ts";

const CASES = fileURLToPath(new URL("../fixtures/resolution", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../fixtures/sample-repo", import.meta.url));
const scratch = scratchRoot("resolution-golden");
afterAll(() => scratch.cleanup());

const cases = readdirSync(CASES)
  .filter((d) => statSync(join(CASES, d)).isDirectory())
  .sort();

describe("resolution golden cases", () => {
  it("has the cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(CASES, name);
      const built = await buildRepo(dir, scratch.dir(name));
      const actual = await renderEdges(built.out);
      expect(actual.length).toBeGreaterThan(0);
      // Every edge endpoint is a node of the graph.
      expect(actual.filter((l) => l.includes("<missing node>"))).toEqual([]);
      const diff = checkGolden(join(dir, "expected.jsonl"), actual);
      expect(diff, diff).toBe("");
    });
  }
});

describe("sample repository imports", () => {
  it("IMPORTS and FILE_IMPORTS match the golden file", async () => {
    const built = await buildRepo(SAMPLE, scratch.dir("sample"));
    const actual = await renderEdges(built.out, ["IMPORTS", "FILE_IMPORTS"]);
    expect(actual.length).toBeGreaterThan(100);
    const diff = checkGolden(join(CASES, "sample-repo.imports.jsonl"), actual);
    expect(diff, diff).toBe("");
    // The global partition holds the external modules the sample imports, once each.
    const globals = await queryOut<{ kind: string; n: string; paths: string }>(
      built.out,
      "SELECT kind, count(*) AS n, string_agg(DISTINCT path, ',') AS paths FROM cpg_nodes WHERE file_id = 0 GROUP BY kind ORDER BY kind",
    );
    expect(globals.map((g) => g.kind)).toEqual(["EXTERNAL_MODULE", "QNAME"]);
    expect(globals.every((g) => g.paths === "")).toBe(true);
  });
});
