var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/extract/row-builder.ts
async function loadArrow() {
  arrowModule ??= await import("apache-arrow");
}
function arrow() {
  if (!arrowModule) throw new Error("apache-arrow is not loaded: await loadArrow() first");
  return arrowModule;
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
function toIpc(builder) {
  return arrow().tableToIPC(builder.toArrow(), "stream");
}
var encoder, arrowModule, Column, I64Column, I32Column, BoolColumn, Utf8Column, RowBuilder;
var init_row_builder = __esm({
  "src/extract/row-builder.ts"() {
    "use strict";
    encoder = new TextEncoder();
    arrowModule = null;
    Column = class {
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
    };
    I64Column = class extends Column {
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
    };
    I32Column = class extends Column {
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
    };
    BoolColumn = class extends Column {
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
    };
    Utf8Column = class extends Column {
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
          this.used += encoder.encodeInto(s, this.bytes.subarray(this.used)).written;
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
    };
    RowBuilder = class {
      constructor(spec2) {
        this.spec = spec2;
        this.cols = spec2.columns.map(([, t]) => makeColumn(t));
        this.names = spec2.columns.map(([n]) => n);
      }
      spec;
      cols;
      names;
      rows = 0;
      add(row) {
        for (let i = 0; i < this.cols.length; i++) this.cols[i].push(row[this.names[i]]);
        this.rows++;
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
  }
});

// src/extract/parquet-writer.ts
var parquet_writer_exports = {};
__export(parquet_writer_exports, {
  loadParquetWriter: () => loadParquetWriter,
  rowsToParquet: () => rowsToParquet
});
async function loadParquetWriter() {
  await loadArrow();
  parquetWasm ??= await import("parquet-wasm");
}
function rowsToParquet(builder, keyValue) {
  if (!parquetWasm) throw new Error("parquet-wasm is not loaded: await loadParquetWriter() first");
  const { Compression, Table: WasmTable, WriterPropertiesBuilder, writeParquet } = parquetWasm;
  const table2 = WasmTable.fromIPCStream(toIpc(builder));
  let props = new WriterPropertiesBuilder().setCompression(Compression.SNAPPY);
  if (keyValue) props = props.setKeyValueMetadata(new Map(keyValue));
  return writeParquet(table2, props.build());
}
var parquetWasm;
var init_parquet_writer = __esm({
  "src/extract/parquet-writer.ts"() {
    "use strict";
    init_row_builder();
    parquetWasm = null;
  }
});

// src/cli/main.ts
import { mkdirSync as mkdirSync8 } from "node:fs";
import { join as join14, resolve as resolve2 } from "node:path";
import { parseArgs } from "node:util";

// src/config/build-options.ts
import { resolve } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
function makeBuildOptions(partial) {
  const repo = resolve(partial.repo ?? ".");
  return Object.freeze({
    repo,
    state: resolve(repo, partial.state ?? ".pycpg/state"),
    out: resolve(repo, partial.out ?? ".pycpg/out"),
    full: partial.full ?? false,
    include: Object.freeze([...partial.include ?? []]),
    exclude: Object.freeze([...partial.exclude ?? []]),
    maxFileBytes: partial.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    repoId: partial.repoId ?? null,
    threads: partial.threads ?? 0,
    base: partial.base ?? null,
    head: partial.head ?? null
  });
}

// src/config/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function find() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const p = join(dir, "package.json");
    if (existsSync(p)) {
      try {
        const json = JSON.parse(readFileSync(p, "utf8"));
        if (json.name === "pycpg" && json.version) return { root: dir, version: json.version };
      } catch {
      }
    }
    dir = dirname(dir);
  }
  return { root: dirname(fileURLToPath(import.meta.url)), version: "0.0.0-unknown" };
}
var found = find();
var PACKAGE_ROOT = found.root;
var TOOL_VERSION = found.version;

// src/pipeline/run-build.ts
import { createHash as createHash5 } from "node:crypto";
import { mkdirSync as mkdirSync7, readFileSync as readFileSync8, rmSync as rmSync5, statSync as statSync4 } from "node:fs";
import { availableParallelism as availableParallelism3 } from "node:os";
import { join as join11 } from "node:path";

// src/config/fingerprint.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join2, relative } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var require2 = createRequire(import.meta.url);
var codeHash = null;
function codeFingerprint() {
  if (codeHash !== null) return codeHash;
  const here = fileURLToPath2(import.meta.url);
  if (here.endsWith(".ts")) codeHash = hashSources(join2(dirname2(here), ".."));
  else {
    try {
      codeHash = readFileSync2(join2(dirname2(here), "code-hash.txt"), "utf8").trim();
    } catch {
      codeHash = "unknown";
    }
  }
  return codeHash;
}
function hashSources(srcDir) {
  const h = createHash("sha256");
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const p = join2(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.name.endsWith(".ts") && !e.name.endsWith(".test.ts")) {
        h.update(relative(srcDir, p).split("\\").join("/"));
        h.update(readFileSync2(p));
      }
    }
  };
  visit(srcDir);
  return h.digest("hex").slice(0, 16);
}
function grammarVersion() {
  try {
    const pkg = JSON.parse(readFileSync2(require2.resolve("tree-sitter-python/package.json"), "utf8"));
    return `tree-sitter-python@${pkg.version}`;
  } catch {
    return "tree-sitter-python@unknown";
  }
}
function fingerprintInputs(o, toolVersion, schemaVersion, rulesFingerprint, duckdbVersion2) {
  return {
    tool_version: toolVersion,
    schema_version: schemaVersion,
    rules: rulesFingerprint,
    grammar: grammarVersion(),
    duckdb: duckdbVersion2,
    code: codeFingerprint(),
    options: { include: [...o.include], exclude: [...o.exclude], max_file_bytes: o.maxFileBytes, repo_id: o.repoId }
  };
}
function fingerprintOf(inputs) {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}
function duckdbVersion() {
  try {
    const pkg = JSON.parse(readFileSync2(require2.resolve("@duckdb/node-api/package.json"), "utf8"));
    return `@duckdb/node-api@${pkg.version}`;
  } catch {
    return "@duckdb/node-api@unknown";
  }
}

// src/cpg/cpg-tables.ts
var SCHEMA_VERSION = 1;
var SPAN = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"]
];
var MODULE_INDEX = {
  name: "module_index",
  columns: [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["module", "VARCHAR"],
    ["is_package", "BOOLEAN"],
    ["root", "VARCHAR"],
    ["importable", "BOOLEAN"]
  ],
  partitionColumn: "file_id",
  sortKey: []
};
var CPG_NODES = {
  name: "cpg_nodes",
  columns: [["node_id", "BIGINT"], ["kind", "VARCHAR"], ["file_id", "BIGINT"], ["path", "VARCHAR"], ["name", "VARCHAR"], ["qname", "VARCHAR"], ...SPAN],
  partitionColumn: "file_id",
  sortKey: ["node_id"]
};
var CPG_EDGES = {
  name: "cpg_edges",
  columns: [
    ["edge_id", "BIGINT"],
    ["kind", "VARCHAR"],
    ["src", "BIGINT"],
    ["dst", "BIGINT"],
    ["origin_file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["resolver", "VARCHAR"],
    ["confidence", "DOUBLE"]
  ],
  partitionColumn: "origin_file_id",
  sortKey: ["edge_id"]
};
var CPG_PROPS = {
  name: "cpg_props",
  columns: [
    ["entity_id", "BIGINT"],
    ["key", "VARCHAR"],
    ["value", "VARCHAR"],
    ["value_type", "VARCHAR"],
    ["file_id", "BIGINT"]
  ],
  partitionColumn: "file_id",
  sortKey: ["entity_id", "key"]
};
function resolution(name, columns, sortKey) {
  return { name, columns, partitionColumn: "file_id", sortKey };
}
var IMPORT_MODULES = resolution(
  "import_modules",
  [
    ["file_id", "BIGINT"],
    ["import_id", "BIGINT"],
    ["role", "VARCHAR"],
    ["module", "VARCHAR"],
    ["target_kind", "VARCHAR"],
    ["target_file_id", "BIGINT"],
    ["target_id", "BIGINT"],
    ["binds", "BOOLEAN"]
  ],
  ["import_id", "role", "module"]
);
var MODULE_EXPORTS = resolution(
  "module_exports",
  [
    ["file_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["kind", "VARCHAR"],
    ["target_id", "BIGINT"],
    ["target_file_id", "BIGINT"],
    ["qname", "VARCHAR"],
    ["via", "VARCHAR"],
    ["public", "BOOLEAN"],
    ["hops", "INTEGER"],
    ["confidence", "DOUBLE"]
  ],
  ["name"]
);
var IMPORT_EDGES = resolution(
  "import_edges",
  [
    ["file_id", "BIGINT"],
    ["import_id", "BIGINT"],
    ["bound_name", "VARCHAR"],
    ["role", "VARCHAR"],
    ["binds", "BOOLEAN"],
    ["is_edge", "BOOLEAN"],
    ["target_kind", "VARCHAR"],
    ["target_id", "BIGINT"],
    ["target_file_id", "BIGINT"],
    ["qname", "VARCHAR"],
    ["via", "VARCHAR"],
    ["hops", "INTEGER"],
    ["confidence", "DOUBLE"],
    ["in_type_checking", "BOOLEAN"],
    ["in_try_except", "BOOLEAN"]
  ],
  ["import_id", "role", "qname", "bound_name"]
);
var REF_TARGETS = resolution(
  "ref_targets",
  [
    ["file_id", "BIGINT"],
    ["site_id", "BIGINT"],
    ["site_kind", "VARCHAR"],
    ["scope_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["bstart", "INTEGER"],
    ["bend", "INTEGER"],
    ["resolution", "VARCHAR"],
    ["binding_id", "BIGINT"],
    ["kind", "VARCHAR"],
    ["target_id", "BIGINT"],
    ["target_file_id", "BIGINT"],
    ["qname", "VARCHAR"],
    ["confidence", "DOUBLE"]
  ],
  ["site_id"]
);
var CLASS_MEMBERS = resolution(
  "class_members",
  [
    ["file_id", "BIGINT"],
    ["class_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["kind", "VARCHAR"],
    ["target_id", "BIGINT"],
    ["target_file_id", "BIGINT"],
    ["qname", "VARCHAR"],
    ["confidence", "DOUBLE"]
  ],
  ["class_id", "name"]
);
var CLASS_MRO = resolution(
  "class_mro",
  [
    ["file_id", "BIGINT"],
    ["class_id", "BIGINT"],
    ["ancestor_id", "BIGINT"],
    ["ancestor_file_id", "BIGINT"],
    ["kind", "VARCHAR"],
    ["qname", "VARCHAR"],
    ["depth", "INTEGER"],
    ["base_ordinal", "INTEGER"],
    ["mro_pos", "INTEGER"],
    ["confidence", "DOUBLE"]
  ],
  ["class_id", "mro_pos", "depth", "base_ordinal"]
);
var CALL_TARGETS = resolution(
  "call_targets",
  [
    ["file_id", "BIGINT"],
    ["site_id", "BIGINT"],
    ["site_kind", "VARCHAR"],
    ["resolution", "VARCHAR"],
    ["kind", "VARCHAR"],
    ["target_id", "BIGINT"],
    ["target_file_id", "BIGINT"],
    ["qname", "VARCHAR"],
    ["confidence", "DOUBLE"]
  ],
  ["site_id"]
);
var DERIVED_DATASETS = [
  MODULE_INDEX,
  CPG_NODES,
  CPG_EDGES,
  CPG_PROPS,
  IMPORT_MODULES,
  MODULE_EXPORTS,
  IMPORT_EDGES,
  CLASS_MEMBERS,
  REF_TARGETS,
  CLASS_MRO,
  CALL_TARGETS
];
var PUBLISHED = [CPG_NODES, CPG_EDGES, CPG_PROPS];

// src/discover/discover-files.ts
import { execFileSync } from "node:child_process";
import { lstatSync, readdirSync as readdirSync2, realpathSync, statSync } from "node:fs";
import { join as join3, relative as relative2, sep } from "node:path";

// src/discover/glob.ts
function globToRegExp(pattern) {
  const p = pattern.includes("/") ? pattern.replace(/^\.?\//, "") : `**/${pattern}`;
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === "*") {
      if (p[i + 1] === "*") {
        i++;
        if (p[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (ch === "?") re += "[^/]";
    else if (ch === "{") {
      const end = p.indexOf("}", i);
      if (end < 0) re += "\\{";
      else {
        re += `(?:${p.slice(i + 1, end).split(",").map((s) => s.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")).join("|")})`;
        i = end;
      }
    } else re += ch.replace(/[.+^$()|[\]\\}]/g, "\\$&");
  }
  return new RegExp(`^${re}(?:/.*)?$`);
}
function pathFilter(include, exclude) {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp);
  return (path) => (inc.length === 0 || inc.some((r) => r.test(path))) && !exc.some((r) => r.test(path));
}

// src/discover/discover-files.ts
var WALK_SKIP_DIRS = /* @__PURE__ */ new Set(["__pycache__", "node_modules", "venv", "site-packages"]);
function isGitWorkTree(root) {
  try {
    return execFileSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] }).toString().trim() === "true";
  } catch {
    return false;
  }
}
function gitListPython(root) {
  const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "*.py"], {
    cwd: root,
    maxBuffer: 1 << 30,
    stdio: ["ignore", "pipe", "pipe"]
  });
  const seen = /* @__PURE__ */ new Set();
  for (const p of out.toString("utf8").split("\0")) if (p) seen.add(p);
  return [...seen];
}
function walkPython(root) {
  const out = [];
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join3(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith(".") || WALK_SKIP_DIRS.has(e.name)) continue;
        visit(abs);
      } else if (e.name.endsWith(".py") && (e.isFile() || e.isSymbolicLink())) {
        out.push(relative2(root, abs).split(sep).join("/"));
      }
    }
  };
  visit(root);
  return out;
}
function classify(root, realRoot, path, maxFileBytes) {
  const absPath = join3(root, ...path.split("/"));
  try {
    const l = lstatSync(absPath, { bigint: true });
    if (l.isSymbolicLink()) {
      let target;
      try {
        target = realpathSync(absPath);
      } catch {
        return { path, absPath, sizeBytes: 0, mtimeNs: Number(l.mtimeNs), status: "not_a_file", message: "broken symbolic link" };
      }
      const rel = relative2(realRoot, target);
      if (rel.startsWith("..") || rel === "" || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) {
        return { path, absPath, sizeBytes: 0, mtimeNs: Number(l.mtimeNs), status: "symlink_outside" };
      }
    }
    const s = l.isSymbolicLink() ? statSync(absPath, { bigint: true }) : l;
    if (!s.isFile()) return { path, absPath, sizeBytes: 0, mtimeNs: Number(s.mtimeNs), status: "not_a_file" };
    const size = Number(s.size);
    return { path, absPath, sizeBytes: size, mtimeNs: Number(s.mtimeNs), status: size > maxFileBytes ? "too_large" : "ok" };
  } catch (err) {
    const code2 = err.code;
    if (code2 === "ENOENT") return null;
    return { path, absPath, sizeBytes: 0, mtimeNs: 0, status: "unreadable", message: code2 ?? String(err) };
  }
}
function discoverFiles(root, options) {
  const method = isGitWorkTree(root) ? "git" : "walk";
  const paths = method === "git" ? gitListPython(root) : walkPython(root);
  const keep = pathFilter(options.include, options.exclude);
  const realRoot = realpathSync(root);
  const files = paths.filter(keep).sort().map((p) => classify(root, realRoot, p, options.maxFileBytes)).filter((f) => f !== null);
  return { files, method };
}

// src/extract/extract-pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/normalize/ids.ts
var H = { hi: 0, lo: 0 };
function hash64(key) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507);
  h1 ^= Math.imul(h2 ^ h2 >>> 13, 3266489909);
  h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507);
  h2 ^= Math.imul(h1 ^ h1 >>> 13, 3266489909);
  H.hi = h2 | 0;
  H.lo = h1 | 0;
}
function id64(key) {
  hash64(key);
  return { hi: H.hi, lo: H.lo };
}
function idToBigInt(id) {
  return BigInt(id.hi) << 32n | BigInt(id.lo >>> 0);
}
function idToKey(id) {
  return idToBigInt(id).toString();
}
function fileIdOf(path, repoId) {
  return id64(repoId ? `${repoId}\0${path}` : path);
}

// src/extract/file-extractor.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync3, writeFileSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { join as join4 } from "node:path";

// src/normalize/source-text.ts
var UTF8_ALIASES = /* @__PURE__ */ new Set(["utf-8", "utf8", "utf_8", "u8", "utf", "cp65001"]);
function readCodingCookie(bytes) {
  let lineStart = 0;
  for (let line = 0; line < 2 && lineStart < bytes.length; line++) {
    let end = bytes.indexOf(10, lineStart);
    if (end < 0) end = bytes.length;
    const text = latin1(bytes, lineStart, Math.min(end, lineStart + 200));
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(text);
    if (m?.[1]) return m[1].toLowerCase();
    if (!/^[ \t\f]*(#.*)?\r?$/.test(text)) return null;
    lineStart = end + 1;
  }
  return null;
}
function latin1(bytes, start, end) {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
function isAscii(bytes) {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 128) return false;
  return true;
}
function decodeSource(bytes) {
  if (isAscii(bytes)) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
      encoding: "ascii",
      byteAt: null,
      invalidBytes: 0,
      firstInvalidByte: -1
    };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const cookie = hasBom ? null : readCodingCookie(bytes);
  if (cookie && !UTF8_ALIASES.has(cookie)) {
    const legacy = decodeLegacy(bytes, cookie);
    if (legacy) return legacy;
  }
  return decodeUtf8(bytes, hasBom ? 3 : 0);
}
function decodeUtf8(bytes, start) {
  const n = bytes.length;
  const byteAt = new Uint32Array(n - start + 1);
  const parts = [];
  let chunk = [];
  let units = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, chunk));
    chunk = [];
  };
  let i = start;
  while (i < n) {
    const b0 = bytes[i];
    let cp = -1;
    let len = 1;
    if (b0 < 128) cp = b0;
    else if (b0 >= 194 && b0 <= 223 && i + 1 < n) {
      const b1 = bytes[i + 1];
      if ((b1 & 192) === 128) {
        cp = (b0 & 31) << 6 | b1 & 63;
        len = 2;
      }
    } else if (b0 >= 224 && b0 <= 239 && i + 2 < n) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      if ((b1 & 192) === 128 && (b2 & 192) === 128) {
        const c = (b0 & 15) << 12 | (b1 & 63) << 6 | b2 & 63;
        if (c >= 2048 && (c < 55296 || c > 57343)) {
          cp = c;
          len = 3;
        }
      }
    } else if (b0 >= 240 && b0 <= 244 && i + 3 < n) {
      const b1 = bytes[i + 1];
      const b2 = bytes[i + 2];
      const b3 = bytes[i + 3];
      if ((b1 & 192) === 128 && (b2 & 192) === 128 && (b3 & 192) === 128) {
        const c = (b0 & 7) << 18 | (b1 & 63) << 12 | (b2 & 63) << 6 | b3 & 63;
        if (c >= 65536 && c <= 1114111) {
          cp = c;
          len = 4;
        }
      }
    }
    if (cp < 0) {
      cp = 65533;
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
    }
    if (cp >= 65536) {
      const v = cp - 65536;
      byteAt[units++] = i;
      byteAt[units++] = i;
      chunk.push(55296 + (v >> 10), 56320 + (v & 1023));
    } else {
      byteAt[units++] = i;
      chunk.push(cp);
    }
    if (chunk.length >= 8192) flush();
    i += len;
  }
  flush();
  byteAt[units] = n;
  return {
    text: parts.join(""),
    encoding: invalid > 0 ? "invalid-utf-8" : start > 0 ? "utf-8-bom" : "utf-8",
    byteAt: byteAt.subarray(0, units + 1),
    invalidBytes: invalid,
    firstInvalidByte: firstInvalid
  };
}
function decodeLegacy(bytes, label) {
  const base = label.replace(/_/g, "-");
  const candidates = [
    base,
    base.replace(/-/g, ""),
    base.replace(/-/g, "_"),
    base.replace(/^cp(\d+)$/, "windows-$1"),
    base.replace(/^(latin|iso-latin)-?1$/, "latin1")
  ];
  let decoder = null;
  for (const c of candidates) {
    try {
      decoder = new TextDecoder(c, { fatal: false });
      break;
    } catch {
    }
  }
  if (!decoder) return null;
  const byteAt = [];
  const parts = [];
  let pendingStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const out = decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    if (out.length > 0) {
      for (let k = 0; k < out.length; k++) byteAt.push(pendingStart);
      parts.push(out);
      pendingStart = i + 1;
    }
  }
  const tail = decoder.decode();
  for (let k = 0; k < tail.length; k++) byteAt.push(pendingStart);
  parts.push(tail);
  byteAt.push(bytes.length);
  const text = parts.join("");
  let invalid = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 65533) invalid++;
  return { text, encoding: label, byteAt: Uint32Array.from(byteAt), invalidBytes: invalid, firstInvalidByte: -1 };
}
function lineStarts(bytes) {
  let count = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) count++;
  const starts = new Uint32Array(count);
  let k = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) starts[k++] = i + 1;
  return starts;
}
function lineIndexOf(starts, b) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (starts[mid] <= b) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// src/extract/file-extractor.ts
init_parquet_writer();

