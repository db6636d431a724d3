/**
 * Extraction worker entry, a worker thread or a child process (extract-pool.ts says which and
 * why): extracts the batches of files the pool sends, writing staging Parquet.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { type BatchStats, type ExtractOptions, FileExtractor, type StagedFile } from "./file-extractor.ts";

/** What the pool passes: a thread's workerData, a process's one argument (JSON). */
export interface WorkerSetup {
  readonly options: ExtractOptions;
  readonly tag: string;
}
export type WorkerRequest = { type: "batch"; id: number; bucket: number; files: DiscoveredFile[] } | { type: "finish" };
export type WorkerReply =
  | { type: "ready" }
  | { type: "batch-done"; id: number; stats: BatchStats; staged: StagedFile[] }
  | { type: "finished" }
  | { type: "error"; message: string };

/** The pool's end of the channel: the thread's port, or the process's IPC channel. */
interface Pool {
  post(m: WorkerReply, then?: () => void): void;
  onMessage(f: (m: WorkerRequest) => void): void;
}

function connect(): { pool: Pool; setup: WorkerSetup; orphaned: () => boolean } {
  const port = parentPort;
  if (port)
    return {
      pool: { post: (m) => port.postMessage(m), onMessage: (f) => port.on("message", f) },
      setup: workerData as WorkerSetup,
      // (a thread ends with its process)
      orphaned: () => false,
    };
  const send = process.send?.bind(process);
  if (!send) throw new Error("extract-worker must run as a worker thread or a child process with an IPC channel (see extract-pool.ts)");
  // The pool gone (killed, or failed and disconnected): stop at once. Within a batch, which runs
  // without yielding, a parent that died shows as a new parent process id: nothing is written then.
  const parent = process.ppid;
  process.on("disconnect", () => process.exit(1));
  return {
    pool: { post: (m, then) => (then ? send(m, () => then()) : send(m)), onMessage: (f) => process.on("message", f) },
    setup: JSON.parse(process.argv[2] ?? "") as WorkerSetup,
    orphaned: () => process.ppid !== parent,
  };
}

const errorText = (err: unknown) => (err instanceof Error ? (err.stack ?? err.message) : String(err));
const { pool, setup, orphaned } = connect();
try {
  const extractor = await FileExtractor.create(setup.options, setup.tag);
  // (batches come only after "ready": no message can arrive before this listener)
  pool.onMessage((msg) => {
    try {
      if (msg.type === "batch") {
        const stats: BatchStats = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
        for (const f of msg.files) extractor.extractFile(f, stats);
        if (orphaned()) process.exit(1);
        const staged = extractor.flush(msg.bucket);
        pool.post({ type: "batch-done", id: msg.id, stats, staged });
      } else {
        // A process exits once the reply is out; a thread is ended by the pool.
        pool.post({ type: "finished" }, () => process.exit(0));
      }
    } catch (err) {
      pool.post({ type: "error", message: errorText(err) });
    }
  });
  pool.post({ type: "ready" });
} catch (err) {
  pool.post({ type: "error", message: errorText(err) });
}
