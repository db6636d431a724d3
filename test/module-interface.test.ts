/**
 * The interface query's two ways of selecting the files (their ids as literals, pushed into the
 * Parquet scans, or through a table when there are many) give the same changes: two full builds of
 * the sample repository, before and after edits, read as the previous (`old_*`) and current state.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FileRowsOf, interfaceChanges } from "../src/incremental/module-interface.ts";
import { ALL_DATASETS } from "../src/pipeline/run-build.ts";
import { openDb } from "../src/store/duckdb.ts";
import { sqlIdent } from "../src/store/sql.ts";
import { relationOf } from "../src/store/state-store.ts";
import { buildRepo } from "./support/cpg-build.ts";
import { copySampleRepo, readManifest, scratch } from "./support/incremental.ts";

const tmp = scratch("module-interface");
afterAll(() => tmp.cleanup());

describe("interfaceChanges", () => {
  it("finds the same changed keys with the file ids as literals and through a table", async () => {
    const repo = join(tmp.dir("repo"), "repo");
    copySampleRepo(repo);
    const before = await buildRepo(repo, tmp.dir("before"));
    appendFileSync(join(repo, "shop/pricing.py"), "\n\ndef pycpg_added(x: int) -> int:\n    return x\n");
    const models = join(repo, "shop/models.py");
    writeFileSync(models, readFileSync(models, "utf8").replace(/^class (\w+)/m, "class $1Renamed"));
    const after = await buildRepo(repo, tmp.dir("after"));

    const db = await openDb(1);
    try {
      const stmts: string[] = [];
      for (const [prefix, state] of [
        ["old_", before.state],
        ["", after.state],
      ] as const) {
        const m = readManifest(state);
        for (const spec of ALL_DATASETS.values())
          stmts.push(`CREATE OR REPLACE TEMP VIEW ${sqlIdent(prefix + spec.name)} AS SELECT * FROM ${relationOf(state, m.datasets[spec.name], spec)}`);
      }
      await db.exec(stmts.join(";\n"));
      const ids = (await db.rows<{ id: string }>("SELECT DISTINCT CAST(file_id AS VARCHAR) AS id FROM py_files ORDER BY 1")).map((r) => r.id);
      expect(ids.length).toBeGreaterThan(20);
      const literal = await interfaceChanges(db, ids);
      const table = await interfaceChanges(db, ids, { literalIdsMax: 0 });
      expect(table).toEqual(literal);
      // the files' rows read through the store's reader narrowed to their buckets
      const manifests = { old_: readManifest(before.state), "": readManifest(after.state) };
      const states = { old_: before.state, "": after.state };
      let narrowed = 0;
      const fileRows: FileRowsOf = (side, table, fileIds) => {
        const spec = ALL_DATASETS.get(table);
        if (!spec) return null;
        narrowed++;
        const buckets = new Set(fileIds.map((id) => Number(BigInt(id) & BigInt(manifests[side].buckets - 1))));
        return relationOf(states[side], manifests[side].datasets[spec.name], spec, { fileIds, buckets, stateBuckets: manifests[side].buckets });
      };
      expect(await interfaceChanges(db, ids, { fileRows })).toEqual(literal);
      expect(narrowed).toBe(20);
      // one file at a time, each through its own bucket
      const one: typeof literal = [];
      for (const id of ids) one.push(...(await interfaceChanges(db, [id], { fileRows })));
      expect(one).toEqual(literal);
      const paths = new Map(
        (await db.rows<{ id: string; path: string }>("SELECT CAST(file_id AS VARCHAR) AS id, path FROM py_files")).map((r) => [r.id, r.path]),
      );
      const changed = literal.map((c) => `${paths.get(c.file_id)} ${c.key}`);
      expect(changed).toContain("shop/pricing.py N|pycpg_added");
      expect(changed).toContain("shop/pricing.py T|pycpg_added");
      expect(changed.some((c) => c.startsWith("shop/models.py K|"))).toBe(true);
      // nothing else changed
      expect(new Set(literal.map((c) => paths.get(c.file_id)))).toEqual(new Set(["shop/pricing.py", "shop/models.py"]));
    } finally {
      db.close();
    }
  }, 120_000);
});
