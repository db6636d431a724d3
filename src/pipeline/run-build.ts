/**
 * The build orchestrator. It reads (discover, previous state, git), asks the pure stages what to
 * do (change set, impact closure), and applies it:
 *   full:        extract every file -> adopt the bucket-shaped staging files -> all rules
 *   incremental: extract changed files -> upsert them -> module index -> impact closure ->
 *                rules for the impacted files only -> upsert
 *   no change:   nothing is opened; the manifest's snapshot is refreshed and outputs re-linked
 * then commits the state, publishes the CPG and writes the report. It holds no graph logic.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import type { BuildOptions } from "../config/build-options.ts";
import { describeFingerprintChange, duckdbVersion, type FingerprintInputs, fingerprintInputs, fingerprintOf } from "../config/fingerprint.ts";
import { type ImportRootConfig, readImportRoots } from "../config/import-roots.ts";
import { TOOL_VERSION } from "../config/package-root.ts";
import { DERIVED_DATASETS, MODULE_INDEX, SCHEMA_VERSION, SCIP_ALIGNMENT, SCIP_DEFS } from "../cpg/cpg-tables.ts";
import { discoverFiles, LIST_FILES_ARGS } from "../discover/discover-files.ts";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { extractFiles } from "../extract/extract-pool.ts";
import type { StagedFile } from "../extract/file-extractor.ts";
import { EXTRACT_TABLES } from "../extract/tables.ts";
import { apiChanges } from "../incremental/api-changes.ts";
import { type ChangeSet, computeChangeSet, isEmptyChange } from "../incremental/change-set.ts";
import { diffSinceArgs, dirtyPaths, gitProposal, headCommit, resolveCommit } from "../incremental/git-changes.ts";
import { computeImpact, type ImpactSeed, SCIP_CHANGED } from "../incremental/impact.ts";
import { type FileRowsOf, interfaceChanges, LITERAL_IDS_MAX } from "../incremental/module-interface.ts";
import { type Snapshot, type SnapshotEntry, type StoredSnapshot, snapshotFromStored, snapshotToStored } from "../incremental/snapshot.ts";
import { fileIdOf, idToKey } from "../normalize/ids.ts";
import { publishOutputs } from "../publish/publish-outputs.ts";
import { writeRunTables } from "../publish/run-tables.ts";
import { type BuildReport, summarizeGraph } from "../report/build-report.ts";
import { importRootsSection } from "../report/import-roots-report.ts";
import { writeReports } from "../report/write-reports.ts";
import { bindImportRoots } from "../rules/import-roots-table.ts";
import { loadRules, type RuleRegistry } from "../rules/rule-registry.ts";
import { bindDatasetViews, fullBuildParts, outputSource, runRules } from "../rules/run-rules.ts";
import { obtainScipIndex, type ScipObtained } from "../scip/scip-layer.ts";
import { SCIP_DATASETS, SCIP_TABLES } from "../scip/scip-tables.ts";
import { type Db, openDb } from "../store/duckdb.ts";
import { fileIdList, fileIdRows, jsonRelation, parquetRelation, sqlIdent } from "../store/sql.ts";
import { bucketCountFor, type DatasetSpec, type Manifest, StateStore, type StoreTxn } from "../store/state-store.ts";
import { UserError } from "../util/errors.ts";
import { GitRunner, REPO_PROBE_ARGS } from "../util/git-runner.ts";
import { type Progress, SILENT_PROGRESS } from "../util/progress.ts";
import { publishedTables, removeUnpublished, scipSummary } from "./scip-report.ts";
import { runScipStage } from "./scip-stage.ts";
import { acquireLock } from "./state-lock.ts";

/** The extracted tables as store datasets (partitioned by file_id). */
export const EXTRACT_DATASETS: readonly DatasetSpec[] = EXTRACT_TABLES.map((t) => ({
  name: t.name,
  columns: t.columns,
  partitionColumn: "file_id",
}));

/** The datasets that exist before any rule runs: the extracted tables and the SCIP layer's. */
export const RULE_INPUTS: readonly string[] = [...EXTRACT_TABLES, ...SCIP_TABLES].map((t) => t.name);

export const ALL_DATASETS: ReadonlyMap<string, DatasetSpec> = new Map([...EXTRACT_DATASETS, ...SCIP_DATASETS, ...DERIVED_DATASETS].map((d) => [d.name, d]));

export interface BuildDeps {
  readonly progress: Progress;
}

/** What the manifest's `meta` holds between runs. */
interface StateMeta {
  tool_version: string;
  fingerprint_inputs: FingerprintInputs;
  repo: string;
  head: string | null;
  dirty: string[];
  snapshot: StoredSnapshot;
  /** The declared import roots the state was built with (compared by the next run). */
  import_roots: ImportRootConfig;
  summary: Pick<BuildReport, "files" | "graph" | "diagnostics" | "import_roots" | "scip">;
  /** sha256 of the index a `--scip PATH` build ingested (a new index is a change even when no file changed). */
  scip_index_sha256?: string | null;
}

/** The roots of a stored meta (an older state has none: it compares unequal). */
function sameRoots(meta: Partial<StateMeta>, now: ImportRootConfig): boolean {
  return meta.import_roots !== undefined && JSON.stringify(meta.import_roots.roots) === JSON.stringify(now.roots);
}

