/**
 * Extraction of whole files: read, hash, classify, decode, parse and walk. Used by the worker
 * threads and, for very small inputs, in-process. A bad file becomes FILE + DIAGNOSTIC rows,
 * never an exception.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Language, Parser } from "web-tree-sitter";
import { embeddedBuildInfo } from "../config/build-info.ts";
import type { DiscoveredFile } from "../discover/discovered-file.ts";
import { fileIdOf, H, hash64, type Id64, idToKey } from "../normalize/ids.ts";
import { decodeSource, lineStarts } from "../normalize/source-text.ts";
import { cjsExports } from "../util/cjs-interop.ts";
import { loadParquetWriter, rowsToParquet } from "./parquet-writer.ts";
import { type ExtractSinks, PythonExtractor } from "./python-extractor.ts";
import { RowBuilder } from "./row-builder.ts";
import {
  EXTRACT_TABLES,
  PY_ATTRIBUTES,
  PY_BINDINGS,
  PY_CALLS,
  PY_DECORATORS,
  PY_DEFS,
  PY_DIAGNOSTICS,
  PY_EXPORTS,
  PY_FILES,
  PY_IMPORTS,
  PY_NAMES,
  PY_PARAMS,
  PY_TYPES,
} from "./tables.ts";

export interface ExtractOptions {
  readonly stagingDir: string;
  readonly repoId: string | null;
  /** How a small run extracting in-process stages its rows (default Parquet; workers always write Parquet). */
  readonly staging?: StagingFormat;
}

/** How a flush stages rows: Parquet (bucket-shaped, what a full build adopts) or JSON lines. */
export type StagingFormat = "parquet" | "json";

/** One file a flush wrote: its table, the store bucket its rows belong to, its row count. */
export interface StagedFile {
  readonly table: string;
  readonly bucket: number;
  readonly path: string;
  readonly rows: number;
  /** Absent: Parquet. */
  readonly format?: StagingFormat;
}

export interface BatchStats {
  files: number;
  bytes: number;
  parseErrors: number;
  rows: number;
}

const require = createRequire(import.meta.url);
let languagePromise: Promise<Language> | null = null;
let treeSitter: typeof import("web-tree-sitter") | null = null;

/** The grammar's wasm: beside the bundle in dist/ (copied there by scripts/build.mjs), else the installed package's. */
function grammarWasmPath(): string {
  return embeddedBuildInfo()
    ? fileURLToPath(new URL("./tree-sitter-python.wasm", import.meta.url))
    : require.resolve("tree-sitter-python/tree-sitter-python.wasm");
}

/**
 * The tree-sitter Python grammar, loaded once per thread. web-tree-sitter itself is imported here,
 * not at start-up: a run with nothing to parse never loads it.
 */
export function loadPythonLanguage(): Promise<Language> {
  languagePromise ??= (async () => {
    const ts = (treeSitter ??= cjsExports(await import("web-tree-sitter"), "Parser"));
    const binding: EmscriptenHeapAccess = {};
    await ts.Parser.init(binding as object);
    fastHeapAccess(binding);
    return ts.Language.load(grammarWasmPath());
  })();
  return languagePromise;
}

/** The parts of web-tree-sitter's Emscripten module (the object given to `Parser.init`) used below. */
interface EmscriptenHeapAccess {
  HEAP32?: Int32Array;
  setValue?: (ptr: number, value: number, type?: string) => void;
  getValue?: (ptr: number, type?: string) => number;
}

/**
 * Every cursor and node call of web-tree-sitter copies its handles through the module's
 * `setValue`/`getValue`, which switch on a type string and go through a DataView so that a
 * big-endian host reads the wasm heap little-endian. On a little-endian host an `i32` is the
 * `HEAP32` element itself: the same values, without the dispatch (a third of the walk's time).
 */
function fastHeapAccess(m: EmscriptenHeapAccess): void {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const set = m.setValue;
  const get = m.getValue;
  if (!littleEndian || !set || !get || !m.HEAP32) return;
  // HEAP32 is read on every call: Emscripten replaces it when the wasm memory grows.
  m.setValue = (ptr, value, type = "i8") => {
    if (type === "i32") (m.HEAP32 as Int32Array)[ptr >> 2] = value;
    else set(ptr, value, type);
  };
  m.getValue = (ptr, type = "i8") => (type === "i32" ? ((m.HEAP32 as Int32Array)[ptr >> 2] as number) : get(ptr, type));
}

