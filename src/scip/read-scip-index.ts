/**
 * Streaming reader of a SCIP index file: one top-level field at a time, so memory is bounded by
 * the largest document (scip-python's Django index is 21 MB; SymPy's several times that), never
 * by the index. The Index message is a sequence of fields: metadata (1), documents (2, one
 * length-delimited Document each), external_symbols (3); they may come in any order and unknown
 * fields are skipped by wire type. A document is handed over as its raw bytes (the fingerprint is
 * their hash) and decoded (decode-scip-index.ts).
 *
 * A truncated or corrupt file raises ScipDecodeError naming the byte offset where it went wrong.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { decodeScipDocument, decodeScipMetadata, ScipDecodeError, type ScipDocument, type ScipMetadata } from "./decode-scip-index.ts";
import { loadScipSchema } from "./scip-schema.ts";

export interface ScipIndexVisitor {
  /** The index's metadata (scip-python writes it first; called at most once). */
  onMetadata?(metadata: ScipMetadata): void;
  /**
   * One document: decoded, with its raw bytes (a view valid only during the call) and the byte
   * offset of those bytes in the file.
   */
  onDocument(doc: ScipDocument, raw: Uint8Array, offset: number): void | Promise<void>;
}

export interface ScipIndexStats {
  readonly bytes: number;
  readonly documents: number;
  readonly externalSymbols: number;
  /** Bytes of the largest document (what bounds the reader's memory). */
  readonly largestDocument: number;
}

/** Reads a file sequentially through a growable buffer. */
class FileCursor {
  private buf: Uint8Array = new Uint8Array(1 << 20);
  private start = 0; // offset in buf of the next unread byte
  private end = 0; // offset in buf past the last valid byte
  private filePos = 0; // file offset of buf[end]
  constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  /** File offset of the next unread byte. */
  get offset(): number {
    return this.filePos - (this.end - this.start);
  }

  /** Makes at least `n` unread bytes available (fewer only at the end of the file); returns how many are. */
  private fill(n: number): number {
    if (this.end - this.start >= n) return this.end - this.start;
    if (this.buf.length - this.start < n) {
      const next = new Uint8Array(Math.max(n, this.buf.length * 2));
      next.set(this.buf.subarray(this.start, this.end));
      this.end -= this.start;
      this.start = 0;
      this.buf = next;
    } else if (this.start > 0) {
      this.buf.copyWithin(0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
    }
    while (this.end - this.start < n && this.filePos < this.size) {
      const got = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, this.filePos);
      if (got === 0) break;
      this.end += got;
      this.filePos += got;
    }
    return this.end - this.start;
  }

  atEnd(): boolean {
    return this.fill(1) === 0;
  }

  varint(what: string): number {
    const at = this.offset;
    this.fill(10);
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.start >= this.end) throw new ScipDecodeError(`truncated at byte ${this.offset}: the file ends inside the ${what} that starts at byte ${at}`);
      const b = this.buf[this.start++] as number;
      result += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) {
        if (result > Number.MAX_SAFE_INTEGER) throw new ScipDecodeError(`corrupt at byte ${at}: the ${what} is too large (${result})`);
        return result;
      }
      mul *= 128;
    }
    throw new ScipDecodeError(`corrupt at byte ${at}: the ${what} is longer than 10 bytes`);
  }

  /** The next `n` bytes (a view into the buffer, valid until the next read). */
  bytes(n: number, what: string): Uint8Array {
    const at = this.offset;
    if (at + n > this.size)
      throw new ScipDecodeError(`truncated at byte ${this.size}: the ${what} at byte ${at} announces ${n} bytes but the file has ${this.size - at} left`);
    this.fill(n);
    const out = this.buf.subarray(this.start, this.start + n);
    this.start += n;
    return out;
  }

  skip(n: number, what: string): void {
    const at = this.offset;
    if (at + n > this.size)
      throw new ScipDecodeError(`truncated at byte ${this.size}: the ${what} at byte ${at} announces ${n} bytes but the file has ${this.size - at} left`);
    const avail = this.end - this.start;
    if (n <= avail) this.start += n;
    else {
      this.filePos += n - avail;
      this.start = this.end = 0;
    }
  }
}

const FIELD_NAMES: Record<number, string> = { 1: "metadata", 2: "document", 3: "external symbol" };

/**
 * Streams the index at `path` through `visitor`. Throws ScipDecodeError (with the byte offset) on
 * a truncated or malformed file, or on a document that does not decode.
 */
export async function readScipIndex(path: string, visitor: ScipIndexVisitor): Promise<ScipIndexStats> {
  await loadScipSchema();
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    const cur = new FileCursor(fd, size);
    let documents = 0;
    let externalSymbols = 0;
    let largest = 0;
    while (!cur.atEnd()) {
      const at = cur.offset;
      const tag = cur.varint("field tag");
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (field === 0) throw new ScipDecodeError(`corrupt at byte ${at}: field number 0 is not valid protobuf (is this a SCIP index?)`);
      const name = FIELD_NAMES[field] ?? `field ${field}`;
      switch (wire) {
        case 0:
          cur.varint(`${name} value`);
          break;
        case 1:
          cur.skip(8, `${name} value`);
          break;
        case 5:
          cur.skip(4, `${name} value`);
          break;
        case 2: {
          const len = cur.varint(`${name} length`);
          const off = cur.offset;
          if (field === 2) {
            const raw = cur.bytes(len, name);
            let doc: ScipDocument;
            try {
              doc = decodeScipDocument(raw);
            } catch (err) {
              throw new ScipDecodeError(`corrupt document at byte ${off} (${len} bytes): ${(err as Error).message}`);
            }
            documents++;
            largest = Math.max(largest, len);
            await visitor.onDocument(doc, raw, off);
          } else if (field === 1 && visitor.onMetadata) {
            const raw = cur.bytes(len, name);
            try {
              visitor.onMetadata(decodeScipMetadata(raw));
            } catch (err) {
              throw new ScipDecodeError(`corrupt metadata at byte ${off}: ${(err as Error).message}`);
            }
          } else {
            if (field === 3) externalSymbols++;
            cur.skip(len, name);
          }
          break;
        }
        default:
          throw new ScipDecodeError(`corrupt at byte ${at}: wire type ${wire} of field ${field} is not valid in a SCIP index`);
      }
    }
    return { bytes: size, documents, externalSymbols, largestDocument: largest };
  } finally {
    closeSync(fd);
  }
}
