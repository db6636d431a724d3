/**
 * Facts about the installed dependencies that the bundle cannot look up at run time (a runner runs
 * dist/ with no node_modules): the grammar and DuckDB versions (part of the pipeline fingerprint)
 * and the pinned DuckDB native packages (version + integrity, one per platform, from
 * package-lock.json). scripts/build.mjs computes them with `buildInfoFromInstall` and embeds them in
 * the bundle (an esbuild `define` of `__PYCPG_BUILD_INFO_JSON__`); run from the sources (tests, tsx) they are
 * read from the install directly, so both agree for the same install.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A pinned npm package: its exact version and its Subresource Integrity string (`sha512-...`). */
export interface NativePin {
  readonly version: string;
  readonly integrity: string;
}

export interface BuildInfo {
  /** `tree-sitter-python@<version>`. */
  readonly grammar: string;
  /** `@duckdb/node-api@<version>`. */
  readonly duckdb: string;
  /** Platform key (`linux-x64`, `linux-x64-musl`, `darwin-arm64`, `win32-x64`, ...) -> the pinned `@duckdb/node-bindings-<key>`. */
  readonly duckdbNative: Readonly<Record<string, NativePin>>;
}

declare const __PYCPG_BUILD_INFO_JSON__: string | undefined;

const NATIVE_PREFIX = "node_modules/@duckdb/node-bindings-";

interface LockEntry {
  version?: string;
  integrity?: string;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

function versionOf(root: string, pkg: string): string {
  try {
    const json = readJson(join(root, "node_modules", pkg, "package.json")) as { version?: string };
    return `${pkg}@${json.version ?? "unknown"}`;
  } catch {
    return `${pkg}@unknown`;
  }
}

/**
 * The build facts of the install at `root` (package-lock.json + node_modules). Throws when the lock
 * pins no native DuckDB package, or pins them at a version other than @duckdb/node-bindings': the
 * bundle would then fetch a library that does not match its JavaScript.
 */
export function buildInfoFromInstall(root: string): BuildInfo {
  const lock = readJson(join(root, "package-lock.json")) as { packages?: Record<string, LockEntry> };
  const packages = lock.packages ?? {};
  const bindings = packages["node_modules/@duckdb/node-bindings"]?.version;
  const native: Record<string, NativePin> = {};
  for (const [path, entry] of Object.entries(packages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!path.startsWith(NATIVE_PREFIX) || path.slice(NATIVE_PREFIX.length).includes("/")) continue;
    const key = path.slice(NATIVE_PREFIX.length);
    if (!entry.version || !entry.integrity) throw new Error(`package-lock.json: ${path} has no version or integrity; run \`npm install\` to complete the lock`);
    if (bindings && entry.version !== bindings) {
      throw new Error(`package-lock.json pins ${path} at ${entry.version} but @duckdb/node-bindings at ${bindings}; run \`npm install\` to make them agree`);
    }
    native[key] = { version: entry.version, integrity: entry.integrity };
  }
  if (Object.keys(native).length === 0) throw new Error("package-lock.json pins no @duckdb/node-bindings-<platform> package; run `npm install`");
  return { grammar: versionOf(root, "tree-sitter-python"), duckdb: versionOf(root, "@duckdb/node-api"), duckdbNative: native };
}

let embedded: BuildInfo | null | undefined;

/** The facts embedded by the build, or null when running from the sources. */
export function embeddedBuildInfo(): BuildInfo | null {
  if (embedded === undefined) embedded = typeof __PYCPG_BUILD_INFO_JSON__ !== "undefined" ? (JSON.parse(__PYCPG_BUILD_INFO_JSON__) as BuildInfo) : null;
  return embedded;
}
