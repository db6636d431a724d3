import { createRequire as __pycpgCreateRequire } from "node:module";
import { dirname as __pycpgDirname } from "node:path";
import { fileURLToPath as __pycpgFileURLToPath } from "node:url";
const require = __pycpgCreateRequire(import.meta.url);
const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);
const __pycpg_dirname = __pycpgDirname(__pycpg_filename);

// src/util/cjs-interop.ts
function cjsExports(mod, probe) {
  if (probe in mod) return mod;
  const inner = mod.default;
  if (inner && typeof inner === "object" && probe in inner) return inner;
  return mod;
}

// src/extract/row-builder.ts
var encoder = new TextEncoder();
var arrowModule = null;
async function loadArrow() {
  arrowModule ??= cjsExports(await import("./chunk-RFLKYL34.js"), "tableFromArrays");
}
function arrow() {
  if (!arrowModule) throw new Error("apache-arrow is not loaded: await loadArrow() first");
  return arrowModule;
}
var Column = class {
  length = 0;
  validity = null;
  nulls = 0;
  markNull() {
    if (!this.validity) {
      this.validity = new Uint8Array(Math.max(64, this.length >> 2));
      this.validity.fill(255);
    }
    this.ensureValidity(this.length);
    const v = this.validity;
    v[this.length >> 3] = v[this.length >> 3] & ~(1 << (this.length & 7));
    this.nulls++;
  }
  ensureValidity(index) {
    const v = this.validity;
    if (index >> 3 >= v.length) {
      const grown = new Uint8Array(Math.max(v.length * 2, (index >> 3) + 1) + 8);
      grown.fill(255);
      grown.set(v);
      this.validity = grown;
    }
  }
  nullBitmap() {
    if (!this.validity) return void 0;
    this.ensureValidity(this.length);
    return this.validity.subarray(0, this.length + 7 >> 3);
  }
  isNull(i) {
    return this.validity !== null && i >> 3 < this.validity.length && (this.validity[i >> 3] & 1 << (i & 7)) === 0;
  }
};
var decoder = new TextDecoder();
var I64Column = class extends Column {
  buf = new Int32Array(256);
  push(v) {
    if (2 * this.length + 2 > this.buf.length) this.buf = grow32(this.buf);
    if (v === null || v === void 0) {
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
  json(i) {
    if (this.isNull(i)) return "null";
    const lo = BigInt(this.buf[2 * i] >>> 0);
    const hi = BigInt(this.buf[2 * i + 1]);
    return BigInt.asIntN(64, hi << 32n | lo).toString();
  }
};
var I32Column = class extends Column {
  buf = new Int32Array(128);
  push(v) {
    if (this.length >= this.buf.length) this.buf = grow32(this.buf);
    if (v === null || v === void 0) this.markNull();
    else this.buf[this.length] = v;
    this.length++;
  }
  finish() {
    const { makeData, Int32 } = arrow();
    return makeData({ type: new Int32(), length: this.length, nullCount: this.nulls, data: this.buf.subarray(0, this.length), nullBitmap: this.nullBitmap() });
  }
  json(i) {
    return this.isNull(i) ? "null" : String(this.buf[i]);
  }
};
var BoolColumn = class extends Column {
  bits = new Uint8Array(32);
  push(v) {
    if (this.length >> 3 >= this.bits.length) {
      const g = new Uint8Array(this.bits.length * 2);
      g.set(this.bits);
      this.bits = g;
    }
    if (v === null || v === void 0) this.markNull();
    else if (v) this.bits[this.length >> 3] = this.bits[this.length >> 3] | 1 << (this.length & 7);
    this.length++;
  }
  finish() {
    const { makeData, Bool } = arrow();
    return makeData({
      type: new Bool(),
      length: this.length,
      nullCount: this.nulls,
      data: this.bits.subarray(0, this.length + 7 >> 3),
      nullBitmap: this.nullBitmap()
    });
  }
  json(i) {
    if (this.isNull(i)) return "null";
    return (this.bits[i >> 3] & 1 << (i & 7)) !== 0 ? "true" : "false";
  }
};
var Utf8Column = class extends Column {
  bytes = new Uint8Array(1024);
  used = 0;
  offsets = new Int32Array(129);
  push(v) {
    if (this.length + 1 >= this.offsets.length) this.offsets = grow32(this.offsets);
    if (v === null || v === void 0) {
      this.markNull();
    } else {
      const s = v;
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
      nullBitmap: this.nullBitmap()
    });
  }
  json(i) {
    if (this.isNull(i)) return "null";
    return JSON.stringify(decoder.decode(this.bytes.subarray(this.offsets[i], this.offsets[i + 1])));
  }
};
function writeShort(s, bytes, at) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return at - i + encoder.encodeInto(s, bytes.subarray(at - i)).written;
    bytes[at++] = c;
  }
  return at;
}
function grow32(a) {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}
function makeColumn(t) {
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
function arrowType(t) {
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
var RowBuilder = class {
  constructor(spec) {
    this.spec = spec;
    this.cols = spec.columns.map(([, t]) => makeColumn(t));
    this.names = spec.columns.map(([n]) => n);
  }
  spec;
  cols;
  names;
  rows = 0;
  add(row) {
    for (let i = 0; i < this.cols.length; i++) this.cols[i].push(row[this.names[i]]);
    this.rows++;
  }
  /**
   * The rows as newline-delimited JSON (what a run extracting a few files stages instead of
   * Parquet: no Arrow or parquet-wasm to load; DuckDB reads it with `jsonRelation`). BIGINTs are
   * written as exact integers, strings as JSON strings.
   */
  toJsonLines() {
    const keys = this.names.map((n) => `${JSON.stringify(n)}:`);
    const lines = [];
    for (let r = 0; r < this.rows; r++) {
      let line = "{";
      for (let c = 0; c < this.cols.length; c++) line += `${c > 0 ? "," : ""}${keys[c]}${this.cols[c].json(r)}`;
      lines.push(`${line}}`);
    }
    return lines.length > 0 ? `${lines.join("\n")}
` : "";
  }
  /** The rows as an Arrow table. */
  toArrow() {
    const { Field, Schema, makeData, Struct, Table, RecordBatch } = arrow();
    const fields = this.spec.columns.map(([n, t]) => new Field(n, arrowType(t), true));
    const schema = new Schema(fields);
    const children = this.cols.map((c) => c.finish());
    const struct = makeData({ type: new Struct(fields), length: this.rows, nullCount: 0, children });
    return new Table([new RecordBatch(schema, struct)]);
  }
};
function toIpc(builder) {
  return arrow().tableToIPC(builder.toArrow(), "stream");
}

// src/extract/parquet-writer.ts
var parquetWasm = null;
async function loadParquetWriter() {
  await loadArrow();
  parquetWasm ??= cjsExports(await import("./chunk-TH44GUL2.js"), "writeParquet");
}
function rowsToParquet(builder, keyValue) {
  if (!parquetWasm) throw new Error("parquet-wasm is not loaded: await loadParquetWriter() first");
  const { Compression, Table: WasmTable, WriterPropertiesBuilder, writeParquet } = parquetWasm;
  const table = WasmTable.fromIPCStream(toIpc(builder));
  let props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).setDictionaryEnabled(false);
  if (keyValue) props = props.setKeyValueMetadata(new Map(keyValue));
  return writeParquet(table, props.build());
}

export {
  cjsExports,
  RowBuilder,
  loadParquetWriter,
  rowsToParquet
};
