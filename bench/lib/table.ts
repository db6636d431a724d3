/** Plain-text and Markdown tables for the suites' output. */

export type Align = "l" | "r";

/** A table aligned with spaces, for the terminal. Columns align left unless `align` says "r". */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (align[i] === "r" ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** A GitHub-flavoured Markdown table. */
export function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  const line = (cells: readonly string[]) => `| ${cells.map(esc).join(" | ")} |`;
  return [line(headers), `|${headers.map((_, i) => (align[i] === "r" ? "---:" : "---")).join("|")}|`, ...rows.map(line)].join("\n");
}

/** Seconds with 2 decimals (3 below 1 s). */
export function secs(s: number | null | undefined): string {
  if (s === null || s === undefined || Number.isNaN(s)) return "-";
  return s < 1 ? s.toFixed(3) : s.toFixed(2);
}

/** Milliseconds: 1 decimal below 10 ms, whole above. */
export function millis(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return "-";
  return ms < 10 ? ms.toFixed(1) : Math.round(ms).toString();
}

export function ratio(r: number | null | undefined): string {
  return r === null || r === undefined || !Number.isFinite(r) ? "-" : `${r.toFixed(2)}x`;
}

export function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/** KB (as GNU time's %M reports) to MiB (1,572,864 KB = 1536 MiB = the 1.5 GB limit). */
export function rssMb(kb: number | null | undefined): string {
  return kb === null || kb === undefined ? "-" : (kb / 1024).toFixed(0);
}

export function yesNo(ok: boolean | null): string {
  return ok === null ? "-" : ok ? "yes" : "**no**";
}
