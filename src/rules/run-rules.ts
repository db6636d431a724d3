/**
 * Runs the rule registry against a store transaction: inputs are DuckDB views over the
 * transaction's current files, each output is the UNION ALL of its rules, upserted for the files
 * of `file_allowlist`.
 */
import type { Db } from "../store/duckdb.ts";
import { sqlIdent } from "../store/sql.ts";
import type { DatasetSpec, StoreTxn } from "../store/state-store.ts";
import type { RuleRegistry } from "./rule-registry.ts";

/** Points a view named after each dataset at the transaction's current files. */
export async function bindDatasetViews(db: Db, txn: StoreTxn, specs: readonly DatasetSpec[]): Promise<void> {
  for (const s of specs) await db.exec(`CREATE OR REPLACE TEMP VIEW ${sqlIdent(s.name)} AS SELECT * FROM ${txn.relation(s)}`);
}

/**
 * Runs every rule for the files in the `file_allowlist` table and upserts the outputs. With
 * `full`, every output is rewritten entirely (the allowlist then holds every file).
 * Returns milliseconds per output.
 */
export async function runRules(
  db: Db,
  txn: StoreTxn,
  registry: RuleRegistry,
  specs: ReadonlyMap<string, DatasetSpec>,
  full: boolean,
): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  for (const output of registry.outputs) {
    const t0 = performance.now();
    const spec = specs.get(output);
    if (!spec) throw new Error(`no dataset spec for rule output ${output}`);
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const source = registry.rules
      .filter((r) => r.output === output)
      .map((r) => `SELECT ${cols} FROM (\n${r.sql}\n)`)
      .join("\nUNION ALL\n");
    await txn.upsert(spec, source, full ? null : "SELECT file_id FROM file_allowlist");
    await bindDatasetViews(db, txn, [spec]);
    timings[output] = performance.now() - t0;
  }
  return timings;
}
