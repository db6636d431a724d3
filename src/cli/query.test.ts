/**
 * `pycpg query` in-process, over the sample repository's CPG: the output formats on a result of a
 * million rows (checked by reading the files back with DuckDB's own CSV and JSON readers), the
 * bounded table, duplicate column names, NULLs, nested values, non-ASCII text, errors, empty
 * results, --output, and every example query of docs/schema.md.
 * (Memory and time of large results are measured by the benchmark, `npm run bench -- query`.)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRepo, scratchRoot } from "../../test/support/cpg-build.ts";
import { openDb } from "../store/duckdb.ts";
import { sqlString } from "../store/sql.ts";
import { clip, displayWidth, formatTable } from "./format-table.ts";
import { type CliIo, main } from "./main.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const scratch = scratchRoot("query");
let out: string;

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let o = "";
  let e = "";
  const io: CliIo = {
    out: (s) => void (o += s),
    err: {
      write(s: string) {
        e += s;
        return true;
      },
    } as unknown as NodeJS.WriteStream,
  };
  const code = await main(argv, io);
  return { code, out: o, err: e };
}

const query = (sql: string, ...flags: string[]) => cli(["query", "--out", out, ...flags, sql]);

/** Rows of a SQL query over files (DuckDB as an independent reader of what pycpg wrote). */
async function duck(sql: string): Promise<Record<string, unknown>[]> {
  const db = await openDb(1);
  try {
    return await db.rows(sql);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const built = await buildRepo(join(ROOT, "fixtures", "sample-repo"), scratch.dir("sample"));
  out = built.out;
});
afterAll(() => scratch.cleanup());

// A million rows with NULLs, decimals, and every 1000th string needing CSV quoting and JSON escapes.
const MILLION = `SELECT i, CASE WHEN i % 1000 = 0 THEN 'a,"b"' || chr(10) || 'c|d' ELSE 'r' || i END AS s,
  CASE WHEN i % 3 = 0 THEN NULL ELSE i * 0.5 END AS half
FROM range(1000000) t(i)`;

// The columns as the readers should type them (no sampling: the files are read once).
const COLS = "{'i': 'BIGINT', 's': 'VARCHAR', 'half': 'DECIMAL(18,1)'}";

