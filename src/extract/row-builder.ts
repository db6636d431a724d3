/**
 * Columnar row accumulation in the parsing workers, straight into Arrow buffers (no per-value
 * Arrow objects), then serialised to a staging Parquet file with parquet-wasm.
 */
import type { Data, DataType, Table } from "apache-arrow";
import type { Id64 } from "../normalize/ids.ts";
import { cjsExports } from "../util/cjs-interop.ts";
import type { ColumnType, TableSpec } from "./tables.ts";

export type CellValue = Id64 | number | boolean | string | null | undefined;

const encoder = new TextEncoder();

type ArrowModule = typeof import("apache-arrow");
let arrowModule: ArrowModule | null = null;

/**
 * Loads apache-arrow (~0.1 s of start-up): only runs that serialise rows pay for it, so the CLI's
 * start-up and a run that changed nothing stay small. Call before `toArrow`/`toIpc`.
 */
export async function loadArrow(): Promise<void> {
  arrowModule ??= cjsExports(await import("apache-arrow"), "tableFromArrays");
}

function arrow(): ArrowModule {
  if (!arrowModule) throw new Error("apache-arrow is not loaded: await loadArrow() first");
  return arrowModule;
}

abstract class Column {
  length = 0;
  protected validity: Uint8Array | null = null;
  protected nulls = 0;
  protected markNull(): void {
    if (!this.validity) {
      this.validity = new Uint8Array(Math.max(64, this.length >> 2));
      this.validity.fill(0xff);
    }
    this.ensureValidity(this.length);
    const v = this.validity as Uint8Array;
    v[this.length >> 3] = (v[this.length >> 3] as number) & ~(1 << (this.length & 7));
    this.nulls++;
  }
  private ensureValidity(index: number): void {
    const v = this.validity as Uint8Array;
    if (index >> 3 >= v.length) {
      const grown = new Uint8Array(Math.max(v.length * 2, (index >> 3) + 1) + 8);
      grown.fill(0xff);
      grown.set(v);
      this.validity = grown;
    }
  }
  protected nullBitmap(): Uint8Array | undefined {
    if (!this.validity) return undefined;
    this.ensureValidity(this.length);
    return this.validity.subarray(0, (this.length + 7) >> 3);
  }
  protected isNull(i: number): boolean {
    return this.validity !== null && i >> 3 < this.validity.length && ((this.validity[i >> 3] as number) & (1 << (i & 7))) === 0;
  }
  abstract push(v: CellValue): void;
  abstract finish(): Data;
  /** Row i's value as JSON text. */
  abstract json(i: number): string;
}

const decoder = new TextDecoder();

class I64Column extends Column {
  private buf: Int32Array<ArrayBuffer> = new Int32Array(256);
  push(v: CellValue): void {
    if (2 * this.length + 2 > this.buf.length) this.buf = grow32(this.buf);
    if (v === null || v === undefined) {
      this.markNull();
    } else if (typeof v === "number") {
      this.buf[2 * this.length] = v | 0;
      this.buf[2 * this.length + 1] = v < 0 ? -1 : Math.floor(v / 4294967296);
    } else if (typeof v === "object") {
      this.buf[2 * this.length] = v.lo;
      this.buf[2 * this.length + 1] = v.hi;
    } else throw new TypeError(`BIGINT column got ${typeof v}`);
    this.length++;
  }
  finish() {
    const data = new BigInt64Array(this.buf.buffer, 0, this.length);
    const { makeData, Int64 } = arrow();
    return makeData({ type: new Int64(), length: this.length, nullCount: this.nulls, data, nullBitmap: this.nullBitmap() });
  }
  json(i: number): string {
    if (this.isNull(i)) return "null";
    const lo = BigInt((this.buf[2 * i] as number) >>> 0);
    const hi = BigInt(this.buf[2 * i + 1] as number);
    return BigInt.asIntN(64, (hi << 32n) | lo).toString();
  }
}

class I32Column extends Column {
  private buf: Int32Array<ArrayBuffer> = new Int32Array(128);
  push(v: CellValue): void {
    if (this.length >= this.buf.length) this.buf = grow32(this.buf);
    if (v === null || v === undefined) this.markNull();
    else this.buf[this.length] = v as number;
    this.length++;
  }
  finish() {
    const { makeData, Int32 } = arrow();
    return makeData({ type: new Int32(), length: this.length, nullCount: this.nulls, data: this.buf.subarray(0, this.length), nullBitmap: this.nullBitmap() });
  }
  json(i: number): string {
    return this.isNull(i) ? "null" : String(this.buf[i]);
  }
}

