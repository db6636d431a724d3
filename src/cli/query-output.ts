/**
 * The output formats of `pycpg query` and where they go.
 *
 * - table: bounded (format-table.ts). It keeps the first rows and the last chunks of the result
 *   only; every other chunk is counted and dropped.
 * - csv, json, jsonl, markdown: every row, written chunk by chunk as the result streams; each
 *   chunk's text is written (and the write awaited, so a slow reader holds DuckDB back) before the
 *   next chunk is read. Memory stays at a few chunks whatever the row count.
 *
 * --output FILE is written atomically: to a temporary file beside it, flushed, then renamed over
 * FILE; a failed query leaves FILE as it was.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { DuckDBDataChunk, DuckDBValue } from "@duckdb/node-api";
import { UserError } from "../util/errors.ts";
import { formatTable, groupDigits } from "./format-table.ts";
import type { ResultColumns, ResultSink } from "./query-command.ts";
import { csvField, jsonText, markdownCell } from "./query-values.ts";

export const FORMATS = ["table", "csv", "json", "jsonl", "markdown"] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Where text goes; `write` resolves once the text is accepted (back-pressure). */
export interface TextOut {
  write(s: string): Promise<void>;
}

/** A chunk's values, column-major: `cols[c][r]`. */
type Columns = DuckDBValue[][];

/**
 * The text of a chunk's rows, one line each. The chunk is reset afterwards: its native memory is
 * freed now rather than whenever the garbage collector gets to it (which, on results of millions
 * of rows, let some hundred MB of spent chunks pile up).
 */
function rowLines(chunk: DuckDBDataChunk, line: (cols: Columns, r: number) => string, sep = "\n"): string {
  const cols = chunk.getColumns();
  const n = chunk.rowCount;
  chunk.reset();
  const parts: string[] = new Array(n);
  for (let r = 0; r < n; r++) parts[r] = line(cols, r);
  return `${parts.join(sep)}\n`;
}

function csvSink(out: TextOut): ResultSink {
  return {
    start: (c) => out.write(`${c.names.map(csvField).join(",")}\n`),
    chunk: (chunk) =>
      out.write(
        rowLines(chunk, (cols, r) => {
          let s = csvField(cols[0]?.[r]);
          for (let c = 1; c < cols.length; c++) s += `,${csvField(cols[c]?.[r])}`;
          return s;
        }),
      ),
    end: () => undefined,
  };
}

function objectLine(keys: readonly string[]): (cols: Columns, r: number) => string {
  return (cols, r) => {
    let s = "{";
    for (let c = 0; c < keys.length; c++) s += `${c ? "," : ""}${keys[c]}:${jsonText(cols[c]?.[r])}`;
    return `${s}}`;
  };
}

function jsonlSink(out: TextOut): ResultSink {
  let line: (cols: Columns, r: number) => string = () => "";
  return {
    start(c) {
      line = objectLine(c.uniqueNames.map((k) => JSON.stringify(k)));
    },
    chunk: (chunk) => out.write(rowLines(chunk, line)),
    end: () => undefined,
  };
}

/** A JSON array of objects, one per line: `[\n{...},\n{...}\n]`. */
function jsonSink(out: TextOut): ResultSink {
  let line: (cols: Columns, r: number) => string = () => "";
  let first = true;
  return {
    start(c) {
      line = objectLine(c.uniqueNames.map((k) => JSON.stringify(k)));
      return out.write("[");
    },
    chunk(chunk) {
      // JSON text has no raw line breaks (JSON.stringify escapes them), so ",\n" separates rows.
      const s = `${first ? "\n" : ",\n"}${rowLines(chunk, line, ",\n").slice(0, -1)}`;
      first = false;
      return out.write(s);
    },
    end: () => out.write(first ? "]\n" : "\n]\n"),
  };
}

function markdownSink(out: TextOut): ResultSink {
  let numeric: readonly boolean[] = [];
  return {
    start(c) {
      numeric = c.numeric;
      const head = `| ${c.names.map(markdownCell).join(" | ")} |`;
      const rule = `|${c.numeric.map((n) => (n ? " ---: " : " --- ")).join("|")}|`;
      return out.write(`${head}\n${rule}\n`);
    },
    chunk: (chunk) =>
      out.write(
        rowLines(chunk, (cols, r) => {
          let s = "|";
          for (let c = 0; c < numeric.length; c++) s += ` ${markdownCell(cols[c]?.[r])} |`;
          return s;
        }),
      ),
    end: () => undefined,
  };
}

