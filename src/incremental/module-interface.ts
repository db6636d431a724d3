/**
 * A module's syntactic interface: everything another file can see of it by name, and nothing
 * else. Two files whose interface hashes are equal resolve the same for every importer, so a
 * change that leaves a module's interface as it was (a function body, a comment, a default value)
 * does not propagate to its importers: the build systems' early cutoff.
 *
 * The interface of a file is the sorted list of:
 *   - its module-scope and class-scope bindings: scope, name, binding kind, the order of bindings of
 *     the same name, and the target (a definition's kind + local qualified name + ordinal, or an
 *     import's kind, level, module and name, or else, for a variable, its span: importers resolve
 *     it to the NAME_REF that stores it, and a NAME_REF's id is made of its span);
 *   - its module-scope star imports (they bind names without a binding row);
 *   - each class's and function's bases text and decorator expressions (they decide what a name
 *     bound to them is: a property, a static method, a subclass);
 *   - `__all__` (its kind and literal entries) and the file's module-index row.
 * Function bodies, parameters, local variables and expressions are not part of it.
 */
import type { Db } from "../store/duckdb.ts";

/** SQL: (file_id, iface) for the files in `files` (a relation with file_id), over tables with `prefix`. */
export function interfaceSql(prefix: string, files: string): string {
  const t = (name: string) => `${prefix}${name}`;
  return `
    WITH scopes AS (
      SELECT node_id, file_id, kind, local_qname FROM ${t("py_defs")}
      WHERE file_id IN (SELECT file_id FROM ${files}) AND kind IN ('MODULE', 'CLASS')
    ),
    rows AS (
      SELECT b.file_id,
             'B|' || s.local_qname || '|' || b.name || '|' || b.binding_kind || '|' ||
             row_number() OVER (PARTITION BY b.file_id, b.scope_id, b.name ORDER BY b.bstart, b.binding_kind) || '|' ||
             coalesce(d.kind || ':' || d.local_qname || ':' || d.ordinal,
                      i.import_kind || ':' || i.level || ':' || coalesce(i.module, '') || ':' || coalesce(i.name, ''),
                      -- any other binding (a variable): importers resolve the name to the NAME_REF
                      -- storing it, whose id is its span
                      '@' || b.bstart || ':' || b.bend) AS r
      FROM ${t("py_bindings")} b
      JOIN scopes s ON s.node_id = b.scope_id
      LEFT JOIN ${t("py_defs")} d ON d.node_id = b.target_id AND d.file_id = b.file_id
      LEFT JOIN ${t("py_imports")} i ON i.node_id = b.target_id AND i.file_id = b.file_id
      UNION ALL
      SELECT i.file_id, 'S|' || i.level || '|' || i.module
      FROM ${t("py_imports")} i JOIN scopes s ON s.node_id = i.scope_id AND s.kind = 'MODULE'
      WHERE i.is_star
      UNION ALL
      SELECT d.file_id, 'D|' || d.kind || '|' || d.local_qname || '|' || d.ordinal || '|' || coalesce(d.bases, '') || '|' ||
             coalesce((SELECT string_agg(x.expr, ';' ORDER BY x.ordinal) FROM ${t("py_decorators")} x WHERE x.def_id = d.node_id AND x.file_id = d.file_id), '')
      FROM ${t("py_defs")} d
      WHERE d.file_id IN (SELECT file_id FROM ${files}) AND d.kind IN ('CLASS', 'FUNCTION') AND d.local_qname NOT LIKE '%<locals>%'
      UNION ALL
      SELECT file_id, 'A|' || ordinal || '|' || name FROM ${t("py_exports")} WHERE file_id IN (SELECT file_id FROM ${files})
      UNION ALL
      SELECT file_id, 'F|' || coalesce(all_kind, '') || '|' || coalesce(status, '') FROM ${t("py_files")} WHERE file_id IN (SELECT file_id FROM ${files})
      UNION ALL
      SELECT file_id, 'M|' || coalesce(module, '') || '|' || is_package || '|' || importable FROM ${t("module_index")} WHERE file_id IN (SELECT file_id FROM ${files})
    )
    SELECT CAST(file_id AS VARCHAR) AS file_id, md5(string_agg(r, chr(10) ORDER BY r)) AS iface FROM rows GROUP BY file_id`;
}

/**
 * The files of `fileIds` whose interface differs between the previous state (`old_*` views)
 * and the current one (plain views). A file present on one side only counts as changed.
 */
export async function changedInterfaces(db: Db, fileIds: readonly string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  await db.exec(`CREATE OR REPLACE TEMP TABLE _iface_files AS SELECT CAST(unnest([${fileIds.map((f) => `'${f}'`).join(", ")}]) AS BIGINT) AS file_id`);
  const rows = await db.rows<{ file_id: string }>(`
    SELECT coalesce(n.file_id, o.file_id) AS file_id
    FROM (${interfaceSql("", "_iface_files")}) n
    FULL OUTER JOIN (${interfaceSql("old_", "_iface_files")}) o USING (file_id)
    WHERE n.iface IS DISTINCT FROM o.iface`);
  return new Set(rows.map((r) => r.file_id));
}
