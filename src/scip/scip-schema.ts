/**
 * The SCIP protobuf messages pycpg reads, as a protobufjs reflection definition built in code (no
 * `.proto` file at run time: no npm package ships scip.proto). Field numbers follow Sourcegraph's
 * public scip.proto; only the messages and fields pycpg uses are declared. A field the definition
 * does not declare is skipped by the decoder (protobufjs skips unknown tags by wire type), so a
 * newer index with more fields still decodes.
 */
import type * as Protobuf from "protobufjs";
import { cjsExports } from "../util/cjs-interop.ts";

/** protobufjs reflection JSON: message name -> field name -> { type, id, rule? }. */
const SCIP_JSON = {
  nested: {
    scip: {
      nested: {
        Index: {
          fields: {
            metadata: { type: "Metadata", id: 1 },
            documents: { rule: "repeated", type: "Document", id: 2 },
            externalSymbols: { rule: "repeated", type: "SymbolInformation", id: 3 },
          },
        },
        Metadata: {
          fields: {
            version: { type: "int32", id: 1 },
            toolInfo: { type: "ToolInfo", id: 2 },
            projectRoot: { type: "string", id: 3 },
            textDocumentEncoding: { type: "int32", id: 4 },
          },
        },
        ToolInfo: {
          fields: {
            name: { type: "string", id: 1 },
            version: { type: "string", id: 2 },
            arguments: { rule: "repeated", type: "string", id: 3 },
          },
        },
        Document: {
          fields: {
            relativePath: { type: "string", id: 1 },
            occurrences: { rule: "repeated", type: "Occurrence", id: 2 },
            symbols: { rule: "repeated", type: "SymbolInformation", id: 3 },
            language: { type: "string", id: 4 },
            text: { type: "string", id: 5 },
            positionEncoding: { type: "int32", id: 6 },
          },
        },
        Occurrence: {
          fields: {
            range: { rule: "repeated", type: "int32", id: 1, options: { packed: true } },
            symbol: { type: "string", id: 2 },
            symbolRoles: { type: "int32", id: 3 },
            overrideDocumentation: { rule: "repeated", type: "string", id: 4 },
            syntaxKind: { type: "int32", id: 5 },
            diagnostics: { rule: "repeated", type: "Diagnostic", id: 6 },
            enclosingRange: { rule: "repeated", type: "int32", id: 7, options: { packed: true } },
          },
        },
        SymbolInformation: {
          fields: {
            symbol: { type: "string", id: 1 },
            documentation: { rule: "repeated", type: "string", id: 3 },
            relationships: { rule: "repeated", type: "Relationship", id: 4 },
            kind: { type: "int32", id: 5 },
            displayName: { type: "string", id: 6 },
            signatureDocumentation: { type: "Document", id: 7 },
            enclosingSymbol: { type: "string", id: 8 },
          },
        },
        Relationship: {
          fields: {
            symbol: { type: "string", id: 1 },
            isReference: { type: "bool", id: 2 },
            isImplementation: { type: "bool", id: 3 },
            isTypeDefinition: { type: "bool", id: 4 },
            isDefinition: { type: "bool", id: 5 },
          },
        },
        Diagnostic: {
          fields: {
            severity: { type: "int32", id: 1 },
            code: { type: "string", id: 2 },
            message: { type: "string", id: 3 },
            source: { type: "string", id: 4 },
            tags: { rule: "repeated", type: "int32", id: 5, options: { packed: true } },
          },
        },
      },
    },
  },
} as const;

/** The message types of the SCIP schema. */
export type ScipMessageName = "Index" | "Metadata" | "ToolInfo" | "Document" | "Occurrence" | "SymbolInformation" | "Relationship" | "Diagnostic";

let root: Protobuf.Root | null = null;

/**
 * Loads protobufjs and builds the schema (once). protobufjs is imported here, on first use, not
 * when the module is: a run without a SCIP index does not load it.
 */
export async function loadScipSchema(): Promise<void> {
  if (root) return;
  const protobuf = cjsExports(await import("protobufjs"), "Root");
  root ??= protobuf.Root.fromJSON(SCIP_JSON as unknown as Protobuf.INamespace);
}

/** The protobufjs type of a SCIP message (after `loadScipSchema`). */
export function scipType(name: ScipMessageName): Protobuf.Type {
  if (!root) throw new Error("the SCIP schema is not loaded: await loadScipSchema() before decoding");
  return root.lookupType(`scip.${name}`);
}

/** Occurrence.symbol_roles bits. */
export const SymbolRole = {
  Definition: 0x1,
  Import: 0x2,
  WriteAccess: 0x4,
  ReadAccess: 0x8,
  Generated: 0x10,
  Test: 0x20,
  ForwardDefinition: 0x40,
} as const;

/** Document.position_encoding: the unit of an occurrence's character offsets. */
export const PositionEncoding = {
  Unspecified: 0,
  Utf8CodeUnitOffsetFromLineStart: 1,
  Utf16CodeUnitOffsetFromLineStart: 2,
  Utf32CodeUnitOffsetFromLineStart: 3,
} as const;

/** Metadata.text_document_encoding. */
export const TextEncoding = { Unspecified: 0, UTF8: 1, UTF16: 2 } as const;
