/**
 * One build at a time per state directory: a lock file created exclusively, holding the owner's
 * pid. A lock left by a process that no longer exists (a killed run) is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "../util/errors.ts";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock of `stateDir`; returns the function that releases it. */
export function acquireLock(stateDir: string): () => void {
  const path = join(stateDir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number.parseInt(readFileSafe(path), 10);
      if (Number.isFinite(owner) && owner !== process.pid && alive(owner)) {
        throw new UserError(`another pycpg build (pid ${owner}) is using the state in ${stateDir}; wait for it to finish, or give this build its own --state`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new UserError(`could not lock the state in ${stateDir}; remove ${path} if no build is running`);
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
