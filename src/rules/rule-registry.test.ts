/**
 * The rule registry: the macro files (loaded from sql/macros/, run before the rules, and part of
 * the fingerprint: a state built with other macros must not be reused) and the rule headers.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RULE_INPUTS } from "../pipeline/run-build.ts";
import { defaultRuleDir, loadRules, orderedAggregates } from "./rule-registry.ts";

const scratch = mkdtempSync(join(tmpdir(), "pycpg-rule-registry-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function copyRules(name: string): string {
  const dir = join(scratch, name);
  cpSync(defaultRuleDir(), dir, { recursive: true });
  return dir;
}

describe("rule macros", () => {
  it("loads the macro files the type rules call", () => {
    const registry = loadRules(RULE_INPUTS);
    const files = registry.macros.map((m) => m.file);
    expect(files).toContain("macros/type_macros.sql");
    const macroSql = registry.macros.map((m) => m.sql).join("\n");
    for (const name of ["annotation_core", "annotation_classes", "typed_values"]) {
      expect(macroSql).toMatch(new RegExp(`CREATE OR REPLACE MACRO ${name}\\(`));
    }
    // No rule is read from the macros directory, and the type rules call the shared macros.
    expect(registry.rules.map((r) => r.file).filter((f) => f.includes("macros"))).toEqual([]);
    const sqlOf = (name: string) => registry.rules.find((r) => r.name === name)?.sql ?? "";
    expect(sqlOf("type_decls")).toContain("annotation_classes(anns)");
    expect(sqlOf("type_members")).toContain("typed_values(facts)");
    expect(sqlOf("type_targets")).toContain("typed_values(facts)");
  });

  it("puts the macros into the fingerprint", () => {
    const same = loadRules(RULE_INPUTS, copyRules("same"));
    expect(same.fingerprint).toBe(loadRules(RULE_INPUTS).fingerprint);

    const edited = copyRules("edited");
    appendFileSync(join(edited, "macros", "type_macros.sql"), "\n-- an edit\n");
    expect(loadRules(RULE_INPUTS, edited).fingerprint).not.toBe(same.fingerprint);

    const none = copyRules("none");
    rmSync(join(none, "macros"), { recursive: true });
    const withoutMacros = loadRules(RULE_INPUTS, none);
    expect(withoutMacros.macros).toEqual([]);
    expect(withoutMacros.fingerprint).not.toBe(same.fingerprint);
  });
});

describe("rule inputs", () => {
  it("rejects a rule that reads a dataset its header does not list", () => {
    const dir = copyRules("undeclared");
    const file = join(dir, "cpg_props.sql");
    const text = readFileSync(file, "utf8");
    // cpg_props does not list ref_targets: reading it (here through its scoped view) is refused
    writeFileSync(
      file,
      text.replace(
        /;?\s*$/,
        "\nUNION ALL SELECT NULL, NULL, NULL, NULL, NULL FROM in_scope_ref_targets WHERE file_id IN (SELECT file_id FROM file_allowlist) AND false\n",
      ),
    );
    expect(() => loadRules(RULE_INPUTS, dir)).toThrow(/rule cpg_props \(cpg_props\.sql\) reads ref_targets without listing it/);
    // a mention in a comment is not a read
    writeFileSync(file, `${text}\n-- see also ref_targets\n`);
    expect(() => loadRules(RULE_INPUTS, dir)).not.toThrow();
  });
});

describe("rule header: split", () => {
  it("reads `-- split: files` and refuses any other value", () => {
    const split = loadRules(RULE_INPUTS)
      .rules.filter((r) => r.splitByFiles)
      .map((r) => r.name);
    expect(split.sort()).toEqual(["call_targets", "ref_targets", "type_targets"]);
    const dir = copyRules("split");
    const file = join(dir, "cpg_props.sql");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^(-- inputs:.*)$/m, "$1\n-- split: files"));
    expect(loadRules(RULE_INPUTS, dir).rules.find((r) => r.name === "cpg_props")?.splitByFiles).toBe(true);
    writeFileSync(file, text.replace(/^(-- inputs:.*)$/m, "$1\n-- split: rows"));
    expect(() => loadRules(RULE_INPUTS, dir)).toThrow(/cpg_props \(cpg_props\.sql\): "-- split:" takes only "files", not "rows"/);
  });
});

describe("ordered aggregates", () => {
  it("finds list/string_agg with ORDER BY, not window functions or list_sort", () => {
    expect(orderedAggregates("SELECT list(dir ORDER BY g, a) FROM t GROUP BY 1")).toHaveLength(1);
    expect(orderedAggregates("SELECT string_agg(x, ',' ORDER BY lower(x)) FROM t")).toHaveLength(1);
    expect(orderedAggregates("SELECT list(DISTINCT f(a) || '|' || b ORDER BY 1) FROM t")).toHaveLength(1);
    expect(orderedAggregates("SELECT row_number() OVER (PARTITION BY a ORDER BY b), list_sort(list(x)) FROM t -- list(x ORDER BY y)")).toEqual([]);
    expect(orderedAggregates("SELECT list(x) FROM (SELECT x FROM t ORDER BY x)")).toEqual([]);
  });

  it("refuses a rule with one", () => {
    expect(loadRules(RULE_INPUTS).rules.flatMap((r) => orderedAggregates(r.sql))).toEqual([]);
    const dir = copyRules("ordered");
    const file = join(dir, "module_index.sql");
    const text = readFileSync(file, "utf8");
    const sorted = "list_transform(list_sort(list({'g': g, 'a': a, 'b': b, 'c': c, 'dir': dir})), e -> e.dir)";
    expect(text).toContain(sorted);
    writeFileSync(file, text.replace(sorted, "list(dir ORDER BY g, a, b, c)"));
    expect(() => loadRules(RULE_INPUTS, dir)).toThrow(/rule module_index \(module_index\.sql\) uses an ordered aggregate \(list\(dir ORDER BY/);
  });
});
