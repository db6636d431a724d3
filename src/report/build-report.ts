/** The build report: what report.json holds (fields documented in docs/report.md). */
import type { ModuleApiChanges } from "../incremental/api-changes.ts";
import type { Db } from "../store/duckdb.ts";
import type { ImportRootsSection } from "./import-roots-report.ts";

export type { ApiChange, ModuleApiChanges } from "../incremental/api-changes.ts";

export interface ChangedFile {
  path: string;
  status: string;
  old_path: string | null;
}

export interface ImpactedFile {
  path: string;
  reasons: string[];
  /** The changed files whose change reached this one (itself excluded; see docs/report.md). */
  via: string[];
  /**
   * Whether its rows in the published tables came out different (nodes, edges or properties
   * added, removed, changed or moved): false for a file that was recomputed and came out the same.
   */
  graph_changed?: boolean;
}

export interface DiagnosticSummary {
  path: string;
  code: string;
  severity: string;
  line: number;
  message: string;
}

/** The SCIP layer's part of the run (docs/report.md, "scip"). */
export interface ScipReport {
  /** `--scip`: off, auto (scip-python run by pycpg) or path (an index given). */
  mode: "off" | "auto" | "path";
  /** ok: ingested; failed: the build went on without the layer (failure, reason); off. */
  status: "off" | "ok" | "failed";
  /** missing, failed, oom, timeout (scip-python), no_index (the PATH is not a file), corrupt (the index does not decode). */
  failure: string | null;
  reason: string | null;
  source?: "scip-python" | "file";
  index_path?: string;
  /** The file holding scip-python's output (its head and tail when long), and a summary of it. */
  log?: string;
  log_lines?: number;
  /** Lines mentioning an error (scip-python goes on after an internal error on one file). */
  log_errors?: number;
  /** The last lines when it failed. */
  log_tail?: string[];
  heap_mb?: number | null;
  index_seconds?: number;
  /** Time the build waited for the index after extracting (scip-python runs during extraction), and spent ingesting it. */
  wait_ms?: number;
  ingest_ms?: number;
  index_bytes?: number;
  largest_document_bytes?: number;
  /** Documents of the index, and those matched to a file of the build. */
  index_documents?: number;
  documents?: number;
  /** Occurrences in the whole index (scip_occurrences holds those of the matched documents). */
  occurrences?: number;
  unmatched_count?: number;
  unmatched_documents?: string[];
  unmapped_occurrences?: number;
  /** Documents converted to rows in this run. */
  converted_documents?: number;
  /** Documents whose fingerprint changed since the previous state (null for a full build). */
  changed_documents?: number | null;
  /** Syntax sites aligned with occurrences, by agreement of the two resolvers (scip_alignment). */
  alignment?: Record<string, number>;
  /** The first disagreements (site, syntactic target, SCIP target). */
  disagreements?: { path: string; line: number; site_kind: string; name: string; syntactic: string | null; scip: string | null }[];
}

export interface BuildReport {
  tool: { name: string; version: string };
  schema_version: number;
  fingerprint: string;
  mode: "full" | "incremental";
  fallback_reason: string | null;
  repo: string;
  discovery: "git" | "walk";
  generation: number;
  files: { discovered: number; bytes: number; with_syntax_errors: number; by_status: Record<string, number> };
  graph: { nodes: Record<string, number>; edges: Record<string, number>; props: number };
  diagnostics: { total: number; shown: DiagnosticSummary[] };
  /** Always written by this version (optional for readers of older reports). */
  import_roots?: ImportRootsSection;
  changed: ChangedFile[];
  impacted: ImpactedFile[];
  api_changes: ModuleApiChanges[];
  affected_tests: string[];
  delta: null | Record<string, unknown>;
  /** The SCIP layer (absent in reports of older versions). */
  scip?: ScipReport;
  timings: Record<string, number | Record<string, number>>;
  outputs: Record<string, string>;
}

const MAX_DIAGNOSTICS = 50;

/** Counts by kind and the first diagnostics, read from the bound dataset views. */
export async function summarizeGraph(db: Db): Promise<{
  nodes: Record<string, number>;
  edges: Record<string, number>;
  props: number;
  fileStatus: Record<string, number>;
  diagnostics: { total: number; shown: DiagnosticSummary[] };
}> {
  const byKind = async (table: string) =>
    Object.fromEntries(
      (await db.rows<{ kind: string; n: string }>(`SELECT kind, count(*) AS n FROM ${table} GROUP BY kind ORDER BY kind`)).map((r) => [r.kind, Number(r.n)]),
    );
  const nodes = await byKind("cpg_nodes");
  const edges = await byKind("cpg_edges");
  const props = Number((await db.rows<{ n: string }>("SELECT count(*) AS n FROM cpg_props"))[0]?.n ?? 0);
  const fileStatus = Object.fromEntries(
    (await db.rows<{ status: string; n: string }>("SELECT status, count(*) AS n FROM py_files GROUP BY status ORDER BY status")).map((r) => [
      r.status,
      Number(r.n),
    ]),
  );
  const total = Number((await db.rows<{ n: string }>("SELECT count(*) AS n FROM py_diagnostics"))[0]?.n ?? 0);
  const shown = await db.rows<DiagnosticSummary>(
    `SELECT f.path, d.code, d.severity, d.start_line AS line, d.message FROM py_diagnostics d JOIN py_files f USING (file_id) ORDER BY f.path, d.bstart, d.code LIMIT ${MAX_DIAGNOSTICS}`,
  );
  return { nodes, edges, props, fileStatus, diagnostics: { total, shown: shown.map((d) => ({ ...d, line: Number(d.line) })) } };
}
