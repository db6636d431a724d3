/**
 * Plain-text tables for query results on a terminal, bounded like DuckDB's own shell: at most
 * `maxRows` rows (the first and the last ones), a footer that says how many rows there were and
 * how many are shown, column widths measured in terminal cells (CJK characters take two) over the
 * shown rows only, and long values clipped with "…".
 *
 * Rows are arrays addressed by column position, never objects keyed by name: `SELECT 1 AS a,
 * 2 AS a` has two columns called `a` and both must show their own values.
 */
import { displayText } from "./query-values.ts";

/** Default widest column, in terminal cells; longer values are clipped with "…". */
export const DEFAULT_MAX_COLUMN_WIDTH = 60;
/** Default number of rows a table shows (`--max-rows`). */
export const DEFAULT_MAX_ROWS = 40;

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** Terminal cells of one code point: 0 for combining marks and format characters, 2 for East Asian wide ones. */
export function codePointWidth(cp: number): number {
  if (cp < 0x300) return cp === 0 ? 0 : 1;
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0x303e) || // CJK radicals, Kangxi, CJK symbols and punctuation
    (cp >= 0x3041 && cp <= 0x33ff) || // Hiragana, Katakana, Bopomofo, CJK compatibility
    (cp >= 0x3400 && cp <= 0x4dbf) || // CJK extension A
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xa000 && cp <= 0xa4cf) || // Yi
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // fullwidth forms
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) || // pictographs, emoticons
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B and later
  )
    return 2;
  return 1;
}

/** Width of a string in terminal cells. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) {
      w += 1;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    if (cp > 0xffff) i++;
    w += codePointWidth(cp);
  }
  return w;
}

/** `s` cut to at most `width` cells, ending in "…" when something was cut. */
export function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return "";
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = codePointWidth(ch.codePointAt(0) as number);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

const padEnd = (s: string, width: number) => s + " ".repeat(Math.max(0, width - displayWidth(s)));
const padStart = (s: string, width: number) => " ".repeat(Math.max(0, width - displayWidth(s))) + s;

// Control characters would break the table's lines: show them escaped.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const escapeControl = (s: string) =>
  s.replace(CONTROL, (c) => (c === "\n" ? "\\n" : c === "\t" ? "\\t" : c === "\r" ? "\\r" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`));

/** The text of a value in a table cell. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  const s = displayText(v);
  return s.length > 4096 ? escapeControl(s.slice(0, 4096)) : escapeControl(s);
}

/** 1234567 -> "1,234,567" */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export interface TableOptions {
  /** Rows in the whole result (default: rows.length); more than shown adds a gap after `headRows`. */
  readonly totalRows?: number;
  /** How many of `rows` come from the start of the result (the rest from its end). Default: all. */
  readonly headRows?: number;
  /** Right-align these columns (numbers). */
  readonly rightAlign?: readonly boolean[];
  readonly maxColumnWidth?: number;
  /** Fit the lines into this many cells (a terminal's width) by narrowing the widest columns, down to 6 cells each. */
  readonly maxLineWidth?: number;
}

/** Narrows the widest columns until the line (columns joined by " │ ") fits in `max` cells. */
function fitWidths(widths: number[], max: number): void {
  const MIN = 6;
  let total = widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1);
  while (total > max) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if ((widths[i] as number) > MIN && (widest < 0 || (widths[i] as number) > (widths[widest] as number))) widest = i;
    if (widest < 0) return;
    widths[widest] = (widths[widest] as number) - 1;
    total--;
  }
}

/**
 * Formats rows (arrays, by column position) under `columns`. The caller passes only the rows to
 * show; `totalRows` says how many the result had. Widths come from the shown rows only.
 */
export function formatTable(rows: readonly (readonly unknown[])[], columns: readonly string[], opts: TableOptions = {}): string {
  const maxWidth = Math.max(1, opts.maxColumnWidth ?? DEFAULT_MAX_COLUMN_WIDTH);
  const total = opts.totalRows ?? rows.length;
  const head = opts.headRows ?? rows.length;
  const texts: string[][] = [];
  for (const r of rows) {
    const t: string[] = [];
    for (let i = 0; i < columns.length; i++) t.push(cellText(r[i]));
    texts.push(t);
  }
  const names = columns.map((c) => escapeControl(c));
  const widths = names.map((name, i) => {
    let w = displayWidth(name);
    for (const t of texts) {
      const cw = displayWidth(t[i] as string);
      if (cw > w) w = cw;
    }
    return Math.min(maxWidth, Math.max(1, w));
  });
  if (opts.maxLineWidth !== undefined) fitWidths(widths, opts.maxLineWidth);
  const line = (vals: readonly string[], align: "aligned" | "left") =>
    vals
      .map((v, i) => {
        const w = widths[i] as number;
        const c = clip(v, w);
        return align === "aligned" && opts.rightAlign?.[i] ? padStart(c, w) : padEnd(c, w);
      })
      .join(" │ ")
      .trimEnd();
  const out: string[] = [line(names, "aligned"), widths.map((w) => "─".repeat(w)).join("─┼─")];
  const gap = total > rows.length;
  texts.forEach((t, k) => {
    if (gap && k === head)
      out.push(
        line(
          widths.map(() => "·"),
          "left",
        ),
      );
    out.push(line(t, "aligned"));
  });
  if (gap && head === texts.length)
    out.push(
      line(
        widths.map(() => "·"),
        "left",
      ),
    );
  const count = `${groupDigits(total)} ${total === 1 ? "row" : "rows"}`;
  out.push(gap ? `(${count}, ${groupDigits(rows.length)} shown)` : `(${count})`);
  return out.join("\n");
}