// src/extract/python-extractor.ts
var MAX_TEXT = 200;
var MAX_SYNTAX_DIAGNOSTICS = 50;
var IMPORT_ERROR_RE = /\b(ImportError|ModuleNotFoundError)\b/;
function clip(s) {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}\u2026` : s;
}
var PythonExtractor = class {
  s;
  c;
  text = "";
  byteAt = null;
  starts;
  fileId;
  fileKey = "";
  defOrdinals = /* @__PURE__ */ new Map();
  allKind = "none";
  exportOrdinal = 0;
  // Walk state, saved/restored around subtrees.
  scope;
  ctx = "load";
  bindKind = "assign";
  asKind = "with";
  typeChecking = false;
  tryImport = false;
  inPattern = false;
  /** Node type id -> type name, "" for anonymous (token) types. */
  typeNames;
  constructor(sinks, language) {
    this.s = sinks;
    this.typeNames = [];
    for (let id = 0; id < language.nodeTypeCount; id++) {
      this.typeNames.push(language.nodeTypeIsNamed(id) ? language.nodeTypeForId(id) ?? "" : "");
    }
  }
  /** The cursor node's type name, or "" for an anonymous node: one call into wasm instead of two. */
  type() {
    const id = this.c.nodeTypeId;
    return this.typeNames[id] ?? (id === 65535 ? "ERROR" : "");
  }
  extract(input) {
    this.text = input.text;
    this.byteAt = input.byteAt;
    this.starts = input.lineStarts;
    this.fileId = input.fileId;
    this.fileKey = idToKey(input.fileId);
    this.defOrdinals.clear();
    this.allKind = "none";
    this.exportOrdinal = 0;
    this.ctx = "load";
    this.bindKind = "assign";
    this.asKind = "with";
    this.typeChecking = false;
    this.tryImport = false;
    this.inPattern = false;
    const root = input.tree.rootNode;
    const moduleId = this.defId("MODULE", "");
    const totalBytes = this.b(this.text.length);
    const endLine = lineIndexOf(this.starts, totalBytes);
    this.s.defs.add({
      node_id: moduleId,
      file_id: this.fileId,
      kind: "MODULE",
      name: null,
      local_qname: "",
      parent_id: null,
      bstart: 0,
      bend: totalBytes,
      start_line: 1,
      start_col: 0,
      end_line: endLine + 1,
      end_col: totalBytes - this.starts[endLine],
      is_async: false,
      is_method: false,
      arity: null,
      decorator_count: 0,
      docstring: this.docstringOf(root),
      bases: null,
      ordinal: 0
    });
    this.scope = { id: moduleId, kind: "MODULE", qname: "", childPrefix: "" };
    this.c = input.tree.walk();
    try {
      this.children();
    } finally {
      this.c.delete();
    }
    const syntaxErrors = root.hasError ? this.syntaxDiagnostics(root) : 0;
    return { allKind: this.allKind, syntaxErrors };
  }
  // ---- spans and ids -------------------------------------------------------------------------
  b(i) {
    return this.byteAt ? this.byteAt[i] : i;
  }
  /** Adds the six span columns of UTF-16 range [i, j) to `row`. */
  span(row, i, j) {
    const bs = this.b(i);
    const be = this.b(j);
    const l0 = lineIndexOf(this.starts, bs);
    const l1 = lineIndexOf(this.starts, be);
    row.bstart = bs;
    row.bend = be;
    row.start_line = l0 + 1;
    row.start_col = bs - this.starts[l0];
    row.end_line = l1 + 1;
    row.end_col = be - this.starts[l1];
    return row;
  }
  defId(kind, qname, ordinal = 0) {
    hash64(`${this.fileKey}|${kind}|${qname}|${ordinal}`);
    return { hi: H.hi, lo: H.lo };
  }
  siteId(kind, i, j) {
    hash64(`${this.fileKey}|${kind}|${this.b(i)}|${this.b(j)}`);
    return { hi: H.hi, lo: H.lo };
  }
  nextOrdinal(kind, qname) {
    const key = `${kind}|${qname}`;
    const n = this.defOrdinals.get(key) ?? 0;
    this.defOrdinals.set(key, n + 1);
    return n;
  }
  curText() {
    return this.text.slice(this.c.startIndex, this.c.endIndex);
  }
  // ---- generic walk --------------------------------------------------------------------------
  /** Visits every child of the cursor's node. */
  children() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do
      this.node();
    while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** Visits the cursor's node. */
  node() {
    const type = this.type();
    if (type === "") return;
    switch (type) {
      case "identifier":
        this.identifier();
        return;
      case "call":
        this.call();
        return;
      case "attribute":
        this.attribute();
        return;
      case "subscript":
      case "slice":
        this.withCtx("load", () => this.children());
        return;
      case "function_definition":
        this.functionDef(0);
        return;
      case "class_definition":
        this.classDef(0);
        return;
      case "decorated_definition":
        this.decorated();
        return;
      case "lambda":
        this.lambda();
        return;
      case "import_statement":
        this.importStatement();
        return;
      case "import_from_statement":
      case "future_import_statement":
        this.importFrom(type === "future_import_statement");
        return;
      case "assignment":
      case "augmented_assignment":
        this.assignment(type === "augmented_assignment");
        return;
      case "for_statement":
        this.fieldsAsStore("left", "for");
        return;
      case "for_in_clause":
        this.fieldsAsStore("left", "comprehension");
        return;
      case "named_expression":
        this.fieldsAsStore("name", "walrus");
        return;
      case "as_pattern_target":
        this.asStore(this.inPattern ? "match" : this.asKind, () => this.children());
        return;
      case "as_pattern":
        if (this.inPattern) this.matchAsPattern();
        else this.children();
        return;
      case "with_statement":
        this.withAsKind("with");
        return;
      case "except_clause":
      case "except_group_clause":
        this.withAsKind("except");
        return;
      case "global_statement":
      case "nonlocal_statement":
        this.globalStatement(type === "global_statement" ? "global" : "nonlocal");
        return;
      case "delete_statement": {
        const ctx = this.ctx;
        const kind = this.bindKind;
        this.ctx = "del";
        this.bindKind = "del";
        this.children();
        this.ctx = ctx;
        this.bindKind = kind;
        return;
      }
      case "keyword_argument":
        this.skipField("name");
        return;
      case "if_statement":
        this.ifStatement();
        return;
      case "try_statement":
        this.tryStatement();
        return;
      case "type_alias_statement":
        if (this.misparsedTypeCall()) this.fieldsAsStore("left", "assign");
        else this.fieldsAsStore("left", "type_alias");
        return;
      case "case_pattern":
        this.casePattern();
        return;
      case "dotted_name":
        if (this.inPattern) this.patternName();
        else this.children();
        return;
      case "keyword_pattern":
        this.skipFirstIdentifier();
        return;
      case "class_pattern":
        this.classPattern();
        return;
      case "splat_pattern":
        if (this.inPattern) this.asStore("match", () => this.children());
        else this.children();
        return;
      case "comment":
      case "string_start":
      case "string_content":
      case "string_end":
      case "escape_sequence":
      case "integer":
      case "float":
        return;
      default:
        this.children();
    }
  }
  withCtx(ctx, fn) {
    const saved = this.ctx;
    this.ctx = ctx;
    fn();
    this.ctx = saved;
  }
  asStore(kind, fn) {
    const ctx = this.ctx;
    const bk = this.bindKind;
    this.ctx = "store";
    this.bindKind = kind;
    fn();
    this.ctx = ctx;
    this.bindKind = bk;
  }
  withAsKind(kind) {
    const saved = this.asKind;
    this.asKind = kind;
    this.children();
    this.asKind = saved;
  }
  /** Walks the children; the one in field `field` is a store target of binding kind `kind`. */
  fieldsAsStore(field, kind) {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do {
      if (c.currentFieldName === field) this.asStore(kind, () => this.node());
      else this.withCtx("load", () => this.node());
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** Walks the children except the one in field `field` (e.g. a keyword argument's name). */
  skipField(field) {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do
      if (c.currentFieldName !== field) this.withCtx("load", () => this.node());
    while (c.gotoNextSibling());
    c.gotoParent();
  }
  // ---- names, attributes, calls --------------------------------------------------------------
  identifier() {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const name = this.text.slice(i, j);
    this.s.names.add(this.span({ node_id: this.siteId("NAME_REF", i, j), file_id: this.fileId, scope_id: this.scope.id, name, ctx: this.ctx }, i, j));
    if (this.ctx !== "load") this.binding(name, this.ctx === "del" ? "del" : this.bindKind, null, i, j);
  }
  binding(name, kind, target, i, j, scope = this.scope) {
    this.s.bindings.add({
      file_id: this.fileId,
      scope_id: scope.id,
      name,
      binding_kind: kind,
      target_id: target,
      bstart: this.b(i),
      bend: this.b(j)
    });
  }
  attribute() {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    let attr = "";
    let attrStart = j;
    let receiver = "";
    const ctx = this.ctx;
    this.ctx = "load";
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "attribute") {
          attr = this.curText();
          attrStart = c.startIndex;
        } else if (f === "object") {
          receiver = this.curText();
          this.node();
        } else this.node();
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.ctx = ctx;
    this.s.attributes.add(
      this.span(
        {
          node_id: this.siteId("ATTRIBUTE", i, j),
          file_id: this.fileId,
          scope_id: this.scope.id,
          attr,
          receiver: clip(receiver),
          ctx,
          attr_bstart: this.b(attrStart)
        },
        i,
        j
      )
    );
  }
  /**
   * tree-sitter-python 0.25 reads `type(x).attr = v` as a PEP 695 alias `type (x).attr = v`, but
   * CPython takes `type` as a keyword only when a name follows it: this is an assignment whose
   * target starts with the call `type(x)`. When the statement at the cursor is such a misparse,
   * adds the NAME_REF `type` and the CALL the tree lacks (the rest is walked as an assignment).
   */
  misparsedTypeCall() {
    const stmt = this.c.currentNode;
    const kw = stmt.child(0);
    if (kw === null || kw.type !== "type") return false;
    let k = kw.endIndex;
    while (this.text[k] === " " || this.text[k] === "	") k++;
    if (this.text[k] !== "(") return false;
    let e = stmt.childForFieldName("left")?.namedChild(0) ?? null;
    while (e && (e.type === "attribute" || e.type === "subscript")) e = e.childForFieldName(e.type === "attribute" ? "object" : "value");
    if (!e || e.type !== "parenthesized_expression" && e.type !== "tuple") return false;
    const args = e.namedChildren.filter((a) => a !== null && a.type !== "comment");
    const argc = e.type === "tuple" ? args.length : Math.min(args.length, 1);
    const star = args.some((a) => a?.type === "list_splat" || a?.type === "dictionary_splat");
    const [i, j] = [kw.startIndex, e.endIndex];
    this.s.names.add(
      this.span({ node_id: this.siteId("NAME_REF", i, kw.endIndex), file_id: this.fileId, scope_id: this.scope.id, name: "type", ctx: "load" }, i, kw.endIndex)
    );
    this.s.calls.add(
      this.span(
        {
          node_id: this.siteId("CALL", i, j),
          file_id: this.fileId,
          scope_id: this.scope.id,
          callee: "type",
          callee_kind: "name",
          callee_name: "type",
          receiver: null,
          arg_count: argc,
          has_star_args: star,
          callee_bstart: this.b(i),
          callee_bend: this.b(kw.endIndex)
        },
        i,
        j
      )
    );
    return true;
  }
  call() {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    let callee = "";
    let calleeKind = "other";
    let calleeName = null;
    let receiver = null;
    let calleeStart = i;
    let calleeEnd = i;
    let argc = 0;
    let star = false;
    const ctx = this.ctx;
    this.ctx = "load";
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "function") {
          const t = this.type();
          calleeStart = c.startIndex;
          calleeEnd = c.endIndex;
          callee = this.curText();
          if (t === "identifier") {
            calleeKind = "name";
            calleeName = callee;
          } else if (t === "attribute") {
            calleeKind = "attribute";
            const n = c.currentNode;
            calleeName = n.childForFieldName("attribute")?.text ?? null;
            receiver = n.childForFieldName("object")?.text ?? null;
          } else if (t === "call") calleeKind = "call";
          else if (t === "subscript") calleeKind = "subscript";
          this.node();
        } else if (f === "arguments") {
          if (this.type() === "generator_expression") {
            argc = 1;
            this.node();
          } else if (c.gotoFirstChild()) {
            do {
              const t = this.type();
              if (t !== "") {
                if (t !== "comment") {
                  argc++;
                  if (t === "list_splat" || t === "dictionary_splat") star = true;
                }
              }
              this.node();
            } while (c.gotoNextSibling());
            c.gotoParent();
          }
        } else this.node();
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.ctx = ctx;
    this.s.calls.add(
      this.span(
        {
          node_id: this.siteId("CALL", i, j),
          file_id: this.fileId,
          scope_id: this.scope.id,
          callee: clip(callee),
          callee_kind: calleeKind,
          callee_name: calleeName,
          receiver: receiver === null ? null : clip(receiver),
          arg_count: argc,
          has_star_args: star,
          callee_bstart: this.b(calleeStart),
          callee_bend: this.b(calleeEnd)
        },
        i,
        j
      )
    );
  }
  // ---- definitions ---------------------------------------------------------------------------
  decorated() {
    const c = this.c;
    const decorators = [];
    let index = 0;
    let defIndex = -1;
    if (!c.gotoFirstChild()) return;
    do {
      if (this.type() === "decorator") decorators.push(index);
      else if (c.currentFieldName === "definition") defIndex = index;
      index++;
    } while (c.gotoNextSibling());
    c.gotoParent();
    let defId = null;
    c.gotoFirstChild();
    for (let k = 0; k < defIndex; k++) c.gotoNextSibling();
    if (this.type() === "function_definition") defId = this.functionDef(decorators.length);
    else if (this.type() === "class_definition") defId = this.classDef(decorators.length);
    else this.node();
    c.gotoParent();
    c.gotoFirstChild();
    index = 0;
    let ordinal = 0;
    do {
      if (this.type() === "decorator") {
        const i = c.startIndex;
        const j = c.endIndex;
        let expr = this.curText();
        if (expr.startsWith("@")) expr = expr.slice(1).trim();
        this.s.decorators.add(
          this.span(
            {
              node_id: this.siteId("DECORATOR", i, j),
              file_id: this.fileId,
              def_id: defId,
              scope_id: this.scope.id,
              ordinal: ordinal++,
              expr: clip(expr)
            },
            i,
            j
          )
        );
        this.withCtx("load", () => this.children());
      }
      index++;
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  enterScope(kind, name, ordinalKey, i, j) {
    const parent = this.scope;
    const qname = parent.childPrefix + name;
    let id;
    if (kind === "LAMBDA") id = this.siteId("LAMBDA", i, j);
    else id = this.defId(kind, qname, this.nextOrdinal(kind, ordinalKey ?? qname));
    const childPrefix = kind === "CLASS" ? `${qname}.` : `${qname}.<locals>.`;
    return { id, kind, qname, childPrefix };
  }
  /** function_definition at the cursor; returns its id. */
  functionDef(decoratorCount) {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const node = c.currentNode;
    const nameNode = node.childForFieldName("name");
    const name = nameNode?.text ?? "";
    const isAsync = node.firstChild?.type === "async";
    const scope = this.enterScope("FUNCTION", name, null, i, j);
    const ordinal = (this.defOrdinals.get(`FUNCTION|${scope.qname}`) ?? 1) - 1;
    if (nameNode) this.binding(name, "def", scope.id, nameNode.startIndex, nameNode.endIndex, parent);
    let arity = 0;
    let docstring = null;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "parameters") arity = this.parameters(scope);
        else if (f === "body") {
          docstring = this.docstringOf(c.currentNode);
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else if (f === "name") {
        } else this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "FUNCTION",
          name,
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: nameNode ? this.b(nameNode.startIndex) : null,
          name_bend: nameNode ? this.b(nameNode.endIndex) : null,
          is_async: isAsync,
          is_method: parent.kind === "CLASS",
          arity,
          decorator_count: decoratorCount,
          docstring,
          bases: null,
          ordinal
        },
        i,
        j
      )
    );
    return scope.id;
  }
  /** class_definition at the cursor; returns its id. */
  classDef(decoratorCount) {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const node = c.currentNode;
    const nameNode = node.childForFieldName("name");
    const name = nameNode?.text ?? "";
    const scope = this.enterScope("CLASS", name, null, i, j);
    const ordinal = (this.defOrdinals.get(`CLASS|${scope.qname}`) ?? 1) - 1;
    if (nameNode) this.binding(name, "class", scope.id, nameNode.startIndex, nameNode.endIndex, parent);
    const bases = [];
    let docstring = null;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "superclasses") {
          for (const arg of c.currentNode.namedChildren) {
            if (arg && arg.type !== "keyword_argument" && arg.type !== "comment") bases.push(clip(arg.text));
          }
          this.withCtx("load", () => this.node());
        } else if (f === "body") {
          docstring = this.docstringOf(c.currentNode);
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else if (f !== "name") this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "CLASS",
          name,
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: nameNode ? this.b(nameNode.startIndex) : null,
          name_bend: nameNode ? this.b(nameNode.endIndex) : null,
          is_async: false,
          is_method: false,
          arity: null,
          decorator_count: decoratorCount,
          docstring,
          bases: JSON.stringify(bases),
          ordinal
        },
        i,
        j
      )
    );
    return scope.id;
  }
  lambda() {
    const c = this.c;
    const i = c.startIndex;
    const j = c.endIndex;
    const parent = this.scope;
    const scope = this.enterScope("LAMBDA", "<lambda>", null, i, j);
    let arity = 0;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "parameters") arity = this.parameters(scope);
        else if (f === "body") {
          this.scope = scope;
          this.withCtx("load", () => this.node());
          this.scope = parent;
        } else this.withCtx("load", () => this.node());
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    this.s.defs.add(
      this.span(
        {
          node_id: scope.id,
          file_id: this.fileId,
          kind: "LAMBDA",
          name: "<lambda>",
          local_qname: scope.qname,
          parent_id: parent.id,
          name_bstart: null,
          name_bend: null,
          is_async: false,
          is_method: false,
          arity,
          decorator_count: 0,
          docstring: null,
          bases: null,
          ordinal: 0
        },
        i,
        j
      )
    );
  }
  /**
   * The parameter list at the cursor: PARAM rows and bindings in `fn`; defaults and annotations
   * are walked in the enclosing scope (where Python evaluates them). Returns the arity.
   */
  parameters(fn) {
    const c = this.c;
    let ordinal = 0;
    let kind = "positional";
    const params = [];
    if (c.gotoFirstChild()) {
      do {
        const t = this.type();
        if (t === "" || t === "comment") continue;
        if (t === "positional_separator") {
          for (const p of params) if (p.kind === "positional") p.kind = "positional_only";
          continue;
        }
        if (t === "keyword_separator") {
          kind = "keyword_only";
          continue;
        }
        const i = c.startIndex;
        const j = c.endIndex;
        const node = c.currentNode;
        let nameNode = null;
        let pkind = kind;
        let hasDefault = false;
        let annotation = null;
        if (t === "identifier") nameNode = node;
        else if (t === "list_splat_pattern" || t === "dictionary_splat_pattern") {
          nameNode = node.namedChildren.find((n) => n?.type === "identifier") ?? null;
          pkind = t === "list_splat_pattern" ? "vararg" : "kwarg";
          if (t === "list_splat_pattern") kind = "keyword_only";
        } else if (t === "default_parameter" || t === "typed_default_parameter" || t === "typed_parameter") {
          hasDefault = t !== "typed_parameter";
          nameNode = node.childForFieldName("name");
          if (!nameNode) {
            const first = node.namedChild(0);
            if (first?.type === "identifier") nameNode = first;
            else if (first?.type === "list_splat_pattern" || first?.type === "dictionary_splat_pattern") {
              nameNode = first.namedChildren.find((n) => n?.type === "identifier") ?? null;
              pkind = first.type === "list_splat_pattern" ? "vararg" : "kwarg";
              if (first.type === "list_splat_pattern") kind = "keyword_only";
            }
          }
          annotation = node.childForFieldName("type")?.text ?? null;
          if (c.gotoFirstChild()) {
            do {
              const f = c.currentFieldName;
              if (f === "value" || f === "type") this.withCtx("load", () => this.node());
            } while (c.gotoNextSibling());
            c.gotoParent();
          }
        } else {
          this.withCtx("load", () => this.node());
          continue;
        }
        params.push({
          name: nameNode?.text ?? "",
          i,
          j,
          nameI: nameNode?.startIndex ?? i,
          nameJ: nameNode?.endIndex ?? j,
          kind: pkind,
          hasDefault,
          annotation: annotation === null ? null : clip(annotation)
        });
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    for (const p of params) {
      const id = this.defIdFor("PARAM", `${idToKey(fn.id)}|${p.name}|${ordinal}`);
      this.s.params.add(
        this.span(
          {
            node_id: id,
            file_id: this.fileId,
            def_id: fn.id,
            name: p.name,
            ordinal: ordinal++,
            param_kind: p.kind,
            has_default: p.hasDefault,
            annotation: p.annotation
          },
          p.i,
          p.j
        )
      );
      this.binding(p.name, "param", id, p.nameI, p.nameJ, fn);
    }
    return params.length;
  }
  defIdFor(kind, rest) {
    hash64(`${this.fileKey}|${kind}|${rest}`);
    return { hi: H.hi, lo: H.lo };
  }
  /** First line of the docstring of a module/class/function body node, or null. */
  docstringOf(body) {
    let first = null;
    for (const n of body.namedChildren) {
      if (n && n.type !== "comment") {
        first = n;
        break;
      }
    }
    if (first?.type !== "expression_statement") return null;
    const str = first.namedChild(0);
    if (str?.type !== "string" || first.namedChildCount !== 1) return null;
    const raw = str.text.replace(/^[rRuUbBfF]*("""|'''|"|')/, "").replace(/("""|'''|"|')$/, "");
    const line = raw.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0);
    return line === void 0 ? "" : clip(line);
  }
  // ---- imports -------------------------------------------------------------------------------
  importRow(kind, module, name, alias, bound, level, isStar, i, j, si, sj) {
    const id = this.siteId("IMPORT", i, j);
    this.s.imports.add(
      this.span(
        {
          node_id: id,
          file_id: this.fileId,
          scope_id: this.scope.id,
          import_kind: kind,
          module,
          name,
          alias,
          bound_name: bound,
          level,
          is_star: isStar,
          in_type_checking: this.typeChecking,
          in_try_except: this.tryImport,
          stmt_bstart: this.b(si),
          stmt_bend: this.b(sj)
        },
        i,
        j
      )
    );
    if (bound !== null) this.binding(bound, "import", id, i, j);
  }
  importStatement() {
    const c = this.c;
    const si = c.startIndex;
    const sj = c.endIndex;
    for (const n of c.currentNode.namedChildren) {
      if (!n) continue;
      if (n.type === "dotted_name") {
        const module = n.text.replace(/\s+/g, "");
        this.importRow("import", module, null, null, module.split(".")[0] ?? module, 0, false, n.startIndex, n.endIndex, si, sj);
      } else if (n.type === "aliased_import") {
        const module = (n.childForFieldName("name")?.text ?? "").replace(/\s+/g, "");
        const alias = n.childForFieldName("alias")?.text ?? null;
        this.importRow("import", module, null, alias, alias, 0, false, n.startIndex, n.endIndex, si, sj);
      }
    }
  }
  importFrom(future) {
    const c = this.c;
    const si = c.startIndex;
    const sj = c.endIndex;
    const node = c.currentNode;
    let module = future ? "__future__" : "";
    let level = 0;
    const moduleNode = future ? null : node.childForFieldName("module_name");
    if (moduleNode) {
      if (moduleNode.type === "relative_import") {
        for (const ch of moduleNode.children) {
          if (!ch) continue;
          if (ch.type === "import_prefix") level = ch.text.replace(/\s+/g, "").length;
          else if (ch.type === "dotted_name") module = ch.text.replace(/\s+/g, "");
        }
      } else module = moduleNode.text.replace(/\s+/g, "");
    }
    const kind = future ? "future" : "from";
    for (let k = 0; k < node.childCount; k++) {
      const n = node.child(k);
      if (!n) continue;
      if (n.type === "wildcard_import") {
        this.importRow(kind, module, "*", null, null, level, true, n.startIndex, n.endIndex, si, sj);
        continue;
      }
      if (node.fieldNameForChild(k) !== "name") continue;
      if (n.type === "dotted_name") {
        const name = n.text.replace(/\s+/g, "");
        this.importRow(kind, module, name, null, name, level, false, n.startIndex, n.endIndex, si, sj);
      } else if (n.type === "aliased_import") {
        const name = (n.childForFieldName("name")?.text ?? "").replace(/\s+/g, "");
        const alias = n.childForFieldName("alias")?.text ?? null;
        this.importRow(kind, module, name, alias, alias, level, false, n.startIndex, n.endIndex, si, sj);
      }
    }
  }
  // ---- statements ----------------------------------------------------------------------------
  assignment(augmented) {
    const c = this.c;
    let hasType = false;
    let leftIsAll = false;
    if (c.gotoFirstChild()) {
      do {
        const f = c.currentFieldName;
        if (f === "type") hasType = true;
        if (f === "left" && this.scope.kind === "MODULE" && this.type() === "identifier" && this.curText() === "__all__") leftIsAll = true;
      } while (c.gotoNextSibling());
      c.gotoParent();
    }
    if (leftIsAll) this.allAssignment(augmented);
    this.fieldsAsStore("left", augmented ? "augassign" : hasType ? "annassign" : "assign");
  }
  /** `__all__ = [...]` / `__all__ += [...]` at module level: literal entries become py_exports. */
  allAssignment(augmented) {
    const right = this.c.currentNode.childForFieldName("right");
    const names = [];
    let literal = right !== null && (right.type === "list" || right.type === "tuple");
    if (right && literal) {
      for (const el of right.namedChildren) {
        if (!el || el.type === "comment") continue;
        const v = el.type === "string" ? stringLiteralValue(el) : null;
        if (v === null) {
          literal = false;
          break;
        }
        names.push(v);
      }
    }
    if (!literal) {
      this.allKind = "dynamic";
      return;
    }
    if (!augmented) this.exportOrdinal = 0;
    if (this.allKind !== "dynamic") this.allKind = "literal";
    for (const name of names) this.s.exports.add({ file_id: this.fileId, name, ordinal: this.exportOrdinal++ });
  }
  globalStatement(kind) {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do
      if (this.type() === "identifier") this.binding(this.curText(), kind, null, c.startIndex, c.endIndex);
    while (c.gotoNextSibling());
    c.gotoParent();
  }
  ifStatement() {
    const c = this.c;
    let typeChecking = false;
    if (!c.gotoFirstChild()) return;
    do {
      const f = c.currentFieldName;
      if (f === "condition") {
        const t = this.curText().replace(/\s+/g, "");
        typeChecking = t === "TYPE_CHECKING" || t.endsWith(".TYPE_CHECKING");
        this.node();
      } else if (f === "consequence" && typeChecking) {
        const saved = this.typeChecking;
        this.typeChecking = true;
        this.node();
        this.typeChecking = saved;
      } else this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  tryStatement() {
    const c = this.c;
    let guardsImport = false;
    for (const n of c.currentNode.namedChildren) {
      if (!n || n.type !== "except_clause" && n.type !== "except_group_clause") continue;
      const value = n.childForFieldName("value");
      if (!value || IMPORT_ERROR_RE.test(value.text)) guardsImport = true;
    }
    if (!guardsImport) {
      this.children();
      return;
    }
    if (!c.gotoFirstChild()) return;
    do {
      const t = this.type();
      const inGuard = c.currentFieldName === "body" || t === "except_clause" || t === "except_group_clause";
      const saved = this.tryImport;
      if (inGuard) this.tryImport = true;
      this.node();
      this.tryImport = saved;
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  // ---- match statement patterns --------------------------------------------------------------
  casePattern() {
    const saved = this.inPattern;
    this.inPattern = true;
    this.children();
    this.inPattern = saved;
  }
  /** A dotted_name inside a pattern: `x` captures (store), `a.b` is a value pattern (load). */
  patternName() {
    const c = this.c;
    const text = this.curText();
    if (!text.includes(".")) {
      if (text !== "_" && c.gotoFirstChild()) {
        this.asStore("match", () => this.identifier());
        c.gotoParent();
      }
      return;
    }
    if (c.gotoFirstChild()) {
      this.withCtx("load", () => this.identifier());
      c.gotoParent();
    }
  }
  /** `Point(x=0)` in a pattern: the class is a value (load); the sub-patterns may capture. */
  classPattern() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    let first = true;
    do {
      if (first && this.type() === "dotted_name") {
        first = false;
        if (c.gotoFirstChild()) {
          this.withCtx("load", () => this.identifier());
          c.gotoParent();
        }
        continue;
      }
      this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  /** `case <pattern> as name`: in a case pattern the alias is a bare identifier child, a capture. */
  matchAsPattern() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    do {
      if (this.type() === "identifier") this.asStore("match", () => this.identifier());
      else this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  skipFirstIdentifier() {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    let skipped = false;
    do {
      if (!skipped && this.type() === "identifier") {
        skipped = true;
        continue;
      }
      this.node();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }
  // ---- syntax errors -------------------------------------------------------------------------
  syntaxDiagnostics(root) {
    let count = 0;
    const visit = (n) => {
      if (count >= MAX_SYNTAX_DIAGNOSTICS) return;
      if (n.isError || n.isMissing) {
        count++;
        const i = n.startIndex;
        const j = n.endIndex;
        const line = lineIndexOf(this.starts, this.b(i)) + 1;
        const message = n.isMissing ? `syntax error: missing "${n.type}" at line ${line}; the rest of the file was still extracted` : `syntax error at line ${line}: tree-sitter could not parse ${j - i} characters here; the rest of the file was still extracted`;
        this.s.diagnostics.add(
          this.span(
            {
              node_id: this.siteId(n.isMissing ? "DIAGNOSTIC:missing" : "DIAGNOSTIC:syntax", i, j),
              file_id: this.fileId,
              code: n.isMissing ? "missing-token" : "syntax-error",
              severity: "error",
              message
            },
            i,
            j
          )
        );
        if (n.isMissing) return;
      }
      for (const ch of n.children) if (ch && (ch.hasError || ch.isMissing)) visit(ch);
    };
    visit(root);
    return count;
  }
};
function stringLiteralValue(n) {
  const m = /^([rRuU]?)("""|'''|"|')([\s\S]*)\2$/.exec(n.text);
  if (!m) return null;
  const body = m[3] ?? "";
  if (body.includes("\\") && !/^[rR]$/.test(m[1] ?? "")) return null;
  return body;
}

// src/extract/file-extractor.ts
init_row_builder();

// src/extract/tables.ts
var SPAN2 = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"]
];
function spec(name, columns, sortKey) {
  return { name, columns, sortKey };
}
var PY_FILES = spec(
  "py_files",
  [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["size_bytes", "BIGINT"],
    ["sha256", "VARCHAR"],
    ["line_count", "INTEGER"],
    ["encoding", "VARCHAR"],
    ["newline", "VARCHAR"],
    // ok | syntax_error | binary | too_large | unreadable | symlink_outside | not_a_file
    ["status", "VARCHAR"],
    ["all_kind", "VARCHAR"]
    // none | literal | dynamic: how __all__ is defined
  ],
  []
);
var PY_DEFS = spec(
  "py_defs",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["kind", "VARCHAR"],
    ["name", "VARCHAR"],
    ["local_qname", "VARCHAR"],
    ["parent_id", "BIGINT"],
    ...SPAN2,
    ["name_bstart", "INTEGER"],
    ["name_bend", "INTEGER"],
    ["is_async", "BOOLEAN"],
    ["is_method", "BOOLEAN"],
    ["arity", "INTEGER"],
    ["decorator_count", "INTEGER"],
    ["docstring", "VARCHAR"],
    ["bases", "VARCHAR"],
    ["ordinal", "INTEGER"]
  ],
  ["node_id"]
);
var PY_PARAMS = spec(
  "py_params",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["def_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["ordinal", "INTEGER"],
    ["param_kind", "VARCHAR"],
    ["has_default", "BOOLEAN"],
    ["annotation", "VARCHAR"],
    ...SPAN2
  ],
  ["node_id"]
);
var PY_DECORATORS = spec(
  "py_decorators",
  [["node_id", "BIGINT"], ["file_id", "BIGINT"], ["def_id", "BIGINT"], ["scope_id", "BIGINT"], ["ordinal", "INTEGER"], ["expr", "VARCHAR"], ...SPAN2],
  ["node_id"]
);
var PY_CALLS = spec(
  "py_calls",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["callee", "VARCHAR"],
    ["callee_kind", "VARCHAR"],
    // name | attribute | call | subscript | other
    ["callee_name", "VARCHAR"],
    ["receiver", "VARCHAR"],
    ["arg_count", "INTEGER"],
    ["has_star_args", "BOOLEAN"],
    ["callee_bstart", "INTEGER"],
    ["callee_bend", "INTEGER"],
    ...SPAN2
  ],
  ["node_id"]
);
var PY_NAMES = spec(
  "py_names",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["ctx", "VARCHAR"],
    // load | store | del
    ...SPAN2
  ],
  ["node_id"]
);
var PY_ATTRIBUTES = spec(
  "py_attributes",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["attr", "VARCHAR"],
    ["receiver", "VARCHAR"],
    ["ctx", "VARCHAR"],
    ["attr_bstart", "INTEGER"],
    ...SPAN2
  ],
  ["node_id"]
);
var PY_IMPORTS = spec(
  "py_imports",
  [
    ["node_id", "BIGINT"],
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["import_kind", "VARCHAR"],
    // import | from | future
    ["module", "VARCHAR"],
    ["name", "VARCHAR"],
    ["alias", "VARCHAR"],
    ["bound_name", "VARCHAR"],
    ["level", "INTEGER"],
    ["is_star", "BOOLEAN"],
    ["in_type_checking", "BOOLEAN"],
    ["in_try_except", "BOOLEAN"],
    ["stmt_bstart", "INTEGER"],
    ["stmt_bend", "INTEGER"],
    ...SPAN2
  ],
  ["node_id"]
);
var PY_BINDINGS = spec(
  "py_bindings",
  [
    ["file_id", "BIGINT"],
    ["scope_id", "BIGINT"],
    ["name", "VARCHAR"],
    // def | class | import | param | assign | augassign | annassign | for | with | except | walrus
    // | comprehension | global | nonlocal | del | match | type_alias
    ["binding_kind", "VARCHAR"],
    ["target_id", "BIGINT"],
    ["bstart", "INTEGER"],
    ["bend", "INTEGER"]
  ],
  ["scope_id", "bstart", "name", "binding_kind"]
);
var PY_DIAGNOSTICS = spec(
  "py_diagnostics",
  [["node_id", "BIGINT"], ["file_id", "BIGINT"], ["code", "VARCHAR"], ["severity", "VARCHAR"], ["message", "VARCHAR"], ...SPAN2],
  ["node_id"]
);
var PY_EXPORTS = spec(
  "py_exports",
  [
    ["file_id", "BIGINT"],
    ["name", "VARCHAR"],
    ["ordinal", "INTEGER"]
  ],
  ["ordinal", "name"]
);
var EXTRACT_TABLES = [
  PY_FILES,
  PY_DEFS,
  PY_PARAMS,
  PY_DECORATORS,
  PY_CALLS,
  PY_NAMES,
  PY_ATTRIBUTES,
  PY_IMPORTS,
  PY_BINDINGS,
  PY_DIAGNOSTICS,
  PY_EXPORTS
];

// src/extract/file-extractor.ts
var require3 = createRequire2(import.meta.url);
var languagePromise = null;
var treeSitter = null;
function loadPythonLanguage() {
  languagePromise ??= (async () => {
    const ts = treeSitter ??= await import("web-tree-sitter");
    await ts.Parser.init();
    return ts.Language.load(require3.resolve("tree-sitter-python/tree-sitter-python.wasm"));
  })();
  return languagePromise;
}
var DIAG_MESSAGES = {
  too_large: (f) => `skipped: ${f.sizeBytes} bytes is over the size limit; raise --max-file-bytes to include it`,
  symlink_outside: () => "skipped: symbolic link to a target outside the repository (not followed)",
  not_a_file: () => "skipped: not a regular file",
  unreadable: (f) => `skipped: could not read the file (${f.message ?? "unknown error"}); check its permissions`,
  binary: () => "skipped: the file contains NUL bytes, so it is not Python source (CPython rejects it too)"
};
var FileExtractor = class _FileExtractor {
  constructor(parser, language, options, tag) {
    this.parser = parser;
    this.options = options;
    this.tag = tag;
    this.reset();
    this.walker = new PythonExtractor(this.sinks, language);
  }
  parser;
  options;
  tag;
  builders = [];
  files;
  /** Shared with the walker; re-pointed at fresh builders after every flush. */
  sinks = {};
  walker;
  flushes = 0;
  reset() {
    this.builders = EXTRACT_TABLES.map((spec2) => new RowBuilder(spec2));
    const by = (name) => this.builders.find((b) => b.spec.name === name);
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
      exports: by(PY_EXPORTS.name)
    });
  }
  static async create(options, tag) {
    const [lang] = await Promise.all([loadPythonLanguage(), loadParquetWriter()]);
    const parser = new treeSitter.Parser();
    parser.setLanguage(lang);
    return new _FileExtractor(parser, lang, options, tag);
  }
  /** Extracts one file into the buffers; never throws for bad input. */
  extractFile(f, stats) {
    const fileId = fileIdOf(f.path, this.options.repoId);
    stats.files++;
    if (f.status !== "ok") {
      this.fileRow(fileId, f, { size: f.sizeBytes, sha: null, lines: null, encoding: null, newline: null, status: f.status, allKind: "none" });
      this.fileDiagnostic(fileId, f.status, "warning", (DIAG_MESSAGES[f.status] ?? (() => `skipped: ${f.status}`))(f));
      return;
    }
    let bytes;
    try {
      bytes = readFileSync3(f.absPath);
    } catch (err) {
      const g = { ...f, status: "unreadable", message: err.code ?? String(err) };
      this.fileRow(fileId, g, { size: f.sizeBytes, sha: null, lines: null, encoding: null, newline: null, status: "unreadable", allKind: "none" });
      this.fileDiagnostic(fileId, "unreadable", "warning", DIAG_MESSAGES.unreadable(g));
      return;
    }
    stats.bytes += bytes.length;
    const sha = createHash2("sha256").update(bytes).digest("hex");
    const starts = lineStarts(bytes);
    const lines = bytes.length === 0 ? 0 : starts.length - (bytes[bytes.length - 1] === 10 ? 1 : 0);
    const newline = newlineStyle(bytes);
    if (bytes.indexOf(0) >= 0) {
      this.fileRow(fileId, f, { size: bytes.length, sha, lines, encoding: "binary", newline, status: "binary", allKind: "none" });
      this.fileDiagnostic(fileId, "binary", "warning", DIAG_MESSAGES.binary(f));
      return;
    }
    const src = decodeSource(bytes);
    const tree = this.parser.parse(src.text);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${f.path}`);
    let summary;
    try {
      summary = this.walker.extract({ fileId, text: src.text, byteAt: src.byteAt, lineStarts: starts, tree });
    } finally {
      tree.delete();
    }
    if (src.invalidBytes > 0) {
      const b = src.firstInvalidByte;
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= b) line++;
      hash64(`${idToKey(fileId)}|DIAGNOSTIC:decode|${b}`);
      this.sinks.diagnostics.add({
        node_id: { hi: H.hi, lo: H.lo },
        file_id: fileId,
        code: "invalid-utf-8",
        severity: "warning",
        message: `${src.invalidBytes} byte(s) are not valid UTF-8 (first at line ${line + 1}); they were read as U+FFFD and byte offsets still refer to the raw file. Declare the encoding with a PEP 263 coding comment or re-save the file as UTF-8`,
        bstart: b,
        bend: b + 1,
        start_line: line + 1,
        start_col: b - starts[line],
        end_line: line + 1,
        end_col: b + 1 - starts[line]
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
      allKind: summary.allKind
    });
  }
  fileRow(fileId, f, v) {
    this.files.add({
      file_id: fileId,
      path: f.path,
      size_bytes: v.size,
      sha256: v.sha,
      line_count: v.lines,
      encoding: v.encoding,
      newline: v.newline,
      status: v.status,
      all_kind: v.allKind
    });
  }
  fileDiagnostic(fileId, code2, severity, message) {
    hash64(`${idToKey(fileId)}|DIAGNOSTIC:file|${code2}`);
    this.sinks.diagnostics.add({
      node_id: { hi: H.hi, lo: H.lo },
      file_id: fileId,
      code: code2.replace(/_/g, "-"),
      severity,
      message,
      bstart: 0,
      bend: 0,
      start_line: 1,
      start_col: 0,
      end_line: 1,
      end_col: 0
    });
  }
  /**
   * Writes the buffered rows (all from files of store bucket `bucket`) as one staging Parquet file
   * per non-empty table and resets the buffers.
   */
  flush(bucket) {
    const out = [];
    const n = this.flushes++;
    for (const b of this.builders) {
      if (b.rows === 0) continue;
      const dir = join4(this.options.stagingDir, b.spec.name);
      mkdirSync(dir, { recursive: true });
      const path = join4(dir, `b${bucket}-${this.tag}-${n}.parquet`);
      writeFileSync(path, rowsToParquet(b));
      out.push({ table: b.spec.name, bucket, path, rows: b.rows });
    }
    this.reset();
    return out;
  }
};
function newlineStyle(bytes) {
  let lf = 0;
  let crlf = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) {
    if (i > 0 && bytes[i - 1] === 13) crlf++;
    else lf++;
  }
  if (lf === 0 && crlf === 0) return "none";
  if (crlf === 0) return "lf";
  return lf === 0 ? "crlf" : "mixed";
}

