/**
 * The rule registry: every relationship/CPG rule is a `.sql` file in ./sql with a header that
 * declares its name, output dataset and input datasets. Rules are loaded, validated and ordered
 * so that a rule runs after every rule producing one of its inputs. Rules read the special table
 * `file_allowlist(file_id)` and must only emit rows for those files: that is what lets the
 * incremental engine run them for a subset of files with the same result for those files.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Rule {
  readonly name: string;
  readonly output: string;
  readonly inputs: readonly string[];
  readonly doc: string;
  readonly sql: string;
  readonly file: string;
}

export interface RuleRegistry {
  /** Rules in an order that respects their dependencies. */
  readonly rules: readonly Rule[];
  /** Output datasets in dependency order. */
  readonly outputs: readonly string[];
  /** sha256 over every rule's name and SQL: part of the pipeline fingerprint. */
  readonly fingerprint: string;
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
    const m = /^--\s*(rule|output|inputs|doc):\s*(.*)$/.exec(line);
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
  const h = createHash("sha256");
  for (const r of ordered) h.update(`${r.name}\0${r.sql}\0`);
  return { rules: ordered, outputs, fingerprint: h.digest("hex") };
}
