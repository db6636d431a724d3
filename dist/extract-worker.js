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
function connect() {
  const port = parentPort;
  if (port)
    return {
      pool: { post: (m) => port.postMessage(m), onMessage: (f) => port.on("message", f) },
      setup: workerData,
      // (a thread ends with its process)
      orphaned: () => false
    };
  const send = process.send?.bind(process);
  if (!send) throw new Error("extract-worker must run as a worker thread or a child process with an IPC channel (see extract-pool.ts)");
  const parent = process.ppid;
  process.on("disconnect", () => process.exit(1));
  return {
    pool: { post: (m, then) => then ? send(m, () => then()) : send(m), onMessage: (f) => process.on("message", f) },
    setup: JSON.parse(process.argv[2] ?? ""),
    orphaned: () => process.ppid !== parent
  };
}
var errorText = (err) => err instanceof Error ? err.stack ?? err.message : String(err);
var { pool, setup, orphaned } = connect();
try {
  const extractor = await FileExtractor.create(setup.options, setup.tag);
  pool.onMessage((msg) => {
    try {
      if (msg.type === "batch") {
        const stats = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
        for (const f of msg.files) extractor.extractFile(f, stats);
        if (orphaned()) process.exit(1);
        const staged = extractor.flush(msg.bucket);
        pool.post({ type: "batch-done", id: msg.id, stats, staged });
      } else {
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
