/**
 * Parallel extraction: a pool of worker threads (one per core) pulls batches of files and writes
 * staging Parquet files under `stagingDir/<table>/`. A batch holds files of one store bucket only,
 * so every staging file already has the store's shape and a full build adopts them as they are.
 * Files are extracted in path order within a batch, so the same input gives the same rows in the
 * same order. Small inputs (an incremental run touching a few files, a small repository) are
 * extracted in-process: starting a worker costs more than parsing them.
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { fileIdOf } from "../normalize/ids.ts";
import type { Progress } from "../util/progress.ts";
import type { WorkerReply, WorkerRequest } from "./extract-worker.ts";
import { type BatchStats, type ExtractOptions, FileExtractor, type StagedFile } from "./file-extractor.ts";

export interface ExtractResult {
  files: number;
  bytes: number;
  parseErrors: number;
  workers: number;
  staged: StagedFile[];
}

interface Batch {
  bucket: number;
  files: DiscoveredFile[];
  bytes: number;
}

/**
 * Below this much source, extraction runs in-process: a worker costs ~0.2-0.25 s to start and load
 * the grammar, about what one thread needs to extract ~0.4 MB (measured on Django: ~1.7 MB/s).
 */
const IN_PROCESS_MAX_BYTES = 512 * 1024;

function workerUrl(): URL {
  // Sources run under tsx (tests); the bundle in dist/ ships extract-worker.js beside cli.js.
  return import.meta.url.endsWith(".ts") ? new URL("./extract-worker-dev.mjs", import.meta.url) : new URL("./extract-worker.js", import.meta.url);
}

/**
 * Groups files by bucket (`file_id & (buckets - 1)`), splitting buckets so there are at least
 * two batches per thread when buckets are few; largest batches first for balance.
 */
export function planBatches(files: readonly DiscoveredFile[], repoId: string | null, buckets: number, threads: number): Batch[] {
  const byBucket = new Map<number, DiscoveredFile[]>();
  for (const f of files) {
    const b = fileIdOf(f.path, repoId).lo & (buckets - 1);
    let list = byBucket.get(b);
    if (!list) byBucket.set(b, (list = []));
    list.push(f);
  }
  const split = Math.max(1, Math.ceil((2 * threads) / Math.max(1, byBucket.size)));
  const batches: Batch[] = [];
  for (const [bucket, list] of [...byBucket.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const chunk = Math.ceil(list.length / split);
    for (let i = 0; i < list.length; i += chunk) {
      const part = list.slice(i, i + chunk);
      batches.push({ bucket, files: part, bytes: part.reduce((n, f) => n + f.sizeBytes, 0) });
    }
  }
  return batches.sort((a, b) => b.bytes - a.bytes || a.bucket - b.bucket);
}

/** Extracts `files` into staging Parquet under `options.stagingDir`, shaped by store bucket. */
export async function extractFiles(
  files: readonly DiscoveredFile[],
  options: ExtractOptions,
  buckets: number,
  progress: Progress,
  threads = availableParallelism(),
): Promise<ExtractResult> {
  const total: BatchStats = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
  const staged: StagedFile[] = [];
  const batches = planBatches(files, options.repoId, buckets, threads);
  progress.start("extract", files.length, "files");
  const totalBytes = files.reduce((n, f) => n + (f.status === "ok" ? f.sizeBytes : 0), 0);
  if (totalBytes <= IN_PROCESS_MAX_BYTES || threads <= 1) {
    // A few files: compile the wasm modules (tree-sitter, parquet-wasm) with the baseline compiler
    // only. V8's optimising tier-up compiles them again on background threads, which on 2 cores
    // held up the run's first DuckDB statement by 100-250 ms, far more than the parse gains.
    const small = totalBytes <= IN_PROCESS_MAX_BYTES;
    if (small) setFlagsFromString("--liftoff-only");
    // A small run whose rows are upserted (not adopted as store files) stages JSON lines: no
    // Arrow or parquet-wasm to load for a few files' rows.
    const fx = await FileExtractor.create(options, "main", small && options.staging === "json" ? "json" : "parquet");
    if (small) setFlagsFromString("--no-liftoff-only");
    for (const batch of batches) {
      for (const f of batch.files) {
        fx.extractFile(f, total);
        progress.tick(1);
      }
      staged.push(...fx.flush(batch.bucket));
    }
    progress.done();
    return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: 0, staged };
  }
  const n = Math.max(1, Math.min(threads, batches.length));
  let next = 0;
  const runWorker = (k: number) =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(workerUrl(), { workerData: { options, tag: `w${k}` } });
      const send = (m: WorkerRequest) => w.postMessage(m);
      const feed = () => {
        const batch = batches[next];
        if (batch) {
          send({ type: "batch", id: next++, bucket: batch.bucket, files: batch.files });
        } else send({ type: "finish" });
      };
      w.on("message", (m: WorkerReply) => {
        if (m.type === "ready") feed();
        else if (m.type === "batch-done") {
          total.files += m.stats.files;
          total.bytes += m.stats.bytes;
          total.parseErrors += m.stats.parseErrors;
          staged.push(...m.staged);
          progress.tick(m.stats.files);
          feed();
        } else if (m.type === "finished") {
          void w.terminate().then(() => resolve());
        } else {
          void w.terminate();
          reject(new Error(`extraction worker failed: ${m.message}`));
        }
      });
      w.on("error", reject);
      w.on("exit", (code) => {
        if (code !== 0 && code !== 1) reject(new Error(`extraction worker exited with code ${code}`));
      });
    });
  await Promise.all(Array.from({ length: n }, (_, k) => runWorker(k)));
  progress.done();
  // Deterministic order regardless of which worker finished first.
  staged.sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : a.bucket - b.bucket || (a.path < b.path ? -1 : 1)));
  return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: n, staged };
}