describe("a result of a million rows", () => {
  const expectMillion = async (relation: string) => {
    const [r] = await duck(`SELECT count(*) AS n, sum(i) AS total, count(half) AS halves, count(*) FILTER (WHERE s = 'a,"b"' || chr(10) || 'c|d') AS odd,
      min(i) AS lo, max(i) AS hi, sum(half) AS half_sum FROM ${relation}`);
    expect(r).toEqual({ n: "1000000", total: "499999500000", halves: "666666", odd: "1000", lo: "0", hi: "999999", half_sum: expect.anything() });
    // sum over i not divisible by 3 of i/2
    const expectedHalf = (499999500000 - 3 * ((333333 * 333334) / 2)) / 2;
    expect(Number(r?.half_sum)).toBe(expectedHalf);
  };

  it("csv streams every row, NULL as an empty field and quoted specials", async () => {
    const file = join(scratch.root, "m.csv");
    const r = await query(MILLION, "--format", "csv", "--output", file);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toContain("wrote 1,000,000 rows to");
    const text = readFileSync(file, "utf8");
    expect(text.startsWith('i,s,half\n0,"a,""b""\nc|d",\n1,r1,0.5\n')).toBe(true);
    expect(text.endsWith("999998,r999998,499999.0\n999999,r999999,\n")).toBe(true);
    await expectMillion(`read_csv(${sqlString(file)}, header = true, columns = ${COLS})`);
  });

  it("json is one array of objects; jsonl one object per line", async () => {
    const json = join(scratch.root, "m.json");
    expect((await query(MILLION, "--format", "json", "--output", json)).code).toBe(0);
    const jtext = readFileSync(json, "utf8");
    expect(jtext.startsWith('[\n{"i":0,"s":"a,\\"b\\"\\nc|d","half":null},\n{"i":1,"s":"r1","half":0.5},\n')).toBe(true);
    expect(jtext.endsWith('{"i":999999,"s":"r999999","half":null}\n]\n')).toBe(true);
    const parsed = JSON.parse(jtext) as { i: number }[];
    expect(parsed.length).toBe(1_000_000);
    expect(parsed[123457]).toEqual({ i: 123457, s: "r123457", half: 61728.5 });
    await expectMillion(`read_json(${sqlString(json)}, format = 'array', columns = ${COLS})`);

    const jsonl = join(scratch.root, "m.jsonl");
    expect((await query(MILLION, "--format", "jsonl", "--output", jsonl)).code).toBe(0);
    const ltext = readFileSync(jsonl, "utf8");
    expect(ltext.split("\n").length).toBe(1_000_001);
    expect(ltext.endsWith('{"i":999999,"s":"r999999","half":null}\n')).toBe(true);
    await expectMillion(`read_json(${sqlString(jsonl)}, format = 'newline_delimited', columns = ${COLS})`);
  });

  it("markdown streams every row, pipes escaped and line breaks as <br>", async () => {
    const file = join(scratch.root, "m.md");
    expect((await query(MILLION, "--format", "markdown", "--output", file)).code).toBe(0);
    const lines = readFileSync(file, "utf8").split("\n");
    expect(lines.length).toBe(1_000_003);
    expect(lines.slice(0, 4)).toEqual(["| i | s | half |", "| ---: | --- | ---: |", '| 0 | a,"b"<br>c\\|d | NULL |', "| 1 | r1 | 0.5 |"]);
    expect(lines[1_000_001]).toBe("| 999999 | r999999 | NULL |");
  });

  it("the table shows the first and last 20 rows and says how many there were", async () => {
    const r = await query(MILLION);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("(1,000,000 rows, 40 shown)");
    // header, rule, 20 rows, the gap, 20 rows, footer
    expect(lines.length).toBe(2 + 20 + 1 + 20 + 1);
    expect(lines[2]).toMatch(/^ +0 │ a,"b"\\nc\|d +│ +NULL$/);
    expect(lines[21]).toMatch(/^ *19 │ r19 +│ +9\.5$/);
    expect(lines[22]).toMatch(/^· +│ · +│ ·$/);
    expect(lines[23]).toMatch(/^999980 │ r999980 +│ +499990\.0$/);
    expect(lines[42]).toMatch(/^999999 │ r999999 +│ +NULL$/);
    const small = await query(MILLION, "--max-rows", "3");
    expect(small.out.trimEnd().split("\n").slice(2)).toEqual([
      expect.stringMatching(/^ *0 │/),
      expect.stringMatching(/^ *1 │/),
      expect.stringMatching(/^· /),
      expect.stringMatching(/^999999 │/),
      "(1,000,000 rows, 3 shown)",
    ]);
  });
});