const TEST_PATH = /(^|\/)(tests?|testing)\/|(^|\/)test_[^/]*\.py$|_tests?\.py$|(^|\/)conftest\.py$/;

/** True for paths that look like test modules (pytest/unittest conventions). */
export function isTestPath(path: string): boolean {
  return TEST_PATH.test(path);
}

function sha256File(path: string): string | null {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return null;
  }
}

function pipelineFingerprintInputs(options: BuildOptions, registry: RuleRegistry): FingerprintInputs {
  return fingerprintInputs(options, TOOL_VERSION, SCHEMA_VERSION, registry.fingerprint, duckdbVersion());
}

/**
 * The pipeline fingerprint a build with `options` writes into its state and requires of a state
 * it reuses (the action keys its cache on it). Cheap: reads the rule files, opens no database.
 */
export function pipelineFingerprint(options: BuildOptions): string {
  return fingerprintOf(pipelineFingerprintInputs(options, loadRules(RULE_INPUTS)));
}

/** Runs a build and returns its report (also written to the output directory). */
export async function runBuild(options: BuildOptions, deps: BuildDeps = { progress: SILENT_PROGRESS }): Promise<BuildReport> {
  try {
    return await runBuildOnce(options, deps, null);
  } catch (err) {
    // A state file that passed load()'s checks but cannot be read (garbled inside, or gone since)
    // fails the incremental run: rebuild from scratch instead, saying why.
    const reason = options.full ? null : unreadableStateReason(err, new StateStore(options.state));
    if (reason === null) throw err;
    deps.progress.info(`${reason}; rebuilding from scratch`);
    return await runBuildOnce(options, deps, reason);
  }
}

/**
 * Why the committed state is unusable, when `err` is a failure to read one of the files its
 * manifest names (DuckDB names the file in its message); null for any other error.
 */
function unreadableStateReason(err: unknown, store: StateStore): string | null {
  const message = err instanceof Error ? err.message : String(err);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(store.manifestPath, "utf8")) as Manifest;
  } catch {
    return null;
  }
  for (const [name, entry] of Object.entries(manifest.datasets ?? {}))
    for (const bucket of Object.values(entry.buckets ?? {}))
      for (const f of bucket.files ?? [])
        if (message.includes(join(store.dir, f))) return `dataset ${name} has an unreadable file ${f} (${message.split("\n")[0]})`;
  return null;
}

/** Refuses to build unless the checkout is at `rev` (pycpg builds the work tree, not a commit). */
function checkHead(repo: string, rev: string, head: string | null): void {
  const want = resolveCommit(repo, rev);
  if (want === null) throw new UserError(`--head ${rev} is not a commit of the repository at ${repo}; fetch it, or drop --head to build the checkout`);
  if (want !== head)
    throw new UserError(`--head ${rev} is ${want.slice(0, 12)} but the checkout is at ${head ? head.slice(0, 12) : "no commit"}; check out ${rev} first`);
}

