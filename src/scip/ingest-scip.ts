/**
 * SCIP index -> the rows of the SCIP datasets (scip-tables.ts), as staging Parquet files, one
 * document at a time. Each document is fingerprinted (sha256 of its bytes in the index: scip-python
 * writes a document deterministically, so equal bytes mean an equal analysis of the file) and
 * compared with the previous state's fingerprint; only the documents that changed, and those of
 * files whose text changed (their byte spans may move), are converted. Occurrence ranges (line,
 * character in the document's position unit) become UTF-8 byte spans with the file's bytes
 * (position-units.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadParquetWriter, rowsToParquet } from "../extract/parquet-writer.ts";
import { RowBuilder } from "../extract/row-builder.ts";
import type { TableSpec } from "../extract/tables.ts";
import type { Id64 } from "../normalize/ids.ts";
import { isLocalSymbol, type ScipDocument, type ScipRange } from "./decode-scip-index.ts";
import { type BytePosition, positionUnitOf, ScipPositionMapper } from "./position-units.ts";
import { readScipIndex, type ScipIndexStats } from "./read-scip-index.ts";
import { SymbolRole } from "./scip-schema.ts";
import { SCIP_DIAGNOSTICS, SCIP_DOCUMENTS, SCIP_OCCURRENCES, SCIP_RELATIONSHIPS, SCIP_SYMBOLS, SCIP_TABLES } from "./scip-tables.ts";

/** A file of the build an index document may describe. */
export interface ScipFileRef {
  /** file_id as its decimal key (idToKey). */
  readonly key: string;
  readonly id: Id64;
  readonly absPath: string;
}

export interface IngestScipOptions {
  readonly indexPath: string;
  /** The build's parsed files by repository-relative path (documents for other paths are skipped). */
  readonly files: ReadonlyMap<string, ScipFileRef>;
  /** file_id key -> document fingerprint in the previous state (empty for a full build). */
  readonly previous: ReadonlyMap<string, string>;
  /** file_id keys whose rows are rewritten whatever their fingerprint (text changed or deleted). */
  readonly force: ReadonlySet<string>;
  /** Where the staging Parquet files go. */
  readonly stagingDir: string;
  /** Convert every document (a full build); `previous` and `force` are then ignored. */
  readonly all: boolean;
}

export interface IngestScipResult {
  readonly stats: ScipIndexStats;
  /** Staging files per SCIP dataset. */
  readonly staged: ReadonlyMap<string, readonly string[]>;
  /** file_id keys whose document fingerprint differs from the previous state's (or appeared / went). */
  readonly changed: ReadonlySet<string>;
  /** file_id keys whose rows were converted (changed ∪ forced files with a document). */
  readonly converted: ReadonlySet<string>;
  /** Documents matched to a build file, and every document's occurrences (index-wide). */
  readonly documents: number;
  readonly occurrences: number;
  /** Documents of paths the build does not have (excluded, too large, not Python): skipped. */
  readonly unmatched: readonly string[];
  /** Occurrences whose range lies outside the file's text (the file changed under the indexer): spans NULL. */
  readonly unmapped: number;
}

/** Rows per staging file before a builder is flushed (keeps a full build's memory bounded). */
const FLUSH_ROWS = 200_000;

/** The document fingerprint: sha256 of its bytes in the index. */
export function documentFingerprint(raw: Uint8Array): string {
  return createHash("sha256").update(raw).digest("hex").slice(0, 32);
}

