/**
 * The graph's definition, call and import counts against CPython's own parser on the sample
 * repository: for every file `ast` parses, FUNCTION / CLASS / CALL / IMPORT node counts equal
 * ast's FunctionDef+AsyncFunctionDef / ClassDef / Call / import-alias counts exactly.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Built, buildRepo, countsByFile, type NodeCounts, type OracleResult, runOracle, scratchRoot } from "./support/cpg-build.ts";

const SAMPLE = fileURLToPath(new URL("../fixtures/sample-repo", import.meta.url));
const scratch = scratchRoot("ast-oracle");
let built: Built;
let counts: Map<string, NodeCounts>;
let oracle: Map<string, OracleResult>;

beforeAll(async () => {
  built = await buildRepo(SAMPLE, join(scratch.root, "work"));
  counts = await countsByFile(built.out);
  oracle = runOracle(SAMPLE, [...counts.keys()].sort());
});
afterAll(() => scratch.cleanup());

describe("sample repository vs CPython ast", () => {
  it("covers every discovered file", () => {
    expect(counts.size).toBe(built.report.files.discovered);
    expect(counts.size).toBeGreaterThanOrEqual(20);
    expect([...oracle.keys()].sort()).toEqual([...counts.keys()].sort());
  });

  it("has exactly ast's FUNCTION, CLASS, CALL and IMPORT counts in every file ast parses", () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const [path, o] of oracle) {
      if (!o.ok) continue;
      checked++;
      const c = counts.get(path) as NodeCounts;
      const ours = [c.functions, c.classes, c.calls, c.imports];
      const theirs = [o.functions, o.classes, o.calls, o.imports];
      if (ours.join() !== theirs.join()) mismatches.push(`${path}: pycpg F/C/call/import ${ours.join("/")} vs ast ${theirs.join("/")}`);
    }
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(mismatches, mismatches.join("\n")).toEqual([]);
    // Not vacuous: the sample has real content.
    const total = [...counts.values()].reduce((n, c) => n + c.functions + c.calls + c.imports, 0);
    expect(total).toBeGreaterThan(500);
  });

  it("the files ast cannot parse are exactly the files with a syntax-error or invalid-utf-8 DIAGNOSTIC", () => {
    // This holds for the sample (an unclosed parenthesis and a Latin-1 file without a coding
    // cookie). It does not hold in general: tree-sitter-python also accepts Python 2 `print` and
    // `exec` statements, which ast rejects, and rejects a few constructs ast accepts (see
    // ast-oracle-stdlib.slow.test.ts).
    const rejected = [...oracle.values()]
      .filter((o) => !o.ok)
      .map((o) => o.path)
      .sort();
    const flagged = [...counts.values()]
      .filter((c) => c.parseDiagnostics > 0)
      .map((c) => c.path)
      .sort();
    expect(rejected).toEqual(["shop/broken.py", "shop/legacy/warehouse_dump.py"]);
    expect(flagged).toEqual(rejected);
    expect(counts.get("shop/broken.py")?.status).toBe("syntax_error");
    // A file with undecodable bytes is still parsed (status ok) but flagged.
    expect(counts.get("shop/legacy/warehouse_dump.py")?.status).toBe("ok");
  });
});