// src/extract/extract-pool.ts
var IN_PROCESS_MAX_BYTES = 512 * 1024;
function workerUrl() {
  return import.meta.url.endsWith(".ts") ? new URL("./extract-worker-dev.mjs", import.meta.url) : new URL("./extract-worker.js", import.meta.url);
}
function planBatches(files, repoId, buckets, threads) {
  const byBucket = /* @__PURE__ */ new Map();
  for (const f of files) {
    const b = fileIdOf(f.path, repoId).lo & buckets - 1;
    let list = byBucket.get(b);
    if (!list) byBucket.set(b, list = []);
    list.push(f);
  }
  const split = Math.max(1, Math.ceil(2 * threads / Math.max(1, byBucket.size)));
  const batches = [];
  for (const [bucket, list] of [...byBucket.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    const chunk = Math.ceil(list.length / split);
    for (let i = 0; i < list.length; i += chunk) {
      const part = list.slice(i, i + chunk);
      batches.push({ bucket, files: part, bytes: part.reduce((n, f) => n + f.sizeBytes, 0) });
    }
  }
  return batches.sort((a, b) => b.bytes - a.bytes || a.bucket - b.bucket);
}
async function extractFiles(files, options, buckets, progress, threads = availableParallelism()) {
  const total = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
  const staged = [];
  const batches = planBatches(files, options.repoId, buckets, threads);
  progress.start("extract", files.length, "files");
  const totalBytes = files.reduce((n2, f) => n2 + (f.status === "ok" ? f.sizeBytes : 0), 0);
  if (totalBytes <= IN_PROCESS_MAX_BYTES || threads <= 1) {
    const fx = await FileExtractor.create(options, "main");
    for (const batch of batches) {
      for (const f of batch.files) {
        fx.extractFile(f, total);
        progress.tick(1);
      }
      staged.push(...fx.flush(batch.bucket));
    }
    progress.done();
    return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: 0, staged };
  }
  const n = Math.max(1, Math.min(threads, batches.length));
  let next = 0;
  const runWorker = (k) => new Promise((resolve3, reject) => {
    const w = new Worker(workerUrl(), { workerData: { options, tag: `w${k}` } });
    const send = (m) => w.postMessage(m);
    const feed = () => {
      const batch = batches[next];
      if (batch) {
        send({ type: "batch", id: next++, bucket: batch.bucket, files: batch.files });
      } else send({ type: "finish" });
    };
    w.on("message", (m) => {
      if (m.type === "ready") feed();
      else if (m.type === "batch-done") {
        total.files += m.stats.files;
        total.bytes += m.stats.bytes;
        total.parseErrors += m.stats.parseErrors;
        staged.push(...m.staged);
        progress.tick(m.stats.files);
        feed();
      } else if (m.type === "finished") {
        void w.terminate().then(() => resolve3());
      } else {
        void w.terminate();
        reject(new Error(`extraction worker failed: ${m.message}`));
      }
    });
    w.on("error", reject);
    w.on("exit", (code2) => {
      if (code2 !== 0 && code2 !== 1) reject(new Error(`extraction worker exited with code ${code2}`));
    });
  });
  await Promise.all(Array.from({ length: n }, (_, k) => runWorker(k)));
  progress.done();
  staged.sort((a, b) => a.table < b.table ? -1 : a.table > b.table ? 1 : a.bucket - b.bucket || (a.path < b.path ? -1 : 1));
  return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: n, staged };
}