/** One build attempt; `forcedFullReason` non-null: rebuild from scratch, reporting that reason. */
async function runBuildOnce(options: BuildOptions, deps: BuildDeps, forcedFullReason: string | null): Promise<BuildReport> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => {
    timings[name] = Math.round(performance.now() - since);
  };
  const progress = deps.progress;
  const registry = loadRules(RULE_INPUTS);
  const fpInputs = pipelineFingerprintInputs(options, registry);
  const fingerprint = fingerprintOf(fpInputs);

  // Checked before anything is created: the default state directory is inside the repository.
  if (!statSync(options.repo, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`the repository ${options.repo} is not a directory`);
  const store = new StateStore(options.state);
  mkdirSync(options.state, { recursive: true });
  const release = acquireLock(options.state);
  try {
    let t = performance.now();
    // Git's answers are asked at once: the work tree's files and commit while the previous state
    // is loaded, and what changed since the state's commit as soon as its manifest is read (its
    // data files are checked meanwhile).
    const git = new GitRunner(options.repo);
    const asked = [git.prefetch([REPO_PROBE_ARGS, LIST_FILES_ARGS])];
    const metaOf = (m: Manifest | null) => m?.meta as Partial<StateMeta> | undefined;
    const askDiff = (m: Manifest) => {
      const h = metaOf(m)?.head;
      if (h) asked.push(git.prefetch([diffSinceArgs(h)]));
    };
    // Decide the mode: incremental needs a usable previous state with a snapshot.
    const previous =
      forcedFullReason !== null
        ? ({ manifest: null, reason: forcedFullReason } as const)
        : options.full
          ? ({ manifest: null, reason: "--full was requested" } as const)
          : store.load(fingerprint, (m) => describeFingerprintChange(metaOf(m)?.fingerprint_inputs, fpInputs), askDiff);
    const stateHead = metaOf(previous.manifest)?.head;
    await Promise.all(asked);
    const discovery = discoverFiles(options.repo, options, git);
    const head = discovery.method === "git" ? headCommit(options.repo, git) : null;
    if (options.head !== null) checkHead(options.repo, options.head, head);
    // what changed since this commit (the next state's dirty list), asked while the build runs
    const askedDirty = head && head !== stateHead ? git.prefetch([diffSinceArgs(head)]) : null;
    const rootConfig = readImportRoots({
      repo: options.repo,
      configFiles: discovery.configFiles,
      pythonFiles: discovery.files.map((f) => f.path),
      pythonPath: options.pythonPath,
    });
    lap("discover_ms", t);
    progress.info(`discover: ${discovery.files.length} Python files (${discovery.method}), ${rootConfig.roots.length} import roots`);

    let fallbackReason: string | null = previous.reason;
    let base: Manifest | null = previous.manifest;
    let prevSnapshot: Snapshot | null = null;
    if (base) {
      prevSnapshot = snapshotFromStored((base.meta as Partial<StateMeta>).snapshot);
      if (!prevSnapshot) {
        fallbackReason = "the previous state has no usable snapshot";
        base = null;
      }
    }
    if (!base) store.clear();
    store.sweep(base);
    const fileIdKey = (path: string) => idToKey(fileIdOf(path, options.repoId));

    let changes: ChangeSet | null = null;
    let knownDirty: readonly string[] | null = null;
    const dirtyNow = async (): Promise<string[]> => {
      await askedDirty;
      return head ? [...(knownDirty ?? dirtyPaths(options.repo, head, discovery.untracked, git))] : [];
    };
    if (base && prevSnapshot) {
      t = performance.now();
      const meta = base.meta as Partial<StateMeta>;
      const proposal =
        discovery.method !== "git"
          ? null
          : ((meta.head ? gitProposal(options.repo, meta.head, meta.dirty ?? [], discovery.untracked, git) : null) ??
            (options.base !== null ? gitProposal(options.repo, options.base, meta.dirty ?? [], discovery.untracked, git) : null));
      // Proposed against the commit checked out now: git's own paths are the next state's dirty list.
      if (proposal && head !== null && meta.head === head) knownDirty = proposal.dirty;
      changes = computeChangeSet({
        previous: prevSnapshot,
        current: discovery.files,
        fileIdOf: fileIdKey,
        hash: (f) => sha256File(f.absPath),
        git: proposal,
      });
      lap("diff_ms", t);
      // a configuration change that moves the import roots is a change even when no file changed,
      // and so is another index given with --scip PATH
      if (isEmptyChange(changes) && sameRoots(meta, rootConfig) && sameScipIndex(meta, options)) {
        return await finishUnchanged(store, base, changes, options, { fpInputs, head, dirty: await dirtyNow(), t0, timings, previous: prevSnapshot });
      }
    }

    const runDir = join(store.tmpDir, `run-${process.pid}-${Date.now()}`);
    const stagingDir = join(runDir, "staging");
    mkdirSync(stagingDir, { recursive: true });
    const dbPromise = openDb(undefined, { tempDirectory: join(runDir, "duckdb"), preserveInsertionOrder: false });
    // The SCIP index is made (scip-python, tens of seconds or more) while the files are extracted.
    const scipObtained: Promise<ScipObtained> | null =
      options.scip.kind === "off"
        ? null
        : obtainScipIndex(options.scip, {
            repoDir: options.repo,
            workDir: join(runDir, "scip-index"),
            timeoutS: options.scipTimeoutS,
            log: (l) => progress.info(l),
          });
    const scipInput = { mode: options.scip, obtained: scipObtained, files: discovery.files, repoId: options.repoId, stagingDir, outDir: options.out, progress };
    let db: Db | null = null;
    let txn: StoreTxn | null = null;
    try {
      const threads = options.threads > 0 ? options.threads : availableParallelism();
      const buckets = base ? base.buckets : bucketCountFor(discovery.files.length);
      const byPath = new Map(discovery.files.map((f) => [f.path, f]));
      const toExtract: DiscoveredFile[] = changes ? changes.toExtract.map((p) => byPath.get(p) as DiscoveredFile) : discovery.files;
      t = performance.now();
      const extracted = await extractFiles(
        toExtract,
        { stagingDir, repoId: options.repoId, staging: changes ? "json" : "parquet" },
        buckets,
        progress,
        threads,
      );
      lap("extract_ms", t);
      db = await dbPromise;
      txn = store.begin(db, base, fingerprint, buckets, new Set(publishedTables(options.scip).map((s) => s.name)));

      let impacted: BuildReport["impacted"] = [];
      let api: BuildReport["api_changes"] = [];
      let delta: BuildReport["delta"] = null;
      let ruleTimings: Record<string, number>;
      let scipReport: NonNullable<BuildReport["scip"]>;
      if (!changes) {
        // A build small enough to compute its rules in one part is not bound by memory: its
        // outputs are computed two at a time, as in a scoped run. In parts (the largest builds)
        // outputs go one at a time, which keeps a part's working set in memory. Either way each
        // output (or part) is written by one partitioned COPY straight from its rules.
        const parts = options.ruleParts ?? fullBuildParts(txn.buckets);
        t = performance.now();
        for (const spec of EXTRACT_DATASETS)
          txn.adopt(
            spec,
            extracted.staged.filter((f) => f.table === spec.name),
          );
        lap("store_extract_ms", t);
        t = performance.now();
        scipReport = (await runScipStage(db, txn, { ...scipInput, replaced: null })).report;
        lap("scip_ms", t);
        t = performance.now();
        await bindDatasetViews(db, txn, [...ALL_DATASETS.values()]);
        await bindImportRoots(db, rootConfig.roots);
        // file_id 0 is the global partition (nodes that belong to no single file).
        await db.exec(`CREATE OR REPLACE TABLE file_allowlist AS SELECT file_id FROM ${sqlIdent("py_files")} UNION ALL SELECT 0::BIGINT`);
        timings.store_extract_ms = (timings.store_extract_ms ?? 0) + Math.round(performance.now() - t);
        t = performance.now();
        const skip = scipRuleSkip(options);
        progress.start("rules", registry.outputs.length - skip.size, "outputs");
        ruleTimings = await runRules(db, txn, registry, ALL_DATASETS, {
          full: true,
          skip,
          parts,
          onOutput: () => progress.tick(1),
          forks: parts === 1 ? await forkLanes(db, threads) : [],
        });
        progress.done();
        lap("rules_ms", t);
      } else {
        await bindImportRoots(db, rootConfig.roots);
        const rootsMoved = !sameRoots((base?.meta ?? {}) as Partial<StateMeta>, rootConfig);
        const r = await applyIncremental(
          db,
          txn,
          registry,
          changes,
          extracted.staged,
          fileIdKey,
          timings,
          rootsMoved,
          (replaced) => runScipStage(db as Db, txn as StoreTxn, { ...scipInput, replaced }),
          scipRuleSkip(options),
          await forkLanes(db, threads),
        );
        scipReport = r.scip;
        impacted = r.impacted;
        api = r.api;
        delta = r.delta;
        ruleTimings = r.ruleTimings;
      }

      const files = await db.rows<{ bytes: string; syntax: string }>(
        "SELECT coalesce(sum(size_bytes), 0) AS bytes, count(*) FILTER (WHERE status = 'syntax_error') AS syntax FROM py_files",
      );
      const graph = await summarizeGraph(db);
      const importRoots = await importRootsSection(db, rootConfig);
      if (scipReport.status === "ok") Object.assign(scipReport, await scipSummary(db));
      const summary: StateMeta["summary"] = {
        files: {
          discovered: discovery.files.length,
          bytes: Number(files[0]?.bytes ?? 0),
          with_syntax_errors: Number(files[0]?.syntax ?? 0),
          by_status: graph.fileStatus,
        },
        graph: { nodes: graph.nodes, edges: graph.edges, props: graph.props },
        diagnostics: graph.diagnostics,
        import_roots: importRoots,
        scip: scipReport,
      };
      const snapshot = changes ? changes.next : await snapshotFromBuild(db, discovery.files);
      t = performance.now();
      const meta: StateMeta = {
        tool_version: TOOL_VERSION,
        fingerprint_inputs: fpInputs,
        repo: options.repo,
        head,
        dirty: await dirtyNow(),
        snapshot: snapshotToStored(snapshot),
        import_roots: rootConfig,
        summary,
        scip_index_sha256: scipIndexSha(options),
      };
      await txn.flush();
      const manifest = txn.commit(meta as unknown as Record<string, unknown>);
      txn = null;
      lap("commit_ms", t);

      t = performance.now();
      const outputs = await publishOutputs(store, manifest, publishedTables(options.scip), options.out, db);
      removeUnpublished(options.out, options.scip);
      Object.assign(
        outputs,
        await writeRunTables(
          options.out,
          options.state,
          {
            snapshot,
            previous: changes ? prevSnapshot : null,
            changes,
            fullReason: `full build: ${fallbackReason ?? "--full"}`,
            delta: deltaByPath(delta),
            next: { dirty: new Set(meta.dirty), git: discovery.method === "git" && head !== null },
          },
          db,
        ),
      );
      lap("publish_ms", t);
      timings.total_ms = Math.round(performance.now() - t0);
      const report: BuildReport = {
        tool: { name: "pycpg", version: TOOL_VERSION },
        schema_version: SCHEMA_VERSION,
        fingerprint,
        mode: changes ? "incremental" : "full",
        fallback_reason: changes ? null : fallbackReason,
        repo: options.repo,
        discovery: discovery.method,
        generation: manifest.generation,
        ...summary,
        changed: changedList(changes),
        impacted,
        api_changes: api,
        affected_tests: impacted.filter((i) => isTestPath(i.path)).map((i) => i.path),
        delta,
        timings: { ...timings, rules_by_output_ms: roundAll(ruleTimings), workers: extracted.workers },
        outputs,
      };
      writeReports(options.out, report);
      return report;
    } finally {
      txn?.abort();
      if (db) db.close();
      else (await dbPromise.catch(() => null))?.close();
      // The whole scratch space goes (docs: removed after a run); the lock makes it this run's alone.
      rmSync(store.tmpDir, { recursive: true, force: true });
    }
  } finally {
    release();
  }
}

