/**
 * Runs the rule registry against a store transaction: inputs are DuckDB views over the
 * transaction's current files, each output is the UNION ALL of its rules, upserted for the files
 * of `file_allowlist`.
 */
import type { Db } from "../store/duckdb.ts";
import { sqlIdent } from "../store/sql.ts";
import type { DatasetSpec, StoreTxn } from "../store/state-store.ts";
import type { RuleRegistry } from "./rule-registry.ts";

/** Points a view named `<prefix><dataset>` at the transaction's current files of each dataset. */
export async function bindDatasetViews(db: Db, txn: StoreTxn, specs: readonly DatasetSpec[], prefix = ""): Promise<void> {
  for (const s of specs) await db.exec(`CREATE OR REPLACE TEMP VIEW ${sqlIdent(prefix + s.name)} AS SELECT * FROM ${txn.relation(s)}`);
}

/** The SQL producing one output dataset: the UNION ALL of the rules that name it. */
export function outputSource(registry: RuleRegistry, spec: DatasetSpec): string {
  const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
  const rules = registry.rules.filter((r) => r.output === spec.name);
  if (rules.length === 0) throw new Error(`no rule produces ${spec.name}`);
  return rules.map((r) => `SELECT ${cols} FROM (\n${r.sql}\n)`).join("\nUNION ALL\n");
}

export interface RunRulesOptions {
  /** Rewrite each output entirely (full builds) instead of upserting the allowlisted files. */
  readonly full: boolean;
  /** Outputs to leave alone (already brought up to date by the caller). */
  readonly skip?: ReadonlySet<string>;
  /** Called after each output is written (progress). */
  readonly onOutput?: (output: string) => void;
}

/**
 * Runs every rule for the files in the `file_allowlist` table and upserts the outputs, in
 * dependency order. Returns milliseconds per output.
 */
export async function runRules(
  db: Db,
  txn: StoreTxn,
  registry: RuleRegistry,
  specs: ReadonlyMap<string, DatasetSpec>,
  opts: RunRulesOptions,
): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  for (const output of registry.outputs) {
    if (opts.skip?.has(output)) continue;
    const t0 = performance.now();
    const spec = specs.get(output);
    if (!spec) throw new Error(`no dataset spec for rule output ${output}`);
    await txn.upsert(spec, outputSource(registry, spec), opts.full ? null : "SELECT file_id FROM file_allowlist");
    await bindDatasetViews(db, txn, [spec]);
    timings[output] = performance.now() - t0;
    opts.onOutput?.(output);
  }
  return timings;
}
