/**
 * An incremental run skips recomputing the module index when no replaced file's imports changed
 * in the columns the module_index rule reads (MODULE_INDEX_IMPORT_COLUMNS): this checks the rule
 * reads no other column of py_imports, so the skip stays sound when the rule changes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MODULE_INDEX_IMPORT_COLUMNS } from "../src/pipeline/run-build.ts";
import { defaultRuleDir } from "../src/rules/rule-registry.ts";

describe("the module index's inputs", () => {
  it("module_index.sql reads py_imports once, through alias i, and only the columns the skip compares", () => {
    const sql = readFileSync(join(defaultRuleDir(), "module_index.sql"), "utf8").replace(/--[^\n]*/g, "");
    const reads = [...sql.matchAll(/\bpy_imports\b(\s+(?:AS\s+)?(\w+))?/gi)];
    expect(reads.map((m) => m[2])).toEqual(["i"]);
    const used = new Set([...sql.matchAll(/\bi\.(\w+)/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((c) => !(MODULE_INDEX_IMPORT_COLUMNS as readonly string[]).includes(c as string))).toEqual([]);
    // the alias does not escape its CTE: nothing selects every column of it
    expect(sql).not.toMatch(/\bi\.\*/);
  });
});
