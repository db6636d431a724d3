import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import { decodeScipIndex, isLocalSymbol, normalizeRange, ScipDecodeError } from "./decode-scip-index.ts";
import { loadScipSchema, SymbolRole, scipType } from "./scip-schema.ts";

await loadScipSchema();

const SYM = "scip-python python demo 0 `pkg.a`/helper().";

/** A synthetic index written with protobufjs from the same schema (field names in camelCase). */
function encode(name: "Index" | "Document", value: Record<string, unknown>): Uint8Array {
  const t = scipType(name);
  const err = t.verify(value);
  if (err) throw new Error(err);
  return t.encode(t.fromObject(value)).finish();
}

const DOC_A = {
  relativePath: "pkg/a.py",
  language: "python",
  occurrences: [
    { range: [0, 4, 10], symbol: SYM, symbolRoles: SymbolRole.Definition },
    { range: [3, 2, 5, 7], symbol: "local 0", symbolRoles: SymbolRole.ReadAccess, enclosingRange: [0, 0, 1, 12] },
  ],
  symbols: [
    {
      symbol: SYM,
      kind: 17,
      displayName: "helper",
      documentation: ["```python\ndef helper(x): ...\n```"],
      relationships: [{ symbol: "scip-python python demo 0 `pkg.base`/helper().", isImplementation: true }],
    },
  ],
};

/** One length-delimited field `(id, bytes)` followed by a varint field and a fixed64 field: all unknown to the schema. */
function unknownFields(id: number): Uint8Array {
  const w = protobuf.Writer.create();
  w.uint32((id << 3) | 2).bytes(new Uint8Array([1, 2, 3, 250]));
  w.uint32(((id + 1) << 3) | 0).uint64(123456789);
  w.uint32(((id + 2) << 3) | 1).fixed64(42);
  w.uint32(((id + 3) << 3) | 5).fixed32(7);
  return w.finish();
}

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
};

describe("decodeScipIndex", () => {
  it("decodes metadata, documents, occurrences (3- and 4-element ranges), symbols and external symbols", () => {
    const bytes = encode("Index", {
      metadata: { version: 0, toolInfo: { name: "scip-python", version: "0.6.6", arguments: ["index"] }, projectRoot: "file:///r", textDocumentEncoding: 1 },
      documents: [
        DOC_A,
        { relativePath: "pkg/b.py", positionEncoding: 2, occurrences: [{ range: [7, 1, 7], symbol: SYM, symbolRoles: SymbolRole.ReadAccess }] },
      ],
      externalSymbols: [{ symbol: "scip-python python python-stdlib 3.11 builtins/len().", kind: 17 }],
    });
    const idx = decodeScipIndex(bytes);
    expect(idx.metadata).toEqual({
      version: 0,
      toolName: "scip-python",
      toolVersion: "0.6.6",
      toolArguments: ["index"],
      projectRoot: "file:///r",
      textDocumentEncoding: 1,
    });
    expect(idx.documents.map((d) => [d.relativePath, d.positionEncoding, d.occurrences.length])).toEqual([
      ["pkg/a.py", 0, 2],
      ["pkg/b.py", 2, 1],
    ]);
    const [def, local] = idx.documents[0]?.occurrences ?? [];
    expect(def).toEqual({
      range: { startLine: 0, startChar: 4, endLine: 0, endChar: 10 },
      symbol: SYM,
      roles: SymbolRole.Definition,
      enclosingRange: null,
      syntaxKind: 0,
      diagnostics: [],
    });
    expect(local?.range).toEqual({ startLine: 3, startChar: 2, endLine: 5, endChar: 7 });
    expect(local?.enclosingRange).toEqual({ startLine: 0, startChar: 0, endLine: 1, endChar: 12 });
    expect(isLocalSymbol(local?.symbol ?? "")).toBe(true);
    expect(isLocalSymbol(def?.symbol ?? "")).toBe(false);
    const sym = idx.documents[0]?.symbols[0];
    expect(sym?.kind).toBe(17);
    expect(sym?.displayName).toBe("helper");
    expect(sym?.relationships).toEqual([
      { symbol: "scip-python python demo 0 `pkg.base`/helper().", isReference: false, isImplementation: true, isTypeDefinition: false, isDefinition: false },
    ]);
    expect(idx.externalSymbols.map((s) => s.symbol)).toEqual(["scip-python python python-stdlib 3.11 builtins/len()."]);
  });

  it("skips fields the schema does not declare, at the top level and inside nested messages", () => {
    // A Document with unknown fields appended (a message's fields may come in any order).
    const doc = concat(unknownFields(40), encode("Document", DOC_A), unknownFields(60));
    const w = protobuf.Writer.create();
    w.uint32((2 << 3) | 2).bytes(doc); // Index.documents
    const bytes = concat(unknownFields(20), w.finish(), unknownFields(100));
    const idx = decodeScipIndex(bytes);
    expect(idx.documents).toHaveLength(1);
    expect(idx.documents[0]?.relativePath).toBe("pkg/a.py");
    expect(idx.documents[0]?.occurrences.map((o) => o.range.startLine)).toEqual([0, 3]);
    expect(idx.metadata.toolName).toBe("");
  });

  it("accepts unpacked repeated ranges as well as packed ones", () => {
    // Occurrence.range written element by element (wire type 0), as a proto2 writer would.
    const occ = protobuf.Writer.create();
    for (const v of [2, 3, 9]) occ.uint32((1 << 3) | 0).int32(v);
    occ.uint32((2 << 3) | 2).string(SYM);
    const docW = protobuf.Writer.create();
    docW.uint32((1 << 3) | 2).string("m.py");
    docW.uint32((2 << 3) | 2).bytes(occ.finish());
    const idxW = protobuf.Writer.create();
    idxW.uint32((2 << 3) | 2).bytes(docW.finish());
    const idx = decodeScipIndex(idxW.finish());
    expect(idx.documents[0]?.occurrences[0]?.range).toEqual({ startLine: 2, startChar: 3, endLine: 2, endChar: 9 });
  });

  it("rejects bad ranges and bytes that are not protobuf", () => {
    expect(() => normalizeRange([1, 2])).toThrow(ScipDecodeError);
    const bad = encode("Index", { documents: [{ relativePath: "x.py", occurrences: [{ range: [1, 2, 3, 4, 5], symbol: SYM }] }] });
    expect(() => decodeScipIndex(bad)).toThrow(/x\.py: occurrence 0.*3 or 4 elements, got 5/);
    // Field 2 (documents) announced with a length past the end of the buffer.
    expect(() => decodeScipIndex(new Uint8Array([0x12, 0x50, 0x0a]))).toThrow(ScipDecodeError);
  });
});
