/**
 * Decoding a SCIP index (the bytes scip-python writes) into plain typed objects. Ranges are
 * normalised from SCIP's 3- or 4-element arrays to {startLine, startChar, endLine, endChar}
 * (0-based, end exclusive, characters in the document's position unit: see position-units.ts).
 * Fields pycpg does not declare are skipped by the decoder, never fatal.
 */
import { scipType } from "./scip-schema.ts";

/** A range as SCIP stores it, normalised. Lines and characters are 0-based; the end is exclusive. */
export interface ScipRange {
  readonly startLine: number;
  readonly startChar: number;
  readonly endLine: number;
  readonly endChar: number;
}

export interface ScipOccurrence {
  readonly range: ScipRange;
  /** The symbol string (`local N` for a document-local symbol). */
  readonly symbol: string;
  /** Occurrence.symbol_roles bitset (SymbolRole). */
  readonly roles: number;
  /** The range of the enclosing definition, when the indexer gives one. */
  readonly enclosingRange: ScipRange | null;
  /** Occurrence.syntax_kind (SyntaxKind; 0 unspecified: scip-python leaves it so). */
  readonly syntaxKind: number;
  readonly diagnostics: readonly ScipDiagnostic[];
}

export interface ScipDiagnostic {
  /** Diagnostic.severity (1 error, 2 warning, 3 information, 4 hint; 0 unspecified). */
  readonly severity: number;
  readonly code: string;
  readonly message: string;
  readonly source: string;
}

export interface ScipRelationship {
  readonly symbol: string;
  readonly isReference: boolean;
  readonly isImplementation: boolean;
  readonly isTypeDefinition: boolean;
  readonly isDefinition: boolean;
}

export interface ScipSymbolInformation {
  readonly symbol: string;
  /** SymbolInformation.kind (0 when the indexer leaves it unspecified). */
  readonly kind: number;
  readonly displayName: string;
  readonly enclosingSymbol: string;
  readonly documentation: readonly string[];
  readonly relationships: readonly ScipRelationship[];
}

export interface ScipDocument {
  /** POSIX path relative to the project root. */
  readonly relativePath: string;
  readonly language: string;
  /** Document.position_encoding (PositionEncoding; 0 = unspecified). */
  readonly positionEncoding: number;
  readonly occurrences: readonly ScipOccurrence[];
  readonly symbols: readonly ScipSymbolInformation[];
}

export interface ScipMetadata {
  readonly version: number;
  readonly toolName: string;
  readonly toolVersion: string;
  readonly toolArguments: readonly string[];
  readonly projectRoot: string;
  /** Metadata.text_document_encoding (TextEncoding). */
  readonly textDocumentEncoding: number;
}

export interface ScipIndex {
  readonly metadata: ScipMetadata;
  readonly documents: readonly ScipDocument[];
  readonly externalSymbols: readonly ScipSymbolInformation[];
}

/** Thrown for bytes that are not a SCIP index (truncated or malformed protobuf, bad ranges). */
export class ScipDecodeError extends Error {}

// The shapes protobufjs produces for the reflection types (missing scalars read as defaults).
interface RawRelationship {
  symbol?: string;
  isReference?: boolean;
  isImplementation?: boolean;
  isTypeDefinition?: boolean;
  isDefinition?: boolean;
}
interface RawSymbol {
  symbol?: string;
  kind?: number;
  displayName?: string;
  enclosingSymbol?: string;
  documentation?: string[];
  relationships?: RawRelationship[];
}
interface RawOccurrence {
  range?: number[];
  symbol?: string;
  symbolRoles?: number;
  syntaxKind?: number;
  diagnostics?: { severity?: number; code?: string; message?: string; source?: string }[];
  enclosingRange?: number[];
}
interface RawDocument {
  relativePath?: string;
  language?: string;
  positionEncoding?: number;
  occurrences?: RawOccurrence[];
  symbols?: RawSymbol[];
}
interface RawIndex {
  metadata?: {
    version?: number;
    toolInfo?: { name?: string; version?: string; arguments?: string[] };
    projectRoot?: string;
    textDocumentEncoding?: number;
  };
  documents?: RawDocument[];
  externalSymbols?: RawSymbol[];
}

