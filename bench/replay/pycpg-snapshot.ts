/**
 * A frozen copy of the pycpg CLI for one benchmark run, so that a rebuild of dist/ (or an edit of
 * src/) by someone else during a long replay cannot mix two versions in one history.
 *
 *   "dist": copies package.json, bin/ and dist/ as they are now;
 *   "src":  bundles the current src/ the way scripts/build.mjs does (the uncommitted work tree).
 * node_modules is a symbolic link to the project's. The copy lives in
 * $PYCPG_REPLAY_DIR/pycpg-<source>-<hash of the bundle> and is reused when identical.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { replayRoot } from "./corpus-history.ts";

export interface PycpgSnapshot {
  /** The CLI entry point (bin/pycpg.js of the copy). */
  bin: string;
  source: "dist" | "src";
  /** sha256 (16 hex) of the bundle files and rule SQL. */
  bundle_hash: string;
  git_head: string | null;
  /** Files of src/ and dist/ that differ from git HEAD when the copy was made. */
  dirty: string[];
}

function hashDir(dir: string): string {
  const h = createHash("sha256");
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        h.update(p.slice(dir.length));
        h.update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return h.digest("hex").slice(0, 16);
}

function gitInfo(root: string): { head: string | null; dirty: string[] } {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "dist"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })
      .split("\n")
      .filter(Boolean);
    return { head, dirty };
  } catch {
    return { head: null, dirty: [] };
  }
}

export async function snapshotPycpg(projectRoot: string, source: "dist" | "src"): Promise<PycpgSnapshot> {
  const staging = join(replayRoot(), `pycpg-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, "dist"), { recursive: true });
  const info = gitInfo(projectRoot);
  if (source === "dist") {
    cpSync(join(projectRoot, "dist"), join(staging, "dist"), { recursive: true });
  } else {
    await build({
      entryPoints: { cli: join(projectRoot, "src/cli/cli.ts"), "extract-worker": join(projectRoot, "src/extract/extract-worker.ts") },
      outdir: join(staging, "dist"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      sourcemap: false,
      legalComments: "none",
      logLevel: "warning",
    });
    cpSync(join(projectRoot, "src/rules/sql"), join(staging, "dist/sql"), { recursive: true });
  }
  const hash = hashDir(join(staging, "dist"));
  const dir = join(replayRoot(), `pycpg-${source}-${hash}`);
  if (existsSync(join(dir, "bin", "pycpg.js"))) {
    rmSync(staging, { recursive: true, force: true });
  } else {
    cpSync(join(projectRoot, "package.json"), join(staging, "package.json"));
    cpSync(join(projectRoot, "bin"), join(staging, "bin"), { recursive: true });
    symlinkSync(join(projectRoot, "node_modules"), join(staging, "node_modules"));
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  }
  return { bin: join(dir, "bin", "pycpg.js"), source, bundle_hash: hash, git_head: info.head, dirty: info.dirty };
}