/** The delta's per-file counts by path, for diff_report (null for a full build). */
function deltaByPath(delta: BuildReport["delta"]): Map<string, DeltaCounts> | null {
  if (!delta) return null;
  const files = (delta.files ?? []) as ({ path: string } & DeltaCounts)[];
  return new Map(files.map(({ path, ...counts }) => [path, counts as DeltaCounts]));
}

/** The delta of a run that changed nothing. */
const EMPTY_DELTA: NonNullable<BuildReport["delta"]> = {
  nodes_added: 0,
  nodes_removed: 0,
  nodes_changed: 0,
  nodes_moved: 0,
  edges_added: 0,
  edges_removed: 0,
  edges_changed: 0,
  props_added: 0,
  props_removed: 0,
  props_changed: 0,
  files: [],
};

function changedList(changes: ChangeSet | null): BuildReport["changed"] {
  if (!changes) return [];
  return changes.entries.filter((e) => e.status !== "unchanged").map((e) => ({ path: e.path, status: e.status, old_path: e.old_path }));
}

/** The snapshot after a full build: stat data from discovery, hashes from the extracted files. */
async function snapshotFromBuild(db: Db, files: readonly DiscoveredFile[]): Promise<Snapshot> {
  const rows = await db.rows<{ path: string; file_id: string; sha256: string | null }>(
    "SELECT path, CAST(file_id AS VARCHAR) AS file_id, sha256 FROM py_files",
  );
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const snap = new Map<string, SnapshotEntry>();
  for (const f of files) {
    const r = byPath.get(f.path);
    if (!r) continue;
    snap.set(f.path, { path: f.path, file_id: r.file_id, size_bytes: f.sizeBytes, mtime_ns: f.mtimeNs, sha256: r.sha256, status: f.status });
  }
  return snap;
}