const DIAG_MESSAGES: Record<string, (f: DiscoveredFile) => string> = {
  too_large: (f) => `skipped: ${f.sizeBytes} bytes is over the size limit; raise --max-file-bytes to include it`,
  symlink_outside: () => "skipped: symbolic link to a target outside the repository (not followed)",
  not_a_file: () => "skipped: not a regular file",
  unreadable: (f) => `skipped: could not read the file (${f.message ?? "unknown error"}); check its permissions`,
  binary: () => "skipped: the file contains NUL bytes, so it is not Python source (CPython rejects it too)",
};

/** Extracts files into row builders and flushes them to staging Parquet files. */
export class FileExtractor {
  private builders: RowBuilder[] = [];
  private files!: RowBuilder;
  /** Shared with the walker; re-pointed at fresh builders after every flush. */
  private readonly sinks = {} as ExtractSinks;
  private readonly walker: PythonExtractor;
  private flushes = 0;

  private constructor(
    private readonly parser: Parser,
    language: Language,
    private readonly options: ExtractOptions,
    private readonly tag: string,
    private readonly format: StagingFormat,
  ) {
    this.reset();
    this.walker = new PythonExtractor(this.sinks, language);
  }

  private reset(): void {
    this.builders = EXTRACT_TABLES.map((spec) => new RowBuilder(spec));
    const by = (name: string) => this.builders.find((b) => b.spec.name === name) as RowBuilder;
    this.files = by(PY_FILES.name);
    Object.assign(this.sinks, {
      defs: by(PY_DEFS.name),
      params: by(PY_PARAMS.name),
      decorators: by(PY_DECORATORS.name),
      calls: by(PY_CALLS.name),
      names: by(PY_NAMES.name),
      attributes: by(PY_ATTRIBUTES.name),
      imports: by(PY_IMPORTS.name),
      bindings: by(PY_BINDINGS.name),
      diagnostics: by(PY_DIAGNOSTICS.name),
      exports: by(PY_EXPORTS.name),
      types: by(PY_TYPES.name),
    } satisfies ExtractSinks);
  }

  static async create(options: ExtractOptions, tag: string, format: StagingFormat = "parquet"): Promise<FileExtractor> {
    const [lang] = await Promise.all([loadPythonLanguage(), format === "parquet" ? loadParquetWriter() : null]);
    const parser = new (treeSitter as typeof import("web-tree-sitter")).Parser();
    parser.setLanguage(lang);
    return new FileExtractor(parser, lang, options, tag, format);
  }

