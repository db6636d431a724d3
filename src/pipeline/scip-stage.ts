/**
 * The SCIP stage of a build: wait for the index (obtained while the files were being extracted),
 * stream it into the SCIP datasets for the files that need it, and say which files' documents
 * changed although their text did not (the `scip_changed` seeds of the impact closure).
 *
 * A failure anywhere (no index, an indexer that failed, a corrupt index) leaves the build without
 * the layer: the run then behaves as if the index were empty, so every file that had a document
 * loses it (and is recomputed), which is exactly what a full build without the layer gives.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { fileIdOf, idToKey } from "../normalize/ids.ts";
import type { ScipReport } from "../report/build-report.ts";
import { ScipDecodeError } from "../scip/decode-scip-index.ts";
import { type IngestScipResult, ingestScipIndex, type ScipFileRef } from "../scip/ingest-scip.ts";
import type { ScipMode, ScipObtained } from "../scip/scip-layer.ts";
import { SCIP_DATASETS } from "../scip/scip-tables.ts";
import type { Db } from "../store/duckdb.ts";
import { parquetRelation } from "../store/sql.ts";
import type { StoreTxn } from "../store/state-store.ts";
import type { Progress } from "../util/progress.ts";

export interface ScipStageInput {
  readonly mode: ScipMode;
  /** The index being obtained (null when the layer is off). */
  readonly obtained: Promise<ScipObtained> | null;
  readonly files: readonly DiscoveredFile[];
  readonly repoId: string | null;
  readonly stagingDir: string;
  readonly outDir: string;
  /** null: a full build (every dataset rewritten). Else the file_id keys whose text changed or went. */
  readonly replaced: ReadonlySet<string> | null;
  readonly progress: Progress;
}

export interface ScipStageResult {
  readonly report: ScipReport;
  /** file_id keys whose document changed although their text did not (incremental runs only). */
  readonly scipChanged: readonly string[];
}

/** Runs the stage inside the transaction: upserts the SCIP datasets. */
export async function runScipStage(db: Db, txn: StoreTxn, input: ScipStageInput): Promise<ScipStageResult> {
  const t0 = performance.now();
  const report: ScipReport = { mode: input.mode.kind, status: "off", failure: null, reason: null };
  if (input.mode.kind === "off" || input.obtained === null) return { report, scipChanged: [] };
  const obtained = await input.obtained;
  const tIngest = performance.now();
  report.index_seconds = Math.round(obtained.seconds * 10) / 10;
  if (obtained.output) {
    const log = join(input.outDir, "scip-python.log");
    mkdirSync(input.outDir, { recursive: true });
    writeFileSync(log, obtained.output);
    report.log = log;
    const lines = obtained.output.split("\n").filter((l) => l.trim() !== "");
    report.log_lines = lines.length;
    report.log_errors = lines.filter((l) => /error/i.test(l)).length;
    if (!obtained.ok) {
      report.log_tail = lines.slice(-5).map((l) => l.slice(0, 300));
      for (const l of lines.slice(-20)) input.progress.info(`scip-python: ${l.slice(0, 500)}`);
    }
  }
  const previous = new Map<string, string>();
  if (input.replaced !== null)
    for (const r of await db.rows<{ k: string; fp: string }>("SELECT CAST(file_id AS VARCHAR) AS k, fingerprint AS fp FROM old_scip_documents"))
      previous.set(r.k, r.fp);
  const files = new Map<string, ScipFileRef>();
  for (const f of input.files) {
    if (f.status !== "ok") continue;
    const id = fileIdOf(f.path, input.repoId);
    files.set(f.path, { key: idToKey(id), id, absPath: f.absPath });
  }
  let ingest: IngestScipResult | null = null;
  if (obtained.ok) {
    report.source = obtained.source;
    report.index_path = obtained.indexPath;
    report.heap_mb = obtained.heapMb;
    try {
      ingest = await ingestScipIndex({
        indexPath: obtained.indexPath,
        files,
        previous,
        force: input.replaced ?? new Set(),
        stagingDir: join(input.stagingDir, "scip"),
        all: input.replaced === null,
      });
    } catch (err) {
      if (!(err instanceof ScipDecodeError)) throw err;
      report.failure = "corrupt";
      report.reason = `the SCIP index ${obtained.indexPath} is not usable: ${err.message}`;
    }
  } else {
    report.failure = obtained.failure;
    report.reason = obtained.reason;
  }
  report.status = ingest ? "ok" : "failed";
  if (!ingest) input.progress.info(`scip: building without the SCIP layer: ${report.reason}`);

  // Without an index every previous document is gone; with one, the changed and converted ones move.
  const changed = ingest ? ingest.changed : new Set(previous.keys());
  const rewrite = new Set([...changed, ...(ingest?.converted ?? []), ...(input.replaced ?? [])]);
  const keys = [...rewrite];
  for (const spec of SCIP_DATASETS) {
    const staged = ingest?.staged.get(spec.name) ?? [];
    if (input.replaced === null) await txn.upsert(spec, `SELECT * FROM ${parquetRelation(staged, spec.columns)}`, null, { stream: true });
    else if (keys.length > 0) await txn.upsert(spec, `SELECT * FROM ${parquetRelation(staged, spec.columns)}`, keys);
  }
  if (ingest) {
    report.index_bytes = ingest.stats.bytes;
    report.largest_document_bytes = ingest.stats.largestDocument;
    report.documents = ingest.documents;
    report.index_documents = ingest.stats.documents;
    report.occurrences = ingest.occurrences;
    report.unmatched_documents = ingest.unmatched.slice(0, 20);
    report.unmatched_count = ingest.stats.documents - ingest.documents;
    report.unmapped_occurrences = ingest.unmapped;
    report.converted_documents = ingest.converted.size;
  }
  const replaced = input.replaced;
  const scipChanged = replaced === null ? [] : [...changed].filter((k) => !replaced.has(k)).sort();
  report.changed_documents = replaced === null ? null : changed.size;
  report.wait_ms = Math.round(tIngest - t0);
  report.ingest_ms = Math.round(performance.now() - tIngest);
  return { report, scipChanged };
}
