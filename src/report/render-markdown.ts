/** report.md: the human-readable form of the build report. */
import type { BuildReport } from "./build-report.ts";

function table(rows: [string, string | number][], head: [string, string]): string {
  return [`| ${head[0]} | ${head[1]} |`, "|---|---:|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function scipLines(s: NonNullable<BuildReport["scip"]>): string[] {
  if (s.status === "failed")
    return [
      `**Built without the SCIP layer** (${s.failure ?? "failed"}): ${escapeCell(s.reason ?? "")}.${s.log ? ` scip-python's output: \`${s.log}\`.` : ""}`,
    ];
  const out = [
    `${s.documents} documents (${s.occurrences} occurrences) from ${s.source === "file" ? `\`${s.index_path}\`` : `scip-python (${s.index_seconds} s, heap ${s.heap_mb} MB)`}` +
      `${s.changed_documents != null ? `; ${s.changed_documents} changed since the previous build` : ""}; ${s.converted_documents} converted in ${s.ingest_ms} ms.`,
  ];
  if (s.unmatched_count)
    out.push("", `${s.unmatched_count} documents name files the build does not have (skipped), e.g. \`${escapeCell(s.unmatched_documents?.[0] ?? "")}\`.`);
  if (s.alignment) out.push("", table(Object.entries(s.alignment), ["aligned sites: resolvers", "sites"]));
  if (s.disagreements?.length) {
    out.push("", "Where the syntactic resolver and SCIP disagree (first ones; all in `scip_alignment WHERE agreement = 'disagree'`):", "");
    out.push("| file | line | site | syntactic | SCIP |", "|---|---:|---|---|---|");
    for (const d of s.disagreements)
      out.push(
        `| ${escapeCell(d.path)} | ${d.line} | ${d.site_kind} \`${escapeCell(d.name)}\` | ${escapeCell(d.syntactic ?? "")} | ${escapeCell(d.scip ?? "")} |`,
      );
  }
  return out;
}

export function renderMarkdown(r: BuildReport): string {
  const lines: string[] = [];
  const totalNodes = Object.values(r.graph.nodes).reduce((a, b) => a + b, 0);
  const totalEdges = Object.values(r.graph.edges).reduce((a, b) => a + b, 0);
  lines.push(`# pycpg report`, "");
  lines.push(
    `**${r.mode}** build of \`${r.repo}\` with pycpg ${r.tool.version} (schema v${r.schema_version}, fingerprint \`${r.fingerprint.slice(0, 12)}\`): ` +
      `${r.files.discovered} files, ${totalNodes} nodes, ${totalEdges} edges, ${r.graph.props} properties in ${((r.timings.total_ms as number) / 1000).toFixed(2)} s.`,
  );
  if (r.fallback_reason) lines.push("", `Full rebuild because: ${r.fallback_reason}.`);
  lines.push("", "## Files", "", table(Object.entries(r.files.by_status), ["status", "files"]));
  lines.push("", "## Nodes", "", table(Object.entries(r.graph.nodes), ["kind", "count"]));
  lines.push("", "## Edges", "", table(Object.entries(r.graph.edges), ["kind", "count"]));
  if (r.changed.length > 0) {
    lines.push("", "## Changed files", "", "| path | status | old path |", "|---|---|---|");
    for (const c of r.changed) lines.push(`| ${escapeCell(c.path)} | ${c.status} | ${c.old_path ? escapeCell(c.old_path) : ""} |`);
  }
  if (r.impacted.length > 0) {
    lines.push("", "## Impacted files", "", "| path | why | graph |", "|---|---|---|");
    const graph = (g: boolean | undefined) => (g === undefined ? "" : g ? "changed" : "the same (rechecked)");
    for (const i of r.impacted) lines.push(`| ${escapeCell(i.path)} | ${escapeCell(i.reasons.join("; "))} | ${graph(i.graph_changed)} |`);
  }
  if (r.scip && r.scip.status !== "off") lines.push("", "## SCIP layer", "", ...scipLines(r.scip));
  lines.push("", `## Diagnostics (${r.diagnostics.total})`, "");
  if (r.diagnostics.total === 0) lines.push("None.");
  else {
    lines.push("| file | line | code | message |", "|---|---:|---|---|");
    for (const d of r.diagnostics.shown) lines.push(`| ${escapeCell(d.path)} | ${d.line} | ${d.code} | ${escapeCell(d.message)} |`);
    if (r.diagnostics.total > r.diagnostics.shown.length)
      lines.push("", `…and ${r.diagnostics.total - r.diagnostics.shown.length} more (query \`cpg_nodes WHERE kind = 'DIAGNOSTIC'\`).`);
  }
  const stageRows = Object.entries(r.timings).filter((e): e is [string, number] => typeof e[1] === "number" && e[0].endsWith("_ms"));
  lines.push(
    "",
    "## Timings",
    "",
    table(
      stageRows.map(([k, v]) => [k.replace(/_ms$/, ""), `${v} ms`]),
      ["stage", "time"],
    ),
    "",
  );
  return lines.join("\n");
}