  /** Extracts one file into the buffers; never throws for bad input. */
  extractFile(f: DiscoveredFile, stats: BatchStats): void {
    const fileId = fileIdOf(f.path, this.options.repoId);
    stats.files++;
    if (f.status !== "ok") {
      this.fileRow(fileId, f, { size: f.sizeBytes, sha: null, lines: null, encoding: null, newline: null, status: f.status, allKind: "none" });
      this.fileDiagnostic(fileId, f.status, "warning", (DIAG_MESSAGES[f.status] ?? (() => `skipped: ${f.status}`))(f));
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.absPath);
    } catch (err) {
      const g: DiscoveredFile = { ...f, status: "unreadable", message: (err as NodeJS.ErrnoException).code ?? String(err) };
      this.fileRow(fileId, g, { size: f.sizeBytes, sha: null, lines: null, encoding: null, newline: null, status: "unreadable", allKind: "none" });
      this.fileDiagnostic(fileId, "unreadable", "warning", (DIAG_MESSAGES.unreadable as (x: DiscoveredFile) => string)(g));
      return;
    }
    stats.bytes += bytes.length;
    const sha = createHash("sha256").update(bytes).digest("hex");
    const starts = lineStarts(bytes);
    const lines = bytes.length === 0 ? 0 : starts.length - (bytes[bytes.length - 1] === 0x0a ? 1 : 0);
    const newline = newlineStyle(bytes);
    if (bytes.indexOf(0) >= 0) {
      this.fileRow(fileId, f, { size: bytes.length, sha, lines, encoding: "binary", newline, status: "binary", allKind: "none" });
      this.fileDiagnostic(fileId, "binary", "warning", (DIAG_MESSAGES.binary as (x: DiscoveredFile) => string)(f));
      return;
    }
    const src = decodeSource(bytes);
    const tree = this.parser.parse(src.text);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${f.path}`);
    let summary: ReturnType<PythonExtractor["extract"]>;
    try {
      summary = this.walker.extract({ fileId, text: src.text, byteAt: src.byteAt, lineStarts: starts, tree });
    } finally {
      tree.delete();
    }
    if (src.invalidBytes > 0) {
      const b = src.firstInvalidByte;
      let line = 0;
      while (line + 1 < starts.length && (starts[line + 1] as number) <= b) line++;
      hash64(`${idToKey(fileId)}|DIAGNOSTIC:decode`);
      this.sinks.diagnostics.add({
        node_id: { hi: H.hi, lo: H.lo },
        file_id: fileId,
        code: "invalid-utf-8",
        severity: "warning",
        message: `${src.invalidBytes} byte(s) are not valid UTF-8 (first at line ${line + 1}); they were read as U+FFFD and byte offsets still refer to the raw file. Declare the encoding with a PEP 263 coding comment or re-save the file as UTF-8`,
        bstart: b,
        bend: b + 1,
        start_line: line + 1,
        start_col: b - (starts[line] as number),
        end_line: line + 1,
        end_col: b + 1 - (starts[line] as number),
      });
    }
    if (summary.syntaxErrors > 0) stats.parseErrors++;
    this.fileRow(fileId, f, {
      size: bytes.length,
      sha,
      lines,
      encoding: src.encoding,
      newline,
      status: summary.syntaxErrors > 0 ? "syntax_error" : "ok",
      allKind: summary.allKind,
    });
  }

  private fileRow(
    fileId: Id64,
    f: DiscoveredFile,
    v: { size: number; sha: string | null; lines: number | null; encoding: string | null; newline: string | null; status: string; allKind: string },
  ): void {
    this.files.add({
      file_id: fileId,
      path: f.path,
      size_bytes: v.size,
      sha256: v.sha,
      line_count: v.lines,
      encoding: v.encoding,
      newline: v.newline,
      status: v.status,
      all_kind: v.allKind,
    });
  }

  private fileDiagnostic(fileId: Id64, code: string, severity: string, message: string): void {
    hash64(`${idToKey(fileId)}|DIAGNOSTIC:file|${code}`);
    this.sinks.diagnostics.add({
      node_id: { hi: H.hi, lo: H.lo },
      file_id: fileId,
      code: code.replace(/_/g, "-"),
      severity,
      message,
      bstart: 0,
      bend: 0,
      start_line: 1,
      start_col: 0,
      end_line: 1,
      end_col: 0,
    });
  }

  /**
   * Writes the buffered rows (all from files of store bucket `bucket`) as one staging Parquet file
   * per non-empty table and resets the buffers.
   */
  flush(bucket: number): StagedFile[] {
    const out: StagedFile[] = [];
    const n = this.flushes++;
    for (const b of this.builders) {
      if (b.rows === 0) continue;
      const dir = join(this.options.stagingDir, b.spec.name);
      mkdirSync(dir, { recursive: true });
      if (this.format === "json") {
        const path = join(dir, `b${bucket}-${this.tag}-${n}.jsonl`);
        writeFileSync(path, b.toJsonLines());
        out.push({ table: b.spec.name, bucket, path, rows: b.rows, format: "json" });
        continue;
      }
      const path = join(dir, `b${bucket}-${this.tag}-${n}.parquet`);
      writeFileSync(path, rowsToParquet(b));
      out.push({ table: b.spec.name, bucket, path, rows: b.rows });
    }
    this.reset();
    return out;
  }
}

function newlineStyle(bytes: Uint8Array): string {
  let lf = 0;
  let crlf = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    if (i > 0 && bytes[i - 1] === 0x0d) crlf++;
    else lf++;
  }
  if (lf === 0 && crlf === 0) return "none";
  if (crlf === 0) return "lf";
  return lf === 0 ? "crlf" : "mixed";
}
