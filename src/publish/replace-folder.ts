/** Atomic replacement of a published folder. */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

/**
 * Replaces the folder `<outDir>/<name>` by one `fill` writes under a temporary name, swapped in by
 * rename: a reader sees the old folder or the new one, never a half-written one. The temporary
 * names (`.<name>.tmp-<pid>`, `.<name>.old-<pid>`) are what removeStaleTemps cleans up after a kill.
 */
export async function replaceFolder(outDir: string, name: string, fill: (tmp: string) => Promise<void> | void): Promise<void> {
  const target = join(outDir, name);
  const tmp = join(outDir, `.${name}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await fill(tmp);
  const old = join(outDir, `.${name}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}
