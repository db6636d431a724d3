/**
 * API changes: for each changed module, the public names added, removed or changed between the
 * previous state (`old_*` views) and the current one (plain views), read from the extracted rows
 * of the changed files only. It is what a reviewer wants to know first and no diff view shows.
 *
 * Public names (syntactic, like the rest of the engine):
 *   - at module scope: when the module defines a literal `__all__`, exactly its entries; else
 *     every name bound at module scope that does not start with `_`, except imported names
 *     (an import is not API unless `__all__` lists it, or it is a relative `from . import x`
 *     in a package's `__init__.py`: a re-export); `from __future__` imports never count;
 *   - members of public classes (nested classes too): names bound in the class body that do not
 *     start with `_`, plus dunder methods (`__init__`, `__call__`, ...).
 * A name bound several times is described by its last binding (the one an importer sees when
 * the module finishes executing). Each name gets a description; a name is `changed` when its
 * description differs:
 *   - function / method: `@decorators def name(parameters) -> return` (parameters with their
 *     annotations and default values' text, `/` and `*` markers);
 *   - class: `@decorators class Name(bases)`;
 *   - import (re-export): `from .mod import name as alias`;
 *   - variable: `name` (values are not compared: only appearance, disappearance, kind).
 */
import type { Db } from "../store/duckdb.ts";
import { fileIdList } from "../store/sql.ts";
import type { FileRowsOf } from "./module-interface.ts";

export interface ApiChange {
  /** `name` at module scope, `Class.member` for class members. */
  name: string;
  /** `function`, `async function`, `method`, `async method`, `class`, `variable`, `import`. */
  kind: string;
  change: "added" | "removed" | "changed";
  /** The description before (null when added) and after (null when removed). */
  before: string | null;
  after: string | null;
}

export interface ModuleApiChanges {
  path: string;
  /** The module name (dotted), null when the file is not importable under any name. */
  module: string | null;
  changes: ApiChange[];
}

export interface ApiFile {
  /** The path reported (the new path; the old one for a deleted file). */
  readonly path: string;
  readonly old: string | null;
  readonly new: string | null;
}

interface ApiEntry {
  kind: string;
  text: string;
}

type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/**
 * The API changes of `files` (file ids on each side: null where the file does not exist), in
 * path order; modules without a change are left out. `fileRows`: the files' rows of a dataset
 * through the store's reader narrowed to their buckets (null: the views), where the views read
 * every bucket file (on the 13k-file corpus, 317 ms for one file through the views).
 */
export async function apiChanges(db: Db, files: readonly ApiFile[], fileRows?: FileRowsOf): Promise<ModuleApiChanges[]> {
  const out: ModuleApiChanges[] = [];
  const oldIds = files.flatMap((f) => (f.old ? [f.old] : []));
  const newIds = files.flatMap((f) => (f.new ? [f.new] : []));
  const oldApi = await readApi(db, "old_", oldIds, fileRows);
  const newApi = await readApi(db, "", newIds, fileRows);
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const before = f.old ? (oldApi.get(f.old) ?? { module: null, names: new Map() }) : { module: null, names: new Map<string, ApiEntry>() };
    const after = f.new ? (newApi.get(f.new) ?? { module: null, names: new Map() }) : { module: null, names: new Map<string, ApiEntry>() };
    const changes = diffApi(before.names, after.names);
    if (changes.length > 0) out.push({ path: f.path, module: after.module ?? before.module, changes });
  }
  return out;
}

/** The changes between two name -> description maps, in name order. */
export function diffApi(before: ReadonlyMap<string, ApiEntry>, after: ReadonlyMap<string, ApiEntry>): ApiChange[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: ApiChange[] = [];
  for (const name of names) {
    const b = before.get(name);
    const a = after.get(name);
    if (b && !a) changes.push({ name, kind: b.kind, change: "removed", before: b.text, after: null });
    else if (a && !b) changes.push({ name, kind: a.kind, change: "added", before: null, after: a.text });
    else if (a && b && (a.text !== b.text || a.kind !== b.kind)) changes.push({ name, kind: a.kind, change: "changed", before: b.text, after: a.text });
  }
  return changes;
}

