/**
 * `pycpg query`: DuckDB over the published CPG, with views cpg_nodes, cpg_edges, cpg_props, and
 * the last run's snapshot and diff_report when they were published.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PUBLISHED } from "../cpg/cpg-tables.ts";
import { publishedRelation } from "../publish/publish-outputs.ts";
import { RUN_TABLES } from "../publish/run-tables.ts";
import { openDb } from "../store/duckdb.ts";
import { sqlIdent } from "../store/sql.ts";
import { UserError } from "../util/errors.ts";

export interface QueryResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

export async function runQuery(outDir: string, sql: string): Promise<QueryResult> {
  // Each table is published as a folder of Parquet files (publish/publish-outputs.ts).
  const missing = PUBLISHED.filter((t) => !existsSync(join(outDir, t.name)));
  if (missing.length > 0) {
    throw new UserError(`no published CPG in ${outDir} (missing ${missing.map((t) => `${t.name}/`).join(", ")}); run \`pycpg build --out ${outDir}\` first`);
  }
  const db = await openDb();
  try {
    for (const t of PUBLISHED) await db.exec(`CREATE VIEW ${sqlIdent(t.name)} AS SELECT * FROM ${publishedRelation(outDir, t.name)}`);
    for (const name of RUN_TABLES)
      if (existsSync(join(outDir, name))) await db.exec(`CREATE VIEW ${sqlIdent(name)} AS SELECT * FROM ${publishedRelation(outDir, name)}`);
    let reader: Awaited<ReturnType<typeof db.con.runAndReadAll>>;
    try {
      reader = await db.con.runAndReadAll(sql);
    } catch (err) {
      throw new UserError(`the query failed: ${(err as Error).message}`);
    }
    return { columns: reader.columnNames(), rows: reader.getRowObjectsJson() as Record<string, unknown>[] };
  } finally {
    db.close();
  }
}
