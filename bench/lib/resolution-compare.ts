/**
 * Resolution quality against an independent resolver: compares pycpg's CALLS / REFERENCES edges
 * with scip-python's occurrences, site by site.
 *
 * A *site* is the position (file, UTF-8 byte offset) of a referenced name: the identifier of a
 * NAME_REF, the attribute name of an ATTRIBUTE (`b` in `a.b`, as SCIP marks it), and for a call
 * the name of its callee (`f` in `f(x)`, `m` in `a.m(x)`). A *target* is the position of the
 * referenced definition's name (`helper` in `def helper`, a parameter's name, the storing name of
 * a variable); a module is its file.
 *
 * SCIP side: occurrences without the Definition bit whose symbol is not `local` and has a
 * Definition occurrence somewhere in the index (=> resolves inside the repository). scip-python
 * 0.6.6 writes no Import role (every reference is ReadAccess), so import statements are told apart
 * by position: an occurrence on no pycpg NAME_REF / ATTRIBUTE node (import statements, keyword
 * argument names, ...) is not a site and is counted apart (`scip_refs_outside_sites`), as are
 * sites in a store or del context (pycpg resolves loads only).
 *
 * pycpg side: the REFERENCES edges of the NAME_REF / ATTRIBUTE and, for a callee, the CALLS edges
 * of its CALL. A site agrees when one of them points to a node whose name is at
 *  - a Definition occurrence of scip's symbol (`agree_definition`), or
 *  - another occurrence of the same scip symbol (`agree_same_symbol`): another binding of one
 *    variable (a reassigned parameter or variable: pycpg points to the last binding before the
 *    read, scip to the first), a property's setter, a function defined again in another branch.
 *    scip has one symbol for them: the same entity.
 * (A call site may agree through either edge: scip marks the callee's name, which references a
 * variable or parameter in `cls(...)` / `form_class(...)`, where CALLS says what is called.)
 *
 * precision = agreeing / (sites scip resolves in-repo where pycpg emits an edge);
 * recall = agreeing / (sites scip resolves in-repo). Edges pycpg emits where scip has no in-repo
 * resolution are listed by category, not counted as errors. Function-local names (scip `local`
 * symbols that have a Definition in the same file) are scored apart, for information.
 *
 * The join runs in DuckDB (SymPy has ~2.4M name sites): scip's occurrences are written to a TSV
 * file of integers, read next to the published Parquet tables; only the rows that need a
 * category come back to JavaScript.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { decodeScipIndex, isLocalSymbol, type ScipIndex } from "../../src/scip/decode-scip-index.ts";
import { positionUnitOf, ScipPositionMapper } from "../../src/scip/position-units.ts";
import { loadScipSchema, SymbolRole } from "../../src/scip/scip-schema.ts";
import { type DatasetEntry, relationOf } from "../../src/store/state-store.ts";

export interface Score {
  /** Sites scip resolves to a definition in the repository. */
  sites: number;
  /** Of those, sites where pycpg emits an edge. */
  pycpg_edges: number;
  agree: number;
  /** agree: pycpg's target is at a Definition occurrence of scip's symbol */
  agree_definition: number;
  /** agree: pycpg's target is at another occurrence of the same scip symbol */
  agree_same_symbol: number;
  disagree: number;
  /** scip resolves in-repo, pycpg emits no edge. */
  missing: number;
  /** agree / pycpg_edges */
  precision: number;
  /** agree / sites */
  recall: number;
}

export interface CategoryCount {
  category: string;
  count: number;
  examples: string[];
}

export interface CompareResult {
  documents: number;
  occurrences: number;
  /** Positions of non-definition, non-local scip occurrences whose symbol is defined in the index. */
  scip_in_repo_refs: number;
  overall: Score;
  calls: Score;
  names: Score;
  /** Function-local names (scip `local` symbols, matched to their definition in the same file): informational. */
  locals: Score;
  disagree: CategoryCount[];
  missing: CategoryCount[];
  /** pycpg edges at sites where scip has no in-repo resolution (not errors). */
  pycpg_only: CategoryCount[];
  /** scip in-repo references at positions that are no pycpg load site (not scored). */
  scip_refs_outside_sites: CategoryCount[];
}

export interface CompareInput {
  /** The repository both tools indexed. */
  readonly repoDir: string;
  readonly index: ScipIndex;
  /** pycpg's published output directory (cpg_nodes/, cpg_edges/, cpg_props/). */
  readonly out: string;
  /** pycpg's state directory: its internal ref_targets / call_targets only name categories. */
  readonly state: string;
  /** Scratch directory for the TSV files handed to DuckDB. */
  readonly workDir: string;
  /** Examples kept per category (default 5). */
  readonly examplesPerCategory?: number;
  readonly log?: (line: string) => void;
}

/** Reads `file` and decodes it as a SCIP index. */
export async function readScipIndex(file: string): Promise<ScipIndex> {
  await loadScipSchema();
  return decodeScipIndex(readFileSync(file));
}

