/**
 * The pull-request comment and the job summary: what a reviewer reads. Pure functions of the
 * build report and a little context from the run; no `@actions/*` here (the CLI demo renders the
 * same comment).
 *
 * Everything that comes from the repository (paths, module and function names, signatures,
 * reasons, messages) is untrusted: it is shown in code spans (`code`), in HTML-escaped text
 * (`text`) or, in the Mermaid diagram, reduced to a safe alphabet (`mermaidLabel`), so a file
 * named like Markdown, HTML or a Mermaid directive renders as its name and nothing else.
 *
 * Size: a comment body is at most 65,536 characters (GitHub answers 422 beyond), a job summary
 * at most 1 MiB. Sections come most useful first; a section that does not fit is first shortened
 * (fewer items, "and N more"), then dropped with every later one, and a visible notice says so.
 */
import type { BuildReport } from "./build-report.ts";

/** GitHub's limit for an issue comment body, in characters. */
export const MAX_COMMENT_CHARS = 65536;
/** GitHub's limit for one step's job summary, in bytes. */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

export interface PrCommentContext {
  /** The workflow run's URL (`$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID`). */
  runUrl: string | null;
  /** The uploaded artifact's URL, when one was uploaded. */
  artifactUrl: string | null;
  /** How the state was restored: "hit", "restore-key hit", "miss", "disabled", "unavailable", ... */
  cache: string;
  baseSha: string | null;
  headSha: string | null;
  /** Fallbacks and warnings worth a reader's attention (shown as given, escaped). */
  notices: string[];
}

export interface PrCommentInput {
  report: BuildReport;
  /** The `comment-header` input: one sticky comment per header. */
  header: string;
  context: PrCommentContext;
}

/** The hidden first line that identifies the sticky comment of `header`. */
export function commentMarker(header: string): string {
  // encodeURIComponent leaves no "-->", no newline and no space in it
  return `<!-- pycpg-comment:${encodeURIComponent(header)} -->`;
}

/** The PR comment body (under MAX_COMMENT_CHARS), starting with commentMarker(header). */
export function renderPrComment(input: PrCommentInput): string {
  const budget = MAX_COMMENT_CHARS - 64;
  return `${commentMarker(input.header)}\n${assemble(sections(input), budget - commentMarker(input.header).length - 1, (s) => s.length)}`;
}

/** The job summary (same content, under 1 MiB). */
export function renderJobSummary(input: PrCommentInput): string {
  return assemble(sections(input), MAX_SUMMARY_BYTES - 1024, (s) => Buffer.byteLength(s, "utf8"));
}

// ---------------------------------------------------------------------------------------------
// Escaping

