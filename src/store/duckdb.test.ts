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
});
