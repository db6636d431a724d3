/**
 * The impact closure: which files must have their relationship rules and CPG rows recomputed
 * after a change. Sound first: it may recompute more than needed, never less.
 *
 * Seeds are the files whose content changed (added, modified, renamed, deleted) and the files
 * whose module identity changed (an __init__.py appearing or disappearing renames the modules
 * below it). The seeds' module names, before and after, are "affected". A file is impacted when
 * one of its imports (in the previous or the new state) may resolve through an affected module:
 *   - `import a.b.c` binds `a`, so any module in the package tree of `a` may be reached through
 *     attribute chains: affected when the module is `a` or below it;
 *   - `import a.b.c as x` binds the module a.b.c: affected when the module is a.b.c or below it,
 *     or is exactly a or a.b (the import loads its parent packages, and the resolver records them);
 *   - `from X import n`: affected when the module is X (n may be bound there) or X.n or below it;
 *   - `from X import *`: affected when the module is X.
 * Some names the resolver looks up are no file's module name: the repository's top-level names
 * (an import under a name that is not one is external, else unresolved when nothing matches) and
 * PEP 420 namespace packages (a prefix of module names without a file of its own). When one
 * appears or disappears, the imports under a changed top-level name, and the imports of a changed
 * namespace (as if it were a module), are impacted too.
 * An impacted file's own module becomes affected in turn, to a fixpoint: the resolver follows
 * re-exports, star imports and base classes through any number of modules.
 *
 * Relative imports are made absolute against the importer's module name, so the closure needs
 * only the extracted imports and the module index (old and new), not the resolver's output.
 */
import type { Db } from "../store/duckdb.ts";

export interface ImpactedFile {
  readonly file_id: string;
  readonly path: string;
  readonly reasons: string[];
}

export interface ImpactSeed {
  readonly file_id: string;
  readonly reason: string;
  /**
   * Whether the seed's modules become affected. False for a file whose content changed but whose
   * interface did not (module-interface.ts): its importers resolve as before (early cutoff). The
   * seed itself is still recomputed, and it propagates after all if it imports an affected module.
   */
  readonly propagates: boolean;
}

/** SQL: (file_id, key, exact) dependency keys of every import of `imports` (see the module doc). */
function importKeys(imports: string, modules: string): string {
  return `
    WITH i AS (
      SELECT i.file_id, i.import_kind, i.module, i.name, i.alias, i.level, i.is_star, m.module AS importer, m.is_package
      FROM ${imports} i JOIN ${modules} m USING (file_id)
    ),
    abs AS (
      SELECT *,
        CASE
          WHEN level = 0 THEN module
          ELSE concat_ws('.',
                 nullif(array_to_string(string_split(importer, '.')[1:greatest(len(string_split(importer, '.')) - (level - CASE WHEN is_package THEN 1 ELSE 0 END), 0)], '.'), ''),
                 nullif(module, ''))
        END AS target
      FROM i
    )
    SELECT file_id, split_part(target, '.', 1) AS key, false AS exact FROM abs WHERE import_kind = 'import' AND alias IS NULL
    UNION SELECT file_id, target, false FROM abs WHERE import_kind = 'import' AND alias IS NOT NULL
    UNION SELECT file_id, array_to_string(string_split(target, '.')[1:k.k], '.'), true
          FROM abs, LATERAL (SELECT unnest(range(1, len(string_split(target, '.')))) AS k) k WHERE import_kind = 'import' AND alias IS NOT NULL
    UNION SELECT file_id, target, true FROM abs WHERE import_kind = 'from' AND target <> ''
    UNION SELECT file_id, concat_ws('.', nullif(target, ''), name), false FROM abs WHERE import_kind = 'from' AND NOT is_star`;
}

/** The top-level names and the namespace packages that exist on one side of the change only. */
async function structuralNames(db: Db): Promise<{ tops: string[]; namespaces: string[] }> {
  const rows = await db.rows<{ module: string; side: string }>(
    "SELECT DISTINCT module, 'new' AS side FROM module_index WHERE importable AND module <> '' UNION SELECT DISTINCT module, 'old' FROM old_module_index WHERE importable AND module <> ''",
  );
  const of = (side: string) => {
    const mods = new Set(rows.filter((r) => r.side === side).map((r) => r.module));
    const tops = new Set<string>();
    const namespaces = new Set<string>();
    for (const m of mods) {
      const p = prefixes(m);
      tops.add(p[0] as string);
      for (const q of p.slice(0, -1)) if (!mods.has(q)) namespaces.add(q);
    }
    return { tops, namespaces };
  };
  const [a, b] = [of("old"), of("new")];
  const symDiff = (x: Set<string>, y: Set<string>) => [...[...x].filter((v) => !y.has(v)), ...[...y].filter((v) => !x.has(v))].sort();
  return { tops: symDiff(a.tops, b.tops), namespaces: symDiff(a.namespaces, b.namespaces) };
}