/** Cuts `s` to at most `max` UTF-16 units without splitting a surrogate pair, adding "…" when cut. */
export function clipText(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const c = s.charCodeAt(end - 1);
  if (end > 0 && c >= 0xd800 && c <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/** Control characters (newlines included) become spaces: one line, no hidden structure. */
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}

/** An inline code span holding `s` literally (no Markdown, no HTML, no autolink inside). */
export function code(s: string, max = 200): string {
  const t = clipText(oneLine(s), max);
  const runs = t.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || (t.startsWith(" ") && t.endsWith(" ") && t.trim() !== "") ? " " : "";
  // `|` would still split a table cell; no table holds untrusted text, but keep spans safe anywhere
  return `${fence}${pad}${t.replace(/\|/g, "\\|")}${pad}${fence}`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an HTML context (`<summary>`, `<code>`): entities only. */
export function html(s: string, max = 300): string {
  return clipText(oneLine(s), max).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * Plain Markdown text, on one line: no emphasis, code, link, image, table cell, HTML, autolink,
 * @mention or #reference can start in it. Escapes only what can: `\ \` * [ ] | ~ < > &`, an
 * underscore at a word boundary, a leading block marker; a zero-width space breaks `http://`,
 * `www.`, `@name` and `#123`.
 */
export function text(s: string, max = 500): string {
  return clipText(oneLine(s), max)
    .replace(/[\\`*[\]|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_ESCAPES[c] as string)
    .replace(/^(\s*)(#{1,6}|[+-]|\d+)([.)]?)(?=\s|$)/, (m, sp: string, mark: string, dot: string) =>
      /\d/.test(mark) ? (dot ? `${sp}${mark}\\${dot}` : m) : `${sp}\\${mark}${dot}`,
    )
    .replace(/(https?|ftp|www)(?=[:.])/gi, "$1\u200b")
    .replace(/([@#])(?=[A-Za-z0-9])/g, "$1\u200b");
}

/** A Mermaid node label: letters, digits and `_ . / -` only, the rest `_`; at most `max` chars. */
export function mermaidLabel(s: string, max = 60): string {
  const safe = s.replace(/[^A-Za-z0-9_./ -]/g, "_").replace(/ {2,}/g, " ");
  return safe.length <= max ? safe : `…${safe.slice(safe.length - max + 1)}`;
}

/** A URL we link to: http(s) only, with the characters that could end a Markdown link encoded. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.protocol !== "http:") return null;
    return u.href.replace(/[()<>\s"'`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  } catch {
    return null;
  }
}

/** A POSIX shell word for `s` (single-quoted unless plainly safe; a leading `-` gets `./`). */
export function shellQuote(s: string): string {
  const p = s.startsWith("-") ? `./${s}` : s;
  return /^[A-Za-z0-9_/.,:@%+=-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/** A fenced code block whose fence no line of `body` can close. */
function fenced(lang: string, body: string): string {
  const runs = body.match(/`{3,}|~{3,}/g) ?? [];
  const fence = "`".repeat(Math.max(3, ...runs.filter((r) => r.startsWith("`")).map((r) => r.length + 1)));
  return `${fence}${lang}\n${body}\n${fence}`;
}

// ---------------------------------------------------------------------------------------------
// Assembly

/** A section rendered with at most `limit` items (Infinity: all); null when it has nothing to say. */
type Section = (limit: number) => string | null;

/**
 * Joins the sections under `budget` (as `measure`d): all items if they fit, else every list
 * shortened alike (256 items each, then 128, ... 1), else sections dropped from the end (the
 * footer last); a notice says what was left out.
 */
function assemble(parts: Section[], budget: number, measure: (s: string) => number): string {
  const notice = (dropped: number) =>
    `> [!NOTE]\n> Shortened to fit GitHub's size limit${dropped > 0 ? `: ${dropped} more section${dropped === 1 ? "" : "s"} left out` : ""}. The full report is \`report.md\` / \`report.json\` in the output directory and the run's artifact.`;
  const size = (xs: (string | null)[]) => xs.reduce((n, s) => n + (s === null ? 0 : measure(s) + 2), 0);
  const reserve = measure(notice(99)) + 2;
  let rendered = parts.map((p) => p(Number.POSITIVE_INFINITY));
  if (size(rendered) <= budget) return `${rendered.filter((s) => s !== null).join("\n\n")}\n`;
  for (let limit = 256; limit >= 1; limit = Math.floor(limit / 2)) {
    rendered = parts.map((p) => p(limit));
    if (size(rendered) + reserve <= budget) break;
  }
  let dropped = 0;
  const footer = rendered.pop() ?? null;
  while (rendered.length > 1 && size(rendered) + size([footer]) + reserve > budget) {
    if (rendered.pop() !== null) dropped++;
  }
  const kept = [...rendered, notice(dropped), footer].filter((s): s is string => s !== null);
  return `${kept.join("\n\n")}\n`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const seconds = (ms: unknown) => `${(Number(ms ?? 0) / 1000).toFixed(2)} s`;
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

function shortSha(s: string | null): string | null {
  if (!s) return null;
  return /^[0-9a-f]{7,64}$/i.test(s) ? code(s.slice(0, 10)) : code(s, 40);
}

function more(n: number, what: string): string {
  return n > 0 ? `\n\n…and ${plural(n, what)} more.` : "";
}

/** The SCIP layer's warning: the build went on without it (exit 0), and why. */
function scipNotices(r: BuildReport): string[] {
  const s = r.scip;
  if (s?.status !== "failed") return [];
  return [`Built without the SCIP layer (scip: ${s.mode}, ${s.failure ?? "failed"}): ${s.reason ?? "no index"}. The syntactic graph is complete.`];
}

/** One line on the SCIP layer when it is on: documents, changes, where the resolvers disagree. */
function scipLine(r: BuildReport): string | null {
  const s = r.scip;
  if (s?.status !== "ok") return null;
  const a = s.alignment ?? {};
  const changed = s.changed_documents != null ? ` (${plural(s.changed_documents, "document")} changed)` : "";
  return `<sub>SCIP: ${plural(s.documents ?? 0, "document")}${changed} · resolvers agree on ${(a.agree ?? 0).toLocaleString("en-US")} sites, disagree on ${(a.disagree ?? 0).toLocaleString("en-US")} (table \`scip_alignment\`)</sub>`;
}

function sections(input: PrCommentInput): Section[] {
  const { report: r, context: ctx } = input;
  const title = input.header === "pycpg" ? "### pycpg" : `### pycpg · ${text(input.header, 100)}`;
  const changedPaths = new Set(r.changed.flatMap((c) => (c.old_path ? [c.path, c.old_path] : [c.path])));
  const totalMs = r.timings.total_ms;
  const cache = `cache: ${text(ctx.cache, 60)}`;
  const allNotices = [...ctx.notices, ...scipNotices(r)];
  const notices: Section = () => (allNotices.length === 0 ? null : allNotices.map((n) => `> [!WARNING]\n> ${text(n, 1000)}`).join("\n\n"));
  const scip: Section = () => scipLine(r);
  const footer: Section = () => {
    const bits: string[] = [];
    const art = safeUrl(ctx.artifactUrl);
    const run = safeUrl(ctx.runUrl);
    if (art) bits.push(`[CPG artifact](${art})`);
    if (run) bits.push(`[workflow run](${run})`);
    const base = shortSha(ctx.baseSha);
    const head = shortSha(ctx.headSha);
    if (base && head) bits.push(`${base} → ${head}`);
    else if (head) bits.push(`at ${head}`);
    bits.push(`pycpg ${text(r.tool.version, 40)}`);
    return `<sub>${bits.join(" · ")}</sub>`;
  };
  const graphSize = `${sum(r.graph.nodes).toLocaleString("en-US")} nodes, ${sum(r.graph.edges).toLocaleString("en-US")} edges`;

  if (r.mode === "full") {
    const head: Section = () =>
      [
        title,
        `**Full build** of ${plural(r.files.discovered, "Python file")}: ${graphSize} · ${cache} · ${seconds(totalMs)}`,
        "",
        `Why full: ${text(r.fallback_reason ?? "a full build was requested")}. The next run can be incremental and will list what a change impacts.`,
      ].join("\n");
    return [head, notices, scip, footer];
  }

  if (r.changed.length === 0) {
    const head: Section = () =>
      [title, `**No Python file changed** since the last build · incremental · ${cache} · ${seconds(totalMs)} · graph: ${graphSize}`].join("\n");
    return [head, notices, footer];
  }

  const tests = r.affected_tests;
  const head: Section = () =>
    [
      title,
      `**${plural(r.changed.length, "file")} changed → ${plural(r.impacted.length, "file")} impacted → ${plural(tests.length, "test file")} affected** · incremental · ${cache} · ${seconds(totalMs)}`,
    ].join("\n");

  const changedList: Section = (limit) => {
    const shown = r.changed.slice(0, Math.min(limit, 30)).map((c) => {
      const how = c.status === "renamed" && c.old_path ? `renamed from ${code(c.old_path)}` : text(c.status, 20);
      return `${code(c.path)} (${how})`;
    });
    return `Changed: ${shown.join(", ")}${r.changed.length > shown.length ? ` and ${r.changed.length - shown.length} more` : ""}`;
  };

  const api: Section = (limit) => {
    if (r.api_changes.length === 0) return null;
    const lines = ["#### API changes", ""];
    let shown = 0;
    let hidden = 0;
    for (const m of r.api_changes) {
      const items = m.changes;
      const room = Math.max(0, limit - shown);
      if (room === 0) {
        hidden += items.length;
        continue;
      }
      lines.push(`${m.module ? `**${code(m.module)}**` : "**(not importable)**"} · ${code(m.path)}`);
      for (const c of items.slice(0, room)) {
        const verb = c.change === "added" ? "➕ added" : c.change === "removed" ? "➖ removed" : "✏️ changed";
        const detail =
          c.change === "changed" ? `${code(c.before ?? "", 300)} → ${code(c.after ?? "", 300)}` : code((c.change === "added" ? c.after : c.before) ?? "", 300);
        lines.push(`- ${verb} ${text(c.kind, 40)} ${code(c.name, 120)}: ${detail}`);
      }
      shown += Math.min(room, items.length);
      hidden += Math.max(0, items.length - room);
      lines.push("");
    }
    return lines.join("\n").trimEnd() + more(hidden, "API change");
  };

  const impacted: Section = (limit) => {
    if (r.impacted.length === 0) return null;
    const rows = r.impacted.slice(0, limit).map((i) => {
      const mark = changedPaths.has(i.path) ? " *(changed)*" : "";
      const same = i.graph_changed === false ? " *(rechecked: its graph did not change)*" : "";
      return `- ${code(i.path)}${mark}: ${text(i.reasons.join("; "), 400)}${same}`;
    });
    const body = rows.join("\n") + more(r.impacted.length - rows.length, "impacted file");
    const heading = `#### Impacted files (${r.impacted.length})`;
    if (r.impacted.length <= 10) return `${heading}\n\n${body}`;
    return `${heading}\n\n<details><summary>${r.impacted.length} files recomputed, changed ones included, with why</summary>\n\n${body}\n\n</details>`;
  };

  const affected: Section = (limit) => {
    if (tests.length === 0) return null;
    const shown = tests.slice(0, limit);
    const list = shown.map((t) => `- ${code(t)}`).join("\n");
    const cmd = fenced("sh", `python -m pytest ${tests.map(shellQuote).join(" ")}`);
    const listBlock =
      tests.length <= 10
        ? list
        : `<details><summary>${tests.length} test files</summary>\n\n${list}${more(tests.length - shown.length, "test file")}\n\n</details>`;
    // the command lists every test, or none: a partial command would silently skip tests
    const cmdBlock =
      limit >= tests.length ? `Run just them:\n\n${cmd}` : "The command to run them all is too long for this comment: see `affected_tests` in report.json.";
    return `#### Affected tests (${tests.length})\n\n${listBlock}\n\n${cmdBlock}`;
  };

  const diagram: Section = (limit) => {
    const m = rippleDiagram(r, Math.min(limit, 40));
    return m === null ? null : `#### Ripple\n\n${fenced("mermaid", m)}`;
  };

  const delta: Section = () => {
    const d = r.delta as Record<string, number> | null;
    const lines = ["#### Graph delta", ""];
    if (d) {
      const n = (k: string) => Number(d[k] ?? 0).toLocaleString("en-US");
      const pm = (a: string, b: string) => `+${n(a)} / −${n(b)}`;
      if ("nodes_moved" in d)
        // schema v2: rows matched by id; "moved" = same row, only its position changed
        lines.push(
          `| | added / removed | changed | moved |`,
          `|---|---:|---:|---:|`,
          `| nodes | ${pm("nodes_added", "nodes_removed")} | ${n("nodes_changed")} | ${n("nodes_moved")} |`,
          `| edges | ${pm("edges_added", "edges_removed")} | ${n("edges_changed")} | |`,
          `| properties | ${pm("props_added", "props_removed")} | ${n("props_changed")} | |`,
          "",
        );
      else
        lines.push(
          `| | added / removed |`,
          `|---|---:|`,
          `| nodes | ${pm("nodes_added", "nodes_removed")} |`,
          `| edges | ${pm("edges_added", "edges_removed")} |`,
          `| properties | ${pm("props_added", "props_removed")} |`,
          "",
        );
    }
    lines.push(`Graph now: ${graphSize}, ${r.graph.props.toLocaleString("en-US")} properties over ${plural(r.files.discovered, "file")}.`);
    const stages = Object.entries(r.timings).filter((e): e is [string, number] => typeof e[1] === "number" && e[0].endsWith("_ms") && e[0] !== "total_ms");
    if (stages.length > 0)
      lines.push(
        "",
        `<details><summary>Timings: ${seconds(totalMs)} in all</summary>\n\n${stages.map(([k, v]) => `${k.replace(/_ms$/, "")} ${v} ms`).join(" · ")}\n\n</details>`,
      );
    return lines.join("\n");
  };

  return [head, changedList, notices, api, impacted, affected, diagram, delta, scip, footer];
}

// ---------------------------------------------------------------------------------------------
// The ripple diagram

/**
 * A Mermaid flowchart: changed files -> the files their change reached (from `via`). When there
 * are more than `maxNodes` nodes, files are grouped by directory (one level up at a time) until
 * it fits; edges between groups carry counts. Null when nothing rippled.
 */
export function rippleDiagram(r: Pick<BuildReport, "impacted" | "changed">, maxNodes = 40): string | null {
  const changed = new Set(r.changed.flatMap((c) => (c.old_path ? [c.path, c.old_path] : [c.path])));
  // files recomputed whose graph came out the same (a group of files is never marked)
  const rechecked = new Set(r.impacted.filter((i) => i.graph_changed === false).map((i) => i.path));
  const edges: [string, string][] = [];
  for (const i of r.impacted) for (const v of i.via) if (v !== i.path) edges.push([v, i.path]);
  if (edges.length === 0) return null;
  const sources = new Set(edges.map((e) => e[0]));
  const targets = new Set(edges.map((e) => e[1]));
  const maxDepth = Math.max(...[...sources, ...targets].map((f) => f.split("/").length));
  // the impacted side is grouped first (packages, then their parents); the changed side too
  // when it alone would fill half the diagram
  let sg = (p: string) => p;
  let tg = (p: string) => p;
  for (let depth = maxDepth; depth >= 1; depth--) {
    tg = (p: string) => groupAt(p, depth);
    sg = sources.size <= maxNodes / 2 ? (p: string) => p : tg;
    const nodes = new Set([...[...sources].map(sg), ...[...targets].map(tg)]);
    if (nodes.size <= maxNodes) break;
  }
  const agg = new Map<string, number>();
  for (const [a, b] of edges) {
    const k = `${sg(a)}\0${tg(b)}`;
    if (sg(a) !== tg(b)) agg.set(k, (agg.get(k) ?? 0) + 1);
  }
  const grouped = edges.some(([a, b]) => sg(a) !== a || tg(b) !== b);
  // the biggest links first, as long as the nodes stay within bounds
  const kept: [string, number][] = [];
  const shown = new Set<string>();
  for (const [k, count] of [...agg.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
    if (kept.length >= maxNodes * 2) break;
    const [a, b] = k.split("\0") as [string, string];
    const add = (shown.has(a) ? 0 : 1) + (shown.has(b) ? 0 : 1);
    if (shown.size + add > maxNodes) continue;
    shown.add(a);
    shown.add(b);
    kept.push([k, count]);
  }
  if (kept.length === 0) return null;
  const ids = new Map<string, string>();
  const nodeLines: string[] = [];
  const id = (n: string) => {
    let v = ids.get(n);
    if (!v) {
      ids.set(n, (v = `n${ids.size}`));
      const isChanged = changed.has(n) || [...changed].some((c) => sg(c) === n && n.endsWith("/"));
      nodeLines.push(`  ${v}["${mermaidLabel(n)}"]${isChanged ? ":::changed" : rechecked.has(n) ? ":::same" : ""}`);
    }
    return v;
  };
  const edgeLines: string[] = [];
  for (const [k, count] of kept) {
    const [a, b] = k.split("\0") as [string, string];
    const [ia, ib] = [id(a), id(b)];
    edgeLines.push(grouped && count > 1 ? `  ${ia} -- ${count} --> ${ib}` : `  ${ia} --> ${ib}`);
  }
  const lines = ["flowchart LR", ...nodeLines, ...edgeLines, "  classDef changed fill:#fde68a,stroke:#b45309"];
  if (nodeLines.some((l) => l.endsWith(":::same"))) lines.push("  classDef same stroke-dasharray:4 3,color:#6b7280");
  if (agg.size > kept.length) lines.push(`  more["${agg.size - kept.length} more links not shown"]`);
  return lines.join("\n");
}

/** The directory `depth` levels deep of a path (`a/b/c.py` at 1: `a/`), or the path when shallower. */
function groupAt(path: string, depth: number): string {
  const parts = path.split("/");
  if (parts.length <= depth) return path;
  return depth === 0 ? "(repository)" : `${parts.slice(0, depth).join("/")}/`;
}
