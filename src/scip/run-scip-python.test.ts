import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeScipIndex, isLocalSymbol, type ScipIndex } from "./decode-scip-index.ts";
import { positionUnitOf, ScipPositionMapper } from "./position-units.ts";
import { runScipPython, SCIP_PYTHON_VERSION } from "./run-scip-python.ts";
import { loadScipSchema, SymbolRole } from "./scip-schema.ts";

// A real scip-python run on three files (about 2 s): it pins the facts the decoder and the
// position converter rely on, which a synthetic index cannot.
const FILES: Record<string, string> = {
  "pkg/__init__.py": "from .a import helper as h\n",
  "pkg/a.py": "def helper(x):\n    return x\n\n\nclass Klass:\n    def m(self):\n        return helper(1)\n",
  // Non-ASCII before references on the same line: U+1F600 (4 bytes, 2 UTF-16 units, 1 code point) and é.
  "pkg/b.py": 's = "😀é"; t = helper(2)\nfrom pkg.a import helper, Klass\nKlass().m(); u = "😀😀"; v = helper\n',
};

describe("runScipPython + decodeScipIndex on a real index", () => {
  let dir = "";
  let index: ScipIndex;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pycpg-scip-test-"));
    for (const [p, text] of Object.entries(FILES)) {
      mkdirSync(join(dir, p, ".."), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    const run = await runScipPython({ repoDir: dir, outFile: join(dir, "out", "index.scip"), projectName: "demo", maxOldSpaceMb: 1024 });
    expect(run.bytes).toBeGreaterThan(0);
    await loadScipSchema();
    index = decodeScipIndex(readFileSync(run.outFile));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("records the tool and every file", () => {
    expect(index.metadata.toolName).toBe("scip-python");
    expect(index.metadata.toolVersion).toBe(SCIP_PYTHON_VERSION);
    expect(index.documents.map((d) => d.relativePath).sort()).toEqual(Object.keys(FILES).sort());
    expect(index.documents.every((d) => d.positionEncoding === 0)).toBe(true);
  });

  it("counts characters in UTF-16 code units: every non-local occurrence maps onto its name's bytes", () => {
    const name = (symbol: string) => /([A-Za-z_][A-Za-z0-9_]*)(\(\))?[.#]$/.exec(symbol)?.[1];
    let checked = 0;
    let afterAstral = 0;
    for (const doc of index.documents) {
      const bytes = readFileSync(join(dir, doc.relativePath));
      const mapper = new ScipPositionMapper(bytes);
      const unit = positionUnitOf(doc.positionEncoding);
      for (const o of doc.occurrences) {
        const n = name(o.symbol);
        if (isLocalSymbol(o.symbol) || !n || o.range.startLine !== o.range.endLine) continue;
        const start = mapper.toBytes(o.range.startLine, o.range.startChar, unit);
        const end = mapper.toBytes(o.range.endLine, o.range.endChar, unit);
        if (!start || !end) throw new Error(`unmapped ${JSON.stringify(o)}`);
        // An aliased import's range covers `name as alias`; every other range is exactly the name.
        const text = bytes.subarray(start.offset, end.offset).toString("utf8");
        expect(text === n || text.startsWith(`${n} as `), `${doc.relativePath} ${JSON.stringify(o.range)} ${o.symbol}: "${text}"`).toBe(true);
        checked++;
        if (bytes.subarray(start.offset - start.col, start.offset).some((b) => b >= 0xf0)) afterAstral++;
      }
    }
    expect(checked).toBeGreaterThan(8);
    expect(afterAstral).toBeGreaterThanOrEqual(3); // t, helper (line 1) and v, helper (line 3) of b.py
  });

  it("resolves the references in b.py to the definitions in a.py (roles: ReadAccess, no Import bit)", () => {
    const b = index.documents.find((d) => d.relativePath === "pkg/b.py");
    const refs = (b?.occurrences ?? []).filter((o) => o.symbol.endsWith("`pkg.a`/helper()."));
    expect(refs.map((o) => [o.range.startLine, o.range.startChar])).toEqual([
      [0, 15],
      [1, 18],
      [2, 29],
    ]);
    expect(refs.every((o) => o.roles === SymbolRole.ReadAccess)).toBe(true);
    const a = index.documents.find((d) => d.relativePath === "pkg/a.py");
    const def = a?.occurrences.find((o) => o.symbol.endsWith("`pkg.a`/helper().") && o.roles & SymbolRole.Definition);
    expect(def?.range).toEqual({ startLine: 0, startChar: 4, endLine: 0, endChar: 10 });
  });
});
