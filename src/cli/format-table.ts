/** Plain-text tables for query results on a terminal. */
export function formatTable(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => (v === null || v === undefined ? "NULL" : typeof v === "object" ? JSON.stringify(v) : String(v));
  const widths = columns.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const clipTo = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (vals: string[]) =>
    vals
      .map((v, i) => clipTo(v, widths[i] as number))
      .join(" │ ")
      .trimEnd();
  return [line(columns), widths.map((w) => "─".repeat(w)).join("─┼─"), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join("\n");
}
