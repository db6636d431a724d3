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
  await db.exec(specs.map((s) => `CREATE OR REPLACE VIEW ${sqlIdent(prefix + s.name)} AS SELECT * FROM ${txn.relation(s)}`).join(";\n"));
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
    if (allowlist === null) stmts.push(`CREATE OR REPLACE VIEW ${name} AS SELECT * FROM ${txn.relation(s)}`);
    else {
      // (ids null, a part of a full build: every file of the buckets)
      const scope = { buckets: allowlist.buckets, fileIds: allowlist.ids };
      // A small table read once instead of a view every reference re-binds (Parquet scans with
      // the allowlist pushed in): in_scope_py_defs alone appears ~30 times in the rules.
      if (materialize.has(s.name)) stmts.push(`DROP VIEW IF EXISTS ${name}`, `CREATE OR REPLACE TABLE ${name} AS SELECT * FROM ${txn.relation(s, scope)}`);
      else stmts.push(`CREATE OR REPLACE VIEW ${name} AS SELECT * FROM ${txn.relation(s, scope)}`);
      stmts.push(`CREATE OR REPLACE VIEW ${sqlIdent(`${IN_SCOPE_PREFIX}old_${s.name}`)} AS SELECT * FROM ${txn.baseRelation(s, scope)}`);
    }
  }
  if (stmts.length > 0) await db.exec(stmts.join(";\n"));
}

/** The files a scoped run covers: their ids (decimal strings; null: every file of the buckets) and buckets. */
interface Allowlist {
  readonly ids: readonly string[] | null;
  readonly buckets: ReadonlySet<number>;
}

/**
 * How many parts a full build of a state of `buckets` buckets computes the outputs of `-- split:
 * files` rules in: one per 16 buckets (~4,000 files), so 4 at 13k files. Measured on the 13k-file
 * corpus (ref_targets alone, 800 MB DuckDB limit): 1 part 18.8 s, 4 parts 11.3 s, 16 parts 12.4 s.
 */
export function fullBuildParts(buckets: number): number {
  return Math.max(1, Math.floor(buckets / 16));
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
  /**
   * Full builds: compute the outputs whose rules all say `-- split: files` in this many parts (a
   * power of two, at most the state's buckets), each for the files of `file_id & (parts - 1)`,
   * i.e. whole buckets: the working set of a part fits in memory where the whole did not.
   */
  readonly parts?: number;
  /** Called after each output is written (progress). */
  readonly onOutput?: (output: string) => void;
  /**
   * Other connections to the same database (`Db.fork`): outputs are computed on these and on `db`
   * at once, one per connection. An output starts when every output it reads is written; the
   * longest chain of outputs goes first.
   */
  readonly forks?: readonly Db[];
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
  // The parts of an output narrow the shared file_allowlist: one output at a time.
  if (opts.full && (opts.parts ?? 1) > 1 && (opts.forks?.length ?? 0) > 0) throw new Error("runRules: a full build in parts runs on one connection");
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
  // A scoped run's rewritten outputs get their `in_scope_` tables from their upserts (no rule
  // reads an output's scoped rows before the output is written: class_mro reads its own
  // previous rows through its plain view).
  await bindScopeViews(
    db,
    txn,
    [...specs.values()].filter((s) => allowlist === null || !rewrites.has(s.name)),
    allowlist,
    fixedInputs,
  );
  // The macros rules call (after the views: DuckDB binds a macro's body when it is created).
  for (const m of registry.macros) await db.exec(m.sql);

  const runOne = async (lane: Db, output: string): Promise<void> => {
    const t0 = performance.now();
    const spec = specs.get(output);
    if (!spec) throw new Error(`no dataset spec for rule output ${output}`);
    if (allowlist === null) {
      const parts = opts.parts ?? 1;
      if (parts > 1 && registry.rules.every((r) => r.output !== output || r.splitByFiles)) await writeInParts(lane, output, parts);
      // Straight from the rules into the files, without a table of the rows first (later rules
      // read the files).
      else await txn.upsert(spec, outputSource(registry, spec), null, { db: lane, stream: true });
      await bindScopeViews(lane, txn, [spec], null);
    } else {
      // The upsert already holds the allowlisted files' rows, new and replaced: keep them as the
      // scope tables instead of reading them back from the files just written.
      const keep = { fresh: IN_SCOPE_PREFIX + spec.name, old: `${IN_SCOPE_PREFIX}old_${spec.name}` };
      await txn.upsert(spec, outputSource(registry, spec), allowlist.ids, { db: lane, keep });
    }
    await bindDatasetViews(lane, txn, [spec]);
    timings[output] = performance.now() - t0;
    opts.onOutput?.(output);
  };
  // A full build's output in parts: each part is the output's rules run for the files of a few
  // buckets, as a scoped run would (file_allowlist and the in_scope_ views narrowed to them).
  const writeInParts = async (lane: Db, output: string, parts: number): Promise<void> => {
    const spec = specs.get(output) as DatasetSpec;
    await lane.exec("ALTER TABLE file_allowlist RENAME TO file_allowlist_whole");
    try {
      for (let k = 0; k < parts; k++) {
        const buckets = new Set(Array.from({ length: txn.buckets }, (_, b) => b).filter((b) => (b & (parts - 1)) === k));
        await lane.exec(`CREATE OR REPLACE TABLE file_allowlist AS SELECT file_id FROM file_allowlist_whole WHERE (file_id & ${parts - 1}) = ${k}`);
        await bindScopeViews(lane, txn, [...specs.values()], { ids: null, buckets });
        await txn.upsert(spec, outputSource(registry, spec), null, { db: lane, part: { index: k, count: parts }, stream: true });
      }
    } finally {
      await lane.exec("DROP TABLE IF EXISTS file_allowlist; ALTER TABLE file_allowlist_whole RENAME TO file_allowlist");
      await bindScopeViews(lane, txn, [...specs.values()], null);
    }
  };
  const todo = registry.outputs.filter((o) => !opts.skip?.has(o));
  await schedule(todo, ruleDependencies(registry, todo), [db, ...(opts.forks ?? [])], runOne);
  return timings;
}

