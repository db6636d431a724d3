import { createRequire as __pycpgCreateRequire } from "node:module";
import { dirname as __pycpgDirname } from "node:path";
import { fileURLToPath as __pycpgFileURLToPath } from "node:url";
const require = __pycpgCreateRequire(import.meta.url);
const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);
const __pycpg_dirname = __pycpgDirname(__pycpg_filename);
import {
  RowBuilder,
  cjsExports,
  loadParquetWriter,
  rowsToParquet
} from "./chunk-AGFSHVMN.js";

// src/extract/file-extractor.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join as join2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/config/build-info.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
var NATIVE_PREFIX = "node_modules/@duckdb/node-bindings-";
function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}
function versionOf(root, pkg) {
  try {
    const json = readJson(join(root, "node_modules", pkg, "package.json"));
    return `${pkg}@${json.version ?? "unknown"}`;
  } catch {
    return `${pkg}@unknown`;
  }
}
function buildInfoFromInstall(root) {
  const lock = readJson(join(root, "package-lock.json"));
  const packages = lock.packages ?? {};
  const bindings = packages["node_modules/@duckdb/node-bindings"]?.version;
  const native = {};
  for (const [path, entry] of Object.entries(packages).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (!path.startsWith(NATIVE_PREFIX) || path.slice(NATIVE_PREFIX.length).includes("/")) continue;
    const key = path.slice(NATIVE_PREFIX.length);
    if (!entry.version || !entry.integrity) throw new Error(`package-lock.json: ${path} has no version or integrity; run \`npm install\` to complete the lock`);
    if (bindings && entry.version !== bindings) {
      throw new Error(`package-lock.json pins ${path} at ${entry.version} but @duckdb/node-bindings at ${bindings}; run \`npm install\` to make them agree`);
    }
    native[key] = { version: entry.version, integrity: entry.integrity };
  }
  if (Object.keys(native).length === 0) throw new Error("package-lock.json pins no @duckdb/node-bindings-<platform> package; run `npm install`");
  return { grammar: versionOf(root, "tree-sitter-python"), duckdb: versionOf(root, "@duckdb/node-api"), duckdbNative: native };
}
var embedded;
function embeddedBuildInfo() {
  if (embedded === void 0) embedded = true ? JSON.parse('{"grammar":"tree-sitter-python@0.25.0","duckdb":"@duckdb/node-api@1.5.6-r.1","duckdbNative":{"darwin-arm64":{"version":"1.5.6-r.1","integrity":"sha512-KFT/J/pyouuAD1jftAIfcWVRdorg+c/yVR/BJL8LJKrST+mYC4d7QSuQ+iXSYbFpHENUAeZUagXrMPtZT8Xzsg=="},"darwin-x64":{"version":"1.5.6-r.1","integrity":"sha512-tVwUZNvdQoaPJhrh3q2e6jxm1MhahNHJQK/pvCyco46NX0mEuGzlw9i0n2MArgsyzccdCwScOK9ctbyr+3oMbQ=="},"linux-arm64":{"version":"1.5.6-r.1","integrity":"sha512-3jnUaDil1BrF/6vAZwVaInJ1xoBaWGHB4PDiUnzJWKCo8a8TLx9j7/gPyPl/UGRBftrYIuTihRZSfF4mWMgtWA=="},"linux-arm64-musl":{"version":"1.5.6-r.1","integrity":"sha512-j6dcNLWnFvlQyKMtl36HyeDsOaetXFoj0dH21Q9MbLjABNuJs5ekDV6zMSEda/g5+z1Tm6r2KFOS8j3tGUCRiw=="},"linux-x64":{"version":"1.5.6-r.1","integrity":"sha512-IXcrZJE6kEqM0Z4wwdVnGBHX/frOS33VPNAwDXQ/Q+Fs84b058Qe94chrCCIcNJlG8Y3UHIUU4eBeCQxW5mN1Q=="},"linux-x64-musl":{"version":"1.5.6-r.1","integrity":"sha512-PVzIEZqp7QN07WBgjmIH0cK2GKXR735KmL6wnghTzRnhHWrePxx3MjZB9zZHI8tB73wdF8luarBm4EgqSjGyVA=="},"win32-arm64":{"version":"1.5.6-r.1","integrity":"sha512-nzNTZx9rus5QpuX+KH6UOPNeZp8yF25TxV6DiUly4RKgR5mu6xo8c7a7lS80AqxTJfJ9BwUIiqlCuYKWztRM5A=="},"win32-x64":{"version":"1.5.6-r.1","integrity":"sha512-5Rpn5WXEG5gY/u7Keh+c4kuwG/LiE31pCP9CoCohv+u0aFensk/yRIQVW/CXuIoITky9xFhdRzaWUtAnGTYxJQ=="}}}') : null;
  return embedded;
}

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
function hashPrefix(prefix) {
  let h1 = 3735928559;
  let h2 = 1103547991;
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return { h1, h2 };
}
function hash64After(p, suffix) {
  let h1 = p.h1;
  let h2 = p.h2;
  for (let i = 0; i < suffix.length; i++) {
    const c = suffix.charCodeAt(i);
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

// src/extract/python-extractor.ts
var NAME_REF_KIND = { load: "NAME_REF:load", store: "NAME_REF:store", del: "NAME_REF:del" };
var MAX_TEXT = 200;
var MAX_SYNTAX_DIAGNOSTICS = 50;
var IMPORT_ERROR_RE = /\b(ImportError|ModuleNotFoundError)\b/;
function clip(s) {
  return s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s;
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
    this.scope = { id: moduleId, kind: "MODULE", qname: "", childPrefix: "", key: idToKey(moduleId), sites: /* @__PURE__ */ new Map() };
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
  /**
   * A site's id (schema v2): keyed by its enclosing scope (a definition, or a lambda), its kind,
   * its name and its ordinal among the sites of the same kind and name in that scope, in walk
   * order. No offset is part of it, so an edit changes only the ids of the sites of the scopes it
   * touches (and of those after it with the same kind and name in the same scope).
   */
  siteId(kind, name, scope = this.scope) {
    let counter = scope.sites.get(kind);
    if (counter === void 0) {
      counter = { prefix: hashPrefix(`${this.fileKey}|${kind}|${scope.key}|`), counts: /* @__PURE__ */ new Map() };
      scope.sites.set(kind, counter);
    }
    const n = counter.counts.get(name) ?? 0;
    counter.counts.set(name, n + 1);
    hash64After(counter.prefix, `${name}|${n}`);
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
    const id = this.siteId(NAME_REF_KIND[this.ctx], name);
    this.s.names.add(this.span({ node_id: id, file_id: this.fileId, scope_id: this.scope.id, name, ctx: this.ctx }, i, j));
    if (this.ctx !== "load") this.binding(name, this.ctx === "del" ? "del" : this.bindKind, id, i, j);
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
          node_id: this.siteId("ATTRIBUTE", attr),
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
      this.span({ node_id: this.siteId("NAME_REF:load", "type"), file_id: this.fileId, scope_id: this.scope.id, name: "type", ctx: "load" }, i, kw.endIndex)
    );
    this.s.calls.add(
      this.span(
        {
          node_id: this.siteId("CALL", "type"),
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
          node_id: this.siteId("CALL", clip(callee)),
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
              node_id: defId ? this.defIdFor("DECORATOR", `${idToKey(defId)}|${ordinal}`) : this.siteId("DECORATOR", clip(expr)),
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
  enterScope(kind, name, ordinalKey) {
    const parent = this.scope;
    const qname = parent.childPrefix + name;
    let id;
    if (kind === "LAMBDA") id = this.siteId("LAMBDA", "<lambda>", parent);
    else id = this.defId(kind, qname, this.nextOrdinal(kind, ordinalKey ?? qname));
    const childPrefix = kind === "CLASS" ? `${qname}.` : `${qname}.<locals>.`;
    return { id, kind, qname, childPrefix, key: idToKey(id), sites: /* @__PURE__ */ new Map() };
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
    const returns = node.childForFieldName("return_type")?.text ?? null;
    const scope = this.enterScope("FUNCTION", name, null);
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
        } else {
          if (f === "return_type") this.typeFact(scope.id, "return", null, c.currentNode.text, null, c.startIndex, c.endIndex);
          this.withCtx("load", () => this.node());
        }
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
          ordinal,
          returns: returns === null ? null : clip(returns)
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
    const scope = this.enterScope("CLASS", name, null);
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
    const scope = this.enterScope("LAMBDA", "<lambda>", null);
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
        let defaultText = null;
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
          defaultText = hasDefault ? node.childForFieldName("value")?.text ?? null : null;
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
          annotation: annotation === null ? null : clip(annotation),
          defaultText: defaultText === null ? null : clip(defaultText)
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
            annotation: p.annotation,
            default_text: p.defaultText
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
    const id = this.siteId("IMPORT", `${".".repeat(level)}${module}|${name ?? ""}|${alias ?? ""}`);
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
    if (!augmented) this.assignmentFact();
    this.fieldsAsStore("left", augmented ? "augassign" : hasType ? "annassign" : "assign");
  }
  /** A py_types row for an assignment whose target is a name or `<name>.<attr>` (the type rules' input). */
  assignmentFact() {
    const node = this.c.currentNode;
    const left = node.childForFieldName("left");
    if (!left) return;
    const simple = left.type === "identifier" || left.type === "attribute" && left.childForFieldName("object")?.type === "identifier" && left.childForFieldName("attribute") !== null;
    if (!simple) return;
    const annotation = node.childForFieldName("type")?.text ?? null;
    let right = node.childForFieldName("right");
    while (right && right.type === "assignment") right = right.childForFieldName("right");
    let valueKind = null;
    if (right) {
      const t = right.type;
      valueKind = t === "call" ? "call" : t === "identifier" ? "name" : t === "attribute" ? "attribute" : t === "none" ? "none" : "other";
    }
    this.typeFact(this.scope.id, "assign", left.text, annotation, right, left.startIndex, left.endIndex, valueKind);
  }
  typeFact(scopeId, kind, target, annotation, value, i, j, valueKind = null) {
    this.s.types.add({
      file_id: this.fileId,
      scope_id: scopeId,
      kind,
      target,
      annotation: annotation === null ? null : clip(annotation),
      value_kind: valueKind,
      value_text: value === null || valueKind === null ? null : valueKind === "call" ? clip(value.childForFieldName("function")?.text ?? "") : valueKind === "name" || valueKind === "attribute" ? clip(value.text) : null,
      value_bstart: value ? this.b(value.startIndex) : null,
      value_bend: value ? this.b(value.endIndex) : null,
      bstart: this.b(i),
      bend: this.b(j)
    });
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
              node_id: n.isMissing ? this.siteId("DIAGNOSTIC:missing", n.type) : this.siteId("DIAGNOSTIC:syntax", clip(n.text)),
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

// src/extract/tables.ts
var SPAN = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"]
];
function spec(name, columns) {
  return { name, columns };
}
var PY_FILES = spec("py_files", [
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
]);
var PY_DEFS = spec("py_defs", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["name", "VARCHAR"],
  ["local_qname", "VARCHAR"],
  ["parent_id", "BIGINT"],
  ...SPAN,
  ["name_bstart", "INTEGER"],
  ["name_bend", "INTEGER"],
  ["is_async", "BOOLEAN"],
  ["is_method", "BOOLEAN"],
  ["arity", "INTEGER"],
  ["decorator_count", "INTEGER"],
  ["docstring", "VARCHAR"],
  ["bases", "VARCHAR"],
  ["ordinal", "INTEGER"],
  ["returns", "VARCHAR"]
  // a function's return annotation text
]);
var PY_PARAMS = spec("py_params", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["def_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["ordinal", "INTEGER"],
  ["param_kind", "VARCHAR"],
  ["has_default", "BOOLEAN"],
  ["annotation", "VARCHAR"],
  ["default_text", "VARCHAR"],
  // the default value's source text
  ...SPAN
]);
var PY_DECORATORS = spec("py_decorators", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["def_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["ordinal", "INTEGER"],
  ["expr", "VARCHAR"],
  ...SPAN
]);
var PY_CALLS = spec("py_calls", [
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
  ...SPAN
]);
var PY_NAMES = spec("py_names", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["ctx", "VARCHAR"],
  // load | store | del
  ...SPAN
]);
var PY_ATTRIBUTES = spec("py_attributes", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["attr", "VARCHAR"],
  ["receiver", "VARCHAR"],
  ["ctx", "VARCHAR"],
  ["attr_bstart", "INTEGER"],
  ...SPAN
]);
var PY_IMPORTS = spec("py_imports", [
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
  ...SPAN
]);
var PY_BINDINGS = spec("py_bindings", [
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["name", "VARCHAR"],
  // def | class | import | param | assign | augassign | annassign | for | with | except | walrus
  // | comprehension | global | nonlocal | del | match | type_alias
  ["binding_kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"]
]);
var PY_DIAGNOSTICS = spec("py_diagnostics", [
  ["node_id", "BIGINT"],
  ["file_id", "BIGINT"],
  ["code", "VARCHAR"],
  ["severity", "VARCHAR"],
  ["message", "VARCHAR"],
  ...SPAN
]);
var PY_EXPORTS = spec("py_exports", [
  ["file_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["ordinal", "INTEGER"]
]);
var PY_TYPES = spec("py_types", [
  ["file_id", "BIGINT"],
  ["scope_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["target", "VARCHAR"],
  ["annotation", "VARCHAR"],
  ["value_kind", "VARCHAR"],
  ["value_text", "VARCHAR"],
  ["value_bstart", "INTEGER"],
  ["value_bend", "INTEGER"],
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"]
]);
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
  PY_EXPORTS,
  PY_TYPES
];

// src/extract/file-extractor.ts
var require2 = createRequire(import.meta.url);
var languagePromise = null;
var treeSitter = null;
function grammarWasmPath() {
  return embeddedBuildInfo() ? fileURLToPath(new URL("./tree-sitter-python.wasm", import.meta.url)) : require2.resolve("tree-sitter-python/tree-sitter-python.wasm");
}
function loadPythonLanguage() {
  languagePromise ??= (async () => {
    const ts = treeSitter ??= cjsExports(await import("./chunk-NEUXYC3O.js"), "Parser");
    const binding = {};
    await ts.Parser.init(binding);
    fastHeapAccess(binding);
    return ts.Language.load(grammarWasmPath());
  })();
  return languagePromise;
}
function fastHeapAccess(m) {
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const set = m.setValue;
  const get = m.getValue;
  if (!littleEndian || !set || !get || !m.HEAP32) return;
  m.setValue = (ptr, value, type = "i8") => {
    if (type === "i32") m.HEAP32[ptr >> 2] = value;
    else set(ptr, value, type);
  };
  m.getValue = (ptr, type = "i8") => type === "i32" ? m.HEAP32[ptr >> 2] : get(ptr, type);
}
var DIAG_MESSAGES = {
  too_large: (f) => `skipped: ${f.sizeBytes} bytes is over the size limit; raise --max-file-bytes to include it`,
  symlink_outside: () => "skipped: symbolic link to a target outside the repository (not followed)",
  not_a_file: () => "skipped: not a regular file",
  unreadable: (f) => `skipped: could not read the file (${f.message ?? "unknown error"}); check its permissions`,
  binary: () => "skipped: the file contains NUL bytes, so it is not Python source (CPython rejects it too)"
};
var FileExtractor = class _FileExtractor {
  constructor(parser, language, options, tag, format) {
    this.parser = parser;
    this.options = options;
    this.tag = tag;
    this.format = format;
    this.reset();
    this.walker = new PythonExtractor(this.sinks, language);
  }
  parser;
  options;
  tag;
  format;
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
      exports: by(PY_EXPORTS.name),
      types: by(PY_TYPES.name)
    });
  }
  static async create(options, tag, format = "parquet") {
    const [lang] = await Promise.all([loadPythonLanguage(), format === "parquet" ? loadParquetWriter() : null]);
    const parser = new treeSitter.Parser();
    parser.setLanguage(lang);
    return new _FileExtractor(parser, lang, options, tag, format);
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
      bytes = readFileSync2(f.absPath);
    } catch (err) {
      const g = { ...f, status: "unreadable", message: err.code ?? String(err) };
      this.fileRow(fileId, g, { size: f.sizeBytes, sha: null, lines: null, encoding: null, newline: null, status: "unreadable", allKind: "none" });
      this.fileDiagnostic(fileId, "unreadable", "warning", DIAG_MESSAGES.unreadable(g));
      return;
    }
    stats.bytes += bytes.length;
    const sha = createHash("sha256").update(bytes).digest("hex");
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
  fileDiagnostic(fileId, code, severity, message) {
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
      const dir = join2(this.options.stagingDir, b.spec.name);
      mkdirSync(dir, { recursive: true });
      if (this.format === "json") {
        const path2 = join2(dir, `b${bucket}-${this.tag}-${n}.jsonl`);
        writeFileSync(path2, b.toJsonLines());
        out.push({ table: b.spec.name, bucket, path: path2, rows: b.rows, format: "json" });
        continue;
      }
      const path = join2(dir, `b${bucket}-${this.tag}-${n}.parquet`);
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

export {
  buildInfoFromInstall,
  embeddedBuildInfo,
  idToKey,
  fileIdOf,
  EXTRACT_TABLES,
  FileExtractor
};
