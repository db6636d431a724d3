/**
 * Readable renderings of the resolution layer's edges for golden tests: one JSON line per edge,
 * `{"kind","src","dst","conf"}`, with each endpoint named so a person can check it against the
 * fixture's source:
 *   - a site (CALL, NAME_REF, ATTRIBUTE, IMPORT, PARAM, ...): `path:line:col KIND name`, where an
 *     IMPORT carries its flags (` [type_checking]`, ` [try]`);
 *   - a definition (MODULE, CLASS, FUNCTION, LAMBDA): `path KIND qname`;
 *   - a FILE: `path FILE`;
 *   - a global node (EXTERNAL_MODULE, QNAME): `KIND name`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { queryOut } from "./cpg-build.ts";

export const RESOLUTION_EDGE_KINDS = ["IMPORTS", "FILE_IMPORTS", "CALLS", "CALLS_QNAME", "REFERENCES", "INHERITS"] as const;

/** The SQL expression naming node `n` (a cpg_nodes row) readably. */
const LABEL = `CASE
  WHEN n.kind = 'FILE' THEN n.path || ' FILE'
  WHEN n.kind IN ('MODULE', 'CLASS', 'FUNCTION', 'LAMBDA') THEN n.path || ' ' || n.kind || ' ' || coalesce(n.qname, '')
  WHEN n.file_id = 0 THEN n.kind || ' ' || n.name
  ELSE n.path || ':' || n.start_line || ':' || n.start_col || ' ' || n.kind || ' ' || coalesce(n.name, '')
       || CASE WHEN tc.value = 'true' THEN ' [type_checking]' ELSE '' END
       || CASE WHEN te.value = 'true' THEN ' [try]' ELSE '' END
END`;

/** The sorted golden lines of the published graph in `out` for the given edge kinds. */
export async function renderEdges(out: string, kinds: readonly string[] = RESOLUTION_EDGE_KINDS): Promise<string[]> {
  const rows = await queryOut<{ kind: string; src: string | null; dst: string | null; conf: number; res: string | null }>(
    out,
    `WITH labels AS (
       SELECT n.node_id, ${LABEL} AS label
       FROM cpg_nodes n
       LEFT JOIN cpg_props tc ON tc.entity_id = n.node_id AND tc.key = 'in_type_checking'
       LEFT JOIN cpg_props te ON te.entity_id = n.node_id AND te.key = 'in_try_except'
     )
     SELECT e.kind, s.label AS src, d.label AS dst, round(e.confidence, 3) AS conf, e.resolution AS res
     FROM cpg_edges e
     LEFT JOIN labels s ON s.node_id = e.src
     LEFT JOIN labels d ON d.node_id = e.dst
     WHERE e.kind IN (${kinds.map((k) => `'${k}'`).join(", ")})`,
  );
  // the resolution of an edge found through a type (`type:annotation`, ...) is part of the line
  return rows
    .map((r) =>
      JSON.stringify({
        kind: r.kind,
        src: r.src ?? "<missing node>",
        dst: r.dst ?? "<missing node>",
        conf: Number(r.conf),
        ...(r.res?.startsWith("type:") ? { res: r.res } : {}),
      }),
    )
    .sort();
}

/** A readable diff of two sorted line sets ("" when equal): `- ` expected only, `+ ` actual only. */
export function diffLines(expected: readonly string[], actual: readonly string[]): string {
  const want = new Map<string, number>();
  for (const l of expected) want.set(l, (want.get(l) ?? 0) + 1);
  const extra: string[] = [];
  for (const l of actual) {
    const n = want.get(l) ?? 0;
    if (n > 0) want.set(l, n - 1);
    else extra.push(l);
  }
  const missing = [...want.entries()].flatMap(([l, n]) => Array<string>(n).fill(l));
  if (missing.length === 0 && extra.length === 0) return "";
  return [
    `${missing.length} expected line(s) missing, ${extra.length} unexpected line(s):`,
    ...missing.sort().map((l) => `- ${l}`),
    ...extra.sort().map((l) => `+ ${l}`),
    "(run with UPDATE_GOLDEN=1 to accept the actual lines)",
  ].join("\n");
}

/**
 * Compares `actual` with the golden file (sorted JSONL). With UPDATE_GOLDEN=1 the file is
 * (re)written instead and the diff is empty. Returns the diff.
 */
export function checkGolden(file: string, actual: readonly string[]): string {
  if (process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(file, actual.length ? `${actual.join("\n")}\n` : "");
    return "";
  }
  const expected = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
    : [];
  if (!existsSync(file)) return `golden file ${file} does not exist (run with UPDATE_GOLDEN=1 to create it)\n${diffLines([], actual)}`;
  return diffLines(expected, actual);
}
