/**
 * The rule registry: every relationship/CPG rule is a `.sql` file in ./sql with a header that
 * declares its name, output dataset and input datasets. Rules are loaded, validated and ordered
 * so that a rule runs after every rule producing one of its inputs. Rules read the special table
 * `file_allowlist(file_id)` and must only emit rows for those files: that is what lets the
 * incremental engine run them for a subset of files with the same result for those files.
 *
 * What several rules share is written once as DuckDB macros in ./sql/macros/*.sql (statements
 * creating macros), which run before the rules and are part of the fingerprint.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Rule {
  readonly name: string;
  readonly output: string;
  readonly inputs: readonly string[];
  readonly doc: string;
  readonly sql: string;
  readonly file: string;
  /**
   * `-- split: files` in the header: a large full build computes the output a few buckets of files
   * at a time (`RunRulesOptions.parts`). Every rule gives a file the same rows whichever allowlist
   * holds it, so this is a question of speed only: rules whose cost grows with the rows of the
   * files in scope (per-site resolution) run faster in parts, whose hash tables fit in memory;
   * rules computing a closure over every file (module_exports) run slower.
   */
  readonly splitByFiles: boolean;
}

/** A file of ./sql/macros: statements creating the macros rules call. */
export interface MacroFile {
  readonly file: string;
  readonly sql: string;
}

export interface RuleRegistry {
  /** Rules in an order that respects their dependencies. */
  readonly rules: readonly Rule[];
  /** Macro files, by name: run (in this order) before the rules. */
  readonly macros: readonly MacroFile[];
  /** Output datasets in dependency order. */
  readonly outputs: readonly string[];
  /** sha256 over every rule's name and SQL and every macro file: part of the pipeline fingerprint. */
  readonly fingerprint: string;
}

/** The datasets of `names` a rule's SQL (outside its comments) reads, directly or as `in_scope_` / `in_scope_old_` views. */
export function datasetsRead(sql: string, names: readonly string[]): string[] {
  const body = sql.replace(/--[^\n]*/g, "");
  const words = new Set(body.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  return [...new Set(names)].filter((n) => words.has(n) || words.has(`in_scope_${n}`) || words.has(`in_scope_old_${n}`)).sort();
}

/**
 * The ordered aggregates in a rule's SQL (`list(x ORDER BY y)`, `string_agg(... ORDER BY ...)`):
 * DuckDB keeps a sort per group for them, which does not spill, and one in module_index ran a
 * 26.7k-file build out of its 800 MB limit. Rules sort lists with `list_sort` instead.
 */
export function orderedAggregates(sql: string): string[] {
  const body = sql.replace(/--[^\n]*/g, "");
  const re = /\b(list|array_agg|string_agg|group_concat|listagg)\s*\((?:[^()]|\([^()]*\))*?\bORDER\s+BY\b/gi;
  return [...body.matchAll(re)].map((m) => m[0].replace(/\s+/g, " ").slice(0, 60));
}

/** Where the rule files are: beside this module in the sources, `dist/sql/` in the bundle. */
export function defaultRuleDir(): string {
  return fileURLToPath(new URL("./sql/", import.meta.url));
}

/** Parses one rule file; throws a message naming the file when the header is incomplete. */
export function parseRule(file: string, text: string): Rule {
  const header = new Map<string, string>();
  let doc = "";
  let lastKey = "";
  for (const line of text.split("\n")) {
    const m = /^--\s*(rule|output|inputs|split|doc):\s*(.*)$/.exec(line);
    if (m) {
      lastKey = m[1] as string;
      header.set(lastKey, (m[2] as string).trim());
      if (lastKey === "doc") doc = (m[2] as string).trim();
      continue;
    }
    const cont = /^--\s+(.*)$/.exec(line);
    if (cont && lastKey === "doc") {
      doc += ` ${(cont[1] as string).trim()}`;
      continue;
    }
    if (!line.startsWith("--")) break;
  }
  const name = header.get("rule");
  const output = header.get("output");
  const inputs = header.get("inputs");
  if (!name || !output || inputs === undefined) {
    throw new Error(`rule file ${file} needs a header with "-- rule:", "-- output:" and "-- inputs:" lines`);
  }
  if (!/file_allowlist/.test(text)) throw new Error(`rule ${name} (${file}) must restrict its rows with file_allowlist`);
  const split = header.get("split");
  if (split !== undefined && split !== "files") throw new Error(`rule ${name} (${file}): "-- split:" takes only "files", not "${split}"`);
  return {
    name,
    output,
    inputs: inputs
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    doc,
    sql: text,
    file,
    splitByFiles: split === "files",
  };
}

/**
 * Loads the rules of `dir` and orders them. `known` are the datasets that exist before any rule
 * runs (the extracted tables); every input must be known or produced by a rule.
 */
export function loadRules(known: readonly string[], dir = defaultRuleDir()): RuleRegistry {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  const rules = files.map((f) => parseRule(f, readFileSync(`${dir}/${f}`, "utf8")));
  const names = new Set<string>();
  for (const r of rules) {
    if (names.has(r.name)) throw new Error(`two rules are named ${r.name}`);
    names.add(r.name);
  }
  const produced = new Set(rules.map((r) => r.output));
  const available = new Set(known);
  for (const r of rules) {
    for (const i of r.inputs) {
      if (!available.has(i) && !produced.has(i)) throw new Error(`rule ${r.name} reads ${i}, which no table or rule provides`);
    }
    // Outputs are computed concurrently once their inputs are written: a dataset a rule reads
    // without declaring it could be read before or after its rewrite.
    const undeclared = datasetsRead(r.sql, [...available, ...produced]).filter((d) => d !== r.output && !r.inputs.includes(d));
    if (undeclared.length > 0) throw new Error(`rule ${r.name} (${r.file}) reads ${undeclared.join(", ")} without listing it in "-- inputs:"`);
  }
  // Order outputs: an output is ready when all inputs of all its rules are available.
  const outputs: string[] = [];
  const pending = new Set(produced);
  while (pending.size > 0) {
    const ready = [...pending].sort().filter((o) => rules.filter((r) => r.output === o).every((r) => r.inputs.every((i) => available.has(i) || i === o)));
    if (ready.length === 0) throw new Error(`rules have a dependency cycle among: ${[...pending].join(", ")}`);
    for (const o of ready) {
      outputs.push(o);
      available.add(o);
      pending.delete(o);
    }
  }
  const ordered = outputs.flatMap((o) => rules.filter((r) => r.output === o));
  const macroDir = `${dir}/macros`;
  const macros = existsSync(macroDir)
    ? readdirSync(macroDir)
        .filter((f) => f.endsWith(".sql"))
        .sort()
        .map((f) => ({ file: `macros/${f}`, sql: readFileSync(`${macroDir}/${f}`, "utf8") }))
    : [];
  for (const [what, sql] of [...rules.map((r) => [`rule ${r.name} (${r.file})`, r.sql]), ...macros.map((m) => [m.file, m.sql])]) {
    const found = orderedAggregates(sql as string);
    if (found.length > 0) throw new Error(`${what} uses an ordered aggregate (${found[0]}...): sort the list with list_sort instead, see orderedAggregates`);
  }
  const h = createHash("sha256");
  for (const r of ordered) h.update(`${r.name}\0${r.sql}\0`);
  for (const m of macros) h.update(`${m.file}\0${m.sql}\0`);
  return { rules: ordered, macros, outputs, fingerprint: h.digest("hex") };
}
