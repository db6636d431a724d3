/**
 * Parallel extraction: a pool of worker processes (one per core) pulls batches of files and writes
 * staging Parquet files under `stagingDir/<table>/`. A batch holds files of one store bucket only,
 * so every staging file already has the store's shape and a full build adopts them as they are.
 * Files are extracted in path order within a batch, so the same input gives the same rows in the
 * same order. Small inputs (an incremental run touching a few files, a small repository) are
 * extracted in-process: starting a worker costs more than parsing them.
 *
 * Workers are threads, or child processes for large inputs (`PROCESS_WORKERS_MIN_BYTES`): the
 * memory a thread's extraction allocated stays with the process after the thread ends (glibc
 * keeps a thread's freed heap for reuse). After the 13k-file corpus's extraction the process held
 * ~590 MB with worker threads, ~420 MB of it theirs, right before the rules' DuckDB working set
 * (up to its 700 MB limit) came on top; a process gives its memory back when it exits. A process
 * takes longer to start (fork to ready 320-650 ms on Django's full build against ~0.2 s for a
 * thread, 2 vCPUs), which a small repository's build would feel.
 */

import { type ChildProcess, fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { fileIdOf } from "../normalize/ids.ts";
import type { Progress } from "../util/progress.ts";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./extract-worker.ts";
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

/**
 * From this much source on, workers are child processes instead of threads (see the module doc):
 * SymPy (31 MB) and larger; Django (5 MB) keeps threads.
 */
export const PROCESS_WORKERS_MIN_BYTES = 16 * 1024 * 1024;

/** One worker, a thread or a process, as the pool talks to it. */
interface WorkerHandle {
  send(m: WorkerRequest): void;
  onMessage(f: (m: WorkerReply) => void): void;
  onError(f: (err: Error) => void): void;
  /** The worker ended: how (for messages), and whether with exit code 0. */
  onExit(f: (how: string, clean: boolean) => void): void;
  stop(): void;
}

function startWorker(setup: WorkerSetup, kind: "thread" | "process"): WorkerHandle {
  if (kind === "thread") {
    const w = new Worker(workerUrl(), { workerData: setup });
    return {
      send: (m) => w.postMessage(m),
      onMessage: (f) => w.on("message", f),
      onError: (f) => w.on("error", f),
      onExit: (f) => w.on("exit", (code) => f(`with code ${code}`, code === 0)),
      stop: () => void w.terminate(),
    };
  }
  // No inherited flags (a profiler's, a debugger's); stdout stays the CLI's own.
  const child: ChildProcess = fork(fileURLToPath(workerUrl()), [JSON.stringify(setup)], {
    serialization: "advanced",
    execArgv: [],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return {
    send: (m) => child.send(m),
    onMessage: (f) => child.on("message", f),
    onError: (f) => child.on("error", f),
    onExit: (f) => child.on("exit", (code, signal) => f(signal ? `on ${signal}` : `with code ${code}`, code === 0)),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}

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
  /** Threads or processes whatever the size (tests). */
  workerKind?: "thread" | "process",
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
  const kind = workerKind ?? (totalBytes >= PROCESS_WORKERS_MIN_BYTES ? "process" : "thread");
  let next = 0;
  const workers: WorkerHandle[] = [];
  const runWorker = (k: number) =>
    new Promise<void>((resolve, reject) => {
      const w = startWorker({ options, tag: `w${k}` }, kind);
      workers.push(w);
      let finished = false;
      const feed = () => {
        const batch = batches[next];
        if (batch) {
          w.send({ type: "batch", id: next++, bucket: batch.bucket, files: batch.files });
        } else w.send({ type: "finish" });
      };
      w.onMessage((m) => {
        if (m.type === "ready") feed();
        else if (m.type === "batch-done") {
          total.files += m.stats.files;
          total.bytes += m.stats.bytes;
          total.parseErrors += m.stats.parseErrors;
          staged.push(...m.staged);
          progress.tick(m.stats.files);
          feed();
        } else if (m.type === "finished") {
          finished = true;
          w.stop();
        } else {
          reject(new Error(`extraction worker failed: ${m.message}`));
          w.stop();
        }
      });
      w.onError(reject);
      w.onExit((how, clean) => {
        if (finished) resolve();
        else reject(new Error(`extraction worker exited ${how} before it finished${clean ? "" : " (killed, or out of memory?)"}`));
      });
    });
  try {
    await Promise.all(Array.from({ length: n }, (_, k) => runWorker(k)));
  } finally {
    // After a failure, the others stop too (they would otherwise go on asking for batches).
    for (const w of workers) w.stop();
  }
  progress.done();
  // Deterministic order regardless of which worker finished first.
  staged.sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : a.bucket - b.bucket || (a.path < b.path ? -1 : 1)));
  return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: n, staged };
}
