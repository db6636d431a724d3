import { existsSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { UserError } from "../util/errors.ts";
import { openDb } from "./duckdb.ts";

describe("openDb", () => {
  const saved = process.env.PYCPG_DUCKDB_MEMORY_LIMIT;
  afterEach(() => {
    if (saved === undefined) delete process.env.PYCPG_DUCKDB_MEMORY_LIMIT;
    else process.env.PYCPG_DUCKDB_MEMORY_LIMIT = saved;
  });

  it("turns DuckDB's out-of-memory error into a UserError naming the limit and what to do", async () => {
    process.env.PYCPG_DUCKDB_MEMORY_LIMIT = "32MB";
    const db = await openDb(1);
    try {
      // A list aggregate cannot spill: 20M BIGINTs (160 MB) do not fit in 32 MB.
      const err = await db.rows("SELECT list(range) AS l FROM range(20000000)").catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/ran out of memory at its limit of 32MB/);
      expect((err as Error).message).toMatch(/PYCPG_DUCKDB_MEMORY_LIMIT=4GB/);
      // Other errors pass through unchanged.
      const other = await db.exec("SELECT * FROM no_such_table").catch((e: unknown) => e);
      expect(other).not.toBeInstanceOf(UserError);
      expect((other as Error).message).toMatch(/no_such_table/);
    } finally {
      db.close();
    }
  });

  it("spills under the system's temporary directory, not the working directory, and removes what it spilled", async () => {
    process.env.PYCPG_DUCKDB_MEMORY_LIMIT = "64MB";
    const before = existsSync(".tmp");
    const db = await openDb(2, { preserveInsertionOrder: false });
    let dir = "";
    try {
      dir = (await db.rows<{ d: string }>("SELECT current_setting('temp_directory') AS d"))[0]?.d ?? "";
      expect(dir.startsWith(tmpdir())).toBe(true);
      // ~150 MB of distinct strings against a 64 MB limit: the aggregate spills.
      await db.exec("CREATE TEMP TABLE t AS SELECT range AS a, md5(range::VARCHAR) AS b FROM range(2000000)");
      expect((await db.rows<{ n: string }>("SELECT count(DISTINCT b) AS n FROM t"))[0]?.n).toBe("2000000");
      expect(readdirSync(dir).some((f) => f.startsWith("duckdb_temp_storage"))).toBe(true);
      expect(existsSync(".tmp")).toBe(before);
    } finally {
      db.close();
    }
    expect(existsSync(dir)).toBe(false);
  });

  it("bulkRows returns the same rows as rows, whatever the strings hold, and none for an empty result", async () => {
    const db = await openDb(2);
    try {
      // paths and texts with quotes, backslashes, newlines, control characters and non-ASCII
      const q = `SELECT CAST(range AS VARCHAR) AS id,
                        CASE WHEN range % 7 = 0 THEN NULL ELSE 'p"' || range || chr(92) || chr(10) || chr(9) || chr(1) || 'é𝄞/' END AS path,
                        range % 2 = 0 AS even, [CAST(range % 3 AS INTEGER), 1] AS l
                 FROM range(5000)`;
      const key = (r: unknown) => JSON.stringify(r);
      const slow = (await db.rows(q)).map(key).sort();
      const bulk = (await db.bulkRows(q)).map(key).sort();
      expect(bulk.length).toBe(5000);
      expect(bulk).toEqual(slow);
      expect(bulk.some((r) => r.includes(String.raw`\\\n\t\u0001é𝄞/`))).toBe(true);
      expect(await db.bulkRows("SELECT 1 AS x WHERE false")).toEqual([]);
    } finally {
      db.close();
    }
  });
});
