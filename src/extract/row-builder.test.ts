import { beforeAll, describe, expect, it } from "vitest";
import { loadArrow, RowBuilder } from "./row-builder.ts";
import { PY_DEFS, PY_FILES } from "./tables.ts";

beforeAll(loadArrow);

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
});
