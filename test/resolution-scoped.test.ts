/**
 * Scoped = full: every rule, run for a subset of files (file_allowlist = subset, plus the global
 * partition 0), must produce for those files exactly the rows a full run produced. That is the
 * contract the incremental engine relies on (rules read other files' rows only through global
 * target tables). Each repository is built fully; the rules then run again on a fresh
 * transaction over the committed state with a smaller allowlist, and every derived dataset is
 * compared with the full run's as a multiset (the subset's rows are recomputed, the others must
 * stay as they were). The transaction is aborted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { ImportRoot } from "../src/config/import-roots.ts";
import { DERIVED_DATASETS } from "../src/cpg/cpg-tables.ts";
import { ALL_DATASETS, RULE_INPUTS } from "../src/pipeline/run-build.ts";
import { bindImportRoots } from "../src/rules/import-roots-table.ts";
import { loadRules } from "../src/rules/rule-registry.ts";
import { bindDatasetViews, runRules } from "../src/rules/run-rules.ts";
import { openDb } from "../src/store/duckdb.ts";
import { sqlIdent, sqlString } from "../src/store/sql.ts";
import { type Manifest, StateStore } from "../src/store/state-store.ts";
import { buildRepo, scratchRoot } from "./support/cpg-build.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures", import.meta.url));
const scratch = scratchRoot("resolution-scoped");
afterAll(() => scratch.cleanup());

interface ScopedResult {
  /** dataset -> readable differences ("" when equal) */
  differences: Record<string, string>;
  /** dataset -> rows of the subset's partitions that were recomputed */
  compared: Record<string, number>;
}

/** Builds `repo` fully, reruns the rules for the files whose path matches `pick`, compares. */
async function scopedVsFull(repo: string, pick: (path: string, index: number) => boolean, withGlobal = true): Promise<ScopedResult> {
  const built = await buildRepo(repo, scratch.dir("scoped"));
  const store = new StateStore(built.state);
  const manifest = JSON.parse(readFileSync(store.manifestPath, "utf8")) as Manifest;
  const db = await openDb(2);
  const txn = store.begin(db, manifest, manifest.fingerprint, manifest.buckets);
  try {
    await bindDatasetViews(db, txn, [...ALL_DATASETS.values()]);
    // the import roots the full build used (module_index reads them)
    await bindImportRoots(db, (manifest.meta as { import_roots: { roots: ImportRoot[] } }).import_roots.roots);
    const files = await db.rows<{ file_id: string; path: string }>("SELECT CAST(file_id AS VARCHAR) AS file_id, path FROM py_files ORDER BY path");
    const subset = files.filter((f, i) => pick(f.path, i)).map((f) => f.file_id);
    expect(subset.length).toBeGreaterThan(0);
    expect(subset.length).toBeLessThan(files.length);
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE file_allowlist AS SELECT CAST(unnest([${subset.map(sqlString).join(", ")}]) AS BIGINT) AS file_id${withGlobal ? " UNION ALL SELECT 0::BIGINT" : ""}`,
    );
    const part = (name: string) => sqlIdent(ALL_DATASETS.get(name)?.partitionColumn ?? "file_id");
    for (const spec of DERIVED_DATASETS) {
      await db.exec(`CREATE OR REPLACE TEMP TABLE ${sqlIdent(`full_${spec.name}`)} AS SELECT * FROM ${sqlIdent(spec.name)}`);
    }
    const registry = loadRules(RULE_INPUTS);
    await runRules(db, txn, registry, ALL_DATASETS, { full: false });
    const differences: Record<string, string> = {};
    const compared: Record<string, number> = {};
    for (const spec of DERIVED_DATASETS) {
      // The whole dataset: the subset's rows must be recomputed identically and no other
      // partition may change.
      const scoped = `(SELECT * FROM ${sqlIdent(spec.name)})`;
      const full = sqlIdent(`full_${spec.name}`);
      const extra = await db.rows<Record<string, unknown>>(`SELECT * FROM (${scoped} EXCEPT ALL SELECT * FROM ${full}) LIMIT 5`);
      const missing = await db.rows<Record<string, unknown>>(`SELECT * FROM (SELECT * FROM ${full} EXCEPT ALL ${scoped}) LIMIT 5`);
      const n = await db.rows<{ n: string }>(`SELECT count(*) AS n FROM ${full} WHERE ${part(spec.name)} IN (SELECT file_id FROM file_allowlist)`);
      compared[spec.name] = Number(n[0]?.n ?? 0);
      differences[spec.name] = [...extra.map((r) => `+ ${JSON.stringify(r)}`), ...missing.map((r) => `- ${JSON.stringify(r)}`)].join("\n");
    }
    return { differences, compared };
  } finally {
    txn.abort();
    db.close();
  }
}

function expectSame(r: ScopedResult): void {
  const bad = Object.entries(r.differences).filter(([, d]) => d !== "");
  expect(bad.map(([name, d]) => `${name}:\n${d}`).join("\n")).toBe("");
}

describe("rules run for a subset of files give the full run's rows for those files", () => {
  it("sample repository, every third file", async () => {
    const r = await scopedVsFull(join(FIXTURES, "sample-repo"), (_p, i) => i % 3 === 0);
    expectSame(r);
    for (const name of ["import_modules", "module_exports", "import_edges", "ref_targets", "call_targets", "class_mro", "cpg_edges", "cpg_nodes"]) {
      expect(r.compared[name], name).toBeGreaterThan(0);
    }
  });

  it("sample repository, the package __init__ files and the tests", async () => {
    expectSame(await scopedVsFull(join(FIXTURES, "sample-repo"), (p) => p.endsWith("__init__.py") || p.startsWith("tests/")));
  });

  it("sample repository, without the global partition", async () => {
    const r = await scopedVsFull(join(FIXTURES, "sample-repo"), (_p, i) => i % 2 === 1, false);
    expectSame(r);
  });

  for (const [name, pick] of [
    ["module_attribute_calls", (p: string) => p === "app.py"],
    ["reexport_chain", (p: string) => p === "main.py" || p === "api/public.py"],
    ["star_public", (p: string) => p === "top.py"],
    ["namespace_packages", (p: string) => p.startsWith("host/")],
    ["root_package", (p: string) => p.startsWith("web/")],
    // import roots from the configuration, inferred roots, nested projects with an ambiguous name
    ["lib_layout", (p: string) => p.startsWith("tests/")],
    ["lib_inferred", (p: string) => p.startsWith("scripts/")],
    ["nested_projects", (p: string) => p.startsWith("examples/other/") || p === "tools/report.py"],
    ["tool_paths", (p: string) => p.startsWith("tests/")],
    ["build_backends", (p: string) => p.includes("/tests/")],
  ] as const) {
    it(`resolution case ${name}`, async () => {
      expectSame(await scopedVsFull(join(FIXTURES, "resolution", name), pick));
    });
  }
});
