/**
 * Runs the rule registry against a store transaction: inputs are DuckDB views over the
 * transaction's current files, each output is the UNION ALL of its rules, upserted for the files
 * of `file_allowlist`.
 *
 * Besides the view `<dataset>`, every dataset gets a view `in_scope_<dataset>`: its rows whose
 * partition column is in `file_allowlist`. In a scoped run it reads only the bucket files that
 * hold allowlisted files (a one-file run on a 64-bucket store scans 2 of 64 files), which is what
 * keeps a rule's per-file parts proportional to the allowlist; rules use it wherever they read a
 * file's own rows. In a full run it is the whole dataset. A scoped run also binds
 * `in_scope_old_<dataset>`: the same rows in the generation the transaction started from (what
 * the run's delta compares with).
 */
import type { Db } from "../store/duckdb.ts";
import { sqlIdent } from "../store/sql.ts";
import type { DatasetSpec, StoreTxn } from "../store/state-store.ts";
import type { RuleRegistry } from "./rule-registry.ts";

/** The prefix of the views restricted to the allowlisted files. */
export const IN_SCOPE_PREFIX = "in_scope_";

/** Points a view named `<prefix><dataset>` at the transaction's current files of each dataset. */
export async function bindDatasetViews(db: Db, txn: StoreTxn, specs: readonly DatasetSpec[], prefix = ""): Promise<void> {
  if (specs.length === 0) return;
  await db.exec(specs.map((s) => `CREATE OR REPLACE TEMP VIEW ${sqlIdent(prefix + s.name)} AS SELECT * FROM ${txn.relation(s)}`).join(";\n"));
}

/**
 * Points `in_scope_<dataset>` at the rows of the allowlisted files: `allowlist` null (a full run)
 * means every file, so the view is the dataset itself; otherwise the view reads only those files'
 * buckets with the file ids pushed into the Parquet scans, and `in_scope_old_<dataset>` the same
 * rows in the generation the transaction started from.
 */
async function bindScopeViews(
  db: Db,
  txn: StoreTxn,
  specs: readonly DatasetSpec[],
  allowlist: Allowlist | null,
  materialize: ReadonlySet<string> = new Set(),
): Promise<void> {
  const stmts: string[] = [];
  for (const s of specs) {
    const name = sqlIdent(IN_SCOPE_PREFIX + s.name);
    if (allowlist === null) stmts.push(`CREATE OR REPLACE TEMP VIEW ${name} AS SELECT * FROM ${txn.relation(s)}`);
    else {
      const scope = { buckets: allowlist.buckets, fileIds: allowlist.ids };
      // A small table read once instead of a view every reference re-binds (Parquet scans with
      // the allowlist pushed in): in_scope_py_defs alone appears ~30 times in the rules.
      if (materialize.has(s.name)) stmts.push(`DROP VIEW IF EXISTS ${name}`, `CREATE OR REPLACE TEMP TABLE ${name} AS SELECT * FROM ${txn.relation(s, scope)}`);
      else stmts.push(`CREATE OR REPLACE TEMP VIEW ${name} AS SELECT * FROM ${txn.relation(s, scope)}`);
      stmts.push(`CREATE OR REPLACE TEMP VIEW ${sqlIdent(`${IN_SCOPE_PREFIX}old_${s.name}`)} AS SELECT * FROM ${txn.baseRelation(s, scope)}`);
    }
  }
  if (stmts.length > 0) await db.exec(stmts.join(";\n"));
}

/** The files a scoped run covers: their ids (decimal strings) and buckets. */
interface Allowlist {
  readonly ids: readonly string[];
  readonly buckets: ReadonlySet<number>;
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
  let allowlist: Allowlist | null = null;
  if (!opts.full) {
    const rows = await db.rows<{ id: string; b: number }>(
      `SELECT DISTINCT CAST(file_id AS VARCHAR) AS id, CAST(file_id & ${txn.buckets - 1} AS INTEGER) AS b FROM file_allowlist WHERE file_id IS NOT NULL ORDER BY 1`,
    );
    allowlist = { ids: rows.map((r) => r.id), buckets: new Set(rows.map((r) => Number(r.b))) };
  }
  // Every output's view points at its current files: a rule may read its own previous rows
  // (class_mro), which an incremental run has not bound yet.
  await bindDatasetViews(
    db,
    txn,
    registry.outputs.map((o) => specs.get(o)).filter((s): s is DatasetSpec => s !== undefined),
  );
  // In a scoped run, the allowlisted rows of every dataset no rule of this run rewrites (the
  // extracted tables, and outputs the caller brought up to date) are read once into tables.
  const rewrites = new Set(registry.outputs.filter((o) => !opts.skip?.has(o)));
  const ruleSql = [...registry.rules.map((r) => r.sql), ...registry.macros.map((m) => m.sql)];
  const fixedInputs = new Set([...specs.keys()].filter((n) => !rewrites.has(n) && ruleSql.some((sql) => sql.includes(IN_SCOPE_PREFIX + n))));
  await bindScopeViews(db, txn, [...specs.values()], allowlist, fixedInputs);
  // The macros rules call (after the views: DuckDB binds a macro's body when it is created).
  for (const m of registry.macros) await db.exec(m.sql);
  for (const output of registry.outputs) {
    if (opts.skip?.has(output)) continue;
    const t0 = performance.now();
    const spec = specs.get(output);
    if (!spec) throw new Error(`no dataset spec for rule output ${output}`);
    await txn.upsert(spec, outputSource(registry, spec), allowlist === null ? null : allowlist.ids);
    await bindDatasetViews(db, txn, [spec]);
    if (allowlist === null) await bindScopeViews(db, txn, [spec], null);
    else {
      // The upsert already holds the allowlisted files' rows, new and replaced: keep them as the
      // scope tables instead of reading them back from the files just written.
      const now = IN_SCOPE_PREFIX + spec.name;
      const old = `${IN_SCOPE_PREFIX}old_${spec.name}`;
      await db.exec(`DROP VIEW IF EXISTS ${sqlIdent(now)}; DROP VIEW IF EXISTS ${sqlIdent(old)}`);
      await txn.keepLastUpsert(now, old);
    }
    timings[output] = performance.now() - t0;
    opts.onOutput?.(output);
  }
  return timings;
}