/** Streams the index into staging Parquet files for the documents that need converting. */
export async function ingestScipIndex(opts: IngestScipOptions): Promise<IngestScipResult> {
  await loadParquetWriter();
  mkdirSync(opts.stagingDir, { recursive: true });
  const builders = new Map<string, RowBuilder>(SCIP_TABLES.map((t) => [t.name, new RowBuilder(t)]));
  const staged = new Map<string, string[]>(SCIP_TABLES.map((t) => [t.name, []]));
  let seq = 0;
  const flush = (t: TableSpec, force = false) => {
    const b = builders.get(t.name) as RowBuilder;
    if (b.rows === 0 || (!force && b.rows < FLUSH_ROWS)) return;
    const path = join(opts.stagingDir, `${t.name}-${seq++}.parquet`);
    writeFileSync(path, rowsToParquet(b));
    (staged.get(t.name) as string[]).push(path);
    builders.set(t.name, new RowBuilder(t));
  };
  const changed = new Set<string>();
  const converted = new Set<string>();
  const seen = new Set<string>();
  const unmatched: string[] = [];
  let documents = 0;
  let occurrences = 0;
  let unmapped = 0;
  const stats = await readScipIndex(opts.indexPath, {
    onDocument(doc, raw) {
      occurrences += doc.occurrences.length;
      const file = opts.files.get(doc.relativePath);
      if (!file || seen.has(file.key)) {
        if (unmatched.length < 1000) unmatched.push(doc.relativePath);
        return;
      }
      seen.add(file.key);
      documents++;
      const fp = documentFingerprint(raw);
      const differs = opts.previous.get(file.key) !== fp;
      if (differs) changed.add(file.key);
      if (!opts.all && !differs && !opts.force.has(file.key)) return;
      converted.add(file.key);
      unmapped += addDocumentRows(builders, doc, file, fp, raw.length, readFileSync(file.absPath));
      for (const t of SCIP_TABLES) flush(t);
    },
  });
  for (const key of opts.previous.keys()) if (!seen.has(key)) changed.add(key);
  for (const t of SCIP_TABLES) flush(t, true);
  return { stats, staged, changed, converted, documents, occurrences, unmatched, unmapped };
}

/** Appends one document's rows; returns how many occurrences could not be placed in the file. */
function addDocumentRows(builders: Map<string, RowBuilder>, doc: ScipDocument, file: ScipFileRef, fp: string, bytes: number, text: Uint8Array): number {
  const mapper = new ScipPositionMapper(text);
  const unit = positionUnitOf(doc.positionEncoding);
  const span = (r: ScipRange) => {
    const s = mapper.toBytes(r.startLine, r.startChar, unit);
    const e = mapper.toBytes(r.endLine, r.endChar, unit);
    return s && e ? spanCells(s, e) : null;
  };
  let unmapped = 0;
  const occ = builders.get(SCIP_OCCURRENCES.name) as RowBuilder;
  const diag = builders.get(SCIP_DIAGNOSTICS.name) as RowBuilder;
  doc.occurrences.forEach((o, i) => {
    const cells = span(o.range);
    if (!cells) unmapped++;
    occ.add({
      file_id: file.id,
      ordinal: i,
      symbol: o.symbol,
      roles: o.roles,
      syntax_kind: o.syntaxKind,
      is_definition: (o.roles & SymbolRole.Definition) !== 0,
      is_local: isLocalSymbol(o.symbol),
      ...cells,
    });
    o.diagnostics.forEach((d, k) => {
      diag.add({ file_id: file.id, occurrence: i, ordinal: k, severity: d.severity, code: d.code, message: d.message, source: d.source, ...cells });
    });
  });
  const sym = builders.get(SCIP_SYMBOLS.name) as RowBuilder;
  const rel = builders.get(SCIP_RELATIONSHIPS.name) as RowBuilder;
  let r = 0;
  doc.symbols.forEach((s, i) => {
    sym.add({
      file_id: file.id,
      symbol: s.symbol,
      kind: s.kind,
      display_name: s.displayName,
      enclosing_symbol: s.enclosingSymbol,
      documentation: s.documentation.join("\n\n"),
      ordinal: i,
    });
    for (const x of s.relationships)
      rel.add({
        file_id: file.id,
        symbol: s.symbol,
        target_symbol: x.symbol,
        is_reference: x.isReference,
        is_implementation: x.isImplementation,
        is_type_definition: x.isTypeDefinition,
        is_definition: x.isDefinition,
        ordinal: r++,
      });
  });
  (builders.get(SCIP_DOCUMENTS.name) as RowBuilder).add({
    file_id: file.id,
    path: doc.relativePath,
    fingerprint: fp,
    language: doc.language,
    position_encoding: doc.positionEncoding,
    occurrences: doc.occurrences.length,
    symbols: doc.symbols.length,
    bytes,
  });
  return unmapped;
}

function spanCells(s: BytePosition, e: BytePosition) {
  return { bstart: s.offset, bend: e.offset, start_line: s.line, start_col: s.col, end_line: e.line, end_col: e.col };
}
