/**
 * The `import_roots` table the module_index rule reads: the declared import roots of the run
 * (config/import-roots.ts), one row per (project, root). Like `file_allowlist`, it is a
 * table of the run's database rather than a dataset: it is a function of a handful of
 * configuration files, recomputed on every run and kept in the manifest's meta, where the next
 * run compares it (a change re-runs the module index, and every file whose module name or search
 * path moved is impacted).
 */
import type { ImportRoot } from "../config/import-roots.ts";
import type { Db } from "../store/duckdb.ts";
import { sqlString } from "../store/sql.ts";

export async function bindImportRoots(db: Db, roots: readonly ImportRoot[]): Promise<void> {
  await db.exec("CREATE OR REPLACE TABLE import_roots (project VARCHAR, dir VARCHAR, ord INTEGER, source VARCHAR)");
  if (roots.length > 0)
    await db.exec(
      `INSERT INTO import_roots VALUES ${roots.map((r) => `(${sqlString(r.project)}, ${sqlString(r.dir)}, ${r.ord}, ${sqlString(r.source)})`).join(", ")}`,
    );
}
