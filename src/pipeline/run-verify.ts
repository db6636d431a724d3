/**
 * `pycpg verify`: rebuilds the repository fully into a temporary state and compares every
 * published table with the one in the output directory, as multisets of rows. The answer to
 * "is this incremental result what a full build would give?".
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BuildOptions, makeBuildOptions } from "../config/build-options.ts";
import { PUBLISHED } from "../cpg/cpg-tables.ts";
import { publishedRelation } from "../publish/publish-outputs.ts";
import { openDb } from "../store/duckdb.ts";
import { parquetRelation } from "../store/sql.ts";
import { UserError } from "../util/errors.ts";
import type { Progress } from "../util/progress.ts";
import { runBuild } from "./run-build.ts";
import { SCIP_OUTPUTS } from "./scip-report.ts";

export interface TableDifference {
  table: string;
  /** Rows in the output but not in the full rebuild. */
  extra: number;
  /** Rows of the full rebuild missing from the output. */
  missing: number;
  /** Per file (path), the same counts; at most 50 files. */
  files: { path: string; extra: number; missing: number }[];
}

export interface VerifyResult {
  equal: boolean;
  tables: TableDifference[];
}

/** Compares two published output directories table by table. */
export async function compareOutputs(actualOut: string, expectedOut: string): Promise<VerifyResult> {
  const db = await openDb();
  try {
    const tables: TableDifference[] = [];
    // the SCIP layer's tables, when either side published them
    const scip = SCIP_OUTPUTS.filter((t) => existsSync(join(expectedOut, t.name)) || existsSync(join(actualOut, t.name)));
    for (const spec of [...PUBLISHED, ...scip]) {
      const rel = (dir: string) => (existsSync(join(dir, spec.name)) ? publishedRelation(dir, spec.name) : parquetRelation([], spec.columns));
      const a = rel(actualOut);
      const e = rel(expectedOut);
      const part = spec.partitionColumn;
      const rows = await db.rows<{ path: string | null; extra: string; missing: string }>(`
        WITH extra AS (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${e}),
             missing AS (SELECT * FROM ${e} EXCEPT ALL SELECT * FROM ${a}),
             paths AS (SELECT DISTINCT file_id, path FROM ${publishedRelation(expectedOut, "cpg_nodes")} WHERE kind = 'FILE'
                       UNION SELECT DISTINCT file_id, path FROM ${publishedRelation(actualOut, "cpg_nodes")} WHERE kind = 'FILE'),
             d AS (SELECT ${part} AS f, 1 AS x, 0 AS m FROM extra UNION ALL SELECT ${part}, 0, 1 FROM missing)
        SELECT any_value(p.path) AS path, sum(x) AS extra, sum(m) AS missing
        FROM d LEFT JOIN paths p ON p.file_id = d.f
        GROUP BY d.f ORDER BY path`);
      const files = rows.map((r) => ({ path: r.path ?? "(global)", extra: Number(r.extra), missing: Number(r.missing) }));
      tables.push({
        table: spec.name,
        extra: files.reduce((n, f) => n + f.extra, 0),
        missing: files.reduce((n, f) => n + f.missing, 0),
        files: files.slice(0, 50),
      });
    }
    return { equal: tables.every((t) => t.extra === 0 && t.missing === 0), tables };
  } finally {
    db.close();
  }
}

/** Rebuilds `options.repo` fully in a temporary directory and compares with `options.out`. */
export async function runVerify(options: BuildOptions, progress: Progress): Promise<VerifyResult> {
  if (!existsSync(join(options.out, "cpg_nodes"))) {
    throw new UserError(`there is no published CPG in ${options.out} to verify; run \`pycpg build\` first`);
  }
  const work = mkdtempSync(join(tmpdir(), "pycpg-verify-"));
  try {
    const full = makeBuildOptions({ ...options, state: join(work, "state"), out: join(work, "out"), full: true });
    await runBuild(full, { progress });
    return await compareOutputs(options.out, full.out);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
