/**
 * One rule output over a finished state, timed and profiled by DuckDB: what the sessions'
 * "where a rule's time goes" numbers come from (docs/benchmarks.md).
 *
 *   npx tsx bench/rule-profile.ts --state <dir> --output module_exports [--file pkg/mod.py] [--runs 5]
 *                                 [--sql alternative.sql] [--top 12]
 *
 * With --file, the output is computed for that file as a scoped run computes it: `file_allowlist`
 * holds the file and the global partition, every `in_scope_` table holds their rows (read through
 * the store's reader narrowed to their buckets), the other datasets are read whole. Without it,
 * for every file, as a full build in one part does. Prints the median of `--runs` runs (and the
 * rows' count and hash, so that two SQL texts can be compared), then the slowest operators of one
 * profiled run. `--sql` times that file's SQL instead of the output's rules and says whether its
 * rows equal the rules' (EXCEPT ALL both ways).
 */
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileIdOf, idToKey } from "../src/normalize/ids.ts";
import { ALL_DATASETS, RULE_INPUTS } from "../src/pipeline/run-build.ts";
import { loadRules } from "../src/rules/rule-registry.ts";
import { bindDatasetViews, outputSource } from "../src/rules/run-rules.ts";
import { openDb } from "../src/store/duckdb.ts";
import { sqlIdent, sqlString } from "../src/store/sql.ts";
import { type DatasetSpec, type Manifest, StateStore } from "../src/store/state-store.ts";

const { values } = parseArgs({
  options: {
    state: { type: "string" },
    output: { type: "string" },
    file: { type: "string" },
    runs: { type: "string", default: "5" },
    sql: { type: "string" },
    top: { type: "string", default: "12" },
  },
});
if (!values.state || !values.output) throw new Error("--state <dir> and --output <dataset> are required");
const spec = ALL_DATASETS.get(values.output);
if (!spec) throw new Error(`no dataset ${values.output}`);
const stateDir = resolve(values.state);
const manifest = JSON.parse(readFileSync(`${stateDir}/manifest.json`, "utf8")) as Manifest;
const registry = loadRules(RULE_INPUTS);

const db = await openDb(2);
try {
  const txn = new StateStore(stateDir).begin(db, manifest, manifest.fingerprint, manifest.buckets);
  await bindDatasetViews(db, txn, [...ALL_DATASETS.values()]);
  if (values.file) {
    const meta = manifest.meta as { fingerprint_inputs?: { options?: { repo_id?: string | null } } };
    const id = idToKey(fileIdOf(values.file, meta.fingerprint_inputs?.options?.repo_id ?? null));
    await db.exec(`CREATE TABLE file_allowlist AS SELECT ${id}::BIGINT AS file_id UNION ALL SELECT 0::BIGINT`);
    const scope = { fileIds: [id, "0"], buckets: new Set([Number(BigInt(id) & BigInt(manifest.buckets - 1)), 0]) };
    for (const s of ALL_DATASETS.values() as Iterable<DatasetSpec>)
      await db.exec(`CREATE TABLE ${sqlIdent(`in_scope_${s.name}`)} AS SELECT * FROM ${txn.relation(s, scope)}`);
  } else {
    await db.exec("CREATE TABLE file_allowlist AS SELECT file_id FROM py_files UNION ALL SELECT 0::BIGINT");
    await bindDatasetViews(db, txn, [...ALL_DATASETS.values()], "in_scope_");
  }
  for (const m of registry.macros) await db.exec(m.sql);
  const rulesSql = outputSource(registry, spec);
  const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
  const sql = values.sql ? `SELECT ${cols} FROM (${readFileSync(values.sql, "utf8")})` : rulesSql;

  const times: number[] = [];
  let summary: Record<string, unknown> = {};
  for (let i = 0; i < Number(values.runs); i++) {
    const t0 = performance.now();
    summary = (await db.rows(`SELECT count(*) AS rows, sum(hash(x)) AS hash FROM (${sql}) x`))[0] ?? {};
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] as number;
  console.log(
    `${values.output}${values.file ? ` for ${values.file}` : " for every file"}${values.sql ? ` (${values.sql})` : ""}: median ${median.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(", ")}; ${JSON.stringify(summary)}`,
  );
  if (values.sql) {
    const diff = await db.rows<{ a: string; b: string }>(
      `SELECT (SELECT count(*) FROM ((${sql}) EXCEPT ALL (${rulesSql}))) AS a, (SELECT count(*) FROM ((${rulesSql}) EXCEPT ALL (${sql}))) AS b`,
    );
    console.log(`rows only in ${values.sql}: ${diff[0]?.a}; only in the rules: ${diff[0]?.b}`);
  }

  const profile = `/tmp/pycpg-rule-profile-${process.pid}.json`;
  await db.exec(`PRAGMA enable_profiling = 'json'; PRAGMA profiling_output = ${sqlString(profile)}`);
  await db.rows(`SELECT count(*) FROM (${sql}) x`);
  await db.exec("PRAGMA disable_profiling");
  interface Op {
    operator_type?: string;
    operator_timing?: number;
    operator_cardinality?: number;
    operator_rows_scanned?: number;
    extra_info?: Record<string, unknown>;
    children?: Op[];
  }
  const root = JSON.parse(readFileSync(profile, "utf8")) as { latency?: number; cpu_time?: number; children?: Op[] };
  rmSync(profile, { force: true });
  const ops: Op[] = [];
  const walk = (o: Op) => {
    ops.push(o);
    for (const c of o.children ?? []) walk(c);
  };
  for (const c of root.children ?? []) walk(c);
  console.log(`profiled run: latency ${((root.latency ?? 0) * 1000).toFixed(0)} ms, CPU ${((root.cpu_time ?? 0) * 1000).toFixed(0)} ms; slowest operators:`);
  for (const o of ops.sort((a, b) => (b.operator_timing ?? 0) - (a.operator_timing ?? 0)).slice(0, Number(values.top))) {
    const info = o.extra_info ?? {};
    const what = [info.Function, info.Projections, info.Filters, info.Conditions, info["Join Type"], info.Groups, info.Aggregates]
      .filter(Boolean)
      .map(String)
      .join(" | ");
    console.log(
      `  ${((o.operator_timing ?? 0) * 1000).toFixed(1).padStart(7)} ms  ${String(o.operator_type).padEnd(16)} rows ${o.operator_cardinality ?? 0}, scanned ${o.operator_rows_scanned ?? 0}  ${what.slice(0, 140)}`,
    );
  }
} finally {
  db.close();
}
