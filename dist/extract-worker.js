import { createRequire as __pycpgCreateRequire } from "node:module";
import { dirname as __pycpgDirname } from "node:path";
import { fileURLToPath as __pycpgFileURLToPath } from "node:url";
const require = __pycpgCreateRequire(import.meta.url);
const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);
const __pycpg_dirname = __pycpgDirname(__pycpg_filename);
import {
  FileExtractor
} from "./chunk-KR7WIVXD.js";
import "./chunk-AGFSHVMN.js";
import "./chunk-XXMEMUYA.js";

// src/extract/extract-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("extract-worker must run as a worker thread");
var { options, tag } = workerData;
var post = (m) => port.postMessage(m);
try {
  const extractor = await FileExtractor.create(options, tag);
  port.on("message", (msg) => {
    try {
      if (msg.type === "batch") {
        const stats = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
        for (const f of msg.files) extractor.extractFile(f, stats);
        const staged = extractor.flush(msg.bucket);
        post({ type: "batch-done", id: msg.id, stats, staged });
      } else {
        post({ type: "finished" });
      }
    } catch (err) {
      post({ type: "error", message: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
  });
  post({ type: "ready" });
} catch (err) {
  post({ type: "error", message: err instanceof Error ? err.stack ?? err.message : String(err) });
}
