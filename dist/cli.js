import { createRequire as __pycpgCreateRequire } from "node:module";
import { dirname as __pycpgDirname } from "node:path";
import { fileURLToPath as __pycpgFileURLToPath } from "node:url";
const require = __pycpgCreateRequire(import.meta.url);
const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);
const __pycpg_dirname = __pycpgDirname(__pycpg_filename);
import {
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_SCIP_TIMEOUT_S,
  PACKAGE_ROOT,
  PUBLISHED,
  RUN_TABLES,
  SCIP_OUTPUTS,
  SCIP_PYTHON_VERSION,
  SILENT_PROGRESS,
  TOOL_VERSION,
  UsageError,
  UserError,
  makeBuildOptions,
  openDb,
  parseScipMode,
  publishedRelation,
  renderPrComment,
  runBuild,
  runVerify,
  sqlIdent,
  streamProgress
} from "./chunk-PDA7IEGH.js";
import "./chunk-KR7WIVXD.js";
import "./chunk-AGFSHVMN.js";
import "./chunk-XXMEMUYA.js";

// src/cli/main.ts
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import { join as join3, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/cli/query-values.ts
var isObj = (v) => typeof v === "object" && v !== null;
var hasItems = (v) => Array.isArray(v.items);
var hasEntries = (v) => "entries" in v && isObj(v.entries);
var isDecimal = (v) => typeof v.value === "bigint" && typeof v.scale === "number";
var isUnion = (v) => typeof v.tag === "string" && "value" in v;
function displayText(v) {
  if (v === null || v === void 0) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : Number.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
  return String(v);
}
function jsonNumber(n) {
  if (Number.isFinite(n)) return String(n);
  return Number.isNaN(n) ? '"NaN"' : n > 0 ? '"Infinity"' : '"-Infinity"';
}
function jsonText(v) {
  if (v === null || v === void 0) return "null";
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
      for (const e of entries) {
        s += `${first ? "" : ","}${JSON.stringify(typeof e.key === "string" ? e.key : displayText(e.key))}:${jsonText(e.value)}`;
        first = false;
      }
    } else {
      for (const [k, val] of Object.entries(entries)) {
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
var CSV_SPECIAL = /[",\n\r]/;
function csvField(v) {
  if (v === null || v === void 0) return "";
  const s = displayText(v);
  if (s === "") return '""';
  if (CSV_SPECIAL.test(s) || s.charCodeAt(0) === 32 || s.charCodeAt(s.length - 1) === 32) return `"${s.replace(/"/g, '""')}"`;
  return s;
}
function markdownCell(v) {
  if (v === null || v === void 0) return "NULL";
  return displayText(v).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n|\r/g, "<br>");
}

// src/cli/format-table.ts
var DEFAULT_MAX_COLUMN_WIDTH = 60;
var DEFAULT_MAX_ROWS = 40;
var ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
function codePointWidth(cp) {
  if (cp < 768) return cp === 0 ? 0 : 1;
  if (ZERO_WIDTH.test(String.fromCodePoint(cp))) return 0;
  if (cp >= 4352 && cp <= 4447 || // Hangul Jamo
  cp >= 11904 && cp <= 12350 || // CJK radicals, Kangxi, CJK symbols and punctuation
  cp >= 12353 && cp <= 13311 || // Hiragana, Katakana, Bopomofo, CJK compatibility
  cp >= 13312 && cp <= 19903 || // CJK extension A
  cp >= 19968 && cp <= 40959 || // CJK unified ideographs
  cp >= 40960 && cp <= 42191 || // Yi
  cp >= 44032 && cp <= 55203 || // Hangul syllables
  cp >= 63744 && cp <= 64255 || // CJK compatibility ideographs
  cp >= 65072 && cp <= 65103 || // CJK compatibility forms
  cp >= 65280 && cp <= 65376 || // fullwidth forms
  cp >= 65504 && cp <= 65510 || cp >= 127744 && cp <= 128591 || // pictographs, emoticons
  cp >= 129280 && cp <= 129535 || cp >= 131072 && cp <= 262141)
    return 2;
  return 1;
}
function displayWidth(s) {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 768) {
      w += 1;
      continue;
    }
    const cp = s.codePointAt(i);
    if (cp > 65535) i++;
    w += codePointWidth(cp);
  }
  return w;
}
function clip(s, width) {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return "";
  let out = "";
  let w = 0;
  for (const ch of s) {
    const cw = codePointWidth(ch.codePointAt(0));
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
var padEnd = (s, width) => s + " ".repeat(Math.max(0, width - displayWidth(s)));
var padStart = (s, width) => " ".repeat(Math.max(0, width - displayWidth(s))) + s;
var CONTROL = /[\u0000-\u001f\u007f]/g;
var escapeControl = (s) => s.replace(CONTROL, (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : c === "\r" ? "\\r" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
function cellText(v) {
  if (v === null || v === void 0) return "NULL";
  const s = displayText(v);
  return s.length > 4096 ? escapeControl(s.slice(0, 4096)) : escapeControl(s);
}
function groupDigits(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function fitWidths(widths, max) {
  const MIN = 6;
  let total = widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1);
  while (total > max) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) if (widths[i] > MIN && (widest < 0 || widths[i] > widths[widest])) widest = i;
    if (widest < 0) return;
    widths[widest] = widths[widest] - 1;
    total--;
  }
}
function formatTable(rows, columns, opts = {}) {
  const maxWidth = Math.max(1, opts.maxColumnWidth ?? DEFAULT_MAX_COLUMN_WIDTH);
  const total = opts.totalRows ?? rows.length;
  const head = opts.headRows ?? rows.length;
  const texts = [];
  for (const r of rows) {
    const t = [];
    for (let i = 0; i < columns.length; i++) t.push(cellText(r[i]));
    texts.push(t);
  }
  const names = columns.map((c) => escapeControl(c));
  const widths = names.map((name, i) => {
    let w = displayWidth(name);
    for (const t of texts) {
      const cw = displayWidth(t[i]);
      if (cw > w) w = cw;
    }
    return Math.min(maxWidth, Math.max(1, w));
  });
  if (opts.maxLineWidth !== void 0) fitWidths(widths, opts.maxLineWidth);
  const line = (vals, align) => vals.map((v, i) => {
    const w = widths[i];
    const c = clip(v, w);
    return align === "aligned" && opts.rightAlign?.[i] ? padStart(c, w) : padEnd(c, w);
  }).join(" │ ").trimEnd();
  const out = [line(names, "aligned"), widths.map((w) => "─".repeat(w)).join("─┼─")];
  const gap = total > rows.length;
  texts.forEach((t, k) => {
    if (gap && k === head)
      out.push(
        line(
          widths.map(() => "·"),
          "left"
        )
      );
    out.push(line(t, "aligned"));
  });
  if (gap && head === texts.length)
    out.push(
      line(
        widths.map(() => "·"),
        "left"
      )
    );
  const count = `${groupDigits(total)} ${total === 1 ? "row" : "rows"}`;
  out.push(gap ? `(${count}, ${groupDigits(rows.length)} shown)` : `(${count})`);
  return out.join("\n");
}

// src/cli/query-command.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var NUMERIC = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)\b/;
async function openQueryDb(outDir) {
  const missing = PUBLISHED.filter((t) => !existsSync(join(outDir, t.name)));
  if (missing.length > 0) {
    throw new UserError(`no published CPG in ${outDir} (missing ${missing.map((t) => `${t.name}/`).join(", ")}); run \`pycpg build --out ${outDir}\` first`);
  }
  const db = await openDb();
  try {
    for (const t of PUBLISHED) await db.exec(`CREATE VIEW ${sqlIdent(t.name)} AS SELECT * FROM ${publishedRelation(outDir, t.name)}`);
    for (const name of [...SCIP_OUTPUTS.map((t) => t.name), ...RUN_TABLES])
      if (existsSync(join(outDir, name))) await db.exec(`CREATE VIEW ${sqlIdent(name)} AS SELECT * FROM ${publishedRelation(outDir, name)}`);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
var failed = (err) => new UserError(`the query failed: ${err.message}`);
function columnsOf(result) {
  const types = result.columnTypes().map((t) => t.toString());
  return { names: result.columnNames(), uniqueNames: result.deduplicatedColumnNames(), types, numeric: types.map((t) => NUMERIC.test(t)) };
}
var gcFn;
function collectGarbage() {
  if (gcFn === void 0) {
    gcFn = globalThis.gc ?? null;
    if (!gcFn) {
      try {
        setFlagsFromString("--expose-gc");
        gcFn = runInNewContext("gc");
      } catch {
        gcFn = null;
      }
    }
  }
  gcFn?.();
}
var CHUNK_BYTES_BETWEEN_GC = 32 << 20;
async function streamResult(db, sql, sink) {
  const con = db.con;
  await con.run("BEGIN TRANSACTION");
  const txid = async () => String((await con.runAndReadAll("SELECT txid_current()")).getRows()[0]?.[0]);
  const ours = await txid();
  try {
    let result;
    try {
      result = await con.stream(sql);
    } catch (err) {
      throw failed(err);
    }
    await sink.start(columnsOf(result));
    let rows = 0;
    let spent = 0;
    const chunkBytes = Math.max(1, result.columnCount) * 2048 * 16;
    for (; ; ) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      rows += chunk.rowCount;
      await sink.chunk(chunk);
      spent += chunkBytes;
      if (spent >= CHUNK_BYTES_BETWEEN_GC) {
        collectGarbage();
        spent = 0;
      }
    }
    let now;
    try {
      now = await txid();
    } catch {
      await con.run("ROLLBACK");
      await con.run("BEGIN TRANSACTION");
      let why = "DuckDB ended the result early without saying why";
      try {
        await con.run(sql);
      } catch (err) {
        why = err.message;
      }
      throw new UserError(`the query failed after ${rows} rows had been read: ${why}`);
    }
    if (now !== ours)
      throw new UserError(
        "the SQL ended pycpg's transaction (BEGIN, COMMIT or ROLLBACK in it): pycpg then cannot tell a complete result from one an error cut short; run it without transaction statements"
      );
    await sink.end(rows);
    return rows;
  } finally {
    try {
      await con.run("ROLLBACK");
    } catch {
    }
  }
}
async function runQuery(outDir, sql) {
  const db = await openQueryDb(outDir);
  try {
    const out = { columns: [], rows: [] };
    await streamResult(db, sql, {
      start(cols) {
        out.columns = [...cols.names];
      },
      chunk(chunk) {
        for (const r of chunk.getRows()) out.rows.push(r);
      },
      end() {
      }
    });
    return out;
  } finally {
    db.close();
  }
}

// src/cli/query-output.ts
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join as join2 } from "node:path";
var FORMATS = ["table", "csv", "json", "jsonl", "markdown"];
function rowLines(chunk, line, sep = "\n") {
  const cols = chunk.getColumns();
  const n = chunk.rowCount;
  chunk.reset();
  const parts = new Array(n);
  for (let r = 0; r < n; r++) parts[r] = line(cols, r);
  return `${parts.join(sep)}
`;
}
function csvSink(out) {
  return {
    start: (c) => out.write(`${c.names.map(csvField).join(",")}
`),
    chunk: (chunk) => out.write(
      rowLines(chunk, (cols, r) => {
        let s = csvField(cols[0]?.[r]);
        for (let c = 1; c < cols.length; c++) s += `,${csvField(cols[c]?.[r])}`;
        return s;
      })
    ),
    end: () => void 0
  };
}
function objectLine(keys) {
  return (cols, r) => {
    let s = "{";
    for (let c = 0; c < keys.length; c++) s += `${c ? "," : ""}${keys[c]}:${jsonText(cols[c]?.[r])}`;
    return `${s}}`;
  };
}
function jsonlSink(out) {
  let line = () => "";
  return {
    start(c) {
      line = objectLine(c.uniqueNames.map((k) => JSON.stringify(k)));
    },
    chunk: (chunk) => out.write(rowLines(chunk, line)),
    end: () => void 0
  };
}
function jsonSink(out) {
  let line = () => "";
  let first = true;
  return {
    start(c) {
      line = objectLine(c.uniqueNames.map((k) => JSON.stringify(k)));
      return out.write("[");
    },
    chunk(chunk) {
      const s = `${first ? "\n" : ",\n"}${rowLines(chunk, line, ",\n").slice(0, -1)}`;
      first = false;
      return out.write(s);
    },
    end: () => out.write(first ? "]\n" : "\n]\n")
  };
}
function markdownSink(out) {
  let numeric = [];
  return {
    start(c) {
      numeric = c.numeric;
      const head = `| ${c.names.map(markdownCell).join(" | ")} |`;
      const rule = `|${c.numeric.map((n) => n ? " ---: " : " --- ").join("|")}|`;
      return out.write(`${head}
${rule}
`);
    },
    chunk: (chunk) => out.write(
      rowLines(chunk, (cols, r) => {
        let s = "|";
        for (let c = 0; c < numeric.length; c++) s += ` ${markdownCell(cols[c]?.[r])} |`;
        return s;
      })
    ),
    end: () => void 0
  };
}
function tableSink(out, maxRows, lineWidth) {
  const headWanted = Math.ceil(maxRows / 2);
  const tailWanted = maxRows - headWanted;
  let columns = { names: [], uniqueNames: [], types: [], numeric: [] };
  const head = [];
  const tail = [];
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
      for (; ; ) {
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
      const rest = [];
      let want = Math.min(tailWanted, tailRows);
      for (let k = tail.length - 1; k >= 0 && want > 0; k--) {
        const t = tail[k];
        for (let r = t.chunk.rowCount - 1; r >= t.from && want > 0; r--, want--) rest.push(t.chunk.getRowValues(r));
      }
      rest.reverse();
      const text = formatTable([...head, ...rest], columns.names, {
        totalRows: total,
        headRows: head.length,
        rightAlign: columns.numeric,
        maxLineWidth: lineWidth
      });
      return out.write(`${text}
`);
    }
  };
}
function resultSink(format, out, maxRows, lineWidth) {
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
function atomicFileOut(file) {
  const tmp = join2(dirname(file), `.${basename(file)}.pycpg-${process.pid}.tmp`);
  let fd;
  try {
    fd = openSync(tmp, "w");
  } catch (err) {
    throw new UserError(`cannot write --output ${file}: ${err.message}`);
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
        throw new UserError(`cannot write --output ${file}: ${err.message}`);
      }
    },
    commit() {
      try {
        fsyncSync(fd);
        close();
        renameSync(tmp, file);
      } catch (err) {
        this.abort();
        throw new UserError(`cannot write --output ${file}: ${err.message}`);
      }
    },
    abort() {
      close();
      rmSync(tmp, { force: true });
    }
  };
}
function wroteLine(rows, file) {
  return `pycpg: wrote ${groupDigits(rows)} ${rows === 1 ? "row" : "rows"} to ${file}
`;
}

// src/cli/main.ts
var USAGE = `pycpg ${TOOL_VERSION}: a code property graph of a Python repository, as Parquet.

Usage:
  pycpg build [--repo DIR] [--state DIR] [--out DIR] [--full] [--include GLOB]... [--exclude GLOB]...
              [--max-file-bytes N] [--python-path DIR]... [--scip off|auto|PATH] [--scip-timeout S]
              [--threads N] [--base REV] [--head REV] [--quiet]
  pycpg query [--out DIR] [--format table|csv|json|jsonl|markdown] [--max-rows N] [--output FILE] "SQL"
  pycpg verify [--repo DIR] [--out DIR] [--include GLOB]... [--exclude GLOB]... [--max-file-bytes N] [--python-path DIR]...
               [--scip off|auto|PATH]
  pycpg demo  [--dir DIR] [--quiet]
  pycpg --help | --version

Commands:
  build   Build the CPG of --repo (default .). State goes to --state (default <repo>/.pycpg/state),
          the published tables (folders cpg_nodes/, cpg_edges/, cpg_props/, diff_report/ of
          Parquet files, report.json, report.md) to --out (default <repo>/.pycpg/out).
          Later builds with the same state are incremental: only what the change can affect is
          recomputed (--full forces a rebuild).
  query   Run DuckDB SQL over the CPG published in --out (default .pycpg/out); the views cpg_nodes,
          cpg_edges, cpg_props (and snapshot, diff_report) exist. The table shows at most --max-rows
          rows (default ${DEFAULT_MAX_ROWS}: the first and the last ones, with a "N rows, M shown" footer);
          csv, json (an array), jsonl (one object per line; --json is short for it) and markdown
          stream every row. --output FILE writes there instead of stdout, atomically.
  verify  Rebuild fully in a temporary directory and compare every published table with --out;
          exit 1 with a per-table, per-file summary when they differ.
  demo    Build the sample repository shipped in fixtures/ in a scratch git copy (.pycpg/demo), commit
          a signature change, build incrementally and print the PR comment the Action would post
          (--dir: another scratch directory; it is emptied first).

Options:
  --include/--exclude GLOB   Only / never these paths (repeatable; "**" spans directories).
  --max-file-bytes N         Skip files larger than N bytes, with a diagnostic (default ${DEFAULT_MAX_FILE_BYTES}).
  --python-path DIR          An import root the configuration does not declare (repeatable; relative to
                             the repository): searched right after the importer's own directory, like
                             PYTHONPATH. Roots declared in pyproject.toml, setup.cfg, setup.py, pytest,
                             mypy and pyright settings of the repository and nested projects are read
                             without it.
  --scip off|auto|PATH       The SCIP layer (default off): auto runs scip-python ${SCIP_PYTHON_VERSION} over the repository
                             (a Node heap of 3/4 of the memory, at most 16 GB; PYCPG_SCIP_HEAP_MB overrides),
                             PATH ingests an index.scip made elsewhere. Adds scip_occurrences, scip_symbols and
                             scip_alignment beside the CPG tables, SYMBOL nodes and edges with resolver 'scip'.
                             If no index can be had, the build goes on without the layer and says why.
  --scip-timeout S           Time limit of the scip-python run, seconds (default ${DEFAULT_SCIP_TIMEOUT_S}).
  --threads N                Parsing threads (default: one per core).
  --base REV                 The commit the saved state was built from, when the state records none
                             this clone has (git proposes the changes since REV; hashes decide).
  --head REV                 The commit to build: refuse to run unless the checkout is at REV.
  --quiet                    No progress output.

Exit status: 0 success, 1 failure, 2 usage error.`;
function intOption(v, name) {
  if (v === void 0) return void 0;
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} takes a whole number, got "${v}"`);
  return Number(v);
}
function summaryLine(r) {
  const nodes = Object.values(r.graph.nodes).reduce((a, b) => a + b, 0);
  const edges = Object.values(r.graph.edges).reduce((a, b) => a + b, 0);
  return `pycpg: ${r.mode} build of ${r.files.discovered} files: ${nodes} nodes, ${edges} edges, ${r.graph.props} props, ${r.diagnostics.total} diagnostics in ${(r.timings.total_ms / 1e3).toFixed(2)} s`;
}
var BUILD_FLAGS = {
  repo: { type: "string" },
  state: { type: "string" },
  out: { type: "string" },
  full: { type: "boolean" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "max-file-bytes": { type: "string" },
  "python-path": { type: "string", multiple: true },
  scip: { type: "string" },
  "scip-timeout": { type: "string" },
  threads: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  quiet: { type: "boolean" }
};
function buildOptionsFrom(args) {
  const { values } = parseArgs({ args, options: BUILD_FLAGS, strict: true });
  const options = makeBuildOptions({
    repo: values.repo,
    state: values.state,
    out: values.out,
    full: values.full,
    include: values.include,
    exclude: values.exclude,
    maxFileBytes: intOption(values["max-file-bytes"], "--max-file-bytes"),
    pythonPath: values["python-path"],
    scip: parseScipMode(values.scip, process.cwd()),
    scipTimeoutS: intOption(values["scip-timeout"], "--scip-timeout"),
    threads: intOption(values.threads, "--threads"),
    base: values.base,
    head: values.head
  });
  return { options, quiet: values.quiet ?? false };
}
async function build(args, io) {
  const { options, quiet } = buildOptionsFrom(args);
  const progress = quiet ? SILENT_PROGRESS : streamProgress(io.err);
  const report = await runBuild(options, { progress });
  const scip = report.scip;
  const scipLine = scip && scip.status === "failed" ? `scip: built WITHOUT the SCIP layer: ${scip.reason}
` : scip && scip.status === "ok" ? `scip: ${scip.documents} documents, ${scip.occurrences} occurrences${scip.changed_documents != null ? `, ${scip.changed_documents} changed` : ""}
` : "";
  io.out(`${summaryLine(report)}
${scipLine}report: ${join3(options.out, "report.md")}
`);
}
async function verify(args, io) {
  const { options, quiet } = buildOptionsFrom(args);
  const result = await runVerify(options, quiet ? SILENT_PROGRESS : streamProgress(io.err));
  for (const t of result.tables) {
    io.out(`${t.table}: ${t.extra === 0 && t.missing === 0 ? "equal" : `${t.extra} extra, ${t.missing} missing rows`}
`);
    for (const f of t.files) io.out(`  ${f.path}: ${f.extra} extra, ${f.missing} missing
`);
  }
  io.out(
    result.equal ? "verify: the output equals a full rebuild\n" : "verify: the output DIFFERS from a full rebuild; run `pycpg build --full` to repair it, and please report this\n"
  );
  return result.equal ? 0 : 1;
}
var QUERY_FLAGS = {
  out: { type: "string" },
  format: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string" },
  "max-rows": { type: "string" }
};
function sqlAfterDashes(args, flags) {
  const options = [];
  const sql = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") {
      sql.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && !/\s/.test(a)) {
      options.push(a);
      if (flags[a.replace(/^--?/, "")]?.type === "string" && i + 1 < args.length) options.push(args[++i]);
    } else sql.push(a);
  }
  return [...options, "--", ...sql];
}
async function query(args, io) {
  const { values, positionals } = parseArgs({ args: sqlAfterDashes(args, QUERY_FLAGS), options: QUERY_FLAGS, allowPositionals: true, strict: true });
  if (positionals.length !== 1)
    throw new UsageError('query takes exactly one SQL string, e.g. pycpg query "SELECT kind, count(*) FROM cpg_nodes GROUP BY kind"');
  const sql = positionals[0];
  if (sql.trim() === "") throw new UsageError('query got an empty SQL string, e.g. pycpg query "SELECT kind, count(*) FROM cpg_nodes GROUP BY kind"');
  if (values.json && values.format !== void 0 && values.format !== "jsonl")
    throw new UsageError(`--json is --format jsonl; it cannot be combined with --format ${values.format}`);
  const format = values.json ? "jsonl" : values.format ?? "table";
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes one of ${FORMATS.join(", ")}; got "${values.format}"`);
  const maxRows = intOption(values["max-rows"], "--max-rows") ?? DEFAULT_MAX_ROWS;
  if (values["max-rows"] !== void 0 && format !== "table")
    throw new UsageError(`--max-rows bounds the table display; --format ${format} writes every row (use LIMIT in the SQL to get fewer)`);
  const db = await openQueryDb(resolve(values.out ?? ".pycpg/out"));
  try {
    if (values.output === void 0) {
      await streamResult(db, sql, resultSink(format, { write: io.write ?? (async (s) => io.out(s)) }, maxRows, io.columns));
      return;
    }
    const file = resolve(values.output);
    const target = atomicFileOut(file);
    let rows;
    try {
      rows = await streamResult(db, sql, resultSink(format, target, maxRows));
      target.commit();
    } catch (err) {
      target.abort();
      throw err;
    }
    io.err.write(wroteLine(rows, file));
  } finally {
    db.close();
  }
}
var DEMO_EDIT = ["shop/pricing.py", "def percent(value) -> Decimal:\n    return Decimal(value) / 100\n\n\n", ""];
var DEMO_EDIT_2 = [
  "shop/pricing.py",
  "# Redefinition: the later definition wins at import time.\ndef percent(value, /, places: int = 4) -> Decimal:",
  "def percent(value, /, *, places: int = 2) -> Decimal:"
];
var DEMO_QUERY = `SELECT c.name AS call, f.qname AS inside_function, c.start_line AS line
FROM cpg_nodes c
JOIN cpg_edges e ON e.kind = 'CALLS' AND e.src = c.node_id
JOIN cpg_nodes t ON t.node_id = e.dst AND t.qname = 'shop.pricing.percent'
LEFT JOIN cpg_edges x ON x.kind = 'CONTAINS' AND x.dst = c.node_id
LEFT JOIN cpg_nodes f ON f.node_id = x.src
ORDER BY f.qname, line`;
function demoGit(dir, ...args) {
  return execFileSync("git", ["-c", "user.name=pycpg demo", "-c", "user.email=demo@example.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"]
  });
}
async function demo(args, io) {
  const { values } = parseArgs({ args, options: { quiet: { type: "boolean" }, dir: { type: "string" } }, strict: true });
  const work = resolve(values.dir ?? ".pycpg/demo");
  const repo = join3(work, "repo");
  rmSync2(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join3(PACKAGE_ROOT, "fixtures", "sample-repo"), repo, {
    recursive: true,
    filter: (src) => !/(^|[/\\])(__pycache__|\.pytest_cache|\.mypy_cache|\.git)([/\\]|$)|\.pyc$/.test(src)
  });
  let git = true;
  try {
    demoGit(repo, "init", "-q", "-b", "main");
    demoGit(repo, "add", "-A");
    demoGit(repo, "commit", "-q", "-m", "sample shop");
  } catch {
    git = false;
  }
  const base = git ? demoGit(repo, "rev-parse", "HEAD").trim() : null;
  const options = makeBuildOptions({ repo, state: join3(work, "state"), out: join3(work, "out") });
  const progress = values.quiet ? SILENT_PROGRESS : streamProgress(io.err);
  const first = await runBuild(options, { progress });
  io.out(`1. ${summaryLine(first)}
`);
  for (const [path, from, to] of [DEMO_EDIT, DEMO_EDIT_2]) {
    const abs = join3(repo, path);
    const before = readFileSync(abs, "utf8");
    if (!before.includes(from)) throw new Error(`the demo's edit no longer applies to ${path}: update DEMO_EDIT in src/cli/main.ts`);
    writeFileSync(abs, before.replace(from, to));
  }
  let head = null;
  if (git) {
    demoGit(repo, "commit", "-q", "-am", "pricing: percent() takes places as keyword-only, default 2; drop the shadowed definition");
    head = demoGit(repo, "rev-parse", "HEAD").trim();
  }
  io.out(`2. commit: shop/pricing.py: percent(value, /, places: int = 4) -> percent(value, /, *, places: int = 2)
`);
  const second = await runBuild(options, { progress });
  io.out(`3. ${summaryLine(second)}

The pull-request comment the GitHub Action would post:

`);
  const comment = renderPrComment({
    report: second,
    header: "pycpg",
    context: { runUrl: null, artifactUrl: null, cache: "local state", baseSha: base, headSha: head, notices: [] }
  });
  io.out(`${"-".repeat(100)}
${comment}${"-".repeat(100)}

`);
  const result = await runQuery(options.out, DEMO_QUERY);
  io.out(`Who calls shop.pricing.percent now (pycpg query --out ${options.out} "..."):

${formatTable(result.rows, result.columns)}

`);
  io.out(
    `Scratch repository: ${repo}
State: ${options.state}
CPG (Parquet folders, report.json, report.md): ${options.out}
Try: pycpg query --out ${options.out} "SELECT kind, count(*) FROM cpg_nodes GROUP BY kind"
`
  );
}
async function main(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case void 0:
      case "--help":
      case "-h":
      case "help":
        io.out(`${USAGE}
`);
        return command === void 0 ? 2 : 0;
      case "--version":
      case "-V":
        io.out(`${TOOL_VERSION}
`);
        return 0;
      case "build":
        await build(rest, io);
        return 0;
      case "query":
        await query(rest, io);
        return 0;
      case "demo":
        await demo(rest, io);
        return 0;
      case "verify":
        return await verify(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io.err.write(`pycpg: ${err.message}
Run \`pycpg --help\` for usage.
`);
      return 2;
    }
    if (err instanceof UserError) {
      io.err.write(`pycpg: ${err.message}
`);
      return 1;
    }
    io.err.write(`pycpg: internal error: ${err.stack ?? String(err)}
This is a bug in pycpg; please report it with the command you ran.
`);
    return 1;
  }
}

// src/cli/cli.ts
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
function write(s) {
  if (process.stdout.write(s)) return Promise.resolve();
  return new Promise((resolve2) => process.stdout.once("drain", resolve2));
}
var code = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  write,
  columns: process.stdout.isTTY ? process.stdout.columns : void 0,
  err: process.stderr
});
process.exitCode = code;