interface SourceFile {
  bytes: Buffer;
  /** latin1 view: one char per byte, so string indexes are byte offsets. */
  text: string;
  lineStarts: number[];
  mapper: ScipPositionMapper;
}

class Sources {
  private readonly files = new Map<string, SourceFile | null>();
  constructor(private readonly repoDir: string) {}

  get(path: string): SourceFile | null {
    let f = this.files.get(path);
    if (f === undefined) {
      try {
        const bytes = readFileSync(join(this.repoDir, path));
        const lineStarts = [0];
        for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lineStarts.push(i + 1);
        f = { bytes, text: bytes.toString("latin1"), lineStarts, mapper: new ScipPositionMapper(bytes) };
      } catch {
        f = null;
      }
      this.files.set(path, f);
    }
    return f;
  }

  /** Forgets a file's text (the scip pass reads every file once). */
  drop(path: string): void {
    this.files.delete(path);
  }

  /** 1-based line of a byte offset. */
  line(path: string, offset: number): number {
    const f = this.get(path);
    if (!f) return 0;
    let lo = 0;
    let hi = f.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((f.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The source line holding `offset`, trimmed and clipped, for examples. */
  snippet(path: string, offset: number): string {
    const f = this.get(path);
    if (!f) return "";
    const line = this.line(path, offset);
    const start = f.lineStarts[line - 1] as number;
    const end = line < f.lineStarts.length ? (f.lineStarts[line] as number) - 1 : f.bytes.length;
    const s = f.bytes.subarray(start, end).toString("utf8").trim();
    return s.length > 90 ? `${s.slice(0, 87)}...` : s;
  }
}

/** What a scip symbol names, from its last descriptor. */
export function scipSymbolKind(symbol: string): "module" | "parameter" | "method" | "function" | "class" | "class attribute" | "variable" | "other" {
  if (symbol.endsWith(":")) return "module";
  if (/\([^()]*\)$/.test(symbol) && !symbol.endsWith("()")) return "parameter";
  const desc = symbol.split(" ").slice(4).join(" ");
  if (desc.endsWith("().")) return /#[^/#]*\(\)\.$/.test(desc) ? "method" : "function";
  if (desc.endsWith("#")) return "class";
  if (desc.endsWith(".")) return /#[^/#]*\.$/.test(desc) ? "class attribute" : "variable";
  return "other";
}

/** The symbol without `scip-python python <pkg> <version> `. */
export function shortSymbol(symbol: string): string {
  return isLocalSymbol(symbol) ? symbol : symbol.split(" ").slice(4).join(" ");
}

/** The last identifier a scip symbol names (`helper` for `` `pkg.a`/helper(). ``, `x` for `f().(x)`). */
function scipName(symbol: string): string {
  const param = /\(([A-Za-z_][A-Za-z0-9_]*)\)$/.exec(symbol);
  if (param) return param[1] as string;
  const m = /([A-Za-z_][A-Za-z0-9_]*)(\(\)\.|[#.:/])?$/.exec(symbol.replace(/`/g, ""));
  return m?.[1] ?? "";
}

class Categories {
  private readonly map = new Map<string, { count: number; examples: { rank: number; text: string }[] }>();
  constructor(private readonly keep: number) {}

  add(category: string, example: () => string, rankKey: string, count = 1): void {
    let c = this.map.get(category);
    if (!c) {
      c = { count: 0, examples: [] };
      this.map.set(category, c);
    }
    c.count += count;
    // Keep the examples with the smallest hash of their position: spread over the corpus, deterministic.
    const rank = fnv(rankKey);
    if (c.examples.length < this.keep || rank < (c.examples[c.examples.length - 1]?.rank ?? 0)) {
      c.examples.push({ rank, text: example() });
      c.examples.sort((a, b) => a.rank - b.rank);
      if (c.examples.length > this.keep) c.examples.pop();
    }
  }

  list(): CategoryCount[] {
    return [...this.map.entries()]
      .map(([category, c]) => ({ category, count: c.count, examples: c.examples.map((e) => e.text) }))
      .sort((a, b) => b.count - a.count || (a.category < b.category ? -1 : 1));
  }
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function emptyScore(): Score {
  return { sites: 0, pycpg_edges: 0, agree: 0, agree_definition: 0, agree_same_symbol: 0, disagree: 0, missing: 0, precision: Number.NaN, recall: Number.NaN };
}

function finish(s: Score): Score {
  s.precision = s.pycpg_edges ? s.agree / s.pycpg_edges : Number.NaN;
  s.recall = s.sites ? s.agree / s.sites : Number.NaN;
  return s;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Offset standing for "the module itself" (scip: an empty range at 0:0; pycpg: a MODULE node). */
const MODULE_OFFSET = -1;

const sqlStr = (s: string) => `'${s.replace(/'/g, "''")}'`;
const tsv = (file: string, columns: Record<string, string>) =>
  `read_csv(${sqlStr(file)}, delim = '\t', header = false, quote = '', escape = '', auto_detect = false, columns = {${Object.entries(columns)
    .map(([k, v]) => `'${k}': '${v}'`)
    .join(", ")}})`;

/** An internal dataset of a state (manifest.json) through the store's reader, null if absent or empty. */
function stateDatasetRelation(state: string, dataset: string): string | null {
  try {
    const m = JSON.parse(readFileSync(join(state, "manifest.json"), "utf8")) as { datasets: Record<string, DatasetEntry> };
    const ds = m.datasets[dataset];
    if (!ds || Object.values(ds.buckets).every((b) => b.files.length === 0)) return null;
    return relationOf(state, ds, { partitionColumn: "file_id" });
  } catch {
    return null;
  }
}

async function rows(con: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await con.runAndReadAll(sql)).getRows() as unknown[][];
}

interface ScipTables {
  paths: string[];
  symbols: string[];
  /** First Definition of each symbol id: [path id, offset] or undefined. */
  firstDef: ([number, number] | undefined)[];
  occurrences: number;
}

/** Writes scip's occurrences as TSV files of integers: paths.tsv, sym.tsv, occ.tsv. */
function writeScipTables(index: ScipIndex, src: Sources, workDir: string, project: string): ScipTables {
  const pathIds = new Map<string, number>();
  const symIds = new Map<string, number>();
  const symbols: string[] = [];
  const symLocal: boolean[] = [];
  const firstDef: ([number, number] | undefined)[] = [];
  const occ: string[] = [];
  let occurrences = 0;
  for (const doc of index.documents) {
    const file = src.get(doc.relativePath);
    if (!file || /[\t\n\r]/.test(doc.relativePath)) continue;
    const pid = pathIds.size;
    pathIds.set(doc.relativePath, pid);
    const unit = positionUnitOf(doc.positionEncoding);
    const lines: string[] = [];
    for (const o of doc.occurrences) {
      occurrences++;
      const local = isLocalSymbol(o.symbol);
      const key = local ? `${doc.relativePath}\0${o.symbol}` : o.symbol;
      let sid = symIds.get(key);
      if (sid === undefined) {
        sid = symbols.length;
        symIds.set(key, sid);
        symbols.push(o.symbol);
        symLocal.push(local);
        firstDef.push(undefined);
      }
      const r = o.range;
      const isDef = (o.roles & SymbolRole.Definition) !== 0;
      let off: number;
      if (isDef && r.startLine === 0 && r.startChar === 0 && r.endLine === 0 && r.endChar === 0) off = MODULE_OFFSET;
      else {
        const pos = file.mapper.toBytes(r.startLine, r.startChar, unit);
        if (!pos) continue;
        off = pos.offset;
      }
      if (isDef && firstDef[sid] === undefined) firstDef[sid] = [pid, off];
      lines.push(`${pid}\t${off}\t${sid}\t${isDef ? 1 : 0}`);
    }
    occ.push(lines.join("\n"));
    src.drop(doc.relativePath);
  }
  mkdirSync(workDir, { recursive: true });
  writeFileSync(join(workDir, "occ.tsv"), `${occ.filter((s) => s !== "").join("\n")}\n`);
  writeFileSync(join(workDir, "paths.tsv"), `${[...pathIds.entries()].map(([p, i]) => `${i}\t${p}`).join("\n")}\n`);
  // status: 0 has a Definition in the index (in-repo; or local, with its definition in the file), 1 local, 2 standard library / builtins, 3 this project but no definition, 4 another package
  const sym = symbols.map((s, i) => {
    const status = firstDef[i] ? 0 : symLocal[i] ? 1 : / python-stdlib /.test(s) ? 2 : s.startsWith(`scip-python python ${project} `) ? 3 : 4;
    return `${i}\t${status}\t${symLocal[i] ? 1 : 0}`;
  });
  writeFileSync(join(workDir, "sym.tsv"), `${sym.join("\n")}\n`);
  return { paths: [...pathIds.keys()], symbols, firstDef, occurrences };
}

/** Byte offset of a FUNCTION's or CLASS's name: after `def` / `async def` / `class` at the start of its span. */
function defNameAt(f: SourceFile | null, kind: string, name: string, bstart: number, bend: number): number {
  if (!f) return bstart;
  const re = kind === "CLASS" ? /class[ \t\f\\\r\n]+/y : /(?:async[ \t\f\\\r\n]+)?def[ \t\f\\\r\n]+/y;
  re.lastIndex = bstart;
  const m = re.exec(f.text);
  const nameLatin1 = Buffer.from(name, "utf8").toString("latin1");
  if (m && f.text.startsWith(nameLatin1, re.lastIndex)) return re.lastIndex;
  const i = f.text.indexOf(nameLatin1, bstart);
  return i >= 0 && i < bend ? i : bstart;
}

interface Target {
  kind: string;
  path: string;
  name: string;
  /** Offset of the name (MODULE_OFFSET for a module; -2 for nodes that are no definition: IMPORT). */
  at: number;
}

/** Runs the comparison (reads the repository's files, writes TSV files to workDir). */
export async function compareResolution(input: CompareInput): Promise<CompareResult> {
  const keep = input.examplesPerCategory ?? 5;
  const log = input.log ?? (() => {});
  const src = new Sources(input.repoDir);
  const project = projectOf(input.index);
  const w = input.workDir;
  const st = writeScipTables(input.index, src, w, project);
  log(`${st.occurrences} scip occurrences of ${st.paths.length} documents written for DuckDB`);

  const instance = await DuckDBInstance.create(":memory:");
  const con = await instance.connect();
  try {
    const t = (name: string) => `read_parquet(${sqlStr(join(input.out, name, "*.parquet"))})`;
    await con.run(`CREATE TEMP TABLE paths AS SELECT * FROM ${tsv(join(w, "paths.tsv"), { pid: "INTEGER", path: "VARCHAR" })}`);
    await con.run(`CREATE TEMP TABLE sym AS SELECT * FROM ${tsv(join(w, "sym.tsv"), { sid: "INTEGER", status: "INTEGER", local: "INTEGER" })}`);
    await con.run(`CREATE TEMP TABLE occ AS SELECT * FROM ${tsv(join(w, "occ.tsv"), { pid: "INTEGER", off: "INTEGER", sid: "INTEGER", is_def: "INTEGER" })}`);
    await con.run(`CREATE TEMP TABLE n AS SELECT node_id, kind, path, name, bstart, bend FROM ${t("cpg_nodes")}`);
    await con.run(`CREATE TEMP TABLE e AS SELECT kind, src, dst FROM ${t("cpg_edges")} WHERE kind IN ('CALLS', 'REFERENCES')`);
    await con.run(`CREATE TEMP TABLE p AS SELECT entity_id, key, value FROM ${t("cpg_props")} WHERE key IN ('ctx', 'callee_kind')`);
    await con.run(`
      CREATE TEMP TABLE s AS
      SELECT n.node_id, n.kind, n.path, paths.pid, n.name, n.bstart, n.bend,
             CASE WHEN n.kind = 'ATTRIBUTE' THEN n.bend - strlen(n.name) ELSE n.bstart END AS name_at,
             ctx.value AS ctx
      FROM n LEFT JOIN p ctx ON ctx.entity_id = n.node_id AND ctx.key = 'ctx'
      LEFT JOIN paths ON paths.path = n.path
      WHERE n.kind IN ('NAME_REF', 'ATTRIBUTE')`);
    // A CALL's callee: the NAME_REF / ATTRIBUTE starting where the call starts, the longest one
    // ending before the call's end (`a.b(c).d(e)`: the callee of the outer call is `a.b(c).d`).
    await con.run(`
      CREATE TEMP TABLE callee AS
      SELECT c.node_id AS call_id, arg_max(s.node_id, s.bend) AS site_id
      FROM n c
      JOIN p ck ON ck.entity_id = c.node_id AND ck.key = 'callee_kind' AND ck.value IN ('name', 'attribute')
      JOIN s ON s.path = c.path AND s.bstart = c.bstart AND s.bend < c.bend
            AND s.kind = CASE ck.value WHEN 'name' THEN 'NAME_REF' ELSE 'ATTRIBUTE' END
      WHERE c.kind = 'CALL'
      GROUP BY c.node_id`);
    await con.run(`
      CREATE TEMP TABLE site_edges AS
      SELECT e.src AS site_id, e.dst, 1 AS ord FROM e WHERE e.kind = 'REFERENCES'
      UNION
      SELECT ce.site_id, e.dst, 0 AS ord FROM callee ce JOIN e ON e.kind = 'CALLS' AND e.src = ce.call_id`);

    // Target name positions: the graph has no name span for definitions, the bench derives it.
    const targets = new Map<string, Target>();
    const tk: string[] = [];
    for (const r of await rows(con, `SELECT node_id::VARCHAR, kind, path, name, bstart, bend FROM n WHERE node_id IN (SELECT dst FROM site_edges)`)) {
      const [id, kind, path, name, bstart, bend] = [String(r[0]), String(r[1]), String(r[2]), String(r[3]), Number(r[4]), Number(r[5])];
      let at = -2;
      if (kind === "MODULE") at = MODULE_OFFSET;
      else if (kind === "NAME_REF") at = bstart;
      else if (kind === "ATTRIBUTE")
        at = bend - Buffer.byteLength(name); // an instance attribute's store
      else if (kind === "PARAM") {
        const f = src.get(path);
        at = bstart;
        while (f && f.text[at] === "*") at++;
      } else if (kind === "FUNCTION" || kind === "CLASS") at = defNameAt(src.get(path), kind, name, bstart, bend);
      targets.set(id, { kind, path, name, at });
      tk.push(`${id}\t${path.replace(/[\t\n]/g, " ")}\t${at}`);
    }
    writeFileSync(join(w, "tk.tsv"), `${tk.join("\n")}\n`);
    await con.run(`
      CREATE TEMP TABLE tk AS
      SELECT x.node_id, paths.pid, x.off FROM ${tsv(join(w, "tk.tsv"), { node_id: "BIGINT", path: "VARCHAR", off: "INTEGER" })} x
      JOIN paths ON paths.path = x.path`);

    // One scored reference per position: an in-repo symbol first, else a local one with a definition.
    await con.run(`
      CREATE TEMP TABLE refs AS
      SELECT o.pid, o.off, arg_min(o.sid, y.local) AS sid, min(y.local) AS local
      FROM occ o JOIN sym y USING (sid)
      WHERE o.is_def = 0 AND y.status = 0
      GROUP BY o.pid, o.off`);
    await con.run(`
      CREATE TEMP TABLE u AS
      SELECT r.pid, r.off, r.sid, r.local, s.node_id AS site_id, s.kind, s.ctx, ce.call_id
      FROM refs r
      LEFT JOIN s ON s.pid = r.pid AND s.name_at = r.off
      LEFT JOIN callee ce ON ce.site_id = s.node_id
      QUALIFY row_number() OVER (PARTITION BY r.pid, r.off ORDER BY (s.ctx = 'load') DESC NULLS LAST, s.kind) = 1`);
    // Where pycpg's targets carry scip's symbol: best = 1 a Definition, 0 another occurrence.
    await con.run(`
      CREATE TEMP TABLE verdict AS
      WITH ec AS (SELECT site_id, count(*) AS n FROM site_edges GROUP BY site_id),
      m AS (
        SELECT u.site_id, max(d.is_def) AS best
        FROM u JOIN site_edges x ON x.site_id = u.site_id
        JOIN tk ON tk.node_id = x.dst
        JOIN occ d ON d.pid = tk.pid AND d.off = tk.off AND d.sid = u.sid
        WHERE u.ctx = 'load'
        GROUP BY u.site_id)
      SELECT u.*, coalesce(ec.n, 0) AS n_edges,
             CASE WHEN m.best = 1 THEN 'agree_definition' WHEN m.best = 0 THEN 'agree_same_symbol'
                  WHEN ec.n > 0 THEN 'disagree' ELSE 'missing' END AS outcome
      FROM u LEFT JOIN m ON m.site_id = u.site_id LEFT JOIN ec ON ec.site_id = u.site_id
      WHERE u.ctx = 'load'`);

    const overall = emptyScore();
    const calls = emptyScore();
    const names = emptyScore();
    const locals = emptyScore();
    for (const r of await rows(con, `SELECT local, call_id IS NOT NULL, outcome, count(*) FROM verdict GROUP BY ALL`)) {
      const [local, isCall, outcome, n] = [Number(r[0]) === 1, r[1] === true, String(r[2]), Number(r[3])];
      for (const sc of local ? [locals] : [overall, isCall ? calls : names]) {
        sc.sites += n;
        if (outcome !== "missing") sc.pycpg_edges += n;
        if (outcome === "agree_definition" || outcome === "agree_same_symbol") {
          sc.agree += n;
          sc[outcome] += n;
        } else if (outcome === "disagree") sc.disagree += n;
        else sc.missing += n;
      }
    }
    const scipInRepo = Number((await rows(con, "SELECT count(*) FROM refs WHERE local = 0"))[0]?.[0] ?? 0);

    // Internal datasets (their columns may change between versions): only used to name categories.
    await con.run("CREATE TEMP TABLE rr (site_id BIGINT, resolution VARCHAR, kind VARCHAR)");
    for (const ds of ["ref_targets", "call_targets", "type_targets"]) {
      const relation = stateDatasetRelation(input.state, ds);
      if (relation === null) continue;
      try {
        await con.run(
          `INSERT INTO rr SELECT site_id, arg_max(resolution, confidence), arg_max(kind, confidence) FROM ${relation} WHERE site_id NOT IN (SELECT site_id FROM rr) GROUP BY site_id`,
        );
      } catch {
        log(`internal dataset ${ds} has another layout: categories get coarser, the scores do not change`);
      }
    }

    const describeScip = (sid: number): string => {
      const d = st.firstDef[sid];
      const sym = st.symbols[sid] ?? "?";
      if (!d) return shortSymbol(sym);
      const path = st.paths[d[0]] ?? "?";
      return `${shortSymbol(sym)} @${path}:${d[1] === MODULE_OFFSET ? 1 : src.line(path, d[1])}`;
    };
    const describeTarget = (id: string): string => {
      const tg = targets.get(id);
      if (!tg) return `? ${id}`;
      return `${tg.kind} ${tg.name} @${tg.path}:${tg.at < 0 ? 1 : src.line(tg.path, tg.at)}`;
    };
    const scipDefShape = (sid: number): string => {
      const d = st.firstDef[sid];
      if (!d) return "?";
      const path = st.paths[d[0]] ?? "";
      if (d[1] === MODULE_OFFSET) return `module ${path}`;
      const f = src.get(path);
      if (!f) return "?";
      let j = d[1] - 1;
      while (j >= 0 && /\s/.test(f.text[j] as string)) j--;
      return f.text[j] === "." ? "assigned on an instance (self.x = ... in a method)" : "bound in a scope";
    };

    // Rows that need a category: in-repo sites where pycpg differs or has no edge.
    const disagree = new Categories(keep);
    const missing = new Categories(keep);
    const detail = await rows(
      con,
      `
      SELECT v.outcome, paths.path, v.off, v.sid, v.call_id IS NOT NULL, s.kind, s.name, s.bstart, s.bend,
             (SELECT list(DISTINCT x.dst::VARCHAR) FROM site_edges x WHERE x.site_id = v.site_id) AS tgts,
             coalesce(rr1.resolution, rr2.resolution), coalesce(rr1.kind, rr2.kind), rcv.kind, rcv_rr.resolution, rcv_rr.kind
      FROM verdict v
      JOIN paths USING (pid)
      JOIN s ON s.node_id = v.site_id
      LEFT JOIN rr rr1 ON rr1.site_id = v.site_id
      LEFT JOIN rr rr2 ON rr2.site_id = v.call_id
      LEFT JOIN LATERAL (
        SELECT arg_max(r.node_id, r.bend) AS node_id FROM s r
        WHERE r.pid = s.pid AND r.bstart = s.bstart AND r.bend < s.name_at AND s.kind = 'ATTRIBUTE' AND r.node_id <> s.node_id
      ) recv ON true
      LEFT JOIN LATERAL (SELECT arg_min(x.dst, x.ord) AS dst FROM site_edges x WHERE x.site_id = recv.node_id) rt ON true
      LEFT JOIN n rcv ON rcv.node_id = rt.dst
      LEFT JOIN rr rcv_rr ON rcv_rr.site_id = recv.node_id
      WHERE v.local = 0 AND v.outcome IN ('disagree', 'missing')`,
    );
    for (const r of detail) {
      const [outcome, path, off, sid, isCall, kind, name, bstart] = [
        String(r[0]),
        String(r[1]),
        Number(r[2]),
        Number(r[3]),
        r[4] === true,
        String(r[5]),
        String(r[6]),
        Number(r[7]),
      ];
      const tgts = listOf(r[9]);
      const site: SiteInfo = {
        path,
        kind,
        name,
        bstart,
        nameAt: off,
        resolution: r[10] === null ? null : `${r[10]}/${r[11]}`,
        receiverTarget: r[12] === null ? null : String(r[12]),
        receiverResolution: r[13] === null ? null : `${r[13]}/${r[14]}`,
      };
      const symbol = st.symbols[sid] ?? "";
      const where = `${path}:${src.line(path, off)}`;
      const rank = `${path}:${off}`;
      const head = isCall ? "call" : "name";
      if (outcome === "missing") {
        missing.add(
          `${head}: ${missCategory(site, symbol, scipDefShape(sid), src)}`,
          () => `${where}  \`${src.snippet(path, off)}\`  scip: ${describeScip(sid)}`,
          rank,
        );
      } else {
        const tg = targets.get(tgts[0] ?? "");
        disagree.add(
          `${head}: ${disagreeCategory(tg, symbol, site, src, scipDefShape(sid))}`,
          () => `${where}  \`${src.snippet(path, off)}\`  pycpg: ${tgts.map(describeTarget).join(", ")}; scip: ${describeScip(sid)}`,
          rank,
        );
      }
    }

    // scip in-repo references that fall on no pycpg load site.
    const importSpans = new Map<string, [number, number][]>();
    for (const r of await rows(con, `SELECT path, bstart, bend FROM n WHERE kind = 'IMPORT'`)) {
      const l = importSpans.get(String(r[0])) ?? [];
      l.push([Number(r[1]), Number(r[2])]);
      importSpans.set(String(r[0]), l);
    }
    const outside = new Categories(keep);
    for (const r of await rows(
      con,
      `SELECT paths.path, u.off, u.sid, u.kind, u.ctx FROM u JOIN paths USING (pid) WHERE u.local = 0 AND u.ctx IS DISTINCT FROM 'load'`,
    )) {
      const [path, off, sid] = [String(r[0]), Number(r[1]), Number(r[2])];
      const why = r[3] !== null ? `pycpg ${String(r[3])} in ${String(r[4] ?? "?")} context` : notASite(src, importSpans, path, off);
      outside.add(why, () => `${path}:${src.line(path, off)}  \`${src.snippet(path, off)}\`  scip: ${describeScip(sid)}`, `${path}:${off}`);
    }

    // pycpg edges at load sites scip does not resolve in the repository: counts by category, a few examples each.
    const pycpgOnly = new Categories(keep);
    const only = await rows(
      con,
      `
      WITH o AS (
        SELECT s.node_id, s.path, s.name_at,
               (SELECT arg_min(x.dst, x.ord) FROM site_edges x WHERE x.site_id = s.node_id) AS dst,
               (SELECT min(y.status) FROM occ q JOIN sym y USING (sid) WHERE q.pid = s.pid AND q.off = s.name_at AND q.is_def = 0) AS status
        FROM s
        WHERE s.ctx = 'load' AND EXISTS (SELECT 1 FROM site_edges x WHERE x.site_id = s.node_id)
          AND NOT EXISTS (SELECT 1 FROM verdict v WHERE v.site_id = s.node_id)),
      c AS (SELECT o.*, tn.kind AS tkind, count(*) OVER (PARTITION BY o.status, tn.kind) AS cnt,
                   row_number() OVER (PARTITION BY o.status, tn.kind ORDER BY hash(o.path, o.name_at)) AS rn
            FROM o LEFT JOIN n tn ON tn.node_id = o.dst)
      SELECT status, tkind, cnt, path, name_at, dst::VARCHAR FROM c WHERE rn <= ${keep} ORDER BY status, tkind, rn`,
    );
    const seen = new Set<string>();
    for (const r of only) {
      const status = r[0] === null ? null : Number(r[0]);
      const why =
        status === null
          ? "no scip occurrence at the site"
          : status === 0
            ? "scip: in-repo symbol (unscored)"
            : status === 1
              ? "scip: function-local symbol without a definition"
              : status === 2
                ? "scip: standard library or builtin symbol"
                : status === 3
                  ? "scip: in-repo symbol without a definition occurrence"
                  : "scip: symbol of another package";
      const cat = `${why} (pycpg -> ${String(r[1] ?? "?")})`;
      const [path, at, dst] = [String(r[3]), Number(r[4]), String(r[5])];
      const first = !seen.has(cat);
      seen.add(cat);
      pycpgOnly.add(
        cat,
        () => `${path}:${src.line(path, at)}  \`${src.snippet(path, at)}\`  pycpg: ${describeTarget(dst)}`,
        `${path}:${at}`,
        first ? Number(r[2]) : 0,
      );
    }

    return {
      documents: input.index.documents.length,
      occurrences: st.occurrences,
      scip_in_repo_refs: scipInRepo,
      overall: finish(overall),
      calls: finish(calls),
      names: finish(names),
      locals: finish(locals),
      disagree: disagree.list(),
      missing: missing.list(),
      pycpg_only: pycpgOnly.list(),
      scip_refs_outside_sites: outside.list(),
    };
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

function listOf(v: unknown): string[] {
  if (v && typeof v === "object" && "items" in v && Array.isArray((v as { items: unknown[] }).items)) return (v as { items: unknown[] }).items.map(String);
  return Array.isArray(v) ? v.map(String) : [];
}

function projectOf(index: ScipIndex): string {
  for (const d of index.documents) for (const o of d.occurrences) if (!isLocalSymbol(o.symbol)) return o.symbol.split(" ")[2] ?? "";
  return "";
}

/** A site that needs a category, with how pycpg's rules resolved it and its receiver. */
interface SiteInfo {
  path: string;
  kind: string;
  name: string;
  bstart: number;
  nameAt: number;
  /** rule resolution/kind of the site (NAME_REF) or its call */
  resolution: string | null;
  /** kind of the node an ATTRIBUTE's receiver points to */
  receiverTarget: string | null;
  receiverResolution: string | null;
}

/** Why a scip reference falls on no pycpg load site. */
function notASite(src: Sources, importSpans: ReadonlyMap<string, readonly (readonly [number, number])[]>, path: string, offset: number): string {
  const spans = importSpans.get(path) ?? [];
  if (spans.some(([a, b]) => a <= offset && offset < b)) return "import statement: imported name";
  const f = src.get(path);
  if (!f) return "other";
  const lineStart = f.lineStarts[src.line(path, offset) - 1] as number;
  const before = f.text.slice(lineStart, offset);
  if (/^\s*(from\s+\S*\s*$|import\s)/.test(before) || /^\s*from\s+[\w.]+\s+import\b/.test(before)) return "import statement: module name";
  const after = f.text.slice(offset, offset + 80);
  if (/^[A-Za-z_0-9]+\s*=(?!=)/.test(after)) return "keyword argument name";
  if (/^\s*(global|nonlocal)\s/.test(before)) return "global / nonlocal statement";
  if (/\b(def|class)\s+$/.test(before)) return "name of a def that scip reads as a reference (property setter, redefinition)";
  return "other (no pycpg NAME_REF / ATTRIBUTE at the position)";
}

/** Why pycpg has no edge where scip resolves in-repo. */
function missCategory(site: SiteInfo, symbol: string, scipDef: string, src: Sources): string {
  const sk = scipSymbolKind(symbol);
  if (site.kind === "ATTRIBUTE") {
    const f = src.get(site.path);
    const recv = f
      ? Buffer.from(f.text.slice(site.bstart, site.nameAt), "latin1")
          .toString("utf8")
          .replace(/\s*\.\s*$/, "")
          .trim()
      : "";
    if (recv === "self" || recv === "cls") return sk === "method" ? `${recv}.method not found along the MRO` : `${recv}.x where scip's x is ${scipDef}`;
    if (/^super\(.*\)$/s.test(recv)) return "super().member not found";
    if (recv.endsWith(")")) return `attribute of a call result (needs its return type) -> scip ${sk}`;
    if (recv.endsWith("]")) return "attribute of a subscript (needs the element type)";
    const shape = IDENT.test(recv) ? "name" : "attribute chain";
    switch (site.receiverTarget) {
      case "PARAM":
        return `attribute of a parameter (needs its type) -> scip ${sk}`;
      case "NAME_REF":
        return `attribute of a variable (needs its value's type) -> scip ${sk}`;
      case "CLASS":
        return `class member not found by pycpg (Cls.x) -> scip ${sk}`;
      case "MODULE":
        return `module member not found by pycpg (mod.x) -> scip ${sk}`;
      case "IMPORT":
        return `attribute of an import pycpg did not resolve in-repo -> scip ${sk}`;
      case null:
        return `attribute of an unresolved ${shape}${site.receiverResolution ? ` (${site.receiverResolution})` : ""} -> scip ${sk}`;
      default:
        return `attribute of a ${shape} resolved to ${site.receiverTarget} -> scip ${sk}`;
    }
  }
  if (!site.resolution) return `name not resolved (no rule row) -> scip ${sk}`;
  if (site.resolution.startsWith("builtin/")) return `name taken for a builtin -> scip ${sk}`;
  return `name not resolved (pycpg ${site.resolution}) -> scip ${sk}`;
}

/** Why pycpg points elsewhere. */
function disagreeCategory(t: Target | undefined, symbol: string, site: SiteInfo, src: Sources, scipDef: string): string {
  const sk = scipSymbolKind(symbol);
  if (!t) return "pycpg target not in the graph";
  // The written name, pycpg's target and scip's symbol: when pycpg's target has the written name
  // and scip's symbol another one (`models.CharField` -> scip `DateTimeField#`), scip-python is the
  // suspect (it does this through star-import re-exports).
  const written = site.name;
  const scipN = scipName(symbol);
  if (sk !== "module" && t.kind !== "MODULE" && t.kind !== "IMPORT" && t.name === written && scipN !== written)
    return `scip's symbol names another identifier than the one written (suspected scip-python error) -> scip ${sk}`;
  if (t.kind === "MODULE" && sk !== "module" && t.name.split(".").pop() === written && scipN !== written)
    return `scip's symbol names another identifier than the written module name (suspected scip-python error) -> scip ${sk}`;
  const sameName = t.name === scipN || (t.kind === "MODULE" && sk === "module");
  switch (t.kind) {
    case "IMPORT":
      return `pycpg points to the import binding (import target not found in-repo) -> scip ${sk}`;
    case "NAME_REF": {
      const f = src.get(t.path);
      if (f) {
        const lineStart = f.text.lastIndexOf("\n", t.at - 1) + 1;
        const before = f.text.slice(lineStart, t.at);
        if (/\bfor\s+[\w\s,()]*$/.test(before) && !/^\s*(async\s+)?for\s/.test(before))
          return "pycpg: a comprehension variable leaking into the enclosing scope (known limit)";
      }
      if (sk === "module" && scipDef === `module ${t.path}`)
        return "scip names the module that defines the variable instead of the variable (scip-python quirk)";
      if (sk === "class attribute" && scipDef.startsWith("assigned on an instance"))
        return "pycpg: the class attribute found along the MRO; scip: an instance attribute (self.x = ...)";
      if (sk === "variable" || sk === "class attribute") return sameName ? "another binding of the same variable" : `variable vs ${sk} of another name`;
      return `pycpg stops at a variable binding, scip follows its value -> scip ${sk}`;
    }
    case "PARAM":
      return sk === "parameter" ? "another parameter" : `pycpg parameter vs scip ${sk}`;
    case "FUNCTION":
    case "CLASS": {
      const f = src.get(site.path);
      if (f && site.kind === "ATTRIBUTE" && /^super\(\s*[^\s)]/.test(f.text.slice(site.bstart, site.nameAt)))
        return "two-argument super(C, self).m: pycpg searches the MRO from the enclosing class, not after C";
      return sameName
        ? `same name, another ${t.kind === "CLASS" ? "class" : "function"} (redefinition, override, re-export choice)`
        : `pycpg ${t.kind} vs scip ${sk} of another name`;
    }
    case "MODULE":
      return sk === "module" && sameName ? "scip marks the whole dotted module path at its first name (scip-python granularity)" : `pycpg module vs scip ${sk}`;
    default:
      return `pycpg ${t.kind} vs scip ${sk}`;
  }
}