function prefixes(module: string): string[] {
  const parts = module.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}

/**
 * Computes the impacted files (seeds included). Expects relations `py_imports`, `module_index`,
 * `py_files` (new state) and `old_py_imports`, `old_module_index`, `old_py_files` (previous state).
 */
export async function computeImpact(db: Db, seeds: readonly ImpactSeed[]): Promise<ImpactedFile[]> {
  const keys = await db.rows<{ file_id: string; key: string; exact: boolean }>(
    `SELECT CAST(file_id AS VARCHAR) AS file_id, key, exact FROM ((${importKeys("py_imports", "module_index")}) UNION (${importKeys("old_py_imports", "old_module_index")})) WHERE key IS NOT NULL AND key <> ''`,
  );
  const modules = await db.rows<{ file_id: string; module: string }>(
    "SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, module FROM (SELECT file_id, module FROM module_index UNION SELECT file_id, module FROM old_module_index) WHERE module IS NOT NULL AND module <> ''",
  );
  const paths = new Map(
    (
      await db.rows<{ file_id: string; path: string }>(
        "SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, path FROM (SELECT file_id, path FROM old_py_files UNION SELECT file_id, path FROM py_files)",
      )
    ).map((r) => [r.file_id, r.path]),
  );
  const subtree = new Map<string, Set<string>>();
  const exact = new Map<string, Set<string>>();
  for (const k of keys) {
    const index = k.exact ? exact : subtree;
    let s = index.get(k.key);
    if (!s) index.set(k.key, (s = new Set()));
    s.add(k.file_id);
  }
  const modulesOf = new Map<string, string[]>();
  for (const m of modules) modulesOf.set(m.file_id, [...(modulesOf.get(m.file_id) ?? []), m.module]);

  const reasons = new Map<string, Set<string>>();
  const addReason = (f: string, r: string) => {
    let s = reasons.get(f);
    if (!s) reasons.set(f, (s = new Set()));
    s.add(r);
  };
  for (const s of seeds) addReason(s.file_id, s.reason);
  const seedIds = new Set(seeds.map((s) => s.file_id));
  // `seen`: files whose modules are (or will be) affected.
  let frontier = [...new Set(seeds.filter((s) => s.propagates).map((s) => s.file_id))];
  const seen = new Set(frontier);
  const hit = (h: string, why: string) => {
    addReason(h, why);
    if (!seen.has(h)) {
      seen.add(h);
      frontier.push(h);
    }
  };
  const structure = await structuralNames(db);
  for (const t of structure.tops)
    for (const index of [exact, subtree])
      for (const [k, files] of index)
        if (k === t || k.startsWith(`${t}.`)) for (const h of files) hit(h, `imports under ${t} (top-level name added or removed)`);
  for (const n of structure.namespaces) {
    const why = `imports ${n} (namespace package added or removed)`;
    for (const h of exact.get(n) ?? []) hit(h, why);
    for (const p of prefixes(n)) for (const h of subtree.get(p) ?? []) hit(h, why);
  }
  const affectedDone = new Set<string>();
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const f of frontier) {
      for (const m of modulesOf.get(f) ?? []) {
        if (affectedDone.has(m)) continue;
        affectedDone.add(m);
        const why = seedIds.has(f) ? `imports ${m} (changed)` : `imports ${m} (impacted)`;
        const hits = new Set<string>(exact.get(m) ?? []);
        for (const p of prefixes(m)) for (const x of subtree.get(p) ?? []) hits.add(x);
        for (const h of hits) {
          if (h === f) continue;
          addReason(h, why);
          if (!seen.has(h)) {
            seen.add(h);
            next.push(h);
          }
        }
      }
    }
    frontier = next;
  }
  return [...reasons.entries()]
    .map(([file_id, r]) => ({ file_id, path: paths.get(file_id) ?? "", reasons: [...r].sort() }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
