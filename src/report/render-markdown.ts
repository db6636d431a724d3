/** report.md: the human-readable form of the build report. */
import type { BuildReport } from "./build-report.ts";

function table(rows: [string, string | number][], head: [string, string]): string {
  return [`| ${head[0]} | ${head[1]} |`, "|---|---:|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
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
    lines.push("", "## Impacted files", "", "| path | why |", "|---|---|");
    for (const i of r.impacted) lines.push(`| ${escapeCell(i.path)} | ${escapeCell(i.reasons.join("; "))} |`);
  }
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
