/**
 * The impact closure: which files must have their relationship rules and CPG rows recomputed
 * after a change. Sound first: it may recompute more than needed, never less. It is name-level:
 * what propagates is "name n of module M changed", not "module M changed".
 *
 * What another file can read of a module is its interface (module-interface.ts: its module- and
 * class-level bindings, class bases, star imports, `__all__`, its module-index row). A change is
 * (M, n, leaves): name n of module M changed; `leaves` null when the value n resolves to
 * changed (another target, kind, qname or confidence, or n appeared or disappeared), else the
 * attribute names below n whose values changed (n is a module or a class that still resolves the
 * same, but `n.x` does not: its member x changed, or a submodule x appeared). n is `*` when the
 * module itself appeared, disappeared or was renamed.
 *
 * Seeds are the files whose content changed (added, modified, renamed, deleted) and the files
 * whose module identity changed (module-index row). Their interfaces are diffed per key, old
 * against new: a body edit changes no key and propagates nothing (early cutoff); a changed
 * binding changes its name; a changed class changes its name (bases: the value; members: those
 * leaves); a changed star-import list changes every name the star sources export; a changed
 * `__all__` changes the names whose publicness changed (for star importers only); a changed
 * module-index row changes the module (`*`, old and new name) and the parent's entry for it
 * (`from pkg import x` may resolve to the submodule pkg.x).
 *
 * Who reads (M, n) (imports of the previous and of the new state; relative names made absolute):
 *   - `from M import n [as b]` reads (M, n) and, if M.n is a module, its attributes: impacted
 *     when the value changed, or when leaves changed that the file loads as attributes (any
 *     `.x` in the file: a chain `b.x` may reach them); b becomes changed in the file;
 *   - `from M import *` reads every name of M: impacted when a value changed (or leaves it
 *     loads); the name becomes changed in the file;
 *   - `import a.b.c` binds a module (a, or a.b.c with `as`) whose attribute chains reach any
 *     module below it: a change (T, n) for T at or below that module impacts the file when it
 *     loads an attribute named n (or one of the leaves); the bound name becomes changed with
 *     those leaves; an import also loads every module it names (and `from M import n` loads M
 *     and M.n): those modules appearing or disappearing impacts it.
 * A name that becomes changed in a file propagates: at module scope it is a change of the
 * file's own module (a re-export); in a class body it is a changed member of the class; and
 * every class of the file whose bases mention it changes too (its MRO when the value or a leaf
 * in the base expression changed, else its inherited members), and so on, to a fixpoint. A
 * variable's value is not inferred (`X = mod.Y` does not follow Y), as the resolver does not.
 *
 * Some names the resolver looks up are no file's module name: the repository's top-level names
 * (an import under a name that is not one is external, else unresolved when nothing matches) and
 * PEP 420 namespace packages (a prefix of module names without a file of its own). When one
 * appears or disappears, the imports under a changed top-level name, and the imports of a changed
 * namespace (as if it were a module), are impacted too.
 *
 * The closure needs only the extracted rows and the module index (old and new), not the
 * resolver's output, so it runs before the rules. It is measured by the replay benchmark
 * (bench/replay: predicted vs actually changed files between two full builds).
 */
import type { Db } from "../store/duckdb.ts";
import { fileIdList, sqlString } from "../store/sql.ts";
import { type FileRowsOf, type InterfaceChange, interfaceChanges } from "./module-interface.ts";

export interface ImpactedFile {
  readonly file_id: string;
  readonly path: string;
  readonly reasons: string[];
  /**
   * The paths of the seeds (changed files) whose change reached this file, itself excluded;
   * empty for a file reached only as a seed or by a structural change (a top-level name or a
   * namespace package appearing). Not exhaustive: a change already propagated from one seed is
   * not propagated again for another, so a file reached by two seeds through the same name names
   * the first.
   */
  readonly via: string[];
}

/**
 * The reason of a seed whose SCIP document changed although its text did not (the SCIP layer,
 * pipeline/scip-stage.ts): the type checker sees something it uses differently. It is recomputed
 * and does not propagate: a file whose analysis changed because of another file's change has its
 * own document changed too, so it is a seed of its own.
 */
export const SCIP_CHANGED = "scip_changed";

export interface ImpactSeed {
  readonly file_id: string;
  readonly reason: string;
  /**
   * Whether the seed's interface changes may propagate. False for a file whose content changed
   * but whose interface did not (module-interface.ts): its importers resolve as before (early
   * cutoff). The seed itself is still recomputed.
   */
  readonly propagates: boolean;
}

/**
 * How a name's value changed: null when the value itself changed; else a change below it that
 * a reader sees only through the attribute chain `name.<path...>.<one of any>` (a module's
 * name, a class's member): the reader must load every attribute of `path` and one of `any`.
 */
type Deep = { readonly path: readonly string[]; readonly any: ReadonlySet<string> } | null;

/** The resolver follows attribute chains up to 12 attributes deep. */
const MAX_PATH = 12;

/** Above this many files whose previous rows differ, the previous state's rows are read whole (not listed by id). */
const DIFFERING_LIST_MAX = 2000;

interface Change {
  readonly module: string;
  /** A name of the module, or `*`: the module itself. */
  readonly name: string;
  readonly deep: Deep;
  /** The change comes from the module's own file (a seed) rather than from a re-export. */
  readonly own: boolean;
  /** Only star importers read it (the name's publicness changed). */
  readonly publicOnly?: boolean;
  /**
   * The name still resolves to the same class (target, kind, qname), but the class's MRO changed
   * (its bases, or a base's MRO). Its importers' own rows (import rows, star rows, re-exports) do
   * not change; a reader is impacted when it reads through the class: an attribute loaded on the
   * name (`C.x`, `C().x`), a class based on it (`class D(C)`: D's MRO changes too), or a typed
   * receiver (`x = C(); x.m`: the type rules' DEPENDS rows, which the type closure matches
   * against the class's changed MRO).
   */
  readonly mroOnly?: boolean;
  /**
   * The package's entry for a submodule (or namespace package) that appeared, went or moved:
   * `from pkg import x` and `pkg.x` may resolve to it, but `from pkg import *` binds only the
   * names pkg binds itself (module_exports), so star importers do not read it.
   */
  readonly submodule?: boolean;
  /** A reason that replaces the generic one (structural changes). */
  readonly why?: string;
  /** The seed file whose change this is (null: structural). */
  readonly origin?: string | null;
}

type Scope = "MODULE" | "CLASS" | "LOCAL";

/** An import of either state (Closure.importRows): `target` absolute, `__init__` parts dropped. */
interface ImportRow {
  readonly file_id: string;
  readonly kind: string;
  readonly name: string | null;
  readonly bound_name: string | null;
  readonly is_star: boolean;
  readonly scope: Scope;
  readonly cls: string | null;
  readonly target: string;
}

/** How readers are looked up (Closure.readers). */
type Lookup = "target" | "exact" | "subtree" | "under" | "top";

/** An import as a reader: the file, the name it binds and where. */
interface Binder {
  readonly file: string;
  readonly bound: string | null;
  readonly scope: Scope;
  /** The class whose body holds the import (scope CLASS). */
  readonly cls: string | null;
}

/** A base expression: a dotted name (`mod.Base`, subscript dropped), or anything else with its identifiers. */
type Base = { readonly root: string; readonly chain: readonly string[] } | { readonly idents: ReadonlySet<string> };

interface ClassInfo {
  readonly qname: string;
  readonly name: string;
  readonly bases: Base[];
  /** Names bound in its own body (old and new): they shadow inherited members. */
  readonly own: Set<string>;
  /** Defined inside a function: not visible to other files. */
  readonly local: boolean;
}

type Pending =
  | {
      readonly kind: "name";
      readonly file: string;
      readonly name: string;
      readonly scope: Scope;
      readonly cls: string | null;
      readonly deep: Deep;
      readonly origin: string | null;
      readonly mroOnly: boolean;
    }
  | {
      readonly kind: "class";
      readonly file: string;
      readonly cls: ClassInfo;
      readonly deep: Deep;
      readonly inherited: boolean;
      readonly origin: string | null;
    };

/**
 * SQL: the absolute module an import row `i` names, a relative one resolved against the module
 * index row `m` of its file (as the resolver does).
 */
const ABSOLUTE_TARGET = `CASE WHEN i.level = 0 THEN i.module
  ELSE concat_ws('.',
         nullif(array_to_string(string_split(m.module, '.')[1:greatest(len(string_split(m.module, '.')) - (i.level - CASE WHEN m.is_package THEN 1 ELSE 0 END), 0)], '.'), ''),
         nullif(i.module, '')) END`;

/** SQL: module name `col` as the reader index keys it, its `__init__` parts dropped. */
const withoutInit = (col: string) =>
  `CASE WHEN contains(${col}, '__init__') THEN regexp_replace(array_to_string(list_filter(string_split(${col}, '.'), x -> x <> '__init__'), '.'), '^\\.', '') ELSE ${col} END`;

/**
 * SQL: the imports of a state (`prefix` '' or 'old_') with their absolute target module (no
 * scope yet: `scope_id`), those `where` (on `i`) admits; `rel` names the relation a dataset is read
 * from (default the view).
 */