// src/incremental/change-set.ts
function computeChangeSet(inp) {
  const { previous, current, git: git2 } = inp;
  const next = /* @__PURE__ */ new Map();
  const currentPaths = new Set(current.map((f) => f.path));
  const added = [];
  const entries = [];
  const toExtract = [];
  const toReplace = [];
  for (const f of current) {
    const prev = previous.get(f.path);
    const isCandidate = git2 ? git2.candidates.has(f.path) || !prev || prev.status !== f.status : !prev || prev.status !== f.status || prev.size_bytes !== f.sizeBytes || prev.mtime_ns !== f.mtimeNs;
    if (!isCandidate && prev) {
      next.set(f.path, { ...prev, size_bytes: f.sizeBytes, mtime_ns: f.mtimeNs });
      entries.push({
        path: f.path,
        status: "unchanged",
        old_path: null,
        reason: git2 ? "not in git's change list" : "same size and mtime",
        old_sha256: prev.sha256,
        new_sha256: prev.sha256
      });
      continue;
    }
    const sha = f.status === "ok" ? inp.hash(f) : null;
    const entry = { path: f.path, file_id: inp.fileIdOf(f.path), size_bytes: f.sizeBytes, mtime_ns: f.mtimeNs, sha256: sha, status: f.status };
    next.set(f.path, entry);
    if (!prev) {
      added.push({ f, sha });
      continue;
    }
    if (prev.status === f.status && prev.sha256 === sha && sha !== null) {
      entries.push({ path: f.path, status: "unchanged", old_path: null, reason: "content hash unchanged", old_sha256: prev.sha256, new_sha256: sha });
      continue;
    }
    if (f.status !== "ok" && prev.status === f.status && prev.size_bytes === f.sizeBytes && prev.mtime_ns === f.mtimeNs) {
      entries.push({
        path: f.path,
        status: "unchanged",
        old_path: null,
        reason: `${f.status}, same size and mtime`,
        old_sha256: prev.sha256,
        new_sha256: null
      });
      continue;
    }
    const reason = prev.status !== f.status ? `status ${prev.status} -> ${f.status}` : "content hash changed";
    entries.push({ path: f.path, status: "modified", old_path: null, reason, old_sha256: prev.sha256, new_sha256: sha });
    toExtract.push(f.path);
    toReplace.push(f.path);
  }
  const deleted = [...previous.values()].filter((p) => !currentPaths.has(p.path));
  const deletedByPath = new Map(deleted.map((d) => [d.path, d]));
  const deletedBySha = /* @__PURE__ */ new Map();
  for (const d of deleted) if (d.sha256) deletedBySha.set(d.sha256, [...deletedBySha.get(d.sha256) ?? [], d]);
  const renamedFrom = /* @__PURE__ */ new Set();
  for (const { f, sha } of added) {
    let from = git2?.renames.get(f.path);
    let reason = "git detected a rename";
    if (!from || !deletedByPath.has(from) || renamedFrom.has(from)) {
      from = void 0;
      const same = sha ? (deletedBySha.get(sha) ?? []).find((d) => !renamedFrom.has(d.path)) : void 0;
      if (same) {
        from = same.path;
        reason = "identical content under a new path";
      }
    }
    const old = from ? deletedByPath.get(from) : void 0;
    if (from && old) {
      renamedFrom.add(from);
      entries.push({ path: f.path, status: "renamed", old_path: from, reason, old_sha256: old.sha256, new_sha256: sha });
      toReplace.push(from);
    } else entries.push({ path: f.path, status: "added", old_path: null, reason: "new file", old_sha256: null, new_sha256: sha });
    toExtract.push(f.path);
  }
  for (const d of deleted) {
    if (renamedFrom.has(d.path)) continue;
    entries.push({ path: d.path, status: "deleted", old_path: null, reason: "file removed", old_sha256: d.sha256, new_sha256: null });
    toReplace.push(d.path);
  }
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { entries, toExtract: toExtract.sort(), toReplace: toReplace.sort(), next };
}
function isEmptyChange(c) {
  return c.toExtract.length === 0 && c.toReplace.length === 0;
}

