/**
 * What the SCIP layer adds to the outputs: the published tables (scip_occurrences, scip_symbols,
 * scip_alignment beside the CPG tables, only when the layer is on) and the report's alignment
 * summary.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { PUBLISHED, SCIP_ALIGNMENT } from "../cpg/cpg-tables.ts";
import type { ScipReport } from "../report/build-report.ts";
import type { ScipMode } from "../scip/scip-layer.ts";
import { SCIP_PUBLISHED } from "../scip/scip-tables.ts";
import type { Db } from "../store/duckdb.ts";
import type { DatasetSpec } from "../store/state-store.ts";

/** The SCIP layer's published tables. */
export const SCIP_OUTPUTS: readonly DatasetSpec[] = [...SCIP_PUBLISHED, SCIP_ALIGNMENT];

/** The tables a build with this SCIP mode publishes. */
export function publishedTables(mode: ScipMode): readonly DatasetSpec[] {
  return mode.kind === "off" ? PUBLISHED : [...PUBLISHED, ...SCIP_OUTPUTS];
}

/** With the layer off, the SCIP folders a previous build published would be stale: they go. */
export function removeUnpublished(outDir: string, mode: ScipMode): void {
  if (mode.kind !== "off") return;
  for (const t of SCIP_OUTPUTS) rmSync(join(outDir, t.name), { recursive: true, force: true });
}

const MAX_DISAGREEMENTS = 20;

/** Counts of the aligned sites by agreement and the first disagreements (reads the bound views). */
export async function scipSummary(db: Db): Promise<Pick<ScipReport, "alignment" | "disagreements">> {
  const counts = await db.rows<{ agreement: string; n: string }>("SELECT agreement, count(*) AS n FROM scip_alignment GROUP BY 1 ORDER BY 1");
  const rows = await db.rows<{ path: string; line: number; site_kind: string; name: string; syntactic: string | null; scip: string | null }>(`
    SELECT f.path, o.start_line AS line, a.site_kind, a.name,
           sf.path || ':' || sd.start_line || ' ' || sd.local_qname AS syntactic, cf.path || ':' || cd.start_line || ' ' || cd.local_qname AS scip
    FROM scip_alignment a
    JOIN py_files f USING (file_id)
    LEFT JOIN scip_occurrences o ON o.file_id = a.file_id AND o.ordinal = a.occurrence
    LEFT JOIN py_defs sd ON sd.node_id = a.syntactic_target_id
    LEFT JOIN py_files sf ON sf.file_id = sd.file_id
    LEFT JOIN py_defs cd ON cd.node_id = a.scip_target_id
    LEFT JOIN py_files cf ON cf.file_id = cd.file_id
    WHERE a.agreement = 'disagree'
    ORDER BY f.path, a.bstart, a.site_kind
    LIMIT ${MAX_DISAGREEMENTS}`);
  return {
    alignment: Object.fromEntries(counts.map((r) => [r.agreement, Number(r.n)])),
    disagreements: rows.map((r) => ({ ...r, line: Number(r.line) })),
  };
}
