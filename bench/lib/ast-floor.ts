/** The floor: CPython's ast.parse over exactly the files pycpg discovers (bench/ast-floor.py). */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "..", "ast-floor.py");

export interface AstFloor {
  files: number;
  bytes: number;
  ok: number;
  failed: number;
  runs_s: number[];
  best_s: number;
  python: string;
  implementation: string;
}

/** Parses `files` (relative to `dir`) `repeats` times in one python3 process; reading is not timed. */
export function astFloor(dir: string, files: readonly string[], repeats: number): AstFloor {
  const r = spawnSync("python3", [SCRIPT, dir, String(repeats)], { input: files.join("\0"), maxBuffer: 1 << 26 });
  if (r.error) throw new Error(`python3 could not be run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`ast-floor.py exited with ${r.status}: ${r.stderr.toString().slice(-2000)}`);
  return JSON.parse(r.stdout.toString()) as AstFloor;
}