/** file id -> (module, public name -> description) for the files of one side. */
async function readApi(
  db: Db,
  prefix: "" | "old_",
  fileIds: readonly string[],
  fileRows?: FileRowsOf,
): Promise<Map<string, { module: string | null; names: Map<string, ApiEntry> }>> {
  const result = new Map<string, { module: string | null; names: Map<string, ApiEntry> }>();
  if (fileIds.length === 0) return result;
  const list = fileIdList(fileIds);
  const where = `file_id IN (${list})`;
  // A dataset's rows of these files: the narrowed reader, or the view.
  const from = (table: string) => fileRows?.(prefix, table, fileIds) ?? `${prefix}${table}`;
  const q = (sql: string) => db.rows<Row>(sql);
  // one connection: the queries run one after the other
  const files = await q(`SELECT CAST(f.file_id AS VARCHAR) AS file_id, f.path, f.all_kind, m.module, m.is_package
       FROM ${from("py_files")} f LEFT JOIN ${from("module_index")} m USING (file_id) WHERE f.${where}`);
  const defs =
    await q(`SELECT CAST(node_id AS VARCHAR) AS node_id, CAST(file_id AS VARCHAR) AS file_id, kind, name, local_qname, is_async, is_method, bases, returns
       FROM ${from("py_defs")} WHERE ${where} AND kind IN ('MODULE', 'CLASS', 'FUNCTION')`);
  const bindings =
    await q(`SELECT CAST(file_id AS VARCHAR) AS file_id, CAST(scope_id AS VARCHAR) AS scope_id, name, binding_kind, CAST(target_id AS VARCHAR) AS target_id, bstart
       FROM ${from("py_bindings")} WHERE ${where} ORDER BY file_id, scope_id, bstart, binding_kind`);
  const params = await q(`SELECT CAST(def_id AS VARCHAR) AS def_id, name, ordinal, param_kind, annotation, default_text, has_default
       FROM ${from("py_params")} WHERE ${where} ORDER BY def_id, ordinal`);
  const decorators = await q(`SELECT CAST(def_id AS VARCHAR) AS def_id, expr FROM ${from("py_decorators")} WHERE ${where} ORDER BY def_id, ordinal`);
  const imports = await q(`SELECT CAST(node_id AS VARCHAR) AS node_id, import_kind, module, name, alias, level FROM ${from("py_imports")} WHERE ${where}`);
  const exports = await q(`SELECT CAST(file_id AS VARCHAR) AS file_id, name FROM ${from("py_exports")} WHERE ${where} ORDER BY ordinal`);
  const defById = new Map(defs.map((d) => [str(d.node_id) as string, d]));
  const paramsByDef = groupBy(params, "def_id");
  const decoratorsByDef = groupBy(decorators, "def_id");
  const importById = new Map(imports.map((i) => [str(i.node_id) as string, i]));
  const exportsByFile = groupBy(exports, "file_id");
  const bindingsByScope = groupBy(bindings, "scope_id");

  const describe = (b: Row): ApiEntry | null => {
    const kind = str(b.binding_kind);
    const target = str(b.target_id);
    if (kind === "def" || kind === "class") {
      const d = target ? defById.get(target) : undefined;
      if (!d) return null;
      const decos = (decoratorsByDef.get(target as string) ?? []).map((x) => `@${str(x.expr)} `).join("");
      if (kind === "class") {
        const bases = parseBases(str(d.bases));
        return { kind: "class", text: `${decos}class ${str(d.name)}${bases.length ? `(${bases.join(", ")})` : ""}` };
      }
      const ret = str(d.returns);
      const sig = `${decos}${d.is_async ? "async " : ""}def ${str(d.name)}(${formatParams(paramsByDef.get(target as string) ?? [])})${ret ? ` -> ${ret}` : ""}`;
      const k = d.is_method ? "method" : "function";
      return { kind: d.is_async ? `async ${k}` : k, text: sig };
    }
    if (kind === "import") {
      const i = target ? importById.get(target) : undefined;
      if (!i) return null;
      if (str(i.import_kind) === "future") return null;
      return { kind: "import", text: formatImport(i) };
    }
    if (kind === "del" || kind === "global" || kind === "nonlocal") return null;
    return { kind: "variable", text: str(b.name) as string };
  };

  /** The last binding of each name in a scope, described (null entries dropped). */
  const scopeNames = (scopeId: string): Map<string, { entry: ApiEntry; binding: Row }> => {
    const last = new Map<string, Row>();
    for (const b of bindingsByScope.get(scopeId) ?? []) {
      const k = str(b.binding_kind);
      if (k === "global" || k === "nonlocal") continue;
      if (k === "del") last.delete(str(b.name) as string);
      else last.set(str(b.name) as string, b);
    }
    const out = new Map<string, { entry: ApiEntry; binding: Row }>();
    for (const [name, b] of last) {
      const entry = describe(b);
      if (entry) out.set(name, { entry, binding: b });
    }
    return out;
  };

  for (const f of files) {
    const fileId = str(f.file_id) as string;
    const names = new Map<string, ApiEntry>();
    const moduleDef = defs.find((d) => str(d.file_id) === fileId && str(d.kind) === "MODULE");
    result.set(fileId, { module: str(f.module), names });
    if (!moduleDef) continue;
    const isInit = /(^|\/)__init__\.pyi?$/.test(str(f.path) ?? "");
    const allNames = str(f.all_kind) === "literal" ? new Set((exportsByFile.get(fileId) ?? []).map((e) => str(e.name) as string)) : null;
    const moduleScope = scopeNames(str(moduleDef.node_id) as string);
    for (const [name, { entry, binding }] of moduleScope) {
      let isPublic: boolean;
      if (allNames) isPublic = allNames.has(name);
      else if (name.startsWith("_")) isPublic = false;
      else if (entry.kind === "import") {
        const i = importById.get(str(binding.target_id) as string);
        isPublic = isInit && i !== undefined && Number(i.level) > 0;
      } else isPublic = true;
      if (!isPublic) continue;
      names.set(name, entry);
      if (entry.kind === "class") addMembers(names, name, str(binding.target_id) as string);
    }
  }

  function addMembers(names: Map<string, ApiEntry>, prefix: string, classId: string, depth = 0): void {
    if (depth > 8) return;
    for (const [member, { entry, binding }] of scopeNames(classId)) {
      const dunder = /^__\w+__$/.test(member);
      const isPublic = !member.startsWith("_") || (dunder && entry.kind.endsWith("method"));
      if (!isPublic) continue;
      const qualified = `${prefix}.${member}`;
      names.set(qualified, entry);
      if (entry.kind === "class") addMembers(names, qualified, str(binding.target_id) as string, depth + 1);
    }
  }
  return result;
}

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const k = str(r[key]) as string;
    const xs = m.get(k);
    if (xs) xs.push(r);
    else m.set(k, [r]);
  }
  return m;
}

