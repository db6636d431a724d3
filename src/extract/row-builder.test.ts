import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../store/duckdb.ts";
import { jsonRelation, parquetRelation } from "../store/sql.ts";
import { loadParquetWriter, rowsToParquet } from "./parquet-writer.ts";
import { loadArrow, RowBuilder } from "./row-builder.ts";
import { PY_DEFS, PY_FILES } from "./tables.ts";

beforeAll(loadArrow);
const scratch = mkdtempSync(join(tmpdir(), "pycpg-row-builder-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("RowBuilder", () => {
  it("keeps every null when the first null comes late and nulls are sparse", () => {
    const b = new RowBuilder(PY_DEFS);
    const nullAt = new Set([0, 5000, 5001, 40000]);
    for (let i = 0; i < 50000; i++)
      b.add({ node_id: { hi: 1, lo: i }, parent_id: nullAt.has(i) ? null : { hi: 0, lo: i }, docstring: nullAt.has(i) ? null : `d${i}` });
    const t = b.toArrow();
    for (const name of ["parent_id", "docstring"]) {
      const col = t.getChild(name);
      expect(col?.nullCount).toBe(nullAt.size);
      const actual: number[] = [];
      for (let i = 0; i < t.numRows; i++) if (col?.get(i) === null) actual.push(i);
      expect(actual).toEqual([...nullAt]);
    }
  });

  it("round-trips ids, integers, booleans and non-ASCII strings", () => {
    const b = new RowBuilder(PY_FILES);
    b.add({ file_id: { hi: -1, lo: -2 }, path: "dé/ü 😀.py", size_bytes: 5_000_000_000, line_count: 3, status: "ok" });
    b.add({ file_id: { hi: 0x7fffffff, lo: 1 }, path: "a.py", size_bytes: 0, line_count: null, status: null });
    const rows = b
      .toArrow()
      .toArray()
      .map((r) => r.toJSON());
    expect(rows[0]?.file_id).toBe((-1n << 32n) | 0xfffffffen);
    expect(rows[0]?.path).toBe("dé/ü 😀.py");
    expect(rows[0]?.size_bytes).toBe(5_000_000_000n);
    expect(rows[1]?.file_id).toBe((0x7fffffffn << 32n) | 1n);
    expect(rows[1]?.line_count).toBeNull();
    expect(rows[1]?.status).toBeNull();
  });

  it("stages the same rows as JSON lines as it does as Parquet (every column type, nulls, extremes, non-ASCII)", async () => {
    await loadParquetWriter();
    const b = new RowBuilder(PY_DEFS);
    b.add({
      node_id: { hi: -2147483648, lo: 0 },
      file_id: { hi: 0x7fffffff, lo: -1 },
      kind: "FUNCTION",
      name: 'q"uote\\back\nnl\u0001',
      is_async: true,
      bstart: -5,
    });
    b.add({ node_id: { hi: -1, lo: -1 }, file_id: 0, kind: null, name: "dé/ü 😀", is_async: false, bstart: 2147483647, docstring: "\u2028x" });
    b.add({ node_id: { hi: 0, lo: 1 } });
    const json = join(scratch, "rows.jsonl");
    const parquet = join(scratch, "rows.parquet");
    writeFileSync(json, b.toJsonLines());
    writeFileSync(parquet, rowsToParquet(b));
    const db = await openDb(1);
    try {
      const read = (rel: string) => db.rows(`SELECT * FROM ${rel} ORDER BY node_id`);
      const fromJson = await read(jsonRelation([json], PY_DEFS.columns));
      expect(fromJson).toHaveLength(3);
      expect(fromJson).toEqual(await read(parquetRelation([parquet], PY_DEFS.columns)));
      expect(fromJson[0]).toMatchObject({ node_id: String(-(2n ** 63n)), file_id: String(2n ** 63n - 1n), is_async: true, bstart: -5 });
      expect(fromJson[2]).toMatchObject({ node_id: "1", file_id: null, name: null, is_async: null });
    } finally {
      db.close();
    }
  });
});