// src/incremental/git-changes.ts
import { execFileSync as execFileSync2 } from "node:child_process";
function git(repo, args) {
  return execFileSync2("git", args, { cwd: repo, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
}
function headCommit(repo) {
  try {
    return git(repo, ["rev-parse", "--verify", "-q", "HEAD^{commit}"]).toString().trim() || null;
  } catch {
    return null;
  }
}
function resolveCommit(repo, rev) {
  try {
    return git(repo, ["rev-parse", "--verify", "-q", `${rev}^{commit}`]).toString().trim() || null;
  } catch {
    return null;
  }
}
function dirtyPaths(repo, commit) {
  const proposal = gitProposal(repo, commit, []);
  return proposal ? [...proposal.candidates].sort() : [];
}
function gitProposal(repo, since, alsoCandidates) {
  try {
    git(repo, ["cat-file", "-e", `${since}^{commit}`]);
    const diff = git(repo, ["diff", "--name-status", "-M", "-z", "--relative", "--no-ext-diff", since, "--", "*.py"]).toString("utf8").split("\0");
    const candidates = new Set(alsoCandidates);
    const renames = /* @__PURE__ */ new Map();
    for (let i = 0; i < diff.length; ) {
      const status = diff[i++];
      if (!status) continue;
      if (status.startsWith("R") || status.startsWith("C")) {
        const from = diff[i++];
        const to = diff[i++];
        candidates.add(to);
        if (status.startsWith("R")) {
          candidates.add(from);
          renames.set(to, from);
        }
      } else candidates.add(diff[i++]);
    }
    const untracked = git(repo, ["ls-files", "--others", "--exclude-standard", "-z", "--", "*.py"]).toString("utf8").split("\0");
    for (const p of untracked) if (p) candidates.add(p);
    return { candidates, renames };
  } catch {
    return null;
  }
}

// src/store/sql.ts
function sqlString(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
function sqlIdent(s) {
  return `"${s.replace(/"/g, '""')}"`;
}
function parquetRelation(files, columns) {
  if (files.length === 0) {
    return `(SELECT ${columns.map(([n, t]) => `CAST(NULL AS ${t}) AS ${sqlIdent(n)}`).join(", ")} WHERE false)`;
  }
  const cols = columns.map(([n]) => sqlIdent(n)).join(", ");
  return `(SELECT ${cols} FROM read_parquet([${files.map(sqlString).join(", ")}]))`;
}

// src/incremental/module-interface.ts
function interfaceRowsSql(prefix, files) {
  const t = (name) => `${prefix}${name}`;
  return `
    WITH scopes AS (
      SELECT node_id, file_id, kind, local_qname FROM ${t("py_defs")}
      WHERE file_id IN (SELECT file_id FROM ${files}) AND kind IN ('MODULE', 'CLASS') AND local_qname NOT LIKE '%<locals>%'
    ),
    stars AS (
      SELECT i.file_id, i.bstart, i.level, coalesce(i.module, '') AS module
      FROM ${t("py_imports")} i JOIN scopes s ON s.node_id = i.scope_id AND s.file_id = i.file_id AND s.kind = 'MODULE'
      WHERE i.is_star
    ),
    rows AS (
      SELECT b.file_id,
             CASE WHEN s.kind = 'MODULE' THEN 'N|' || b.name ELSE 'C|' || s.local_qname || '|' || b.name END AS key,
             b.binding_kind || '|' ||
             row_number() OVER (PARTITION BY b.file_id, b.scope_id, b.name ORDER BY b.bstart, b.binding_kind) || '|' ||
             coalesce(d.kind || ':' || d.local_qname || ':' || d.ordinal,
                      i.import_kind || ':' || i.level || ':' || coalesce(i.module, '') || ':' || coalesce(i.name, ''),
                      -- any other binding (a variable): importers resolve the name to the NAME_REF
                      -- storing it, whose id is its span
                      '@' || b.bstart || ':' || b.bend) || '|' ||
             CASE WHEN s.kind = 'MODULE'
                  THEN (SELECT count(*) FROM stars x WHERE x.file_id = b.file_id AND x.bstart < b.bstart)
                  ELSE 0 END AS v
      FROM ${t("py_bindings")} b
      JOIN scopes s ON s.node_id = b.scope_id AND s.file_id = b.file_id
      LEFT JOIN ${t("py_defs")} d ON d.node_id = b.target_id AND d.file_id = b.file_id
      LEFT JOIN ${t("py_imports")} i ON i.node_id = b.target_id AND i.file_id = b.file_id
      UNION ALL
      SELECT file_id, 'S', string_agg(level || ':' || module, ';' ORDER BY bstart) FROM stars GROUP BY file_id
      UNION ALL
      SELECT d.file_id, 'K|' || d.local_qname, d.kind || '|' || d.ordinal || '|' || coalesce(d.bases, '') || '|' ||
             coalesce((SELECT string_agg(x.expr, ';' ORDER BY x.ordinal) FROM ${t("py_decorators")} x WHERE x.def_id = d.node_id AND x.file_id = d.file_id), '')
      FROM ${t("py_defs")} d
      WHERE d.file_id IN (SELECT file_id FROM ${files}) AND d.kind = 'CLASS' AND d.local_qname NOT LIKE '%<locals>%'
      UNION ALL
      SELECT f.file_id, 'A', coalesce(f.all_kind, '') || '|' ||
             coalesce((SELECT string_agg(e.ordinal || ':' || e.name, ';' ORDER BY e.ordinal) FROM ${t("py_exports")} e WHERE e.file_id = f.file_id), '')
      FROM ${t("py_files")} f WHERE f.file_id IN (SELECT file_id FROM ${files})
      UNION ALL
      SELECT m.file_id, 'X', coalesce(m.module, '') || '|' || m.is_package || '|' || m.importable || '|' || coalesce(m.root, '') || '|' ||
             EXISTS (SELECT 1 FROM ${t("py_defs")} d WHERE d.file_id = m.file_id AND d.kind = 'MODULE')
      FROM ${t("module_index")} m WHERE m.file_id IN (SELECT file_id FROM ${files})
    )
    SELECT CAST(file_id AS VARCHAR) AS file_id, key, md5(string_agg(v, chr(10) ORDER BY v)) AS fp FROM rows GROUP BY file_id, key`;
}
async function fileTable(db, fileIds) {
  await db.exec(`CREATE OR REPLACE TEMP TABLE _iface_files AS SELECT CAST(unnest([${fileIds.map((f) => `'${f}'`).join(", ")}]) AS BIGINT) AS file_id`);
}
async function interfaceChanges(db, fileIds) {
  if (fileIds.length === 0) return [];
  await fileTable(db, fileIds);
  return db.rows(`
    SELECT coalesce(n.file_id, o.file_id) AS file_id, coalesce(n.key, o.key) AS key
    FROM (${interfaceRowsSql("", "_iface_files")}) n
    FULL OUTER JOIN (${interfaceRowsSql("old_", "_iface_files")}) o USING (file_id, key)
    WHERE n.fp IS DISTINCT FROM o.fp
    ORDER BY 1, 2`);
}
async function changedInterfaces(db, fileIds) {
  return new Set((await interfaceChanges(db, fileIds)).map((c) => c.file_id));
}

// src/incremental/impact.ts
var MAX_PATH = 12;
function importsSql(prefix) {
  return `
    SELECT CAST(i.file_id AS VARCHAR) AS file_id, i.import_kind AS kind, i.name, i.bound_name, i.is_star,
           CASE WHEN s.kind = 'MODULE' THEN 'MODULE'
                WHEN s.kind = 'CLASS' AND s.local_qname NOT LIKE '%<locals>%' THEN 'CLASS'
                ELSE 'LOCAL' END AS scope,
           CASE WHEN s.kind = 'CLASS' THEN s.local_qname END AS cls,
           CASE
             WHEN i.level = 0 THEN i.module
             ELSE concat_ws('.',
                    nullif(array_to_string(string_split(m.module, '.')[1:greatest(len(string_split(m.module, '.')) - (i.level - CASE WHEN m.is_package THEN 1 ELSE 0 END), 0)], '.'), ''),
                    nullif(i.module, ''))
           END AS target
    FROM ${prefix}py_imports i
    JOIN ${prefix}module_index m USING (file_id)
    LEFT JOIN ${prefix}py_defs s ON s.node_id = i.scope_id AND s.file_id = i.file_id
    WHERE i.import_kind <> 'future'`;
}
function namesSql(prefix, modules) {
  const t = (n) => `${prefix}${n}`;
  return `
    WITH RECURSIVE
    mi AS (SELECT file_id, module, is_package FROM ${t("module_index")} WHERE module IS NOT NULL AND module <> ''),
    ms AS (SELECT node_id, file_id FROM ${t("py_defs")} WHERE kind = 'MODULE'),
    own AS (
      SELECT b.file_id, b.name FROM ${t("py_bindings")} b JOIN ms ON ms.node_id = b.scope_id AND ms.file_id = b.file_id
      UNION SELECT file_id, name FROM ${t("py_exports")}
    ),
    star_src AS (
      SELECT DISTINCT s.file_id AS importer, t.file_id AS src
      FROM (
        SELECT i.file_id,
               regexp_replace(CASE WHEN i.level = 0 THEN i.module
                 ELSE concat_ws('.',
                        nullif(array_to_string(string_split(m.module, '.')[1:greatest(len(string_split(m.module, '.')) - (i.level - CASE WHEN m.is_package THEN 1 ELSE 0 END), 0)], '.'), ''),
                        nullif(i.module, '')) END, '\\.__init__$', '') AS target
        FROM ${t("py_imports")} i JOIN ms ON ms.node_id = i.scope_id AND ms.file_id = i.file_id JOIN mi m ON m.file_id = i.file_id
        WHERE i.is_star
      ) s JOIN mi t ON t.module = s.target
    ),
    n(file_id, name) AS (
      SELECT file_id, name FROM own
      UNION
      SELECT ss.importer, n.name FROM star_src ss JOIN n ON n.file_id = ss.src
    )
    SELECT DISTINCT m.module, n.name FROM n JOIN mi m USING (file_id) WHERE m.module IN (${modules})`;
}
async function structuralNames(db) {
  const rows = await db.rows(
    "SELECT DISTINCT module, 'new' AS side FROM module_index WHERE importable AND module <> '' UNION SELECT DISTINCT module, 'old' FROM old_module_index WHERE importable AND module <> ''"
  );
  const of = (side) => {
    const mods = new Set(rows.filter((r) => r.side === side).map((r) => r.module));
    const tops = /* @__PURE__ */ new Set();
    const namespaces = /* @__PURE__ */ new Set();
    for (const m of mods) {
      const p = prefixes(m);
      tops.add(p[0]);
      for (const q of p.slice(0, -1)) if (!mods.has(q)) namespaces.add(q);
    }
    return { tops, namespaces };
  };
  const [a, b] = [of("old"), of("new")];
  const symDiff = (x, y) => [...[...x].filter((v) => !y.has(v)), ...[...y].filter((v) => !x.has(v))].sort();
  return { tops: symDiff(a.tops, b.tops), namespaces: symDiff(a.namespaces, b.namespaces) };
}
function prefixes(module) {
  const parts = module.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}
function normalizeModule(m) {
  return m.replace(/(^|\.)__init__(?=\.|$)/g, "").replace(/^\./, "");
}
function splitLast(module) {
  const i = module.lastIndexOf(".");
  return i < 0 ? null : [module.slice(0, i), module.slice(i + 1)];
}
function push(map, key, value) {
  const xs = map.get(key);
  if (xs) xs.push(value);
  else map.set(key, [value]);
}
var IDENT = /[A-Za-z_][A-Za-z0-9_]*/g;
var DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*$/;
function parseBase(text) {
  const t = text.replace(/\[[\s\S]*$/, "").trim();
  if (DOTTED.test(t)) {
    const parts = t.split(".").map((x) => x.trim());
    return { root: parts[0], chain: parts.slice(1) };
  }
  return { idents: new Set([...text.matchAll(IDENT)].map((m) => m[0])) };
}
function baseEffect(base, deep) {
  if (!("root" in base) || deep === null) return "mro";
  const P = deep.path;
  const C = base.chain;
  const common = Math.min(C.length, P.length);
  for (let i = 0; i < common; i++) if (C[i] !== P[i]) return void 0;
  if (C.length <= P.length) return { path: P.slice(C.length), any: deep.any };
  return deep.any.has(C[P.length]) ? "mro" : void 0;
}
function novel(done, key, deep) {
  const full = done.get(key);
  if (full === null) return void 0;
  if (deep === null) {
    done.set(key, null);
    return null;
  }
  const k = `${key}\0${deep.path.join(".")}`;
  const prev = done.get(k);
  if (prev === null) return void 0;
  if (prev === void 0) {
    done.set(k, new Set(deep.any));
    return deep;
  }
  const fresh = [...deep.any].filter((l) => !prev.has(l));
  if (fresh.length === 0) return void 0;
  for (const l of fresh) prev.add(l);
  return { path: deep.path, any: new Set(fresh) };
}
function deepNames(d) {
  return d === null ? [] : [...d.path, ...d.any];
}
function extend(prefix, last, deep) {
  const d = deep === null ? { path: prefix, any: /* @__PURE__ */ new Set([last]) } : { path: [...prefix, last, ...deep.path], any: deep.any };
  return d;
}
async function computeImpact(db, seeds) {
  const propagating = [...new Set(seeds.filter((s) => s.propagates).map((s) => s.file_id))];
  const changes = await interfaceChanges(db, propagating);
  if (changes.length === 0) {
    const paths = /* @__PURE__ */ new Map();
    const ids = [...new Set(seeds.map((s) => s.file_id))];
    if (ids.length > 0)
      for (const r of await db.rows(
        `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, path FROM (SELECT file_id, path FROM old_py_files UNION SELECT file_id, path FROM py_files) WHERE file_id IN (${ids.map((f) => `CAST(${sqlString(f)} AS BIGINT)`).join(", ")})`
      ))
        paths.set(r.file_id, r.path);
    return ids.map((file_id) => ({
      file_id,
      path: paths.get(file_id) ?? "",
      reasons: [...new Set(seeds.filter((s) => s.file_id === file_id).map((s) => s.reason))].sort()
    })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  const closure = new Closure(db);
  const t0 = performance.now();
  await closure.load();
  const t1 = performance.now();
  await closure.seed(seeds, changes);
  const t2 = performance.now();
  await closure.run();
  if (process.env.PYCPG_IMPACT_DEBUG)
    process.stderr.write(`impact: load ${Math.round(t1 - t0)} ms, seed ${Math.round(t2 - t1)} ms, run ${Math.round(performance.now() - t2)} ms
`);
  return closure.result();
}
var Closure = class {
  constructor(db) {
    this.db = db;
  }
  db;
  paths = /* @__PURE__ */ new Map();
  modulesOf = /* @__PURE__ */ new Map();
  // readers, by the module they read
  nameDeps = /* @__PURE__ */ new Map();
  starDeps = /* @__PURE__ */ new Map();
  subtreeDeps = /* @__PURE__ */ new Map();
  exactDeps = /* @__PURE__ */ new Map();
  starSources = /* @__PURE__ */ new Map();
  classes = /* @__PURE__ */ new Map();
  /** file -> identifier in a class's bases -> classes */
  basesBy = /* @__PURE__ */ new Map();
  // closure state
  /** file -> reason template ({} = the names) -> names */
  reasons = /* @__PURE__ */ new Map();
  doneChanges = /* @__PURE__ */ new Map();
  doneLocals = /* @__PURE__ */ new Map();
  pending = [];
  pendingLocal = [];
  /** attribute name -> files that load it -> the first identifiers of its receivers (fetched per round) */
  attrs = /* @__PURE__ */ new Map();
  /** file -> names of the first parameter of its methods (`self`, `cls`, ...) */
  firstParams = /* @__PURE__ */ new Map();
  /** module -> every name of its namespace, old and new (fetched per round) */
  names = /* @__PURE__ */ new Map();
  /** Seeds whose interface changed: the changes of their own names are `own`. */
  changedSeeds = /* @__PURE__ */ new Set();
  async load() {
    const db = this.db;
    for (const r of await db.rows(
      "SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, path FROM (SELECT file_id, path FROM old_py_files UNION SELECT file_id, path FROM py_files)"
    ))
      this.paths.set(r.file_id, r.path);
    for (const r of await db.rows(
      "SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, module FROM (SELECT file_id, module FROM module_index UNION SELECT file_id, module FROM old_module_index) WHERE module IS NOT NULL AND module <> ''"
    ))
      push(this.modulesOf, r.file_id, r.module);
    const imports = await db.rows(`SELECT DISTINCT * FROM ((${importsSql("")}) UNION ALL (${importsSql("old_")}))`);
    for (const i of imports) {
      if (!i.target) continue;
      const target = normalizeModule(i.target);
      if (!target) continue;
      const b = { file: i.file_id, bound: i.bound_name, scope: i.scope, cls: i.scope === "CLASS" ? i.cls : null };
      if (i.kind === "import") {
        const top = target.split(".")[0];
        for (const p of prefixes(target)) push(this.exactDeps, p, b);
        push(this.subtreeDeps, i.bound_name && i.bound_name !== top ? target : top, b);
      } else if (i.is_star) {
        push(this.starDeps, target, b);
        let s = this.starSources.get(i.file_id);
        if (!s) this.starSources.set(i.file_id, s = /* @__PURE__ */ new Set());
        s.add(target);
      } else if (i.name) {
        let byName = this.nameDeps.get(target);
        if (!byName) this.nameDeps.set(target, byName = /* @__PURE__ */ new Map());
        push(byName, i.name, b);
        push(this.exactDeps, target, b);
        push(this.exactDeps, `${target}.${i.name}`, b);
        push(this.subtreeDeps, `${target}.${i.name}`, b);
      }
    }
    const defs = await db.rows(
      "SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, local_qname, name, bases FROM (SELECT file_id, local_qname, name, bases FROM py_defs WHERE kind = 'CLASS' UNION ALL SELECT file_id, local_qname, name, bases FROM old_py_defs WHERE kind = 'CLASS')"
    );
    for (const d of defs) {
      let byQ = this.classes.get(d.file_id);
      if (!byQ) this.classes.set(d.file_id, byQ = /* @__PURE__ */ new Map());
      let info = byQ.get(d.local_qname);
      if (!info) byQ.set(d.local_qname, info = { qname: d.local_qname, name: d.name, bases: [], own: /* @__PURE__ */ new Set(), local: d.local_qname.includes("<locals>") });
      let texts = [];
      try {
        texts = JSON.parse(d.bases ?? "[]");
      } catch {
        texts = [d.bases ?? ""];
      }
      for (const t of Array.isArray(texts) ? texts : []) info.bases.push(parseBase(String(t)));
    }
    const members = await db.rows(`
      SELECT DISTINCT CAST(b.file_id AS VARCHAR) AS file_id, s.local_qname AS cls, b.name
      FROM (SELECT b.file_id, b.scope_id, b.name FROM py_bindings b UNION ALL SELECT b.file_id, b.scope_id, b.name FROM old_py_bindings b) b
      JOIN (SELECT node_id, file_id, local_qname FROM py_defs WHERE kind = 'CLASS' UNION ALL SELECT node_id, file_id, local_qname FROM old_py_defs WHERE kind = 'CLASS') s
        ON s.node_id = b.scope_id AND s.file_id = b.file_id`);
    for (const m of members) this.classes.get(m.file_id)?.get(m.cls)?.own.add(m.name);
    for (const r of await db.rows(`
      SELECT DISTINCT CAST(p.file_id AS VARCHAR) AS file_id, p.name
      FROM py_params p JOIN py_defs f ON f.node_id = p.def_id AND f.file_id = p.file_id
      WHERE p.ordinal = 0 AND f.is_method`)) {
      let s = this.firstParams.get(r.file_id);
      if (!s) this.firstParams.set(r.file_id, s = /* @__PURE__ */ new Set());
      s.add(r.name);
    }
    for (const [file, byQ] of this.classes) {
      const index = /* @__PURE__ */ new Map();
      for (const c of byQ.values()) {
        const roots = /* @__PURE__ */ new Set();
        for (const b of c.bases) for (const r of "root" in b ? [b.root] : b.idents) roots.add(r);
        for (const r of roots) push(index, r, c);
      }
      this.basesBy.set(file, index);
    }
  }
  async seed(seeds, changes) {
    for (const s of seeds) this.impact(s.file_id, s.reason);
    const byFile = /* @__PURE__ */ new Map();
    for (const c of changes) push(byFile, c.file_id, c.key);
    for (const f of byFile.keys()) this.changedSeeds.add(f);
    const starFiles = [...byFile].filter(([, keys]) => keys.includes("S")).map(([f]) => f);
    await this.fetchNames(starFiles.flatMap((f) => [...this.starSources.get(f) ?? []]));
    await this.fetchPublic(starFiles.flatMap((f) => [...this.starSources.get(f) ?? []]));
    const allFiles = [...byFile].filter(([, keys]) => keys.includes("A")).map(([f]) => f);
    const publicNames = await this.publicChanges(allFiles);
    const memberNames = changes.flatMap((c) => c.key.startsWith("C|") ? [c.key.slice(c.key.lastIndexOf("|") + 1)] : []);
    await this.fetchAttrs(memberNames);
    for (const [file, keys] of byFile) {
      const mods = this.modulesOf.get(file) ?? [];
      for (const key of keys) {
        if (key === "X") {
          for (const m of mods) {
            this.emit({ module: m, name: "*", deep: null, own: true });
            const pl = splitLast(m);
            if (pl) this.emit({ module: pl[0], name: pl[1], deep: null, own: true });
          }
        } else if (key.startsWith("N|")) {
          this.local(file, key.slice(2), "MODULE", null, null);
        } else if (key.startsWith("K|")) {
          const cls = this.classes.get(file)?.get(key.slice(2));
          if (cls) this.classChange(file, cls, null, false);
        } else if (key.startsWith("C|")) {
          const [q, n] = [key.slice(2, key.lastIndexOf("|")), key.slice(key.lastIndexOf("|") + 1)];
          const cls = this.classes.get(file)?.get(q);
          if (cls) this.classChange(file, cls, { path: [], any: /* @__PURE__ */ new Set([n]) }, false);
          else for (const m of mods) this.emit({ module: m, name: q.split(".")[0], deep: null, own: true });
        } else if (key === "S") {
          for (const src of this.starSources.get(file) ?? [])
            for (const n of this.names.get(src) ?? []) if (this.isPublic(src, n)) this.local(file, n, "MODULE", null, null);
        } else if (key === "A") {
          for (const n of publicNames.get(file) ?? []) for (const m of mods) this.emit({ module: m, name: n, deep: null, own: true, publicOnly: true });
        }
      }
    }
    const structure = await structuralNames(this.db);
    for (const t of structure.tops) {
      const why = `imports under ${t} (top-level name added or removed)`;
      const keys = /* @__PURE__ */ new Set([...this.nameDeps.keys(), ...this.starDeps.keys(), ...this.subtreeDeps.keys(), ...this.exactDeps.keys()]);
      for (const k of keys) if (k === t || k.startsWith(`${t}.`)) this.emit({ module: k, name: "*", deep: null, own: true, why });
    }
    for (const n of structure.namespaces) {
      const why = `imports ${n} (namespace package added or removed)`;
      this.emit({ module: n, name: "*", deep: null, own: true, why });
      const pl = splitLast(n);
      if (pl) this.emit({ module: pl[0], name: pl[1], deep: null, own: true, why });
    }
  }
  /** Files whose public names changed with their `__all__`: the names whose publicness may differ. */
  async publicChanges(files) {
    const out = /* @__PURE__ */ new Map();
    if (files.length === 0) return out;
    const list = files.map((f) => `CAST(${sqlString(f)} AS BIGINT)`).join(", ");
    const rows = await this.db.rows(`
      SELECT CAST(f.file_id AS VARCHAR) AS file_id, 'new' AS side, f.all_kind, e.name FROM py_files f LEFT JOIN py_exports e USING (file_id) WHERE f.file_id IN (${list})
      UNION ALL
      SELECT CAST(f.file_id AS VARCHAR), 'old', f.all_kind, e.name FROM old_py_files f LEFT JOIN old_py_exports e USING (file_id) WHERE f.file_id IN (${list})`);
    const kindChanged = /* @__PURE__ */ new Set();
    for (const f of files) {
      const side = (s) => rows.filter((r) => r.file_id === f && r.side === s);
      const [o, n] = [side("old"), side("new")];
      const on = new Set(o.flatMap((r) => r.name ? [r.name] : []));
      const nn = new Set(n.flatMap((r) => r.name ? [r.name] : []));
      const names = new Set([...on].filter((x) => !nn.has(x)).concat([...nn].filter((x) => !on.has(x))));
      if ((o[0]?.all_kind ?? null) !== (n[0]?.all_kind ?? null)) {
        kindChanged.add(f);
        for (const x of [...on, ...nn]) names.add(x);
      }
      out.set(f, names);
    }
    await this.fetchNames([...kindChanged].flatMap((f) => this.modulesOf.get(f) ?? []));
    for (const f of kindChanged) for (const m of this.modulesOf.get(f) ?? []) for (const n of this.names.get(m) ?? []) out.get(f)?.add(n);
    return out;
  }
  async run() {
    while (this.pending.length > 0 || this.pendingLocal.length > 0) {
      const changes = this.pending;
      const locals = this.pendingLocal;
      this.pending = [];
      this.pendingLocal = [];
      const effective = [];
      for (const c of changes) {
        const deep = novel(this.doneChanges, `${c.module}\0${c.name}\0${c.publicOnly ? "p" : "v"}`, c.deep);
        if (deep !== void 0) effective.push({ ...c, deep });
      }
      const wanted = /* @__PURE__ */ new Set();
      for (const c of effective) {
        if (c.name !== "*") wanted.add(c.name);
        for (const x of deepNames(c.deep)) wanted.add(x);
        for (const x of c.module.split(".")) wanted.add(x);
      }
      for (const l of locals) for (const x of deepNames(l.deep)) wanted.add(x);
      await this.fetchAttrs([...wanted]);
      await this.fetchNames(effective.filter((c) => c.name === "*" && this.starDeps.has(c.module)).map((c) => c.module));
      await this.fetchPublic(effective.filter((c) => this.starDeps.has(c.module)).map((c) => c.module));
      for (const l of locals) {
        if (l.kind === "name") this.local(l.file, l.name, l.scope, l.cls, l.deep);
        else this.classChange(l.file, l.cls, l.deep, l.inherited);
      }
      for (const c of effective) this.process(c);
    }
  }
  async fetchAttrs(names) {
    const missing = [...new Set(names)].filter((n) => !this.attrs.has(n));
    if (missing.length === 0) return;
    for (const n of missing) this.attrs.set(n, /* @__PURE__ */ new Map());
    for (let i = 0; i < missing.length; i += 2e3) {
      const list = missing.slice(i, i + 2e3).map(sqlString).join(", ");
      const rows = await this.db.rows(
        `SELECT DISTINCT attr, CAST(file_id AS VARCHAR) AS file_id, regexp_extract(receiver, '^\\s*([A-Za-z_][A-Za-z0-9_]*)', 1) AS root FROM py_attributes WHERE attr IN (${list})`
      );
      for (const r of rows) {
        const byFile = this.attrs.get(r.attr);
        if (!byFile) continue;
        let roots = byFile.get(r.file_id);
        if (!roots) byFile.set(r.file_id, roots = /* @__PURE__ */ new Set());
        roots.add(r.root);
      }
    }
  }
  async fetchNames(modules) {
    const missing = [...new Set(modules)].filter((m) => !this.names.has(m));
    if (missing.length === 0) return;
    for (const m of missing) this.names.set(m, /* @__PURE__ */ new Set());
    const list = missing.map(sqlString).join(", ");
    const rows = await this.db.rows(`(${namesSql("", list)}) UNION (${namesSql("old_", list)})`);
    for (const r of rows) this.names.get(r.module)?.add(r.name);
  }
  /** module -> the literal `__all__` of each side where it has one, null for a side without (old, new) */
  publicSets = /* @__PURE__ */ new Map();
  async fetchPublic(modules) {
    const missing = [...new Set(modules)].filter((m) => !this.publicSets.has(m));
    if (missing.length === 0) return;
    const list = missing.map(sqlString).join(", ");
    const side = (p) => `
      SELECT m.module, '${p}' AS side, f.all_kind, e.name
      FROM ${p}module_index m JOIN ${p}py_files f USING (file_id) LEFT JOIN ${p}py_exports e USING (file_id)
      WHERE m.module IN (${list})`;
    const rows = await this.db.rows(`${side("")} UNION ALL ${side("old_")}`);
    for (const m of missing) {
      const sets = [];
      for (const sd of ["old_", ""]) {
        const rs = rows.filter((r) => r.module === m && r.side === sd);
        if (rs.length === 0) continue;
        if (rs.some((r) => r.all_kind !== "literal")) sets.push(null);
        else sets.push(new Set(rs.flatMap((r) => r.name ? [r.name] : [])));
      }
      this.publicSets.set(m, sets.length ? sets : [null]);
    }
  }
  /** Whether `from module import *` may bind `name` (on either side of the change). */
  isPublic(module, name) {
    const sets = this.publicSets.get(module) ?? [null];
    return sets.some((s) => s === null ? !name.startsWith("_") : s.has(name));
  }
  known(d) {
    return deepNames(d).every((x) => this.attrs.has(x));
  }
  /**
   * Whether `file` loads every attribute of the path and one of `any` (a null change: always),
   * the latter on a receiver whose first identifier is one of `roots` (null: any receiver): an
   * attribute chain `b.x.y` starts at the name b it reads.
   */
  loads(file, d, roots) {
    if (d === null) return true;
    for (const x of d.path) if (!this.attrs.get(x)?.has(file)) return false;
    for (const x of d.any) {
      const rs = this.attrs.get(x)?.get(file);
      if (rs && (roots === null || [...rs].some((r) => roots.has(r) || r === ""))) return true;
    }
    return false;
  }
  /** Whether some file loads the attribute chain at all (else nothing can see the change, nor propagate it). */
  viable(d) {
    if (d === null) return true;
    if (d.path.length >= MAX_PATH) return false;
    const sets = d.path.map((x) => this.attrs.get(x) ?? /* @__PURE__ */ new Map()).sort((a, b) => a.size - b.size);
    const anyFiles = /* @__PURE__ */ new Set();
    for (const x of d.any) for (const f of this.attrs.get(x)?.keys() ?? []) anyFiles.add(f);
    const base = sets[0]?.keys() ?? anyFiles;
    for (const f of base) if (anyFiles.has(f) && sets.every((s) => s.has(f))) return true;
    return false;
  }
  impact(file, template, name) {
    let r = this.reasons.get(file);
    if (!r) this.reasons.set(file, r = /* @__PURE__ */ new Map());
    let names = r.get(template);
    if (!names) r.set(template, names = /* @__PURE__ */ new Set());
    if (name !== void 0) names.add(name);
  }
  emit(c) {
    if (this.viable(c.deep)) this.pending.push(c);
  }
  process(c) {
    const M = c.module;
    if (c.name === "*") {
      const why = c.why ?? `imports ${M} (changed)`;
      if (!c.publicOnly) {
        for (const deps of this.nameDeps.get(M)?.values() ?? []) for (const b of deps) this.hitDeep(b, null, why);
        for (const b of this.exactDeps.get(M) ?? []) this.hitDeep(b, null, why);
        for (const [T, deps] of this.subtreeDeps) {
          if (T === M || T.startsWith(`${M}.`)) for (const b of deps) this.hitDeep(b, null, why);
        }
        const parts = M.split(".");
        for (let i = 1; i < parts.length; i++) {
          const deps = this.subtreeDeps.get(parts.slice(0, i).join("."));
          if (!deps) continue;
          const d = { path: parts.slice(i, -1), any: /* @__PURE__ */ new Set([parts[parts.length - 1]]) };
          if (this.viable(d)) for (const b of deps) this.hitDeep(b, d, `uses attributes of ${parts.slice(0, i).join(".")} (changed: {})`, M);
        }
      }
      for (const b of this.starDeps.get(M) ?? []) {
        this.impact(b.file, c.why ?? `star import of ${M} (changed)`);
        for (const n2 of this.names.get(M) ?? []) if (this.isPublic(M, n2)) this.local(b.file, n2, b.scope, b.cls, null);
      }
      return;
    }
    const n = c.name;
    if (!c.publicOnly) {
      const why = c.why ?? (c.own ? `imports ${M} (changed: {})` : `re-export via ${M} (changed: {})`);
      for (const b of this.nameDeps.get(M)?.get(n) ?? []) this.hitDeep(b, c.deep, why, n);
      const parts = M.split(".");
      for (let i = 1; i <= parts.length; i++) {
        const p = parts.slice(0, i).join(".");
        const deps = this.subtreeDeps.get(p);
        if (!deps) continue;
        const d = extend(parts.slice(i), n, c.deep);
        if (this.viable(d)) for (const b of deps) this.hitDeep(b, d, `uses attributes of ${p} (changed: {})`, `${M}.${n}`);
      }
    }
    if (c.publicOnly || this.isPublic(M, n))
      for (const b of this.starDeps.get(M) ?? []) this.hitStar(b, n, c.deep, c.why ?? `star import of ${M} (changed: {})`);
  }
  hitDeep(b, d, why, name) {
    if (this.loads(b.file, d, b.bound ? /* @__PURE__ */ new Set([b.bound]) : null)) this.impact(b.file, why, name);
    if (b.bound) this.local(b.file, b.bound, b.scope, b.cls, d);
  }
  hitStar(b, n, d, why) {
    if (this.loads(b.file, d, /* @__PURE__ */ new Set([n]))) this.impact(b.file, why, n);
    this.local(b.file, n, b.scope, b.cls, d);
  }
  /** Name `name` bound in `file` (at `scope`) changed: re-export it and update the classes built on it. */
  local(file, name, scope, cls, d) {
    if (!this.known(d)) {
      this.pendingLocal.push({ kind: "name", file, name, scope, cls, deep: d });
      return;
    }
    const deep = novel(this.doneLocals, `${file}\0${scope}\0${cls ?? ""}\0${name}`, d);
    if (deep === void 0) return;
    if (scope === "MODULE") {
      for (const m of this.modulesOf.get(file) ?? []) this.emit({ module: m, name, deep, own: this.changedSeeds.has(file) });
    } else if (scope === "CLASS" && cls !== null) {
      const info = this.classes.get(file)?.get(cls);
      const member = extend([], name, deep);
      if (info) this.classChange(file, info, member, false);
    }
    for (const c of this.basesBy.get(file)?.get(name) ?? []) {
      for (const b of c.bases) {
        if ("root" in b ? b.root !== name : !b.idents.has(name)) continue;
        const effect = baseEffect(b, deep);
        if (effect === "mro") this.classChange(file, c, null, true);
        else if (effect !== void 0) this.classChange(file, c, effect, true);
      }
    }
  }
  /**
   * Class `c` of `file` changed: its MRO (null) or members below it (a deep change), its own or
   * `inherited` from a base (then the names its own body binds shadow them for its readers; its
   * own methods may still reach them through `super()`, so the file is checked unfiltered).
   */
  classChange(file, c, d, inherited) {
    if (!this.known(d)) {
      this.pendingLocal.push({ kind: "class", file, cls: c, deep: d, inherited });
      return;
    }
    const roots = /* @__PURE__ */ new Set([c.name, "super", ...this.firstParams.get(file) ?? []]);
    let shown = d;
    if (d !== null && inherited) {
      if (d.path.length > 0) {
        if (c.own.has(d.path[0])) shown = { path: [], any: /* @__PURE__ */ new Set() };
      } else {
        shown = { path: [], any: new Set([...d.any].filter((x) => !c.own.has(x))) };
      }
    }
    if (d === null) this.impact(file, "subclass of a changed class ({})", c.qname);
    else if (this.loads(file, shown, roots) || inherited && this.loads(file, d, /* @__PURE__ */ new Set(["super"])))
      this.impact(file, inherited ? "inherits changed members ({})" : "class members changed ({})", c.qname);
    if (shown !== null && shown.any.size === 0) return;
    const deep = novel(this.doneLocals, `${file}\0class\0${c.qname}`, shown);
    if (deep === void 0) return;
    const parts = c.qname.split(".");
    if (c.local || parts.length === 1) {
      this.local(file, c.name, c.local ? "LOCAL" : "MODULE", null, deep);
    } else {
      this.local(file, c.name, "LOCAL", null, deep);
      const rest = parts.slice(1);
      const outer = extend(rest.slice(0, -1), rest[rest.length - 1], deep);
      this.local(file, parts[0], "MODULE", null, outer);
    }
  }
  result() {
    return [...this.reasons.entries()].map(([file_id, r]) => ({ file_id, path: this.paths.get(file_id) ?? "", reasons: [...r].map(([t, names]) => formatReason(t, names)).sort() })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
};
function formatReason(template, names) {
  if (!template.includes("{}")) return template;
  const xs = [...names].sort();
  const shown = xs.slice(0, 5).join(", ") + (xs.length > 5 ? ` and ${xs.length - 5} more` : "");
  return template.replace("{}", shown);
}

// src/incremental/snapshot.ts
function snapshotToStored(s) {
  const out = {};
  for (const [p, e] of [...s.entries()].sort((a, b) => a[0] < b[0] ? -1 : 1)) out[p] = [e.file_id, e.size_bytes, e.mtime_ns, e.sha256, e.status];
  return out;
}
function snapshotFromStored(s) {
  if (!s || typeof s !== "object") return null;
  const m = /* @__PURE__ */ new Map();
  for (const [path, v] of Object.entries(s)) {
    if (!Array.isArray(v) || v.length !== 5) return null;
    m.set(path, { path, file_id: v[0], size_bytes: v[1], mtime_ns: v[2], sha256: v[3], status: v[4] });
  }
  return m;
}

// src/publish/publish-outputs.ts
import { copyFileSync, linkSync, mkdirSync as mkdirSync4, readdirSync as readdirSync3, rmSync as rmSync2, statSync as statSync2 } from "node:fs";
import { join as join7 } from "node:path";

// src/store/duckdb.ts
import { availableParallelism as availableParallelism2 } from "node:os";
var TRACE = process.env.PYCPG_TRACE_SQL === "1";
async function traced(sql, run) {
  if (!TRACE) return run();
  const t0 = performance.now();
  const out = await run();
  const ms = performance.now() - t0;
  if (ms > 2) process.stderr.write(`[sql ${ms.toFixed(0).padStart(5)} ms] ${sql.replace(/\s+/g, " ").slice(0, 160)}
`);
  return out;
}
var DEFAULT_MEMORY_LIMIT = "1GB";
async function openDb(threads = availableParallelism2(), opts = {}) {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const config = {
    threads: String(threads),
    preserve_insertion_order: opts.preserveInsertionOrder === false ? "false" : "true",
    memory_limit: process.env.PYCPG_DUCKDB_MEMORY_LIMIT || DEFAULT_MEMORY_LIMIT
  };
  if (opts.tempDirectory) config.temp_directory = opts.tempDirectory;
  const instance = await DuckDBInstance.create(":memory:", config);
  const con = await instance.connect();
  await con.run("SET parquet_metadata_cache = true");
  return {
    con,
    async exec(sql) {
      await traced(sql, () => con.run(sql));
    },
    async rows(sql) {
      const r = await traced(sql, () => con.runAndReadAll(sql));
      return r.getRowObjectsJson();
    },
    close() {
      con.closeSync();
      instance.closeSync();
    }
  };
}

// src/publish/replace-folder.ts
import { existsSync as existsSync2, mkdirSync as mkdirSync2, renameSync, rmSync } from "node:fs";
import { join as join5 } from "node:path";
async function replaceFolder(outDir, name, fill) {
  const target = join5(outDir, name);
  const tmp = join5(outDir, `.${name}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync2(tmp, { recursive: true });
  await fill(tmp);
  const old = join5(outDir, `.${name}.old-${process.pid}`);
  rmSync(old, { recursive: true, force: true });
  if (existsSync2(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}

// src/publish/run-tables.ts
init_row_builder();
import { createHash as createHash3 } from "node:crypto";
import { mkdirSync as mkdirSync3, readFileSync as readFileSync4, renameSync as renameSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join6 } from "node:path";
var SNAPSHOT_TABLE = {
  name: "snapshot",
  columns: [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["size_bytes", "BIGINT"],
    ["mtime_ns", "BIGINT"],
    ["sha256", "VARCHAR"],
    ["status", "VARCHAR"]
  ],
  sortKey: ["path"]
};
var DIFF_REPORT_TABLE = {
  name: "diff_report",
  columns: [
    ["path", "VARCHAR"],
    // added | modified | deleted | renamed | unchanged
    ["status", "VARCHAR"],
    ["old_path", "VARCHAR"],
    ["reason", "VARCHAR"],
    ["old_file_id", "BIGINT"],
    ["new_file_id", "BIGINT"],
    ["old_size_bytes", "BIGINT"],
    ["new_size_bytes", "BIGINT"],
    ["old_mtime_ns", "BIGINT"],
    ["new_mtime_ns", "BIGINT"],
    ["old_sha256", "VARCHAR"],
    ["new_sha256", "VARCHAR"]
  ],
  sortKey: ["path"]
};
var RUN_TABLES = [SNAPSHOT_TABLE.name, DIFF_REPORT_TABLE.name];
function diffReportRows(inp) {
  const rows = [];
  const entries = inp.changes ? [...inp.changes.entries] : [...inp.snapshot.keys()].map((path) => ({ path, status: "added", old_path: null, reason: inp.fullReason }));
  for (const e of entries) {
    const now = e.status === "deleted" ? void 0 : inp.snapshot.get(e.path);
    const before = e.status === "added" ? void 0 : inp.previous?.get(e.old_path ?? e.path);
    rows.push({
      path: e.path,
      status: e.status,
      old_path: e.old_path,
      reason: e.reason,
      old_file_id: before?.file_id ?? null,
      new_file_id: now?.file_id ?? null,
      old_size_bytes: before?.size_bytes ?? null,
      new_size_bytes: now?.size_bytes ?? null,
      old_mtime_ns: before?.mtime_ns ?? null,
      new_mtime_ns: now?.mtime_ns ?? null,
      old_sha256: before?.sha256 ?? null,
      new_sha256: now?.sha256 ?? null
    });
  }
  return rows.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function snapshotRows(s) {
  return [...s.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((e) => ({ file_id: e.file_id, path: e.path, size_bytes: e.size_bytes, mtime_ns: e.mtime_ns, sha256: e.sha256, status: e.status }));
}
async function toParquet(spec2, rows, rowsHash) {
  const { loadParquetWriter: loadParquetWriter2, rowsToParquet: rowsToParquet2 } = await Promise.resolve().then(() => (init_parquet_writer(), parquet_writer_exports));
  await loadParquetWriter2();
  const b = new RowBuilder(spec2);
  for (const r of rows) {
    const cells = {};
    for (const [name, type] of spec2.columns) {
      const v = r[name] ?? null;
      cells[name] = type === "BIGINT" && typeof v === "string" ? decimalToId64(v) : v;
    }
    b.add(cells);
  }
  return rowsToParquet2(b, /* @__PURE__ */ new Map([[ROWS_HASH_KEY, rowsHash]]));
}
function decimalToId64(s) {
  const v = BigInt.asUintN(64, BigInt(s));
  return { lo: Number(v & 0xffffffffn) | 0, hi: Number(v >> 32n) | 0 };
}
async function writeRunTables(outDir, stateDir, inp) {
  const written = {};
  const tables = [
    [SNAPSHOT_TABLE, snapshotRows(inp.snapshot)],
    [DIFF_REPORT_TABLE, diffReportRows(inp)]
  ];
  const runDir = join6(stateDir, "run");
  mkdirSync3(runDir, { recursive: true });
  for (const [spec2, rows] of tables) {
    const stateFile = join6(runDir, `${spec2.name}.parquet`);
    const target = join6(outDir, spec2.name);
    const outFile = join6(target, "part-00000.parquet");
    written[spec2.name] = target;
    const rowsHash = sha256(JSON.stringify([spec2.columns, rows]));
    if (writtenFrom(stateFile, outFile, rowsHash)) continue;
    const bytes = await toParquet(spec2, rows, rowsHash);
    writeFileSync2(`${stateFile}.tmp-${process.pid}`, bytes);
    renameSync2(`${stateFile}.tmp-${process.pid}`, stateFile);
    await replaceFolder(outDir, spec2.name, (tmp) => writeFileSync2(join6(tmp, "part-00000.parquet"), bytes));
  }
  return written;
}
var ROWS_HASH_KEY = "pycpg.rows_sha256";
function sha256(data) {
  return createHash3("sha256").update(data).digest("hex");
}
function writtenFrom(stateFile, outFile, rowsHash) {
  let a;
  let b;
  try {
    a = readFileSync4(stateFile);
    b = readFileSync4(outFile);
  } catch {
    return false;
  }
  if (a.length < 12 || !a.equals(b) || a.toString("latin1", a.length - 4) !== "PAR1") return false;
  const footerLen = a.readUInt32LE(a.length - 8);
  if (footerLen > a.length - 12) return false;
  return a.subarray(a.length - 8 - footerLen, a.length - 8).includes(`${ROWS_HASH_KEY}`) && a.subarray(a.length - 8 - footerLen).includes(rowsHash);
}

// src/publish/publish-outputs.ts
async function publishOutputs(store, manifest, specs, outDir, db) {
  mkdirSync4(outDir, { recursive: true });
  removeStaleTemps(outDir, specs);
  const written = {};
  let ownDb = null;
  try {
    for (const spec2 of specs) {
      const target = join7(outDir, spec2.name);
      const files = store.filesOf(manifest, spec2.name);
      written[spec2.name] = target;
      if (alreadyLinked(target, files)) continue;
      await replaceFolder(outDir, spec2.name, async (tmp) => {
        if (files.length === 0) {
          const q = db ?? (ownDb ??= await openDb(1));
          await q.exec(`COPY (SELECT * FROM ${parquetRelation([], spec2.columns)}) TO ${sqlString(join7(tmp, "part-empty.parquet"))} (FORMAT parquet)`);
        }
        files.forEach((f, i) => {
          const part = join7(tmp, `part-${String(i).padStart(5, "0")}.parquet`);
          try {
            linkSync(f, part);
          } catch {
            copyFileSync(f, part);
          }
        });
      });
    }
  } finally {
    ownDb?.close();
  }
  return written;
}
function alreadyLinked(target, files) {
  if (files.length === 0) return false;
  let entries;
  try {
    entries = readdirSync3(target);
  } catch {
    return false;
  }
  if (entries.length !== files.length) return false;
  for (let i = 0; i < files.length; i++) {
    const part = statSync2(join7(target, `part-${String(i).padStart(5, "0")}.parquet`), { throwIfNoEntry: false });
    const src = statSync2(files[i], { throwIfNoEntry: false });
    if (!part || !src || part.ino !== src.ino || part.dev !== src.dev) return false;
  }
  return true;
}
function removeStaleTemps(outDir, specs) {
  const names = /* @__PURE__ */ new Set([...specs.map((s) => s.name), ...RUN_TABLES]);
  for (const entry of readdirSync3(outDir)) {
    const m = /^(?:\.(.+)\.(?:tmp|old)|report\.(?:json|md)\.tmp)-(\d+)$/.exec(entry);
    if (!m || m[1] !== void 0 && !names.has(m[1])) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && processGone(pid)) rmSync2(join7(outDir, entry), { recursive: true, force: true });
  }
}
function processGone(pid) {
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return err.code === "ESRCH";
  }
}
function publishedRelation(outDir, table2) {
  return `read_parquet(${sqlString(join7(outDir, table2, "*.parquet"))})`;
}

// src/report/build-report.ts
var MAX_DIAGNOSTICS = 50;
async function summarizeGraph(db) {
  const byKind = async (table2) => Object.fromEntries(
    (await db.rows(`SELECT kind, count(*) AS n FROM ${table2} GROUP BY kind ORDER BY kind`)).map((r) => [r.kind, Number(r.n)])
  );
  const nodes = await byKind("cpg_nodes");
  const edges = await byKind("cpg_edges");
  const props = Number((await db.rows("SELECT count(*) AS n FROM cpg_props"))[0]?.n ?? 0);
  const fileStatus = Object.fromEntries(
    (await db.rows("SELECT status, count(*) AS n FROM py_files GROUP BY status ORDER BY status")).map((r) => [
      r.status,
      Number(r.n)
    ])
  );
  const total = Number((await db.rows("SELECT count(*) AS n FROM py_diagnostics"))[0]?.n ?? 0);
  const shown = await db.rows(
    `SELECT f.path, d.code, d.severity, d.start_line AS line, d.message FROM py_diagnostics d JOIN py_files f USING (file_id) ORDER BY f.path, d.bstart, d.code LIMIT ${MAX_DIAGNOSTICS}`
  );
  return { nodes, edges, props, fileStatus, diagnostics: { total, shown: shown.map((d) => ({ ...d, line: Number(d.line) })) } };
}

// src/report/write-reports.ts
import { mkdirSync as mkdirSync5, renameSync as renameSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { join as join8 } from "node:path";

// src/report/render-markdown.ts
function table(rows, head) {
  return [`| ${head[0]} | ${head[1]} |`, "|---|---:|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}
function escapeCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function renderMarkdown(r) {
  const lines = [];
  const totalNodes = Object.values(r.graph.nodes).reduce((a, b) => a + b, 0);
  const totalEdges = Object.values(r.graph.edges).reduce((a, b) => a + b, 0);
  lines.push(`# pycpg report`, "");
  lines.push(
    `**${r.mode}** build of \`${r.repo}\` with pycpg ${r.tool.version} (schema v${r.schema_version}, fingerprint \`${r.fingerprint.slice(0, 12)}\`): ${r.files.discovered} files, ${totalNodes} nodes, ${totalEdges} edges, ${r.graph.props} properties in ${(r.timings.total_ms / 1e3).toFixed(2)} s.`
  );
  if (r.fallback_reason) lines.push("", `Full rebuild because: ${r.fallback_reason}.`);
  lines.push("", "## Files", "", table(Object.entries(r.files.by_status), ["status", "files"]));
  lines.push("", "## Nodes", "", table(Object.entries(r.graph.nodes), ["kind", "count"]));
  lines.push("", "## Edges", "", table(Object.entries(r.graph.edges), ["kind", "count"]));
  if (r.changed.length > 0) {
    lines.push("", "## Changed files", "", "| path | status | old path |", "|---|---|---|");
    for (const c of r.changed) lines.push(`| ${escapeCell(c.path)} | ${c.status} | ${c.old_path ? escapeCell(c.old_path) : ""} |`);
  }
  if (r.impacted.length > 0) {
    lines.push("", "## Impacted files", "", "| path | why |", "|---|---|");
    for (const i of r.impacted) lines.push(`| ${escapeCell(i.path)} | ${escapeCell(i.reasons.join("; "))} |`);
  }
  lines.push("", `## Diagnostics (${r.diagnostics.total})`, "");
  if (r.diagnostics.total === 0) lines.push("None.");
  else {
    lines.push("| file | line | code | message |", "|---|---:|---|---|");
    for (const d of r.diagnostics.shown) lines.push(`| ${escapeCell(d.path)} | ${d.line} | ${d.code} | ${escapeCell(d.message)} |`);
    if (r.diagnostics.total > r.diagnostics.shown.length)
      lines.push("", `\u2026and ${r.diagnostics.total - r.diagnostics.shown.length} more (query \`cpg_nodes WHERE kind = 'DIAGNOSTIC'\`).`);
  }
  const stageRows = Object.entries(r.timings).filter((e) => typeof e[1] === "number" && e[0].endsWith("_ms"));
  lines.push(
    "",
    "## Timings",
    "",
    table(
      stageRows.map(([k, v]) => [k.replace(/_ms$/, ""), `${v} ms`]),
      ["stage", "time"]
    ),
    ""
  );
  return lines.join("\n");
}

// src/report/write-reports.ts
function writeAtomic(path, text) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync3(tmp, text);
  renameSync3(tmp, path);
}
function writeReports(outDir, report) {
  mkdirSync5(outDir, { recursive: true });
  writeAtomic(join8(outDir, "report.json"), `${JSON.stringify(report, null, 2)}
`);
  writeAtomic(join8(outDir, "report.md"), renderMarkdown(report));
}

// src/rules/rule-registry.ts
import { createHash as createHash4 } from "node:crypto";
import { readdirSync as readdirSync4, readFileSync as readFileSync5 } from "node:fs";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function defaultRuleDir() {
  return fileURLToPath3(new URL("./sql/", import.meta.url));
}
function parseRule(file, text) {
  const header = /* @__PURE__ */ new Map();
  let doc = "";
  let lastKey = "";
  for (const line of text.split("\n")) {
    const m = /^--\s*(rule|output|inputs|doc):\s*(.*)$/.exec(line);
    if (m) {
      lastKey = m[1];
      header.set(lastKey, m[2].trim());
      if (lastKey === "doc") doc = m[2].trim();
      continue;
    }
    const cont = /^--\s+(.*)$/.exec(line);
    if (cont && lastKey === "doc") {
      doc += ` ${cont[1].trim()}`;
      continue;
    }
    if (!line.startsWith("--")) break;
  }
  const name = header.get("rule");
  const output = header.get("output");
  const inputs = header.get("inputs");
  if (!name || !output || inputs === void 0) {
    throw new Error(`rule file ${file} needs a header with "-- rule:", "-- output:" and "-- inputs:" lines`);
  }
  if (!/file_allowlist/.test(text)) throw new Error(`rule ${name} (${file}) must restrict its rows with file_allowlist`);
  return {
    name,
    output,
    inputs: inputs.split(",").map((s) => s.trim()).filter(Boolean),
    doc,
    sql: text,
    file
  };
}
function loadRules(known, dir = defaultRuleDir()) {
  const files = readdirSync4(dir).filter((f) => f.endsWith(".sql")).sort();
  const rules = files.map((f) => parseRule(f, readFileSync5(`${dir}/${f}`, "utf8")));
  const names = /* @__PURE__ */ new Set();
  for (const r of rules) {
    if (names.has(r.name)) throw new Error(`two rules are named ${r.name}`);
    names.add(r.name);
  }
  const produced = new Set(rules.map((r) => r.output));
  const available = new Set(known);
  for (const r of rules) {
    for (const i of r.inputs) {
      if (!available.has(i) && !produced.has(i)) throw new Error(`rule ${r.name} reads ${i}, which no table or rule provides`);
    }
  }
  const outputs = [];
  const pending = new Set(produced);
  while (pending.size > 0) {
    const ready = [...pending].sort().filter((o) => rules.filter((r) => r.output === o).every((r) => r.inputs.every((i) => available.has(i) || i === o)));
    if (ready.length === 0) throw new Error(`rules have a dependency cycle among: ${[...pending].join(", ")}`);
    for (const o of ready) {
      outputs.push(o);
      available.add(o);
      pending.delete(o);
    }
  }
  const ordered = outputs.flatMap((o) => rules.filter((r) => r.output === o));
  const h = createHash4("sha256");
  for (const r of ordered) h.update(`${r.name}\0${r.sql}\0`);
  return { rules: ordered, outputs, fingerprint: h.digest("hex") };
}

// src/rules/run-rules.ts
var IN_SCOPE_PREFIX = "in_scope_";
async function bindDatasetViews(db, txn, specs, prefix = "") {
  for (const s of specs) await db.exec(`CREATE OR REPLACE TEMP VIEW ${sqlIdent(prefix + s.name)} AS SELECT * FROM ${txn.relation(s)}`);
}
async function bindScopeViews(db, txn, specs, buckets) {
  for (const s of specs) {
    const name = sqlIdent(IN_SCOPE_PREFIX + s.name);
    if (buckets === null) await db.exec(`CREATE OR REPLACE TEMP VIEW ${name} AS SELECT * FROM ${txn.relation(s)}`);
    else
      for (const [view, base] of [
        [name, false],
        [sqlIdent(`${IN_SCOPE_PREFIX}old_${s.name}`), true]
      ])
        await db.exec(
          `CREATE OR REPLACE TEMP VIEW ${view} AS SELECT * FROM ${parquetRelation(txn.filesInBuckets(s.name, buckets, base), s.columns)} WHERE ${sqlIdent(s.partitionColumn)} IN (SELECT file_id FROM file_allowlist)`
        );
  }
}
function outputSource(registry, spec2) {
  const cols = spec2.columns.map(([n]) => sqlIdent(n)).join(", ");
  const rules = registry.rules.filter((r) => r.output === spec2.name);
  if (rules.length === 0) throw new Error(`no rule produces ${spec2.name}`);
  return rules.map((r) => `SELECT ${cols} FROM (
${r.sql}
)`).join("\nUNION ALL\n");
}
async function runRules(db, txn, registry, specs, opts) {
  const timings = {};
  let buckets = null;
  if (!opts.full) {
    const rows = await db.rows(
      `SELECT DISTINCT CAST(file_id & ${txn.buckets - 1} AS INTEGER) AS b FROM file_allowlist WHERE file_id IS NOT NULL`
    );
    buckets = new Set(rows.map((r) => Number(r.b)));
  }
  await bindDatasetViews(
    db,
    txn,
    registry.outputs.map((o) => specs.get(o)).filter((s) => s !== void 0)
  );
  await bindScopeViews(db, txn, [...specs.values()], buckets);
  for (const output of registry.outputs) {
    if (opts.skip?.has(output)) continue;
    const t0 = performance.now();
    const spec2 = specs.get(output);
    if (!spec2) throw new Error(`no dataset spec for rule output ${output}`);
    await txn.upsert(spec2, outputSource(registry, spec2), opts.full ? null : "SELECT file_id FROM file_allowlist");
    await bindDatasetViews(db, txn, [spec2]);
    await bindScopeViews(db, txn, [spec2], buckets);
    timings[output] = performance.now() - t0;
    opts.onOutput?.(output);
  }
  return timings;
}

// src/store/state-store.ts
import { randomBytes } from "node:crypto";
import { closeSync, existsSync as existsSync3, fsyncSync, mkdirSync as mkdirSync6, openSync, readdirSync as readdirSync5, readFileSync as readFileSync6, readSync, renameSync as renameSync4, rmSync as rmSync3, statSync as statSync3, writeSync } from "node:fs";
import { dirname as dirname3, join as join9, relative as relative3, sep as sep2 } from "node:path";
var STATE_FORMAT = "pycpg-state/1";
function bucketCountFor(fileCount) {
  let b = 1;
  while (b < 256 && b * 256 < fileCount) b *= 2;
  return b;
}
function bucketExpr(column, buckets) {
  return `(${sqlIdent(column)} & ${buckets - 1})`;
}
function writeManifest(path, manifest) {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, "w");
  try {
    writeSync(fd, `${JSON.stringify(manifest)}
`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync4(tmp, path);
  fsyncPath(dirname3(path));
}
function hasParquetTail(path, size) {
  const fd = openSync(path, "r");
  try {
    const tail = Buffer.alloc(4);
    return readSync(fd, tail, 0, 4, size - 4) === 4 && tail.toString("latin1") === "PAR1";
  } finally {
    closeSync(fd);
  }
}
function fsyncPath(path) {
  const fd = openSync(path, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
var StateStore = class {
  constructor(dir) {
    this.dir = dir;
    this.dataDir = join9(dir, "data");
    this.tmpDir = join9(dir, "tmp");
    this.manifestPath = join9(dir, "manifest.json");
  }
  dir;
  dataDir;
  tmpDir;
  manifestPath;
  /**
   * Loads the committed manifest if it exists, parses, matches `fingerprint` and names only files
   * that exist. Any other case returns the reason the state cannot be used.
   */
  load(fingerprint) {
    if (!existsSync3(this.manifestPath)) return { manifest: null, reason: "no previous state" };
    let m;
    try {
      m = JSON.parse(readFileSync6(this.manifestPath, "utf8"));
    } catch (err) {
      return { manifest: null, reason: `the state manifest could not be read (${err.message})` };
    }
    if (m?.format !== STATE_FORMAT) return { manifest: null, reason: `the state has format ${String(m?.format)}, this pycpg writes ${STATE_FORMAT}` };
    if (m.fingerprint !== fingerprint) return { manifest: null, reason: "the pipeline fingerprint changed (another pycpg version, rule set or options)" };
    if (!Number.isInteger(m.buckets) || m.buckets < 1 || (m.buckets & m.buckets - 1) !== 0)
      return { manifest: null, reason: "the state manifest has an invalid bucket count" };
    for (const [name, entry] of Object.entries(m.datasets ?? {})) {
      for (const bucket of Object.values(entry.buckets ?? {})) {
        for (const f of bucket.files) {
          const abs = join9(this.dir, f);
          let size = -1;
          try {
            size = statSync3(abs).size;
          } catch {
            return { manifest: null, reason: `dataset ${name} is missing its file ${f}` };
          }
          if (size < 12 || !hasParquetTail(abs, size)) return { manifest: null, reason: `dataset ${name} has a truncated file ${f}` };
        }
      }
    }
    return { manifest: m, reason: null };
  }
  /** Removes files under data/ and tmp/ that the committed manifest does not name (crash leftovers). */
  sweep(manifest) {
    const keep = /* @__PURE__ */ new Set();
    if (manifest) for (const e of Object.values(manifest.datasets)) for (const b of Object.values(e.buckets)) for (const f of b.files) keep.add(f);
    let removed = 0;
    if (existsSync3(this.dataDir)) {
      for (const ds of readdirSync5(this.dataDir)) {
        const d = join9(this.dataDir, ds);
        for (const f of readdirSync5(d)) {
          const rel = relative3(this.dir, join9(d, f)).split(sep2).join("/");
          if (!keep.has(rel)) {
            rmSync3(join9(d, f), { force: true, recursive: true });
            removed++;
          }
        }
      }
    }
    rmSync3(this.tmpDir, { recursive: true, force: true });
    return removed;
  }
  /** Absolute paths of a dataset's files in a committed manifest, in bucket order. */
  filesOf(manifest, name) {
    const e = manifest.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets).sort((a, b) => Number(a) - Number(b)).flatMap((k) => e.buckets[k].files.map((f) => join9(this.dir, f)));
  }
  /** Replaces the manifest's metadata only (same generation, same data files), atomically. */
  rewriteMeta(manifest, meta) {
    const next = { ...manifest, committed_at: (/* @__PURE__ */ new Date()).toISOString(), meta };
    writeManifest(this.manifestPath, next);
    return next;
  }
  /** Deletes everything in the state directory (used before a rebuild from an unusable state). */
  clear() {
    rmSync3(this.dataDir, { recursive: true, force: true });
    rmSync3(this.tmpDir, { recursive: true, force: true });
    rmSync3(this.manifestPath, { force: true });
  }
  /** Starts a transaction on top of `base` (null: an empty store with `buckets` buckets). */
  begin(db, base, fingerprint, buckets) {
    mkdirSync6(this.dataDir, { recursive: true });
    return new StoreTxn(this, db, base, fingerprint, base ? base.buckets : buckets);
  }
};
var StoreTxn = class {
  constructor(store, db, base, fingerprint, buckets) {
    this.store = store;
    this.db = db;
    this.base = base;
    this.fingerprint = fingerprint;
    this.buckets = buckets;
    this.datasets = structuredClone(base?.datasets ?? {});
    this.generation = (base?.generation ?? 0) + 1;
  }
  store;
  db;
  base;
  fingerprint;
  buckets;
  datasets;
  created = [];
  superseded = [];
  generation;
  seq = 0;
  committed = false;
  /** Files rewritten per dataset in this transaction (for reports and tests). */
  rewritten = {};
  /** Files of a dataset as they stand in this transaction. */
  files(name) {
    const e = this.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets).sort((a, b) => Number(a) - Number(b)).flatMap((k) => e.buckets[k].files.map((f) => join9(this.store.dir, f)));
  }
  /**
   * Files of a dataset's buckets `buckets` as they stand in this transaction (`base` true: in the
   * generation the transaction started from), in bucket order.
   */
  filesInBuckets(name, buckets, base = false) {
    const e = base ? this.base?.datasets[name] : this.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets).filter((k) => buckets.has(Number(k))).sort((a, b) => Number(a) - Number(b)).flatMap((k) => e.buckets[k].files.map((f) => join9(this.store.dir, f)));
  }
  /** A SQL relation over the dataset as it stands in this transaction. */
  relation(spec2) {
    return parquetRelation(this.files(spec2.name), spec2.columns);
  }
  rowCount(name) {
    let n = 0;
    for (const b of Object.values(this.datasets[name]?.buckets ?? {})) n += b.rows;
    return n;
  }
  newFile(name, bucket) {
    const rel = `data/${name}/b${bucket}-g${this.generation}-${this.seq++}-${randomBytes(3).toString("hex")}.parquet`;
    this.created.push(rel);
    return rel;
  }
  /**
   * Replaces the rows of some files: every row whose partition column is in `replaceSql` (a
   * relation with a `file_id` column) is dropped, then the rows of `sourceSql` are added. Only the
   * buckets those files fall into are rewritten. `replaceSql` null means: replace everything.
   */
  async upsert(spec2, sourceSql, replaceSql) {
    const db = this.db;
    const entry = this.datasets[spec2.name] ??= { buckets: {} };
    const cols = spec2.columns.map(([n]) => sqlIdent(n)).join(", ");
    const part = sqlIdent(spec2.partitionColumn);
    const order = [spec2.partitionColumn, ...spec2.sortKey].map(sqlIdent).join(", ");
    const bexpr = bucketExpr(spec2.partitionColumn, this.buckets);
    await db.exec(`CREATE OR REPLACE TEMP TABLE _upsert_src AS SELECT ${cols}, ${bexpr} AS _b FROM (${sourceSql})`);
    let touched;
    if (replaceSql === null) {
      touched = Array.from({ length: this.buckets }, (_, k) => k);
      await db.exec("CREATE OR REPLACE TEMP TABLE _upsert_replace AS SELECT CAST(NULL AS BIGINT) AS file_id WHERE false");
    } else {
      await db.exec(`CREATE OR REPLACE TEMP TABLE _upsert_replace AS SELECT DISTINCT file_id FROM (${replaceSql})`);
      const rows = await db.rows(
        `SELECT DISTINCT b FROM (SELECT _b AS b FROM _upsert_src UNION ALL SELECT ${bucketExpr("file_id", this.buckets)} AS b FROM _upsert_replace) ORDER BY b`
      );
      touched = rows.map((r) => Number(r.b));
    }
    for (const b of touched) {
      const oldRel = `data/${spec2.name}`;
      const old = entry.buckets[String(b)];
      const oldFiles = (old?.files ?? []).map((f) => join9(this.store.dir, f));
      if (replaceSql !== null && await this.bucketUnchanged(cols, part, b, oldFiles)) continue;
      const keepOld = replaceSql === null || oldFiles.length === 0 ? "" : `SELECT ${cols} FROM read_parquet([${oldFiles.map(sqlString).join(", ")}]) WHERE ${part} NOT IN (SELECT file_id FROM _upsert_replace) UNION ALL `;
      const rel = this.newFile(spec2.name, b);
      mkdirSync6(join9(this.store.dir, oldRel), { recursive: true });
      const target = join9(this.store.dir, rel);
      const res = await db.rows(
        `COPY (SELECT ${cols} FROM (${keepOld}SELECT ${cols} FROM _upsert_src WHERE _b = ${b}) ORDER BY ${order}) TO ${sqlString(target)} (FORMAT parquet, COMPRESSION zstd)`
      );
      const written = Number(res[0]?.Count ?? 0);
      for (const f of old?.files ?? []) this.superseded.push(f);
      if (written === 0) {
        rmSync3(target, { force: true });
        delete entry.buckets[String(b)];
      } else entry.buckets[String(b)] = { files: [rel], rows: written };
      this.rewritten[spec2.name] = (this.rewritten[spec2.name] ?? 0) + 1;
    }
    await db.exec("DROP TABLE IF EXISTS _upsert_src; DROP TABLE IF EXISTS _upsert_replace");
  }
  /**
   * True when the rows `_upsert_src` holds for bucket `b` equal, as a multiset, the rows the
   * bucket's files hold for the files being replaced (`_upsert_replace`): the rewrite would change
   * nothing but the file's name.
   */
  async bucketUnchanged(cols, part, b, oldFiles) {
    const fresh = `SELECT ${cols} FROM _upsert_src WHERE _b = ${b}`;
    if (oldFiles.length === 0) {
      const r2 = await this.db.rows(`SELECT count(*) AS n FROM (${fresh})`);
      return Number(r2[0]?.n ?? 0) === 0;
    }
    const oldRel = `read_parquet([${oldFiles.map(sqlString).join(", ")}]) WHERE ${part} IN (SELECT file_id FROM _upsert_replace)`;
    const counts = await this.db.rows(`SELECT (SELECT count(*) FROM (${fresh})) AS a, (SELECT count(*) FROM ${oldRel}) AS b`);
    if (counts[0]?.a !== counts[0]?.b) return false;
    const before = `SELECT ${cols} FROM ${oldRel}`;
    const r = await this.db.rows(
      `SELECT (SELECT count(*) FROM (${fresh} EXCEPT ALL ${before})) + (SELECT count(*) FROM (${before} EXCEPT ALL ${fresh})) AS n`
    );
    return Number(r[0]?.n ?? 1) === 0;
  }
  /**
   * Replaces a whole dataset with files that already have the store's shape (every file holds
   * rows of one bucket), moving them into the store. Used by full builds: the extraction workers
   * write bucket-shaped files, so nothing is re-read or re-encoded.
   */
  adopt(spec2, files) {
    const old = this.datasets[spec2.name];
    for (const b of Object.values(old?.buckets ?? {})) this.superseded.push(...b.files);
    const entry = { buckets: {} };
    mkdirSync6(join9(this.store.dir, "data", spec2.name), { recursive: true });
    for (const f of files) {
      if (f.bucket < 0 || f.bucket >= this.buckets) throw new Error(`staged file ${f.path} names bucket ${f.bucket} of ${this.buckets}`);
      const rel = this.newFile(spec2.name, f.bucket);
      renameSync4(f.path, join9(this.store.dir, rel));
      const b = entry.buckets[String(f.bucket)] ??= { files: [], rows: 0 };
      b.files.push(rel);
      b.rows += f.rows;
    }
    this.datasets[spec2.name] = entry;
    this.rewritten[spec2.name] = (this.rewritten[spec2.name] ?? 0) + Object.keys(entry.buckets).length;
  }
  /**
   * Publishes the transaction: writes the manifest to a temporary name, fsyncs it, renames it over
   * the old one, then deletes the files the new generation no longer names.
   */
  commit(meta) {
    const manifest = {
      format: "pycpg-state/1",
      fingerprint: this.fingerprint,
      generation: this.generation,
      buckets: this.buckets,
      committed_at: (/* @__PURE__ */ new Date()).toISOString(),
      datasets: this.datasets,
      meta
    };
    for (const f of this.created) if (existsSync3(join9(this.store.dir, f))) fsyncPath(join9(this.store.dir, f));
    writeManifest(this.store.manifestPath, manifest);
    this.committed = true;
    for (const f of this.superseded) rmSync3(join9(this.store.dir, f), { force: true });
    return manifest;
  }
  /** Abandons the transaction, deleting the files it wrote (a no-op after commit). */
  abort() {
    if (this.committed) return;
    for (const f of this.created) rmSync3(join9(this.store.dir, f), { force: true });
  }
  get baseGeneration() {
    return this.base?.generation ?? 0;
  }
};

// src/util/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var UserError = class extends Error {
  name = "UserError";
};

// src/util/progress.ts
var SILENT_PROGRESS = { start() {
}, tick() {
}, done() {
}, info() {
} };
function streamProgress(out, now = () => performance.now()) {
  const tty = Boolean(out.isTTY);
  let phase = "";
  let total = 0;
  let unit = "";
  let count = 0;
  let t0 = 0;
  let lastPrint = 0;
  let lastPct = -1;
  const render = (final) => {
    const secs = ((now() - t0) / 1e3).toFixed(1);
    if (tty) {
      const width = 30;
      const filled = total > 0 ? Math.round(count / total * width) : width;
      out.write(`\r${phase.padEnd(9)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${count}/${total} ${unit} ${secs}s${final ? "\n" : ""}`);
    } else out.write(`${phase}: ${count}/${total} ${unit} (${secs}s)
`);
  };
  return {
    start(p, t, u) {
      phase = p;
      total = t;
      unit = u;
      count = 0;
      t0 = now();
      lastPrint = t0;
      lastPct = -1;
      if (tty) render(false);
    },
    tick(n) {
      count += n;
      const t = now();
      const pct = total > 0 ? Math.floor(count / total * 10) : 10;
      if (tty ? t - lastPrint > 100 : pct > lastPct && t - lastPrint > 2e3) {
        lastPrint = t;
        lastPct = pct;
        render(false);
      }
    },
    done() {
      render(true);
    },
    info(message) {
      out.write(`${message}
`);
    }
  };
}

// src/pipeline/state-lock.ts
import { closeSync as closeSync2, openSync as openSync2, readFileSync as readFileSync7, rmSync as rmSync4, writeSync as writeSync2 } from "node:fs";
import { join as join10 } from "node:path";
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function acquireLock(stateDir) {
  const path = join10(stateDir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync2(path, "wx");
      writeSync2(fd, String(process.pid));
      closeSync2(fd);
      return () => rmSync4(path, { force: true });
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const owner = Number.parseInt(readFileSafe(path), 10);
      if (Number.isFinite(owner) && owner !== process.pid && alive(owner)) {
        throw new UserError(`another pycpg build (pid ${owner}) is using the state in ${stateDir}; wait for it to finish, or give this build its own --state`);
      }
      rmSync4(path, { force: true });
    }
  }
  throw new UserError(`could not lock the state in ${stateDir}; remove ${path} if no build is running`);
}
function readFileSafe(path) {
  try {
    return readFileSync7(path, "utf8");
  } catch {
    return "";
  }
}

// src/pipeline/run-build.ts
var EXTRACT_DATASETS = EXTRACT_TABLES.map((t) => ({
  name: t.name,
  columns: t.columns,
  partitionColumn: "file_id",
  sortKey: t.sortKey
}));
var ALL_DATASETS = new Map([...EXTRACT_DATASETS, ...DERIVED_DATASETS].map((d) => [d.name, d]));
var TEST_PATH = /(^|\/)(tests?|testing)\/|(^|\/)test_[^/]*\.py$|_tests?\.py$|(^|\/)conftest\.py$/;
function isTestPath(path) {
  return TEST_PATH.test(path);
}
function sha256File(path) {
  try {
    return createHash5("sha256").update(readFileSync8(path)).digest("hex");
  } catch {
    return null;
  }
}
async function runBuild(options, deps = { progress: SILENT_PROGRESS }) {
  try {
    return await runBuildOnce(options, deps, null);
  } catch (err) {
    const reason = options.full ? null : unreadableStateReason(err, new StateStore(options.state));
    if (reason === null) throw err;
    deps.progress.info(`${reason}; rebuilding from scratch`);
    return await runBuildOnce(options, deps, reason);
  }
}
function unreadableStateReason(err, store) {
  const message = err instanceof Error ? err.message : String(err);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync8(store.manifestPath, "utf8"));
  } catch {
    return null;
  }
  for (const [name, entry] of Object.entries(manifest.datasets ?? {}))
    for (const bucket of Object.values(entry.buckets ?? {}))
      for (const f of bucket.files ?? [])
        if (message.includes(join11(store.dir, f))) return `dataset ${name} has an unreadable file ${f} (${message.split("\n")[0]})`;
  return null;
}
function checkHead(repo, rev, head) {
  const want = resolveCommit(repo, rev);
  if (want === null) throw new UserError(`--head ${rev} is not a commit of the repository at ${repo}; fetch it, or drop --head to build the checkout`);
  if (want !== head)
    throw new UserError(`--head ${rev} is ${want.slice(0, 12)} but the checkout is at ${head ? head.slice(0, 12) : "no commit"}; check out ${rev} first`);
}
async function runBuildOnce(options, deps, forcedFullReason) {
  const t0 = performance.now();
  const timings = {};
  const lap2 = (name, since) => {
    timings[name] = Math.round(performance.now() - since);
  };
  const progress = deps.progress;
  const registry = loadRules(EXTRACT_TABLES.map((t) => t.name));
  const fpInputs = fingerprintInputs(options, TOOL_VERSION, SCHEMA_VERSION, registry.fingerprint, duckdbVersion());
  const fingerprint = fingerprintOf(fpInputs);
  if (!statSync4(options.repo, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`the repository ${options.repo} is not a directory`);
  const store = new StateStore(options.state);
  mkdirSync7(options.state, { recursive: true });
  const release = acquireLock(options.state);
  try {
    let t = performance.now();
    const discovery = discoverFiles(options.repo, options);
    const head = discovery.method === "git" ? headCommit(options.repo) : null;
    if (options.head !== null) checkHead(options.repo, options.head, head);
    lap2("discover_ms", t);
    progress.info(`discover: ${discovery.files.length} Python files (${discovery.method})`);
    const previous = forcedFullReason !== null ? { manifest: null, reason: forcedFullReason } : options.full ? { manifest: null, reason: "--full was requested" } : store.load(fingerprint);
    let fallbackReason = previous.reason;
    let base = previous.manifest;
    let prevSnapshot = null;
    if (base) {
      prevSnapshot = snapshotFromStored(base.meta.snapshot);
      if (!prevSnapshot) {
        fallbackReason = "the previous state has no usable snapshot";
        base = null;
      }
    }
    if (!base) store.clear();
    store.sweep(base);
    const fileIdKey = (path) => idToKey(fileIdOf(path, options.repoId));
    let changes = null;
    if (base && prevSnapshot) {
      t = performance.now();
      const meta = base.meta;
      const proposal = discovery.method !== "git" ? null : (meta.head ? gitProposal(options.repo, meta.head, meta.dirty ?? []) : null) ?? (options.base !== null ? gitProposal(options.repo, options.base, meta.dirty ?? []) : null);
      changes = computeChangeSet({
        previous: prevSnapshot,
        current: discovery.files,
        fileIdOf: fileIdKey,
        hash: (f) => sha256File(f.absPath),
        git: proposal
      });
      lap2("diff_ms", t);
      if (isEmptyChange(changes)) {
        return await finishUnchanged(store, base, changes, options, { fpInputs, head, t0, timings, previous: prevSnapshot });
      }
    }
    const runDir = join11(store.tmpDir, `run-${process.pid}-${Date.now()}`);
    const stagingDir = join11(runDir, "staging");
    mkdirSync7(stagingDir, { recursive: true });
    const dbPromise = openDb(void 0, { tempDirectory: join11(runDir, "duckdb"), preserveInsertionOrder: false });
    let db = null;
    let txn = null;
    try {
      const threads = options.threads > 0 ? options.threads : availableParallelism3();
      const buckets = base ? base.buckets : bucketCountFor(discovery.files.length);
      const byPath = new Map(discovery.files.map((f) => [f.path, f]));
      const toExtract = changes ? changes.toExtract.map((p) => byPath.get(p)) : discovery.files;
      t = performance.now();
      const extracted = await extractFiles(toExtract, { stagingDir, repoId: options.repoId }, buckets, progress, threads);
      lap2("extract_ms", t);
      db = await dbPromise;
      txn = store.begin(db, base, fingerprint, buckets);
      let impacted = [];
      let delta = null;
      let ruleTimings;
      if (!changes) {
        t = performance.now();
        for (const spec2 of EXTRACT_DATASETS)
          txn.adopt(
            spec2,
            extracted.staged.filter((f) => f.table === spec2.name)
          );
        await bindDatasetViews(db, txn, [...ALL_DATASETS.values()]);
        await db.exec(`CREATE OR REPLACE TEMP TABLE file_allowlist AS SELECT file_id FROM ${sqlIdent("py_files")} UNION ALL SELECT 0::BIGINT`);
        lap2("store_extract_ms", t);
        t = performance.now();
        progress.start("rules", registry.outputs.length, "outputs");
        ruleTimings = await runRules(db, txn, registry, ALL_DATASETS, { full: true, onOutput: () => progress.tick(1) });
        progress.done();
        lap2("rules_ms", t);
      } else {
        const r = await applyIncremental(db, txn, registry, changes, extracted.staged, fileIdKey, timings);
        impacted = r.impacted;
        delta = r.delta;
        ruleTimings = r.ruleTimings;
      }
      const files = await db.rows(
        "SELECT coalesce(sum(size_bytes), 0) AS bytes, count(*) FILTER (WHERE status = 'syntax_error') AS syntax FROM py_files"
      );
      const graph = await summarizeGraph(db);
      const summary = {
        files: {
          discovered: discovery.files.length,
          bytes: Number(files[0]?.bytes ?? 0),
          with_syntax_errors: Number(files[0]?.syntax ?? 0),
          by_status: graph.fileStatus
        },
        graph: { nodes: graph.nodes, edges: graph.edges, props: graph.props },
        diagnostics: graph.diagnostics
      };
      const snapshot = changes ? changes.next : await snapshotFromBuild(db, discovery.files);
      t = performance.now();
      const meta = {
        tool_version: TOOL_VERSION,
        fingerprint_inputs: fpInputs,
        repo: options.repo,
        head,
        dirty: head ? dirtyPaths(options.repo, head) : [],
        snapshot: snapshotToStored(snapshot),
        summary
      };
      const manifest = txn.commit(meta);
      txn = null;
      lap2("commit_ms", t);
      t = performance.now();
      const outputs = await publishOutputs(store, manifest, PUBLISHED, options.out, db);
      Object.assign(
        outputs,
        await writeRunTables(options.out, options.state, {
          snapshot,
          previous: changes ? prevSnapshot : null,
          changes,
          fullReason: `full build: ${fallbackReason ?? "--full"}`
        })
      );
      lap2("publish_ms", t);
      timings.total_ms = Math.round(performance.now() - t0);
      const report = {
        tool: { name: "pycpg", version: TOOL_VERSION },
        schema_version: SCHEMA_VERSION,
        fingerprint,
        mode: changes ? "incremental" : "full",
        fallback_reason: changes ? null : fallbackReason,
        repo: options.repo,
        discovery: discovery.method,
        generation: manifest.generation,
        ...summary,
        changed: changedList(changes),
        impacted,
        affected_tests: impacted.filter((i) => isTestPath(i.path)).map((i) => i.path),
        delta,
        timings: { ...timings, rules_by_output_ms: roundAll(ruleTimings), workers: extracted.workers },
        outputs
      };
      writeReports(options.out, report);
      return report;
    } finally {
      txn?.abort();
      if (db) db.close();
      else (await dbPromise.catch(() => null))?.close();
      rmSync5(store.tmpDir, { recursive: true, force: true });
    }
  } finally {
    release();
  }
}
function changedList(changes) {
  if (!changes) return [];
  return changes.entries.filter((e) => e.status !== "unchanged").map((e) => ({ path: e.path, status: e.status, old_path: e.old_path }));
}
async function snapshotFromBuild(db, files) {
  const rows = await db.rows(
    "SELECT path, CAST(file_id AS VARCHAR) AS file_id, sha256 FROM py_files"
  );
  const byPath = new Map(rows.map((r) => [r.path, r]));
  const snap = /* @__PURE__ */ new Map();
  for (const f of files) {
    const r = byPath.get(f.path);
    if (!r) continue;
    snap.set(f.path, { path: f.path, file_id: r.file_id, size_bytes: f.sizeBytes, mtime_ns: f.mtimeNs, sha256: r.sha256, status: f.status });
  }
  return snap;
}
async function finishUnchanged(store, base, changes, options, ctx) {
  const meta = base.meta;
  const t = performance.now();
  const nextMeta = { ...meta, head: ctx.head, dirty: ctx.head ? dirtyPaths(options.repo, ctx.head) : [], snapshot: snapshotToStored(changes.next) };
  const manifest = store.rewriteMeta(base, nextMeta);
  ctx.timings.commit_ms = Math.round(performance.now() - t);
  const outputs = await publishOutputs(store, manifest, PUBLISHED, options.out, null);
  Object.assign(outputs, await writeRunTables(options.out, options.state, { snapshot: changes.next, previous: ctx.previous, changes, fullReason: "" }));
  ctx.timings.total_ms = Math.round(performance.now() - ctx.t0);
  const report = {
    tool: { name: "pycpg", version: TOOL_VERSION },
    schema_version: SCHEMA_VERSION,
    fingerprint: base.fingerprint,
    mode: "incremental",
    fallback_reason: null,
    repo: options.repo,
    discovery: meta.head !== void 0 && ctx.head ? "git" : "walk",
    generation: manifest.generation,
    ...meta.summary,
    changed: [],
    impacted: [],
    affected_tests: [],
    delta: { nodes_added: 0, nodes_removed: 0, edges_added: 0, edges_removed: 0, props_added: 0, props_removed: 0, files: [] },
    timings: { ...ctx.timings, workers: 0 },
    outputs
  };
  writeReports(options.out, report);
  return report;
}
async function applyIncremental(db, txn, registry, changes, staged, fileIdKey, timings) {
  let t = performance.now();
  await bindDatasetViews(db, txn, [...ALL_DATASETS.values()], "old_");
  const replaced = [.../* @__PURE__ */ new Set([...changes.toReplace, ...changes.toExtract])].map(fileIdKey);
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE changed_files AS SELECT CAST(unnest([${replaced.map((id) => `'${id}'`).join(", ") || "NULL"}]) AS BIGINT) AS file_id`
  );
  for (const spec2 of EXTRACT_DATASETS) {
    const files = staged.filter((f) => f.table === spec2.name).map((f) => f.path);
    await txn.upsert(spec2, `SELECT * FROM ${parquetRelation(files, spec2.columns)}`, "SELECT file_id FROM changed_files WHERE file_id IS NOT NULL");
  }
  await bindDatasetViews(db, txn, EXTRACT_DATASETS);
  lap(timings, "store_extract_ms", t);
  t = performance.now();
  await db.exec("CREATE OR REPLACE TEMP TABLE file_allowlist AS SELECT file_id FROM py_files");
  const mi = sqlIdent(MODULE_INDEX.name);
  await db.exec(`CREATE OR REPLACE TEMP TABLE _module_index_new AS ${outputSource(registry, MODULE_INDEX)}`);
  const moved = await db.rows(
    `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id FROM ((SELECT * FROM _module_index_new EXCEPT SELECT * FROM old_${MODULE_INDEX.name}) UNION ALL (SELECT * FROM old_${MODULE_INDEX.name} EXCEPT SELECT * FROM _module_index_new))`
  );
  await db.exec(
    `CREATE OR REPLACE TEMP TABLE _module_moved AS SELECT CAST(unnest([${moved.map((r) => `'${r.file_id}'`).join(", ") || "NULL"}]) AS BIGINT) AS file_id`
  );
  await txn.upsert(
    MODULE_INDEX,
    "SELECT * FROM _module_index_new WHERE file_id IN (SELECT file_id FROM _module_moved)",
    "SELECT file_id FROM _module_moved WHERE file_id IS NOT NULL"
  );
  await db.exec(`CREATE OR REPLACE TEMP VIEW ${mi} AS SELECT * FROM ${txn.relation(MODULE_INDEX)}`);
  const modified = changes.entries.filter((e) => e.status === "modified").map((e) => fileIdKey(e.path));
  const ifaceChanged = await changedInterfaces(db, modified);
  const movedIds = new Set(moved.map((m) => m.file_id));
  const seeds = [];
  for (const e of changes.entries) {
    if (e.status === "unchanged") continue;
    const id = fileIdKey(e.path);
    const propagates = e.status !== "modified" || ifaceChanged.has(id) || movedIds.has(id);
    const reason = e.status === "renamed" ? `content_changed (renamed from ${e.old_path})` : e.status === "modified" && !propagates ? "content_changed (interface unchanged)" : `content_changed (${e.status})`;
    seeds.push({ file_id: id, reason, propagates });
    if (e.old_path) seeds.push({ file_id: fileIdKey(e.old_path), reason: `renamed to ${e.path}`, propagates: true });
  }
  const seedIds = new Set(seeds.map((s) => s.file_id));
  for (const m of moved) if (!seedIds.has(m.file_id)) seeds.push({ file_id: m.file_id, reason: "module name changed", propagates: true });
  const closure = await computeImpact(db, seeds);
  lap(timings, "impact_ms", t);
  t = performance.now();
  const ids = closure.map((c) => `'${c.file_id}'`).join(", ");
  await db.exec(`CREATE OR REPLACE TEMP TABLE file_allowlist AS SELECT CAST(unnest([${ids || "NULL"}]) AS BIGINT) AS file_id UNION ALL SELECT 0::BIGINT`);
  await db.exec("DELETE FROM file_allowlist WHERE file_id IS NULL");
  const ruleTimings = await runRules(db, txn, registry, ALL_DATASETS, { full: false, skip: /* @__PURE__ */ new Set([MODULE_INDEX.name]) });
  lap(timings, "rules_ms", t);
  const delta = await computeDelta(db);
  const live = new Set((await db.rows("SELECT CAST(file_id AS VARCHAR) AS file_id FROM py_files")).map((r) => r.file_id));
  const impacted = closure.filter((c) => live.has(c.file_id)).map((c) => ({ path: c.path, reasons: c.reasons }));
  return { impacted, delta, ruleTimings };
}
function lap(timings, name, since) {
  timings[name] = Math.round(performance.now() - since);
}
async function computeDelta(db) {
  const side = (table2, id, part) => `
    SELECT coalesce(n.${part}, o.${part}) AS file_id, count(*) FILTER (WHERE o.id IS NULL) AS added, count(*) FILTER (WHERE n.id IS NULL) AS removed
    FROM (SELECT ${id} AS id, ${part} FROM in_scope_${table2} WHERE ${part} IN (SELECT file_id FROM file_allowlist)) n
    FULL OUTER JOIN (SELECT ${id} AS id, ${part} FROM in_scope_old_${table2} WHERE ${part} IN (SELECT file_id FROM file_allowlist)) o USING (id)
    GROUP BY 1`;
  const rows = await db.rows(`
    WITH d AS (
      SELECT 'nodes' AS tbl, * FROM (${side("cpg_nodes", "node_id", "file_id")})
      UNION ALL SELECT 'edges', * FROM (${side("cpg_edges", "edge_id", "origin_file_id")})
      UNION ALL SELECT 'props', * FROM (${side("cpg_props", "(entity_id || ':' || key)", "file_id")})
    )
    SELECT coalesce(f.path, of.path, '') AS path, d.tbl AS "table", d.added, d.removed
    FROM d LEFT JOIN py_files f ON f.file_id = d.file_id LEFT JOIN old_py_files of ON of.file_id = d.file_id
    WHERE d.added > 0 OR d.removed > 0
    ORDER BY path, "table"`);
  const total = (tbl, k) => rows.filter((r) => r.table === tbl).reduce((n, r) => n + Number(r[k]), 0);
  const perFile = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const e = perFile.get(r.path ?? "") ?? {};
    e[`${r.table}_added`] = Number(r.added);
    e[`${r.table}_removed`] = Number(r.removed);
    perFile.set(r.path ?? "", e);
  }
  return {
    nodes_added: total("nodes", "added"),
    nodes_removed: total("nodes", "removed"),
    edges_added: total("edges", "added"),
    edges_removed: total("edges", "removed"),
    props_added: total("props", "added"),
    props_removed: total("props", "removed"),
    files: [...perFile.entries()].map(([path, v]) => ({ path, ...v }))
  };
}
function roundAll(r) {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
}

// src/pipeline/run-verify.ts
import { existsSync as existsSync4, mkdtempSync, rmSync as rmSync6 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join12 } from "node:path";
async function compareOutputs(actualOut, expectedOut) {
  const db = await openDb();
  try {
    const tables = [];
    for (const spec2 of PUBLISHED) {
      const a = publishedRelation(actualOut, spec2.name);
      const e = publishedRelation(expectedOut, spec2.name);
      const part = spec2.partitionColumn;
      const rows = await db.rows(`
        WITH extra AS (SELECT * FROM ${a} EXCEPT ALL SELECT * FROM ${e}),
             missing AS (SELECT * FROM ${e} EXCEPT ALL SELECT * FROM ${a}),
             paths AS (SELECT DISTINCT file_id, path FROM ${publishedRelation(expectedOut, "cpg_nodes")} WHERE kind = 'FILE'
                       UNION SELECT DISTINCT file_id, path FROM ${publishedRelation(actualOut, "cpg_nodes")} WHERE kind = 'FILE'),
             d AS (SELECT ${part} AS f, 1 AS x, 0 AS m FROM extra UNION ALL SELECT ${part}, 0, 1 FROM missing)
        SELECT any_value(p.path) AS path, sum(x) AS extra, sum(m) AS missing
        FROM d LEFT JOIN paths p ON p.file_id = d.f
        GROUP BY d.f ORDER BY path`);
      const files = rows.map((r) => ({ path: r.path ?? "(global)", extra: Number(r.extra), missing: Number(r.missing) }));
      tables.push({
        table: spec2.name,
        extra: files.reduce((n, f) => n + f.extra, 0),
        missing: files.reduce((n, f) => n + f.missing, 0),
        files: files.slice(0, 50)
      });
    }
    return { equal: tables.every((t) => t.extra === 0 && t.missing === 0), tables };
  } finally {
    db.close();
  }
}
async function runVerify(options, progress) {
  if (!existsSync4(join12(options.out, "cpg_nodes"))) {
    throw new UserError(`there is no published CPG in ${options.out} to verify; run \`pycpg build\` first`);
  }
  const work = mkdtempSync(join12(tmpdir(), "pycpg-verify-"));
  try {
    const full = makeBuildOptions({ ...options, state: join12(work, "state"), out: join12(work, "out"), full: true });
    await runBuild(full, { progress });
    return await compareOutputs(options.out, full.out);
  } finally {
    rmSync6(work, { recursive: true, force: true });
  }
}

// src/cli/format-table.ts
function formatTable(rows, columns) {
  const cell = (v) => v === null || v === void 0 ? "NULL" : typeof v === "object" ? JSON.stringify(v) : String(v);
  const widths = columns.map((c) => Math.min(60, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const clipTo = (s, w) => s.length > w ? `${s.slice(0, w - 1)}\u2026` : s.padEnd(w);
  const line = (vals) => vals.map((v, i) => clipTo(v, widths[i])).join(" \u2502 ").trimEnd();
  return [line(columns), widths.map((w) => "\u2500".repeat(w)).join("\u2500\u253C\u2500"), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join("\n");
}

// src/cli/query-command.ts
import { existsSync as existsSync5 } from "node:fs";
import { join as join13 } from "node:path";
async function runQuery(outDir, sql) {
  const missing = PUBLISHED.filter((t) => !existsSync5(join13(outDir, t.name)));
  if (missing.length > 0) {
    throw new UserError(`no published CPG in ${outDir} (missing ${missing.map((t) => `${t.name}/`).join(", ")}); run \`pycpg build --out ${outDir}\` first`);
  }
  const db = await openDb();
  try {
    for (const t of PUBLISHED) await db.exec(`CREATE VIEW ${sqlIdent(t.name)} AS SELECT * FROM ${publishedRelation(outDir, t.name)}`);
    for (const name of RUN_TABLES)
      if (existsSync5(join13(outDir, name))) await db.exec(`CREATE VIEW ${sqlIdent(name)} AS SELECT * FROM ${publishedRelation(outDir, name)}`);
    let reader;
    try {
      reader = await db.con.runAndReadAll(sql);
    } catch (err) {
      throw new UserError(`the query failed: ${err.message}`);
    }
    return { columns: reader.columnNames(), rows: reader.getRowObjectsJson() };
  } finally {
    db.close();
  }
}

// src/cli/main.ts
var USAGE = `pycpg ${TOOL_VERSION}: a code property graph of a Python repository, as Parquet.

Usage:
  pycpg build [--repo DIR] [--state DIR] [--out DIR] [--full] [--include GLOB]... [--exclude GLOB]...
              [--max-file-bytes N] [--threads N] [--base REV] [--head REV] [--quiet]
  pycpg query [--out DIR] [--json] "SQL"
  pycpg verify [--repo DIR] [--out DIR] [--include GLOB]... [--exclude GLOB]... [--max-file-bytes N]
  pycpg demo  [--quiet]
  pycpg --help | --version

Commands:
  build   Build the CPG of --repo (default .). State goes to --state (default <repo>/.pycpg/state),
          the published tables (folders cpg_nodes/, cpg_edges/, cpg_props/, diff_report/ of
          Parquet files, report.json, report.md) to --out (default <repo>/.pycpg/out).
          Later builds with the same state are incremental: only what the change can affect is
          recomputed (--full forces a rebuild).
  query   Run DuckDB SQL over a published CPG; the views cpg_nodes, cpg_edges and cpg_props exist.
  verify  Rebuild fully in a temporary directory and compare every published table with --out;
          exit 1 with a per-table, per-file summary when they differ.
  demo    Build the sample repository shipped in fixtures/ and show the report and a query.

Options:
  --include/--exclude GLOB   Only / never these paths (repeatable; "**" spans directories).
  --max-file-bytes N         Skip files larger than N bytes, with a diagnostic (default ${DEFAULT_MAX_FILE_BYTES}).
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
  io.out(`${summaryLine(report)}
report: ${join14(options.out, "report.md")}
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
async function query(args, io) {
  const { values, positionals } = parseArgs({ args, options: { out: { type: "string" }, json: { type: "boolean" } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1)
    throw new UsageError('query takes exactly one SQL string, e.g. pycpg query "SELECT kind, count(*) FROM cpg_nodes GROUP BY kind"');
  const result = await runQuery(resolve2(values.out ?? ".pycpg/out"), positionals[0]);
  if (values.json) io.out(`${result.rows.map((r) => JSON.stringify(r)).join("\n")}
`);
  else io.out(`${formatTable(result.rows, result.columns)}
(${result.rows.length} rows)
`);
}
var DEMO_QUERY = `SELECT f.qname AS function, count(*) AS calls_inside
FROM cpg_nodes f
JOIN cpg_edges e ON e.kind = 'CONTAINS' AND e.src = f.node_id
JOIN cpg_nodes c ON c.node_id = e.dst AND c.kind = 'CALL'
WHERE f.kind = 'FUNCTION'
GROUP BY f.qname
ORDER BY calls_inside DESC, function
LIMIT 8`;
async function demo(args, io) {
  const { values } = parseArgs({ args, options: { quiet: { type: "boolean" } }, strict: true });
  const work = resolve2(".pycpg/demo");
  mkdirSync8(work, { recursive: true });
  const options = makeBuildOptions({ repo: join14(PACKAGE_ROOT, "fixtures", "sample-repo"), state: join14(work, "state"), out: join14(work, "out"), full: true });
  const progress = values.quiet ? SILENT_PROGRESS : streamProgress(io.err);
  const report = await runBuild(options, { progress });
  io.out(`${summaryLine(report)}

${renderMarkdown(report)}
`);
  io.out(`## Example query (pycpg query --out ${options.out} "...")

${DEMO_QUERY}

`);
  const result = await runQuery(options.out, DEMO_QUERY);
  io.out(
    `${formatTable(result.rows, result.columns)}

The tables are folders of plain Parquet files: ${Object.values(report.outputs).map((p) => `${p}/*.parquet`).join(", ")}
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
var code = await main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: process.stderr });
process.exitCode = code;
