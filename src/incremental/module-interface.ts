/**
 * A module's syntactic interface: everything another file can see of it by name, and nothing
 * else, keyed by name so that a change says *which* names changed (the impact closure,
 * impact.ts, propagates names, not modules). A change that leaves every key as it was (a
 * function body, a comment, a default value) does not propagate at all: the build systems'
 * early cutoff.
 *
 * One fingerprint per key and file:
 *   - `N|<name>`: every module-scope binding of the name, in order: binding kind, its rank among the
 *     name's bindings, the target (a definition's kind + local qualified name + ordinal, or an
 *     import's kind, the module it names made absolute (a relative import resolved against the
 *     file's package, as import_modules does: rewriting `from .a import x` as `from pkg.a import
 *     x` changes nothing for importers) and name, or else, for a variable, the id of the NAME_REF that
 *     stores it, which importers resolve the name to). No byte offset is part
 *     of it (schema v2 ids are position-independent), so an edit that only shifts text (a line
 *     added in a function above a class) leaves it unchanged;
 *   - `O|<name>`: the module-scope star imports after the name's last binding (the absolute
 *     modules they name, in order), for a name with any: the last binding wins and a star import
 *     binds at its own position, so one after it may rebind the name, one before cannot. Apart
 *     from `N|` because a star import added or removed changes it for every name bound above it,
 *     which the `S` key already covers (every name the star sources export changes); the closure
 *     reads `O|` only when `S` did not change (a binding moved across a star import);
 *   - `K|<class local qname>`: a class's kind, ordinal, bases text and decorators (its MRO and
 *     its identity);
 *   - `C|<class local qname>|<name>`: every binding of the name in the class body, as for `N`
 *     (class members);
 *   - `S`: the module-scope star imports (the absolute module each names), in order;
 *   - `A`: how `__all__` is defined and its literal entries, in order (the public names);
 *   - `X`: the file's module-index row, whether it has a MODULE node (what an import of the module
 *     resolves to) and, for each top-level name its imports look up, the roots on its search path
 *     that provide it, in order (what the names it imports, and so re-exports, resolve through:
 *     import roots that move change it; a search-path change that moves none of them does not);
 *   - `T|<function local qname>`: what the type rules read of a function from other files: its
 *     decorators (property, staticmethod, classmethod), parameter names and annotations, and
 *     return annotation;
 *   - `I|<class local qname>|<x>`: what they read of a class's instance or annotated attribute x:
 *     every simple assignment to `self.x` in its methods and to x in its body (target,
 *     annotation, value kind and text), the id of the first `self.x` store (the ATTRIBUTE
 *     node other files' references point to; no span, schema v2) and how many `self.x` stores
 *     its methods other than static and class methods make (a tuple target, an augmented
 *     assignment or a `for` target among them makes the type unknown).
 * Classes and bindings inside functions (`<locals>`) are not visible to other files and are not
 * part of it. Function bodies (beyond the facts `I` lists), local variables and expressions are
 * not part of it.
 */
import type { Db } from "../store/duckdb.ts";
import { fileIdList, fileIdRows } from "../store/sql.ts";

/**
 * Up to this many files, their ids are literals in the interface query. DuckDB pushes a literal
 * list into the Parquet scans (with a subquery, `IN (SELECT ...)`, every table was read whole:
 * 130 ms for one file on Django), but the time to plan it grows with its length (20 filters of
 * 500 ids took 120 ms, of 2,000 ids 520 ms): more files go through a table.
 */
export const LITERAL_IDS_MAX = 200;

/**
 * SQL: (file_id, key, fp) for the files `ids` selects (a literal list or a subquery of file ids,
 * as in `file_id IN (<ids>)`), over tables with `prefix`. Every per-file table is read once
 * through a CTE with that filter.
 */
