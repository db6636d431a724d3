/**
 * A large full build computes the `-- split: files` outputs (per-site resolution) a few buckets
 * of files at a time (RunRulesOptions.parts). Parts change the speed, never the rows: a build in
 * 1, 2 and 4 parts must give every dataset the same rows, with each bucket written once. The
 * repository is generated with enough files for a state of 4 buckets (> 512 files), and its files
 * reach each other across parts: imports, star imports, base classes, annotated parameters and
 * returns, calls through `self` and through typed variables.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_DATASETS, RULE_INPUTS } from "../src/pipeline/run-build.ts";
import { loadRules } from "../src/rules/rule-registry.ts";
import { fullBuildParts } from "../src/rules/run-rules.ts";
import { openDb } from "../src/store/duckdb.ts";
import { type Manifest, relationOf } from "../src/store/state-store.ts";
import { type Built, buildRepo, gitInitCommit, scratchRoot, writeFiles } from "./support/cpg-build.ts";

const scratch = scratchRoot("full-build-parts");
afterAll(() => scratch.cleanup());

const MODULES = 540;

/** Module i imports from i - 1 and i - 7 (often another bucket), subclasses and calls across them. */
function generated(): Record<string, string> {
  const files: Record<string, string> = { "pkg/__init__.py": "from pkg.m0 import Base0\n__all__ = ['Base0']\n" };
  for (let i = 0; i < MODULES; i++) {
    const a = Math.max(0, i - 1);
    const b = Math.max(0, i - 7);
    const lines =
      i === 0
        ? [
            "class Base0:",
            "    size: int = 0",
            "    def grow(self, n: int) -> 'Base0':",
            "        self.size += n",
            "        return self",
            "",
            "def make0() -> Base0:",
            "    return Base0()",
            "",
          ]
        : [
            `from pkg.m${a} import Base${a}, make${a}`,
            `from pkg.m${b} import *`,
            "from . import m0",
            "",
            `class Base${i}(Base${a}):`,
            `    peer: Base${b}`,
            `    def grow(self, n: int) -> 'Base${i}':`,
            "        super().grow(n)",
            `        self.peer = make${b}()`,
            "        self.peer.grow(n).grow(1)",
            "        return self",
            "",
            `def make${i}() -> Base${i}:`,
            `    item: Base${a} = make${a}()`,
            "    item.grow(2)",
            `    made = Base${i}()`,
            "    made.grow(len(str(m0.make0().size)))",
            "    return made",
            "",
          ];
    files[`pkg/m${i}.py`] = lines.join("\n");
  }
  return files;
}

let builds: Record<number, Built>;
beforeAll(async () => {
  const repo = scratch.dir("repo");
  writeFiles(repo, generated());
  gitInitCommit(repo);
  builds = {};
  for (const parts of [1, 2, 4]) builds[parts] = await buildRepo(repo, scratch.dir(`parts-${parts}`), { ruleParts: parts });
}, 240_000);

function manifestOf(b: Built): Manifest {
  return JSON.parse(readFileSync(join(b.state, "manifest.json"), "utf8")) as Manifest;
}

describe("a full build's outputs computed in parts", () => {
  it("uses a state of 4 buckets, and parts for the large ones only", () => {
    expect(manifestOf(builds[1] as Built).buckets).toBe(4);
    expect(fullBuildParts(4)).toBe(1);
    expect(fullBuildParts(64)).toBe(4);
    const split = loadRules(RULE_INPUTS)
      .rules.filter((r) => r.splitByFiles)
      .map((r) => r.output);
    expect(split.sort()).toEqual(["call_targets", "ref_targets", "type_targets"]);
  });

  it("gives every dataset the same rows in 1, 2 and 4 parts, each bucket written once", async () => {
    const db = await openDb(2);
    try {
      const whole = manifestOf(builds[1] as Built);
      for (const parts of [2, 4]) {
        const m = manifestOf(builds[parts] as Built);
        expect(Object.keys(m.datasets).sort()).toEqual(Object.keys(whole.datasets).sort());
        for (const [name, spec] of ALL_DATASETS) {
          if (!whole.datasets[name]) continue;
          const one = relationOf((builds[1] as Built).state, whole.datasets[name], spec);
          const other = relationOf((builds[parts] as Built).state, m.datasets[name], spec);
          const diff = await db.rows<{ n: string }>(
            `SELECT (SELECT count(*) FROM (SELECT * FROM ${one} EXCEPT ALL SELECT * FROM ${other})) + (SELECT count(*) FROM (SELECT * FROM ${other} EXCEPT ALL SELECT * FROM ${one})) AS n`,
          );
          expect(`${name} in ${parts} parts: ${diff[0]?.n} rows differ`).toBe(`${name} in ${parts} parts: 0 rows differ`);
          const entry = m.datasets[name];
          for (const [k, bucket] of Object.entries(entry?.buckets ?? {})) {
            expect(bucket.files.length, `${name} bucket ${k}`).toBe(1);
            expect(bucket.deleted ?? [], `${name} bucket ${k}`).toEqual([]);
          }
          expect(Object.values(entry?.buckets ?? {}).reduce((a, b) => a + b.rows, 0)).toBe(
            Object.values(whole.datasets[name]?.buckets ?? {}).reduce((a, b) => a + b.rows, 0),
          );
        }
      }
      // The split outputs hold rows in every bucket, resolved across parts.
      const m4 = manifestOf(builds[4] as Built);
      for (const name of ["ref_targets", "call_targets", "type_targets"]) {
        const spec = ALL_DATASETS.get(name);
        if (!spec) throw new Error(name);
        expect(Object.keys(m4.datasets[name]?.buckets ?? {}).sort(), name).toEqual(["0", "1", "2", "3"]);
        const rel = relationOf((builds[4] as Built).state, m4.datasets[name], spec);
        const cross = await db.rows<{ n: string }>(
          `SELECT count(*) AS n FROM ${rel} WHERE target_file_id IS NOT NULL AND (target_file_id & 3) <> (file_id & 3)`,
        );
        expect(Number(cross[0]?.n), `${name}: targets in another part`).toBeGreaterThan(100);
      }
    } finally {
      db.close();
    }
  });
});