/** A run that found no change: refresh the snapshot's stat data, re-link outputs, report. */
async function finishUnchanged(
  store: StateStore,
  base: Manifest,
  changes: ChangeSet,
  options: BuildOptions,
  ctx: { fpInputs: FingerprintInputs; head: string | null; dirty: string[]; t0: number; timings: Record<string, number>; previous: Snapshot },
): Promise<BuildReport> {
  const meta = base.meta as unknown as StateMeta;
  const t = performance.now();
  const nextMeta: StateMeta = { ...meta, head: ctx.head, dirty: ctx.dirty, snapshot: snapshotToStored(changes.next) };
  // The same snapshot, head and dirty list as the state already records (stat data unchanged):
  // nothing to commit, so the state directory is not written at all.
  const same = JSON.stringify(nextMeta) === JSON.stringify(meta);
  const manifest = same ? base : store.rewriteMeta(base, nextMeta as unknown as Record<string, unknown>);
  ctx.timings.commit_ms = Math.round(performance.now() - t);
  const outputs = await publishOutputs(store, manifest, publishedTables(options.scip), options.out, null);
  removeUnpublished(options.out, options.scip);
  Object.assign(
    outputs,
    await writeRunTables(options.out, options.state, { snapshot: changes.next, previous: ctx.previous, changes, fullReason: "", delta: new Map() }),
  );
  ctx.timings.total_ms = Math.round(performance.now() - ctx.t0);
  const report: BuildReport = {
    tool: { name: "pycpg", version: TOOL_VERSION },
    schema_version: SCHEMA_VERSION,
    fingerprint: base.fingerprint,
    mode: "incremental",
    fallback_reason: null,
    repo: options.repo,
    discovery: meta.head !== undefined && ctx.head ? "git" : "walk",
    generation: manifest.generation,
    ...meta.summary,
    changed: [],
    impacted: [],
    api_changes: [],
    affected_tests: [],
    delta: EMPTY_DELTA,
    timings: { ...ctx.timings, workers: 0 },
    outputs,
  };
  writeReports(options.out, report);
  return report;
}

/**
 * The incremental path: upsert the changed files' extracted rows, refresh the module index,
 * compute the impact closure and rerun the rules for the impacted files only.
 */
