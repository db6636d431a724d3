/**
 * Parallel extraction: a pool of worker threads (one per core) pulls batches of files, largest
 * first for balance, and writes staging Parquet files under `stagingDir/<table>/`. Tiny inputs
 * (an incremental run touching a few files) are extracted in-process: starting a worker costs
 * more than parsing a handful of files.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import type { Progress } from "../util/progress.ts";
import type { WorkerReply, WorkerRequest } from "./extract-worker.ts";
import { type BatchStats, type ExtractOptions, FileExtractor } from "./file-extractor.ts";

export interface ExtractResult {
  files: number;
  bytes: number;
  parseErrors: number;
  workers: number;
}

const IN_PROCESS_MAX_FILES = 8;
const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;

function workerUrl(): URL {
  // Sources run under tsx (tests); the bundle in dist/ ships extract-worker.js beside cli.js.
  return import.meta.url.endsWith(".ts") ? new URL("./extract-worker.ts", import.meta.url) : new URL("./extract-worker.js", import.meta.url);
}

function batchesOf(files: readonly DiscoveredFile[]): DiscoveredFile[][] {
  const sorted = [...files].sort((a, b) => b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : 1));
  const out: DiscoveredFile[][] = [];
  let cur: DiscoveredFile[] = [];
  let bytes = 0;
  for (const f of sorted) {
    cur.push(f);
    bytes += f.sizeBytes;
    if (bytes >= BATCH_BYTES || cur.length >= BATCH_FILES) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Extracts `files` into staging Parquet under `options.stagingDir`. */
export async function extractFiles(
  files: readonly DiscoveredFile[],
  options: ExtractOptions,
  progress: Progress,
  threads = availableParallelism(),
): Promise<ExtractResult> {
  const total: BatchStats = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
  progress.start("extract", files.length, "files");
  if (files.length <= IN_PROCESS_MAX_FILES || threads <= 1) {
    const fx = await FileExtractor.create(options, "main");
    for (const f of files) {
      fx.extractFile(f, total);
      fx.maybeFlush();
      progress.tick(1);
    }
    fx.flush();
    progress.done();
    return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: 0 };
  }
  const batches = batchesOf(files);
  const n = Math.max(1, Math.min(threads, batches.length));
  let next = 0;
  const isTs = import.meta.url.endsWith(".ts");
  const runWorker = (k: number) =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(workerUrl(), {
        workerData: { options, tag: `w${k}` },
        execArgv: isTs ? ["--import", "tsx"] : [],
      });
      const send = (m: WorkerRequest) => w.postMessage(m);
      const feed = () => {
        if (next < batches.length) {
          const id = next++;
          send({ type: "batch", id, files: batches[id] as DiscoveredFile[] });
        } else send({ type: "finish" });
      };
      w.on("message", (m: WorkerReply) => {
        if (m.type === "ready") feed();
        else if (m.type === "batch-done") {
          total.files += m.stats.files;
          total.bytes += m.stats.bytes;
          total.parseErrors += m.stats.parseErrors;
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
  return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: n };
}
