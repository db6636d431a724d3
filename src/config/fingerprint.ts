/**
 * The pipeline fingerprint: a hash of everything that changes what a build produces: tool
 * version, schema version, the rule SQL, the grammar, and the result-affecting options. A state
 * written under another fingerprint is never reused.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BuildOptions } from "./build-options.ts";

const require = createRequire(import.meta.url);

export interface FingerprintInputs {
  readonly tool_version: string;
  readonly schema_version: number;
  readonly rules: string;
  readonly grammar: string;
  readonly duckdb: string;
  readonly options: Record<string, unknown>;
}

/** Version of the tree-sitter-python grammar in use (read from its package.json). */
export function grammarVersion(): string {
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
    options: { include: [...o.include], exclude: [...o.exclude], max_file_bytes: o.maxFileBytes, repo_id: o.repoId },
  };
}

export function fingerprintOf(inputs: FingerprintInputs): string {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}

/** Version of the DuckDB bindings (read from the package, so no database needs to be open). */
export function duckdbVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(require.resolve("@duckdb/node-api/package.json"), "utf8")) as { version: string };
    return `@duckdb/node-api@${pkg.version}`;
  } catch {
    return "@duckdb/node-api@unknown";
  }
}