function importTargetsSql(prefix: string, where = "true", rel: (table: string) => string = (t) => `${prefix}${t}`): string {
  return `
    SELECT i.file_id, i.scope_id, i.import_kind AS kind, i.name, i.bound_name, i.is_star, ${ABSOLUTE_TARGET} AS target
    FROM ${rel("py_imports")} i
    JOIN ${rel("module_index")} m USING (file_id)
    WHERE i.import_kind <> 'future' AND ${where}`;
}

/** SQL: (module, name) for every name bound in the namespace of a module (own bindings, `__all__` entries, star imports, closed). */
function namesSql(prefix: string, modules: string): string {
  const t = (n: string) => `${prefix}${n}`;
  return `
    WITH RECURSIVE
    mi AS (SELECT file_id, module, is_package FROM ${t("module_index")} WHERE module IS NOT NULL AND module <> ''),
    ms AS (SELECT node_id, file_id FROM ${t("py_defs")} WHERE kind = 'MODULE'),
    own AS (
      SELECT b.file_id, b.name FROM ${t("py_bindings")} b JOIN ms ON ms.node_id = b.scope_id AND ms.file_id = b.file_id
      UNION SELECT file_id, name FROM ${t("py_exports")}
    ),
    star_src AS (
      SELECT DISTINCT s.file_id AS importer, t.file_id AS src
      FROM (
        SELECT i.file_id,
               regexp_replace(${ABSOLUTE_TARGET}, '\\.__init__$', '') AS target
        FROM ${t("py_imports")} i JOIN ms ON ms.node_id = i.scope_id AND ms.file_id = i.file_id JOIN mi m ON m.file_id = i.file_id
        WHERE i.is_star
      ) s JOIN mi t ON t.module = s.target
    ),
    n(file_id, name) AS (
      SELECT file_id, name FROM own
      UNION
      SELECT ss.importer, n.name FROM star_src ss JOIN n ON n.file_id = ss.src
    )
    SELECT DISTINCT m.module, n.name FROM n JOIN mi m USING (file_id) WHERE m.module IN (${modules})`;
}

