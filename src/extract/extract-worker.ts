/** Worker thread entry: extracts the batches of files the pool sends, writing staging Parquet. */
import { parentPort, workerData } from "node:worker_threads";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { type BatchStats, type ExtractOptions, FileExtractor, type StagedFile } from "./file-extractor.ts";

export type WorkerRequest = { type: "batch"; id: number; bucket: number; files: DiscoveredFile[] } | { type: "finish" };
export type WorkerReply =
  | { type: "ready" }
  | { type: "batch-done"; id: number; stats: BatchStats; staged: StagedFile[] }
  | { type: "finished" }
  | { type: "error"; message: string };

const port = parentPort;
if (!port) throw new Error("extract-worker must run as a worker thread");
const { options, tag } = workerData as { options: ExtractOptions; tag: string };

const post = (m: WorkerReply) => port.postMessage(m);
try {
  const extractor = await FileExtractor.create(options, tag);
  port.on("message", (msg: WorkerRequest) => {
    try {
      if (msg.type === "batch") {
        const stats: BatchStats = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
        for (const f of msg.files) extractor.extractFile(f, stats);
        const staged = extractor.flush(msg.bucket);
        post({ type: "batch-done", id: msg.id, stats, staged });
      } else {
        post({ type: "finished" });
      }
    } catch (err) {
      post({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  });
  post({ type: "ready" });
} catch (err) {
  post({ type: "error", message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
}
