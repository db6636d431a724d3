/** The installed pycpg package's root directory (sources: two levels up; bundle: one level up). */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function find(): { root: string; version: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      try {
        const json = JSON.parse(readFileSync(p, "utf8")) as { name?: string; version?: string };
        if (json.name === "pycpg" && json.version) return { root: dir, version: json.version };
      } catch {
        // keep looking
      }
    }
    dir = dirname(dir);
  }
  return { root: dirname(fileURLToPath(import.meta.url)), version: "0.0.0-unknown" };
}

const found = find();
export const PACKAGE_ROOT = found.root;
export const TOOL_VERSION = found.version;
