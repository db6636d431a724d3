import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import protobuf from "protobufjs";
import { afterAll, describe, expect, it } from "vitest";
import { decodeScipIndex, ScipDecodeError } from "./decode-scip-index.ts";
import { readScipIndex } from "./read-scip-index.ts";
import { loadScipSchema, scipType } from "./scip-schema.ts";

await loadScipSchema();

const dir = mkdtempSync(join(tmpdir(), "pycpg-scip-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function encode(name: "Index" | "Document" | "Metadata", value: Record<string, unknown>): Uint8Array {
  const t = scipType(name);
  return t.encode(t.fromObject(value)).finish();
}

function doc(path: string, n: number) {
  return {
    relativePath: path,
    occurrences: Array.from({ length: n }, (_, i) => ({ range: [i, 0, 3], symbol: `scip-python python p 0 \`m\`/f${i}().`, symbolRoles: i % 2 })),
    symbols: [{ symbol: `scip-python python p 0 \`m\`/f0().`, kind: 17, documentation: ["x".repeat(n)] }],
  };
}

function write(name: string, bytes: Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

async function readAll(path: string) {
  const docs: { path: string; occurrences: number; raw: Uint8Array; offset: number }[] = [];
  let meta: unknown = null;
  const stats = await readScipIndex(path, {
    onMetadata: (m) => {
      meta = m;
    },
    onDocument: (d, raw, offset) => {
      docs.push({ path: d.relativePath, occurrences: d.occurrences.length, raw: raw.slice(), offset });
    },
  });
  return { docs, meta, stats };
}

describe("readScipIndex (streaming)", () => {
  const index = encode("Index", {
    metadata: { toolInfo: { name: "scip-python", version: "0.6.6" }, projectRoot: "file:///r", textDocumentEncoding: 1 },
    // the second document is larger than the reader's initial 1 MiB buffer
    documents: [doc("a.py", 3), doc("big.py", 40_000), doc("c.py", 1)],
    externalSymbols: [{ symbol: "scip-python python python-stdlib 3.11 builtins/len().", kind: 17 }],
  });
  const path = write("index.scip", index);

  it("hands over every document with its exact bytes and offset, the metadata and counts", async () => {
    const { docs, meta, stats } = await readAll(path);
    const whole = decodeScipIndex(index);
    expect(docs.map((d) => [d.path, d.occurrences])).toEqual(whole.documents.map((d) => [d.relativePath, d.occurrences.length]));
    expect(meta).toEqual(whole.metadata);
    for (const d of docs) expect(Buffer.from(index.subarray(d.offset, d.offset + d.raw.length)).equals(Buffer.from(d.raw))).toBe(true);
    // the raw bytes are the document's own encoding
    expect(Buffer.from(docs[0]?.raw ?? []).equals(Buffer.from(encode("Document", doc("a.py", 3))))).toBe(true);
    expect(stats).toEqual({ bytes: index.length, documents: 3, externalSymbols: 1, largestDocument: Math.max(...docs.map((d) => d.raw.length)) });
    expect(stats.largestDocument).toBeGreaterThan(1 << 20);
  });

  it("skips unknown top-level fields of every wire type", async () => {
    const w = protobuf.Writer.create();
    w.uint32((9 << 3) | 0).uint64(99);
    w.uint32((10 << 3) | 1).fixed64(7);
    w.uint32((11 << 3) | 5).fixed32(7);
    w.uint32((12 << 3) | 2).bytes(new Uint8Array(5000));
    const bytes = new Uint8Array([...w.finish(), ...encode("Index", { documents: [doc("a.py", 2)] })]);
    const { docs } = await readAll(write("unknown.scip", bytes));
    expect(docs.map((d) => d.path)).toEqual(["a.py"]);
  });

  it("names the byte offset of a truncated index, wherever it is cut", async () => {
    // cut inside the metadata, a tag, a length, a document's body
    for (const cut of [3, 60, index.length - 40, index.length - 1]) {
      const p = write(`cut-${cut}.scip`, index.subarray(0, cut));
      await expect(readAll(p)).rejects.toThrow(ScipDecodeError);
      await expect(readAll(p)).rejects.toThrow(/truncated at byte \d+/);
    }
    const big = write("cut-big.scip", index.subarray(0, 200_000));
    await expect(readAll(big)).rejects.toThrow(/truncated at byte 200000: the document at byte \d+ announces \d+ bytes but the file has \d+ left/);
  });

  it("names the byte offset of bytes that are not an index", async () => {
    await expect(readAll(write("text.scip", new TextEncoder().encode("this is not protobuf at all")))).rejects.toThrow(/corrupt at byte \d+/);
    // a document whose body does not decode: a field inside announces more bytes than the document holds
    const bad = new Uint8Array([0x12, 0x04, 0x0a, 0x10, 0x61, 0x62]);
    await expect(readAll(write("baddoc.scip", bad))).rejects.toThrow(/corrupt document at byte 2 \(4 bytes\)/);
    const zero = new Uint8Array([0x00, 0x01]);
    await expect(readAll(write("zero.scip", zero))).rejects.toThrow(/corrupt at byte 0: field number 0/);
  });

  it("reads an empty file as an empty index", async () => {
    const { docs, stats } = await readAll(write("empty.scip", new Uint8Array()));
    expect(docs).toEqual([]);
    expect(stats.documents).toBe(0);
  });
});
