/**
 * The build orchestrator: discover -> extract (workers) -> store the extracted tables -> rules
 * (module index, CPG nodes/edges/props) -> commit the state -> publish -> report.
 * It does the I/O and calls the stages; it holds no graph logic of its own.
 */
import { mkdirSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { BuildOptions } from "../config/build-options.ts";
import { duckdbVersion, fingerprintInputs, fingerprintOf } from "../config/fingerprint.ts";
import { TOOL_VERSION } from "../config/package-root.ts";
import { DERIVED_DATASETS, PUBLISHED, SCHEMA_VERSION } from "../cpg/cpg-tables.ts";
import { discoverFiles } from "../discover/discover-files.ts";
import { extractFiles } from "../extract/extract-pool.ts";
import { EXTRACT_TABLES } from "../extract/tables.ts";
import { publishOutputs } from "../publish/publish-outputs.ts";
import { type BuildReport, summarizeGraph } from "../report/build-report.ts";
import { writeReports } from "../report/write-reports.ts";
import { loadRules } from "../rules/rule-registry.ts";
import { bindDatasetViews, runRules } from "../rules/run-rules.ts";
import { type Db, openDb } from "../store/duckdb.ts";
import { sqlIdent } from "../store/sql.ts";
import { bucketCountFor, type DatasetSpec, StateStore } from "../store/state-store.ts";
import { type Progress, SILENT_PROGRESS } from "../util/progress.ts";

/** The extracted tables as store datasets (partitioned by file_id). */
export const EXTRACT_DATASETS: readonly DatasetSpec[] = EXTRACT_TABLES.map((t) => ({
  name: t.name,
  columns: t.columns,
  partitionColumn: "file_id",
  sortKey: t.sortKey,
}));

export const ALL_DATASETS: ReadonlyMap<string, DatasetSpec> = new Map([...EXTRACT_DATASETS, ...DERIVED_DATASETS].map((d) => [d.name, d]));

export interface BuildDeps {
  readonly progress: Progress;
}

/** Runs a build and returns its report (also written to the output directory). */
export async function runBuild(options: BuildOptions, deps: BuildDeps = { progress: SILENT_PROGRESS }): Promise<BuildReport> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => {
    timings[name] = Math.round(performance.now() - since);
  };
  const progress = deps.progress;
  const registry = loadRules(EXTRACT_TABLES.map((t) => t.name));
  const fpInputs = fingerprintInputs(options, TOOL_VERSION, SCHEMA_VERSION, registry.fingerprint, duckdbVersion());
  const fingerprint = fingerprintOf(fpInputs);

  let t = performance.now();
  const discovery = discoverFiles(options.repo, options);
  lap("discover_ms", t);
  progress.info(`discover: ${discovery.files.length} Python files (${discovery.method})`);

  const store = new StateStore(options.state);
  const previous = store.load(fingerprint);
  // This version always rebuilds; the incremental engine will use `previous.manifest` here.
  const fallbackReason = options.full ? null : previous.manifest ? "incremental updates are not available in this pycpg version" : previous.reason;
  if (!previous.manifest) store.clear();
  store.sweep(previous.manifest);

  const runDir = join(store.tmpDir, `run-${process.pid}-${Date.now()}`);
  const stagingDir = join(runDir, "staging");
  mkdirSync(stagingDir, { recursive: true });
  const dbPromise = openDb();
  let db: Db | null = null;
  try {
    t = performance.now();
    const threads = options.threads > 0 ? options.threads : availableParallelism();
    const buckets = bucketCountFor(discovery.files.length);
    const extracted = await extractFiles(discovery.files, { stagingDir, repoId: options.repoId }, buckets, progress, threads);
    lap("extract_ms", t);
    db = await dbPromise;

    t = performance.now();
    const txn = store.begin(db, null, fingerprint, buckets);
    for (const spec of EXTRACT_DATASETS)
      txn.adopt(
        spec,
        extracted.staged.filter((f) => f.table === spec.name),
      );
    await bindDatasetViews(db, txn, [...ALL_DATASETS.values()]);
    // file_id 0 is the global partition (nodes that belong to no single file).
    await db.exec(`CREATE OR REPLACE TEMP TABLE file_allowlist AS SELECT file_id FROM ${sqlIdent("py_files")} UNION ALL SELECT 0::BIGINT`);
    lap("store_extract_ms", t);

    t = performance.now();
    progress.start("rules", registry.outputs.length, "outputs");
    const ruleTimings = await runRules(db, txn, registry, ALL_DATASETS, true);
    progress.done();
    lap("rules_ms", t);

    t = performance.now();
    const manifest = txn.commit({ tool_version: TOOL_VERSION, fingerprint_inputs: fpInputs, repo: options.repo });
    lap("commit_ms", t);

    t = performance.now();
    const outputs = await publishOutputs(db, txn, PUBLISHED, options.out);
    lap("publish_ms", t);

    const graph = await summarizeGraph(db);
    timings.total_ms = Math.round(performance.now() - t0);
    const report: BuildReport = {
      tool: { name: "pycpg", version: TOOL_VERSION },
      schema_version: SCHEMA_VERSION,
      fingerprint,
      mode: "full",
      fallback_reason: fallbackReason,
      repo: options.repo,
      discovery: discovery.method,
      generation: manifest.generation,
      files: {
        discovered: discovery.files.length,
        bytes: extracted.bytes,
        with_syntax_errors: extracted.parseErrors,
        by_status: graph.fileStatus,
      },
      graph: { nodes: graph.nodes, edges: graph.edges, props: graph.props },
      diagnostics: graph.diagnostics,
      changed: [],
      impacted: [],
      affected_tests: [],
      delta: null,
      timings: { ...timings, rules_by_output_ms: roundAll(ruleTimings), workers: extracted.workers },
      outputs,
    };
    writeReports(options.out, report);
    return report;
  } finally {
    db?.close();
    if (!db) (await dbPromise.catch(() => null))?.close();
    rmSync(runDir, { recursive: true, force: true });
  }
}

function roundAll(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
}