export function interfaceRowsSql(prefix: string, ids: string, fileRows?: (table: string) => string | null): string {
  // The files' own rows of a table (`f_<table>`); `module_index_all` is the whole module index.
  const t = (name: string) => (name === "module_index_all" ? `${prefix}module_index` : `f_${name}`);
  const perFile = ["py_imports", "py_defs", "py_bindings", "py_decorators", "py_exports", "py_files", "py_params", "py_types", "py_attributes", "module_index"];
  const own = (n: string) => fileRows?.(n) ?? `(SELECT * FROM ${prefix}${n} WHERE file_id IN (${ids}))`;
  return `
    WITH ${perFile.map((n) => `f_${n} AS (SELECT * FROM ${own(n)})`).join(",\n    ")},
    lookup_tops AS (
      -- the top-level names the file's imports look up (absolute ones, and its own package's for relative ones)
      SELECT DISTINCT file_id, split_part(module, '.', 1) AS top FROM ${t("py_imports")}
      WHERE level = 0 AND coalesce(module, '') <> ''
      UNION SELECT file_id, split_part(module, '.', 1) FROM ${t("module_index")} WHERE coalesce(module, '') <> ''
    ),
    lookup AS (
      -- for each such name, the roots on the file's search path that provide it, in order: what
      -- its imports resolve through (a change of search path that moves none of them is no change)
      SELECT file_id, string_agg(top || '=' || providers, ';' ORDER BY top) AS sig
      FROM (
        SELECT l.file_id, l.top, array_to_string(list(p.root ORDER BY list_position(m.search_path, p.root)), ':') AS providers
        FROM lookup_tops l
        JOIN ${t("module_index")} m USING (file_id)
        JOIN (SELECT DISTINCT split_part(module, '.', 1) AS top, root FROM ${t("module_index_all")} WHERE importable AND module <> '') p
          ON p.top = l.top AND list_contains(m.search_path, p.root)
        GROUP BY ALL
      )
      GROUP BY file_id
    ),
    scopes AS (
      SELECT node_id, file_id, kind, local_qname FROM ${t("py_defs")}
      WHERE kind IN ('MODULE', 'CLASS') AND local_qname NOT LIKE '%<locals>%'
    ),
    imps AS (
      -- every import with the module it names made absolute the way import_modules does (a
      -- relative one against the file's package): from .a import x in pkg/b.py and
      -- from pkg.a import x are the same import to the resolver, so the same to importers.
      -- One above the top-level package keeps its level and text.
      SELECT i.*, coalesce(CASE WHEN i.level = 0 THEN coalesce(i.module, '')
                                WHEN len(x.pkg) - (i.level - 1) >= 1
                                THEN concat_ws('.', array_to_string(x.pkg[1:len(x.pkg) - (i.level - 1)], '.'), nullif(i.module, '')) END,
                           i.level || ':' || coalesce(i.module, '')) AS target
      FROM ${t("py_imports")} i
      LEFT JOIN (SELECT file_id, CASE WHEN is_package THEN string_split(module, '.') ELSE string_split(module, '.')[1:-2] END AS pkg
                 FROM ${t("module_index")}) x USING (file_id)
    ),
    stars AS (
      SELECT i.file_id, i.bstart, i.target
      FROM imps i JOIN scopes s ON s.node_id = i.scope_id AND s.file_id = i.file_id AND s.kind = 'MODULE'
      WHERE i.is_star
    ),
    bindings AS (
      SELECT b.*, max(b.bstart) OVER (PARTITION BY b.file_id, b.scope_id, b.name) AS last_bstart FROM ${t("py_bindings")} b
    ),
    rows AS (
      SELECT b.file_id,
             CASE WHEN s.kind = 'MODULE' THEN 'N|' || b.name ELSE 'C|' || s.local_qname || '|' || b.name END AS key,
             b.binding_kind || '|' ||
             row_number() OVER (PARTITION BY b.file_id, b.scope_id, b.name ORDER BY b.bstart, b.binding_kind) || '|' ||
             coalesce(d.kind || ':' || d.local_qname || ':' || d.ordinal,
                      i.import_kind || ':' || i.target || ':' || coalesce(i.name, ''),
                      -- any other binding (a variable): importers resolve the name to the NAME_REF
                      -- storing it, which is the binding's target (an id made of the scope, the
                      -- name and the ordinal among its stores: no span, schema v2)
                      'v:' || coalesce(CAST(b.target_id AS VARCHAR), '')) AS v
      FROM bindings b
      JOIN scopes s ON s.node_id = b.scope_id AND s.file_id = b.file_id
      LEFT JOIN ${t("py_defs")} d ON d.node_id = b.target_id AND d.file_id = b.file_id
      LEFT JOIN imps i ON i.node_id = b.target_id AND i.file_id = b.file_id
      UNION ALL
      SELECT b.file_id, 'O|' || b.name, string_agg(x.target, ';' ORDER BY x.bstart)
      FROM (SELECT DISTINCT b.file_id, b.name, b.last_bstart FROM bindings b
            JOIN scopes s ON s.node_id = b.scope_id AND s.file_id = b.file_id AND s.kind = 'MODULE') b
      JOIN stars x ON x.file_id = b.file_id AND x.bstart > b.last_bstart
      GROUP BY b.file_id, b.name
      UNION ALL
      SELECT file_id, 'S', string_agg(target, ';' ORDER BY bstart) FROM stars GROUP BY file_id
      UNION ALL
      SELECT d.file_id, 'K|' || d.local_qname, d.kind || '|' || d.ordinal || '|' || coalesce(d.bases, '') || '|' ||
             coalesce((SELECT string_agg(x.expr, ';' ORDER BY x.ordinal) FROM ${t("py_decorators")} x WHERE x.def_id = d.node_id AND x.file_id = d.file_id), '')
      FROM ${t("py_defs")} d
      WHERE d.kind = 'CLASS' AND d.local_qname NOT LIKE '%<locals>%'
      UNION ALL
      SELECT f.file_id, 'A', coalesce(f.all_kind, '') || '|' ||
             coalesce((SELECT string_agg(e.ordinal || ':' || e.name, ';' ORDER BY e.ordinal) FROM ${t("py_exports")} e WHERE e.file_id = f.file_id), '')
      FROM ${t("py_files")} f
      UNION ALL
      SELECT f.file_id, 'T|' || f.local_qname,
             'd:' || coalesce((SELECT string_agg(x.expr, ';' ORDER BY x.ordinal) FROM ${t("py_decorators")} x WHERE x.def_id = f.node_id AND x.file_id = f.file_id), '') ||
             '|p:' || coalesce((SELECT string_agg(p.name || ':' || p.param_kind || ':' || coalesce(p.annotation, ''), ';' ORDER BY p.ordinal) FROM ${t("py_params")} p WHERE p.def_id = f.node_id AND p.file_id = f.file_id), '') ||
             '|r:' || coalesce((SELECT string_agg(r.annotation, ';') FROM ${t("py_types")} r WHERE r.scope_id = f.node_id AND r.file_id = f.file_id AND r.kind = 'return'), '')
      FROM ${t("py_defs")} f
      WHERE f.kind = 'FUNCTION' AND f.local_qname NOT LIKE '%<locals>%'
      UNION ALL
      SELECT c.file_id, 'I|' || c.local_qname || '|' || CASE WHEN f.kind = 'CLASS' THEN t.target ELSE split_part(t.target, '.', 2) END,
             'a:' || t.target || '|' || coalesce(t.annotation, '') || '|' || coalesce(t.value_kind, '') || '|' || coalesce(t.value_text, '')
      FROM ${t("py_types")} t
      JOIN ${t("py_defs")} f ON f.node_id = t.scope_id AND f.file_id = t.file_id
      JOIN ${t("py_defs")} c ON c.node_id = CASE WHEN f.kind = 'CLASS' THEN f.node_id ELSE f.parent_id END AND c.file_id = f.file_id AND c.kind = 'CLASS'
      WHERE t.kind = 'assign' AND c.local_qname NOT LIKE '%<locals>%'
        AND (f.kind = 'CLASS' OR strpos(t.target, '.') > 0)
      UNION ALL
      SELECT c.file_id, 'I|' || c.local_qname || '|' || a.attr,
             's:' || a.attr || '@' || CAST(arg_min(a.node_id, a.bstart) AS VARCHAR) || '#' || count(*)
      FROM ${t("py_attributes")} a
      JOIN ${t("py_defs")} f ON f.node_id = a.scope_id AND f.file_id = a.file_id AND f.kind = 'FUNCTION'
      JOIN ${t("py_defs")} c ON c.node_id = f.parent_id AND c.file_id = f.file_id AND c.kind = 'CLASS'
      WHERE a.ctx = 'store' AND c.local_qname NOT LIKE '%<locals>%'
        AND a.receiver = (SELECT p.name FROM ${t("py_params")} p WHERE p.def_id = f.node_id AND p.file_id = f.file_id AND p.ordinal = 0)
        AND NOT EXISTS (SELECT 1 FROM ${t("py_decorators")} x WHERE x.def_id = f.node_id AND x.file_id = f.file_id AND x.expr IN ('staticmethod', 'classmethod'))
      GROUP BY c.file_id, c.local_qname, a.attr
      UNION ALL
      SELECT m.file_id, 'X', coalesce(m.module, '') || '|' || m.is_package || '|' || m.importable || '|' || coalesce(m.root, '') || '|' ||
             coalesce(lk.sig, '') || '|' ||
             EXISTS (SELECT 1 FROM ${t("py_defs")} d WHERE d.file_id = m.file_id AND d.kind = 'MODULE')
      FROM ${t("module_index")} m LEFT JOIN lookup lk USING (file_id)
    )
    SELECT CAST(file_id AS VARCHAR) AS file_id, key, md5(string_agg(v, chr(10) ORDER BY v)) AS fp FROM rows GROUP BY file_id, key`;
}

