/**
 * The pipeline fingerprint: a hash of everything that changes what a build produces: tool
 * version, schema version, the rule SQL, the grammar, and the result-affecting options. A state
 * written under another fingerprint is never reused.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { embeddedBuildInfo } from "./build-info.ts";
import type { BuildOptions } from "./build-options.ts";

const require = createRequire(import.meta.url);

export interface FingerprintInputs {
  readonly tool_version: string;
  readonly schema_version: number;
  readonly rules: string;
  readonly grammar: string;
  readonly duckdb: string;
  /** Hash of the code that produces rows (the bundle, or the sources when run from src/). */
  readonly code: string;
  readonly options: Record<string, unknown>;
}

let codeHash: string | null = null;

/**
 * A hash of pycpg's own code: the version number alone does not change when the extractor or a
 * table spec does, and a state written by other code must not be reused. It is the hash of every
 * non-test .ts file under src/ (path relative to src/ + bytes, depth-first in name order): computed
 * here when run from the sources (tests, tsx), and by scripts/build.mjs into dist/code-hash.txt
 * for the bundle, so both give the same fingerprint for the same sources.
 */
export function codeFingerprint(): string {
  if (codeHash !== null) return codeHash;
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) codeHash = hashSources(join(dirname(here), ".."));
  else {
    try {
      codeHash = readFileSync(join(dirname(here), "code-hash.txt"), "utf8").trim();
    } catch {
      codeHash = "unknown";
    }
  }
  return codeHash;
}

/** The hash of the sources under `srcDir` (see codeFingerprint). */
export function hashSources(srcDir: string): string {
  const h = createHash("sha256");
  const visit = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) {
        h.update(relative(srcDir, p).split("\\").join("/"));
        h.update(readFileSync(p));
      }
    }
  };
  visit(srcDir);
  return h.digest("hex").slice(0, 16);
}

/** Version of the tree-sitter-python grammar in use (read from its package.json; the bundle embeds it). */
export function grammarVersion(): string {
  const embedded = embeddedBuildInfo();
  if (embedded) return embedded.grammar;
  try {
    const pkg = JSON.parse(readFileSync(require.resolve("tree-sitter-python/package.json"), "utf8")) as { version: string };
    return `tree-sitter-python@${pkg.version}`;
  } catch {
    return "tree-sitter-python@unknown";
  }
}

export function fingerprintInputs(
  o: BuildOptions,
  toolVersion: string,
  schemaVersion: number,
  rulesFingerprint: string,
  duckdbVersion: string,
): FingerprintInputs {
  return {
    tool_version: toolVersion,
    schema_version: schemaVersion,
    rules: rulesFingerprint,
    grammar: grammarVersion(),
    duckdb: duckdbVersion,
    code: codeFingerprint(),
    options: {
      include: [...o.include],
      exclude: [...o.exclude],
      max_file_bytes: o.maxFileBytes,
      repo_id: o.repoId,
      python_path: [...o.pythonPath],
      scip: o.scip.kind === "off" ? "off" : "on",
    },
  };
}

/** What each schema version changed, for the reason a state of an older one is rebuilt. */
const SCHEMA_CHANGES: Record<number, string> = {
  2: "site and variable ids no longer depend on byte offsets (position-independent ids)",
};

/**
 * Why a state written with `previous` fingerprint inputs (the manifest's meta, possibly absent or
 * of an older shape) cannot be reused with `current`: the inputs that differ, the schema version
 * first. Used for the run's `fallback_reason`.
 */
export function describeFingerprintChange(previous: unknown, current: FingerprintInputs): string {
  const prev = (previous ?? {}) as Partial<FingerprintInputs>;
  const parts: string[] = [];
  if (prev.schema_version !== current.schema_version) {
    const why = SCHEMA_CHANGES[current.schema_version];
    parts.push(`the state has schema v${prev.schema_version ?? "?"} and this pycpg writes schema v${current.schema_version}${why ? ` (${why})` : ""}`);
  }
  const labels: [keyof FingerprintInputs, string][] = [
    ["tool_version", "pycpg version"],
    ["code", "pycpg code"],
    ["rules", "rule set"],
    ["grammar", "grammar"],
    ["duckdb", "DuckDB version"],
    ["options", "build options"],
  ];
  const changed = labels.filter(([k]) => JSON.stringify(prev[k]) !== JSON.stringify(current[k])).map(([, l]) => l);
  if (changed.length > 0) parts.push(`changed: ${changed.join(", ")}`);
  return `the pipeline fingerprint changed (${parts.length > 0 ? parts.join("; ") : "another pycpg version, rule set or options"})`;
}

export function fingerprintOf(inputs: FingerprintInputs): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

/** Version of the DuckDB bindings (read from the package, so no database needs to be open; the bundle embeds it). */
export function duckdbVersion(): string {
  const embedded = embeddedBuildInfo();
  if (embedded) return embedded.duckdb;
  try {
    const pkg = JSON.parse(readFileSync(require.resolve("@duckdb/node-api/package.json"), "utf8")) as { version: string };
    return `@duckdb/node-api@${pkg.version}`;
  } catch {
    return "@duckdb/node-api@unknown";
  }
}