/** The top-level names and the namespace packages that exist on one side of the change only. */
async function structuralNames(db: Db): Promise<{ tops: string[]; namespaces: string[] }> {
  const rows = await db.bulkRows<{ module: string; side: string }>(
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

/** A string matched literally by a regular expression. */
function regexLiteral(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

function splitLast(module: string): [string, string] | null {
  const i = module.lastIndexOf(".");
  return i < 0 ? null : [module.slice(0, i), module.slice(i + 1)];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const xs = map.get(key);
  if (xs) xs.push(value);
  else map.set(key, [value]);
}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/g;
const DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*$/;

function parseBase(text: string): Base {
  const t = text.replace(/\[[\s\S]*$/, "").trim();
  if (DOTTED.test(t)) {
    const parts = t.split(".").map((x) => x.trim());
    return { root: parts[0] as string, chain: parts.slice(1) };
  }
  return { idents: new Set([...text.matchAll(IDENT)].map((m) => m[0])) };
}

/**
 * What a change of the name a base expression starts with does to the class: `mro` when the base
 * (or something the base expression goes through) changed; a deep change of its members when
 * the change is below the base's value; undefined when the base does not reach it.
 */
function baseEffect(base: Base, deep: Deep): "mro" | Deep | undefined {
  if (!("root" in base) || deep === null) return "mro";
  const P = deep.path;
  const C = base.chain;
  const common = Math.min(C.length, P.length);
  for (let i = 0; i < common; i++) if (C[i] !== P[i]) return undefined;
  if (C.length <= P.length) return { path: P.slice(C.length), any: deep.any };
  return deep.any.has(C[P.length] as string) ? "mro" : undefined;
}

/**
 * The part of `deep` not yet recorded in `done` (recording it), or undefined when nothing is new.
 * Deep changes are keyed by their path; their `any` sets merge.
 */
function novel(done: Map<string, Set<string> | null>, key: string, deep: Deep): Deep | undefined {
  const full = done.get(key);
  if (full === null) return undefined;
  if (deep === null) {
    done.set(key, null);
    return null;
  }
  const k = `${key}\0${deep.path.join(".")}`;
  const prev = done.get(k);
  if (prev === null) return undefined;
  if (prev === undefined) {
    done.set(k, new Set(deep.any));
    return deep;
  }
  const fresh = [...deep.any].filter((l) => !prev.has(l));
  if (fresh.length === 0) return undefined;
  for (const l of fresh) prev.add(l);
  return { path: deep.path, any: new Set(fresh) };
}

/** The names a deep change needs to know the loaders of. */
function deepNames(d: Deep): string[] {
  return d === null ? [] : [...d.path, ...d.any];
}

/** `deep` seen one attribute chain further out: `prefix...` then `deep` (null: `prefix` ending in `last`). */
function extend(prefix: readonly string[], last: string, deep: Deep): Deep {
  const d: Deep = deep === null ? { path: prefix, any: new Set([last]) } : { path: [...prefix, last, ...deep.path], any: deep.any };
  return d;
}

/** Interface changes the caller already computed: every changed key of each file in `files`. */
export interface KnownInterfaceChanges {
  readonly files: ReadonlySet<string>;
  readonly changes: readonly InterfaceChange[];
  /** How the interface query reads a few files' rows (module-interface.ts). */
  readonly fileRows?: FileRowsOf;
  /**
   * The files whose rows in the `old_` relations may differ from the current ones (replaced
   * files, files whose module-index row moved); absent: any file. The closure's index is the
   * union of both states: of the others, the current rows alone.
   */
  readonly differing?: readonly string[];
  /** False when no file's module-index row changed (the module names are the same); absent: may have. */
  readonly moduleIndexChanged?: boolean;
}

/**
 * Computes the impacted files (seeds included). Expects relations `py_imports`, `py_bindings`,
 * `py_defs`, `py_decorators`, `py_exports`, `py_attributes`, `module_index`, `py_files` (new state) and
 * the same with the `old_` prefix (previous state).
 */
export async function computeImpact(db: Db, seeds: readonly ImpactSeed[], known?: KnownInterfaceChanges): Promise<ImpactedFile[]> {
  // Early cutoff before loading anything: when no seed's interface changed (body edits, comments),
  // nothing propagates (a module-index change is an interface change: its `X` key).
  const propagatingSet = new Set(seeds.filter((s) => s.propagates).map((s) => s.file_id));
  const propagating = [...propagatingSet];
  const changes = [
    ...(known?.changes.filter((c) => propagatingSet.has(c.file_id)) ?? []),
    ...(await interfaceChanges(
      db,
      propagating.filter((f) => !known?.files.has(f)),
      { fileRows: known?.fileRows },
    )),
  ];
  const touched = new TypeKeys();
  for (const c of changes) touched.key(c.file_id, c.key);
  const byNames = await nameClosure(db, seeds, changes, touched, known?.differing, known?.moduleIndexChanged, known?.fileRows);
  return typeClosure(db, seeds, touched, byNames);
}

/**
 * What the name closure found changed, in the terms type dependencies are recorded in
 * (type_targets' DEPENDS rows, keyed by the dependency's file and a key): the interface keys
 * that changed (`T|fn`, `I|Cls|x`, `C|Cls|x`, `K|Cls`, `N|name`, ...), every name of a file that
 * became changed in any scope (`N|name`: its own binding changed, or what an import, a star
 * import or a re-export binds it to, its value or a member below it), every class whose MRO or
 * members changed (own or inherited, with the members), and the files whose module identity
 * changed (every key of theirs).
 */
export class TypeKeys {
  private readonly keys = new Set<string>();
  /** file, name -> what changed below the name (null: the name itself) */
  private readonly names = new Map<string, Deep[]>();
  private readonly classes = new Map<string, Deep[]>();
  private readonly whole = new Set<string>();

  key(file: string, key: string): void {
    if (key === "X") this.whole.add(file);
    else if (key.startsWith("N|")) this.name(file, key.slice(2), null);
    else this.keys.add(`${file}\0${key}`);
  }

  /** Name `name` of `file` changed: its value (`d` null), or only what `d` says is below it. */
  name(file: string, name: string, d: Deep = null): void {
    addDeep(this.names, `${file}\0${name}`, d);
  }

  cls(file: string, qname: string, d: Deep): void {
    addDeep(this.classes, `${file}\0${qname}`, d);
  }

  file(file: string): void {
    this.whole.add(file);
  }

  /** The files any key of which changed. */
  files(): Set<string> {
    const out = new Set(this.whole);
    for (const k of [...this.keys, ...this.names.keys(), ...this.classes.keys()]) out.add(k.slice(0, k.indexOf("\0")));
    return out;
  }

  /**
   * Whether a dependency on `key` of `file` (a DEPENDS row) is affected: `N|n` (a name of its
   * namespace; `N|n.a.b`: what `n.a.b` denotes there, which a change below `n` elsewhere than
   * along `a.b` leaves as it was), `T|fn` (a function's signature and return annotation),
   * `M|Cls|x` (member x looked up on class Cls: its class-body binding, its instance attribute,
   * the class's bases and inherited members; or a longer class qname), `*` (anything of the file:
   * never recorded here, see typeClosure).
   */
  fired(file: string, key: string): boolean {
    if (this.whole.has(file)) return true;
    if (key.startsWith("N|")) {
      const [name, ...attrs] = key.slice(2).split(".");
      return (this.names.get(`${file}\0${name}`) ?? []).some((d) => reaches(d, attrs));
    }
    if (!key.startsWith("M|")) return this.keys.has(`${file}\0${key}`);
    const bar = key.lastIndexOf("|");
    const q = key.slice(2, bar);
    const x = key.slice(bar + 1);
    for (const k of [`I|${q}|${x}`, `C|${q}|${x}`, `K|${q}`, `T|${q}.${x}`]) if (this.keys.has(`${file}\0${k}`)) return true;
    for (const d of this.classes.get(`${file}\0${q}`) ?? []) {
      if (d === null) return true;
      if (d.path.length === 0 ? d.any.has(x) : d.path[0] === x) return true;
    }
    return false;
  }
}

/** Adds a change below a name or class to its list (null, the thing itself, subsumes the rest; more than 64: null). */
function addDeep(map: Map<string, Deep[]>, k: string, d: Deep): void {
  const xs = map.get(k);
  if (!xs) map.set(k, [d]);
  else if (xs.includes(null)) return;
  else if (d === null || xs.length >= 64) map.set(k, [null]);
  else if (!xs.includes(d)) xs.push(d);
}

/**
 * Whether a change `d` below a name can alter what the name's attribute chain `attrs` denotes: it
 * lies along the chain (or below its end, or the chain ends inside `d`'s path).
 */
function reaches(d: Deep, attrs: readonly string[]): boolean {
  if (d === null) return true;
  for (let i = 0; i < d.path.length; i++) {
    if (i >= attrs.length) return true;
    if (attrs[i] !== d.path[i]) return false;
  }
  return attrs.length === d.path.length || d.any.has(attrs[d.path.length] as string);
}

async function nameClosure(
  db: Db,
  seeds: readonly ImpactSeed[],
  changes: readonly InterfaceChange[],
  touched: TypeKeys,
  differing: readonly string[] | undefined,
  moduleIndexChanged = true,
  fileRows?: FileRowsOf,
): Promise<ImpactedFile[]> {
  if (changes.length === 0) {
    const paths = new Map<string, string>();
    const ids = [...new Set(seeds.map((s) => s.file_id))];
    if (ids.length > 0)
      for (const r of await db.rows<{ file_id: string; path: string }>(
        `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, path FROM (SELECT file_id, path FROM old_py_files UNION SELECT file_id, path FROM py_files) WHERE file_id IN (${fileIdList(ids)})`,
      ))
        paths.set(r.file_id, r.path);
    return ids
      .map((file_id) => ({
        file_id,
        path: paths.get(file_id) ?? "",
        reasons: [...new Set(seeds.filter((s) => s.file_id === file_id).map((s) => s.reason))].sort(),
        via: [],
      }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  const closure = new Closure(db, touched, differing, moduleIndexChanged, fileRows);
  const t0 = performance.now();
  await closure.load();
  const t1 = performance.now();
  await closure.seed(seeds, changes);
  const t2 = performance.now();
  await closure.run();
  if (process.env.PYCPG_IMPACT_DEBUG)
    process.stderr.write(`impact: load ${Math.round(t1 - t0)} ms, seed ${Math.round(t2 - t1)} ms, run ${Math.round(performance.now() - t2)} ms\n`);
  return await closure.result();
}

/**
 * Type dependencies (the type rules, docs/architecture.md): a file whose typing read something of
 * another file records it as a DEPENDS row of type_targets: the file, and a key naming what it
 * read there (TypeKeys.fired): a name of its namespace (where an annotation's name was looked
 * up), a function's signature (a return type, a property, a callee), a member looked up on a
 * class (each class along the MRO up to the one that has it). A member's or a return's type
 * comes with what *its* type was read from (type_members' and type_decls' deps), so the rows are
 * transitive: one pass over the previous state's rows suffices, no fixpoint. Of those rows, the
 * files with a row whose key changed (`touched`: the interface keys of the seeds and everything
 * the name closure changed) are impacted. A `*` key (a class or function local to a function,
 * which no interface lists) depends on any change of the file's content.
 */
async function typeClosure(db: Db, seeds: readonly ImpactSeed[], touched: TypeKeys, impacted: ImpactedFile[]): Promise<ImpactedFile[]> {
  const seedIds = new Set(seeds.map((s) => s.file_id));
  const files = touched.files();
  for (const s of seedIds) files.add(s);
  if (files.size === 0) return impacted;
  const byId = new Map(impacted.map((f) => [f.file_id, f]));
  let added = false;
  const list = fileIdList([...files]);
  const rows = await db.rows<{ file_id: string; path: string; dep: string; dep_path: string; key: string }>(`
    SELECT CAST(t.file_id AS VARCHAR) AS file_id, f.path, CAST(t.target_file_id AS VARCHAR) AS dep, coalesce(d.path, '') AS dep_path, t.qname AS key
    FROM old_type_targets t
    JOIN old_py_files f ON f.file_id = t.file_id
    LEFT JOIN (SELECT file_id, any_value(path) AS path FROM (SELECT file_id, path FROM old_py_files UNION SELECT file_id, path FROM py_files) GROUP BY file_id) d ON d.file_id = t.target_file_id
    WHERE t.site_kind = 'DEPENDS' AND t.target_file_id IN (${list})`);
  for (const r of rows) {
    const hit = r.key === "*" ? seedIds.has(r.dep) : touched.fired(r.dep, r.key);
    if (!hit) continue;
    const reason = `type dependency (${r.dep_path})`;
    const known = byId.get(r.file_id);
    if (known) {
      if (!known.reasons.includes(reason) && known.reasons.length < 20) known.reasons.push(reason);
      if (!known.via.includes(r.dep_path) && r.dep_path !== "" && r.dep !== r.file_id && known.via.length < 20) known.via.push(r.dep_path);
    } else {
      byId.set(r.file_id, { file_id: r.file_id, path: r.path, reasons: [reason], via: [r.dep_path] });
      added = true;
    }
  }
  for (const f of byId.values()) {
    f.reasons.sort();
    f.via.sort();
  }
  if (!added) return impacted;
  return [...byId.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

class Closure {
  private readonly modulesOf = new Map<string, string[]>();
  // readers, by the module they read
  private readonly nameDeps = new Map<string, Map<string, Binder[]>>();
  private readonly starDeps = new Map<string, Binder[]>();
  private readonly subtreeDeps = new Map<string, Binder[]>();
  private readonly exactDeps = new Map<string, Binder[]>();
  private readonly starSources = new Map<string, Set<string>>();
  private readonly classes = new Map<string, Map<string, ClassInfo>>();
  /** file -> identifier in a class's bases -> classes */
  private readonly basesBy = new Map<string, Map<string, ClassInfo[]>>();

  // closure state
  /** file -> reason template ({} = the names) -> names */
  private readonly reasons = new Map<string, Map<string, Set<string>>>();
  /** file -> the seeds whose change reached it */
  private readonly via = new Map<string, Set<string>>();
  private readonly doneChanges = new Map<string, Set<string> | null>();
  private readonly doneLocals = new Map<string, Set<string> | null>();
  private pending: Change[] = [];
  private pendingLocal: Pending[] = [];
  /** attribute name -> files that load it -> the first identifiers of its receivers (fetched per round) */
  private readonly attrs = new Map<string, Map<string, Set<string>>>();
  /** name -> files that load an attribute on a receiver starting with it (fetched per round, for MRO-only changes) */
  private readonly receiverRoots = new Map<string, Set<string>>();
  /** file -> names of the first parameter of its methods (`self`, `cls`, ...) */
  private readonly firstParams = new Map<string, Set<string>>();
  /** module -> every name of its namespace, old and new (fetched per round) */
  private readonly names = new Map<string, Set<string>>();
  /** Seeds whose interface changed: the changes of their own names are `own`. */
  private readonly changedSeeds = new Set<string>();

  /** module -> its files (old and new) */
  private readonly filesOf = new Map<string, string[]>();
  /** The reader lookups made (`readers`), as `by\0key`. */
  private readonly fetched = new Set<string>();
  /** The import rows in the index (`index`). */
  private readonly indexed = new Set<string>();
  /** The files whose classes, first parameters and star imports are loaded (`files`). */
  private readonly loadedFiles = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly touched: TypeKeys,
    private readonly differing?: readonly string[],
    private readonly moduleIndexChanged = true,
    private readonly fileRows?: FileRowsOf,
  ) {}

  /**
   * A relation of `table`'s rows (state `side`) holding those of `files`: the store's reader
   * narrowed to their buckets for a few files (a view reads every bucket file), else the view.
   */
  private rel(side: "" | "old_", files: readonly string[]): (table: string) => string {
    return (table) => this.fileRows?.(side, table, files) ?? `${side}${table}`;
  }

  /** The files of `among` whose previous rows may differ from their current ones (all of them when unknown). */
  private differingAmong(among: readonly string[]): readonly string[] {
    if (this.differing === undefined || this.differing.length > DIFFERING_LIST_MAX) return among;
    const set = new Set(this.differing);
    return among.filter((f) => set.has(f));
  }

  /**
   * The previous state's rows only where they may differ (a long list: all of them): a condition
   * on the file id column `col`; with `among`, only for those files.
   */
  private oldOnly(col = "file_id", among?: readonly string[]): string {
    const ids = among === undefined ? this.differing : this.differingAmong(among);
    if (ids === undefined || (among === undefined && ids.length > DIFFERING_LIST_MAX)) return "true";
    return ids.length === 0 ? "false" : `${col} IN (${fileIdList(ids)})`;
  }

  /**
   * What every round needs whole: the module names of the files (both states) and the dotted
   * names of string annotations. The rest is read on demand: the imports of the modules a change
   * reaches (`readers`) and the classes of the files it continues in (`files`), not the whole
   * repository's (at 13k files that was ~2.5 s of a 3 s closure).
   */
  async load(): Promise<void> {
    const db = this.db;
    // a dotted name inside a string annotation (`x: "mod.Cls"`) is read like an attribute chain
    // (the type rules resolve it): its attributes count as loaded, rooted at its first name
    await db.exec(`
      CREATE OR REPLACE TABLE _impact_annotation_attrs AS
      SELECT DISTINCT parts[i] AS attr, CAST(file_id AS VARCHAR) AS file_id, parts[1] AS root
      FROM (
        SELECT file_id, string_split(regexp_replace(chain, '\\s', '', 'g'), '.') AS parts
        FROM (
          SELECT file_id, unnest(regexp_extract_all(annotation, '[A-Za-z_][A-Za-z0-9_]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)+')) AS chain
          FROM (SELECT file_id, annotation FROM py_params UNION ALL SELECT file_id, annotation FROM py_types)
          WHERE annotation LIKE '%.%' AND (annotation LIKE '%''%' OR annotation LIKE '%"%')
        )
      ), LATERAL generate_series(2, len(parts)) g(i)`);
    for (const r of await db.bulkRows<{ file_id: string; module: string }>(
      `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, module FROM (SELECT file_id, module FROM module_index UNION SELECT file_id, module FROM old_module_index WHERE ${this.oldOnly()}) WHERE module IS NOT NULL AND module <> ''`,
    )) {
      push(this.modulesOf, r.file_id, r.module);
      push(this.filesOf, r.module, r.file_id);
    }
  }

  /**
   * The imports of both states (the previous state's rows of a differing file only where they are
   * not the current ones) that `pre` admits (a condition on the raw py_imports row `i`), with
   * their absolute target module (`__init__` parts dropped) and the keys readers are looked up by
   * (`readers`), those `cond` admits: the target's top-level name `top`, `skey` the module
   * whose attribute chains the bound name reaches (a for `import a.b.c`, a.b.c with `as`, M.n
   * for `from M import n`) and `from_key` M.n.
   */
  private async importRows(pre: string, cond: string, files?: readonly string[]): Promise<void> {
    const cur = files ? this.rel("", files) : (t: string) => t;
    // the previous state's rows of the differing files (of `files`) that are not current rows
    const differing = files ? this.differingAmong(files) : this.differing;
    let prev = (t: string) => `old_${t}`;
    let oldRows = "SELECT * FROM cur WHERE false";
    if (differing === undefined || differing.length > DIFFERING_LIST_MAX) {
      oldRows = `(${importTargetsSql("old_", pre)}) EXCEPT (${importTargetsSql("", pre)})`;
    } else if (differing.length > 0) {
      const where = `i.file_id IN (${fileIdList(differing)}) AND ${pre}`;
      prev = this.rel("old_", differing);
      oldRows = `(${importTargetsSql("old_", where, prev)}) EXCEPT (${importTargetsSql("", where, this.rel("", differing))})`;
    }
    // (the scope of the rows admitted: its kind, a class's name)
    const scopes = (side: string, rel: (t: string) => string) =>
      `SELECT '${side}' AS side, node_id, file_id, kind, local_qname FROM ${rel("py_defs")} WHERE kind IN ('MODULE', 'CLASS') AND file_id IN (SELECT file_id FROM hit WHERE side = '${side}')`;
    // (a table: DuckDB would inline the target's expression into every reference of the keys'
    // conditions, ~10 times per row)
    await this.db.exec(`
      CREATE OR REPLACE TEMP TABLE _impact_import_rows AS
      WITH cur AS (${importTargetsSql("", pre, cur)}),
      prev AS (${oldRows}),
      raw AS (SELECT 'new' AS side, * FROM cur UNION ALL SELECT 'old' AS side, * FROM prev)
      SELECT * REPLACE (${withoutInit("target")} AS target)
      FROM raw WHERE target IS NOT NULL`);
    const rows = await this.db.bulkRows<ImportRow>(`
      WITH keyed AS (
        SELECT *, split_part(target, '.', 1) AS top,
               CASE WHEN kind = 'import' THEN
                      CASE WHEN bound_name IS NOT NULL AND bound_name <> '' AND bound_name <> split_part(target, '.', 1) THEN target ELSE split_part(target, '.', 1) END
                    WHEN NOT is_star AND name IS NOT NULL AND name <> '' THEN target || '.' || name END AS skey,
               CASE WHEN kind <> 'import' AND NOT is_star AND name IS NOT NULL AND name <> '' THEN target || '.' || name END AS from_key
        FROM _impact_import_rows WHERE target <> ''
      ),
      hit AS (SELECT * FROM keyed WHERE ${cond})
      SELECT DISTINCT CAST(h.file_id AS VARCHAR) AS file_id, h.kind, h.name, h.bound_name, h.is_star,
             CASE WHEN s.kind = 'MODULE' THEN 'MODULE'
                  WHEN s.kind = 'CLASS' AND s.local_qname NOT LIKE '%<locals>%' THEN 'CLASS'
                  ELSE 'LOCAL' END AS scope,
             CASE WHEN s.kind = 'CLASS' THEN s.local_qname END AS cls,
             h.target
      FROM hit h
      LEFT JOIN (${scopes("new", cur)} UNION ALL ${scopes("old", prev)}) s ON s.side = h.side AND s.node_id = h.scope_id AND s.file_id = h.file_id`);
    for (const r of rows) this.index(r);
  }

  /**
   * Makes the reader index complete for these lookups (each fetched once): `target` M, the imports
   * of M itself (`from M import n`, `from M import *`: nameDeps and starDeps of M); `exact` M, every
   * import that loads M (exactDeps of M: also `import M.x`, `from P import m` with M = P.m);
   * `subtree` p, the imports whose bound name reaches the modules below p (subtreeDeps of p);
   * `under` M, those of every key at or below M; `top` t, every import under the top-level name t.
   */
  private async readers(lookups: Iterable<readonly [Lookup, string]>): Promise<void> {
    const todo = new Map<Lookup, string[]>();
    for (const [by, key] of lookups) {
      const k = `${by}\0${key}`;
      if (this.fetched.has(k)) continue;
      this.fetched.add(k);
      push(todo, by, key);
    }
    if (todo.size === 0) return;
    const list = (xs: readonly string[]) => xs.map(sqlString).join(", ");
    // (a dotted name strictly below one of `xs`)
    const below = (col: string, xs: readonly string[]) => `regexp_matches(${col}, ${sqlString(`^(?:${xs.map(regexLiteral).join("|")})\\.`)})`;
    const conds: string[] = [];
    const target = [...(todo.get("target") ?? []), ...(todo.get("exact") ?? [])];
    if (target.length > 0) conds.push(`target IN (${list(target)})`);
    const exact = todo.get("exact") ?? [];
    if (exact.length > 0) conds.push(`from_key IN (${list(exact)})`, `(kind = 'import' AND ${below("target", exact)})`);
    const skeys = [...(todo.get("subtree") ?? []), ...(todo.get("under") ?? [])];
    if (skeys.length > 0) conds.push(`skey IN (${list(skeys)})`);
    const under = todo.get("under") ?? [];
    if (under.length > 0) conds.push(below("skey", under));
    const tops = todo.get("top") ?? [];
    if (tops.length > 0) conds.push(`top IN (${list(tops)})`);
    // Every key is the target, a prefix of it or target.name: an absolute import's raw module
    // has the key's top-level name (or an `__init__` part, dropped from the target).
    const keyTops = [...new Set([...todo.values()].flat().map((k) => k.split(".")[0] as string))];
    await this.importRows(`(i.level > 0 OR contains(i.module, '__init__') OR split_part(i.module, '.', 1) IN (${list(keyTops)}))`, conds.join(" OR "));
  }

  /** Adds an import row to the reader index (once). */
  private index(i: ImportRow): void {
    const key = JSON.stringify([i.file_id, i.kind, i.name, i.bound_name, i.is_star, i.scope, i.cls, i.target]);
    if (this.indexed.has(key)) return;
    this.indexed.add(key);
    const target = i.target;
    const b: Binder = { file: i.file_id, bound: i.bound_name, scope: i.scope, cls: i.scope === "CLASS" ? i.cls : null };
    if (i.kind === "import") {
      // `import a.b.c` loads a, a.b, a.b.c and binds a (a.b.c with `as`)
      const top = target.split(".")[0] as string;
      for (const p of prefixes(target)) push(this.exactDeps, p, b);
      push(this.subtreeDeps, i.bound_name && i.bound_name !== top ? target : top, b);
    } else if (i.is_star) {
      push(this.starDeps, target, b);
      let s = this.starSources.get(i.file_id);
      if (!s) this.starSources.set(i.file_id, (s = new Set()));
      s.add(target);
    } else if (i.name) {
      let byName = this.nameDeps.get(target);
      if (!byName) this.nameDeps.set(target, (byName = new Map()));
      push(byName, i.name, b);
      // `from M import n` loads M, and M.n when it is a module, whose attributes it may read
      push(this.exactDeps, target, b);
      push(this.exactDeps, `${target}.${i.name}`, b);
      push(this.subtreeDeps, `${target}.${i.name}`, b);
    }
  }

  /**
   * Loads what the closure reads of these files (both states where they differ): their classes
   * with bases and own member names, the first parameters of their methods, their star imports.
   */
  private async files(ids: readonly string[]): Promise<void> {
    const todo = [...new Set(ids)].filter((f) => !this.loadedFiles.has(f));
    if (todo.length === 0) return;
    for (const f of todo) this.loadedFiles.add(f);
    const db = this.db;
    for (let k = 0; k < todo.length; k += 2000) {
      const chunk = todo.slice(k, k + 2000);
      const ids = fileIdList(chunk);
      const cur = this.rel("", chunk);
      const prev = this.rel("old_", this.differingAmong(chunk));
      const old = this.oldOnly("file_id", chunk);
      const defs = await db.bulkRows<{ file_id: string; local_qname: string; name: string; bases: string | null }>(
        `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, local_qname, name, bases FROM (SELECT file_id, local_qname, name, bases FROM ${cur("py_defs")} WHERE kind = 'CLASS' AND file_id IN (${ids}) UNION ALL SELECT file_id, local_qname, name, bases FROM ${prev("py_defs")} WHERE kind = 'CLASS' AND ${old})`,
      );
      for (const d of defs) {
        let byQ = this.classes.get(d.file_id);
        if (!byQ) this.classes.set(d.file_id, (byQ = new Map()));
        let info = byQ.get(d.local_qname);
        if (!info)
          byQ.set(d.local_qname, (info = { qname: d.local_qname, name: d.name, bases: [], own: new Set(), local: d.local_qname.includes("<locals>") }));
        let texts: unknown = [];
        try {
          texts = JSON.parse(d.bases ?? "[]");
        } catch {
          texts = [d.bases ?? ""];
        }
        for (const t of Array.isArray(texts) ? texts : []) info.bases.push(parseBase(String(t)));
      }
      // One row per class, its member names joined by newlines (a name is an identifier).
      if (defs.length > 0) {
        const members = await db.bulkRows<{ file_id: string; cls: string; names: string }>(`
          SELECT CAST(b.file_id AS VARCHAR) AS file_id, s.local_qname AS cls, string_agg(DISTINCT b.name, chr(10)) AS names
          FROM (SELECT b.file_id, b.scope_id, b.name FROM ${cur("py_bindings")} b WHERE file_id IN (${ids}) UNION ALL SELECT b.file_id, b.scope_id, b.name FROM ${prev("py_bindings")} b WHERE ${old}) b
          JOIN (SELECT node_id, file_id, local_qname FROM ${cur("py_defs")} WHERE kind = 'CLASS' AND file_id IN (${ids}) UNION ALL SELECT node_id, file_id, local_qname FROM ${prev("py_defs")} WHERE kind = 'CLASS' AND ${old}) s
            ON s.node_id = b.scope_id AND s.file_id = b.file_id
          GROUP BY ALL`);
        for (const m of members) {
          const own = this.classes.get(m.file_id)?.get(m.cls)?.own;
          if (own && m.names) for (const n of m.names.split("\n")) own.add(n);
        }
      }
      for (const r of await db.bulkRows<{ file_id: string; name: string }>(`
        SELECT DISTINCT CAST(p.file_id AS VARCHAR) AS file_id, p.name
        FROM ${cur("py_params")} p JOIN ${cur("py_defs")} f ON f.node_id = p.def_id AND f.file_id = p.file_id
        WHERE p.ordinal = 0 AND f.is_method AND p.file_id IN (${ids}) AND f.file_id IN (${ids})`)) {
        let s = this.firstParams.get(r.file_id);
        if (!s) this.firstParams.set(r.file_id, (s = new Set()));
        s.add(r.name);
      }
      await this.importRows(`i.is_star AND i.file_id IN (${ids})`, "true", chunk);
    }
    for (const file of todo) {
      const index = new Map<string, ClassInfo[]>();
      for (const c of this.classes.get(file)?.values() ?? []) {
        const roots = new Set<string>();
        for (const b of c.bases) for (const r of "root" in b ? [b.root] : b.idents) roots.add(r);
        for (const r of roots) push(index, r, c);
      }
      this.basesBy.set(file, index);
    }
  }

  async seed(seeds: readonly ImpactSeed[], changes: readonly InterfaceChange[]): Promise<void> {
    for (const s of seeds) this.impact(s.file_id, s.reason);
    const byFile = new Map<string, string[]>();
    for (const c of changes) push(byFile, c.file_id, c.key);
    for (const f of byFile.keys()) this.changedSeeds.add(f);
    await this.files([...byFile.keys()]);

    // star-import and __all__ changes need the names involved
    // (and files where a binding moved across a star import, `O|`, the star imports unchanged)
    const starFiles = [...byFile].filter(([, keys]) => keys.some((k) => k === "S" || k.startsWith("O|"))).map(([f]) => f);
    await this.fetchNames(starFiles.flatMap((f) => [...(this.starSources.get(f) ?? [])]));
    await this.fetchPublic(starFiles.flatMap((f) => [...(this.starSources.get(f) ?? [])]));
    const starNames = await this.starRebinds(starFiles);
    const allFiles = [...byFile].filter(([, keys]) => keys.includes("A")).map(([f]) => f);
    const publicNames = await this.publicChanges(allFiles);
    const memberNames = changes.flatMap((c) => (c.key.startsWith("C|") ? [c.key.slice(c.key.lastIndexOf("|") + 1)] : []));
    await this.fetchAttrs(memberNames);

    for (const [file, keys] of byFile) {
      const mods = this.modulesOf.get(file) ?? [];
      for (const key of keys) {
        if (key === "X") {
          for (const m of mods) {
            this.emit({ module: m, name: "*", deep: null, own: true, origin: file });
            const pl = splitLast(m);
            if (pl) this.emit({ module: pl[0], name: pl[1], deep: null, own: true, origin: file, submodule: true });
          }
        } else if (key.startsWith("N|")) {
          this.local(file, key.slice(2), "MODULE", null, null, file);
        } else if (key.startsWith("O|")) {
          // a binding moved across a star import: a change when the winner differs (a name no
          // star source exports keeps its binding); when the star imports themselves changed,
          // `S` below decides for every name they export
          if (keys.includes("S")) continue;
          const rebound = starNames.get(file);
          await this.rebind(file, key.slice(2), rebound === undefined ? "value" : (rebound.get(key.slice(2)) ?? "same"));
        } else if (key.startsWith("K|")) {
          const cls = this.classes.get(file)?.get(key.slice(2));
          if (cls) this.classChange(file, cls, null, false, file);
        } else if (key.startsWith("C|")) {
          const [q, n] = [key.slice(2, key.lastIndexOf("|")), key.slice(key.lastIndexOf("|") + 1)];
          const cls = this.classes.get(file)?.get(q);
          if (cls) this.classChange(file, cls, { path: [], any: new Set([n]) }, false, file);
          else for (const m of mods) this.emit({ module: m, name: q.split(".")[0] as string, deep: null, own: true, origin: file });
        } else if (key === "S") {
          const rebound = starNames.get(file);
          for (const src of this.starSources.get(file) ?? [])
            for (const n of this.names.get(src) ?? []) if (this.isPublic(src, n)) await this.rebind(file, n, rebound?.get(n) ?? "value");
        } else if (key === "A") {
          for (const n of publicNames.get(file) ?? [])
            for (const m of mods) this.emit({ module: m, name: n, deep: null, own: true, publicOnly: true, origin: file });
        }
      }
    }

    // (the set of module names is the same when no module-index row changed)
    const structure = this.moduleIndexChanged ? await structuralNames(this.db) : { tops: [], namespaces: [] };
    await this.readers(structure.tops.map((t) => ["top", t] as const));
    for (const t of structure.tops) {
      const why = `imports under ${t} (top-level name added or removed)`;
      const keys = new Set<string>([...this.nameDeps.keys(), ...this.starDeps.keys(), ...this.subtreeDeps.keys(), ...this.exactDeps.keys()]);
      for (const k of keys) if (k === t || k.startsWith(`${t}.`)) this.emit({ module: k, name: "*", deep: null, own: true, why });
    }
    for (const n of structure.namespaces) {
      const why = `imports ${n} (namespace package added or removed)`;
      this.emit({ module: n, name: "*", deep: null, own: true, why });
      const pl = splitLast(n);
      if (pl) this.emit({ module: pl[0], name: pl[1], deep: null, own: true, why, submodule: true });
    }
  }

  /**
   * For files whose star imports changed (`S`) or where a binding moved across one (`O|`): how
   * each name a star source may export changed in the file's namespace (a name none of them
   * exports: unchanged; a file missing on one side: no map, every name "value"). A name's
   * syntactic winner on each side is the last star import after its last module-level binding
   * whose source exports it, else that binding (module_exports decides the same way, by
   * position). "same": one winner on both sides; "provenance": the star import of M now binds
   * what the binding `from M import n` bound before, or the reverse (the namespace entry is the
   * same, only its `via` differs; M.n is no module and M's `__all__` is not dynamic, which would
   * change the entry's confidence); "value": anything else. Names a star source exports on one
   * side only come through that source's own change (its star importers' names are changed by
   * the closure as it reaches them).
   */
  private async starRebinds(files: readonly string[]): Promise<Map<string, Map<string, "same" | "provenance" | "value">>> {
    const out = new Map<string, Map<string, "same" | "provenance" | "value">>();
    if (files.length === 0) return out;
    const ids = fileIdList(files);
    const side = (p: "" | "old_") => {
      const rel = this.rel(p, files);
      return `
        WITH mi AS (SELECT file_id, module, is_package FROM ${rel("module_index")} WHERE file_id IN (${ids})),
        ms AS (SELECT node_id, file_id FROM ${rel("py_defs")} WHERE kind = 'MODULE' AND file_id IN (${ids})),
        imps AS (
          SELECT i.file_id, i.node_id, i.bstart, i.is_star, i.import_kind, i.name, i.alias, ${withoutInit(`(${ABSOLUTE_TARGET})`)} AS target
          FROM ${rel("py_imports")} i JOIN mi m USING (file_id) JOIN ms ON ms.node_id = i.scope_id AND ms.file_id = i.file_id
          WHERE i.file_id IN (${ids}) AND i.import_kind <> 'future'
        ),
        last AS (
          SELECT * FROM (
            SELECT b.*, row_number() OVER (PARTITION BY b.file_id, b.name ORDER BY b.bstart DESC, b.binding_kind) AS rk
            FROM ${rel("py_bindings")} b JOIN ms ON ms.node_id = b.scope_id AND ms.file_id = b.file_id
            -- the bindings module_exports counts (a del counts: it removes the name)
            WHERE b.file_id IN (${ids}) AND b.binding_kind NOT IN ('global', 'nonlocal', 'comprehension')
              AND NOT (b.binding_kind = 'import' AND b.target_id IN (SELECT node_id FROM ${rel("py_imports")} WHERE import_kind = 'future' AND file_id IN (${ids})))
          ) WHERE rk = 1
        )
        SELECT '${p}' AS side, 'module' AS what, CAST(file_id AS VARCHAR) AS file_id, NULL AS name, NULL::INTEGER AS pos, NULL AS target FROM ms
        UNION ALL
        SELECT '${p}', 'star', CAST(file_id AS VARCHAR), NULL, bstart, target FROM imps WHERE is_star
        UNION ALL
        SELECT '${p}', 'own', CAST(l.file_id AS VARCHAR), l.name, l.bstart,
               CASE WHEN l.binding_kind = 'import' AND i.import_kind = 'from' AND NOT i.is_star AND i.name = l.name AND coalesce(i.alias, '') = ''
                    THEN i.target END
        FROM last l LEFT JOIN imps i ON i.node_id = l.target_id AND i.file_id = l.file_id`;
    };
    const rows = await this.db.bulkRows<{ side: string; what: string; file_id: string; name: string | null; pos: number | null; target: string | null }>(
      `(${side("")}) UNION ALL (${side("old_")})`,
    );
    interface Side {
      stars: { pos: number; target: string }[];
      own: Map<string, { pos: number; from: string | null }>;
    }
    const sides = new Map<string, Side>();
    const sideOf = (key: string) => {
      let x = sides.get(key);
      if (!x) sides.set(key, (x = { stars: [], own: new Map() }));
      return x;
    };
    for (const r of rows) {
      const x = sideOf(`${r.side}\0${r.file_id}`);
      if (r.what === "star" && r.target !== null) x.stars.push({ pos: Number(r.pos), target: r.target });
      else if (r.what === "own" && r.name !== null) x.own.set(r.name, { pos: Number(r.pos), from: r.target });
    }
    for (const x of sides.values()) x.stars.sort((a, b) => a.pos - b.pos);
    // M's `__all__` kinds on both sides (several files for one module name: any of them)
    const froms = [...new Set([...sides.values()].flatMap((x) => [...x.own.values()].flatMap((o) => (o.from ? [o.from] : []))))];
    const dynamic = new Set<string>();
    if (froms.length > 0) {
      const list = froms.map(sqlString).join(", ");
      const q = (p: string) =>
        `SELECT m.module FROM ${p}module_index m JOIN ${p}py_files f USING (file_id) WHERE m.module IN (${list}) AND f.all_kind = 'dynamic'`;
      for (const r of await this.db.bulkRows<{ module: string }>(`${q("")} UNION ${q("old_")}`)) dynamic.add(r.module);
    }
    const present = new Set(rows.filter((r) => r.what === "module").map((r) => `${r.side}\0${r.file_id}`));
    const exports = (m: string, n: string) => (this.names.get(m)?.has(n) ?? false) && this.isPublic(m, n);
    // the winner of n on one side: its value (`star:M` also for `from M import n` when that is the same entry) and provenance
    const winner = (x: Side, n: string): [string, string] => {
      const own = x.own.get(n);
      let star: string | null = null;
      for (const s of x.stars) if ((own === undefined || s.pos > own.pos) && exports(s.target, n)) star = s.target;
      if (star !== null) return [`star:${star}`, "star"];
      if (own === undefined) return ["none", "none"];
      const m = own.from;
      if (m !== null && !dynamic.has(m) && !this.filesOf.has(`${m}.${n}`)) return [`star:${m}`, "own"];
      return ["own", "own"];
    };
    for (const f of files) {
      if (!present.has(`old_\0${f}`) || !present.has(`\0${f}`)) continue;
      const byName = new Map<string, "same" | "provenance" | "value">();
      out.set(f, byName);
      const [o, n] = [sideOf(`old_\0${f}`), sideOf(`\0${f}`)];
      for (const src of this.starSources.get(f) ?? [])
        for (const name of this.names.get(src) ?? []) {
          if (byName.has(name)) continue;
          const [ov, op] = winner(o, name);
          const [nv, np] = winner(n, name);
          byName.set(name, ov !== nv ? "value" : op !== np ? "provenance" : "same");
        }
    }
    return out;
  }

  /** Name `name` of `file`'s namespace as `starRebinds` decided: changed, bound another way, or the same. */
  private async rebind(file: string, name: string, how: "same" | "provenance" | "value"): Promise<void> {
    if (how === "value") this.local(file, name, "MODULE", null, null, file);
    else if (how === "provenance") await this.rebound(file, name);
  }

  /**
   * Name `name` of `file`'s namespace is the same entry bound another way (`starRebinds`): the
   * files that import it from the module directly or through a star import record how it is
   * bound (their import edges' `via`) and are recomputed; no value changed, so nothing goes on
   * from them.
   */
  private async rebound(file: string, name: string): Promise<void> {
    const mods = this.modulesOf.get(file) ?? [];
    await this.readers(mods.map((m) => ["target", m] as const));
    await this.fetchPublic(mods);
    for (const m of mods) {
      for (const b of this.nameDeps.get(m)?.get(name) ?? []) this.impact(b.file, `imports ${m} (bound by a star import now or no longer: {})`, name, file);
      if (this.isPublic(m, name))
        for (const b of this.starDeps.get(m) ?? []) this.impact(b.file, `star import of ${m} (bound by a star import now or no longer: {})`, name, file);
    }
  }

  /** Files whose public names changed with their `__all__`: the names whose publicness may differ. */
  private async publicChanges(files: readonly string[]): Promise<Map<string, Set<string>>> {
    const out = new Map<string, Set<string>>();
    if (files.length === 0) return out;
    const list = fileIdList(files);
    const rows = await this.db.rows<{ file_id: string; side: string; all_kind: string | null; name: string | null }>(`
      SELECT CAST(f.file_id AS VARCHAR) AS file_id, 'new' AS side, f.all_kind, e.name FROM py_files f LEFT JOIN py_exports e USING (file_id) WHERE f.file_id IN (${list})
      UNION ALL
      SELECT CAST(f.file_id AS VARCHAR), 'old', f.all_kind, e.name FROM old_py_files f LEFT JOIN old_py_exports e USING (file_id) WHERE f.file_id IN (${list})`);
    /** files whose every name's publicness may have changed: all names, or the public ones (a file on one side only) */
    const kindChanged = new Map<string, "all" | "public">();
    for (const f of files) {
      const side = (s: string) => rows.filter((r) => r.file_id === f && r.side === s);
      const [o, n] = [side("old"), side("new")];
      const on = new Set(o.flatMap((r) => (r.name ? [r.name] : [])));
      const nn = new Set(n.flatMap((r) => (r.name ? [r.name] : [])));
      const names = new Set([...on].filter((x) => !nn.has(x)).concat([...nn].filter((x) => !on.has(x))));
      const [ok, nk] = [o[0]?.all_kind ?? null, n[0]?.all_kind ?? null];
      if (ok === null || nk === null) {
        // added or deleted: a star import of it binds, or bound, its public names and nothing
        // else (a literal `__all__`: the names in `names` already)
        if ((ok ?? nk) !== "literal") kindChanged.set(f, "public");
      } else if (ok !== nk) {
        // every name's publicness may have changed
        kindChanged.set(f, "all");
        for (const x of [...on, ...nn]) names.add(x);
      }
      out.set(f, names);
    }
    await this.fetchNames([...kindChanged.keys()].flatMap((f) => this.modulesOf.get(f) ?? []));
    for (const [f, which] of kindChanged)
      for (const m of this.modulesOf.get(f) ?? []) for (const n of this.names.get(m) ?? []) if (which === "all" || !n.startsWith("_")) out.get(f)?.add(n);
    return out;
  }

  async run(): Promise<void> {
    while (this.pending.length > 0 || this.pendingLocal.length > 0) {
      const changes = this.pending;
      const locals = this.pendingLocal;
      this.pending = [];
      this.pendingLocal = [];
      const effective: Change[] = [];
      for (const c of changes) {
        const key = `${c.module}\0${c.name}\0`;
        // MRO-only and submodule-entry changes are weaker than a value change of the same name:
        // recorded apart, and nothing to do once the value change was processed
        if ((c.mroOnly || c.submodule) && this.doneChanges.get(`${key}v`) === null) continue;
        const deep = novel(this.doneChanges, `${key}${c.publicOnly ? "p" : c.mroOnly ? "m" : c.submodule ? "s" : "v"}`, c.deep);
        if (deep !== undefined) effective.push({ ...c, deep });
      }
      const wanted = new Set<string>();
      for (const c of effective) {
        if (c.name !== "*") wanted.add(c.name);
        for (const x of deepNames(c.deep)) wanted.add(x);
        for (const x of c.module.split(".")) wanted.add(x);
      }
      for (const l of locals) for (const x of deepNames(l.deep)) wanted.add(x);
      // the readers of the modules this round's changes are in (process), and the files of the
      // deferred names and classes
      const lookups: (readonly [Lookup, string])[] = [];
      for (const c of effective) {
        lookups.push(["target", c.module]);
        for (const p of prefixes(c.module)) lookups.push(["subtree", p]);
        if (c.name === "*") lookups.push(["exact", c.module], ["under", c.module]);
      }
      await this.readers(lookups);
      await this.files(locals.map((l) => l.file));
      await this.fetchAttrs([...wanted]);
      // the receivers' first names the MRO-only changes are read through (the name, or its alias)
      const roots = new Set<string>();
      for (const c of effective) {
        if (!c.mroOnly) continue;
        roots.add(c.name);
        for (const b of this.nameDeps.get(c.module)?.get(c.name) ?? []) if (b.bound) roots.add(b.bound);
      }
      await this.fetchReceiverRoots([...roots]);
      await this.fetchNames(effective.filter((c) => c.name === "*" && this.starDeps.has(c.module)).map((c) => c.module));
      await this.fetchPublic(effective.filter((c) => this.starDeps.has(c.module)).map((c) => c.module));
      for (const l of locals) {
        if (l.kind === "name") this.local(l.file, l.name, l.scope, l.cls, l.deep, l.origin, l.mroOnly);
        else this.classChange(l.file, l.cls, l.deep, l.inherited, l.origin);
      }
      for (const c of effective) this.process(c);
    }
  }

  private async fetchAttrs(names: readonly string[]): Promise<void> {
    const missing = [...new Set(names)].filter((n) => !this.attrs.has(n));
    if (missing.length === 0) return;
    for (const n of missing) this.attrs.set(n, new Map());
    for (const r of await this.attributeLoads("attr", missing)) {
      const byFile = this.attrs.get(r.attr);
      if (!byFile) continue;
      let roots = byFile.get(r.file_id);
      if (!roots) byFile.set(r.file_id, (roots = new Set()));
      roots.add(r.root);
    }
  }

  /** For each name: the files that load an attribute on a receiver starting with it (`n.x`, `n().x`, `"n.x"` in an annotation). */
  private async fetchReceiverRoots(names: readonly string[]): Promise<void> {
    const missing = [...new Set(names)].filter((n) => !this.receiverRoots.has(n));
    if (missing.length === 0) return;
    for (const n of missing) this.receiverRoots.set(n, new Set());
    for (const r of await this.attributeLoads("root", missing)) this.receiverRoots.get(r.root)?.add(r.file_id);
  }

  /**
   * The attribute loads (attribute, file, first identifier of the receiver) whose attribute or
   * root is one of `names`: py_attributes and the dotted names of string annotations. Current rows
   * only: unchanged files have the same rows on both sides; changed ones are seeds (impacted anyway).
   */
  private async attributeLoads(by: "attr" | "root", names: readonly string[]): Promise<{ attr: string; file_id: string; root: string }[]> {
    const root = "regexp_extract(receiver, '^\\s*([A-Za-z_][A-Za-z0-9_]*)', 1)";
    const out: { attr: string; file_id: string; root: string }[] = [];
    for (let i = 0; i < names.length; i += 2000) {
      const list = names
        .slice(i, i + 2000)
        .map(sqlString)
        .join(", ");
      out.push(
        ...(await this.db.bulkRows<{ attr: string; file_id: string; root: string }>(
          `SELECT DISTINCT attr, CAST(file_id AS VARCHAR) AS file_id, ${root} AS root FROM py_attributes WHERE ${by === "attr" ? "attr" : root} IN (${list})
           UNION
           SELECT attr, file_id, root FROM _impact_annotation_attrs WHERE ${by} IN (${list})`,
        )),
      );
    }
    return out;
  }

  private async fetchNames(modules: readonly string[]): Promise<void> {
    const missing = [...new Set(modules)].filter((m) => !this.names.has(m));
    if (missing.length === 0) return;
    for (const m of missing) this.names.set(m, new Set());
    const list = missing.map(sqlString).join(", ");
    const rows = await this.db.bulkRows<{ module: string; name: string }>(`(${namesSql("", list)}) UNION (${namesSql("old_", list)})`);
    for (const r of rows) this.names.get(r.module)?.add(r.name);
  }

  /** module -> the literal `__all__` of each side where it has one, null for a side without (old, new) */
  private readonly publicSets = new Map<string, (Set<string> | null)[]>();

  private async fetchPublic(modules: readonly string[]): Promise<void> {
    const missing = [...new Set(modules)].filter((m) => !this.publicSets.has(m));
    if (missing.length === 0) return;
    const list = missing.map(sqlString).join(", ");
    const side = (p: string) => `
      SELECT m.module, '${p}' AS side, f.all_kind, e.name
      FROM ${p}module_index m JOIN ${p}py_files f USING (file_id) LEFT JOIN ${p}py_exports e USING (file_id)
      WHERE m.module IN (${list})`;
    const rows = await this.db.bulkRows<{ module: string; side: string; all_kind: string | null; name: string | null }>(
      `${side("")} UNION ALL ${side("old_")}`,
    );
    for (const m of missing) {
      const sets: (Set<string> | null)[] = [];
      for (const sd of ["old_", ""]) {
        const rs = rows.filter((r) => r.module === m && r.side === sd);
        if (rs.length === 0) continue;
        // several files with one module name (roots): any of them may be the one imported
        if (rs.some((r) => r.all_kind !== "literal")) sets.push(null);
        else sets.push(new Set(rs.flatMap((r) => (r.name ? [r.name] : []))));
      }
      this.publicSets.set(m, sets.length ? sets : [null]);
    }
  }

  /** Whether `from module import *` may bind `name` (on either side of the change). */
  private isPublic(module: string, name: string): boolean {
    const sets = this.publicSets.get(module) ?? [null];
    return sets.some((s) => (s === null ? !name.startsWith("_") : s.has(name)));
  }

  private known(d: Deep): boolean {
    return deepNames(d).every((x) => this.attrs.has(x));
  }

  /**
   * Whether `file` loads every attribute of the path and one of `any` (a null change: always),
   * the latter on a receiver whose first identifier is one of `roots` (null: any receiver): an
   * attribute chain `b.x.y` starts at the name b it reads.
   */
  private loads(file: string, d: Deep, roots: ReadonlySet<string> | null): boolean {
    if (d === null) return true;
    for (const x of d.path) if (!this.attrs.get(x)?.has(file)) return false;
    for (const x of d.any) {
      const rs = this.attrs.get(x)?.get(file);
      if (rs && (roots === null || [...rs].some((r) => roots.has(r) || r === ""))) return true;
    }
    return false;
  }

  /** Whether some file loads the attribute chain at all (else nothing can see the change, nor propagate it). */
  private viable(d: Deep): boolean {
    if (d === null) return true;
    if (d.path.length >= MAX_PATH) return false;
    const sets = d.path.map((x) => this.attrs.get(x) ?? new Map<string, Set<string>>()).sort((a, b) => a.size - b.size);
    const anyFiles = new Set<string>();
    for (const x of d.any) for (const f of this.attrs.get(x)?.keys() ?? []) anyFiles.add(f);
    const base = sets[0]?.keys() ?? anyFiles;
    for (const f of base) if (anyFiles.has(f) && sets.every((s) => s.has(f))) return true;
    return false;
  }

  private impact(file: string, template: string, name?: string, origin?: string | null): void {
    if (origin != null && origin !== file) {
      let v = this.via.get(file);
      if (!v) this.via.set(file, (v = new Set()));
      v.add(origin);
    }
    let r = this.reasons.get(file);
    if (!r) this.reasons.set(file, (r = new Map()));
    let names = r.get(template);
    if (!names) r.set(template, (names = new Set()));
    if (name !== undefined) names.add(name);
  }

  private emit(c: Change): void {
    for (const f of this.filesOf.get(c.module) ?? []) {
      if (c.name === "*") this.touched.file(f);
      else this.touched.name(f, c.name, c.deep);
    }
    if (this.viable(c.deep)) this.pending.push(c);
  }

  private process(c: Change): void {
    const M = c.module;
    const o = c.origin ?? null;
    if (c.name === "*") {
      const why = c.why ?? `imports ${M} (changed)`;
      if (!c.publicOnly) {
        for (const deps of this.nameDeps.get(M)?.values() ?? []) for (const b of deps) this.hitDeep(b, null, why, undefined, o);
        for (const b of this.exactDeps.get(M) ?? []) this.hitDeep(b, null, why, undefined, o);
        for (const [T, deps] of this.subtreeDeps) {
          if (T === M || T.startsWith(`${M}.`)) for (const b of deps) this.hitDeep(b, null, why, undefined, o);
        }
        // reached as an attribute chain from a package above it
        const parts = M.split(".");
        for (let i = 1; i < parts.length; i++) {
          const deps = this.subtreeDeps.get(parts.slice(0, i).join("."));
          if (!deps) continue;
          const d: Deep = { path: parts.slice(i, -1), any: new Set([parts[parts.length - 1] as string]) };
          if (this.viable(d)) for (const b of deps) this.hitDeep(b, d, `uses attributes of ${parts.slice(0, i).join(".")} (changed: {})`, M, o);
        }
      }
      for (const b of this.starDeps.get(M) ?? []) {
        this.impact(b.file, c.why ?? `star import of ${M} (changed)`, undefined, o);
        for (const n of this.names.get(M) ?? []) if (this.isPublic(M, n)) this.local(b.file, n, b.scope, b.cls, null, o);
      }
      return;
    }
    const n = c.name;
    const named = this.nameDeps.get(M)?.get(n) ?? [];
    if (c.mroOnly) {
      for (const b of named) this.hitClass(b.file, b.bound ?? n, b, c.why ?? `imports ${M} (class hierarchy changed: {})`, n, o);
    } else if (!c.publicOnly) {
      const why = c.why ?? (c.own ? `imports ${M} (changed: {})` : `re-export via ${M} (changed: {})`);
      for (const b of named) this.hitDeep(b, c.deep, why, n, o);
    }
    if (!c.publicOnly) {
      const parts = M.split(".");
      for (let i = 1; i <= parts.length; i++) {
        const p = parts.slice(0, i).join(".");
        const deps = this.subtreeDeps.get(p);
        if (!deps) continue;
        const d = extend(parts.slice(i), n, c.deep);
        if (this.viable(d)) for (const b of deps) this.hitDeep(b, d, `uses attributes of ${p} (changed: {})`, `${M}.${n}`, o);
      }
    }
    // a star import binds the public names only (publicness changes come as publicOnly changes)
    if (!c.submodule && (c.publicOnly || this.isPublic(M, n)))
      for (const b of this.starDeps.get(M) ?? [])
        if (c.mroOnly) this.hitClass(b.file, n, b, `star import of ${M} (class hierarchy changed: {})`, n, o);
        else this.hitStar(b, n, c.deep, c.why ?? `star import of ${M} (changed: {})`, o);
  }

  private hitDeep(b: Binder, d: Deep, why: string, name: string | undefined, origin: string | null): void {
    if (this.loads(b.file, d, b.bound ? new Set([b.bound]) : null)) this.impact(b.file, why, name, origin);
    if (b.bound) this.local(b.file, b.bound, b.scope, b.cls, d, origin);
  }

  /**
   * An MRO-only change of the class `name` is bound to (as `bound` in `b.file`): the file reads
   * it when it loads an attribute through that name; the name changes in the file the same way
   * (its classes based on it, its re-exports).
   */
  private hitClass(file: string, bound: string, b: Binder, why: string, name: string, origin: string | null): void {
    if (this.receiverRoots.get(bound)?.has(file)) this.impact(file, why, name, origin);
    this.local(file, bound, b.scope, b.cls, null, origin, true);
  }

  private hitStar(b: Binder, n: string, d: Deep, why: string, origin: string | null): void {
    if (this.loads(b.file, d, new Set([n]))) this.impact(b.file, why, n, origin);
    this.local(b.file, n, b.scope, b.cls, d, origin);
  }

  /**
   * Name `name` bound in `file` (at `scope`) changed: re-export it and update the classes built on
   * it. `mroOnly`: it still names the same class, whose MRO changed (`d` is null).
   */
  private local(file: string, name: string, scope: Scope, cls: string | null, d: Deep, origin: string | null, mroOnly = false): void {
    this.touched.name(file, name, d);
    // (a file the closure continues in has its classes loaded first: `files`, next round)
    if (!this.known(d) || !this.loadedFiles.has(file)) {
      this.pendingLocal.push({ kind: "name", file, name, scope, cls, deep: d, origin, mroOnly });
      return;
    }
    const key = `${file}\0${scope}\0${cls ?? ""}\0${name}`;
    if (mroOnly && this.doneLocals.get(key) === null) return;
    const deep = novel(this.doneLocals, mroOnly ? `${key}\0mro` : key, d);
    if (deep === undefined) return;
    if (scope === "MODULE") {
      for (const m of this.modulesOf.get(file) ?? [])
        this.emit({ module: m, name, deep, own: this.changedSeeds.has(file), origin, ...(mroOnly && deep === null ? { mroOnly } : {}) });
    } else if (scope === "CLASS" && cls !== null) {
      const info = this.classes.get(file)?.get(cls);
      const member = extend([], name, deep);
      if (info) this.classChange(file, info, member, false, origin);
    }
    for (const c of this.basesBy.get(file)?.get(name) ?? []) {
      for (const b of c.bases) {
        if ("root" in b ? b.root !== name : !b.idents.has(name)) continue;
        const effect = baseEffect(b, deep);
        if (effect === "mro") this.classChange(file, c, null, true, origin);
        else if (effect !== undefined) this.classChange(file, c, effect, true, origin);
      }
    }
  }

  /**
   * Class `c` of `file` changed: its MRO (null) or members below it (a deep change), its own or
   * `inherited` from a base (then the names its own body binds shadow them for its readers; its
   * own methods may still reach them through `super()`, so the file is checked unfiltered).
   */
  private classChange(file: string, c: ClassInfo, d: Deep, inherited: boolean, origin: string | null): void {
    this.touched.cls(file, c.qname, d);
    if (!this.known(d)) {
      this.pendingLocal.push({ kind: "class", file, cls: c, deep: d, inherited, origin });
      return;
    }
    // members of a class are read as `C.m`, `C().m`, `self.m` / `cls.m` (first parameter), `super().m`
    const roots = new Set([c.name, "super", ...(this.firstParams.get(file) ?? [])]);
    let shown: Deep = d;
    if (d !== null && inherited) {
      if (d.path.length > 0) {
        if (c.own.has(d.path[0] as string)) shown = { path: [], any: new Set() };
      } else {
        shown = { path: [], any: new Set([...d.any].filter((x) => !c.own.has(x))) };
      }
    }
    // an inherited member the class binds itself is shadowed, except for `super().m`
    // (d null and not inherited: the class's own bases changed, a seed of its own file's change)
    if (d === null) this.impact(file, inherited ? "subclass of a changed class ({})" : "bases changed ({})", c.qname, origin);
    else if (this.loads(file, shown, roots) || (inherited && this.loads(file, d, new Set(["super"]))))
      this.impact(file, inherited ? "inherits changed members ({})" : "class members changed ({})", c.qname, origin);
    if (shown !== null && shown.any.size === 0) return;
    const deep = novel(this.doneLocals, `${file}\0class\0${c.qname}`, shown);
    if (deep === undefined) return;
    // classes of the same file built on it, and its own name
    const parts = c.qname.split(".");
    // (d null: the class's MRO changed; the name still names the same class)
    if (c.local || parts.length === 1) {
      this.local(file, c.name, c.local ? "LOCAL" : "MODULE", null, deep, origin, deep === null);
    } else {
      this.local(file, c.name, "LOCAL", null, deep, origin, deep === null);
      const rest = parts.slice(1);
      const outer = extend(rest.slice(0, -1), rest[rest.length - 1] as string, deep);
      this.local(file, parts[0] as string, "MODULE", null, outer, origin);
    }
  }

  async result(): Promise<ImpactedFile[]> {
    const ids = [...new Set([...this.reasons.keys(), ...[...this.via.values()].flatMap((v) => [...v])])];
    const paths = new Map<string, string>();
    for (let k = 0; k < ids.length; k += 2000) {
      const chunk = ids.slice(k, k + 2000);
      for (const r of await this.db.bulkRows<{ file_id: string; path: string }>(
        `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, path FROM (SELECT file_id, path FROM ${this.rel("old_", chunk)("py_files")} WHERE ${this.oldOnly("file_id", chunk)} UNION SELECT file_id, path FROM ${this.rel("", chunk)("py_files")} WHERE file_id IN (${fileIdList(chunk)}))`,
      ))
        paths.set(r.file_id, r.path);
    }
    return [...this.reasons.entries()]
      .map(([file_id, r]) => ({
        file_id,
        path: paths.get(file_id) ?? "",
        reasons: [...r].map(([t, names]) => formatReason(t, names)).sort(),
        via: [...new Set([...(this.via.get(file_id) ?? [])].map((f) => paths.get(f) ?? ""))].filter((p) => p !== "").sort(),
      }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

function formatReason(template: string, names: ReadonlySet<string>): string {
  if (!template.includes("{}")) return template;
  const xs = [...names].sort();
  const shown = xs.slice(0, 5).join(", ") + (xs.length > 5 ? ` and ${xs.length - 5} more` : "");
  return template.replace("{}", shown);
}