async function applyIncremental(
  db: Db,
  txn: StoreTxn,
  registry: RuleRegistry,
  changes: ChangeSet,
  staged: readonly StagedFile[],
  fileIdKey: (path: string) => string,
  timings: Record<string, number>,
  rootsMoved: boolean,
  scipStage: (replaced: ReadonlySet<string>) => Promise<{ report: NonNullable<BuildReport["scip"]>; scipChanged: readonly string[] }>,
  skipOutputs: ReadonlySet<string>,
  forks: readonly Db[],
): Promise<{
  scip: NonNullable<BuildReport["scip"]>;
  impacted: BuildReport["impacted"];
  api: BuildReport["api_changes"];
  delta: NonNullable<BuildReport["delta"]>;
  ruleTimings: Record<string, number>;
}> {
  let t = performance.now();
  await bindDatasetViews(db, txn, [...ALL_DATASETS.values()], "old_");
  // The interface query, the API changes and the impact closure read a few files' rows through
  // the store's reader narrowed to their buckets, which the views are not (the same rows the
  // `old_` and plain views hold); more files than a literal list takes go through the views.
  const fileRows: FileRowsOf = (side, table, fileIds) => {
    const spec = ALL_DATASETS.get(table);
    if (!spec || fileIds.length > LITERAL_IDS_MAX) return null;
    const scope = { fileIds, buckets: new Set(fileIds.map((id) => Number(BigInt(id) & BigInt(txn.buckets - 1)))) };
    return side === "old_" ? txn.baseRelation(spec, scope) : txn.relation(spec, scope);
  };
  const replaced = [...new Set([...changes.toReplace, ...changes.toExtract])].map(fileIdKey);
  // Each dataset's upsert is a few small statements, on its own connection at once with others.
  const queue = [...EXTRACT_DATASETS];
  await Promise.all(
    [db, ...forks].map(async (lane) => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) {
        const mine = staged.filter((f) => f.table === spec.name);
        const json = mine.filter((f) => f.format === "json").map((f) => f.path);
        const parquet = mine.filter((f) => f.format !== "json").map((f) => f.path);
        const source = json.length > 0 && parquet.length === 0 ? jsonRelation(json, spec.columns) : parquetRelation(parquet, spec.columns);
        if (json.length > 0 && parquet.length > 0) throw new Error(`staged ${spec.name} rows in two formats`);
        await txn.upsert(spec, `SELECT * FROM ${source}`, replaced, { db: lane });
      }
    }),
  );
  await bindDatasetViews(db, txn, EXTRACT_DATASETS);
  lap(timings, "store_extract_ms", t);

  // The module index depends on every file's path and imports (an __init__.py renames the
  // modules below it, an import can make a directory a namespace package) and on the import
  // roots: recompute it whole and keep only the files whose row changed. When no file was added,
  // deleted or renamed, the roots are the same and no file's imports changed in what the module
  // index reads of them (an import's position does not count: a line added above one moves it),
  // it cannot have changed: skip it (on the 13k-file corpus recomputing it takes ~0.7 s).
  t = performance.now();
  const mi = sqlIdent(MODULE_INDEX.name);
  const pathsSame = changes.entries.every((e) => e.status === "unchanged" || e.status === "modified");
  let moved: { file_id: string }[] = [];
  const renamed = new Set<string>();
  let lookupMoved = new Set<string>();
  if (rootsMoved || !pathsSame || ((txn.rewritten.py_imports ?? 0) > 0 && (await moduleIndexImportsChanged(db, replaced)))) {
    await db.exec("CREATE OR REPLACE TABLE file_allowlist AS SELECT file_id FROM py_files");
    await db.exec(`CREATE OR REPLACE TABLE _module_index_new AS ${outputSource(registry, MODULE_INDEX)}`);
    moved = await db.rows<{ file_id: string }>(
      `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id FROM ((SELECT * FROM _module_index_new EXCEPT SELECT * FROM old_${MODULE_INDEX.name}) UNION ALL (SELECT * FROM old_${MODULE_INDEX.name} EXCEPT SELECT * FROM _module_index_new))`,
    );
    await db.exec(`CREATE OR REPLACE TABLE _module_moved AS ${fileIdRows(moved.map((r) => r.file_id))}`);
    await txn.upsert(
      MODULE_INDEX,
      "SELECT * FROM _module_index_new WHERE file_id IN (SELECT file_id FROM _module_moved)",
      moved.map((r) => r.file_id),
    );
    await db.exec(`CREATE OR REPLACE VIEW ${mi} AS SELECT * FROM ${txn.relation(MODULE_INDEX)}`);

    // A file whose module name is the same but whose search path moved (import roots changed)
    // re-resolves its imports only when the roots providing the names it looks up moved (its
    // interface's X key says so); otherwise its imports resolve as before.
    for (const r of await db.rows<{ file_id: string }>(
      `SELECT CAST(n.file_id AS VARCHAR) AS file_id FROM _module_index_new n LEFT JOIN old_${MODULE_INDEX.name} o USING (file_id)
       WHERE o.file_id IS NULL OR n.module IS DISTINCT FROM o.module OR n.root IS DISTINCT FROM o.root OR n.is_package IS DISTINCT FROM o.is_package OR n.importable IS DISTINCT FROM o.importable`,
    ))
      renamed.add(r.file_id);
    const pathOnly = moved.map((m) => m.file_id).filter((id) => !renamed.has(id));
    lookupMoved = new Set((await interfaceChanges(db, pathOnly, { fileRows })).filter((c) => c.key === "X").map((c) => c.file_id));
  } else await db.exec(`CREATE OR REPLACE VIEW ${mi} AS SELECT * FROM ${txn.relation(MODULE_INDEX)}`);
  const movedAll = new Set(moved.map((m) => m.file_id));
  const movedIds = new Set([...renamed, ...lookupMoved].filter((id) => movedAll.has(id)));

  // The SCIP layer: documents of changed files are rewritten; a document that changed although
  // its file did not (a signature it uses changed elsewhere) makes its file a seed.
  const tScip = performance.now();
  const scip = await scipStage(new Set(replaced));
  await bindDatasetViews(db, txn, SCIP_DATASETS);
  const scipMs = performance.now() - tScip;
  timings.scip_ms = Math.round(scipMs);
  t += scipMs; // impact_ms stays the module index and the closure

  // Modified files whose interface is unchanged are recomputed but do not propagate.
  const modified = changes.entries.filter((e) => e.status === "modified").map((e) => fileIdKey(e.path));
  const modifiedChanges = await interfaceChanges(db, modified, { fileRows });
  const ifaceChanged = new Set(modifiedChanges.map((c) => c.file_id));
  const seeds: ImpactSeed[] = [];
  for (const e of changes.entries) {
    if (e.status === "unchanged") continue;
    const id = fileIdKey(e.path);
    const propagates = e.status !== "modified" || ifaceChanged.has(id) || movedIds.has(id);
    const reason =
      e.status === "renamed"
        ? `content_changed (renamed from ${e.old_path})`
        : e.status === "modified" && !propagates
          ? "content_changed (interface unchanged)"
          : `content_changed (${e.status})`;
    seeds.push({ file_id: id, reason, propagates });
    if (e.old_path) seeds.push({ file_id: fileIdKey(e.old_path), reason: `renamed to ${e.path}`, propagates: true });
  }
  const seedIds = new Set(seeds.map((s) => s.file_id));
  for (const id of movedIds)
    if (!seedIds.has(id)) seeds.push({ file_id: id, reason: renamed.has(id) ? "module name changed" : "import roots changed", propagates: true });
  for (const id of scip.scipChanged) if (!seedIds.has(id) && !movedIds.has(id)) seeds.push({ file_id: id, reason: SCIP_CHANGED, propagates: false });
  // The API changes (for the report) read the extracted tables only: computed on another
  // connection while the impact closure is.
  const apiOf = async (on: Db) => {
    const tApi = performance.now();
    const api = await apiChanges(
      on,
      changes.entries
        .filter((e) => e.status !== "unchanged")
        .map((e) => ({
          path: e.path,
          old: e.status === "added" ? null : fileIdKey(e.old_path ?? e.path),
          new: e.status === "deleted" ? null : fileIdKey(e.path),
        })),
      fileRows,
    );
    lap(timings, "api_ms", tApi);
    return api;
  };
  // On another connection when there is one (a connection runs one statement at a time).
  const apiBeside = forks[0] ? apiOf(forks[0]) : null;
  apiBeside?.catch(() => undefined); // awaited below; a failure of the impact stage must not leave it unhandled
  // (the previous state's rows differ from the current ones only for the replaced files and those
  // whose module-index row moved)
  const differing = [...new Set([...replaced, ...movedAll])];
  const closure = await computeImpact(db, seeds, {
    files: new Set(modified),
    changes: modifiedChanges,
    fileRows,
    differing,
    moduleIndexChanged: movedAll.size > 0,
  });
  lap(timings, "impact_ms", t);
  const api = await (apiBeside ?? apiOf(db));

  t = performance.now();
  await db.exec(`CREATE OR REPLACE TABLE file_allowlist AS ${fileIdRows(closure.map((c) => c.file_id))} UNION ALL SELECT 0::BIGINT`);
  await db.exec("DELETE FROM file_allowlist WHERE file_id IS NULL");
  const ruleTimings = await runRules(db, txn, registry, ALL_DATASETS, { full: false, skip: new Set([MODULE_INDEX.name, ...skipOutputs]), forks });
  lap(timings, "rules_ms", t);

  const delta = await computeDelta(db);
  const live = new Set((await db.rows<{ file_id: string }>("SELECT CAST(file_id AS VARCHAR) AS file_id FROM py_files")).map((r) => r.file_id));
  // Whether the recomputed rows of the file differ from its previous ones in a published table
  // (the closure is sound, not exact: a file can be recomputed and come out the same).
  const changedGraph = deltaByPath(delta);
  const impacted = closure
    .filter((c) => live.has(c.file_id))
    .map((c) => ({ path: c.path, reasons: c.reasons, via: c.via, graph_changed: changedGraph?.has(c.path) ?? false }));
  return { scip: scip.report, impacted, api, delta, ruleTimings };
}

