/**
 * Text of DuckDB values (as @duckdb/node-api reads them from a data chunk) for the query output
 * formats. Values are told apart by shape, not by class, so that this module does not load
 * @duckdb/node-api (see store/duckdb.ts: it is imported on first use).
 *
 * - displayText: what DuckDB's shell shows (nested values as DuckDB literals: `[1, 2]`,
 *   `{'a': 1}`); used by the table, CSV and Markdown.
 * - jsonText: a JSON value. Integers of any width and decimals are written as exact JSON numbers
 *   (as DuckDB's own JSON writer does), lists and arrays as arrays, structs as objects, maps as
 *   objects keyed by the key's text, NaN/Infinity as strings, anything else (dates, timestamps,
 *   intervals, UUIDs, blobs...) as the string DuckDB shows.
 */
import type { DuckDBValue } from "@duckdb/node-api";

interface WithItems {
  readonly items: readonly DuckDBValue[];
}
interface WithEntries {
  readonly entries: unknown;
}
interface Decimal {
  readonly value: bigint;
  readonly scale: number;
  readonly width: number;
}
interface Union {
  readonly tag: string;
  readonly value: DuckDBValue;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const hasItems = (v: object): v is WithItems => Array.isArray((v as WithItems).items);
const hasEntries = (v: object): v is WithEntries => "entries" in v && isObj((v as WithEntries).entries);
const isDecimal = (v: object): v is Decimal => typeof (v as Decimal).value === "bigint" && typeof (v as Decimal).scale === "number";
const isUnion = (v: object): v is Union => typeof (v as Union).tag === "string" && "value" in v;

/** DuckDB's text for a value (NULL as "NULL" only inside nested values; top-level null gives ""). */
export function displayText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
  return String(v);
}

function jsonNumber(n: number): string {
  if (Number.isFinite(n)) return String(n);
  return Number.isNaN(n) ? '"NaN"' : n > 0 ? '"Infinity"' : '"-Infinity"';
}

/** A JSON text for a value. */
export function jsonText(v: unknown): string {
  if (v === null || v === undefined) return "null";
  switch (typeof v) {
    case "string":
      return JSON.stringify(v);
    case "number":
      return jsonNumber(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "true" : "false";
    case "object":
      break;
    default:
      return JSON.stringify(String(v));
  }
  if (hasItems(v)) {
    let s = "[";
    v.items.forEach((item, i) => {
      s += (i ? "," : "") + jsonText(item);
    });
    return `${s}]`;
  }
  if (hasEntries(v)) {
    const entries = v.entries;
    let s = "{";
    let first = true;
    if (Array.isArray(entries)) {
      // MAP: [{ key, value }, ...]
      for (const e of entries as { key: unknown; value: unknown }[]) {
        s += `${first ? "" : ","}${JSON.stringify(typeof e.key === "string" ? e.key : displayText(e.key))}:${jsonText(e.value)}`;
        first = false;
      }
    } else {
      for (const [k, val] of Object.entries(entries as Record<string, unknown>)) {
        s += `${first ? "" : ","}${JSON.stringify(k)}:${jsonText(val)}`;
        first = false;
      }
    }
    return `${s}}`;
  }
  if (isDecimal(v)) return v.toString();
  if (isUnion(v)) return jsonText(v.value);
  return JSON.stringify(String(v));
}

const CSV_SPECIAL = /[",\n\r]/;

/** A CSV field (RFC 4180): NULL is empty, an empty string is `""`, quotes are doubled. */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = displayText(v);
  if (s === "") return '""';
  if (CSV_SPECIAL.test(s) || s.charCodeAt(0) === 0x20 || s.charCodeAt(s.length - 1) === 0x20) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** A Markdown table cell: pipes and backslashes escaped, line breaks as <br>; NULL as `NULL`. */
export function markdownCell(v: unknown): string {
  if (v === null || v === undefined) return "NULL";
  return displayText(v)
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n|\r/g, "<br>");
}