/**
 * Normalises a SCIP range array: `[line, start, end]` (one line) or `[startLine, startChar,
 * endLine, endChar]`. Throws ScipDecodeError on any other length.
 */
export function normalizeRange(r: readonly number[], where = "range"): ScipRange {
  if (r.length === 3) return { startLine: r[0] as number, startChar: r[1] as number, endLine: r[0] as number, endChar: r[2] as number };
  if (r.length === 4) return { startLine: r[0] as number, startChar: r[1] as number, endLine: r[2] as number, endChar: r[3] as number };
  throw new ScipDecodeError(`${where}: a SCIP range has 3 or 4 elements, got ${r.length}`);
}

function toSymbol(s: RawSymbol): ScipSymbolInformation {
  return {
    symbol: s.symbol ?? "",
    kind: s.kind ?? 0,
    displayName: s.displayName ?? "",
    enclosingSymbol: s.enclosingSymbol ?? "",
    documentation: s.documentation ?? [],
    relationships: (s.relationships ?? []).map((r) => ({
      symbol: r.symbol ?? "",
      isReference: r.isReference ?? false,
      isImplementation: r.isImplementation ?? false,
      isTypeDefinition: r.isTypeDefinition ?? false,
      isDefinition: r.isDefinition ?? false,
    })),
  };
}

function toDocument(d: RawDocument): ScipDocument {
  const path = d.relativePath ?? "";
  return {
    relativePath: path,
    language: d.language ?? "",
    positionEncoding: d.positionEncoding ?? 0,
    occurrences: (d.occurrences ?? []).map((o, i) => ({
      range: normalizeRange(o.range ?? [], `${path}: occurrence ${i}`),
      symbol: o.symbol ?? "",
      roles: o.symbolRoles ?? 0,
      enclosingRange: o.enclosingRange && o.enclosingRange.length > 0 ? normalizeRange(o.enclosingRange, `${path}: occurrence ${i} enclosing_range`) : null,
      syntaxKind: o.syntaxKind ?? 0,
      diagnostics: (o.diagnostics ?? []).map((d) => ({ severity: d.severity ?? 0, code: d.code ?? "", message: d.message ?? "", source: d.source ?? "" })),
    })),
    symbols: (d.symbols ?? []).map(toSymbol),
  };
}

/**
 * Decodes the bytes of one Document message. Throws ScipDecodeError (or protobufjs's error) when
 * they are not one. Like every decoder here, after `loadScipSchema()` (scip-schema.ts).
 */
export function decodeScipDocument(bytes: Uint8Array): ScipDocument {
  return toDocument(scipType("Document").decode(bytes) as unknown as RawDocument);
}

/** Decodes the bytes of one Metadata message. */
export function decodeScipMetadata(bytes: Uint8Array): ScipMetadata {
  return toMetadata(scipType("Metadata").decode(bytes) as unknown as NonNullable<RawIndex["metadata"]>);
}

function toMetadata(m: NonNullable<RawIndex["metadata"]>): ScipMetadata {
  return {
    version: m.version ?? 0,
    toolName: m.toolInfo?.name ?? "",
    toolVersion: m.toolInfo?.version ?? "",
    toolArguments: m.toolInfo?.arguments ?? [],
    projectRoot: m.projectRoot ?? "",
    textDocumentEncoding: m.textDocumentEncoding ?? 0,
  };
}

/** Decodes the bytes of a SCIP index. Throws ScipDecodeError when they are not one. */
export function decodeScipIndex(bytes: Uint8Array): ScipIndex {
  let raw: RawIndex;
  try {
    raw = scipType("Index").decode(bytes) as unknown as RawIndex;
  } catch (err) {
    throw new ScipDecodeError(`not a SCIP index: ${(err as Error).message}`);
  }
  return {
    metadata: toMetadata(raw.metadata ?? {}),
    documents: (raw.documents ?? []).map(toDocument),
    externalSymbols: (raw.externalSymbols ?? []).map(toSymbol),
  };
}

/** True for a symbol local to its document (`local N`). */
export function isLocalSymbol(symbol: string): boolean {
  return symbol.startsWith("local ");
}