function parseBases(json: string | null): string[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.map(String) : [json];
  } catch {
    return [json];
  }
}

/** The parameter list as written (normalised spacing): `a, /, b: int = 1, *args, c, **kw`. */
export function formatParams(params: readonly Row[]): string {
  const parts: string[] = [];
  let sawStar = false;
  for (let i = 0; i < params.length; i++) {
    const p = params[i] as Row;
    const kind = str(p.param_kind);
    const ann = str(p.annotation);
    const def = str(p.default_text) ?? (p.has_default ? "…" : null);
    if (kind === "keyword_only" && !sawStar) {
      parts.push("*");
      sawStar = true;
    }
    let text = kind === "vararg" ? `*${str(p.name)}` : kind === "kwarg" ? `**${str(p.name)}` : (str(p.name) as string);
    if (kind === "vararg") sawStar = true;
    if (ann) text += `: ${ann}`;
    if (def !== null) text += ann ? ` = ${def}` : `=${def}`;
    parts.push(text);
    const next = params[i + 1];
    if (kind === "positional_only" && (!next || str(next.param_kind) !== "positional_only")) parts.push("/");
  }
  return parts.join(", ");
}

function formatImport(i: Row): string {
  const alias = str(i.alias);
  const as = alias ? ` as ${alias}` : "";
  if (str(i.import_kind) === "import") return `import ${str(i.module)}${as}`;
  return `from ${".".repeat(Number(i.level ?? 0))}${str(i.module) ?? ""} import ${str(i.name)}${as}`;
}