describe("values", () => {
  it("duplicate column names keep their own values, by position", async () => {
    const table = await query("SELECT 1 AS a, 2 AS a");
    expect(table.code).toBe(0);
    expect(table.out.split("\n").slice(0, 3)).toEqual(["a │ a", "──┼──", "1 │ 2"]);
    const csv = await query("SELECT 1 AS a, 2 AS a", "--format", "csv");
    expect(csv.out).toBe("a,a\n1,2\n");
    const jsonl = await query("SELECT 1 AS a, 2 AS a", "--format", "jsonl");
    expect(JSON.parse(jsonl.out)).toEqual({ a: 1, "a:1": 2 });
    // The join a user writes: two start_line columns from different rows.
    const join2 = await query(
      "SELECT s.start_line, d.start_line FROM cpg_nodes s JOIN cpg_nodes d ON d.path = s.path AND d.start_line = s.start_line + 1 WHERE s.kind = 'FUNCTION' ORDER BY s.path, s.start_line LIMIT 1",
      "--format",
      "csv",
    );
    const [, row] = join2.out.trim().split("\n");
    const [a, b] = (row as string).split(",").map(Number);
    expect(b).toBe((a as number) + 1);
  });

  it("NULLs, empty strings, nested lists, structs and maps in every format", async () => {
    const sql = `SELECT NULL AS n, '' AS e, [1, NULL, 3] AS l, {'x': 'it''s', 'y': [true]} AS s, MAP {'k': 2} AS m,
      [{'a': 1}] AS ls, 12345678901234567::BIGINT AS big, 1.25::DECIMAL(5,2) AS d, DATE '2024-02-29' AS day`;
    const t = await query(sql);
    expect(t.out.split("\n")[2]).toBe("NULL │   │ [1, NULL, 3] │ {'x': 'it''s', 'y': [true]} │ {'k': 2} │ [{'a': 1}] │ 12345678901234567 │ 1.25 │ 2024-02-29");
    const csv = await query(sql, "--format", "csv");
    expect(csv.out).toBe(`n,e,l,s,m,ls,big,d,day\n,"","[1, NULL, 3]","{'x': 'it''s', 'y': [true]}",{'k': 2},[{'a': 1}],12345678901234567,1.25,2024-02-29\n`);
    const json = await query(sql, "--format", "json");
    expect(json.out).toBe(
      '[\n{"n":null,"e":"","l":[1,null,3],"s":{"x":"it\'s","y":[true]},"m":{"k":2},"ls":[{"a":1}],"big":12345678901234567,"d":1.25,"day":"2024-02-29"}\n]\n',
    );
    const md = await query(sql, "--format", "markdown");
    expect(md.out.split("\n")[2]).toBe(
      "| NULL |  | [1, NULL, 3] | {'x': 'it''s', 'y': [true]} | {'k': 2} | [{'a': 1}] | 12345678901234567 | 1.25 | 2024-02-29 |",
    );
  });

  it("non-ASCII text: CJK characters take two cells and the columns stay aligned", async () => {
    const r = await query("SELECT * FROM (VALUES ('中文字', 1), ('ab', 22), ('naïve é', 333)) t(word, n)");
    const lines = r.out.split("\n").slice(0, 5);
    expect(lines[0]).toBe("word    │   n");
    expect(lines[2]).toBe("中文字  │   1");
    expect(lines[3]).toBe("ab      │  22");
    expect(lines[4]).toBe("naïve é │ 333");
    const bar = lines.map((l) => displayWidth(l.slice(0, l.indexOf("│") >= 0 ? l.indexOf("│") : l.indexOf("┼"))));
    expect(new Set(bar).size).toBe(1);
    const csv = await query("SELECT '中文字' AS w", "--format", "csv");
    expect(csv.out).toBe("w\n中文字\n");
  });

  it("long values are clipped in the table, never in the machine formats", async () => {
    const r = await query("SELECT repeat('x', 500) AS long, 'k' AS short");
    const row = r.out.split("\n")[2] as string;
    expect(row).toBe(`${"x".repeat(59)}… │ k`);
    const csv = await query("SELECT repeat('x', 500) AS long", "--format", "csv");
    expect(csv.out).toBe(`long\n${"x".repeat(500)}\n`);
  });
});