/** A key of a file's interface whose fingerprint differs between the previous and the current state. */
export interface InterfaceChange {
  readonly file_id: string;
  /** `N|name`, `O|name`, `K|Cls`, `C|Cls|name`, `S`, `A`, `X`, `T|fn` or `I|Cls|name` (see the module doc). */
  readonly key: string;
}

/**
 * A relation over the rows of `fileIds` in one dataset of the current state (`side` "") or of the
 * previous one ("old_"), reading only the files that can hold them; null: read the view (also
 * for more than LITERAL_IDS_MAX files).
 */
export type FileRowsOf = (side: "" | "old_", table: string, fileIds: readonly string[]) => string | null;

export interface InterfaceChangesOptions {
  /** Up to how many files the ids are literals (tests set it to compare both ways). */
  readonly literalIdsMax?: number;
  /**
   * The files' rows of a dataset, for the literal way: the store's reader narrowed to their
   * buckets (a view reads every bucket file of its dataset: 64 per table on the 13k-file corpus).
   */
  readonly fileRows?: FileRowsOf;
}

/**
 * The keys of the interfaces of `fileIds` that differ between the previous state (`old_*` views)
 * and the current one (plain views). A file present on one side only differs in every key.
 */
export async function interfaceChanges(db: Db, fileIds: readonly string[], opts: InterfaceChangesOptions = {}): Promise<InterfaceChange[]> {
  if (fileIds.length === 0) return [];
  let ids: string;
  let rowsOf: ((side: "" | "old_") => (table: string) => string | null) | undefined;
  if (fileIds.length <= (opts.literalIdsMax ?? LITERAL_IDS_MAX)) {
    ids = fileIdList(fileIds);
    const fileRows = opts.fileRows;
    if (fileRows) rowsOf = (side) => (table) => fileRows(side, table, fileIds);
  } else {
    await db.exec(`CREATE OR REPLACE TABLE _iface_files AS ${fileIdRows(fileIds)}`);
    ids = "SELECT file_id FROM _iface_files";
  }
  return db.rows<InterfaceChange>(`
    SELECT coalesce(n.file_id, o.file_id) AS file_id, coalesce(n.key, o.key) AS key
    FROM (${interfaceRowsSql("", ids, rowsOf?.(""))}) n
    FULL OUTER JOIN (${interfaceRowsSql("old_", ids, rowsOf?.("old_"))}) o USING (file_id, key)
    WHERE n.fp IS DISTINCT FROM o.fp
    ORDER BY 1, 2`);
}