class BoolColumn extends Column {
  private bits = new Uint8Array(32);
  push(v: CellValue): void {
    if (this.length >> 3 >= this.bits.length) {
      const g = new Uint8Array(this.bits.length * 2);
      g.set(this.bits);
      this.bits = g;
    }
    if (v === null || v === undefined) this.markNull();
    else if (v) this.bits[this.length >> 3] = (this.bits[this.length >> 3] as number) | (1 << (this.length & 7));
    this.length++;
  }
  finish() {
    const { makeData, Bool } = arrow();
    return makeData({
      type: new Bool(),
      length: this.length,
      nullCount: this.nulls,
      data: this.bits.subarray(0, (this.length + 7) >> 3),
      nullBitmap: this.nullBitmap(),
    });
  }
  json(i: number): string {
    if (this.isNull(i)) return "null";
    return ((this.bits[i >> 3] as number) & (1 << (i & 7))) !== 0 ? "true" : "false";
  }
}

class Utf8Column extends Column {
  private bytes = new Uint8Array(1024);
  private used = 0;
  private offsets: Int32Array<ArrayBuffer> = new Int32Array(129);
  push(v: CellValue): void {
    if (this.length + 1 >= this.offsets.length) this.offsets = grow32(this.offsets);
    if (v === null || v === undefined) {
      this.markNull();
    } else {
      const s = v as string;
      let need = this.used + s.length * 3;
      if (need > this.bytes.length) {
        need = Math.max(need, this.bytes.length * 2);
        const g = new Uint8Array(need);
        g.set(this.bytes.subarray(0, this.used));
        this.bytes = g;
      }
      this.used = s.length <= 64 ? writeShort(s, this.bytes, this.used) : this.used + encoder.encodeInto(s, this.bytes.subarray(this.used)).written;
    }
    this.length++;
    this.offsets[this.length] = this.used;
  }
  finish() {
    const { makeData, Utf8 } = arrow();
    return makeData({
      type: new Utf8(),
      length: this.length,
      nullCount: this.nulls,
      valueOffsets: this.offsets.subarray(0, this.length + 1),
      data: this.bytes.subarray(0, this.used),
      nullBitmap: this.nullBitmap(),
    });
  }
  json(i: number): string {
    if (this.isNull(i)) return "null";
    return JSON.stringify(decoder.decode(this.bytes.subarray(this.offsets[i] as number, this.offsets[i + 1] as number)));
  }
}

/**
 * Writes `s` as UTF-8 at `at`, returning the end: short ASCII strings (names, kinds: most values)
 * byte by byte, which is cheaper than a subarray and a TextEncoder call per value.
 */
function writeShort(s: string, bytes: Uint8Array, at: number): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return at - i + encoder.encodeInto(s, bytes.subarray(at - i)).written;
    bytes[at++] = c;
  }
  return at;
}

function grow32(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}

function makeColumn(t: ColumnType): Column {
  switch (t) {
    case "BIGINT":
      return new I64Column();
    case "INTEGER":
      return new I32Column();
    case "BOOLEAN":
      return new BoolColumn();
    case "VARCHAR":
      return new Utf8Column();
  }
}

function arrowType(t: ColumnType): DataType {
  const { Int64, Int32, Bool, Utf8 } = arrow();
  switch (t) {
    case "BIGINT":
      return new Int64();
    case "INTEGER":
      return new Int32();
    case "BOOLEAN":
      return new Bool();
    case "VARCHAR":
      return new Utf8();
  }
}

/** Accumulates rows of one table; `add` takes an object keyed by column name (missing = null). */
export class RowBuilder {
  private readonly cols: Column[];
  private readonly names: string[];
  rows = 0;
  constructor(readonly spec: TableSpec) {
    this.cols = spec.columns.map(([, t]) => makeColumn(t));
    this.names = spec.columns.map(([n]) => n);
  }
  add(row: Record<string, CellValue>): void {
    for (let i = 0; i < this.cols.length; i++) (this.cols[i] as Column).push(row[this.names[i] as string]);
    this.rows++;
  }
  /**
   * The rows as newline-delimited JSON (what a run extracting a few files stages instead of
   * Parquet: no Arrow or parquet-wasm to load; DuckDB reads it with `jsonRelation`). BIGINTs are
   * written as exact integers, strings as JSON strings.
   */
  toJsonLines(): string {
    const keys = this.names.map((n) => `${JSON.stringify(n)}:`);
    const lines: string[] = [];
    for (let r = 0; r < this.rows; r++) {
      let line = "{";
      for (let c = 0; c < this.cols.length; c++) line += `${c > 0 ? "," : ""}${keys[c]}${(this.cols[c] as Column).json(r)}`;
      lines.push(`${line}}`);
    }
    return lines.length > 0 ? `${lines.join("\n")}\n` : "";
  }

  /** The rows as an Arrow table. */
  toArrow(): Table {
    const { Field, Schema, makeData, Struct, Table, RecordBatch } = arrow();
    const fields = this.spec.columns.map(([n, t]) => new Field(n, arrowType(t), true));
    const schema = new Schema(fields);
    const children = this.cols.map((c) => c.finish());
    const struct = makeData({ type: new Struct(fields), length: this.rows, nullCount: 0, children });
    return new Table([new RecordBatch(schema, struct)]);
  }
}

/** Arrow IPC stream bytes of the builder's rows (what parquet-wasm ingests). */
export function toIpc(builder: RowBuilder): Uint8Array {
  return arrow().tableToIPC(builder.toArrow(), "stream");
}
