/**
 * The `import_roots` section of report.json: the roots the run used (declared, with where they
 * were declared, and inferred), the notes about the configuration (a file that does not parse, a
 * root outside the repository) and one note per module name that two roots on an importer's
 * search path provide: the import system takes the first, and the report says which and what it
 * shadows, so an ambiguity is never resolved silently.
 */
import type { ImportRoot, ImportRootConfig, RootNote } from "../config/import-roots.ts";
import type { Db } from "../store/duckdb.ts";

export interface ImportRootsSection {
  roots: { dir: string; project: string; source: string }[];
  /** Roots inferred from the imports (nothing declares them). */
  inferred: string[];
  /** Notes (code, severity, path, message): configuration problems, then ambiguous module names. */
  notes: RootNote[];
  /** Number of ambiguous module names (notes shows at most MAX_AMBIGUITY_NOTES of them). */
  ambiguous_modules: number;
}

const MAX_AMBIGUITY_NOTES = 50;

/** The section for a run whose module_index and import_modules views are bound. */
export async function importRootsSection(db: Db, config: ImportRootConfig): Promise<ImportRootsSection> {
  const declared = new Set(config.roots.map((r) => r.dir));
  const inferred = (await db.rows<{ dir: string }>("SELECT DISTINCT unnest(search_path[2:]) AS dir FROM module_index ORDER BY 1"))
    .map((r) => r.dir)
    .filter((d) => !declared.has(d) && d !== "" && d !== "src" && d !== "..");
  const rows = await db.rows<{ module: string; chosen: string; shadowed: string[]; importers: string; example: string }>(`
    WITH mi AS (SELECT file_id, path, module, root, search_path, importable FROM module_index),
    provided AS (SELECT module, root, min(path) AS path FROM mi WHERE importable AND module <> '' GROUP BY ALL),
    multi AS (SELECT module FROM provided GROUP BY module HAVING count(*) > 1),
    res AS (
      SELECT im.file_id, im.module, tf.path AS chosen, tf.root AS chosen_root
      FROM import_modules im JOIN mi tf ON tf.file_id = im.target_file_id
      WHERE im.target_kind = 'MODULE' AND im.module IN (SELECT module FROM multi)
    )
    SELECT r.module, r.chosen, list(DISTINCT p.path ORDER BY p.path) AS shadowed, count(DISTINCT r.file_id) AS importers, min(f.path) AS example
    FROM res r JOIN mi f ON f.file_id = r.file_id
    JOIN provided p ON p.module = r.module AND p.root <> r.chosen_root AND list_contains(f.search_path, p.root)
    GROUP BY r.module, r.chosen
    ORDER BY r.module, r.chosen`);
  const ambiguity: RootNote[] = rows.slice(0, MAX_AMBIGUITY_NOTES).map((r) => ({
    code: "ambiguous-module",
    severity: "note",
    path: r.chosen,
    message: `module ${r.module} is provided by more than one import root: ${Number(r.importers)} importer(s) (e.g. ${r.example}) resolve it to ${r.chosen}, first on their search path, over ${[...r.shadowed].join(", ")}`,
  }));
  return {
    roots: config.roots.map((r: ImportRoot) => ({ dir: r.dir, project: r.project, source: r.source })),
    inferred,
    notes: [...config.notes, ...ambiguity],
    ambiguous_modules: rows.length,
  };
}