/** The columns of py_imports the module_index rule reads (test/module-index-inputs.test.ts checks the rule against it). */
export const MODULE_INDEX_IMPORT_COLUMNS = ["file_id", "level", "module", "name", "is_star", "import_kind"] as const;

/**
 * Whether the imports of `files` differ between the previous state and this one in what the
 * module index reads of them. Beyond 200 files, assumed so (a literal list's planning grows with
 * its length).
 */
async function moduleIndexImportsChanged(db: Db, files: readonly string[]): Promise<boolean> {
  if (files.length > 200) return true;
  if (files.length === 0) return false;
  const cols = MODULE_INDEX_IMPORT_COLUMNS.map(sqlIdent).join(", ");
  const ids = fileIdList(files);
  const side = (t: string) => `SELECT ${cols} FROM ${t} WHERE file_id IN (${ids})`;
  const r = await db.rows<{ n: string }>(
    `SELECT count(*) AS n FROM ((${side("py_imports")} EXCEPT ALL ${side("old_py_imports")}) UNION ALL (${side("old_py_imports")} EXCEPT ALL ${side("py_imports")}))`,
  );
  return Number(r[0]?.n ?? 0) > 0;
}

/** With the layer off, the alignment rules have no input: they are not run (their outputs stay empty). */
function scipRuleSkip(options: BuildOptions): ReadonlySet<string> {
  return new Set(options.scip.kind === "off" ? [SCIP_DEFS.name, SCIP_ALIGNMENT.name] : []);
}

/**
 * True when the SCIP layer of the state is what this run would make of unchanged files: off, or
 * ingested (not failed) in the same mode, from the same index for `--scip PATH`. Otherwise a run
 * whose files did not change still runs (it retries a layer that failed).
 */
function sameScipIndex(meta: Partial<StateMeta>, options: BuildOptions): boolean {
  if (options.scip.kind === "off") return true;
  const prev = meta.summary?.scip;
  if (prev?.status !== "ok" || prev.mode !== options.scip.kind) return false;
  return options.scip.kind !== "path" || (meta.scip_index_sha256 ?? null) === scipIndexSha(options);
}

function scipIndexSha(options: BuildOptions): string | null {
  return options.scip.kind === "path" ? sha256File(options.scip.path) : null;
}

/**
 * The connections a run computes rule outputs on at once, besides `db`: one per core, at most
 * `RULE_LANES` in all. On 2 cores, two upserts at once took a Django one-file edit from 1,576 to
 * 1,413 ms, and a Django full build's rules from 3,211 to 2,941 ms (medians of 5): a rule's
 * statement over ~100k rows keeps about one core busy (DuckDB's profile: its CPU time about equal
 * to its latency), so the outputs that do not wait for each other (cpg_props, type_decls beside
 * the resolution chain) fill the other core. A full build in parts runs on one connection.
 */
const RULE_LANES = 2;