describe("empty results and errors", () => {
  it("an empty result prints its header and 0 rows", async () => {
    const sql = "SELECT node_id, kind FROM cpg_nodes WHERE false";
    expect((await query(sql)).out).toBe("node_id │ kind\n────────┼─────\n(0 rows)\n");
    expect((await query(sql, "--format", "csv")).out).toBe("node_id,kind\n");
    expect((await query(sql, "--format", "json")).out).toBe("[]\n");
    expect((await query(sql, "--format", "jsonl")).out).toBe("");
    expect((await query(sql, "--format", "markdown")).out).toBe("| node_id | kind |\n| ---: | --- |\n");
  });

  it("a query error exits 1 with DuckDB's message, and --output is left untouched", async () => {
    const file = join(scratch.root, "keep.csv");
    writeFileSync(file, "old\n");
    const r = await query("SELECT no_such_column FROM cpg_nodes", "--format", "csv", "--output", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^pycpg: the query failed: Binder Error: .*no_such_column/);
    expect(r.err).not.toContain("internal error");
    expect(readFileSync(file, "utf8")).toBe("old\n");
    expect(readdirSync(scratch.root).filter((f) => f.includes(".pycpg-"))).toEqual([]);
  });

  it("a query that fails while its rows stream exits 1 instead of printing a truncated result", async () => {
    const sql = "SELECT CAST(CASE WHEN i = 700000 THEN 'x' ELSE '1' END AS INTEGER) AS v FROM range(1000000) t(i)";
    const file = join(scratch.root, "partial.csv");
    const csv = await query(sql, "--format", "csv", "--output", file);
    expect(csv.code).toBe(1);
    expect(csv.err).toMatch(/the query failed after \d+ rows had been read: Conversion Error: Could not convert string 'x'/);
    expect(existsSync(file)).toBe(false);
    const table = await query(sql);
    expect(table.code).toBe(1);
    expect(table.out).toBe("");
    expect(table.err).toContain("Could not convert string 'x'");
  });

  it("SQL that ends pycpg's transaction is refused (a failure while streaming could not be seen)", async () => {
    const r = await query("COMMIT; SELECT 1 AS x", "--format", "csv");
    expect(r.code).toBe(1);
    expect(r.err).toContain("the SQL ended pycpg's transaction");
    // Other statements before the result are fine.
    const multi = await query("CREATE TABLE t AS SELECT 41 AS x; SELECT x + 1 AS y FROM t", "--format", "csv");
    expect(multi.code).toBe(0);
    expect(multi.out).toBe("y\n42\n");
  });

  it("--output replaces the file only when the query succeeds", async () => {
    const file = join(scratch.root, "replace.jsonl");
    writeFileSync(file, "old\n");
    const r = await query("SELECT 7 AS x", "--format", "jsonl", "--output", file);
    expect(r.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe('{"x":7}\n');
    const bad = await query("SELECT 1", "--output", join(scratch.root, "no-such-dir", "f.csv"));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("cannot write --output");
  });

  it("bad flags exit 2; --json is --format jsonl; SQL may start with a comment", async () => {
    const bad = await query("SELECT 1", "--format", "xml");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--format takes one of table, csv, json, jsonl, markdown");
    const rows = await query("SELECT 1", "--format", "csv", "--max-rows", "5");
    expect(rows.code).toBe(2);
    expect(rows.err).toContain("--max-rows bounds the table display");
    const mixed = await query("SELECT 1", "--json", "--format", "csv");
    expect(mixed.code).toBe(2);
    expect((await query("SELECT 1 AS one", "--json")).out).toBe('{"one":1}\n');
    const commented = await query("-- count the files\nSELECT count(*) AS files FROM cpg_nodes WHERE kind = 'FILE'", "--format", "csv");
    expect(commented.code).toBe(0);
    expect(commented.out).toBe("files\n29\n");
  });
});

describe("docs/schema.md", () => {
  const doc = readFileSync(join(ROOT, "docs", "schema.md"), "utf8");
  const examples = [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => (m[1] as string).trim());

  it("has example queries", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it("every example query runs on the sample repository's CPG and returns rows", async () => {
    for (const sql of examples) {
      const r = await query(sql, "--format", "jsonl");
      expect({ sql, code: r.code, err: r.err }).toEqual({ sql, code: 0, err: "" });
      expect({ sql, rows: r.out.split("\n").filter(Boolean).length > 0 }).toEqual({ sql, rows: true });
      const table = await query(sql);
      expect(table.code).toBe(0);
    }
  });
});

describe("formatTable", () => {
  it("measures widths in terminal cells and clips by cells", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("中文")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(clip("中文字", 4)).toBe("中…");
    expect(clip("abcdef", 4)).toBe("abc…");
    expect(clip("abc", 4)).toBe("abc");
  });

  it("narrows the widest columns to fit a terminal's width", () => {
    const rows = [["shop/very/long/path/to/a/module.py", "a.rather.long.qualified.name.of.a.function", 7]];
    const wide = formatTable(rows, ["path", "qname", "n"]);
    expect(Math.max(...wide.split("\n").map(displayWidth))).toBeGreaterThan(50);
    const fitted = formatTable(rows, ["path", "qname", "n"], { maxLineWidth: 50 });
    const lines = fitted.split("\n");
    for (const l of lines.slice(0, 3)) expect(displayWidth(l)).toBeLessThanOrEqual(50);
    expect(lines[2]).toMatch(/^shop\/very\/long.*… │ a\.rather.*… │ 7$/);
  });

  it("does not spread rows into arguments (a long column list or many rows do not overflow the stack)", () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [i]);
    const text = formatTable(rows, ["i"]);
    expect(text.endsWith("(200,000 rows)")).toBe(true);
  });
});