/** For each output of `todo`, the other outputs of `todo` its rules read. */
export function ruleDependencies(registry: RuleRegistry, todo: readonly string[]): Map<string, Set<string>> {
  const pending = new Set(todo);
  const deps = new Map<string, Set<string>>();
  for (const o of todo) deps.set(o, new Set());
  for (const r of registry.rules) {
    if (!pending.has(r.output)) continue;
    for (const i of r.inputs) if (i !== r.output && pending.has(i)) deps.get(r.output)?.add(i);
  }
  return deps;
}

/**
 * Runs `run` for every item once its dependencies are done, on as many lanes as given, each lane
 * one item at a time. A ready item with the longest chain of dependents goes first (ties: the
 * order of `items`). The first failure stops new items from starting and is rethrown once the
 * running ones end.
 */
export async function schedule<L>(
  items: readonly string[],
  deps: ReadonlyMap<string, ReadonlySet<string>>,
  lanes: readonly L[],
  run: (lane: L, item: string) => Promise<void>,
): Promise<void> {
  const chain = new Map<string, number>();
  const depth = (item: string): number => {
    const known = chain.get(item);
    if (known !== undefined) return known;
    let d = 1;
    for (const [o, ds] of deps) if (ds.has(item)) d = Math.max(d, 1 + depth(o));
    chain.set(item, d);
    return d;
  };
  const order = [...items].sort((a, b) => depth(b) - depth(a) || items.indexOf(a) - items.indexOf(b));
  const done = new Set<string>();
  const started = new Set<string>();
  let failure: { err: unknown } | null = null;
  let wake: (() => void) | null = null;
  const next = (): string | null | undefined => {
    // undefined: nothing left to start; null: something is waiting for a running item
    const waiting = order.filter((o) => !started.has(o));
    if (waiting.length === 0) return undefined;
    return waiting.find((o) => [...(deps.get(o) ?? [])].every((d) => done.has(d))) ?? null;
  };
  await Promise.all(
    lanes.map(async (lane) => {
      for (;;) {
        if (failure) return;
        const item = next();
        if (item === undefined) return;
        if (item === null) {
          await new Promise<void>((resolve) => {
            const prev = wake;
            wake = () => {
              prev?.();
              resolve();
            };
          });
          continue;
        }
        started.add(item);
        try {
          await run(lane, item);
          done.add(item);
        } catch (err) {
          failure ??= { err };
        }
        const w = wake as (() => void) | null;
        wake = null;
        w?.();
      }
    }),
  );
  if (failure) throw (failure as { err: unknown }).err;
}