async function forkLanes(db: Db, threads: number): Promise<Db[]> {
  return Promise.all(Array.from({ length: Math.max(0, Math.min(RULE_LANES, threads) - 1) }, () => db.fork()));
}

function lap(timings: Record<string, number>, name: string, since: number): void {
  timings[name] = Math.round(performance.now() - since);
}

/** The CPG tables the delta compares: id expression, partition column, columns that are a position. */
const DELTA_TABLES = [
  { table: "cpg_nodes", label: "nodes", id: "node_id", part: "file_id", spans: ["bstart", "bend", "start_line", "start_col", "end_line", "end_col"] },
  { table: "cpg_edges", label: "edges", id: "edge_id", part: "origin_file_id", spans: [] },
  { table: "cpg_props", label: "props", id: "(entity_id || ':' || key)", part: "file_id", spans: [] },
] as const;

/** The per-file counts of the delta (report.delta.files and the diff_report columns). */
export type DeltaCounts = Record<string, number>;

/**
 * Rows added, removed, changed and moved per CPG table among the allowlisted files, with a
 * per-file list. A row is matched to the previous run's by id (schema v2 ids do not depend on
 * positions): `changed` when a column other than the position differs, `moved` when only the
 * position (bstart, bend, lines, columns) does: text above it grew or shrank. Edges and
 * properties carry no position, so they are never moved. Rows sharing an id are compared as a
 * group (count and an order-independent hash of their columns). Reads the `in_scope_` and
 * `in_scope_old_` views runRules bound: only the allowlisted files' buckets.
 */
async function computeDelta(db: Db): Promise<NonNullable<BuildReport["delta"]>> {
  const side = (t: (typeof DELTA_TABLES)[number], view: string) => {
    const all = (ALL_DATASETS.get(t.table)?.columns ?? []).map(([c]) => c);
    const spans = new Set<string>(t.spans);
    const content = all.filter((c) => !spans.has(c)).map(sqlIdent);
    const pos = t.spans.length > 0 ? `sum(hash(${t.spans.map(sqlIdent).join(", ")}))` : "0";
    return `SELECT ${t.id} AS id, any_value(${t.part}) AS file_id, count(*) AS n, sum(hash(${content.join(", ")})) AS c, ${pos} AS p
      FROM ${view}_${t.table} WHERE ${t.part} IN (SELECT file_id FROM file_allowlist) GROUP BY 1`;
  };
  const cmp = (t: (typeof DELTA_TABLES)[number]) => `
    SELECT '${t.label}' AS tbl, coalesce(n.file_id, o.file_id) AS file_id,
           count(*) FILTER (WHERE o.id IS NULL) AS added,
           count(*) FILTER (WHERE n.id IS NULL) AS removed,
           count(*) FILTER (WHERE n.id IS NOT NULL AND o.id IS NOT NULL AND (n.n <> o.n OR n.c <> o.c)) AS changed,
           count(*) FILTER (WHERE n.id IS NOT NULL AND o.id IS NOT NULL AND n.n = o.n AND n.c = o.c AND n.p <> o.p) AS moved
    FROM (${side(t, "in_scope")}) n FULL OUTER JOIN (${side(t, "in_scope_old")}) o USING (id)
    GROUP BY ALL`;
  const rows = await db.rows<{ path: string | null; table: string; added: string; removed: string; changed: string; moved: string }>(`
    WITH d AS (${DELTA_TABLES.map(cmp).join(" UNION ALL ")})
    SELECT coalesce(f.path, of.path, '') AS path, d.tbl AS "table", d.added, d.removed, d.changed, d.moved
    FROM d LEFT JOIN py_files f ON f.file_id = d.file_id LEFT JOIN old_py_files of ON of.file_id = d.file_id
    WHERE d.added > 0 OR d.removed > 0 OR d.changed > 0 OR d.moved > 0
    ORDER BY path, "table"`);
  const kinds = ["added", "removed", "changed", "moved"] as const;
  const totals: Record<string, number> = {};
  for (const t of DELTA_TABLES) for (const k of kinds) if (k !== "moved" || t.spans.length > 0) totals[`${t.label}_${k}`] = 0;
  const perFile = new Map<string, DeltaCounts>();
  for (const r of rows) {
    const e = perFile.get(r.path ?? "") ?? {};
    for (const k of kinds) {
      const key = `${r.table}_${k}`;
      if (!(key in totals)) continue;
      const v = Number(r[k]);
      totals[key] = (totals[key] ?? 0) + v;
      if (v > 0) e[key] = v;
    }
    perFile.set(r.path ?? "", e);
  }
  return { ...totals, files: [...perFile.entries()].map(([path, v]) => ({ path, ...v })) };
}

function roundAll(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
}

/**
 * What the state directory holds for a build with `options`, without opening DuckDB: whether an
 * incremental build could use it, and the commit it was built from (null when built outside git).
 */
export function inspectState(options: BuildOptions): { usable: boolean; head: string | null; reason: string | null } {
  const loaded = new StateStore(options.state).load(pipelineFingerprint(options));
  if (!loaded.manifest) return { usable: false, head: null, reason: loaded.reason };
  const meta = loaded.manifest.meta as Partial<StateMeta>;
  if (!snapshotFromStored(meta.snapshot)) return { usable: false, head: null, reason: "the previous state has no usable snapshot" };
  return { usable: true, head: meta.head ?? null, reason: null };
}