/**
 * The bounded table: the first ceil(maxRows/2) rows and the last floor(maxRows/2). Only those rows
 * are read out of their chunks; for the tail it keeps the last chunks until the end is known.
 */
function tableSink(out: TextOut, maxRows: number, lineWidth: number | undefined): ResultSink {
  const headWanted = Math.ceil(maxRows / 2);
  const tailWanted = maxRows - headWanted;
  let columns: ResultColumns = { names: [], uniqueNames: [], types: [], numeric: [] };
  const head: DuckDBValue[][] = [];
  // Chunks after the head rows, newest last; dropped from the front once the later ones hold tailWanted rows.
  const tail: { chunk: DuckDBDataChunk; from: number }[] = [];
  let tailRows = 0;
  return {
    start(c) {
      columns = c;
    },
    chunk(chunk) {
      let from = 0;
      while (head.length < headWanted && from < chunk.rowCount) head.push(chunk.getRowValues(from++));
      if (from >= chunk.rowCount || tailWanted === 0) {
        chunk.reset();
        return;
      }
      tail.push({ chunk, from });
      tailRows += chunk.rowCount - from;
      for (;;) {
        const first = tail[0];
        if (!first || tail.length < 2) break;
        const firstRows = first.chunk.rowCount - first.from;
        if (tailRows - firstRows < tailWanted) break;
        tail.shift();
        first.chunk.reset();
        tailRows -= firstRows;
      }
    },
    end(total) {
      // The last min(tailWanted, rows after the head) rows, read out of the kept chunks.
      const rest: DuckDBValue[][] = [];
      let want = Math.min(tailWanted, tailRows);
      for (let k = tail.length - 1; k >= 0 && want > 0; k--) {
        const t = tail[k] as (typeof tail)[number];
        for (let r = t.chunk.rowCount - 1; r >= t.from && want > 0; r--, want--) rest.push(t.chunk.getRowValues(r));
      }
      rest.reverse();
      const text = formatTable([...head, ...rest], columns.names, {
        totalRows: total,
        headRows: head.length,
        rightAlign: columns.numeric,
        maxLineWidth: lineWidth,
      });
      return out.write(`${text}\n`);
    },
  };
}

/** `lineWidth`: the terminal's width when the table goes to one (long lines are narrowed to fit). */
export function resultSink(format: OutputFormat, out: TextOut, maxRows: number, lineWidth?: number): ResultSink {
  switch (format) {
    case "table":
      return tableSink(out, maxRows, lineWidth);
    case "csv":
      return csvSink(out);
    case "json":
      return jsonSink(out);
    case "jsonl":
      return jsonlSink(out);
    case "markdown":
      return markdownSink(out);
  }
}

export interface FileOut extends TextOut {
  /** Flushes and renames the temporary file over the target. */
  commit(): void;
  /** Removes the temporary file; the target is untouched. */
  abort(): void;
}

/** Text to `file`, atomically: a temporary file beside it, renamed over it by commit(). */
export function atomicFileOut(file: string): FileOut {
  const tmp = join(dirname(file), `.${basename(file)}.pycpg-${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, "w");
  } catch (err) {
    throw new UserError(`cannot write --output ${file}: ${(err as Error).message}`);
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    async write(s) {
      try {
        writeSync(fd, s);
      } catch (err) {
        throw new UserError(`cannot write --output ${file}: ${(err as Error).message}`);
      }
    },
    commit() {
      try {
        fsyncSync(fd);
        close();
        renameSync(tmp, file);
      } catch (err) {
        this.abort();
        throw new UserError(`cannot write --output ${file}: ${(err as Error).message}`);
      }
    },
    abort() {
      close();
      rmSync(tmp, { force: true });
    },
  };
}

/** "wrote 1,000,000 rows to FILE" */
export function wroteLine(rows: number, file: string): string {
  return `pycpg: wrote ${groupDigits(rows)} ${rows === 1 ? "row" : "rows"} to ${file}\n`;
}
