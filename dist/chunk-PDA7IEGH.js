import { createRequire as __pycpgCreateRequire } from "node:module";
import { dirname as __pycpgDirname } from "node:path";
import { fileURLToPath as __pycpgFileURLToPath } from "node:url";
const require = __pycpgCreateRequire(import.meta.url);
const __pycpg_filename = __pycpgFileURLToPath(import.meta.url);
const __pycpg_dirname = __pycpgDirname(__pycpg_filename);
import {
  EXTRACT_TABLES,
  FileExtractor,
  buildInfoFromInstall,
  embeddedBuildInfo,
  fileIdOf,
  idToKey
} from "./chunk-KR7WIVXD.js";
import {
  RowBuilder,
  cjsExports,
  loadParquetWriter,
  rowsToParquet
} from "./chunk-AGFSHVMN.js";

// src/util/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var UserError = class extends Error {
  name = "UserError";
};

// src/scip/run-scip-python.ts
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
var SCIP_PYTHON_VERSION = "0.6.6";
var ScipPythonError = class extends Error {
  constructor(message, partialBytes = 0, kind = "failed", output = "") {
    super(message);
    this.partialBytes = partialBytes;
    this.kind = kind;
    this.output = output;
  }
  partialBytes;
  kind;
  output;
};
function scipPythonCommand(env = process.env) {
  const isJs = (f) => /\.[cm]?js$/.test(f);
  const override = env.PYCPG_SCIP_PYTHON?.trim();
  if (override) return existsSync(override) ? { file: resolve(override), node: isJs(override) } : null;
  try {
    const entry = scipPythonEntry();
    if (existsSync(entry)) return { file: entry, node: true };
  } catch {
  }
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const f = join(dir, "scip-python");
    try {
      accessSync(f, constants.X_OK);
      return { file: f, node: false };
    } catch {
    }
  }
  return null;
}
function scipPythonEntry() {
  const require3 = createRequire(import.meta.url);
  return join(dirname(require3.resolve("@sourcegraph/scip-python/package.json")), "index.js");
}
async function runScipPython(opts) {
  const log = opts.log ?? (() => {
  });
  const command = opts.command ?? { file: scipPythonEntry(), node: true };
  const repoDir = resolve(opts.repoDir);
  const outFile = resolve(opts.outFile);
  const envDir = mkdtempSync(join(tmpdir(), "pycpg-scip-env-"));
  const envFile = join(envDir, "environment.json");
  writeFileSync(envFile, "[]\n");
  rmSync(outFile, { force: true });
  mkdirSync(dirname(outFile), { recursive: true });
  const args = [
    "index",
    "--project-name",
    opts.projectName,
    "--project-version",
    "0",
    "--environment",
    envFile,
    "--output",
    outFile,
    "--cwd",
    repoDir,
    "--quiet",
    ...opts.targetOnly ? ["--target-only", opts.targetOnly] : [],
    ...opts.extraArgs ?? []
  ];
  const heap = opts.maxOldSpaceMb ?? 8192;
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --max-old-space-size=${heap}`.trim() };
  log(`scip-python ${SCIP_PYTHON_VERSION}: indexing ${repoDir} (heap ${heap} MB)`);
  const t0 = performance.now();
  const timer = setInterval(() => log(`scip-python: still indexing after ${Math.round((performance.now() - t0) / 1e3)} s`), (opts.heartbeatS ?? 30) * 1e3);
  try {
    let timedOut = false;
    const { code: code2, signal, output } = await new Promise((resolveRun, reject) => {
      const child = command.node ? spawn(process.execPath, [command.file, ...args], { cwd: repoDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true }) : spawn(command.file, args, { cwd: repoDir, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
      const killer = opts.timeoutS !== void 0 ? setTimeout(() => {
        timedOut = true;
        try {
          if (child.pid !== void 0) process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }, opts.timeoutS * 1e3) : null;
      child.on("close", () => {
        if (killer) clearTimeout(killer);
      });
      let head = "";
      let tail = "";
      const keep = (d) => {
        const text2 = d.toString();
        if (head.length < 1e5) head += text2;
        else tail = (tail + text2).slice(-1e5);
      };
      child.stdout.on("data", keep);
      child.stderr.on("data", keep);
      child.on("error", reject);
      child.on("close", (c, sig) => resolveRun({ code: c, signal: sig, output: tail ? `${head}
...
${tail}` : head }));
    });
    const seconds2 = (performance.now() - t0) / 1e3;
    let bytes = 0;
    try {
      bytes = statSync(outFile).size;
    } catch {
    }
    if (timedOut || code2 !== 0 || bytes === 0) {
      if (bytes === 0) rmSync(outFile, { force: true });
      const isOom = /heap out of memory|allocation failed/i.test(output);
      const how = timedOut ? `ran out of time (limit ${opts.timeoutS} s) and was killed` : signal ? `was killed by ${signal}` : code2 === 0 ? "exited with 0 but wrote no index" : `exited with ${code2}`;
      const oom = isOom ? ` (out of memory: heap ${heap} MB)` : "";
      const wrote = bytes ? `a partial index of ${bytes} bytes is in ${outFile}` : "no index written";
      const kind = timedOut ? "timeout" : isOom ? "oom" : "failed";
      throw new ScipPythonError(`scip-python ${how}${oom} after ${seconds2.toFixed(1)} s (${wrote})`, bytes, kind, output);
    }
    log(`scip-python: ${(bytes / 1e6).toFixed(1)} MB index in ${seconds2.toFixed(1)} s`);
    return { outFile, seconds: seconds2, bytes, output };
  } finally {
    clearInterval(timer);
    rmSync(envDir, { recursive: true, force: true });
  }
}

// src/scip/scip-layer.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { totalmem } from "node:os";
import { join as join2, resolve as resolve2 } from "node:path";
var SCIP_OFF = Object.freeze({ kind: "off" });
var DEFAULT_SCIP_TIMEOUT_S = 1200;
var SCIP_PROJECT_NAME = "project";
function parseScipMode(value, base, what = "--scip") {
  const v = (value ?? "").trim();
  if (v === "" || v === "off" || v === "false") return SCIP_OFF;
  if (v === "auto" || v === "on" || v === "true") return Object.freeze({ kind: "auto" });
  if (v.startsWith("-")) throw new UsageError(`${what} takes off, auto or the path of an index.scip, got "${v}"`);
  return Object.freeze({ kind: "path", path: resolve2(base, v) });
}
function scipHeapMb(env = process.env) {
  const o = Number(env.PYCPG_SCIP_HEAP_MB);
  if (Number.isFinite(o) && o >= 64) return Math.floor(o);
  return Math.max(1024, Math.min(16384, Math.floor(totalmem() / 2 ** 20 * 0.75)));
}
async function obtainScipIndex(mode, opts) {
  if (mode.kind === "path") {
    const st = statSync2(mode.path, { throwIfNoEntry: false });
    if (!st?.isFile()) return { ok: false, failure: "no_index", reason: `the SCIP index ${mode.path} does not exist or is not a file`, seconds: 0, output: "" };
    return { ok: true, indexPath: mode.path, source: "file", seconds: 0, heapMb: null, output: "" };
  }
  const command = scipPythonCommand();
  if (!command || !existsSync2(command.file))
    return {
      ok: false,
      failure: "missing",
      reason: `scip-python is not installed (install @sourcegraph/scip-python@${SCIP_PYTHON_VERSION}, put scip-python on PATH or set PYCPG_SCIP_PYTHON; or pass --scip PATH to an index made elsewhere)`,
      seconds: 0,
      output: ""
    };
  const heapMb = scipHeapMb();
  const t0 = performance.now();
  try {
    const run = await runScipPython({
      repoDir: opts.repoDir,
      outFile: join2(opts.workDir, "index.scip"),
      projectName: SCIP_PROJECT_NAME,
      maxOldSpaceMb: heapMb,
      timeoutS: opts.timeoutS,
      command,
      log: opts.log
    });
    return { ok: true, indexPath: run.outFile, source: "scip-python", seconds: run.seconds, heapMb, output: run.output };
  } catch (err) {
    const seconds2 = (performance.now() - t0) / 1e3;
    if (err instanceof ScipPythonError) return { ok: false, failure: err.kind, reason: err.message, seconds: seconds2, output: err.output };
    const e = err;
    return { ok: false, failure: e.code === "ENOENT" ? "missing" : "failed", reason: `scip-python could not be started: ${e.message}`, seconds: seconds2, output: "" };
  }
}

// src/config/build-options.ts
import { resolve as resolve3 } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 4 * 1024 * 1024;
function makeBuildOptions(partial) {
  const repo = resolve3(partial.repo ?? ".");
  return Object.freeze({
    repo,
    state: resolve3(repo, partial.state ?? ".pycpg/state"),
    out: resolve3(repo, partial.out ?? ".pycpg/out"),
    full: partial.full ?? false,
    include: Object.freeze([...partial.include ?? []]),
    exclude: Object.freeze([...partial.exclude ?? []]),
    maxFileBytes: partial.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    repoId: partial.repoId ?? null,
    threads: partial.threads ?? 0,
    base: partial.base ?? null,
    head: partial.head ?? null,
    pythonPath: Object.freeze([...partial.pythonPath ?? []]),
    scip: partial.scip ?? SCIP_OFF,
    scipTimeoutS: partial.scipTimeoutS ?? DEFAULT_SCIP_TIMEOUT_S,
    ruleParts: partial.ruleParts ?? null
  });
}

// src/config/package-root.ts
import { existsSync as existsSync3, readFileSync } from "node:fs";
import { dirname as dirname2, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
function find() {
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const p = join3(dir, "package.json");
    if (existsSync3(p)) {
      try {
        const json = JSON.parse(readFileSync(p, "utf8"));
        if (json.name === "pycpg" && json.version) return { root: dir, version: json.version };
      } catch {
      }
    }
    dir = dirname2(dir);
  }
  return { root: dirname2(fileURLToPath(import.meta.url)), version: "0.0.0-unknown" };
}
var found = find();
var PACKAGE_ROOT = found.root;
var TOOL_VERSION = found.version;

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

// src/pipeline/run-build.ts
import { createHash as createHash6 } from "node:crypto";
import { mkdirSync as mkdirSync11, readFileSync as readFileSync10, rmSync as rmSync9, statSync as statSync6 } from "node:fs";
import { availableParallelism as availableParallelism3 } from "node:os";
import { join as join19 } from "node:path";

// src/config/fingerprint.ts
import { createHash } from "node:crypto";
import { readdirSync, readFileSync as readFileSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname3, join as join4, relative } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var require2 = createRequire2(import.meta.url);
var codeHash = null;
function codeFingerprint() {
  if (codeHash !== null) return codeHash;
  const here = fileURLToPath2(import.meta.url);
  if (here.endsWith(".ts")) codeHash = hashSources(join4(dirname3(here), ".."));
  else {
    try {
      codeHash = readFileSync2(join4(dirname3(here), "code-hash.txt"), "utf8").trim();
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
      const p = join4(dir, e.name);
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
  const embedded = embeddedBuildInfo();
  if (embedded) return embedded.grammar;
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
    options: {
      include: [...o.include],
      exclude: [...o.exclude],
      max_file_bytes: o.maxFileBytes,
      repo_id: o.repoId,
      python_path: [...o.pythonPath],
      scip: o.scip.kind === "off" ? "off" : "on"
    }
  };
}
var SCHEMA_CHANGES = {
  2: "site and variable ids no longer depend on byte offsets (position-independent ids)"
};
function describeFingerprintChange(previous, current) {
  const prev = previous ?? {};
  const parts = [];
  if (prev.schema_version !== current.schema_version) {
    const why = SCHEMA_CHANGES[current.schema_version];
    parts.push(`the state has schema v${prev.schema_version ?? "?"} and this pycpg writes schema v${current.schema_version}${why ? ` (${why})` : ""}`);
  }
  const labels = [
    ["tool_version", "pycpg version"],
    ["code", "pycpg code"],
    ["rules", "rule set"],
    ["grammar", "grammar"],
    ["duckdb", "DuckDB version"],
    ["options", "build options"]
  ];
  const changed = labels.filter(([k]) => JSON.stringify(prev[k]) !== JSON.stringify(current[k])).map(([, l]) => l);
  if (changed.length > 0) parts.push(`changed: ${changed.join(", ")}`);
  return `the pipeline fingerprint changed (${parts.length > 0 ? parts.join("; ") : "another pycpg version, rule set or options"})`;
}
function fingerprintOf(inputs) {
  return createHash("sha256").update(JSON.stringify(inputs)).digest("hex").slice(0, 32);
}
function duckdbVersion() {
  const embedded = embeddedBuildInfo();
  if (embedded) return embedded.duckdb;
  try {
    const pkg = JSON.parse(readFileSync2(require2.resolve("@duckdb/node-api/package.json"), "utf8"));
    return `@duckdb/node-api@${pkg.version}`;
  } catch {
    return "@duckdb/node-api@unknown";
  }
}

// src/config/import-roots.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join5, posix } from "node:path";

// src/config/ini.ts
function parseIni(text2) {
  const out = /* @__PURE__ */ new Map();
  let section = null;
  let lastKey = null;
  for (const raw of text2.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, "");
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) {
      continue;
    }
    if (/^\s/.test(line) && section && lastKey !== null) {
      section.set(lastKey, `${section.get(lastKey) ?? ""}
${trimmed}`);
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(trimmed);
    if (header) {
      const name = header[1].trim();
      section = out.get(name) ?? /* @__PURE__ */ new Map();
      out.set(name, section);
      lastKey = null;
      continue;
    }
    const kv = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (kv && section) {
      lastKey = kv[1].trim().toLowerCase();
      section.set(lastKey, kv[2]);
    } else lastKey = null;
  }
  return out;
}

// src/config/toml.ts
var TomlError = class extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
  line;
  name = "TomlError";
};
var BARE_KEY = /[A-Za-z0-9_-]/;
function parseToml(text2) {
  return new Parser(text2.startsWith("\uFEFF") ? text2.slice(1) : text2).document();
}
var SEALED = /* @__PURE__ */ new WeakSet();
var DEFINED = /* @__PURE__ */ new WeakSet();
var TABLE_ARRAYS = /* @__PURE__ */ new WeakSet();
var Parser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  pos = 0;
  line = 1;
  fail(message) {
    throw new TomlError(message, this.line);
  }
  peek(offset = 0) {
    return this.s[this.pos + offset] ?? "";
  }
  next() {
    const c = this.s[this.pos++] ?? "";
    if (c === "\n") this.line++;
    return c;
  }
  startsWith(t) {
    return this.s.startsWith(t, this.pos);
  }
  /** Spaces and tabs. */
  ws() {
    while (this.peek() === " " || this.peek() === "	") this.pos++;
  }
  /** Whitespace, newlines and comments (inside arrays). */
  wsNl() {
    for (; ; ) {
      const c = this.peek();
      if (c === " " || c === "	" || c === "\r" || c === "\n") this.next();
      else if (c === "#") this.comment();
      else return;
    }
  }
  comment() {
    while (this.pos < this.s.length && this.peek() !== "\n") this.pos++;
  }
  /** The rest of a line after a value or header: blanks, an optional comment, the newline. */
  endOfLine() {
    this.ws();
    if (this.peek() === "#") this.comment();
    if (this.peek() === "\r" && this.peek(1) === "\n") this.pos++;
    if (this.pos >= this.s.length) return;
    if (this.peek() !== "\n") this.fail(`unexpected ${JSON.stringify(this.peek())} after a value`);
    this.next();
  }
  document() {
    const root2 = {};
    let current = root2;
    while (this.pos < this.s.length) {
      this.ws();
      const c = this.peek();
      if (c === "" || c === "\n" || c === "\r" || c === "#") {
        this.endOfLine();
        continue;
      }
      if (c === "[") {
        const isArray = this.peek(1) === "[";
        this.pos += isArray ? 2 : 1;
        this.ws();
        const key2 = this.key();
        this.ws();
        if (isArray ? !this.startsWith("]]") : this.peek() !== "]") this.fail(`table header not closed: expected ${isArray ? "]]" : "]"}`);
        this.pos += isArray ? 2 : 1;
        this.endOfLine();
        current = isArray ? this.arrayTable(root2, key2) : this.headerTable(root2, key2);
        continue;
      }
      this.keyValue(current);
      this.endOfLine();
    }
    return root2;
  }
  headerTable(root2, key2) {
    const parent = this.descend(root2, key2.slice(0, -1));
    const last = key2[key2.length - 1];
    const existing = parent[last];
    if (existing === void 0) {
      const t = {};
      DEFINED.add(t);
      parent[last] = t;
      return t;
    }
    if (!isTable(existing) || SEALED.has(existing) || DEFINED.has(existing)) this.fail(`table [${key2.join(".")}] defined twice`);
    DEFINED.add(existing);
    return existing;
  }
  arrayTable(root2, key2) {
    const parent = this.descend(root2, key2.slice(0, -1));
    const last = key2[key2.length - 1];
    let arr = parent[last];
    if (arr === void 0) {
      arr = [];
      TABLE_ARRAYS.add(arr);
      parent[last] = arr;
    } else if (!Array.isArray(arr) || !TABLE_ARRAYS.has(arr)) this.fail(`[[${key2.join(".")}]] extends something that is not an array of tables`);
    const t = {};
    arr.push(t);
    return t;
  }
  /** Walks (creating implicit tables) to the table named by `path`; the last table of an array of tables. */
  descend(from, path) {
    let t = from;
    for (const k of path) {
      let v = t[k];
      if (v === void 0) {
        v = {};
        t[k] = v;
      }
      if (Array.isArray(v)) {
        if (!TABLE_ARRAYS.has(v) || v.length === 0) this.fail(`${k} is an array, not a table`);
        v = v[v.length - 1];
      }
      if (!isTable(v)) this.fail(`${k} is a value, not a table`);
      if (SEALED.has(v)) this.fail(`${k} is an inline table and cannot be extended`);
      t = v;
    }
    return t;
  }
  keyValue(table2) {
    const key2 = this.key();
    this.ws();
    if (this.peek() !== "=") this.fail(`expected = after the key ${key2.join(".")}`);
    this.pos++;
    this.ws();
    const value = this.value();
    const parent = this.descendDotted(table2, key2.slice(0, -1));
    const last = key2[key2.length - 1];
    if (last in parent) this.fail(`key ${key2.join(".")} defined twice`);
    parent[last] = value;
  }
  /** Dotted keys create tables that a later header may not redefine. */
  descendDotted(from, path) {
    let t = from;
    for (const k of path) {
      let v = t[k];
      if (v === void 0) {
        v = {};
        DEFINED.add(v);
        t[k] = v;
      }
      if (!isTable(v) || SEALED.has(v)) this.fail(`${k} is not a table that can be extended`);
      t = v;
    }
    return t;
  }
  key() {
    const parts = [];
    for (; ; ) {
      this.ws();
      const c = this.peek();
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else {
        const start = this.pos;
        while (BARE_KEY.test(this.peek())) this.pos++;
        if (this.pos === start) this.fail(`expected a key, got ${JSON.stringify(c)}`);
        parts.push(this.s.slice(start, this.pos));
      }
      this.ws();
      if (this.peek() !== ".") return parts;
      this.pos++;
    }
  }
  value() {
    const c = this.peek();
    if (c === '"') return this.startsWith('"""') ? this.multiBasic() : this.basicString();
    if (c === "'") return this.startsWith("'''") ? this.multiLiteral() : this.literalString();
    if (c === "[") return this.array();
    if (c === "{") return this.inlineTable();
    if (this.startsWith("true")) return this.word("true", true);
    if (this.startsWith("false")) return this.word("false", false);
    return this.scalar();
  }
  word(w, v) {
    this.pos += w.length;
    if (BARE_KEY.test(this.peek())) this.fail(`unexpected text after ${w}`);
    return v;
  }
  /** Numbers, dates and times. */
  scalar() {
    const start = this.pos;
    while (this.pos < this.s.length && /[0-9A-Za-z_+\-.:]/.test(this.peek())) this.pos++;
    if (this.peek() === " " && /^\d{4}-\d{2}-\d{2}$/.test(this.s.slice(start, this.pos)) && /\d/.test(this.peek(1))) {
      this.pos++;
      while (this.pos < this.s.length && /[0-9A-Za-z_+\-.:]/.test(this.peek())) this.pos++;
    }
    const t = this.s.slice(start, this.pos);
    if (t === "") this.fail(`expected a value, got ${JSON.stringify(this.peek())}`);
    if (/^[+-]?(inf|nan)$/.test(t)) return t.endsWith("inf") ? t.startsWith("-") ? -Infinity : Infinity : Number.NaN;
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i.test(t) || /^\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(t)) return t;
    if (/^0x[0-9A-Fa-f](_?[0-9A-Fa-f])*$/.test(t)) return Number.parseInt(t.slice(2).replaceAll("_", ""), 16);
    if (/^0o[0-7](_?[0-7])*$/.test(t)) return Number.parseInt(t.slice(2).replaceAll("_", ""), 8);
    if (/^0b[01](_?[01])*$/.test(t)) return Number.parseInt(t.slice(2).replaceAll("_", ""), 2);
    if (/^[+-]?(0|[1-9](_?\d)*)$/.test(t)) return Number(t.replaceAll("_", ""));
    if (/^[+-]?(0|[1-9](_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/.test(t)) return Number(t.replaceAll("_", ""));
    this.fail(`not a TOML value: ${JSON.stringify(t)}`);
  }
  array() {
    this.pos++;
    const out = [];
    for (; ; ) {
      this.wsNl();
      if (this.peek() === "]") {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.wsNl();
      if (this.peek() === ",") this.pos++;
      else if (this.peek() !== "]") this.fail(`expected , or ] in an array, got ${JSON.stringify(this.peek())}`);
    }
  }
  inlineTable() {
    this.pos++;
    const t = {};
    this.ws();
    if (this.peek() === "}") {
      this.pos++;
      SEALED.add(t);
      return t;
    }
    for (; ; ) {
      this.ws();
      this.keyValue(t);
      this.ws();
      if (this.peek() === ",") {
        this.pos++;
        continue;
      }
      if (this.peek() === "}") {
        this.pos++;
        SEALED.add(t);
        return t;
      }
      this.fail(`expected , or } in an inline table, got ${JSON.stringify(this.peek())}`);
    }
  }
  basicString() {
    this.pos++;
    let out = "";
    for (; ; ) {
      const c = this.peek();
      if (c === "" || c === "\n") this.fail("string not closed on its line");
      this.pos++;
      if (c === '"') return out;
      if (c === "\\") out += this.escape();
      else out += c;
    }
  }
  escape() {
    const c = this.next();
    switch (c) {
      case "b":
        return "\b";
      case "t":
        return "	";
      case "n":
        return "\n";
      case "f":
        return "\f";
      case "r":
        return "\r";
      case "e":
        return "\x1B";
      case '"':
        return '"';
      case "\\":
        return "\\";
      case "u":
      case "U": {
        const n = c === "u" ? 4 : 8;
        const hex = this.s.slice(this.pos, this.pos + n);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== n) this.fail(`bad \\${c} escape`);
        this.pos += n;
        return String.fromCodePoint(Number.parseInt(hex, 16));
      }
      case "x": {
        const hex = this.s.slice(this.pos, this.pos + 2);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex)) this.fail("bad \\x escape");
        this.pos += 2;
        return String.fromCodePoint(Number.parseInt(hex, 16));
      }
      default:
        this.fail(`unknown escape \\${c}`);
    }
  }
  literalString() {
    this.pos++;
    const end = this.s.indexOf("'", this.pos);
    const nl = this.s.indexOf("\n", this.pos);
    if (end < 0 || nl >= 0 && nl < end) this.fail("string not closed on its line");
    const v = this.s.slice(this.pos, end);
    this.pos = end + 1;
    return v;
  }
  multiBasic() {
    this.pos += 3;
    this.skipFirstNewline();
    let out = "";
    for (; ; ) {
      if (this.pos >= this.s.length) this.fail('multi-line string not closed (""")');
      if (this.startsWith('"""')) {
        let q = 3;
        while (this.peek(q) === '"' && q < 5) q++;
        out += '"'.repeat(q - 3);
        this.pos += q;
        return out;
      }
      const c = this.next();
      if (c === "\\") {
        let k = this.pos;
        while (this.s[k] === " " || this.s[k] === "	") k++;
        if (this.s[k] === "\n" || this.s[k] === "\r" && this.s[k + 1] === "\n") {
          this.pos = k;
          while (/[ \t\r\n]/.test(this.peek())) this.next();
        } else out += this.escape();
      } else out += c;
    }
  }
  /** A newline right after the opening delimiter of a multi-line string is not part of it. */
  skipFirstNewline() {
    if (this.startsWith("\r\n")) this.pos++;
    if (this.peek() === "\n") this.next();
  }
  multiLiteral() {
    this.pos += 3;
    this.skipFirstNewline();
    const end = this.s.indexOf("'''", this.pos);
    if (end < 0) this.fail("multi-line string not closed (''')");
    let q = 3;
    while (this.s[end + q] === "'" && q < 5) q++;
    const v = this.s.slice(this.pos, end + q - 3);
    while (this.pos < end + q) this.next();
    return v;
  }
};
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function tomlGet(t, ...path) {
  let v = t;
  for (const k of path) {
    if (!isTable(v)) return void 0;
    v = v[k];
  }
  return v;
}

// src/config/import-roots.ts
var ROOT_CONFIG_FILES = /* @__PURE__ */ new Set([
  "pyproject.toml",
  "setup.cfg",
  "setup.py",
  "pytest.ini",
  "tox.ini",
  "mypy.ini",
  ".mypy.ini",
  "pyrightconfig.json"
]);
function isRootConfigPath(path) {
  return ROOT_CONFIG_FILES.has(path.slice(path.lastIndexOf("/") + 1));
}
var MAX_CONFIG_BYTES = 1 << 20;
function readText(repo, path) {
  try {
    const b = readFileSync3(join5(repo, ...path.split("/")));
    return b.length > MAX_CONFIG_BYTES ? null : b.toString("utf8");
  } catch {
    return null;
  }
}
function repoPath(base, rel) {
  const cleaned = rel.trim().replace(/\\/g, "/").replace(/^\$MYPY_CONFIG_FILE_DIR\/?/, "");
  if (cleaned.startsWith("/")) return null;
  const joined = posix.normalize(posix.join(base || ".", cleaned || "."));
  if (joined === "." || joined === "./") return "";
  if (joined === ".." || joined.startsWith("../")) return null;
  return joined.replace(/\/$/, "");
}
function strings(v) {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x) => typeof x === "string");
  return [];
}
function isTable2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function packageDirRoots(map) {
  const dirs = [];
  const unsupported = [];
  for (const [name, dir] of Object.entries(map)) {
    if (name === "") dirs.push(dir);
    else {
      const parts = name.split(".");
      const d = dir.replace(/\\/g, "/").replace(/\/+$/, "");
      const tail = parts.join("/");
      if (d === tail) dirs.push("");
      else if (d.endsWith(`/${tail}`)) dirs.push(d.slice(0, d.length - tail.length - 1));
      else unsupported.push(`${name} = ${dir}`);
    }
  }
  return { dirs, unsupported };
}
function readImportRoots(inp) {
  const read = inp.read ?? ((p) => readText(inp.repo, p));
  const notes = [];
  const pyDirs = /* @__PURE__ */ new Set();
  const packages = /* @__PURE__ */ new Set();
  for (const p of inp.pythonFiles) {
    const parts = p.split("/");
    for (let k = 0; k < parts.length; k++) pyDirs.add(parts.slice(0, k).join("/"));
    if (parts[parts.length - 1] === "__init__.py") packages.add(parts.slice(0, -1).join("/"));
  }
  const byProject = /* @__PURE__ */ new Map();
  for (const path of [...inp.configFiles].sort()) {
    const slash = path.lastIndexOf("/");
    const dir = slash < 0 ? "" : path.slice(0, slash);
    const name = path.slice(slash + 1);
    const text2 = read(path);
    if (text2 === null) continue;
    let entry = byProject.get(dir);
    if (!entry) byProject.set(dir, entry = { files: /* @__PURE__ */ new Map(), found: [] });
    entry.files.set(name, text2);
  }
  const projects = [];
  for (const [dir, { files }] of byProject) {
    const isProject = files.has("pyproject.toml") || files.has("setup.cfg") && /^\s*\[(metadata|options)\]/m.test(files.get("setup.cfg")) || files.has("setup.py") && /\bsetup\s*\(/.test(files.get("setup.py"));
    const found2 = [];
    let declared = false;
    const at = (name) => dir ? `${dir}/${name}` : name;
    const add = (rel, kind, source, base = dir) => {
      const d = repoPath(base, rel);
      if (d === null)
        notes.push({
          code: "root-outside-repository",
          severity: "warning",
          path: source.split(" ")[0],
          message: `${source}: ${rel} is outside the repository; ignored`
        });
      else found2.push({ dir: d, kind, source });
    };
    const toml = files.get("pyproject.toml");
    if (toml !== void 0) {
      let t = null;
      try {
        t = parseToml(toml);
      } catch (err) {
        const msg = err instanceof TomlError ? err.message : String(err);
        notes.push({
          code: "config-unreadable",
          severity: "warning",
          path: at("pyproject.toml"),
          message: `${at("pyproject.toml")} is not valid TOML (${msg}); its import roots are ignored`
        });
      }
      if (t) declared = readPyproject(t, at("pyproject.toml"), dir, add, notes, pyDirs) || declared;
    }
    const cfg = files.get("setup.cfg");
    if (cfg !== void 0) declared = readSetupCfg(cfg, at("setup.cfg"), add, notes) || declared;
    for (const name of ["pytest.ini", "tox.ini"]) {
      const text2 = files.get(name);
      if (text2 === void 0) continue;
      const ini = parseIni(text2);
      const sec = ini.get(name === "pytest.ini" ? "pytest" : "tool:pytest") ?? (name === "pytest.ini" ? ini.get("tool:pytest") : void 0);
      for (const p of splitList(sec?.get("pythonpath"))) add(p, 0, `${at(name)} [pytest] pythonpath`);
    }
    for (const name of ["mypy.ini", ".mypy.ini"]) {
      const text2 = files.get(name);
      if (text2 === void 0) continue;
      for (const p of splitList(parseIni(text2).get("mypy")?.get("mypy_path"), /[,:\s]+/)) add(p, 2, `${at(name)} [mypy] mypy_path`);
    }
    const pyright = files.get("pyrightconfig.json");
    if (pyright !== void 0) {
      try {
        const j = JSON.parse(pyright.replace(/^\s*\/\/.*$/gm, ""));
        for (const p of [j.extraPaths, ...(j.executionEnvironments ?? []).map((e) => e?.extraPaths)].flatMap((x) => Array.isArray(x) ? x : []))
          if (typeof p === "string") add(p, 2, `${at("pyrightconfig.json")} extraPaths`);
      } catch {
        notes.push({
          code: "config-unreadable",
          severity: "warning",
          path: at("pyrightconfig.json"),
          message: `${at("pyrightconfig.json")} is not valid JSON; its extraPaths are ignored`
        });
      }
    }
    const setupPy = files.get("setup.py");
    if (setupPy !== void 0) declared = readSetupPy(setupPy, at("setup.py"), add) || declared;
    if ((!isProject || packages.has(dir)) && dir !== "") {
      if (found2.length) projects.push({ dir, found: found2.filter((f) => f.kind !== 1), declared: true });
      continue;
    }
    projects.push({ dir, found: found2, declared });
  }
  if (!projects.some((p) => p.dir === "")) projects.push({ dir: "", found: [], declared: false });
  const roots = [];
  for (const p of projects.sort((a, b) => a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)) {
    const found2 = [...p.found];
    if (p.dir === "") {
      const option = [];
      for (const d of inp.pythonPath) {
        const rel = repoPath("", d.startsWith("/") ? posix.relative(inp.repo.replace(/\\/g, "/"), d.replace(/\\/g, "/")) : d);
        if (rel === null)
          notes.push({ code: "root-outside-repository", severity: "warning", path: "", message: `--python-path ${d} is outside the repository; ignored` });
        else option.push({ dir: rel, kind: 0, source: "--python-path" });
      }
      found2.unshift(...option, { dir: "", kind: 1, source: "the repository root" });
    }
    if (!p.declared) {
      const src = p.dir ? `${p.dir}/src` : "src";
      if (pyDirs.has(src) && !packages.has(src)) found2.push({ dir: src, kind: 1, source: `${p.dir || "."}: src layout (no package directory declared)` });
      else if (p.dir !== "") found2.push({ dir: p.dir, kind: 1, source: `${p.dir}: flat layout (no package directory declared)` });
    }
    found2.sort((a, b) => a.kind - b.kind);
    const seen = /* @__PURE__ */ new Set();
    let ord = 0;
    for (const f of found2) {
      if (seen.has(f.dir) || !pyDirs.has(f.dir)) continue;
      seen.add(f.dir);
      roots.push({ project: p.dir, dir: f.dir, ord: ord++, source: f.source });
    }
  }
  return { roots, notes };
}
function splitList(v, sep3 = /\s+/) {
  if (!v) return [];
  return v.split(sep3).map((s) => s.trim()).filter((s) => s !== "");
}
function readPyproject(t, file, dir, add, notes, pyDirs) {
  let declared = false;
  const st = tomlGet(t, "tool", "setuptools");
  if (isTable2(st)) {
    const pd = st["package-dir"];
    if (isTable2(pd)) {
      const map = {};
      for (const [k, v] of Object.entries(pd)) if (typeof v === "string") map[k] = v;
      const { dirs, unsupported } = packageDirRoots(map);
      for (const d of dirs) add(d, 1, `${file} [tool.setuptools] package-dir`);
      for (const u of unsupported)
        notes.push({ code: "package-dir-unsupported", severity: "note", path: file, message: `${file}: package-dir ${u} renames a package; not followed` });
      declared ||= dirs.length > 0;
    }
    const find2 = tomlGet(st, "packages", "find");
    if (isTable2(find2)) {
      const where = strings(find2.where);
      for (const w of where.length ? where : isTable2(pd) ? [] : ["."]) add(w, 1, `${file} [tool.setuptools.packages.find] where`);
      declared = true;
    } else if (Array.isArray(st.packages) && !isTable2(pd)) {
      add(".", 1, `${file} [tool.setuptools] packages`);
      declared = true;
    }
  }
  const poetry = tomlGet(t, "tool", "poetry", "packages");
  if (Array.isArray(poetry)) {
    for (const p of poetry)
      if (isTable2(p) && typeof p.include === "string") add(typeof p.from === "string" ? p.from : ".", 1, `${file} [tool.poetry] packages`);
    declared ||= poetry.length > 0;
  }
  for (const target of [tomlGet(t, "tool", "hatch", "build", "targets", "wheel"), tomlGet(t, "tool", "hatch", "build")]) {
    if (!isTable2(target)) continue;
    for (const p of strings(target.packages)) {
      const clean = p.replace(/\/+$/, "");
      add(clean.includes("/") ? clean.slice(0, clean.lastIndexOf("/")) : ".", 1, `${file} [tool.hatch] packages`);
      declared = true;
    }
    const sources = target.sources;
    if (Array.isArray(sources)) for (const s of strings(sources)) add(s, 1, `${file} [tool.hatch] sources`);
    else if (isTable2(sources)) {
      for (const [from, to] of Object.entries(sources)) if (to === "") add(from, 1, `${file} [tool.hatch] sources`);
    }
    if (sources !== void 0) declared = true;
  }
  const pdm = tomlGet(t, "tool", "pdm", "build", "package-dir");
  if (typeof pdm === "string") {
    add(pdm, 1, `${file} [tool.pdm.build] package-dir`);
    declared = true;
  }
  const maturin = tomlGet(t, "tool", "maturin", "python-source");
  if (typeof maturin === "string") {
    add(maturin, 1, `${file} [tool.maturin] python-source`);
    declared = true;
  }
  const flit = tomlGet(t, "tool", "flit", "module", "name");
  const backend = tomlGet(t, "build-system", "build-backend");
  const flitName = typeof flit === "string" ? flit : backend === "flit_core.buildapi" ? tomlGet(t, "project", "name") : void 0;
  if (typeof flitName === "string") {
    const top = flitName.replace(/-/g, "_").split(".")[0];
    const src = dir ? `${dir}/src` : "src";
    add(pyDirs.has(`${src}/${top}`) || pyDirs.has(`${src}`) ? "src" : ".", 1, `${file} flit module ${flitName}`);
    declared = true;
  }
  for (const p of strings(tomlGet(t, "tool", "pytest", "ini_options", "pythonpath")))
    for (const q of p.split(/\s+/).filter(Boolean)) add(q, 0, `${file} [tool.pytest.ini_options] pythonpath`);
  const pyright = tomlGet(t, "tool", "pyright");
  if (isTable2(pyright)) {
    for (const p of strings(pyright.extraPaths)) add(p, 2, `${file} [tool.pyright] extraPaths`);
    const envs = pyright.executionEnvironments;
    if (Array.isArray(envs)) {
      for (const e of envs) if (isTable2(e)) for (const p of strings(e.extraPaths)) add(p, 2, `${file} [tool.pyright] extraPaths`);
    }
  }
  const mypy = tomlGet(t, "tool", "mypy", "mypy_path");
  for (const p of strings(mypy).flatMap((s) => s.split(/[,:]/))) if (p.trim()) add(p.trim(), 2, `${file} [tool.mypy] mypy_path`);
  return declared;
}
function readSetupCfg(text2, file, add, notes) {
  const ini = parseIni(text2);
  let declared = false;
  const options = ini.get("options");
  const pd = options?.get("package_dir");
  if (pd !== void 0) {
    const map = {};
    for (const line of pd.split("\n")) {
      const m = /^\s*([^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
      if (m) map[m[1]] = m[2];
    }
    const { dirs, unsupported } = packageDirRoots(map);
    for (const d of dirs) add(d, 1, `${file} [options] package_dir`);
    for (const u of unsupported)
      notes.push({ code: "package-dir-unsupported", severity: "note", path: file, message: `${file}: package_dir ${u} renames a package; not followed` });
    declared ||= dirs.length > 0;
  }
  const packages = options?.get("packages")?.trim();
  if (packages === "find:" || packages === "find_namespace:") {
    const where = splitList(ini.get("options.packages.find")?.get("where"), /[\s,]+/);
    for (const w of where) add(w, 1, `${file} [options.packages.find] where`);
    if (where.length === 0 && pd === void 0) add(".", 1, `${file} [options] packages = find:`);
    declared = true;
  } else if (packages && pd === void 0) {
    add(".", 1, `${file} [options] packages`);
    declared = true;
  }
  for (const p of splitList(ini.get("tool:pytest")?.get("pythonpath"))) add(p, 0, `${file} [tool:pytest] pythonpath`);
  for (const p of splitList(ini.get("mypy")?.get("mypy_path"), /[,:\s]+/)) add(p, 2, `${file} [mypy] mypy_path`);
  return declared;
}
function readSetupPy(text2, file, add) {
  let declared = false;
  const code2 = text2.replace(/^\s*#.*$/gm, "");
  const pd = /\bpackage_dir\s*=\s*\{([^}]*)\}/.exec(code2);
  if (pd) {
    const map = {};
    for (const m of pd[1].matchAll(/(['"])(.*?)\1\s*:\s*(['"])(.*?)\3/g)) map[m[2]] = m[4];
    const { dirs } = packageDirRoots(map);
    for (const d of dirs) add(d, 1, `${file} package_dir`);
    declared ||= dirs.length > 0;
  }
  for (const m of code2.matchAll(/\bfind_(?:namespace_)?packages\s*\(\s*(?:where\s*=\s*)?(['"])([^'"]*)\1/g)) {
    add(m[2], 1, `${file} find_packages`);
    declared = true;
  }
  return declared;
}

// src/cpg/cpg-tables.ts
var SCHEMA_VERSION = 2;
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
    ["importable", "BOOLEAN"],
    ["search_path", "VARCHAR[]"]
  ],
  partitionColumn: "file_id"
};
var CPG_NODES = {
  name: "cpg_nodes",
  columns: [["node_id", "BIGINT"], ["kind", "VARCHAR"], ["file_id", "BIGINT"], ["path", "VARCHAR"], ["name", "VARCHAR"], ["qname", "VARCHAR"], ...SPAN],
  partitionColumn: "file_id"
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
    ["confidence", "DOUBLE"],
    ["resolution", "VARCHAR"]
  ],
  partitionColumn: "origin_file_id"
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
  partitionColumn: "file_id"
};
function resolution(name, columns) {
  return { name, columns, partitionColumn: "file_id" };
}
var IMPORT_MODULES = resolution("import_modules", [
  ["file_id", "BIGINT"],
  ["import_id", "BIGINT"],
  ["role", "VARCHAR"],
  ["module", "VARCHAR"],
  ["target_kind", "VARCHAR"],
  ["target_file_id", "BIGINT"],
  ["target_id", "BIGINT"],
  ["binds", "BOOLEAN"]
]);
var MODULE_EXPORTS = resolution("module_exports", [
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
]);
var IMPORT_EDGES = resolution("import_edges", [
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
]);
var REF_TARGETS = resolution("ref_targets", [
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
]);
var CLASS_MEMBERS = resolution("class_members", [
  ["file_id", "BIGINT"],
  ["class_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"]
]);
var CLASS_MRO = resolution("class_mro", [
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
]);
var CALL_TARGETS = resolution("call_targets", [
  ["file_id", "BIGINT"],
  ["site_id", "BIGINT"],
  ["site_kind", "VARCHAR"],
  ["resolution", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"]
]);
var SCIP_DEFS = resolution("scip_defs", [
  ["file_id", "BIGINT"],
  ["symbol", "VARCHAR"],
  ["is_local", "BOOLEAN"],
  ["node_id", "BIGINT"],
  ["kind", "VARCHAR"],
  ["ordinal", "INTEGER"]
]);
var SCIP_ALIGNMENT = resolution("scip_alignment", [
  ["file_id", "BIGINT"],
  ["site_id", "BIGINT"],
  ["site_kind", "VARCHAR"],
  ["name", "VARCHAR"],
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["occurrence", "INTEGER"],
  ["symbol", "VARCHAR"],
  ["roles", "INTEGER"],
  ["is_definition", "BOOLEAN"],
  ["is_local", "BOOLEAN"],
  ["scip_target_id", "BIGINT"],
  ["scip_target_file_id", "BIGINT"],
  ["syntactic_target_id", "BIGINT"],
  ["agreement", "VARCHAR"]
]);
var TYPE_DECLS = resolution("type_decls", [
  ["file_id", "BIGINT"],
  ["slot_kind", "VARCHAR"],
  ["owner_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["class_id", "BIGINT"],
  ["class_file_id", "BIGINT"],
  ["resolution", "VARCHAR"],
  ["confidence", "DOUBLE"]
]);
var TYPE_MEMBERS = resolution("type_members", [
  ["file_id", "BIGINT"],
  ["class_id", "BIGINT"],
  ["name", "VARCHAR"],
  ["store_id", "BIGINT"],
  ["type_id", "BIGINT"],
  ["type_file_id", "BIGINT"],
  ["resolution", "VARCHAR"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"],
  ["deps", "VARCHAR[]"]
]);
var TYPE_TARGETS = resolution("type_targets", [
  ["file_id", "BIGINT"],
  ["site_id", "BIGINT"],
  ["site_kind", "VARCHAR"],
  ["resolution", "VARCHAR"],
  ["kind", "VARCHAR"],
  ["target_id", "BIGINT"],
  ["target_file_id", "BIGINT"],
  ["qname", "VARCHAR"],
  ["confidence", "DOUBLE"]
]);
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
  CALL_TARGETS,
  SCIP_DEFS,
  SCIP_ALIGNMENT,
  TYPE_DECLS,
  TYPE_MEMBERS,
  TYPE_TARGETS
];
var PUBLISHED = [CPG_NODES, CPG_EDGES, CPG_PROPS];

// src/discover/discover-files.ts
import { existsSync as existsSync4, lstatSync, readdirSync as readdirSync2, realpathSync, statSync as statSync3 } from "node:fs";
import { join as join6, relative as relative2, sep } from "node:path";

// src/util/git-runner.ts
import { execFile, execFileSync } from "node:child_process";
var GitRunner = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  answers = /* @__PURE__ */ new Map();
  /** Runs the commands at the same time; resolves (never rejects) once every one has ended. */
  async prefetch(commands) {
    await Promise.all(
      commands.map(
        (args) => new Promise((resolve4) => {
          execFile("git", [...args], { cwd: this.cwd, encoding: "buffer", maxBuffer: 1 << 30 }, (err, stdout) => {
            this.answers.set(key(args), err ? { out: stdout ?? Buffer.alloc(0), err } : { out: stdout });
            resolve4();
          });
        })
      )
    );
  }
  /** The command's standard output: the prefetched one, else from running it now. Throws when git fails. */
  run(args) {
    const a = this.answer(args);
    if (a.err !== void 0) throw a.err;
    return a.out;
  }
  /** The command's standard output whether it succeeded or not (empty when git could not run). */
  output(args) {
    return this.answer(args).out;
  }
  /** The prefetched answer, else the command run now. */
  answer(args) {
    const kept = this.answers.get(key(args));
    if (kept !== void 0) return kept;
    try {
      return { out: execFileSync("git", [...args], { cwd: this.cwd, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] }) };
    } catch (err) {
      const out = err.stdout;
      return { out: Buffer.isBuffer(out) ? out : Buffer.alloc(0), err };
    }
  }
};
function key(args) {
  return args.join("\0");
}
var REPO_PROBE_ARGS = ["rev-parse", "--is-inside-work-tree", "--verify", "-q", "HEAD^{commit}"];
function probeRepo(git) {
  const [inside, head] = git.output(REPO_PROBE_ARGS).toString().split("\n");
  return { workTree: inside?.trim() === "true", head: head && /^[0-9a-f]{40,64}$/.test(head.trim()) ? head.trim() : null };
}

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
function isGitWorkTree(root2, git = new GitRunner(root2)) {
  return probeRepo(git).workTree;
}
var CONFIG_PATHSPECS = [...ROOT_CONFIG_FILES].filter((n) => !n.endsWith(".py")).map((n) => `*${n}`);
var LIST_FILES_ARGS = ["ls-files", "-z", "-t", "--cached", "--others", "--exclude-standard", "--", "*.py", ...CONFIG_PATHSPECS];
function gitListPython(git) {
  const out = git.run(LIST_FILES_ARGS);
  const seen = /* @__PURE__ */ new Set();
  const untracked = /* @__PURE__ */ new Set();
  for (const entry of out.toString("utf8").split("\0")) {
    if (entry.length < 3) continue;
    const p = entry.slice(2);
    seen.add(p);
    if (entry[0] === "?" && p.endsWith(".py")) untracked.add(p);
  }
  return { paths: [...seen], untracked };
}
function walkPython(root2) {
  const out = [];
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync2(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join6(dir, e.name);
      if (e.isDirectory()) {
        if (e.name.startsWith(".") || WALK_SKIP_DIRS.has(e.name)) continue;
        visit(abs);
      } else if ((e.name.endsWith(".py") || ROOT_CONFIG_FILES.has(e.name)) && (e.isFile() || e.isSymbolicLink())) {
        out.push(relative2(root2, abs).split(sep).join("/"));
      }
    }
  };
  visit(root2);
  return out;
}
function mtimeNsOf(s) {
  return Math.round(s.mtimeMs * 1e6);
}
function under(prefix, path) {
  return prefix + (sep === "/" ? path : path.split("/").join(sep));
}
function classify(prefix, realRoot, path, maxFileBytes) {
  const absPath = under(prefix, path);
  try {
    const l = lstatSync(absPath);
    if (l.isSymbolicLink()) {
      let target;
      try {
        target = realpathSync(absPath);
      } catch {
        return { path, absPath, sizeBytes: 0, mtimeNs: mtimeNsOf(l), status: "not_a_file", message: "broken symbolic link" };
      }
      const rel = relative2(realRoot, target);
      if (rel.startsWith("..") || rel === "" || /^[a-zA-Z]:/.test(rel) || rel.startsWith(sep)) {
        return { path, absPath, sizeBytes: 0, mtimeNs: mtimeNsOf(l), status: "symlink_outside" };
      }
    }
    const s = l.isSymbolicLink() ? statSync3(absPath) : l;
    if (!s.isFile()) return { path, absPath, sizeBytes: 0, mtimeNs: mtimeNsOf(s), status: "not_a_file" };
    return { path, absPath, sizeBytes: s.size, mtimeNs: mtimeNsOf(s), status: s.size > maxFileBytes ? "too_large" : "ok" };
  } catch (err) {
    const code2 = err.code;
    if (code2 === "ENOENT") return null;
    return { path, absPath, sizeBytes: 0, mtimeNs: 0, status: "unreadable", message: code2 ?? String(err) };
  }
}
function discoverFiles(root2, options, runner = new GitRunner(root2)) {
  const method = isGitWorkTree(root2, runner) ? "git" : "walk";
  const git = method === "git" ? gitListPython(runner) : null;
  const listed = git ? git.paths : walkPython(root2);
  const keep = pathFilter(options.include, options.exclude);
  const notExcluded = pathFilter([], options.exclude);
  const paths = listed.filter((p) => p.endsWith(".py") && keep(p));
  const prefix = join6(root2, "x").slice(0, -1);
  const configFiles = listed.filter((p) => isRootConfigPath(p) && notExcluded(p) && existsSync4(under(prefix, p))).sort();
  const realRoot = realpathSync(root2);
  const files = paths.sort().map((p) => classify(prefix, realRoot, p, options.maxFileBytes)).filter((f) => f !== null);
  return { files, method, configFiles, untracked: git ? git.untracked : null };
}

// src/extract/extract-pool.ts
import { fork } from "node:child_process";
import { availableParallelism } from "node:os";
import { fileURLToPath as fileURLToPath3 } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
var IN_PROCESS_MAX_BYTES = 512 * 1024;
var PROCESS_WORKERS_MIN_BYTES = 16 * 1024 * 1024;
function startWorker(setup, kind) {
  if (kind === "thread") {
    const w = new Worker(workerUrl(), { workerData: setup });
    return {
      send: (m) => w.postMessage(m),
      onMessage: (f) => w.on("message", f),
      onError: (f) => w.on("error", f),
      onExit: (f) => w.on("exit", (code2) => f(`with code ${code2}`, code2 === 0)),
      stop: () => void w.terminate()
    };
  }
  const child = fork(fileURLToPath3(workerUrl()), [JSON.stringify(setup)], {
    serialization: "advanced",
    execArgv: [],
    stdio: ["ignore", "ignore", "inherit", "ipc"]
  });
  return {
    send: (m) => child.send(m),
    onMessage: (f) => child.on("message", f),
    onError: (f) => child.on("error", f),
    onExit: (f) => child.on("exit", (code2, signal) => f(signal ? `on ${signal}` : `with code ${code2}`, code2 === 0)),
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill();
    }
  };
}
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
async function extractFiles(files, options, buckets, progress, threads = availableParallelism(), workerKind) {
  const total = { files: 0, bytes: 0, parseErrors: 0, rows: 0 };
  const staged = [];
  const batches = planBatches(files, options.repoId, buckets, threads);
  progress.start("extract", files.length, "files");
  const totalBytes = files.reduce((n2, f) => n2 + (f.status === "ok" ? f.sizeBytes : 0), 0);
  if (totalBytes <= IN_PROCESS_MAX_BYTES || threads <= 1) {
    const small = totalBytes <= IN_PROCESS_MAX_BYTES;
    if (small) setFlagsFromString("--liftoff-only");
    const fx = await FileExtractor.create(options, "main", small && options.staging === "json" ? "json" : "parquet");
    if (small) setFlagsFromString("--no-liftoff-only");
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
  const kind = workerKind ?? (totalBytes >= PROCESS_WORKERS_MIN_BYTES ? "process" : "thread");
  let next = 0;
  const workers = [];
  const runWorker = (k) => new Promise((resolve4, reject) => {
    const w = startWorker({ options, tag: `w${k}` }, kind);
    workers.push(w);
    let finished = false;
    const feed = () => {
      const batch = batches[next];
      if (batch) {
        w.send({ type: "batch", id: next++, bucket: batch.bucket, files: batch.files });
      } else w.send({ type: "finish" });
    };
    w.onMessage((m) => {
      if (m.type === "ready") feed();
      else if (m.type === "batch-done") {
        total.files += m.stats.files;
        total.bytes += m.stats.bytes;
        total.parseErrors += m.stats.parseErrors;
        staged.push(...m.staged);
        progress.tick(m.stats.files);
        feed();
      } else if (m.type === "finished") {
        finished = true;
        w.stop();
      } else {
        reject(new Error(`extraction worker failed: ${m.message}`));
        w.stop();
      }
    });
    w.onError(reject);
    w.onExit((how, clean) => {
      if (finished) resolve4();
      else reject(new Error(`extraction worker exited ${how} before it finished${clean ? "" : " (killed, or out of memory?)"}`));
    });
  });
  try {
    await Promise.all(Array.from({ length: n }, (_, k) => runWorker(k)));
  } finally {
    for (const w of workers) w.stop();
  }
  progress.done();
  staged.sort((a, b) => a.table < b.table ? -1 : a.table > b.table ? 1 : a.bucket - b.bucket || (a.path < b.path ? -1 : 1));
  return { files: total.files, bytes: total.bytes, parseErrors: total.parseErrors, workers: n, staged };
}

// src/store/sql.ts
function sqlString(s) {
  return `'${s.replace(/'/g, "''")}'`;
}
function sqlIdent(s) {
  return `"${s.replace(/"/g, '""')}"`;
}
function fileIdRows(ids) {
  return `SELECT CAST(unnest([${ids.map((id) => sqlString(id)).join(", ") || "NULL"}]) AS BIGINT) AS file_id`;
}
function fileIdList(ids) {
  return ids.map((id) => `CAST('${BigInt(id)}' AS BIGINT)`).join(", ");
}
function parquetRelation(files, columns) {
  if (files.length === 0) {
    return `(SELECT ${columns.map(([n, t]) => `CAST(NULL AS ${t}) AS ${sqlIdent(n)}`).join(", ")} WHERE false)`;
  }
  const cols = columns.map(([n]) => sqlIdent(n)).join(", ");
  return `(SELECT ${cols} FROM read_parquet([${files.map(sqlString).join(", ")}]))`;
}
function jsonRelation(files, columns) {
  if (files.length === 0) return parquetRelation([], columns);
  const cols = columns.map(([n]) => sqlIdent(n)).join(", ");
  const types = columns.map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`).join(", ");
  return `(SELECT ${cols} FROM read_json([${files.map(sqlString).join(", ")}], format = 'newline_delimited', columns = {${types}}))`;
}

// src/incremental/api-changes.ts
var str = (v) => v === null || v === void 0 ? null : String(v);
async function apiChanges(db, files, fileRows) {
  const out = [];
  const oldIds = files.flatMap((f) => f.old ? [f.old] : []);
  const newIds = files.flatMap((f) => f.new ? [f.new] : []);
  const oldApi = await readApi(db, "old_", oldIds, fileRows);
  const newApi = await readApi(db, "", newIds, fileRows);
  for (const f of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    const before = f.old ? oldApi.get(f.old) ?? { module: null, names: /* @__PURE__ */ new Map() } : { module: null, names: /* @__PURE__ */ new Map() };
    const after = f.new ? newApi.get(f.new) ?? { module: null, names: /* @__PURE__ */ new Map() } : { module: null, names: /* @__PURE__ */ new Map() };
    const changes = diffApi(before.names, after.names);
    if (changes.length > 0) out.push({ path: f.path, module: after.module ?? before.module, changes });
  }
  return out;
}
function diffApi(before, after) {
  const names = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  const changes = [];
  for (const name of names) {
    const b = before.get(name);
    const a = after.get(name);
    if (b && !a) changes.push({ name, kind: b.kind, change: "removed", before: b.text, after: null });
    else if (a && !b) changes.push({ name, kind: a.kind, change: "added", before: null, after: a.text });
    else if (a && b && (a.text !== b.text || a.kind !== b.kind)) changes.push({ name, kind: a.kind, change: "changed", before: b.text, after: a.text });
  }
  return changes;
}
async function readApi(db, prefix, fileIds, fileRows) {
  const result = /* @__PURE__ */ new Map();
  if (fileIds.length === 0) return result;
  const list = fileIdList(fileIds);
  const where = `file_id IN (${list})`;
  const from = (table2) => fileRows?.(prefix, table2, fileIds) ?? `${prefix}${table2}`;
  const q = (sql) => db.rows(sql);
  const files = await q(`SELECT CAST(f.file_id AS VARCHAR) AS file_id, f.path, f.all_kind, m.module, m.is_package
       FROM ${from("py_files")} f LEFT JOIN ${from("module_index")} m USING (file_id) WHERE f.${where}`);
  const defs = await q(`SELECT CAST(node_id AS VARCHAR) AS node_id, CAST(file_id AS VARCHAR) AS file_id, kind, name, local_qname, is_async, is_method, bases, returns
       FROM ${from("py_defs")} WHERE ${where} AND kind IN ('MODULE', 'CLASS', 'FUNCTION')`);
  const bindings = await q(`SELECT CAST(file_id AS VARCHAR) AS file_id, CAST(scope_id AS VARCHAR) AS scope_id, name, binding_kind, CAST(target_id AS VARCHAR) AS target_id, bstart
       FROM ${from("py_bindings")} WHERE ${where} ORDER BY file_id, scope_id, bstart, binding_kind`);
  const params = await q(`SELECT CAST(def_id AS VARCHAR) AS def_id, name, ordinal, param_kind, annotation, default_text, has_default
       FROM ${from("py_params")} WHERE ${where} ORDER BY def_id, ordinal`);
  const decorators = await q(`SELECT CAST(def_id AS VARCHAR) AS def_id, expr FROM ${from("py_decorators")} WHERE ${where} ORDER BY def_id, ordinal`);
  const imports = await q(`SELECT CAST(node_id AS VARCHAR) AS node_id, import_kind, module, name, alias, level FROM ${from("py_imports")} WHERE ${where}`);
  const exports = await q(`SELECT CAST(file_id AS VARCHAR) AS file_id, name FROM ${from("py_exports")} WHERE ${where} ORDER BY ordinal`);
  const defById = new Map(defs.map((d) => [str(d.node_id), d]));
  const paramsByDef = groupBy(params, "def_id");
  const decoratorsByDef = groupBy(decorators, "def_id");
  const importById = new Map(imports.map((i) => [str(i.node_id), i]));
  const exportsByFile = groupBy(exports, "file_id");
  const bindingsByScope = groupBy(bindings, "scope_id");
  const describe = (b) => {
    const kind = str(b.binding_kind);
    const target = str(b.target_id);
    if (kind === "def" || kind === "class") {
      const d = target ? defById.get(target) : void 0;
      if (!d) return null;
      const decos = (decoratorsByDef.get(target) ?? []).map((x) => `@${str(x.expr)} `).join("");
      if (kind === "class") {
        const bases = parseBases(str(d.bases));
        return { kind: "class", text: `${decos}class ${str(d.name)}${bases.length ? `(${bases.join(", ")})` : ""}` };
      }
      const ret = str(d.returns);
      const sig = `${decos}${d.is_async ? "async " : ""}def ${str(d.name)}(${formatParams(paramsByDef.get(target) ?? [])})${ret ? ` -> ${ret}` : ""}`;
      const k = d.is_method ? "method" : "function";
      return { kind: d.is_async ? `async ${k}` : k, text: sig };
    }
    if (kind === "import") {
      const i = target ? importById.get(target) : void 0;
      if (!i) return null;
      if (str(i.import_kind) === "future") return null;
      return { kind: "import", text: formatImport(i) };
    }
    if (kind === "del" || kind === "global" || kind === "nonlocal") return null;
    return { kind: "variable", text: str(b.name) };
  };
  const scopeNames = (scopeId) => {
    const last = /* @__PURE__ */ new Map();
    for (const b of bindingsByScope.get(scopeId) ?? []) {
      const k = str(b.binding_kind);
      if (k === "global" || k === "nonlocal") continue;
      if (k === "del") last.delete(str(b.name));
      else last.set(str(b.name), b);
    }
    const out = /* @__PURE__ */ new Map();
    for (const [name, b] of last) {
      const entry = describe(b);
      if (entry) out.set(name, { entry, binding: b });
    }
    return out;
  };
  for (const f of files) {
    const fileId = str(f.file_id);
    const names = /* @__PURE__ */ new Map();
    const moduleDef = defs.find((d) => str(d.file_id) === fileId && str(d.kind) === "MODULE");
    result.set(fileId, { module: str(f.module), names });
    if (!moduleDef) continue;
    const isInit = /(^|\/)__init__\.pyi?$/.test(str(f.path) ?? "");
    const allNames = str(f.all_kind) === "literal" ? new Set((exportsByFile.get(fileId) ?? []).map((e) => str(e.name))) : null;
    const moduleScope = scopeNames(str(moduleDef.node_id));
    for (const [name, { entry, binding }] of moduleScope) {
      let isPublic;
      if (allNames) isPublic = allNames.has(name);
      else if (name.startsWith("_")) isPublic = false;
      else if (entry.kind === "import") {
        const i = importById.get(str(binding.target_id));
        isPublic = isInit && i !== void 0 && Number(i.level) > 0;
      } else isPublic = true;
      if (!isPublic) continue;
      names.set(name, entry);
      if (entry.kind === "class") addMembers(names, name, str(binding.target_id));
    }
  }
  function addMembers(names, prefix2, classId, depth = 0) {
    if (depth > 8) return;
    for (const [member, { entry, binding }] of scopeNames(classId)) {
      const dunder = /^__\w+__$/.test(member);
      const isPublic = !member.startsWith("_") || dunder && entry.kind.endsWith("method");
      if (!isPublic) continue;
      const qualified = `${prefix2}.${member}`;
      names.set(qualified, entry);
      if (entry.kind === "class") addMembers(names, qualified, str(binding.target_id), depth + 1);
    }
  }
  return result;
}
function groupBy(rows, key2) {
  const m = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const k = str(r[key2]);
    const xs = m.get(k);
    if (xs) xs.push(r);
    else m.set(k, [r]);
  }
  return m;
}
function parseBases(json) {
  if (!json) return [];
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [json];
  } catch {
    return [json];
  }
}
function formatParams(params) {
  const parts = [];
  let sawStar = false;
  for (let i = 0; i < params.length; i++) {
    const p = params[i];
    const kind = str(p.param_kind);
    const ann = str(p.annotation);
    const def = str(p.default_text) ?? (p.has_default ? "…" : null);
    if (kind === "keyword_only" && !sawStar) {
      parts.push("*");
      sawStar = true;
    }
    let text2 = kind === "vararg" ? `*${str(p.name)}` : kind === "kwarg" ? `**${str(p.name)}` : str(p.name);
    if (kind === "vararg") sawStar = true;
    if (ann) text2 += `: ${ann}`;
    if (def !== null) text2 += ann ? ` = ${def}` : `=${def}`;
    parts.push(text2);
    const next = params[i + 1];
    if (kind === "positional_only" && (!next || str(next.param_kind) !== "positional_only")) parts.push("/");
  }
  return parts.join(", ");
}
function formatImport(i) {
  const alias = str(i.alias);
  const as = alias ? ` as ${alias}` : "";
  if (str(i.import_kind) === "import") return `import ${str(i.module)}${as}`;
  return `from ${".".repeat(Number(i.level ?? 0))}${str(i.module) ?? ""} import ${str(i.name)}${as}`;
}

// src/incremental/change-set.ts
function computeChangeSet(inp) {
  const { previous, current, git } = inp;
  const next = /* @__PURE__ */ new Map();
  const currentPaths = new Set(current.map((f) => f.path));
  const added = [];
  const entries = [];
  const toExtract = [];
  const toReplace = [];
  for (const f of current) {
    const prev = previous.get(f.path);
    const isCandidate = git ? git.candidates.has(f.path) || !prev || prev.status !== f.status : !prev || prev.status !== f.status || prev.size_bytes !== f.sizeBytes || prev.mtime_ns !== f.mtimeNs;
    if (!isCandidate && prev) {
      next.set(f.path, { ...prev, size_bytes: f.sizeBytes, mtime_ns: f.mtimeNs });
      entries.push({
        path: f.path,
        status: "unchanged",
        old_path: null,
        reason: git ? "not in git's change list" : "same size and mtime",
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
    let from = git?.renames.get(f.path);
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
function diffSinceArgs(since) {
  return ["diff", "--name-status", "-M", "-z", "--relative", "--no-ext-diff", since, "--", "*.py"];
}
function headCommit(repo, git = new GitRunner(repo)) {
  return probeRepo(git).head;
}
function resolveCommit(repo, rev) {
  try {
    return new GitRunner(repo).run(["rev-parse", "--verify", "-q", `${rev}^{commit}`]).toString().trim() || null;
  } catch {
    return null;
  }
}
function dirtyPaths(repo, commit, untracked = null, git = new GitRunner(repo)) {
  const proposal = gitProposal(repo, commit, [], untracked, git);
  return proposal ? [...proposal.dirty] : [];
}
function gitProposal(repo, since, alsoCandidates, untracked = null, git = new GitRunner(repo)) {
  try {
    const diff = git.run(diffSinceArgs(since)).toString("utf8").split("\0");
    const candidates = /* @__PURE__ */ new Set();
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
    const others = untracked ?? git.run(["ls-files", "--others", "--exclude-standard", "-z", "--", "*.py"]).toString("utf8").split("\0");
    for (const p of others) if (p) candidates.add(p);
    const dirty = [...candidates].sort();
    for (const p of alsoCandidates) candidates.add(p);
    return { candidates, renames, dirty };
  } catch {
    return null;
  }
}

// src/incremental/module-interface.ts
var LITERAL_IDS_MAX = 200;
function interfaceRowsSql(prefix, ids, fileRows) {
  const t = (name) => name === "module_index_all" ? `${prefix}module_index` : `f_${name}`;
  const perFile = ["py_imports", "py_defs", "py_bindings", "py_decorators", "py_exports", "py_files", "py_params", "py_types", "py_attributes", "module_index"];
  const own = (n) => fileRows?.(n) ?? `(SELECT * FROM ${prefix}${n} WHERE file_id IN (${ids}))`;
  return `
    WITH ${perFile.map((n) => `f_${n} AS (SELECT * FROM ${own(n)})`).join(",\n    ")},
    lookup_tops AS (
      -- the top-level names the file's imports look up (absolute ones, and its own package's for relative ones)
      SELECT DISTINCT file_id, split_part(module, '.', 1) AS top FROM ${t("py_imports")}
      WHERE level = 0 AND coalesce(module, '') <> ''
      UNION SELECT file_id, split_part(module, '.', 1) FROM ${t("module_index")} WHERE coalesce(module, '') <> ''
    ),
    lookup AS (
      -- for each such name, the roots on the file's search path that provide it, in order: what
      -- its imports resolve through (a change of search path that moves none of them is no change)
      SELECT file_id, string_agg(top || '=' || providers, ';' ORDER BY top) AS sig
      FROM (
        SELECT l.file_id, l.top, array_to_string(list(p.root ORDER BY list_position(m.search_path, p.root)), ':') AS providers
        FROM lookup_tops l
        JOIN ${t("module_index")} m USING (file_id)
        JOIN (SELECT DISTINCT split_part(module, '.', 1) AS top, root FROM ${t("module_index_all")} WHERE importable AND module <> '') p
          ON p.top = l.top AND list_contains(m.search_path, p.root)
        GROUP BY ALL
      )
      GROUP BY file_id
    ),
    scopes AS (
      SELECT node_id, file_id, kind, local_qname FROM ${t("py_defs")}
      WHERE kind IN ('MODULE', 'CLASS') AND local_qname NOT LIKE '%<locals>%'
    ),
    imps AS (
      -- every import with the module it names made absolute the way import_modules does (a
      -- relative one against the file's package): from .a import x in pkg/b.py and
      -- from pkg.a import x are the same import to the resolver, so the same to importers.
      -- One above the top-level package keeps its level and text.
      SELECT i.*, coalesce(CASE WHEN i.level = 0 THEN coalesce(i.module, '')
                                WHEN len(x.pkg) - (i.level - 1) >= 1
                                THEN concat_ws('.', array_to_string(x.pkg[1:len(x.pkg) - (i.level - 1)], '.'), nullif(i.module, '')) END,
                           i.level || ':' || coalesce(i.module, '')) AS target
      FROM ${t("py_imports")} i
      LEFT JOIN (SELECT file_id, CASE WHEN is_package THEN string_split(module, '.') ELSE string_split(module, '.')[1:-2] END AS pkg
                 FROM ${t("module_index")}) x USING (file_id)
    ),
    stars AS (
      SELECT i.file_id, i.bstart, i.target
      FROM imps i JOIN scopes s ON s.node_id = i.scope_id AND s.file_id = i.file_id AND s.kind = 'MODULE'
      WHERE i.is_star
    ),
    bindings AS (
      SELECT b.*, max(b.bstart) OVER (PARTITION BY b.file_id, b.scope_id, b.name) AS last_bstart FROM ${t("py_bindings")} b
    ),
    rows AS (
      SELECT b.file_id,
             CASE WHEN s.kind = 'MODULE' THEN 'N|' || b.name ELSE 'C|' || s.local_qname || '|' || b.name END AS key,
             b.binding_kind || '|' ||
             row_number() OVER (PARTITION BY b.file_id, b.scope_id, b.name ORDER BY b.bstart, b.binding_kind) || '|' ||
             coalesce(d.kind || ':' || d.local_qname || ':' || d.ordinal,
                      i.import_kind || ':' || i.target || ':' || coalesce(i.name, ''),
                      -- any other binding (a variable): importers resolve the name to the NAME_REF
                      -- storing it, which is the binding's target (an id made of the scope, the
                      -- name and the ordinal among its stores: no span, schema v2)
                      'v:' || coalesce(CAST(b.target_id AS VARCHAR), '')) AS v
      FROM bindings b
      JOIN scopes s ON s.node_id = b.scope_id AND s.file_id = b.file_id
      LEFT JOIN ${t("py_defs")} d ON d.node_id = b.target_id AND d.file_id = b.file_id
      LEFT JOIN imps i ON i.node_id = b.target_id AND i.file_id = b.file_id
      UNION ALL
      SELECT b.file_id, 'O|' || b.name, string_agg(x.target, ';' ORDER BY x.bstart)
      FROM (SELECT DISTINCT b.file_id, b.name, b.last_bstart FROM bindings b
            JOIN scopes s ON s.node_id = b.scope_id AND s.file_id = b.file_id AND s.kind = 'MODULE') b
      JOIN stars x ON x.file_id = b.file_id AND x.bstart > b.last_bstart
      GROUP BY b.file_id, b.name
      UNION ALL
      SELECT file_id, 'S', string_agg(target, ';' ORDER BY bstart) FROM stars GROUP BY file_id
      UNION ALL
      SELECT d.file_id, 'K|' || d.local_qname, d.kind || '|' || d.ordinal || '|' || coalesce(d.bases, '') || '|' ||
             coalesce((SELECT string_agg(x.expr, ';' ORDER BY x.ordinal) FROM ${t("py_decorators")} x WHERE x.def_id = d.node_id AND x.file_id = d.file_id), '')
      FROM ${t("py_defs")} d
      WHERE d.kind = 'CLASS' AND d.local_qname NOT LIKE '%<locals>%'
      UNION ALL
      SELECT f.file_id, 'A', coalesce(f.all_kind, '') || '|' ||
             coalesce((SELECT string_agg(e.ordinal || ':' || e.name, ';' ORDER BY e.ordinal) FROM ${t("py_exports")} e WHERE e.file_id = f.file_id), '')
      FROM ${t("py_files")} f
      UNION ALL
      SELECT f.file_id, 'T|' || f.local_qname,
             'd:' || coalesce((SELECT string_agg(x.expr, ';' ORDER BY x.ordinal) FROM ${t("py_decorators")} x WHERE x.def_id = f.node_id AND x.file_id = f.file_id), '') ||
             '|p:' || coalesce((SELECT string_agg(p.name || ':' || p.param_kind || ':' || coalesce(p.annotation, ''), ';' ORDER BY p.ordinal) FROM ${t("py_params")} p WHERE p.def_id = f.node_id AND p.file_id = f.file_id), '') ||
             '|r:' || coalesce((SELECT string_agg(r.annotation, ';') FROM ${t("py_types")} r WHERE r.scope_id = f.node_id AND r.file_id = f.file_id AND r.kind = 'return'), '')
      FROM ${t("py_defs")} f
      WHERE f.kind = 'FUNCTION' AND f.local_qname NOT LIKE '%<locals>%'
      UNION ALL
      SELECT c.file_id, 'I|' || c.local_qname || '|' || CASE WHEN f.kind = 'CLASS' THEN t.target ELSE split_part(t.target, '.', 2) END,
             'a:' || t.target || '|' || coalesce(t.annotation, '') || '|' || coalesce(t.value_kind, '') || '|' || coalesce(t.value_text, '')
      FROM ${t("py_types")} t
      JOIN ${t("py_defs")} f ON f.node_id = t.scope_id AND f.file_id = t.file_id
      JOIN ${t("py_defs")} c ON c.node_id = CASE WHEN f.kind = 'CLASS' THEN f.node_id ELSE f.parent_id END AND c.file_id = f.file_id AND c.kind = 'CLASS'
      WHERE t.kind = 'assign' AND c.local_qname NOT LIKE '%<locals>%'
        AND (f.kind = 'CLASS' OR strpos(t.target, '.') > 0)
      UNION ALL
      SELECT c.file_id, 'I|' || c.local_qname || '|' || a.attr,
             's:' || a.attr || '@' || CAST(arg_min(a.node_id, a.bstart) AS VARCHAR) || '#' || count(*)
      FROM ${t("py_attributes")} a
      JOIN ${t("py_defs")} f ON f.node_id = a.scope_id AND f.file_id = a.file_id AND f.kind = 'FUNCTION'
      JOIN ${t("py_defs")} c ON c.node_id = f.parent_id AND c.file_id = f.file_id AND c.kind = 'CLASS'
      WHERE a.ctx = 'store' AND c.local_qname NOT LIKE '%<locals>%'
        AND a.receiver = (SELECT p.name FROM ${t("py_params")} p WHERE p.def_id = f.node_id AND p.file_id = f.file_id AND p.ordinal = 0)
        AND NOT EXISTS (SELECT 1 FROM ${t("py_decorators")} x WHERE x.def_id = f.node_id AND x.file_id = f.file_id AND x.expr IN ('staticmethod', 'classmethod'))
      GROUP BY c.file_id, c.local_qname, a.attr
      UNION ALL
      SELECT m.file_id, 'X', coalesce(m.module, '') || '|' || m.is_package || '|' || m.importable || '|' || coalesce(m.root, '') || '|' ||
             coalesce(lk.sig, '') || '|' ||
             EXISTS (SELECT 1 FROM ${t("py_defs")} d WHERE d.file_id = m.file_id AND d.kind = 'MODULE')
      FROM ${t("module_index")} m LEFT JOIN lookup lk USING (file_id)
    )
    SELECT CAST(file_id AS VARCHAR) AS file_id, key, md5(string_agg(v, chr(10) ORDER BY v)) AS fp FROM rows GROUP BY file_id, key`;
}
async function interfaceChanges(db, fileIds, opts = {}) {
  if (fileIds.length === 0) return [];
  let ids;
  let rowsOf;
  if (fileIds.length <= (opts.literalIdsMax ?? LITERAL_IDS_MAX)) {
    ids = fileIdList(fileIds);
    const fileRows = opts.fileRows;
    if (fileRows) rowsOf = (side) => (table2) => fileRows(side, table2, fileIds);
  } else {
    await db.exec(`CREATE OR REPLACE TABLE _iface_files AS ${fileIdRows(fileIds)}`);
    ids = "SELECT file_id FROM _iface_files";
  }
  return db.rows(`
    SELECT coalesce(n.file_id, o.file_id) AS file_id, coalesce(n.key, o.key) AS key
    FROM (${interfaceRowsSql("", ids, rowsOf?.(""))}) n
    FULL OUTER JOIN (${interfaceRowsSql("old_", ids, rowsOf?.("old_"))}) o USING (file_id, key)
    WHERE n.fp IS DISTINCT FROM o.fp
    ORDER BY 1, 2`);
}

// src/incremental/impact.ts
var SCIP_CHANGED = "scip_changed";
var MAX_PATH = 12;
var DIFFERING_LIST_MAX = 2e3;
var ABSOLUTE_TARGET = `CASE WHEN i.level = 0 THEN i.module
  ELSE concat_ws('.',
         nullif(array_to_string(string_split(m.module, '.')[1:greatest(len(string_split(m.module, '.')) - (i.level - CASE WHEN m.is_package THEN 1 ELSE 0 END), 0)], '.'), ''),
         nullif(i.module, '')) END`;
var withoutInit = (col) => `CASE WHEN contains(${col}, '__init__') THEN regexp_replace(array_to_string(list_filter(string_split(${col}, '.'), x -> x <> '__init__'), '.'), '^\\.', '') ELSE ${col} END`;
function importTargetsSql(prefix, where = "true", rel = (t) => `${prefix}${t}`) {
  return `
    SELECT i.file_id, i.scope_id, i.import_kind AS kind, i.name, i.bound_name, i.is_star, ${ABSOLUTE_TARGET} AS target
    FROM ${rel("py_imports")} i
    JOIN ${rel("module_index")} m USING (file_id)
    WHERE i.import_kind <> 'future' AND ${where}`;
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
               regexp_replace(${ABSOLUTE_TARGET}, '\\.__init__$', '') AS target
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
  const rows = await db.bulkRows(
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
function regexLiteral(s) {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}
function splitLast(module) {
  const i = module.lastIndexOf(".");
  return i < 0 ? null : [module.slice(0, i), module.slice(i + 1)];
}
function push(map, key2, value) {
  const xs = map.get(key2);
  if (xs) xs.push(value);
  else map.set(key2, [value]);
}
var IDENT = /[A-Za-z_][A-Za-z0-9_]*/g;
var DOTTED = /^[A-Za-z_][A-Za-z0-9_]*(\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)*$/;
function parseBase(text2) {
  const t = text2.replace(/\[[\s\S]*$/, "").trim();
  if (DOTTED.test(t)) {
    const parts = t.split(".").map((x) => x.trim());
    return { root: parts[0], chain: parts.slice(1) };
  }
  return { idents: new Set([...text2.matchAll(IDENT)].map((m) => m[0])) };
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
function novel(done, key2, deep) {
  const full = done.get(key2);
  if (full === null) return void 0;
  if (deep === null) {
    done.set(key2, null);
    return null;
  }
  const k = `${key2}\0${deep.path.join(".")}`;
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
async function computeImpact(db, seeds, known) {
  const propagatingSet = new Set(seeds.filter((s) => s.propagates).map((s) => s.file_id));
  const propagating = [...propagatingSet];
  const changes = [
    ...known?.changes.filter((c) => propagatingSet.has(c.file_id)) ?? [],
    ...await interfaceChanges(
      db,
      propagating.filter((f) => !known?.files.has(f)),
      { fileRows: known?.fileRows }
    )
  ];
  const touched = new TypeKeys();
  for (const c of changes) touched.key(c.file_id, c.key);
  const byNames = await nameClosure(db, seeds, changes, touched, known?.differing, known?.moduleIndexChanged, known?.fileRows);
  return typeClosure(db, seeds, touched, byNames);
}
var TypeKeys = class {
  keys = /* @__PURE__ */ new Set();
  /** file, name -> what changed below the name (null: the name itself) */
  names = /* @__PURE__ */ new Map();
  classes = /* @__PURE__ */ new Map();
  whole = /* @__PURE__ */ new Set();
  key(file, key2) {
    if (key2 === "X") this.whole.add(file);
    else if (key2.startsWith("N|")) this.name(file, key2.slice(2), null);
    else this.keys.add(`${file}\0${key2}`);
  }
  /** Name `name` of `file` changed: its value (`d` null), or only what `d` says is below it. */
  name(file, name, d = null) {
    addDeep(this.names, `${file}\0${name}`, d);
  }
  cls(file, qname, d) {
    addDeep(this.classes, `${file}\0${qname}`, d);
  }
  file(file) {
    this.whole.add(file);
  }
  /** The files any key of which changed. */
  files() {
    const out = new Set(this.whole);
    for (const k of [...this.keys, ...this.names.keys(), ...this.classes.keys()]) out.add(k.slice(0, k.indexOf("\0")));
    return out;
  }
  /**
   * Whether a dependency on `key` of `file` (a DEPENDS row) is affected: `N|n` (a name of its
   * namespace; `N|n.a.b`: what `n.a.b` denotes there, which a change below `n` elsewhere than
   * along `a.b` leaves as it was), `T|fn` (a function's signature and return annotation),
   * `M|Cls|x` (member x looked up on class Cls: its class-body binding, its instance attribute,
   * the class's bases and inherited members; or a longer class qname), `*` (anything of the file:
   * never recorded here, see typeClosure).
   */
  fired(file, key2) {
    if (this.whole.has(file)) return true;
    if (key2.startsWith("N|")) {
      const [name, ...attrs] = key2.slice(2).split(".");
      return (this.names.get(`${file}\0${name}`) ?? []).some((d) => reaches(d, attrs));
    }
    if (!key2.startsWith("M|")) return this.keys.has(`${file}\0${key2}`);
    const bar = key2.lastIndexOf("|");
    const q = key2.slice(2, bar);
    const x = key2.slice(bar + 1);
    for (const k of [`I|${q}|${x}`, `C|${q}|${x}`, `K|${q}`, `T|${q}.${x}`]) if (this.keys.has(`${file}\0${k}`)) return true;
    for (const d of this.classes.get(`${file}\0${q}`) ?? []) {
      if (d === null) return true;
      if (d.path.length === 0 ? d.any.has(x) : d.path[0] === x) return true;
    }
    return false;
  }
};
function addDeep(map, k, d) {
  const xs = map.get(k);
  if (!xs) map.set(k, [d]);
  else if (xs.includes(null)) return;
  else if (d === null || xs.length >= 64) map.set(k, [null]);
  else if (!xs.includes(d)) xs.push(d);
}
function reaches(d, attrs) {
  if (d === null) return true;
  for (let i = 0; i < d.path.length; i++) {
    if (i >= attrs.length) return true;
    if (attrs[i] !== d.path[i]) return false;
  }
  return attrs.length === d.path.length || d.any.has(attrs[d.path.length]);
}
async function nameClosure(db, seeds, changes, touched, differing, moduleIndexChanged = true, fileRows) {
  if (changes.length === 0) {
    const paths = /* @__PURE__ */ new Map();
    const ids = [...new Set(seeds.map((s) => s.file_id))];
    if (ids.length > 0)
      for (const r of await db.rows(
        `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, path FROM (SELECT file_id, path FROM old_py_files UNION SELECT file_id, path FROM py_files) WHERE file_id IN (${fileIdList(ids)})`
      ))
        paths.set(r.file_id, r.path);
    return ids.map((file_id) => ({
      file_id,
      path: paths.get(file_id) ?? "",
      reasons: [...new Set(seeds.filter((s) => s.file_id === file_id).map((s) => s.reason))].sort(),
      via: []
    })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  const closure = new Closure(db, touched, differing, moduleIndexChanged, fileRows);
  const t0 = performance.now();
  await closure.load();
  const t1 = performance.now();
  await closure.seed(seeds, changes);
  const t2 = performance.now();
  await closure.run();
  if (process.env.PYCPG_IMPACT_DEBUG)
    process.stderr.write(`impact: load ${Math.round(t1 - t0)} ms, seed ${Math.round(t2 - t1)} ms, run ${Math.round(performance.now() - t2)} ms
`);
  return await closure.result();
}
async function typeClosure(db, seeds, touched, impacted) {
  const seedIds = new Set(seeds.map((s) => s.file_id));
  const files = touched.files();
  for (const s of seedIds) files.add(s);
  if (files.size === 0) return impacted;
  const byId = new Map(impacted.map((f) => [f.file_id, f]));
  let added = false;
  const list = fileIdList([...files]);
  const rows = await db.rows(`
    SELECT CAST(t.file_id AS VARCHAR) AS file_id, f.path, CAST(t.target_file_id AS VARCHAR) AS dep, coalesce(d.path, '') AS dep_path, t.qname AS key
    FROM old_type_targets t
    JOIN old_py_files f ON f.file_id = t.file_id
    LEFT JOIN (SELECT file_id, any_value(path) AS path FROM (SELECT file_id, path FROM old_py_files UNION SELECT file_id, path FROM py_files) GROUP BY file_id) d ON d.file_id = t.target_file_id
    WHERE t.site_kind = 'DEPENDS' AND t.target_file_id IN (${list})`);
  for (const r of rows) {
    const hit = r.key === "*" ? seedIds.has(r.dep) : touched.fired(r.dep, r.key);
    if (!hit) continue;
    const reason = `type dependency (${r.dep_path})`;
    const known = byId.get(r.file_id);
    if (known) {
      if (!known.reasons.includes(reason) && known.reasons.length < 20) known.reasons.push(reason);
      if (!known.via.includes(r.dep_path) && r.dep_path !== "" && r.dep !== r.file_id && known.via.length < 20) known.via.push(r.dep_path);
    } else {
      byId.set(r.file_id, { file_id: r.file_id, path: r.path, reasons: [reason], via: [r.dep_path] });
      added = true;
    }
  }
  for (const f of byId.values()) {
    f.reasons.sort();
    f.via.sort();
  }
  if (!added) return impacted;
  return [...byId.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
var Closure = class {
  constructor(db, touched, differing, moduleIndexChanged = true, fileRows) {
    this.db = db;
    this.touched = touched;
    this.differing = differing;
    this.moduleIndexChanged = moduleIndexChanged;
    this.fileRows = fileRows;
  }
  db;
  touched;
  differing;
  moduleIndexChanged;
  fileRows;
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
  /** file -> the seeds whose change reached it */
  via = /* @__PURE__ */ new Map();
  doneChanges = /* @__PURE__ */ new Map();
  doneLocals = /* @__PURE__ */ new Map();
  pending = [];
  pendingLocal = [];
  /** attribute name -> files that load it -> the first identifiers of its receivers (fetched per round) */
  attrs = /* @__PURE__ */ new Map();
  /** name -> files that load an attribute on a receiver starting with it (fetched per round, for MRO-only changes) */
  receiverRoots = /* @__PURE__ */ new Map();
  /** file -> names of the first parameter of its methods (`self`, `cls`, ...) */
  firstParams = /* @__PURE__ */ new Map();
  /** module -> every name of its namespace, old and new (fetched per round) */
  names = /* @__PURE__ */ new Map();
  /** Seeds whose interface changed: the changes of their own names are `own`. */
  changedSeeds = /* @__PURE__ */ new Set();
  /** module -> its files (old and new) */
  filesOf = /* @__PURE__ */ new Map();
  /** The reader lookups made (`readers`), as `by\0key`. */
  fetched = /* @__PURE__ */ new Set();
  /** The import rows in the index (`index`). */
  indexed = /* @__PURE__ */ new Set();
  /** The files whose classes, first parameters and star imports are loaded (`files`). */
  loadedFiles = /* @__PURE__ */ new Set();
  /**
   * A relation of `table`'s rows (state `side`) holding those of `files`: the store's reader
   * narrowed to their buckets for a few files (a view reads every bucket file), else the view.
   */
  rel(side, files) {
    return (table2) => this.fileRows?.(side, table2, files) ?? `${side}${table2}`;
  }
  /** The files of `among` whose previous rows may differ from their current ones (all of them when unknown). */
  differingAmong(among) {
    if (this.differing === void 0 || this.differing.length > DIFFERING_LIST_MAX) return among;
    const set = new Set(this.differing);
    return among.filter((f) => set.has(f));
  }
  /**
   * The previous state's rows only where they may differ (a long list: all of them): a condition
   * on the file id column `col`; with `among`, only for those files.
   */
  oldOnly(col = "file_id", among) {
    const ids = among === void 0 ? this.differing : this.differingAmong(among);
    if (ids === void 0 || among === void 0 && ids.length > DIFFERING_LIST_MAX) return "true";
    return ids.length === 0 ? "false" : `${col} IN (${fileIdList(ids)})`;
  }
  /**
   * What every round needs whole: the module names of the files (both states) and the dotted
   * names of string annotations. The rest is read on demand: the imports of the modules a change
   * reaches (`readers`) and the classes of the files it continues in (`files`), not the whole
   * repository's (at 13k files that was ~2.5 s of a 3 s closure).
   */
  async load() {
    const db = this.db;
    await db.exec(`
      CREATE OR REPLACE TABLE _impact_annotation_attrs AS
      SELECT DISTINCT parts[i] AS attr, CAST(file_id AS VARCHAR) AS file_id, parts[1] AS root
      FROM (
        SELECT file_id, string_split(regexp_replace(chain, '\\s', '', 'g'), '.') AS parts
        FROM (
          SELECT file_id, unnest(regexp_extract_all(annotation, '[A-Za-z_][A-Za-z0-9_]*(?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)+')) AS chain
          FROM (SELECT file_id, annotation FROM py_params UNION ALL SELECT file_id, annotation FROM py_types)
          WHERE annotation LIKE '%.%' AND (annotation LIKE '%''%' OR annotation LIKE '%"%')
        )
      ), LATERAL generate_series(2, len(parts)) g(i)`);
    for (const r of await db.bulkRows(
      `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, module FROM (SELECT file_id, module FROM module_index UNION SELECT file_id, module FROM old_module_index WHERE ${this.oldOnly()}) WHERE module IS NOT NULL AND module <> ''`
    )) {
      push(this.modulesOf, r.file_id, r.module);
      push(this.filesOf, r.module, r.file_id);
    }
  }
  /**
   * The imports of both states (the previous state's rows of a differing file only where they are
   * not the current ones) that `pre` admits (a condition on the raw py_imports row `i`), with
   * their absolute target module (`__init__` parts dropped) and the keys readers are looked up by
   * (`readers`), those `cond` admits: the target's top-level name `top`, `skey` the module
   * whose attribute chains the bound name reaches (a for `import a.b.c`, a.b.c with `as`, M.n
   * for `from M import n`) and `from_key` M.n.
   */
  async importRows(pre, cond, files) {
    const cur = files ? this.rel("", files) : (t) => t;
    const differing = files ? this.differingAmong(files) : this.differing;
    let prev = (t) => `old_${t}`;
    let oldRows = "SELECT * FROM cur WHERE false";
    if (differing === void 0 || differing.length > DIFFERING_LIST_MAX) {
      oldRows = `(${importTargetsSql("old_", pre)}) EXCEPT (${importTargetsSql("", pre)})`;
    } else if (differing.length > 0) {
      const where = `i.file_id IN (${fileIdList(differing)}) AND ${pre}`;
      prev = this.rel("old_", differing);
      oldRows = `(${importTargetsSql("old_", where, prev)}) EXCEPT (${importTargetsSql("", where, this.rel("", differing))})`;
    }
    const scopes = (side, rel) => `SELECT '${side}' AS side, node_id, file_id, kind, local_qname FROM ${rel("py_defs")} WHERE kind IN ('MODULE', 'CLASS') AND file_id IN (SELECT file_id FROM hit WHERE side = '${side}')`;
    await this.db.exec(`
      CREATE OR REPLACE TEMP TABLE _impact_import_rows AS
      WITH cur AS (${importTargetsSql("", pre, cur)}),
      prev AS (${oldRows}),
      raw AS (SELECT 'new' AS side, * FROM cur UNION ALL SELECT 'old' AS side, * FROM prev)
      SELECT * REPLACE (${withoutInit("target")} AS target)
      FROM raw WHERE target IS NOT NULL`);
    const rows = await this.db.bulkRows(`
      WITH keyed AS (
        SELECT *, split_part(target, '.', 1) AS top,
               CASE WHEN kind = 'import' THEN
                      CASE WHEN bound_name IS NOT NULL AND bound_name <> '' AND bound_name <> split_part(target, '.', 1) THEN target ELSE split_part(target, '.', 1) END
                    WHEN NOT is_star AND name IS NOT NULL AND name <> '' THEN target || '.' || name END AS skey,
               CASE WHEN kind <> 'import' AND NOT is_star AND name IS NOT NULL AND name <> '' THEN target || '.' || name END AS from_key
        FROM _impact_import_rows WHERE target <> ''
      ),
      hit AS (SELECT * FROM keyed WHERE ${cond})
      SELECT DISTINCT CAST(h.file_id AS VARCHAR) AS file_id, h.kind, h.name, h.bound_name, h.is_star,
             CASE WHEN s.kind = 'MODULE' THEN 'MODULE'
                  WHEN s.kind = 'CLASS' AND s.local_qname NOT LIKE '%<locals>%' THEN 'CLASS'
                  ELSE 'LOCAL' END AS scope,
             CASE WHEN s.kind = 'CLASS' THEN s.local_qname END AS cls,
             h.target
      FROM hit h
      LEFT JOIN (${scopes("new", cur)} UNION ALL ${scopes("old", prev)}) s ON s.side = h.side AND s.node_id = h.scope_id AND s.file_id = h.file_id`);
    for (const r of rows) this.index(r);
  }
  /**
   * Makes the reader index complete for these lookups (each fetched once): `target` M, the imports
   * of M itself (`from M import n`, `from M import *`: nameDeps and starDeps of M); `exact` M, every
   * import that loads M (exactDeps of M: also `import M.x`, `from P import m` with M = P.m);
   * `subtree` p, the imports whose bound name reaches the modules below p (subtreeDeps of p);
   * `under` M, those of every key at or below M; `top` t, every import under the top-level name t.
   */
  async readers(lookups) {
    const todo = /* @__PURE__ */ new Map();
    for (const [by, key2] of lookups) {
      const k = `${by}\0${key2}`;
      if (this.fetched.has(k)) continue;
      this.fetched.add(k);
      push(todo, by, key2);
    }
    if (todo.size === 0) return;
    const list = (xs) => xs.map(sqlString).join(", ");
    const below = (col, xs) => `regexp_matches(${col}, ${sqlString(`^(?:${xs.map(regexLiteral).join("|")})\\.`)})`;
    const conds = [];
    const target = [...todo.get("target") ?? [], ...todo.get("exact") ?? []];
    if (target.length > 0) conds.push(`target IN (${list(target)})`);
    const exact = todo.get("exact") ?? [];
    if (exact.length > 0) conds.push(`from_key IN (${list(exact)})`, `(kind = 'import' AND ${below("target", exact)})`);
    const skeys = [...todo.get("subtree") ?? [], ...todo.get("under") ?? []];
    if (skeys.length > 0) conds.push(`skey IN (${list(skeys)})`);
    const under2 = todo.get("under") ?? [];
    if (under2.length > 0) conds.push(below("skey", under2));
    const tops = todo.get("top") ?? [];
    if (tops.length > 0) conds.push(`top IN (${list(tops)})`);
    const keyTops = [...new Set([...todo.values()].flat().map((k) => k.split(".")[0]))];
    await this.importRows(`(i.level > 0 OR contains(i.module, '__init__') OR split_part(i.module, '.', 1) IN (${list(keyTops)}))`, conds.join(" OR "));
  }
  /** Adds an import row to the reader index (once). */
  index(i) {
    const key2 = JSON.stringify([i.file_id, i.kind, i.name, i.bound_name, i.is_star, i.scope, i.cls, i.target]);
    if (this.indexed.has(key2)) return;
    this.indexed.add(key2);
    const target = i.target;
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
  /**
   * Loads what the closure reads of these files (both states where they differ): their classes
   * with bases and own member names, the first parameters of their methods, their star imports.
   */
  async files(ids) {
    const todo = [...new Set(ids)].filter((f) => !this.loadedFiles.has(f));
    if (todo.length === 0) return;
    for (const f of todo) this.loadedFiles.add(f);
    const db = this.db;
    for (let k = 0; k < todo.length; k += 2e3) {
      const chunk = todo.slice(k, k + 2e3);
      const ids2 = fileIdList(chunk);
      const cur = this.rel("", chunk);
      const prev = this.rel("old_", this.differingAmong(chunk));
      const old = this.oldOnly("file_id", chunk);
      const defs = await db.bulkRows(
        `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, local_qname, name, bases FROM (SELECT file_id, local_qname, name, bases FROM ${cur("py_defs")} WHERE kind = 'CLASS' AND file_id IN (${ids2}) UNION ALL SELECT file_id, local_qname, name, bases FROM ${prev("py_defs")} WHERE kind = 'CLASS' AND ${old})`
      );
      for (const d of defs) {
        let byQ = this.classes.get(d.file_id);
        if (!byQ) this.classes.set(d.file_id, byQ = /* @__PURE__ */ new Map());
        let info = byQ.get(d.local_qname);
        if (!info)
          byQ.set(d.local_qname, info = { qname: d.local_qname, name: d.name, bases: [], own: /* @__PURE__ */ new Set(), local: d.local_qname.includes("<locals>") });
        let texts = [];
        try {
          texts = JSON.parse(d.bases ?? "[]");
        } catch {
          texts = [d.bases ?? ""];
        }
        for (const t of Array.isArray(texts) ? texts : []) info.bases.push(parseBase(String(t)));
      }
      if (defs.length > 0) {
        const members = await db.bulkRows(`
          SELECT CAST(b.file_id AS VARCHAR) AS file_id, s.local_qname AS cls, string_agg(DISTINCT b.name, chr(10)) AS names
          FROM (SELECT b.file_id, b.scope_id, b.name FROM ${cur("py_bindings")} b WHERE file_id IN (${ids2}) UNION ALL SELECT b.file_id, b.scope_id, b.name FROM ${prev("py_bindings")} b WHERE ${old}) b
          JOIN (SELECT node_id, file_id, local_qname FROM ${cur("py_defs")} WHERE kind = 'CLASS' AND file_id IN (${ids2}) UNION ALL SELECT node_id, file_id, local_qname FROM ${prev("py_defs")} WHERE kind = 'CLASS' AND ${old}) s
            ON s.node_id = b.scope_id AND s.file_id = b.file_id
          GROUP BY ALL`);
        for (const m of members) {
          const own = this.classes.get(m.file_id)?.get(m.cls)?.own;
          if (own && m.names) for (const n of m.names.split("\n")) own.add(n);
        }
      }
      for (const r of await db.bulkRows(`
        SELECT DISTINCT CAST(p.file_id AS VARCHAR) AS file_id, p.name
        FROM ${cur("py_params")} p JOIN ${cur("py_defs")} f ON f.node_id = p.def_id AND f.file_id = p.file_id
        WHERE p.ordinal = 0 AND f.is_method AND p.file_id IN (${ids2}) AND f.file_id IN (${ids2})`)) {
        let s = this.firstParams.get(r.file_id);
        if (!s) this.firstParams.set(r.file_id, s = /* @__PURE__ */ new Set());
        s.add(r.name);
      }
      await this.importRows(`i.is_star AND i.file_id IN (${ids2})`, "true", chunk);
    }
    for (const file of todo) {
      const index = /* @__PURE__ */ new Map();
      for (const c of this.classes.get(file)?.values() ?? []) {
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
    await this.files([...byFile.keys()]);
    const starFiles = [...byFile].filter(([, keys]) => keys.some((k) => k === "S" || k.startsWith("O|"))).map(([f]) => f);
    await this.fetchNames(starFiles.flatMap((f) => [...this.starSources.get(f) ?? []]));
    await this.fetchPublic(starFiles.flatMap((f) => [...this.starSources.get(f) ?? []]));
    const starNames = await this.starRebinds(starFiles);
    const allFiles = [...byFile].filter(([, keys]) => keys.includes("A")).map(([f]) => f);
    const publicNames = await this.publicChanges(allFiles);
    const memberNames = changes.flatMap((c) => c.key.startsWith("C|") ? [c.key.slice(c.key.lastIndexOf("|") + 1)] : []);
    await this.fetchAttrs(memberNames);
    for (const [file, keys] of byFile) {
      const mods = this.modulesOf.get(file) ?? [];
      for (const key2 of keys) {
        if (key2 === "X") {
          for (const m of mods) {
            this.emit({ module: m, name: "*", deep: null, own: true, origin: file });
            const pl = splitLast(m);
            if (pl) this.emit({ module: pl[0], name: pl[1], deep: null, own: true, origin: file, submodule: true });
          }
        } else if (key2.startsWith("N|")) {
          this.local(file, key2.slice(2), "MODULE", null, null, file);
        } else if (key2.startsWith("O|")) {
          if (keys.includes("S")) continue;
          const rebound = starNames.get(file);
          await this.rebind(file, key2.slice(2), rebound === void 0 ? "value" : rebound.get(key2.slice(2)) ?? "same");
        } else if (key2.startsWith("K|")) {
          const cls = this.classes.get(file)?.get(key2.slice(2));
          if (cls) this.classChange(file, cls, null, false, file);
        } else if (key2.startsWith("C|")) {
          const [q, n] = [key2.slice(2, key2.lastIndexOf("|")), key2.slice(key2.lastIndexOf("|") + 1)];
          const cls = this.classes.get(file)?.get(q);
          if (cls) this.classChange(file, cls, { path: [], any: /* @__PURE__ */ new Set([n]) }, false, file);
          else for (const m of mods) this.emit({ module: m, name: q.split(".")[0], deep: null, own: true, origin: file });
        } else if (key2 === "S") {
          const rebound = starNames.get(file);
          for (const src of this.starSources.get(file) ?? [])
            for (const n of this.names.get(src) ?? []) if (this.isPublic(src, n)) await this.rebind(file, n, rebound?.get(n) ?? "value");
        } else if (key2 === "A") {
          for (const n of publicNames.get(file) ?? [])
            for (const m of mods) this.emit({ module: m, name: n, deep: null, own: true, publicOnly: true, origin: file });
        }
      }
    }
    const structure = this.moduleIndexChanged ? await structuralNames(this.db) : { tops: [], namespaces: [] };
    await this.readers(structure.tops.map((t) => ["top", t]));
    for (const t of structure.tops) {
      const why = `imports under ${t} (top-level name added or removed)`;
      const keys = /* @__PURE__ */ new Set([...this.nameDeps.keys(), ...this.starDeps.keys(), ...this.subtreeDeps.keys(), ...this.exactDeps.keys()]);
      for (const k of keys) if (k === t || k.startsWith(`${t}.`)) this.emit({ module: k, name: "*", deep: null, own: true, why });
    }
    for (const n of structure.namespaces) {
      const why = `imports ${n} (namespace package added or removed)`;
      this.emit({ module: n, name: "*", deep: null, own: true, why });
      const pl = splitLast(n);
      if (pl) this.emit({ module: pl[0], name: pl[1], deep: null, own: true, why, submodule: true });
    }
  }
  /**
   * For files whose star imports changed (`S`) or where a binding moved across one (`O|`): how
   * each name a star source may export changed in the file's namespace (a name none of them
   * exports: unchanged; a file missing on one side: no map, every name "value"). A name's
   * syntactic winner on each side is the last star import after its last module-level binding
   * whose source exports it, else that binding (module_exports decides the same way, by
   * position). "same": one winner on both sides; "provenance": the star import of M now binds
   * what the binding `from M import n` bound before, or the reverse (the namespace entry is the
   * same, only its `via` differs; M.n is no module and M's `__all__` is not dynamic, which would
   * change the entry's confidence); "value": anything else. Names a star source exports on one
   * side only come through that source's own change (its star importers' names are changed by
   * the closure as it reaches them).
   */
  async starRebinds(files) {
    const out = /* @__PURE__ */ new Map();
    if (files.length === 0) return out;
    const ids = fileIdList(files);
    const side = (p) => {
      const rel = this.rel(p, files);
      return `
        WITH mi AS (SELECT file_id, module, is_package FROM ${rel("module_index")} WHERE file_id IN (${ids})),
        ms AS (SELECT node_id, file_id FROM ${rel("py_defs")} WHERE kind = 'MODULE' AND file_id IN (${ids})),
        imps AS (
          SELECT i.file_id, i.node_id, i.bstart, i.is_star, i.import_kind, i.name, i.alias, ${withoutInit(`(${ABSOLUTE_TARGET})`)} AS target
          FROM ${rel("py_imports")} i JOIN mi m USING (file_id) JOIN ms ON ms.node_id = i.scope_id AND ms.file_id = i.file_id
          WHERE i.file_id IN (${ids}) AND i.import_kind <> 'future'
        ),
        last AS (
          SELECT * FROM (
            SELECT b.*, row_number() OVER (PARTITION BY b.file_id, b.name ORDER BY b.bstart DESC, b.binding_kind) AS rk
            FROM ${rel("py_bindings")} b JOIN ms ON ms.node_id = b.scope_id AND ms.file_id = b.file_id
            -- the bindings module_exports counts (a del counts: it removes the name)
            WHERE b.file_id IN (${ids}) AND b.binding_kind NOT IN ('global', 'nonlocal', 'comprehension')
              AND NOT (b.binding_kind = 'import' AND b.target_id IN (SELECT node_id FROM ${rel("py_imports")} WHERE import_kind = 'future' AND file_id IN (${ids})))
          ) WHERE rk = 1
        )
        SELECT '${p}' AS side, 'module' AS what, CAST(file_id AS VARCHAR) AS file_id, NULL AS name, NULL::INTEGER AS pos, NULL AS target FROM ms
        UNION ALL
        SELECT '${p}', 'star', CAST(file_id AS VARCHAR), NULL, bstart, target FROM imps WHERE is_star
        UNION ALL
        SELECT '${p}', 'own', CAST(l.file_id AS VARCHAR), l.name, l.bstart,
               CASE WHEN l.binding_kind = 'import' AND i.import_kind = 'from' AND NOT i.is_star AND i.name = l.name AND coalesce(i.alias, '') = ''
                    THEN i.target END
        FROM last l LEFT JOIN imps i ON i.node_id = l.target_id AND i.file_id = l.file_id`;
    };
    const rows = await this.db.bulkRows(
      `(${side("")}) UNION ALL (${side("old_")})`
    );
    const sides = /* @__PURE__ */ new Map();
    const sideOf = (key2) => {
      let x = sides.get(key2);
      if (!x) sides.set(key2, x = { stars: [], own: /* @__PURE__ */ new Map() });
      return x;
    };
    for (const r of rows) {
      const x = sideOf(`${r.side}\0${r.file_id}`);
      if (r.what === "star" && r.target !== null) x.stars.push({ pos: Number(r.pos), target: r.target });
      else if (r.what === "own" && r.name !== null) x.own.set(r.name, { pos: Number(r.pos), from: r.target });
    }
    for (const x of sides.values()) x.stars.sort((a, b) => a.pos - b.pos);
    const froms = [...new Set([...sides.values()].flatMap((x) => [...x.own.values()].flatMap((o) => o.from ? [o.from] : [])))];
    const dynamic = /* @__PURE__ */ new Set();
    if (froms.length > 0) {
      const list = froms.map(sqlString).join(", ");
      const q = (p) => `SELECT m.module FROM ${p}module_index m JOIN ${p}py_files f USING (file_id) WHERE m.module IN (${list}) AND f.all_kind = 'dynamic'`;
      for (const r of await this.db.bulkRows(`${q("")} UNION ${q("old_")}`)) dynamic.add(r.module);
    }
    const present = new Set(rows.filter((r) => r.what === "module").map((r) => `${r.side}\0${r.file_id}`));
    const exports = (m, n) => (this.names.get(m)?.has(n) ?? false) && this.isPublic(m, n);
    const winner = (x, n) => {
      const own = x.own.get(n);
      let star = null;
      for (const s of x.stars) if ((own === void 0 || s.pos > own.pos) && exports(s.target, n)) star = s.target;
      if (star !== null) return [`star:${star}`, "star"];
      if (own === void 0) return ["none", "none"];
      const m = own.from;
      if (m !== null && !dynamic.has(m) && !this.filesOf.has(`${m}.${n}`)) return [`star:${m}`, "own"];
      return ["own", "own"];
    };
    for (const f of files) {
      if (!present.has(`old_\0${f}`) || !present.has(`\0${f}`)) continue;
      const byName = /* @__PURE__ */ new Map();
      out.set(f, byName);
      const [o, n] = [sideOf(`old_\0${f}`), sideOf(`\0${f}`)];
      for (const src of this.starSources.get(f) ?? [])
        for (const name of this.names.get(src) ?? []) {
          if (byName.has(name)) continue;
          const [ov, op] = winner(o, name);
          const [nv, np] = winner(n, name);
          byName.set(name, ov !== nv ? "value" : op !== np ? "provenance" : "same");
        }
    }
    return out;
  }
  /** Name `name` of `file`'s namespace as `starRebinds` decided: changed, bound another way, or the same. */
  async rebind(file, name, how) {
    if (how === "value") this.local(file, name, "MODULE", null, null, file);
    else if (how === "provenance") await this.rebound(file, name);
  }
  /**
   * Name `name` of `file`'s namespace is the same entry bound another way (`starRebinds`): the
   * files that import it from the module directly or through a star import record how it is
   * bound (their import edges' `via`) and are recomputed; no value changed, so nothing goes on
   * from them.
   */
  async rebound(file, name) {
    const mods = this.modulesOf.get(file) ?? [];
    await this.readers(mods.map((m) => ["target", m]));
    await this.fetchPublic(mods);
    for (const m of mods) {
      for (const b of this.nameDeps.get(m)?.get(name) ?? []) this.impact(b.file, `imports ${m} (bound by a star import now or no longer: {})`, name, file);
      if (this.isPublic(m, name))
        for (const b of this.starDeps.get(m) ?? []) this.impact(b.file, `star import of ${m} (bound by a star import now or no longer: {})`, name, file);
    }
  }
  /** Files whose public names changed with their `__all__`: the names whose publicness may differ. */
  async publicChanges(files) {
    const out = /* @__PURE__ */ new Map();
    if (files.length === 0) return out;
    const list = fileIdList(files);
    const rows = await this.db.rows(`
      SELECT CAST(f.file_id AS VARCHAR) AS file_id, 'new' AS side, f.all_kind, e.name FROM py_files f LEFT JOIN py_exports e USING (file_id) WHERE f.file_id IN (${list})
      UNION ALL
      SELECT CAST(f.file_id AS VARCHAR), 'old', f.all_kind, e.name FROM old_py_files f LEFT JOIN old_py_exports e USING (file_id) WHERE f.file_id IN (${list})`);
    const kindChanged = /* @__PURE__ */ new Map();
    for (const f of files) {
      const side = (s) => rows.filter((r) => r.file_id === f && r.side === s);
      const [o, n] = [side("old"), side("new")];
      const on = new Set(o.flatMap((r) => r.name ? [r.name] : []));
      const nn = new Set(n.flatMap((r) => r.name ? [r.name] : []));
      const names = new Set([...on].filter((x) => !nn.has(x)).concat([...nn].filter((x) => !on.has(x))));
      const [ok, nk] = [o[0]?.all_kind ?? null, n[0]?.all_kind ?? null];
      if (ok === null || nk === null) {
        if ((ok ?? nk) !== "literal") kindChanged.set(f, "public");
      } else if (ok !== nk) {
        kindChanged.set(f, "all");
        for (const x of [...on, ...nn]) names.add(x);
      }
      out.set(f, names);
    }
    await this.fetchNames([...kindChanged.keys()].flatMap((f) => this.modulesOf.get(f) ?? []));
    for (const [f, which] of kindChanged)
      for (const m of this.modulesOf.get(f) ?? []) for (const n of this.names.get(m) ?? []) if (which === "all" || !n.startsWith("_")) out.get(f)?.add(n);
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
        const key2 = `${c.module}\0${c.name}\0`;
        if ((c.mroOnly || c.submodule) && this.doneChanges.get(`${key2}v`) === null) continue;
        const deep = novel(this.doneChanges, `${key2}${c.publicOnly ? "p" : c.mroOnly ? "m" : c.submodule ? "s" : "v"}`, c.deep);
        if (deep !== void 0) effective.push({ ...c, deep });
      }
      const wanted = /* @__PURE__ */ new Set();
      for (const c of effective) {
        if (c.name !== "*") wanted.add(c.name);
        for (const x of deepNames(c.deep)) wanted.add(x);
        for (const x of c.module.split(".")) wanted.add(x);
      }
      for (const l of locals) for (const x of deepNames(l.deep)) wanted.add(x);
      const lookups = [];
      for (const c of effective) {
        lookups.push(["target", c.module]);
        for (const p of prefixes(c.module)) lookups.push(["subtree", p]);
        if (c.name === "*") lookups.push(["exact", c.module], ["under", c.module]);
      }
      await this.readers(lookups);
      await this.files(locals.map((l) => l.file));
      await this.fetchAttrs([...wanted]);
      const roots = /* @__PURE__ */ new Set();
      for (const c of effective) {
        if (!c.mroOnly) continue;
        roots.add(c.name);
        for (const b of this.nameDeps.get(c.module)?.get(c.name) ?? []) if (b.bound) roots.add(b.bound);
      }
      await this.fetchReceiverRoots([...roots]);
      await this.fetchNames(effective.filter((c) => c.name === "*" && this.starDeps.has(c.module)).map((c) => c.module));
      await this.fetchPublic(effective.filter((c) => this.starDeps.has(c.module)).map((c) => c.module));
      for (const l of locals) {
        if (l.kind === "name") this.local(l.file, l.name, l.scope, l.cls, l.deep, l.origin, l.mroOnly);
        else this.classChange(l.file, l.cls, l.deep, l.inherited, l.origin);
      }
      for (const c of effective) this.process(c);
    }
  }
  async fetchAttrs(names) {
    const missing = [...new Set(names)].filter((n) => !this.attrs.has(n));
    if (missing.length === 0) return;
    for (const n of missing) this.attrs.set(n, /* @__PURE__ */ new Map());
    for (const r of await this.attributeLoads("attr", missing)) {
      const byFile = this.attrs.get(r.attr);
      if (!byFile) continue;
      let roots = byFile.get(r.file_id);
      if (!roots) byFile.set(r.file_id, roots = /* @__PURE__ */ new Set());
      roots.add(r.root);
    }
  }
  /** For each name: the files that load an attribute on a receiver starting with it (`n.x`, `n().x`, `"n.x"` in an annotation). */
  async fetchReceiverRoots(names) {
    const missing = [...new Set(names)].filter((n) => !this.receiverRoots.has(n));
    if (missing.length === 0) return;
    for (const n of missing) this.receiverRoots.set(n, /* @__PURE__ */ new Set());
    for (const r of await this.attributeLoads("root", missing)) this.receiverRoots.get(r.root)?.add(r.file_id);
  }
  /**
   * The attribute loads (attribute, file, first identifier of the receiver) whose attribute or
   * root is one of `names`: py_attributes and the dotted names of string annotations. Current rows
   * only: unchanged files have the same rows on both sides; changed ones are seeds (impacted anyway).
   */
  async attributeLoads(by, names) {
    const root2 = "regexp_extract(receiver, '^\\s*([A-Za-z_][A-Za-z0-9_]*)', 1)";
    const out = [];
    for (let i = 0; i < names.length; i += 2e3) {
      const list = names.slice(i, i + 2e3).map(sqlString).join(", ");
      out.push(
        ...await this.db.bulkRows(
          `SELECT DISTINCT attr, CAST(file_id AS VARCHAR) AS file_id, ${root2} AS root FROM py_attributes WHERE ${by === "attr" ? "attr" : root2} IN (${list})
           UNION
           SELECT attr, file_id, root FROM _impact_annotation_attrs WHERE ${by} IN (${list})`
        )
      );
    }
    return out;
  }
  async fetchNames(modules) {
    const missing = [...new Set(modules)].filter((m) => !this.names.has(m));
    if (missing.length === 0) return;
    for (const m of missing) this.names.set(m, /* @__PURE__ */ new Set());
    const list = missing.map(sqlString).join(", ");
    const rows = await this.db.bulkRows(`(${namesSql("", list)}) UNION (${namesSql("old_", list)})`);
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
    const rows = await this.db.bulkRows(
      `${side("")} UNION ALL ${side("old_")}`
    );
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
  impact(file, template, name, origin) {
    if (origin != null && origin !== file) {
      let v = this.via.get(file);
      if (!v) this.via.set(file, v = /* @__PURE__ */ new Set());
      v.add(origin);
    }
    let r = this.reasons.get(file);
    if (!r) this.reasons.set(file, r = /* @__PURE__ */ new Map());
    let names = r.get(template);
    if (!names) r.set(template, names = /* @__PURE__ */ new Set());
    if (name !== void 0) names.add(name);
  }
  emit(c) {
    for (const f of this.filesOf.get(c.module) ?? []) {
      if (c.name === "*") this.touched.file(f);
      else this.touched.name(f, c.name, c.deep);
    }
    if (this.viable(c.deep)) this.pending.push(c);
  }
  process(c) {
    const M = c.module;
    const o = c.origin ?? null;
    if (c.name === "*") {
      const why = c.why ?? `imports ${M} (changed)`;
      if (!c.publicOnly) {
        for (const deps of this.nameDeps.get(M)?.values() ?? []) for (const b of deps) this.hitDeep(b, null, why, void 0, o);
        for (const b of this.exactDeps.get(M) ?? []) this.hitDeep(b, null, why, void 0, o);
        for (const [T, deps] of this.subtreeDeps) {
          if (T === M || T.startsWith(`${M}.`)) for (const b of deps) this.hitDeep(b, null, why, void 0, o);
        }
        const parts = M.split(".");
        for (let i = 1; i < parts.length; i++) {
          const deps = this.subtreeDeps.get(parts.slice(0, i).join("."));
          if (!deps) continue;
          const d = { path: parts.slice(i, -1), any: /* @__PURE__ */ new Set([parts[parts.length - 1]]) };
          if (this.viable(d)) for (const b of deps) this.hitDeep(b, d, `uses attributes of ${parts.slice(0, i).join(".")} (changed: {})`, M, o);
        }
      }
      for (const b of this.starDeps.get(M) ?? []) {
        this.impact(b.file, c.why ?? `star import of ${M} (changed)`, void 0, o);
        for (const n2 of this.names.get(M) ?? []) if (this.isPublic(M, n2)) this.local(b.file, n2, b.scope, b.cls, null, o);
      }
      return;
    }
    const n = c.name;
    const named = this.nameDeps.get(M)?.get(n) ?? [];
    if (c.mroOnly) {
      for (const b of named) this.hitClass(b.file, b.bound ?? n, b, c.why ?? `imports ${M} (class hierarchy changed: {})`, n, o);
    } else if (!c.publicOnly) {
      const why = c.why ?? (c.own ? `imports ${M} (changed: {})` : `re-export via ${M} (changed: {})`);
      for (const b of named) this.hitDeep(b, c.deep, why, n, o);
    }
    if (!c.publicOnly) {
      const parts = M.split(".");
      for (let i = 1; i <= parts.length; i++) {
        const p = parts.slice(0, i).join(".");
        const deps = this.subtreeDeps.get(p);
        if (!deps) continue;
        const d = extend(parts.slice(i), n, c.deep);
        if (this.viable(d)) for (const b of deps) this.hitDeep(b, d, `uses attributes of ${p} (changed: {})`, `${M}.${n}`, o);
      }
    }
    if (!c.submodule && (c.publicOnly || this.isPublic(M, n)))
      for (const b of this.starDeps.get(M) ?? [])
        if (c.mroOnly) this.hitClass(b.file, n, b, `star import of ${M} (class hierarchy changed: {})`, n, o);
        else this.hitStar(b, n, c.deep, c.why ?? `star import of ${M} (changed: {})`, o);
  }
  hitDeep(b, d, why, name, origin) {
    if (this.loads(b.file, d, b.bound ? /* @__PURE__ */ new Set([b.bound]) : null)) this.impact(b.file, why, name, origin);
    if (b.bound) this.local(b.file, b.bound, b.scope, b.cls, d, origin);
  }
  /**
   * An MRO-only change of the class `name` is bound to (as `bound` in `b.file`): the file reads
   * it when it loads an attribute through that name; the name changes in the file the same way
   * (its classes based on it, its re-exports).
   */
  hitClass(file, bound, b, why, name, origin) {
    if (this.receiverRoots.get(bound)?.has(file)) this.impact(file, why, name, origin);
    this.local(file, bound, b.scope, b.cls, null, origin, true);
  }
  hitStar(b, n, d, why, origin) {
    if (this.loads(b.file, d, /* @__PURE__ */ new Set([n]))) this.impact(b.file, why, n, origin);
    this.local(b.file, n, b.scope, b.cls, d, origin);
  }
  /**
   * Name `name` bound in `file` (at `scope`) changed: re-export it and update the classes built on
   * it. `mroOnly`: it still names the same class, whose MRO changed (`d` is null).
   */
  local(file, name, scope, cls, d, origin, mroOnly = false) {
    this.touched.name(file, name, d);
    if (!this.known(d) || !this.loadedFiles.has(file)) {
      this.pendingLocal.push({ kind: "name", file, name, scope, cls, deep: d, origin, mroOnly });
      return;
    }
    const key2 = `${file}\0${scope}\0${cls ?? ""}\0${name}`;
    if (mroOnly && this.doneLocals.get(key2) === null) return;
    const deep = novel(this.doneLocals, mroOnly ? `${key2}\0mro` : key2, d);
    if (deep === void 0) return;
    if (scope === "MODULE") {
      for (const m of this.modulesOf.get(file) ?? [])
        this.emit({ module: m, name, deep, own: this.changedSeeds.has(file), origin, ...mroOnly && deep === null ? { mroOnly } : {} });
    } else if (scope === "CLASS" && cls !== null) {
      const info = this.classes.get(file)?.get(cls);
      const member = extend([], name, deep);
      if (info) this.classChange(file, info, member, false, origin);
    }
    for (const c of this.basesBy.get(file)?.get(name) ?? []) {
      for (const b of c.bases) {
        if ("root" in b ? b.root !== name : !b.idents.has(name)) continue;
        const effect = baseEffect(b, deep);
        if (effect === "mro") this.classChange(file, c, null, true, origin);
        else if (effect !== void 0) this.classChange(file, c, effect, true, origin);
      }
    }
  }
  /**
   * Class `c` of `file` changed: its MRO (null) or members below it (a deep change), its own or
   * `inherited` from a base (then the names its own body binds shadow them for its readers; its
   * own methods may still reach them through `super()`, so the file is checked unfiltered).
   */
  classChange(file, c, d, inherited, origin) {
    this.touched.cls(file, c.qname, d);
    if (!this.known(d)) {
      this.pendingLocal.push({ kind: "class", file, cls: c, deep: d, inherited, origin });
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
    if (d === null) this.impact(file, inherited ? "subclass of a changed class ({})" : "bases changed ({})", c.qname, origin);
    else if (this.loads(file, shown, roots) || inherited && this.loads(file, d, /* @__PURE__ */ new Set(["super"])))
      this.impact(file, inherited ? "inherits changed members ({})" : "class members changed ({})", c.qname, origin);
    if (shown !== null && shown.any.size === 0) return;
    const deep = novel(this.doneLocals, `${file}\0class\0${c.qname}`, shown);
    if (deep === void 0) return;
    const parts = c.qname.split(".");
    if (c.local || parts.length === 1) {
      this.local(file, c.name, c.local ? "LOCAL" : "MODULE", null, deep, origin, deep === null);
    } else {
      this.local(file, c.name, "LOCAL", null, deep, origin, deep === null);
      const rest = parts.slice(1);
      const outer = extend(rest.slice(0, -1), rest[rest.length - 1], deep);
      this.local(file, parts[0], "MODULE", null, outer, origin);
    }
  }
  async result() {
    const ids = [.../* @__PURE__ */ new Set([...this.reasons.keys(), ...[...this.via.values()].flatMap((v) => [...v])])];
    const paths = /* @__PURE__ */ new Map();
    for (let k = 0; k < ids.length; k += 2e3) {
      const chunk = ids.slice(k, k + 2e3);
      for (const r of await this.db.bulkRows(
        `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id, path FROM (SELECT file_id, path FROM ${this.rel("old_", chunk)("py_files")} WHERE ${this.oldOnly("file_id", chunk)} UNION SELECT file_id, path FROM ${this.rel("", chunk)("py_files")} WHERE file_id IN (${fileIdList(chunk)}))`
      ))
        paths.set(r.file_id, r.path);
    }
    return [...this.reasons.entries()].map(([file_id, r]) => ({
      file_id,
      path: paths.get(file_id) ?? "",
      reasons: [...r].map(([t, names]) => formatReason(t, names)).sort(),
      via: [...new Set([...this.via.get(file_id) ?? []].map((f) => paths.get(f) ?? ""))].filter((p) => p !== "").sort()
    })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
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
import { copyFileSync, linkSync, mkdirSync as mkdirSync7, readdirSync as readdirSync5, rmSync as rmSync6, statSync as statSync5 } from "node:fs";
import { join as join13 } from "node:path";

// src/store/duckdb.ts
import { availableParallelism as availableParallelism2, tmpdir as tmpdir2 } from "node:os";
import { join as join9 } from "node:path";

// src/native/duckdb-native.ts
import { existsSync as existsSync5, mkdirSync as mkdirSync3, mkdtempSync as mkdtempSync2, readFileSync as readFileSync4, renameSync, rmSync as rmSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import { homedir } from "node:os";
import { dirname as dirname5, join as join8 } from "node:path";

// src/native/npm-tarball.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync as mkdirSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname4, join as join7 } from "node:path";
import { gunzipSync } from "node:zlib";
var IntegrityError = class extends Error {
};
function integrityChecker(sri, what) {
  const byAlgo = /* @__PURE__ */ new Map();
  for (const part of sri.trim().split(/\s+/)) {
    const m = /^(sha512|sha384|sha256)-([A-Za-z0-9+/=]+)(\?.*)?$/.exec(part);
    if (!m) continue;
    let list = byAlgo.get(m[1]);
    if (!list) byAlgo.set(m[1], list = []);
    list.push(m[2]);
  }
  const algo = ["sha512", "sha384", "sha256"].find((a) => byAlgo.has(a));
  if (!algo) throw new IntegrityError(`no usable integrity (sha512/sha384/sha256) for ${what}: "${sri}"`);
  const hash = createHash2(algo);
  let bytes = 0;
  return {
    update(chunk) {
      hash.update(chunk);
      bytes += chunk.length;
    },
    verify() {
      const actual = hash.digest("base64");
      const expected = byAlgo.get(algo);
      if (!expected.includes(actual)) {
        throw new IntegrityError(`integrity check failed for ${what}: expected ${algo}-${expected[0]}, got ${algo}-${actual} (${bytes} bytes)`);
      }
    }
  };
}
function field(h, start, len) {
  const end = h.indexOf(0, start);
  return Buffer.from(h.subarray(start, end >= 0 && end < start + len ? end : start + len)).toString("utf8");
}
function octal(h, start, len, what) {
  if ((h[start] & 128) !== 0) throw new Error(`tar: base-256 ${what} is not supported (an entry over 8 GB?)`);
  const text2 = field(h, start, len).trim();
  if (text2 === "") return 0;
  if (!/^[0-7]+$/.test(text2)) throw new Error(`tar: malformed ${what} "${text2}"`);
  return Number.parseInt(text2, 8);
}
function paxPath(data) {
  let off = 0;
  let found2 = null;
  while (off < data.length) {
    const space = data.indexOf(32, off);
    if (space < 0) break;
    const len = Number.parseInt(Buffer.from(data.subarray(off, space)).toString("ascii"), 10);
    if (!Number.isFinite(len) || len <= 0) break;
    const record = Buffer.from(data.subarray(space + 1, off + len - 1)).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0 && record.slice(0, eq) === "path") found2 = record.slice(eq + 1);
    off += len;
  }
  return found2;
}
function packagePath(raw) {
  const parts = raw.split("/").filter((p) => p !== "" && p !== ".");
  if (raw.startsWith("/") || /^[A-Za-z]:/.test(raw) || parts.some((p) => p === ".." || p.includes("\\"))) return null;
  parts.shift();
  return parts.length ? parts.join("/") : null;
}
function unpackNpmTarball(tgz, dest) {
  let tar;
  try {
    tar = gunzipSync(tgz);
  } catch (err) {
    throw new Error(`tar: the tarball is not valid gzip (${err.message})`);
  }
  const written = [];
  let off = 0;
  let longName = null;
  let pax = null;
  while (off + 512 <= tar.length) {
    const h = tar.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const sum2 = octal(h, 148, 8, "checksum");
    let actual = 0;
    for (let i = 0; i < 512; i++) actual += i >= 148 && i < 156 ? 32 : h[i];
    if (sum2 !== actual) throw new Error(`tar: header checksum mismatch at offset ${off} (the archive is damaged)`);
    const size = octal(h, 124, 12, "size");
    const type = h[156] === 0 ? "0" : String.fromCharCode(h[156]);
    const dataStart = off + 512;
    if (dataStart + size > tar.length) throw new Error(`tar: entry at offset ${off} is truncated`);
    const data = tar.subarray(dataStart, dataStart + size);
    off = dataStart + Math.ceil(size / 512) * 512;
    if (type === "x") {
      pax = paxPath(data);
      continue;
    }
    if (type === "g") continue;
    if (type === "L") {
      longName = field(data, 0, data.length);
      continue;
    }
    const ustar = field(h, 257, 6) === "ustar";
    const prefix = ustar ? field(h, 345, 155) : "";
    const name = pax ?? longName ?? (prefix ? `${prefix}/${field(h, 0, 100)}` : field(h, 0, 100));
    pax = null;
    longName = null;
    if (type !== "0" && type !== "7") continue;
    const rel = packagePath(name);
    if (rel === null) throw new Error(`tar: refusing entry "${name}" (it would be written outside the package folder)`);
    const target = join7(dest, ...rel.split("/"));
    mkdirSync2(dirname4(target), { recursive: true });
    const mode = octal(h, 100, 8, "mode");
    writeFileSync2(target, data, { mode: 420 | mode & 73 });
    written.push(rel);
  }
  return written;
}

// src/native/duckdb-native.ts
var DEFAULT_NATIVE_REGISTRY = "https://registry.npmjs.org";
var NativeLibraryError = class extends UserError {
};
var SLOT = /* @__PURE__ */ Symbol.for("pycpg.duckdb-native");
var localRequire = createRequire3(import.meta.url);
var slotHolder = globalThis;
function selectDuckdbNative(path, source) {
  slotHolder[SLOT] = { path, source };
}
function selectedDuckdbNative() {
  return slotHolder[SLOT] ?? null;
}
function isMusl() {
  if (process.platform !== "linux") return false;
  try {
    const ldd = readFileSync4("/usr/bin/ldd", "utf8");
    if (ldd.includes("musl")) return true;
    if (ldd.includes("GNU C Library") || ldd.includes("GLIBC")) return false;
  } catch {
  }
  const report = process.report?.getReport();
  return !report?.header?.glibcVersionRuntime;
}
function nativePlatformKey(platform = process.platform, arch = process.arch, musl = isMusl()) {
  return `${platform}-${arch}${platform === "linux" && musl ? "-musl" : ""}`;
}
var sourcesInfo = null;
function nativePins() {
  const embedded = embeddedBuildInfo();
  if (embedded) return embedded.duckdbNative;
  sourcesInfo ??= buildInfoFromInstall(PACKAGE_ROOT);
  return sourcesInfo.duckdbNative;
}
function nativePinFor(key2, pins = nativePins()) {
  const pin = pins[key2];
  if (!pin) {
    throw new NativeLibraryError(
      `DuckDB publishes no native library for this platform (${key2}); pycpg runs on ${Object.keys(pins).join(", ")}. Use a runner of one of those platforms (e.g. ubuntu-latest, macos-latest, windows-latest).`
    );
  }
  return pin;
}
function nativeToolName(key2) {
  return `duckdb-node-bindings-${key2}`;
}
function nativeTarballUrl(registry, key2, version) {
  return `${registry.replace(/\/+$/, "")}/@duckdb/node-bindings-${key2}/-/node-bindings-${key2}-${version}.tgz`;
}
function nativeIn(dir) {
  const p = join8(dir, "duckdb.node");
  return existsSync5(p) ? p : null;
}
function installedNative(key2) {
  try {
    const pkgJson = localRequire.resolve(`@duckdb/node-bindings-${key2}/package.json`);
    const { version } = JSON.parse(readFileSync4(pkgJson, "utf8"));
    const path = nativeIn(dirname5(pkgJson));
    return path && version ? { path, version } : null;
  } catch {
    return null;
  }
}
function localNativeCache(root2 = defaultCacheRoot()) {
  const folder = (tool, version, arch) => join8(root2, tool, version, arch);
  return {
    tempRoot: root2,
    find(tool, version, arch) {
      const dir = folder(tool, version, arch);
      return existsSync5(`${dir}.complete`) && existsSync5(dir) ? dir : null;
    },
    async store(sourceDir, tool, version, arch) {
      const dir = folder(tool, version, arch);
      mkdirSync3(dirname5(dir), { recursive: true });
      rmSync2(`${dir}.complete`, { force: true });
      rmSync2(dir, { recursive: true, force: true });
      try {
        renameSync(sourceDir, dir);
      } catch {
        if (existsSync5(`${dir}.complete`)) return dir;
        throw new NativeLibraryError(`could not store DuckDB's native library in ${dir}; check that the folder is writable`);
      }
      writeFileSync3(`${dir}.complete`, "");
      return dir;
    }
  };
}
function defaultCacheRoot() {
  if (process.env.RUNNER_TOOL_CACHE) return process.env.RUNNER_TOOL_CACHE;
  return join8(process.env.XDG_CACHE_HOME || join8(homedir(), ".cache"), "pycpg", "tool-cache");
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function download(url, registry, what, sri, opts) {
  const attempts = Math.max(1, opts.attempts ?? 3);
  let delay = opts.retryDelayMs ?? 1e3;
  const remedy = "Set the action input `native-registry` (PYCPG_NATIVE_REGISTRY for the CLI) to a reachable npm registry or mirror, or run from an npm install (node_modules has the library).";
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      opts.log?.(`retrying in ${delay} ms (${last})`);
      await sleep(delay);
      delay *= 2;
    }
    let res;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(opts.timeoutMs ?? 3e5), headers: { accept: "application/octet-stream" } });
    } catch (err) {
      const cause = err.cause;
      last = cause?.code ?? cause?.message ?? err.message;
      if (/CERT|SSL|TLS|UNABLE_TO_VERIFY|DEPTH_ZERO/i.test(last)) {
        throw new NativeLibraryError(
          `could not download ${what} from ${url}: the registry's TLS certificate is not trusted (${last}). Behind a TLS-intercepting proxy, set NODE_EXTRA_CA_CERTS to its CA bundle (and NODE_USE_ENV_PROXY=1 with HTTPS_PROXY for a proxy). ` + remedy
        );
      }
      continue;
    }
    if (res.ok && res.body) {
      const checker = integrityChecker(sri, `${what} (${url})`);
      const chunks = [];
      try {
        for await (const chunk of res.body) {
          checker.update(chunk);
          chunks.push(chunk);
        }
      } catch (err) {
        last = `the download was cut off: ${err.message}`;
        continue;
      }
      return { bytes: Buffer.concat(chunks), checker };
    }
    await res.body?.cancel();
    if (res.status === 404) {
      throw new NativeLibraryError(`the registry ${registry} has no ${what} (HTTP 404 for ${url}). A mirror must serve npm tarballs at npm's paths. ${remedy}`);
    }
    last = `HTTP ${res.status} ${res.statusText}`.trim();
    if (res.status < 500 && res.status !== 429 && res.status !== 408) {
      throw new NativeLibraryError(`the registry ${registry} refused to serve ${what} (${last} for ${url}). ${remedy}`);
    }
  }
  throw new NativeLibraryError(`could not download ${what} from the registry ${registry} (${url}) after ${attempts} attempt(s): ${last}. ${remedy}`);
}
async function ensureNativeWith(cache, opts = {}) {
  const t0 = performance.now();
  const key2 = nativePlatformKey();
  const done = (path, source, version, extra = {}) => {
    selectDuckdbNative(path, source);
    return { path, source, ms: performance.now() - t0, platform: key2, version, ...extra };
  };
  const override = process.env.PYCPG_DUCKDB_NATIVE;
  if (override) {
    if (!existsSync5(override))
      throw new NativeLibraryError(`PYCPG_DUCKDB_NATIVE is set to ${override}, which does not exist; point it at a duckdb.node or unset it`);
    return done(override, "env", "unknown");
  }
  const pin = nativePinFor(key2);
  const installed = opts.nodeModules === false ? null : installedNative(key2);
  if (installed?.version === pin.version) return done(installed.path, "node_modules", pin.version);
  if (installed) opts.log?.(`node_modules has @duckdb/node-bindings-${key2}@${installed.version}, but this build of pycpg needs ${pin.version}`);
  const tool = nativeToolName(key2);
  const cached = cache.find(tool, pin.version, process.arch);
  const cachedNative = cached ? nativeIn(cached) : null;
  if (cachedNative) return done(cachedNative, "tool-cache", pin.version);
  const registry = (opts.registry || DEFAULT_NATIVE_REGISTRY).replace(/\/+$/, "");
  const url = nativeTarballUrl(registry, key2, pin.version);
  const what = `@duckdb/node-bindings-${key2}@${pin.version}`;
  opts.log?.(`DuckDB's native library is not installed: fetching ${what} from ${url}`);
  const t1 = performance.now();
  const { bytes, checker } = await download(url, registry, what, pin.integrity, opts);
  const t2 = performance.now();
  try {
    checker.verify();
  } catch (err) {
    if (err instanceof IntegrityError) {
      throw new NativeLibraryError(
        `${err.message}. The file is not the package pinned in package-lock.json, so nothing was unpacked or cached. If \`native-registry\` points at a mirror, it serves a different file: fix the mirror or use https://registry.npmjs.org; otherwise retry (a proxy may have altered the download).`
      );
    }
    throw err;
  }
  const t3 = performance.now();
  mkdirSync3(cache.tempRoot, { recursive: true });
  const work = mkdtempSync2(join8(cache.tempRoot, `.unpack-${tool}-`));
  try {
    const files = unpackNpmTarball(bytes, work);
    if (!files.includes("duckdb.node"))
      throw new NativeLibraryError(`${what} from ${url} has no duckdb.node (files: ${files.join(", ")}); the package layout changed, pycpg needs an update`);
    const t4 = performance.now();
    const dir = await cache.store(work, tool, pin.version, process.arch);
    const t5 = performance.now();
    const path = nativeIn(dir);
    if (!path) throw new NativeLibraryError(`the tool cache at ${dir} has no duckdb.node after storing it; check the folder's permissions and free space`);
    const ms = (a, b) => Math.round(b - a);
    opts.log?.(
      `fetched ${what} (${(bytes.length / 1e6).toFixed(1)} MB): download ${ms(t1, t2)} ms, integrity checked ${ms(t2, t3)} ms, unpack ${ms(t3, t4)} ms, into the tool cache ${ms(t4, t5)} ms: ${dir}`
    );
    return done(path, "download", pin.version, {
      download: { url, bytes: bytes.length, fetchMs: t2 - t1, verifyMs: t3 - t2, unpackMs: t4 - t3, cacheMs: t5 - t4 }
    });
  } finally {
    rmSync2(work, { recursive: true, force: true });
  }
}
function ensureDuckdbNativeLocal(opts = {}) {
  return ensureNativeWith(localNativeCache(), opts);
}
async function prepareDuckdbNative() {
  if (!embeddedBuildInfo() || selectedDuckdbNative()) return;
  await ensureDuckdbNativeLocal({
    registry: process.env.PYCPG_NATIVE_REGISTRY || DEFAULT_NATIVE_REGISTRY,
    log: (line) => process.stderr.write(`pycpg: ${line}
`)
  });
}
function loadDuckdbBinding(key2) {
  const chosen = selectedDuckdbNative();
  if (chosen) return localRequire(chosen.path);
  const spec = `@duckdb/node-bindings-${key2}/duckdb.node`;
  try {
    return localRequire(spec);
  } catch (err) {
    if (err.code !== "MODULE_NOT_FOUND") throw err;
    throw new NativeLibraryError(
      `DuckDB's native library (@duckdb/node-bindings-${key2}) is not available: nothing fetched it before DuckDB was opened. Call ensureDuckdbNative()/prepareDuckdbNative() first, run \`npm ci\`, or set PYCPG_DUCKDB_NATIVE to a duckdb.node.`
    );
  }
}
globalThis[/* @__PURE__ */ Symbol.for("pycpg.duckdb-native.load")] = loadDuckdbBinding;

// src/store/duckdb.ts
var TRACE = process.env.PYCPG_TRACE_SQL === "1";
async function traced(sql, run) {
  if (!TRACE) return run().catch(explainOutOfMemory);
  const t0 = performance.now();
  const out = await run().catch(explainOutOfMemory);
  const ms = performance.now() - t0;
  if (ms > 2) process.stderr.write(`[sql ${ms.toFixed(0).padStart(5)} ms] ${sql.replace(/\s+/g, " ").slice(0, 160)}
`);
  return out;
}
var DEFAULT_MEMORY_LIMIT = "700MB";
function memoryLimit() {
  return process.env.PYCPG_DUCKDB_MEMORY_LIMIT || DEFAULT_MEMORY_LIMIT;
}
function explainOutOfMemory(err) {
  const message = err instanceof Error ? err.message : String(err);
  if (!/^Out of Memory Error/.test(message)) throw err;
  throw new UserError(
    `DuckDB ran out of memory at its limit of ${memoryLimit()} (${message.split("\n")[0]}); the state was left as it was. On a machine with more memory, raise the limit (e.g. PYCPG_DUCKDB_MEMORY_LIMIT=4GB); for a repository too large for one runner, see docs/architecture.md, 'Past one machine'.`
  );
}
async function openDb(threads = availableParallelism2(), opts = {}) {
  await prepareDuckdbNative();
  const { DuckDBInstance } = cjsExports(await import("./chunk-WZ47XSEC.js"), "DuckDBInstance");
  const config = {
    threads: String(threads),
    preserve_insertion_order: opts.preserveInsertionOrder === false ? "false" : "true",
    memory_limit: memoryLimit()
  };
  config.temp_directory = opts.tempDirectory ?? join9(tmpdir2(), `pycpg-duckdb-${process.pid}`);
  const instance = await DuckDBInstance.create(":memory:", config);
  const con = await instance.connect();
  await con.run("SET GLOBAL parquet_metadata_cache = true");
  const forks = [];
  const wrap = (c, close) => ({
    con: c,
    async exec(sql) {
      await traced(sql, () => c.run(sql));
    },
    async rows(sql) {
      const r = await traced(sql, () => c.runAndReadAll(sql));
      return r.getRowObjectsJson();
    },
    async bulkRows(sql) {
      const r = await traced(sql, () => c.runAndReadAll(`SELECT CAST(to_json(list(t)) AS VARCHAR) AS j FROM (${sql}) t`));
      const text2 = r.getRowObjectsJson()[0]?.j;
      return typeof text2 === "string" ? JSON.parse(text2) : [];
    },
    async fork() {
      const f = await instance.connect();
      forks.push(f);
      return wrap(f, () => {
        const i = forks.indexOf(f);
        if (i < 0) return;
        forks.splice(i, 1);
        f.closeSync();
      });
    },
    close
  });
  return wrap(con, () => {
    for (const f of forks) f.closeSync();
    con.closeSync();
    instance.closeSync();
  });
}

// src/store/state-store.ts
import { randomBytes } from "node:crypto";
import { closeSync, existsSync as existsSync6, fsyncSync, mkdirSync as mkdirSync4, openSync, readdirSync as readdirSync3, readFileSync as readFileSync5, readSync, renameSync as renameSync2, rmSync as rmSync3, statSync as statSync4, writeSync } from "node:fs";
import { open } from "node:fs/promises";
import { dirname as dirname6, join as join10, relative as relative3, sep as sep2 } from "node:path";
var STATE_FORMAT = "pycpg-state/2";
var MAX_DELTA_FRACTION = 0.25;
var PARQUET_OPTIONS = "FORMAT parquet, COMPRESSION zstd";
var PARTITIONED_WRITE_MAX_ROWS = 2e6;
var MAX_LITERAL_DELETIONS = 128;
var EXACT_COMPARE_MAX_ROWS = 2e4;
function compactedBucketCount(buckets) {
  return buckets === 1 ? 1 : Math.max(buckets, Math.min(64, buckets * 8));
}
function bucketCountFor(fileCount) {
  let b = 1;
  while (b < 256 && b * 256 < fileCount) b *= 2;
  return b;
}
function bucketExpr(column, buckets) {
  return `(${sqlIdent(column)} & ${buckets - 1})`;
}
function idList(ids) {
  return ids.length <= 2e3 ? ids.join(", ") : `SELECT unnest([${ids.join(", ")}]::BIGINT[])`;
}
function relationOf(dir, entry, spec, scope = {}) {
  const part = sqlIdent(spec.partitionColumn);
  const cols = spec.columns ? spec.columns.map(([n]) => sqlIdent(n)).join(", ") : "*";
  const bases = [];
  const deltas = [];
  const deleted = [];
  const finer = entry?.bucketCount !== void 0 && scope.buckets && entry.bucketCount !== scope.stateBuckets;
  if (finer && !scope.stateBuckets) throw new Error("relationOf: a dataset split finer than the state needs scope.stateBuckets");
  const stateMask = (scope.stateBuckets ?? 1) - 1;
  const keys = Object.keys(entry?.buckets ?? {}).filter((k) => !scope.buckets || scope.buckets.has(finer ? Number(k) & stateMask : Number(k))).filter((k) => !scope.keys || scope.keys.has(Number(k))).sort((a, b) => Number(a) - Number(b));
  for (const k of keys) {
    const b = entry?.buckets[k];
    for (const f of b.files) (f === b.delta ? deltas : bases).push(join10(dir, f));
    if (b.deleted) deleted.push(...b.deleted);
  }
  if (bases.length + deltas.length === 0 || scope.fileIds && scope.fileIds.length === 0) {
    if (!spec.columns) throw new Error("relationOf: an empty dataset needs its columns");
    return parquetRelation([], spec.columns);
  }
  const common = [];
  if (scope.fileIds) common.push(`${part} IN (${idList(scope.fileIds)})`);
  if (scope.excludeFileIds && scope.excludeFileIds.length > 0) common.push(`${part} NOT IN (${idList(scope.excludeFileIds)})`);
  const scan = (files, where) => `SELECT ${cols} FROM read_parquet([${files.map(sqlString).join(", ")}])${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""}`;
  const parts = [];
  const deletion = deleted.length === 0 ? [] : deleted.length <= MAX_LITERAL_DELETIONS ? [`${part} NOT IN (${deleted.join(", ")})`] : [`${part} NOT IN (SELECT unnest([${deleted.join(", ")}]::BIGINT[]))`];
  if (bases.length > 0) parts.push(scan(bases, [...common, ...deletion]));
  if (deltas.length > 0) parts.push(scan(deltas, common));
  return `(${parts.join(" UNION ALL ")})`;
}
function hasDeletions(entry) {
  return Object.values(entry?.buckets ?? {}).some((b) => (b.deleted?.length ?? 0) > 0);
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
  renameSync2(tmp, path);
  fsyncPath(dirname6(path));
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
    this.dataDir = join10(dir, "data");
    this.tmpDir = join10(dir, "tmp");
    this.manifestPath = join10(dir, "manifest.json");
  }
  dir;
  dataDir;
  tmpDir;
  manifestPath;
  /**
   * Loads the committed manifest if it exists, parses, matches `fingerprint` and names only files
   * that exist. Any other case returns the reason the state cannot be used (`explainMismatch`
   * words it when only the fingerprint differs). `onRead` gets the manifest as soon as it is read
   * and matches, before the data files are checked.
   */
  load(fingerprint, explainMismatch, onRead) {
    if (!existsSync6(this.manifestPath)) return { manifest: null, reason: "no previous state" };
    let m;
    try {
      m = JSON.parse(readFileSync5(this.manifestPath, "utf8"));
    } catch (err) {
      return { manifest: null, reason: `the state manifest could not be read (${err.message})` };
    }
    if (m?.format !== STATE_FORMAT) return { manifest: null, reason: `the state has format ${String(m?.format)}, this pycpg writes ${STATE_FORMAT}` };
    if (m.fingerprint !== fingerprint)
      return { manifest: null, reason: explainMismatch?.(m) ?? "the pipeline fingerprint changed (another pycpg version, rule set or options)" };
    if (!Number.isInteger(m.buckets) || m.buckets < 1 || (m.buckets & m.buckets - 1) !== 0)
      return { manifest: null, reason: "the state manifest has an invalid bucket count" };
    onRead?.(m);
    for (const [name, entry] of Object.entries(m.datasets ?? {})) {
      for (const bucket of Object.values(entry.buckets ?? {})) {
        for (const f of bucket.files) {
          const abs = join10(this.dir, f);
          let size = -1;
          try {
            size = statSync4(abs).size;
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
    if (existsSync6(this.dataDir)) {
      for (const ds of readdirSync3(this.dataDir)) {
        const d = join10(this.dataDir, ds);
        for (const f of readdirSync3(d)) {
          const rel = relative3(this.dir, join10(d, f)).split(sep2).join("/");
          if (!keep.has(rel)) {
            rmSync3(join10(d, f), { force: true, recursive: true });
            removed++;
          }
        }
      }
    }
    rmSync3(this.tmpDir, { recursive: true, force: true });
    return removed;
  }
  /** A SQL relation over a dataset in a committed manifest (the store's reader). */
  relation(manifest, spec, scope = {}) {
    return relationOf(this.dir, manifest.datasets[spec.name], spec, { stateBuckets: manifest.buckets, ...scope });
  }
  /** Absolute paths of a dataset's files in a committed manifest, in bucket order. */
  filesOf(manifest, name) {
    const e = manifest.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets).sort((a, b) => Number(a) - Number(b)).flatMap((k) => e.buckets[k].files.map((f) => join10(this.dir, f)));
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
  /**
   * Starts a transaction on top of `base` (null: an empty store with `buckets` buckets).
   * `compacted`: datasets whose buckets are rewritten rather than given deletions (the published
   * tables: their files are hard-linked to the output as they are).
   */
  begin(db, base, fingerprint, buckets, compacted = /* @__PURE__ */ new Set()) {
    mkdirSync4(this.dataDir, { recursive: true });
    return new StoreTxn(this, db, base, fingerprint, base ? base.buckets : buckets, compacted);
  }
};
function scratchTables(spec) {
  return { src: sqlIdent(`_upsert_src_${spec.name}`), old: sqlIdent(`_upsert_old_${spec.name}`) };
}
var StoreTxn = class {
  constructor(store, db, base, fingerprint, buckets, compacted) {
    this.store = store;
    this.db = db;
    this.base = base;
    this.fingerprint = fingerprint;
    this.buckets = buckets;
    this.compacted = compacted;
    this.datasets = structuredClone(base?.datasets ?? {});
    this.generation = (base?.generation ?? 0) + 1;
  }
  store;
  db;
  base;
  fingerprint;
  buckets;
  compacted;
  datasets;
  created = [];
  superseded = [];
  synced = /* @__PURE__ */ new Set();
  generation;
  seq = 0;
  committed = false;
  /** Files rewritten per dataset in this transaction (for reports and tests). */
  rewritten = {};
  /** Up to this many new rows an upsert compares exactly, above it by hashes first. */
  exactCompareMaxRows = EXACT_COMPARE_MAX_ROWS;
  /** Up to this many rows a full replacement is one partitioned COPY, above it one COPY per bucket. */
  partitionedWriteMaxRows = PARTITIONED_WRITE_MAX_ROWS;
  /** Files of a dataset as they stand in this transaction. */
  files(name) {
    const e = this.datasets[name];
    if (!e) return [];
    return Object.keys(e.buckets).sort((a, b) => Number(a) - Number(b)).flatMap((k) => e.buckets[k].files.map((f) => join10(this.store.dir, f)));
  }
  /** A SQL relation over the dataset as it stands in this transaction (the store's reader). */
  relation(spec, scope = {}) {
    return relationOf(this.store.dir, this.datasets[spec.name], spec, { stateBuckets: this.buckets, ...scope });
  }
  /** The same over the generation the transaction started from. */
  baseRelation(spec, scope = {}) {
    return relationOf(this.store.dir, this.base?.datasets[spec.name], spec, { stateBuckets: this.buckets, ...scope });
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
   * Replaces the rows of some files: every row whose partition column is in `replace` (file ids,
   * decimal strings) or among the source's files is dropped, then the rows of `sourceSql` are
   * added. `replace` null means: replace everything (one file per bucket).
   *
   * Merge-on-read: a touched bucket is not rewritten. Its files keep their bytes; the replaced
   * files' ids are added to their deletion lists (only for the files that had rows there), and
   * the new rows go to one small delta file. A bucket is compacted (rewritten as one file) when
   * its deltas pile up (`MAX_BUCKET_FILES` files, or deleted rows over `MAX_DEAD_FRACTION` of its
   * live rows), and always when the dataset is one the store keeps compacted (`compacted`: the
   * published tables, whose files are hard-linked as they are). A bucket whose replaced files get
   * back exactly the rows they had (a multiset comparison) is left alone.
   */
  async upsert(spec, sourceSql, replace, opts = {}) {
    const db = opts.db ?? this.db;
    if (opts.stream) {
      if (replace !== null || opts.keep) throw new Error(`upsert of ${spec.name}: a streamed write is a full replacement, kept nowhere`);
      await this.writeStreamed(db, spec, sourceSql, opts.part);
      return;
    }
    const t = scratchTables(spec);
    try {
      await this.write(db, t, spec, sourceSql, replace, opts.part);
    } catch (err) {
      await db.exec(`DROP TABLE IF EXISTS ${t.src}; DROP TABLE IF EXISTS ${t.old}`).catch(() => void 0);
      throw err;
    }
    await db.exec(
      opts.keep ? `ALTER TABLE ${t.src} RENAME TO ${sqlIdent(opts.keep.fresh)}; ALTER TABLE ${t.old} RENAME TO ${sqlIdent(opts.keep.old)}` : `DROP TABLE ${t.src}; DROP TABLE ${t.old}`
    );
  }
  /**
   * One partitioned COPY of `sql` (the dataset's columns and `_pycpg_bucket`) into a scratch
   * directory, each partition's files then moved into the store under the store's own names as the
   * bucket's files, with the rows the COPY's own statistics count. `check` sees every bucket
   * before any file moves (and may throw).
   */
  async copyPartitioned(db, spec, entry, sql, check) {
    const part = join10(this.store.tmpDir, `part-g${this.generation}-${this.seq++}-${randomBytes(3).toString("hex")}`);
    mkdirSync4(this.store.tmpDir, { recursive: true });
    try {
      const stats = await db.rows(
        `COPY (${sql}) TO ${sqlString(part)} (${PARQUET_OPTIONS}, PARTITION_BY (_pycpg_bucket), WRITE_PARTITION_COLUMNS false, RETURN_STATS true)`
      );
      const counts = /* @__PURE__ */ new Map();
      for (const st of stats) {
        const b = /_pycpg_bucket=(\d+)/.exec(st.filename)?.[1];
        if (b === void 0) throw new Error(`the partitioned write of ${spec.name} named no bucket in ${st.filename}`);
        counts.set(Number(b), (counts.get(Number(b)) ?? 0) + Number(st.count));
      }
      if (check) for (const b of counts.keys()) check(b);
      for (const [b, n] of [...counts.entries()].sort((x, y) => x[0] - y[0])) {
        if (n === 0) continue;
        const dirB = join10(part, `_pycpg_bucket=${b}`);
        const written = readdirSync3(dirB).filter((f) => f.endsWith(".parquet")).sort();
        if (written.length === 0) throw new Error(`the partitioned write of ${spec.name} left no file for bucket ${b}`);
        const files = written.map((f) => {
          const rel = this.newFile(spec.name, b);
          renameSync2(join10(dirB, f), join10(this.store.dir, rel));
          return rel;
        });
        entry.buckets[String(b)] = { files, rows: n };
        this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + 1;
      }
    } finally {
      rmSync3(part, { recursive: true, force: true });
    }
  }
  /**
   * A full replacement written by one partitioned COPY of the source itself (`UpsertOptions.stream`),
   * or one part of it: part 0 drops every bucket the dataset had, each part adds its own.
   */
  async writeStreamed(db, spec, sourceSql, piece) {
    this.checkPart(spec, piece);
    const entry = this.datasets[spec.name] ??= { buckets: {} };
    const nb = this.compacted.has(spec.name) ? compactedBucketCount(this.buckets) : this.buckets;
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    mkdirSync4(join10(this.store.dir, "data", spec.name), { recursive: true });
    const fresh = { buckets: {} };
    const stray = (b) => {
      if (piece && (b & piece.count - 1) !== piece.index)
        throw new Error(`upsert of ${spec.name}: part ${piece.index} of ${piece.count} has rows in bucket ${b} of ${nb}, which belongs to another part`);
    };
    await this.copyPartitioned(db, spec, fresh, `SELECT ${cols}, ${bucketExpr(spec.partitionColumn, nb)} AS _pycpg_bucket FROM (${sourceSql})`, stray);
    if (!piece || piece.index === 0) {
      for (const old of Object.values(entry.buckets)) this.superseded.push(...old.files);
      entry.buckets = {};
    }
    Object.assign(entry.buckets, fresh.buckets);
    if (nb === this.buckets) delete entry.bucketCount;
    else entry.bucketCount = nb;
  }
  checkPart(spec, piece, replace = null) {
    if (piece && (replace !== null || piece.count & piece.count - 1 || piece.count > this.buckets || piece.index < 0 || piece.index >= piece.count))
      throw new Error(
        `upsert of ${spec.name}: part ${piece.index} of ${piece.count} needs a full replacement in a power-of-two count of parts, at most the state's ${this.buckets} buckets`
      );
  }
  async write(db, t, spec, sourceSql, replace, piece) {
    this.checkPart(spec, piece, replace);
    const entry = this.datasets[spec.name] ??= { buckets: {} };
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const part = sqlIdent(spec.partitionColumn);
    const nb = replace === null || Object.keys(entry.buckets).length === 0 ? this.compacted.has(spec.name) ? compactedBucketCount(this.buckets) : this.buckets : entry.bucketCount ?? this.buckets;
    if (nb === this.buckets) delete entry.bucketCount;
    else entry.bucketCount = nb;
    const bexpr = bucketExpr(spec.partitionColumn, nb);
    const dir = join10(this.store.dir, "data", spec.name);
    mkdirSync4(dir, { recursive: true });
    const created = await db.rows(`CREATE OR REPLACE TABLE ${t.src} AS SELECT ${cols} FROM (${sourceSql})`);
    const freshRows = Number(created[0]?.Count ?? 0);
    if (replace === null) {
      const counts = await db.rows(`SELECT ${bexpr} AS b, count(*) AS n FROM ${t.src} GROUP BY 1`);
      const fresh = new Map(counts.map((r) => [Number(r.b), Number(r.n)]));
      if (piece) {
        const stray = [...fresh.keys()].filter((b) => (b & piece.count - 1) !== piece.index);
        if (stray.length > 0)
          throw new Error(
            `upsert of ${spec.name}: part ${piece.index} of ${piece.count} has rows in bucket ${stray[0]} of ${nb}, which belongs to another part`
          );
      }
      if (!piece || piece.index === 0)
        for (const [k, old] of Object.entries(entry.buckets)) {
          this.superseded.push(...old.files);
          delete entry.buckets[k];
        }
      const total = [...fresh.values()].reduce((a, n) => a + n, 0);
      if (total <= this.partitionedWriteMaxRows) {
        await this.copyPartitioned(db, spec, entry, `SELECT ${cols}, ${bexpr} AS _pycpg_bucket FROM ${t.src}`);
      } else {
        for (const [b, n] of [...fresh.entries()].sort((x, y) => x[0] - y[0])) {
          if (n === 0) continue;
          const rel = this.newFile(spec.name, b);
          await db.exec(`COPY (SELECT ${cols} FROM ${t.src} WHERE ${bexpr} = ${b}) TO ${sqlString(join10(this.store.dir, rel))} (${PARQUET_OPTIONS})`);
          entry.buckets[String(b)] = { files: [rel], rows: n };
          this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + 1;
        }
      }
      await db.exec(`CREATE OR REPLACE TABLE ${t.old} AS SELECT * FROM ${t.src} WHERE false`);
      return;
    }
    const ids = new Set(replace.map((id) => BigInt(id).toString()));
    await db.exec(`CREATE OR REPLACE TABLE ${t.old} AS ${this.oldRows(t, spec, entry, nb, [...ids])}`);
    let stats = await this.compareUpsert(db, t, spec, nb, freshRows);
    const unnamed = [...new Set(stats.flatMap((st) => st.fresh_ids ?? []))].filter((id) => !ids.has(id));
    if (unnamed.length > 0) {
      for (const id of unnamed) ids.add(id);
      await db.exec(`INSERT INTO ${t.old} ${this.oldRows(t, spec, entry, nb, unnamed)}`);
      stats = await this.compareUpsert(db, t, spec, nb, freshRows);
    }
    const byBucket = /* @__PURE__ */ new Map();
    for (const id of [...ids].sort()) {
      const b = Number(BigInt(id) & BigInt(nb - 1));
      const l = byBucket.get(b) ?? [];
      l.push(id);
      byBucket.set(b, l);
    }
    for (const st of stats) {
      const b = Number(st.b);
      const fresh = Number(st.fresh);
      const oldRows = Number(st.old);
      if (st.same) continue;
      const key2 = String(b);
      const bucket = entry.buckets[key2];
      const live = (bucket?.rows ?? 0) - oldRows + fresh;
      let inDelta = 0;
      if (bucket?.delta && oldRows > 0) {
        const r = await db.rows(
          `SELECT count(*) AS n FROM read_parquet(${sqlString(join10(this.store.dir, bucket.delta))}) WHERE ${part} IN (${idList(byBucket.get(b) ?? [])})`
        );
        inDelta = Number(r[0]?.n ?? 0);
      }
      const dead = (bucket?.dead ?? 0) + oldRows - inDelta;
      this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + 1;
      if (live === 0) {
        if (bucket) this.superseded.push(...bucket.files);
        delete entry.buckets[key2];
        continue;
      }
      const deltaRows = (bucket?.delta ? bucket.deltaRows ?? 0 : 0) + fresh;
      const compact = bucket !== void 0 && (oldRows > 0 && this.compacted.has(spec.name) || deltaRows > live * MAX_DELTA_FRACTION || dead > live * MAX_DELTA_FRACTION);
      const replacedHere = byBucket.get(b) ?? [];
      if (compact && bucket) {
        const rel = this.newFile(spec.name, b);
        const keep = relationOf(this.store.dir, entry, spec, { keys: /* @__PURE__ */ new Set([b]), excludeFileIds: replacedHere });
        await db.exec(
          `COPY (SELECT ${cols} FROM ${keep} UNION ALL SELECT ${cols} FROM ${t.src} WHERE ${bexpr} = ${b}) TO ${sqlString(join10(this.store.dir, rel))} (${PARQUET_OPTIONS})`
        );
        this.superseded.push(...bucket.files);
        entry.buckets[key2] = { files: [rel], rows: live };
        continue;
      }
      const next = { files: bucket ? bucket.files.filter((f) => f !== bucket.delta) : [], rows: live };
      const deleted = [.../* @__PURE__ */ new Set([...bucket?.deleted ?? [], ...oldRows > inDelta ? st.old_ids ?? [] : []])].sort();
      if (deleted.length > 0) {
        next.deleted = deleted;
        next.dead = dead;
      }
      if (deltaRows > 0) {
        const rel = this.newFile(spec.name, b);
        const keepDelta = bucket?.delta ? `SELECT ${cols} FROM read_parquet(${sqlString(join10(this.store.dir, bucket.delta))})${replacedHere.length > 0 ? ` WHERE ${part} NOT IN (${idList(replacedHere)})` : ""} UNION ALL ` : "";
        const res = await db.rows(
          `COPY (${keepDelta}SELECT ${cols} FROM ${t.src} WHERE ${bexpr} = ${b}) TO ${sqlString(join10(this.store.dir, rel))} (${PARQUET_OPTIONS})`
        );
        const n = Number(res[0]?.Count ?? 0);
        if (n > 0) {
          next.files.push(rel);
          next.delta = rel;
          next.deltaRows = n;
        } else rmSync3(join10(this.store.dir, rel), { force: true });
      }
      if (bucket?.delta) this.superseded.push(bucket.delta);
      entry.buckets[key2] = next;
    }
  }
  /** SQL: the current rows of the files `ids` of a dataset (the file filter pushed into the scans). */
  oldRows(t, spec, entry, nb, ids) {
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const keys = new Set(ids.map((id) => Number(BigInt(id) & BigInt(nb - 1))).filter((b) => entry.buckets[String(b)] !== void 0));
    if (ids.length === 0 || keys.size === 0) return `SELECT ${cols} FROM ${t.src} WHERE false`;
    return `SELECT ${cols} FROM ${relationOf(this.store.dir, entry, spec, { keys, fileIds: ids })}`;
  }
  /**
   * Per bucket of the new rows (`t.src`) and the rows they replace (`t.old`): row counts, the files on each side, and whether
   * the new rows are exactly the replaced ones (as multisets). Exactly: both sides' rows grouped
   * together by every column (GROUP BY puts NULLs together), each side counted per distinct row;
   * the multisets are equal when every distinct row has the same count on both (~5 ms for a
   * file's rows, where a join of both sides' distinct rows on every column took ~8 ms and EXCEPT
   * ALL both ways 13-22 ms). Above `exactCompareMaxRows` new rows, two order-independent hashes
   * per side tell different multisets apart first and only equal-looking buckets are compared
   * exactly: either way a hash collision can never hide a change.
   */
  async compareUpsert(db, t, spec, nb, freshRows) {
    const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
    const part = sqlIdent(spec.partitionColumn);
    const bexpr = bucketExpr(spec.partitionColumn, nb);
    const exact = (where) => `
      SELECT _b AS b, sum(_s) AS fresh, sum(_o) AS old, bool_and(_s = _o) AS same,
             list(DISTINCT _id) FILTER (WHERE _o > 0) AS old_ids, list(DISTINCT _id) FILTER (WHERE _s > 0) AS fresh_ids
      FROM (SELECT ${cols}, _b, CAST(${part} AS VARCHAR) AS _id, count(*) FILTER (WHERE _side) AS _s, count(*) FILTER (WHERE NOT _side) AS _o
            FROM (SELECT ${cols}, ${bexpr} AS _b, true AS _side FROM ${t.src} ${where}
                  UNION ALL SELECT ${cols}, ${bexpr} AS _b, false AS _side FROM ${t.old} ${where})
            GROUP BY ALL)
      GROUP BY 1`;
    if (freshRows <= this.exactCompareMaxRows) return db.rows(exact(""));
    const sig = (t2) => `SELECT ${bexpr} AS b, count(*) AS n, sum(hash(${cols})) AS h1, sum(hash(${cols}, 'pycpg')) AS h2, list(DISTINCT CAST(${part} AS VARCHAR)) AS ids FROM ${t2} GROUP BY 1`;
    const stats = await db.rows(`
      WITH s AS (${sig(t.src)}), o AS (${sig(t.old)})
      SELECT coalesce(s.b, o.b) AS b, coalesce(s.n, 0) AS fresh, coalesce(o.n, 0) AS old,
             (s.n IS NOT DISTINCT FROM o.n AND s.h1 IS NOT DISTINCT FROM o.h1 AND s.h2 IS NOT DISTINCT FROM o.h2) AS same, o.ids AS old_ids, s.ids AS fresh_ids
      FROM s FULL OUTER JOIN o ON s.b = o.b`);
    const maybeSame = stats.filter((st) => st.same).map((st) => Number(st.b));
    if (maybeSame.length > 0) {
      const confirmed = await db.rows(exact(`WHERE ${bexpr} IN (${maybeSame.join(", ")})`));
      const same = new Map(confirmed.map((r) => [Number(r.b), r.same]));
      for (const st of stats) if (st.same) st.same = same.get(Number(st.b)) === true;
    }
    return stats;
  }
  /**
   * Replaces a whole dataset with files that already have the store's shape (every file holds
   * rows of one bucket), moving them into the store. Used by full builds: the extraction workers
   * write bucket-shaped files, so nothing is re-read or re-encoded.
   */
  adopt(spec, files) {
    const old = this.datasets[spec.name];
    for (const b of Object.values(old?.buckets ?? {})) this.superseded.push(...b.files);
    const entry = { buckets: {} };
    mkdirSync4(join10(this.store.dir, "data", spec.name), { recursive: true });
    for (const f of files) {
      if (f.bucket < 0 || f.bucket >= this.buckets) throw new Error(`staged file ${f.path} names bucket ${f.bucket} of ${this.buckets}`);
      const rel = this.newFile(spec.name, f.bucket);
      renameSync2(f.path, join10(this.store.dir, rel));
      const b = entry.buckets[String(f.bucket)] ??= { files: [], rows: 0 };
      b.files.push(rel);
      b.rows += f.rows;
    }
    this.datasets[spec.name] = entry;
    this.rewritten[spec.name] = (this.rewritten[spec.name] ?? 0) + Object.keys(entry.buckets).length;
  }
  /**
   * Publishes the transaction: writes the manifest to a temporary name, fsyncs it, renames it over
   * the old one, then deletes the files the new generation no longer names.
   */
  commit(meta) {
    const manifest = {
      format: STATE_FORMAT,
      fingerprint: this.fingerprint,
      generation: this.generation,
      buckets: this.buckets,
      committed_at: (/* @__PURE__ */ new Date()).toISOString(),
      datasets: this.datasets,
      meta
    };
    for (const f of this.created) if (!this.synced.has(f) && existsSync6(join10(this.store.dir, f))) fsyncPath(join10(this.store.dir, f));
    writeManifest(this.store.manifestPath, manifest);
    this.committed = true;
    for (const f of this.superseded) rmSync3(join10(this.store.dir, f), { force: true });
    return manifest;
  }
  /**
   * Flushes the files written so far to disk, several at a time (commit then only fsyncs the
   * manifest and what was written after): an incremental run writes a few dozen small files.
   */
  async flush() {
    const pending = this.created.filter((f) => !this.synced.has(f) && existsSync6(join10(this.store.dir, f)));
    await Promise.all(
      pending.map(async (f) => {
        const h = await open(join10(this.store.dir, f), "r");
        try {
          await h.sync();
        } finally {
          await h.close();
        }
        this.synced.add(f);
      })
    );
  }
  /** Abandons the transaction, deleting the files it wrote (a no-op after commit). */
  abort() {
    if (this.committed) return;
    for (const f of this.created) rmSync3(join10(this.store.dir, f), { force: true });
  }
  get baseGeneration() {
    return this.base?.generation ?? 0;
  }
};

// src/publish/replace-folder.ts
import { existsSync as existsSync7, mkdirSync as mkdirSync5, renameSync as renameSync3, rmSync as rmSync4 } from "node:fs";
import { join as join11 } from "node:path";
async function replaceFolder(outDir, name, fill) {
  const target = join11(outDir, name);
  const tmp = join11(outDir, `.${name}.tmp-${process.pid}`);
  rmSync4(tmp, { recursive: true, force: true });
  mkdirSync5(tmp, { recursive: true });
  await fill(tmp);
  const old = join11(outDir, `.${name}.old-${process.pid}`);
  rmSync4(old, { recursive: true, force: true });
  if (existsSync7(target)) renameSync3(target, old);
  renameSync3(tmp, target);
  rmSync4(old, { recursive: true, force: true });
}

// src/publish/run-tables.ts
import { createHash as createHash3 } from "node:crypto";
import { mkdirSync as mkdirSync6, readdirSync as readdirSync4, readFileSync as readFileSync6, renameSync as renameSync4, rmSync as rmSync5, writeFileSync as writeFileSync4 } from "node:fs";
import { join as join12 } from "node:path";
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";
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
var DELTA_COLUMNS = [
  "nodes_added",
  "nodes_removed",
  "nodes_changed",
  "nodes_moved",
  "edges_added",
  "edges_removed",
  "edges_changed",
  "props_added",
  "props_removed",
  "props_changed"
];
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
    ["new_sha256", "VARCHAR"],
    // The file's rows in the run's delta (report.json `delta`); NULL in a full build.
    ...DELTA_COLUMNS.map((c) => [c, "INTEGER"])
  ],
  sortKey: ["path"]
};
var RUN_TABLES = [SNAPSHOT_TABLE.name, DIFF_REPORT_TABLE.name];
function unchangedRows(snapshot, next) {
  const entries = [...snapshot.values()].map((e) => ({
    path: e.path,
    status: "unchanged",
    old_path: null,
    reason: !(next.git && next.dirty.has(e.path)) ? next.git ? "not in git's change list" : "same size and mtime" : e.status === "ok" ? "content hash unchanged" : `${e.status}, same size and mtime`,
    old_sha256: e.sha256,
    new_sha256: e.sha256
  }));
  return diffReportRows({ snapshot, previous: snapshot, changes: { entries }, fullReason: "", delta: /* @__PURE__ */ new Map() });
}
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
    const row = rows[rows.length - 1];
    const counts = [inp.delta?.get(e.path), e.old_path === null ? void 0 : inp.delta?.get(e.old_path)];
    for (const c of DELTA_COLUMNS) row[c] = inp.delta ? counts.reduce((n, d) => n + (d?.[c] ?? 0), 0) : null;
  }
  return rows.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function snapshotRows(s) {
  return [...s.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map((e) => ({ file_id: e.file_id, path: e.path, size_bytes: e.size_bytes, mtime_ns: e.mtime_ns, sha256: e.sha256, status: e.status }));
}
async function toParquet(spec, rows, rowsHash) {
  const { loadParquetWriter: loadParquetWriter2, rowsToParquet: rowsToParquet2 } = await import("./chunk-AF36ZLWV.js");
  setFlagsFromString2("--liftoff-only");
  try {
    await loadParquetWriter2();
  } finally {
    setFlagsFromString2("--no-liftoff-only");
  }
  const b = new RowBuilder(spec);
  for (const r of rows) {
    const cells = {};
    for (const [name, type] of spec.columns) {
      const v = r[name] ?? null;
      cells[name] = type === "BIGINT" && typeof v === "string" ? decimalToId64(v) : v;
    }
    b.add(cells);
  }
  return rowsToParquet2(b, /* @__PURE__ */ new Map([[ROWS_HASH_KEY, rowsHash]]));
}
function jsonLines(spec, rows) {
  const keys = spec.columns.map(([n]) => `${JSON.stringify(n)}:`);
  const cell = (v, type) => {
    if (v === null || v === void 0) return "null";
    if (type === "BIGINT" && typeof v === "string" && /^-?\d+$/.test(v)) return v;
    return JSON.stringify(v);
  };
  return rows.map((r) => `{${spec.columns.map(([n, t], i) => `${keys[i]}${cell(r[n] ?? null, t)}`).join(",")}}
`).join("");
}
function rowsHashOf(spec, text2) {
  return createHash3("sha256").update(JSON.stringify(spec.columns)).update("\n").update(text2).digest("hex");
}
async function toParquetWithDb(db, spec, text2, rowsHash, scratch) {
  const out = `${scratch}.parquet`;
  writeFileSync4(scratch, text2);
  try {
    await db.exec(
      `COPY (SELECT * FROM ${jsonRelation([scratch], spec.columns)} ORDER BY ${spec.sortKey.map(sqlIdent).join(", ")}) TO ${sqlString(out)} (FORMAT parquet, COMPRESSION snappy, KV_METADATA {${sqlString(ROWS_HASH_KEY)}: ${sqlString(rowsHash)}})`
    );
    return readFileSync6(out);
  } finally {
    rmSync5(scratch, { force: true });
    rmSync5(out, { force: true });
  }
}
function decimalToId64(s) {
  const v = BigInt.asUintN(64, BigInt(s));
  return { lo: Number(v & 0xffffffffn) | 0, hi: Number(v >> 32n) | 0 };
}
async function writeRunTables(outDir, stateDir, inp, db = null) {
  const written = {};
  const tables = [
    [SNAPSHOT_TABLE, () => snapshotRows(inp.snapshot)],
    [DIFF_REPORT_TABLE, () => diffReportRows(inp)]
  ];
  const runDir = join12(stateDir, "run");
  mkdirSync6(runDir, { recursive: true });
  for (const f of readdirSync4(runDir)) if (/\.tmp-\d+(\.parquet)?$/.test(f)) rmSync5(join12(runDir, f), { force: true });
  const lanes = db ? [
    { db, last: null },
    { db: await db.fork(), last: null }
  ] : [];
  const copies = [];
  const copy = (spec, text2, rowsHash, scratch, then) => {
    const lane = lanes[copies.length % lanes.length];
    const run = async () => {
      await then(await toParquetWithDb(lane.db, spec, text2, rowsHash, scratch));
    };
    const task = lane.last ? lane.last.catch(() => void 0).then(run) : run();
    lane.last = task;
    copies.push(task);
  };
  for (const [spec, rowsOf] of tables) {
    const rows = rowsOf();
    const stateFile = join12(runDir, `${spec.name}.parquet`);
    const target = join12(outDir, spec.name);
    const outFile = join12(target, "part-00000.parquet");
    written[spec.name] = target;
    const text2 = jsonLines(spec, rows);
    const rowsHash = rowsHashOf(spec, text2);
    const nextFile = join12(runDir, `${spec.name}.next.parquet`);
    const place = async (bytes) => {
      writeFileSync4(`${stateFile}.tmp-${process.pid}`, bytes);
      renameSync4(`${stateFile}.tmp-${process.pid}`, stateFile);
      await replaceFolder(outDir, spec.name, (tmp) => writeFileSync4(join12(tmp, "part-00000.parquet"), bytes));
    };
    if (!writtenFrom(stateFile, outFile, rowsHash)) {
      if (db) copy(spec, text2, rowsHash, join12(runDir, `${spec.name}.jsonl.tmp-${process.pid}`), place);
      else await place(preparedFor(nextFile, rowsHash) ?? await toParquet(spec, rows, rowsHash));
    }
    rmSync5(nextFile, { force: true });
    if (db && inp.next && spec.name === DIFF_REPORT_TABLE.name) {
      const nextRows = unchangedRows(inp.snapshot, inp.next);
      const nextText = jsonLines(spec, nextRows);
      const nextHash = rowsHashOf(spec, nextText);
      if (nextHash !== rowsHash)
        copy(spec, nextText, nextHash, join12(runDir, `${spec.name}.next.jsonl.tmp-${process.pid}`), (bytes) => {
          writeFileSync4(`${nextFile}.tmp-${process.pid}`, bytes);
          renameSync4(`${nextFile}.tmp-${process.pid}`, nextFile);
        });
    }
  }
  const settled = await Promise.allSettled(copies);
  lanes[1]?.db.close();
  const failed = settled.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
  return written;
}
function preparedFor(file, rowsHash) {
  let b;
  try {
    b = readFileSync6(file);
  } catch {
    return null;
  }
  if (b.length < 12 || b.toString("latin1", b.length - 4) !== "PAR1") return null;
  const footerLen = b.readUInt32LE(b.length - 8);
  if (footerLen > b.length - 12) return null;
  const footer = b.subarray(b.length - 8 - footerLen, b.length - 8);
  return footer.includes(ROWS_HASH_KEY) && footer.includes(rowsHash) ? b : null;
}
var ROWS_HASH_KEY = "pycpg.rows_sha256";
function writtenFrom(stateFile, outFile, rowsHash) {
  let a;
  let b;
  try {
    a = readFileSync6(stateFile);
    b = readFileSync6(outFile);
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
  mkdirSync7(outDir, { recursive: true });
  removeStaleTemps(outDir, specs);
  const written = {};
  let ownDb = null;
  try {
    for (const spec of specs) {
      const target = join13(outDir, spec.name);
      const files = store.filesOf(manifest, spec.name);
      const entry = manifest.datasets[spec.name];
      const masked = hasDeletions(entry);
      written[spec.name] = target;
      if (!masked && alreadyLinked(target, files)) continue;
      await replaceFolder(outDir, spec.name, async (tmp) => {
        if (files.length === 0) {
          const q = db ?? (ownDb ??= await openDb(1));
          await q.exec(`COPY (SELECT * FROM ${parquetRelation([], spec.columns)}) TO ${sqlString(join13(tmp, "part-empty.parquet"))} (FORMAT parquet)`);
        }
        let i = 0;
        const partName = () => join13(tmp, `part-${String(i++).padStart(5, "0")}.parquet`);
        for (const k of Object.keys(entry?.buckets ?? {}).sort((a, b) => Number(a) - Number(b))) {
          const bucket = entry?.buckets[k];
          if (!bucket) continue;
          if (Object.values(bucket.deleted ?? {}).some((l) => l.length > 0)) {
            const q = db ?? (ownDb ??= await openDb(1));
            const rel = relationOf(store.dir, entry, spec, { keys: /* @__PURE__ */ new Set([Number(k)]) });
            await q.exec(`COPY (SELECT * FROM ${rel}) TO ${sqlString(partName())} (FORMAT parquet, COMPRESSION zstd)`);
            continue;
          }
          for (const f of bucket.files) {
            const abs = join13(store.dir, f);
            const part = partName();
            try {
              linkSync(abs, part);
            } catch {
              copyFileSync(abs, part);
            }
          }
        }
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
    entries = readdirSync5(target);
  } catch {
    return false;
  }
  if (entries.length !== files.length) return false;
  for (let i = 0; i < files.length; i++) {
    const part = statSync5(join13(target, `part-${String(i).padStart(5, "0")}.parquet`), { throwIfNoEntry: false });
    const src = statSync5(files[i], { throwIfNoEntry: false });
    if (!part || !src || part.ino !== src.ino || part.dev !== src.dev) return false;
  }
  return true;
}
function removeStaleTemps(outDir, specs) {
  const names = /* @__PURE__ */ new Set([...specs.map((s) => s.name), ...RUN_TABLES]);
  for (const entry of readdirSync5(outDir)) {
    const m = /^(?:\.(.+)\.(?:tmp|old)|report\.(?:json|md)\.tmp)-(\d+)$/.exec(entry);
    if (!m || m[1] !== void 0 && !names.has(m[1])) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && processGone(pid)) rmSync6(join13(outDir, entry), { recursive: true, force: true });
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
  return `read_parquet(${sqlString(join13(outDir, table2, "*.parquet"))})`;
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

// src/report/import-roots-report.ts
var MAX_AMBIGUITY_NOTES = 50;
async function importRootsSection(db, config) {
  const declared = new Set(config.roots.map((r) => r.dir));
  const inferred = (await db.rows("SELECT DISTINCT unnest(search_path[2:]) AS dir FROM module_index ORDER BY 1")).map((r) => r.dir).filter((d) => !declared.has(d) && d !== "" && d !== "src" && d !== "..");
  const rows = await db.rows(`
    WITH mi AS (SELECT file_id, path, module, root, search_path, importable FROM module_index),
    provided AS (SELECT module, root, min(path) AS path FROM mi WHERE importable AND module <> '' GROUP BY ALL),
    multi AS (SELECT module FROM provided GROUP BY module HAVING count(*) > 1),
    res AS (
      SELECT im.file_id, im.module, tf.path AS chosen, tf.root AS chosen_root
      FROM import_modules im JOIN mi tf ON tf.file_id = im.target_file_id
      WHERE im.target_kind = 'MODULE' AND im.module IN (SELECT module FROM multi)
    )
    SELECT r.module, r.chosen, list(DISTINCT p.path ORDER BY p.path) AS shadowed, count(DISTINCT r.file_id) AS importers, min(f.path) AS example
    FROM res r JOIN mi f ON f.file_id = r.file_id
    JOIN provided p ON p.module = r.module AND p.root <> r.chosen_root AND list_contains(f.search_path, p.root)
    GROUP BY r.module, r.chosen
    ORDER BY r.module, r.chosen`);
  const ambiguity = rows.slice(0, MAX_AMBIGUITY_NOTES).map((r) => ({
    code: "ambiguous-module",
    severity: "note",
    path: r.chosen,
    message: `module ${r.module} is provided by more than one import root: ${Number(r.importers)} importer(s) (e.g. ${r.example}) resolve it to ${r.chosen}, first on their search path, over ${[...r.shadowed].join(", ")}`
  }));
  return {
    roots: config.roots.map((r) => ({ dir: r.dir, project: r.project, source: r.source })),
    inferred,
    notes: [...config.notes, ...ambiguity],
    ambiguous_modules: rows.length
  };
}

// src/report/write-reports.ts
import { mkdirSync as mkdirSync8, renameSync as renameSync5, writeFileSync as writeFileSync5 } from "node:fs";
import { join as join14 } from "node:path";

// src/report/render-markdown.ts
function table(rows, head) {
  return [`| ${head[0]} | ${head[1]} |`, "|---|---:|", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}
function escapeCell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function scipLines(s) {
  if (s.status === "failed")
    return [
      `**Built without the SCIP layer** (${s.failure ?? "failed"}): ${escapeCell(s.reason ?? "")}.${s.log ? ` scip-python's output: \`${s.log}\`.` : ""}`
    ];
  const out = [
    `${s.documents} documents (${s.occurrences} occurrences) from ${s.source === "file" ? `\`${s.index_path}\`` : `scip-python (${s.index_seconds} s, heap ${s.heap_mb} MB)`}${s.changed_documents != null ? `; ${s.changed_documents} changed since the previous build` : ""}; ${s.converted_documents} converted in ${s.ingest_ms} ms.`
  ];
  if (s.unmatched_count)
    out.push("", `${s.unmatched_count} documents name files the build does not have (skipped), e.g. \`${escapeCell(s.unmatched_documents?.[0] ?? "")}\`.`);
  if (s.alignment) out.push("", table(Object.entries(s.alignment), ["aligned sites: resolvers", "sites"]));
  if (s.disagreements?.length) {
    out.push("", "Where the syntactic resolver and SCIP disagree (first ones; all in `scip_alignment WHERE agreement = 'disagree'`):", "");
    out.push("| file | line | site | syntactic | SCIP |", "|---|---:|---|---|---|");
    for (const d of s.disagreements)
      out.push(
        `| ${escapeCell(d.path)} | ${d.line} | ${d.site_kind} \`${escapeCell(d.name)}\` | ${escapeCell(d.syntactic ?? "")} | ${escapeCell(d.scip ?? "")} |`
      );
  }
  return out;
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
    lines.push("", "## Impacted files", "", "| path | why | graph |", "|---|---|---|");
    const graph = (g) => g === void 0 ? "" : g ? "changed" : "the same (rechecked)";
    for (const i of r.impacted) lines.push(`| ${escapeCell(i.path)} | ${escapeCell(i.reasons.join("; "))} | ${graph(i.graph_changed)} |`);
  }
  if (r.scip && r.scip.status !== "off") lines.push("", "## SCIP layer", "", ...scipLines(r.scip));
  lines.push("", `## Diagnostics (${r.diagnostics.total})`, "");
  if (r.diagnostics.total === 0) lines.push("None.");
  else {
    lines.push("| file | line | code | message |", "|---|---:|---|---|");
    for (const d of r.diagnostics.shown) lines.push(`| ${escapeCell(d.path)} | ${d.line} | ${d.code} | ${escapeCell(d.message)} |`);
    if (r.diagnostics.total > r.diagnostics.shown.length)
      lines.push("", `…and ${r.diagnostics.total - r.diagnostics.shown.length} more (query \`cpg_nodes WHERE kind = 'DIAGNOSTIC'\`).`);
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
function writeAtomic(path, text2) {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync5(tmp, text2);
  renameSync5(tmp, path);
}
function writeReports(outDir, report) {
  mkdirSync8(outDir, { recursive: true });
  writeAtomic(join14(outDir, "report.json"), `${JSON.stringify(report, null, 2)}
`);
  writeAtomic(join14(outDir, "report.md"), renderMarkdown(report));
}

// src/rules/import-roots-table.ts
async function bindImportRoots(db, roots) {
  await db.exec("CREATE OR REPLACE TABLE import_roots (project VARCHAR, dir VARCHAR, ord INTEGER, source VARCHAR)");
  if (roots.length > 0)
    await db.exec(
      `INSERT INTO import_roots VALUES ${roots.map((r) => `(${sqlString(r.project)}, ${sqlString(r.dir)}, ${r.ord}, ${sqlString(r.source)})`).join(", ")}`
    );
}

// src/rules/rule-registry.ts
import { createHash as createHash4 } from "node:crypto";
import { existsSync as existsSync8, readdirSync as readdirSync6, readFileSync as readFileSync7 } from "node:fs";
import { fileURLToPath as fileURLToPath4 } from "node:url";
function datasetsRead(sql, names) {
  const body = sql.replace(/--[^\n]*/g, "");
  const words = new Set(body.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []);
  return [...new Set(names)].filter((n) => words.has(n) || words.has(`in_scope_${n}`) || words.has(`in_scope_old_${n}`)).sort();
}
function orderedAggregates(sql) {
  const body = sql.replace(/--[^\n]*/g, "");
  const re = /\b(list|array_agg|string_agg|group_concat|listagg)\s*\((?:[^()]|\([^()]*\))*?\bORDER\s+BY\b/gi;
  return [...body.matchAll(re)].map((m) => m[0].replace(/\s+/g, " ").slice(0, 60));
}
function defaultRuleDir() {
  return fileURLToPath4(new URL("./sql/", import.meta.url));
}
function parseRule(file, text2) {
  const header = /* @__PURE__ */ new Map();
  let doc = "";
  let lastKey = "";
  for (const line of text2.split("\n")) {
    const m = /^--\s*(rule|output|inputs|split|doc):\s*(.*)$/.exec(line);
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
  if (!/file_allowlist/.test(text2)) throw new Error(`rule ${name} (${file}) must restrict its rows with file_allowlist`);
  const split = header.get("split");
  if (split !== void 0 && split !== "files") throw new Error(`rule ${name} (${file}): "-- split:" takes only "files", not "${split}"`);
  return {
    name,
    output,
    inputs: inputs.split(",").map((s) => s.trim()).filter(Boolean),
    doc,
    sql: text2,
    file,
    splitByFiles: split === "files"
  };
}
function loadRules(known, dir = defaultRuleDir()) {
  const files = readdirSync6(dir).filter((f) => f.endsWith(".sql")).sort();
  const rules = files.map((f) => parseRule(f, readFileSync7(`${dir}/${f}`, "utf8")));
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
    const undeclared = datasetsRead(r.sql, [...available, ...produced]).filter((d) => d !== r.output && !r.inputs.includes(d));
    if (undeclared.length > 0) throw new Error(`rule ${r.name} (${r.file}) reads ${undeclared.join(", ")} without listing it in "-- inputs:"`);
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
  const macroDir = `${dir}/macros`;
  const macros = existsSync8(macroDir) ? readdirSync6(macroDir).filter((f) => f.endsWith(".sql")).sort().map((f) => ({ file: `macros/${f}`, sql: readFileSync7(`${macroDir}/${f}`, "utf8") })) : [];
  for (const [what, sql] of [...rules.map((r) => [`rule ${r.name} (${r.file})`, r.sql]), ...macros.map((m) => [m.file, m.sql])]) {
    const found2 = orderedAggregates(sql);
    if (found2.length > 0) throw new Error(`${what} uses an ordered aggregate (${found2[0]}...): sort the list with list_sort instead, see orderedAggregates`);
  }
  const h = createHash4("sha256");
  for (const r of ordered) h.update(`${r.name}\0${r.sql}\0`);
  for (const m of macros) h.update(`${m.file}\0${m.sql}\0`);
  return { rules: ordered, macros, outputs, fingerprint: h.digest("hex") };
}

// src/rules/run-rules.ts
var IN_SCOPE_PREFIX = "in_scope_";
async function bindDatasetViews(db, txn, specs, prefix = "") {
  if (specs.length === 0) return;
  await db.exec(specs.map((s) => `CREATE OR REPLACE VIEW ${sqlIdent(prefix + s.name)} AS SELECT * FROM ${txn.relation(s)}`).join(";\n"));
}
async function bindScopeViews(db, txn, specs, allowlist, materialize = /* @__PURE__ */ new Set()) {
  const stmts = [];
  for (const s of specs) {
    const name = sqlIdent(IN_SCOPE_PREFIX + s.name);
    if (allowlist === null) stmts.push(`CREATE OR REPLACE VIEW ${name} AS SELECT * FROM ${txn.relation(s)}`);
    else {
      const scope = { buckets: allowlist.buckets, fileIds: allowlist.ids };
      if (materialize.has(s.name)) stmts.push(`DROP VIEW IF EXISTS ${name}`, `CREATE OR REPLACE TABLE ${name} AS SELECT * FROM ${txn.relation(s, scope)}`);
      else stmts.push(`CREATE OR REPLACE VIEW ${name} AS SELECT * FROM ${txn.relation(s, scope)}`);
      stmts.push(`CREATE OR REPLACE VIEW ${sqlIdent(`${IN_SCOPE_PREFIX}old_${s.name}`)} AS SELECT * FROM ${txn.baseRelation(s, scope)}`);
    }
  }
  if (stmts.length > 0) await db.exec(stmts.join(";\n"));
}
function fullBuildParts(buckets) {
  return Math.max(1, Math.floor(buckets / 16));
}
function outputSource(registry, spec) {
  const cols = spec.columns.map(([n]) => sqlIdent(n)).join(", ");
  const rules = registry.rules.filter((r) => r.output === spec.name);
  if (rules.length === 0) throw new Error(`no rule produces ${spec.name}`);
  return rules.map((r) => `SELECT ${cols} FROM (
${r.sql}
)`).join("\nUNION ALL\n");
}
async function runRules(db, txn, registry, specs, opts) {
  const timings = {};
  if (opts.full && (opts.parts ?? 1) > 1 && (opts.forks?.length ?? 0) > 0) throw new Error("runRules: a full build in parts runs on one connection");
  let allowlist = null;
  if (!opts.full) {
    const rows = await db.rows(
      `SELECT DISTINCT CAST(file_id AS VARCHAR) AS id, CAST(file_id & ${txn.buckets - 1} AS INTEGER) AS b FROM file_allowlist WHERE file_id IS NOT NULL ORDER BY 1`
    );
    allowlist = { ids: rows.map((r) => r.id), buckets: new Set(rows.map((r) => Number(r.b))) };
  }
  await bindDatasetViews(
    db,
    txn,
    registry.outputs.map((o) => specs.get(o)).filter((s) => s !== void 0)
  );
  const rewrites = new Set(registry.outputs.filter((o) => !opts.skip?.has(o)));
  const ruleSql = [...registry.rules.map((r) => r.sql), ...registry.macros.map((m) => m.sql)];
  const fixedInputs = new Set([...specs.keys()].filter((n) => !rewrites.has(n) && ruleSql.some((sql) => sql.includes(IN_SCOPE_PREFIX + n))));
  await bindScopeViews(
    db,
    txn,
    [...specs.values()].filter((s) => allowlist === null || !rewrites.has(s.name)),
    allowlist,
    fixedInputs
  );
  for (const m of registry.macros) await db.exec(m.sql);
  const runOne = async (lane, output) => {
    const t0 = performance.now();
    const spec = specs.get(output);
    if (!spec) throw new Error(`no dataset spec for rule output ${output}`);
    if (allowlist === null) {
      const parts = opts.parts ?? 1;
      if (parts > 1 && registry.rules.every((r) => r.output !== output || r.splitByFiles)) await writeInParts(lane, output, parts);
      else await txn.upsert(spec, outputSource(registry, spec), null, { db: lane, stream: true });
      await bindScopeViews(lane, txn, [spec], null);
    } else {
      const keep = { fresh: IN_SCOPE_PREFIX + spec.name, old: `${IN_SCOPE_PREFIX}old_${spec.name}` };
      await txn.upsert(spec, outputSource(registry, spec), allowlist.ids, { db: lane, keep });
    }
    await bindDatasetViews(lane, txn, [spec]);
    timings[output] = performance.now() - t0;
    opts.onOutput?.(output);
  };
  const writeInParts = async (lane, output, parts) => {
    const spec = specs.get(output);
    await lane.exec("ALTER TABLE file_allowlist RENAME TO file_allowlist_whole");
    try {
      for (let k = 0; k < parts; k++) {
        const buckets = new Set(Array.from({ length: txn.buckets }, (_, b) => b).filter((b) => (b & parts - 1) === k));
        await lane.exec(`CREATE OR REPLACE TABLE file_allowlist AS SELECT file_id FROM file_allowlist_whole WHERE (file_id & ${parts - 1}) = ${k}`);
        await bindScopeViews(lane, txn, [...specs.values()], { ids: null, buckets });
        await txn.upsert(spec, outputSource(registry, spec), null, { db: lane, part: { index: k, count: parts }, stream: true });
      }
    } finally {
      await lane.exec("DROP TABLE IF EXISTS file_allowlist; ALTER TABLE file_allowlist_whole RENAME TO file_allowlist");
      await bindScopeViews(lane, txn, [...specs.values()], null);
    }
  };
  const todo = registry.outputs.filter((o) => !opts.skip?.has(o));
  await schedule(todo, ruleDependencies(registry, todo), [db, ...opts.forks ?? []], runOne);
  return timings;
}
function ruleDependencies(registry, todo) {
  const pending = new Set(todo);
  const deps = /* @__PURE__ */ new Map();
  for (const o of todo) deps.set(o, /* @__PURE__ */ new Set());
  for (const r of registry.rules) {
    if (!pending.has(r.output)) continue;
    for (const i of r.inputs) if (i !== r.output && pending.has(i)) deps.get(r.output)?.add(i);
  }
  return deps;
}
async function schedule(items, deps, lanes, run) {
  const chain = /* @__PURE__ */ new Map();
  const depth = (item) => {
    const known = chain.get(item);
    if (known !== void 0) return known;
    let d = 1;
    for (const [o, ds] of deps) if (ds.has(item)) d = Math.max(d, 1 + depth(o));
    chain.set(item, d);
    return d;
  };
  const order = [...items].sort((a, b) => depth(b) - depth(a) || items.indexOf(a) - items.indexOf(b));
  const done = /* @__PURE__ */ new Set();
  const started = /* @__PURE__ */ new Set();
  let failure = null;
  let wake = null;
  const next = () => {
    const waiting = order.filter((o) => !started.has(o));
    if (waiting.length === 0) return void 0;
    return waiting.find((o) => [...deps.get(o) ?? []].every((d) => done.has(d))) ?? null;
  };
  await Promise.all(
    lanes.map(async (lane) => {
      for (; ; ) {
        if (failure) return;
        const item = next();
        if (item === void 0) return;
        if (item === null) {
          await new Promise((resolve4) => {
            const prev = wake;
            wake = () => {
              prev?.();
              resolve4();
            };
          });
          continue;
        }
        started.add(item);
        try {
          await run(lane, item);
          done.add(item);
        } catch (err) {
          failure ??= { err };
        }
        const w = wake;
        wake = null;
        w?.();
      }
    })
  );
  if (failure) throw failure.err;
}

// src/scip/scip-tables.ts
var SPAN2 = [
  ["bstart", "INTEGER"],
  ["bend", "INTEGER"],
  ["start_line", "INTEGER"],
  ["start_col", "INTEGER"],
  ["end_line", "INTEGER"],
  ["end_col", "INTEGER"]
];
var SCIP_DOCUMENTS = {
  name: "scip_documents",
  columns: [
    ["file_id", "BIGINT"],
    ["path", "VARCHAR"],
    ["fingerprint", "VARCHAR"],
    ["language", "VARCHAR"],
    ["position_encoding", "INTEGER"],
    ["occurrences", "INTEGER"],
    ["symbols", "INTEGER"],
    ["bytes", "INTEGER"]
  ]
};
var SCIP_OCCURRENCES = {
  name: "scip_occurrences",
  columns: [
    ["file_id", "BIGINT"],
    ["ordinal", "INTEGER"],
    ["symbol", "VARCHAR"],
    ["roles", "INTEGER"],
    ["syntax_kind", "INTEGER"],
    ["is_definition", "BOOLEAN"],
    ["is_local", "BOOLEAN"],
    ...SPAN2
  ]
};
var SCIP_SYMBOLS = {
  name: "scip_symbols",
  columns: [
    ["file_id", "BIGINT"],
    ["symbol", "VARCHAR"],
    ["kind", "INTEGER"],
    ["display_name", "VARCHAR"],
    ["enclosing_symbol", "VARCHAR"],
    ["documentation", "VARCHAR"],
    ["ordinal", "INTEGER"]
  ]
};
var SCIP_RELATIONSHIPS = {
  name: "scip_relationships",
  columns: [
    ["file_id", "BIGINT"],
    ["symbol", "VARCHAR"],
    ["target_symbol", "VARCHAR"],
    ["is_reference", "BOOLEAN"],
    ["is_implementation", "BOOLEAN"],
    ["is_type_definition", "BOOLEAN"],
    ["is_definition", "BOOLEAN"],
    ["ordinal", "INTEGER"]
  ]
};
var SCIP_DIAGNOSTICS = {
  name: "scip_diagnostics",
  columns: [
    ["file_id", "BIGINT"],
    ["occurrence", "INTEGER"],
    ["ordinal", "INTEGER"],
    ["severity", "INTEGER"],
    ["code", "VARCHAR"],
    ["message", "VARCHAR"],
    ["source", "VARCHAR"],
    ...SPAN2
  ]
};
var SCIP_TABLES = [SCIP_DOCUMENTS, SCIP_OCCURRENCES, SCIP_SYMBOLS, SCIP_RELATIONSHIPS, SCIP_DIAGNOSTICS];
function dataset(t) {
  return { name: t.name, columns: t.columns, partitionColumn: "file_id" };
}
var SCIP_DATASETS = SCIP_TABLES.map(dataset);
var SCIP_PUBLISHED = SCIP_DATASETS.filter((d) => d.name === "scip_occurrences" || d.name === "scip_symbols");

// src/pipeline/scip-report.ts
import { rmSync as rmSync7 } from "node:fs";
import { join as join15 } from "node:path";
var SCIP_OUTPUTS = [...SCIP_PUBLISHED, SCIP_ALIGNMENT];
function publishedTables(mode) {
  return mode.kind === "off" ? PUBLISHED : [...PUBLISHED, ...SCIP_OUTPUTS];
}
function removeUnpublished(outDir, mode) {
  if (mode.kind !== "off") return;
  for (const t of SCIP_OUTPUTS) rmSync7(join15(outDir, t.name), { recursive: true, force: true });
}
var MAX_DISAGREEMENTS = 20;
async function scipSummary(db) {
  const counts = await db.rows("SELECT agreement, count(*) AS n FROM scip_alignment GROUP BY 1 ORDER BY 1");
  const rows = await db.rows(`
    SELECT f.path, o.start_line AS line, a.site_kind, a.name,
           sf.path || ':' || sd.start_line || ' ' || sd.local_qname AS syntactic, cf.path || ':' || cd.start_line || ' ' || cd.local_qname AS scip
    FROM scip_alignment a
    JOIN py_files f USING (file_id)
    LEFT JOIN scip_occurrences o ON o.file_id = a.file_id AND o.ordinal = a.occurrence
    LEFT JOIN py_defs sd ON sd.node_id = a.syntactic_target_id
    LEFT JOIN py_files sf ON sf.file_id = sd.file_id
    LEFT JOIN py_defs cd ON cd.node_id = a.scip_target_id
    LEFT JOIN py_files cf ON cf.file_id = cd.file_id
    WHERE a.agreement = 'disagree'
    ORDER BY f.path, a.bstart, a.site_kind
    LIMIT ${MAX_DISAGREEMENTS}`);
  return {
    alignment: Object.fromEntries(counts.map((r) => [r.agreement, Number(r.n)])),
    disagreements: rows.map((r) => ({ ...r, line: Number(r.line) }))
  };
}

// src/pipeline/scip-stage.ts
import { mkdirSync as mkdirSync10, writeFileSync as writeFileSync7 } from "node:fs";
import { join as join17 } from "node:path";

// src/scip/scip-schema.ts
var SCIP_JSON = {
  nested: {
    scip: {
      nested: {
        Index: {
          fields: {
            metadata: { type: "Metadata", id: 1 },
            documents: { rule: "repeated", type: "Document", id: 2 },
            externalSymbols: { rule: "repeated", type: "SymbolInformation", id: 3 }
          }
        },
        Metadata: {
          fields: {
            version: { type: "int32", id: 1 },
            toolInfo: { type: "ToolInfo", id: 2 },
            projectRoot: { type: "string", id: 3 },
            textDocumentEncoding: { type: "int32", id: 4 }
          }
        },
        ToolInfo: {
          fields: {
            name: { type: "string", id: 1 },
            version: { type: "string", id: 2 },
            arguments: { rule: "repeated", type: "string", id: 3 }
          }
        },
        Document: {
          fields: {
            relativePath: { type: "string", id: 1 },
            occurrences: { rule: "repeated", type: "Occurrence", id: 2 },
            symbols: { rule: "repeated", type: "SymbolInformation", id: 3 },
            language: { type: "string", id: 4 },
            text: { type: "string", id: 5 },
            positionEncoding: { type: "int32", id: 6 }
          }
        },
        Occurrence: {
          fields: {
            range: { rule: "repeated", type: "int32", id: 1, options: { packed: true } },
            symbol: { type: "string", id: 2 },
            symbolRoles: { type: "int32", id: 3 },
            overrideDocumentation: { rule: "repeated", type: "string", id: 4 },
            syntaxKind: { type: "int32", id: 5 },
            diagnostics: { rule: "repeated", type: "Diagnostic", id: 6 },
            enclosingRange: { rule: "repeated", type: "int32", id: 7, options: { packed: true } }
          }
        },
        SymbolInformation: {
          fields: {
            symbol: { type: "string", id: 1 },
            documentation: { rule: "repeated", type: "string", id: 3 },
            relationships: { rule: "repeated", type: "Relationship", id: 4 },
            kind: { type: "int32", id: 5 },
            displayName: { type: "string", id: 6 },
            signatureDocumentation: { type: "Document", id: 7 },
            enclosingSymbol: { type: "string", id: 8 }
          }
        },
        Relationship: {
          fields: {
            symbol: { type: "string", id: 1 },
            isReference: { type: "bool", id: 2 },
            isImplementation: { type: "bool", id: 3 },
            isTypeDefinition: { type: "bool", id: 4 },
            isDefinition: { type: "bool", id: 5 }
          }
        },
        Diagnostic: {
          fields: {
            severity: { type: "int32", id: 1 },
            code: { type: "string", id: 2 },
            message: { type: "string", id: 3 },
            source: { type: "string", id: 4 },
            tags: { rule: "repeated", type: "int32", id: 5, options: { packed: true } }
          }
        }
      }
    }
  }
};
var root = null;
async function loadScipSchema() {
  if (root) return;
  const protobuf = cjsExports(await import("./chunk-LVDGTE3G.js"), "Root");
  root ??= protobuf.Root.fromJSON(SCIP_JSON);
}
function scipType(name) {
  if (!root) throw new Error("the SCIP schema is not loaded: await loadScipSchema() before decoding");
  return root.lookupType(`scip.${name}`);
}
var SymbolRole = {
  Definition: 1,
  Import: 2,
  WriteAccess: 4,
  ReadAccess: 8,
  Generated: 16,
  Test: 32,
  ForwardDefinition: 64
};
var PositionEncoding = {
  Unspecified: 0,
  Utf8CodeUnitOffsetFromLineStart: 1,
  Utf16CodeUnitOffsetFromLineStart: 2,
  Utf32CodeUnitOffsetFromLineStart: 3
};

// src/scip/decode-scip-index.ts
var ScipDecodeError = class extends Error {
};
function normalizeRange(r, where = "range") {
  if (r.length === 3) return { startLine: r[0], startChar: r[1], endLine: r[0], endChar: r[2] };
  if (r.length === 4) return { startLine: r[0], startChar: r[1], endLine: r[2], endChar: r[3] };
  throw new ScipDecodeError(`${where}: a SCIP range has 3 or 4 elements, got ${r.length}`);
}
function toSymbol(s) {
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
      isDefinition: r.isDefinition ?? false
    }))
  };
}
function toDocument(d) {
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
      diagnostics: (o.diagnostics ?? []).map((d2) => ({ severity: d2.severity ?? 0, code: d2.code ?? "", message: d2.message ?? "", source: d2.source ?? "" }))
    })),
    symbols: (d.symbols ?? []).map(toSymbol)
  };
}
function decodeScipDocument(bytes) {
  return toDocument(scipType("Document").decode(bytes));
}
function decodeScipMetadata(bytes) {
  return toMetadata(scipType("Metadata").decode(bytes));
}
function toMetadata(m) {
  return {
    version: m.version ?? 0,
    toolName: m.toolInfo?.name ?? "",
    toolVersion: m.toolInfo?.version ?? "",
    toolArguments: m.toolInfo?.arguments ?? [],
    projectRoot: m.projectRoot ?? "",
    textDocumentEncoding: m.textDocumentEncoding ?? 0
  };
}
function isLocalSymbol(symbol) {
  return symbol.startsWith("local ");
}

// src/scip/ingest-scip.ts
import { createHash as createHash5 } from "node:crypto";
import { mkdirSync as mkdirSync9, readFileSync as readFileSync8, writeFileSync as writeFileSync6 } from "node:fs";
import { join as join16 } from "node:path";

// src/scip/position-units.ts
function positionUnitOf(positionEncoding) {
  switch (positionEncoding) {
    case PositionEncoding.Utf8CodeUnitOffsetFromLineStart:
      return "utf8";
    case PositionEncoding.Utf32CodeUnitOffsetFromLineStart:
      return "utf32";
    default:
      return "utf16";
  }
}
function seqLength(b) {
  if (b < 192) return 1;
  if (b < 224) return 2;
  if (b < 240) return 3;
  return 4;
}
var ScipPositionMapper = class {
  constructor(bytes) {
    this.bytes = bytes;
    this.bom = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
    const starts = [0];
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) starts.push(i + 1);
    this.starts = starts;
  }
  bytes;
  starts;
  bom;
  /** Number of lines ("\n"-separated; a final line without newline counts). */
  get lineCount() {
    return this.starts.length;
  }
  /**
   * The byte position of character `char` (counted in `unit`) on 0-based `line`, or null when the
   * line does not exist. A character past the end of the line clamps to the line's end; a position
   * inside a multi-unit character (half a surrogate pair) maps to that character's first byte.
   */
  toBytes(line, char, unit) {
    if (line < 0 || line >= this.starts.length || char < 0) return null;
    const lineStart = this.starts[line] + (line === 0 ? this.bom : 0);
    const next = line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.bytes.length;
    let i = lineStart;
    let units = 0;
    while (i < next && units < char) {
      const b = this.bytes[i];
      const len = Math.min(seqLength(b), next - i);
      const step = unit === "utf8" ? len : unit === "utf16" ? len === 4 ? 2 : 1 : 1;
      if (units + step > char) break;
      units += step;
      i += len;
    }
    return { offset: i, line: line + 1, col: i - this.starts[line] };
  }
};

// src/scip/read-scip-index.ts
import { closeSync as closeSync2, fstatSync, openSync as openSync2, readSync as readSync2 } from "node:fs";
var FileCursor = class {
  // file offset of buf[end]
  constructor(fd, size) {
    this.fd = fd;
    this.size = size;
  }
  fd;
  size;
  buf = new Uint8Array(1 << 20);
  start = 0;
  // offset in buf of the next unread byte
  end = 0;
  // offset in buf past the last valid byte
  filePos = 0;
  /** File offset of the next unread byte. */
  get offset() {
    return this.filePos - (this.end - this.start);
  }
  /** Makes at least `n` unread bytes available (fewer only at the end of the file); returns how many are. */
  fill(n) {
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
      const got = readSync2(this.fd, this.buf, this.end, this.buf.length - this.end, this.filePos);
      if (got === 0) break;
      this.end += got;
      this.filePos += got;
    }
    return this.end - this.start;
  }
  atEnd() {
    return this.fill(1) === 0;
  }
  varint(what) {
    const at = this.offset;
    this.fill(10);
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.start >= this.end) throw new ScipDecodeError(`truncated at byte ${this.offset}: the file ends inside the ${what} that starts at byte ${at}`);
      const b = this.buf[this.start++];
      result += (b & 127) * mul;
      if ((b & 128) === 0) {
        if (result > Number.MAX_SAFE_INTEGER) throw new ScipDecodeError(`corrupt at byte ${at}: the ${what} is too large (${result})`);
        return result;
      }
      mul *= 128;
    }
    throw new ScipDecodeError(`corrupt at byte ${at}: the ${what} is longer than 10 bytes`);
  }
  /** The next `n` bytes (a view into the buffer, valid until the next read). */
  bytes(n, what) {
    const at = this.offset;
    if (at + n > this.size)
      throw new ScipDecodeError(`truncated at byte ${this.size}: the ${what} at byte ${at} announces ${n} bytes but the file has ${this.size - at} left`);
    this.fill(n);
    const out = this.buf.subarray(this.start, this.start + n);
    this.start += n;
    return out;
  }
  skip(n, what) {
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
};
var FIELD_NAMES = { 1: "metadata", 2: "document", 3: "external symbol" };
async function readScipIndex(path, visitor) {
  await loadScipSchema();
  const fd = openSync2(path, "r");
  try {
    const size = fstatSync(fd).size;
    const cur = new FileCursor(fd, size);
    let documents = 0;
    let externalSymbols = 0;
    let largest = 0;
    while (!cur.atEnd()) {
      const at = cur.offset;
      const tag = cur.varint("field tag");
      const field2 = Math.floor(tag / 8);
      const wire = tag & 7;
      if (field2 === 0) throw new ScipDecodeError(`corrupt at byte ${at}: field number 0 is not valid protobuf (is this a SCIP index?)`);
      const name = FIELD_NAMES[field2] ?? `field ${field2}`;
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
          if (field2 === 2) {
            const raw = cur.bytes(len, name);
            let doc;
            try {
              doc = decodeScipDocument(raw);
            } catch (err) {
              throw new ScipDecodeError(`corrupt document at byte ${off} (${len} bytes): ${err.message}`);
            }
            documents++;
            largest = Math.max(largest, len);
            await visitor.onDocument(doc, raw, off);
          } else if (field2 === 1 && visitor.onMetadata) {
            const raw = cur.bytes(len, name);
            try {
              visitor.onMetadata(decodeScipMetadata(raw));
            } catch (err) {
              throw new ScipDecodeError(`corrupt metadata at byte ${off}: ${err.message}`);
            }
          } else {
            if (field2 === 3) externalSymbols++;
            cur.skip(len, name);
          }
          break;
        }
        default:
          throw new ScipDecodeError(`corrupt at byte ${at}: wire type ${wire} of field ${field2} is not valid in a SCIP index`);
      }
    }
    return { bytes: size, documents, externalSymbols, largestDocument: largest };
  } finally {
    closeSync2(fd);
  }
}

// src/scip/ingest-scip.ts
var FLUSH_ROWS = 2e5;
function documentFingerprint(raw) {
  return createHash5("sha256").update(raw).digest("hex").slice(0, 32);
}
async function ingestScipIndex(opts) {
  await loadParquetWriter();
  mkdirSync9(opts.stagingDir, { recursive: true });
  const builders = new Map(SCIP_TABLES.map((t) => [t.name, new RowBuilder(t)]));
  const staged = new Map(SCIP_TABLES.map((t) => [t.name, []]));
  let seq = 0;
  const flush = (t, force = false) => {
    const b = builders.get(t.name);
    if (b.rows === 0 || !force && b.rows < FLUSH_ROWS) return;
    const path = join16(opts.stagingDir, `${t.name}-${seq++}.parquet`);
    writeFileSync6(path, rowsToParquet(b));
    staged.get(t.name).push(path);
    builders.set(t.name, new RowBuilder(t));
  };
  const changed = /* @__PURE__ */ new Set();
  const converted = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const unmatched = [];
  let documents = 0;
  let occurrences = 0;
  let unmapped = 0;
  const stats = await readScipIndex(opts.indexPath, {
    onDocument(doc, raw) {
      occurrences += doc.occurrences.length;
      const file = opts.files.get(doc.relativePath);
      if (!file || seen.has(file.key)) {
        if (unmatched.length < 1e3) unmatched.push(doc.relativePath);
        return;
      }
      seen.add(file.key);
      documents++;
      const fp = documentFingerprint(raw);
      const differs = opts.previous.get(file.key) !== fp;
      if (differs) changed.add(file.key);
      if (!opts.all && !differs && !opts.force.has(file.key)) return;
      converted.add(file.key);
      unmapped += addDocumentRows(builders, doc, file, fp, raw.length, readFileSync8(file.absPath));
      for (const t of SCIP_TABLES) flush(t);
    }
  });
  for (const key2 of opts.previous.keys()) if (!seen.has(key2)) changed.add(key2);
  for (const t of SCIP_TABLES) flush(t, true);
  return { stats, staged, changed, converted, documents, occurrences, unmatched, unmapped };
}
function addDocumentRows(builders, doc, file, fp, bytes, text2) {
  const mapper = new ScipPositionMapper(text2);
  const unit = positionUnitOf(doc.positionEncoding);
  const span = (r2) => {
    const s = mapper.toBytes(r2.startLine, r2.startChar, unit);
    const e = mapper.toBytes(r2.endLine, r2.endChar, unit);
    return s && e ? spanCells(s, e) : null;
  };
  let unmapped = 0;
  const occ = builders.get(SCIP_OCCURRENCES.name);
  const diag = builders.get(SCIP_DIAGNOSTICS.name);
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
      ...cells
    });
    o.diagnostics.forEach((d, k) => {
      diag.add({ file_id: file.id, occurrence: i, ordinal: k, severity: d.severity, code: d.code, message: d.message, source: d.source, ...cells });
    });
  });
  const sym = builders.get(SCIP_SYMBOLS.name);
  const rel = builders.get(SCIP_RELATIONSHIPS.name);
  let r = 0;
  doc.symbols.forEach((s, i) => {
    sym.add({
      file_id: file.id,
      symbol: s.symbol,
      kind: s.kind,
      display_name: s.displayName,
      enclosing_symbol: s.enclosingSymbol,
      documentation: s.documentation.join("\n\n"),
      ordinal: i
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
        ordinal: r++
      });
  });
  builders.get(SCIP_DOCUMENTS.name).add({
    file_id: file.id,
    path: doc.relativePath,
    fingerprint: fp,
    language: doc.language,
    position_encoding: doc.positionEncoding,
    occurrences: doc.occurrences.length,
    symbols: doc.symbols.length,
    bytes
  });
  return unmapped;
}
function spanCells(s, e) {
  return { bstart: s.offset, bend: e.offset, start_line: s.line, start_col: s.col, end_line: e.line, end_col: e.col };
}

// src/pipeline/scip-stage.ts
async function runScipStage(db, txn, input) {
  const t0 = performance.now();
  const report = { mode: input.mode.kind, status: "off", failure: null, reason: null };
  if (input.mode.kind === "off" || input.obtained === null) return { report, scipChanged: [] };
  const obtained = await input.obtained;
  const tIngest = performance.now();
  report.index_seconds = Math.round(obtained.seconds * 10) / 10;
  if (obtained.output) {
    const log = join17(input.outDir, "scip-python.log");
    mkdirSync10(input.outDir, { recursive: true });
    writeFileSync7(log, obtained.output);
    report.log = log;
    const lines = obtained.output.split("\n").filter((l) => l.trim() !== "");
    report.log_lines = lines.length;
    report.log_errors = lines.filter((l) => /error/i.test(l)).length;
    if (!obtained.ok) {
      report.log_tail = lines.slice(-5).map((l) => l.slice(0, 300));
      for (const l of lines.slice(-20)) input.progress.info(`scip-python: ${l.slice(0, 500)}`);
    }
  }
  const previous = /* @__PURE__ */ new Map();
  if (input.replaced !== null)
    for (const r of await db.rows("SELECT CAST(file_id AS VARCHAR) AS k, fingerprint AS fp FROM old_scip_documents"))
      previous.set(r.k, r.fp);
  const files = /* @__PURE__ */ new Map();
  for (const f of input.files) {
    if (f.status !== "ok") continue;
    const id = fileIdOf(f.path, input.repoId);
    files.set(f.path, { key: idToKey(id), id, absPath: f.absPath });
  }
  let ingest = null;
  if (obtained.ok) {
    report.source = obtained.source;
    report.index_path = obtained.indexPath;
    report.heap_mb = obtained.heapMb;
    try {
      ingest = await ingestScipIndex({
        indexPath: obtained.indexPath,
        files,
        previous,
        force: input.replaced ?? /* @__PURE__ */ new Set(),
        stagingDir: join17(input.stagingDir, "scip"),
        all: input.replaced === null
      });
    } catch (err) {
      if (!(err instanceof ScipDecodeError)) throw err;
      report.failure = "corrupt";
      report.reason = `the SCIP index ${obtained.indexPath} is not usable: ${err.message}`;
    }
  } else {
    report.failure = obtained.failure;
    report.reason = obtained.reason;
  }
  report.status = ingest ? "ok" : "failed";
  if (!ingest) input.progress.info(`scip: building without the SCIP layer: ${report.reason}`);
  const changed = ingest ? ingest.changed : new Set(previous.keys());
  const rewrite = /* @__PURE__ */ new Set([...changed, ...ingest?.converted ?? [], ...input.replaced ?? []]);
  const keys = [...rewrite];
  for (const spec of SCIP_DATASETS) {
    const staged = ingest?.staged.get(spec.name) ?? [];
    if (input.replaced === null) await txn.upsert(spec, `SELECT * FROM ${parquetRelation(staged, spec.columns)}`, null, { stream: true });
    else if (keys.length > 0) await txn.upsert(spec, `SELECT * FROM ${parquetRelation(staged, spec.columns)}`, keys);
  }
  if (ingest) {
    report.index_bytes = ingest.stats.bytes;
    report.largest_document_bytes = ingest.stats.largestDocument;
    report.documents = ingest.documents;
    report.index_documents = ingest.stats.documents;
    report.occurrences = ingest.occurrences;
    report.unmatched_documents = ingest.unmatched.slice(0, 20);
    report.unmatched_count = ingest.stats.documents - ingest.documents;
    report.unmapped_occurrences = ingest.unmapped;
    report.converted_documents = ingest.converted.size;
  }
  const replaced = input.replaced;
  const scipChanged = replaced === null ? [] : [...changed].filter((k) => !replaced.has(k)).sort();
  report.changed_documents = replaced === null ? null : changed.size;
  report.wait_ms = Math.round(tIngest - t0);
  report.ingest_ms = Math.round(performance.now() - tIngest);
  return { report, scipChanged };
}

// src/pipeline/state-lock.ts
import { closeSync as closeSync3, openSync as openSync3, readFileSync as readFileSync9, rmSync as rmSync8, writeSync as writeSync2 } from "node:fs";
import { join as join18 } from "node:path";
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function acquireLock(stateDir) {
  const path = join18(stateDir, "lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync3(path, "wx");
      writeSync2(fd, String(process.pid));
      closeSync3(fd);
      return () => rmSync8(path, { force: true });
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
      const owner = Number.parseInt(readFileSafe(path), 10);
      if (Number.isFinite(owner) && owner !== process.pid && alive(owner)) {
        throw new UserError(`another pycpg build (pid ${owner}) is using the state in ${stateDir}; wait for it to finish, or give this build its own --state`);
      }
      rmSync8(path, { force: true });
    }
  }
  throw new UserError(`could not lock the state in ${stateDir}; remove ${path} if no build is running`);
}
function readFileSafe(path) {
  try {
    return readFileSync9(path, "utf8");
  } catch {
    return "";
  }
}

// src/pipeline/run-build.ts
var EXTRACT_DATASETS = EXTRACT_TABLES.map((t) => ({
  name: t.name,
  columns: t.columns,
  partitionColumn: "file_id"
}));
var RULE_INPUTS = [...EXTRACT_TABLES, ...SCIP_TABLES].map((t) => t.name);
var ALL_DATASETS = new Map([...EXTRACT_DATASETS, ...SCIP_DATASETS, ...DERIVED_DATASETS].map((d) => [d.name, d]));
function sameRoots(meta, now) {
  return meta.import_roots !== void 0 && JSON.stringify(meta.import_roots.roots) === JSON.stringify(now.roots);
}
var TEST_PATH = /(^|\/)(tests?|testing)\/|(^|\/)test_[^/]*\.py$|_tests?\.py$|(^|\/)conftest\.py$/;
function isTestPath(path) {
  return TEST_PATH.test(path);
}
function sha256File(path) {
  try {
    return createHash6("sha256").update(readFileSync10(path)).digest("hex");
  } catch {
    return null;
  }
}
function pipelineFingerprintInputs(options, registry) {
  return fingerprintInputs(options, TOOL_VERSION, SCHEMA_VERSION, registry.fingerprint, duckdbVersion());
}
function pipelineFingerprint(options) {
  return fingerprintOf(pipelineFingerprintInputs(options, loadRules(RULE_INPUTS)));
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
    manifest = JSON.parse(readFileSync10(store.manifestPath, "utf8"));
  } catch {
    return null;
  }
  for (const [name, entry] of Object.entries(manifest.datasets ?? {}))
    for (const bucket of Object.values(entry.buckets ?? {}))
      for (const f of bucket.files ?? [])
        if (message.includes(join19(store.dir, f))) return `dataset ${name} has an unreadable file ${f} (${message.split("\n")[0]})`;
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
  const registry = loadRules(RULE_INPUTS);
  const fpInputs = pipelineFingerprintInputs(options, registry);
  const fingerprint = fingerprintOf(fpInputs);
  if (!statSync6(options.repo, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`the repository ${options.repo} is not a directory`);
  const store = new StateStore(options.state);
  mkdirSync11(options.state, { recursive: true });
  const release = acquireLock(options.state);
  try {
    let t = performance.now();
    const git = new GitRunner(options.repo);
    const asked = [git.prefetch([REPO_PROBE_ARGS, LIST_FILES_ARGS])];
    const metaOf = (m) => m?.meta;
    const askDiff = (m) => {
      const h = metaOf(m)?.head;
      if (h) asked.push(git.prefetch([diffSinceArgs(h)]));
    };
    const previous = forcedFullReason !== null ? { manifest: null, reason: forcedFullReason } : options.full ? { manifest: null, reason: "--full was requested" } : store.load(fingerprint, (m) => describeFingerprintChange(metaOf(m)?.fingerprint_inputs, fpInputs), askDiff);
    const stateHead = metaOf(previous.manifest)?.head;
    await Promise.all(asked);
    const discovery = discoverFiles(options.repo, options, git);
    const head = discovery.method === "git" ? headCommit(options.repo, git) : null;
    if (options.head !== null) checkHead(options.repo, options.head, head);
    const askedDirty = head && head !== stateHead ? git.prefetch([diffSinceArgs(head)]) : null;
    const rootConfig = readImportRoots({
      repo: options.repo,
      configFiles: discovery.configFiles,
      pythonFiles: discovery.files.map((f) => f.path),
      pythonPath: options.pythonPath
    });
    lap2("discover_ms", t);
    progress.info(`discover: ${discovery.files.length} Python files (${discovery.method}), ${rootConfig.roots.length} import roots`);
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
    let knownDirty = null;
    const dirtyNow = async () => {
      await askedDirty;
      return head ? [...knownDirty ?? dirtyPaths(options.repo, head, discovery.untracked, git)] : [];
    };
    if (base && prevSnapshot) {
      t = performance.now();
      const meta = base.meta;
      const proposal = discovery.method !== "git" ? null : (meta.head ? gitProposal(options.repo, meta.head, meta.dirty ?? [], discovery.untracked, git) : null) ?? (options.base !== null ? gitProposal(options.repo, options.base, meta.dirty ?? [], discovery.untracked, git) : null);
      if (proposal && head !== null && meta.head === head) knownDirty = proposal.dirty;
      changes = computeChangeSet({
        previous: prevSnapshot,
        current: discovery.files,
        fileIdOf: fileIdKey,
        hash: (f) => sha256File(f.absPath),
        git: proposal
      });
      lap2("diff_ms", t);
      if (isEmptyChange(changes) && sameRoots(meta, rootConfig) && sameScipIndex(meta, options)) {
        return await finishUnchanged(store, base, changes, options, { fpInputs, head, dirty: await dirtyNow(), t0, timings, previous: prevSnapshot });
      }
    }
    const runDir = join19(store.tmpDir, `run-${process.pid}-${Date.now()}`);
    const stagingDir = join19(runDir, "staging");
    mkdirSync11(stagingDir, { recursive: true });
    const dbPromise = openDb(void 0, { tempDirectory: join19(runDir, "duckdb"), preserveInsertionOrder: false });
    const scipObtained = options.scip.kind === "off" ? null : obtainScipIndex(options.scip, {
      repoDir: options.repo,
      workDir: join19(runDir, "scip-index"),
      timeoutS: options.scipTimeoutS,
      log: (l) => progress.info(l)
    });
    const scipInput = { mode: options.scip, obtained: scipObtained, files: discovery.files, repoId: options.repoId, stagingDir, outDir: options.out, progress };
    let db = null;
    let txn = null;
    try {
      const threads = options.threads > 0 ? options.threads : availableParallelism3();
      const buckets = base ? base.buckets : bucketCountFor(discovery.files.length);
      const byPath = new Map(discovery.files.map((f) => [f.path, f]));
      const toExtract = changes ? changes.toExtract.map((p) => byPath.get(p)) : discovery.files;
      t = performance.now();
      const extracted = await extractFiles(
        toExtract,
        { stagingDir, repoId: options.repoId, staging: changes ? "json" : "parquet" },
        buckets,
        progress,
        threads
      );
      lap2("extract_ms", t);
      db = await dbPromise;
      txn = store.begin(db, base, fingerprint, buckets, new Set(publishedTables(options.scip).map((s) => s.name)));
      let impacted = [];
      let api = [];
      let delta = null;
      let ruleTimings;
      let scipReport;
      if (!changes) {
        const parts = options.ruleParts ?? fullBuildParts(txn.buckets);
        t = performance.now();
        for (const spec of EXTRACT_DATASETS)
          txn.adopt(
            spec,
            extracted.staged.filter((f) => f.table === spec.name)
          );
        lap2("store_extract_ms", t);
        t = performance.now();
        scipReport = (await runScipStage(db, txn, { ...scipInput, replaced: null })).report;
        lap2("scip_ms", t);
        t = performance.now();
        await bindDatasetViews(db, txn, [...ALL_DATASETS.values()]);
        await bindImportRoots(db, rootConfig.roots);
        await db.exec(`CREATE OR REPLACE TABLE file_allowlist AS SELECT file_id FROM ${sqlIdent("py_files")} UNION ALL SELECT 0::BIGINT`);
        timings.store_extract_ms = (timings.store_extract_ms ?? 0) + Math.round(performance.now() - t);
        t = performance.now();
        const skip = scipRuleSkip(options);
        progress.start("rules", registry.outputs.length - skip.size, "outputs");
        ruleTimings = await runRules(db, txn, registry, ALL_DATASETS, {
          full: true,
          skip,
          parts,
          onOutput: () => progress.tick(1),
          forks: parts === 1 ? await forkLanes(db, threads) : []
        });
        progress.done();
        lap2("rules_ms", t);
      } else {
        await bindImportRoots(db, rootConfig.roots);
        const rootsMoved = !sameRoots(base?.meta ?? {}, rootConfig);
        const r = await applyIncremental(
          db,
          txn,
          registry,
          changes,
          extracted.staged,
          fileIdKey,
          timings,
          rootsMoved,
          (replaced) => runScipStage(db, txn, { ...scipInput, replaced }),
          scipRuleSkip(options),
          await forkLanes(db, threads)
        );
        scipReport = r.scip;
        impacted = r.impacted;
        api = r.api;
        delta = r.delta;
        ruleTimings = r.ruleTimings;
      }
      const files = await db.rows(
        "SELECT coalesce(sum(size_bytes), 0) AS bytes, count(*) FILTER (WHERE status = 'syntax_error') AS syntax FROM py_files"
      );
      const graph = await summarizeGraph(db);
      const importRoots = await importRootsSection(db, rootConfig);
      if (scipReport.status === "ok") Object.assign(scipReport, await scipSummary(db));
      const summary = {
        files: {
          discovered: discovery.files.length,
          bytes: Number(files[0]?.bytes ?? 0),
          with_syntax_errors: Number(files[0]?.syntax ?? 0),
          by_status: graph.fileStatus
        },
        graph: { nodes: graph.nodes, edges: graph.edges, props: graph.props },
        diagnostics: graph.diagnostics,
        import_roots: importRoots,
        scip: scipReport
      };
      const snapshot = changes ? changes.next : await snapshotFromBuild(db, discovery.files);
      t = performance.now();
      const meta = {
        tool_version: TOOL_VERSION,
        fingerprint_inputs: fpInputs,
        repo: options.repo,
        head,
        dirty: await dirtyNow(),
        snapshot: snapshotToStored(snapshot),
        import_roots: rootConfig,
        summary,
        scip_index_sha256: scipIndexSha(options)
      };
      await txn.flush();
      const manifest = txn.commit(meta);
      txn = null;
      lap2("commit_ms", t);
      t = performance.now();
      const outputs = await publishOutputs(store, manifest, publishedTables(options.scip), options.out, db);
      removeUnpublished(options.out, options.scip);
      Object.assign(
        outputs,
        await writeRunTables(
          options.out,
          options.state,
          {
            snapshot,
            previous: changes ? prevSnapshot : null,
            changes,
            fullReason: `full build: ${fallbackReason ?? "--full"}`,
            delta: deltaByPath(delta),
            next: { dirty: new Set(meta.dirty), git: discovery.method === "git" && head !== null }
          },
          db
        )
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
        api_changes: api,
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
      rmSync9(store.tmpDir, { recursive: true, force: true });
    }
  } finally {
    release();
  }
}
function deltaByPath(delta) {
  if (!delta) return null;
  const files = delta.files ?? [];
  return new Map(files.map(({ path, ...counts }) => [path, counts]));
}
var EMPTY_DELTA = {
  nodes_added: 0,
  nodes_removed: 0,
  nodes_changed: 0,
  nodes_moved: 0,
  edges_added: 0,
  edges_removed: 0,
  edges_changed: 0,
  props_added: 0,
  props_removed: 0,
  props_changed: 0,
  files: []
};
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
  const nextMeta = { ...meta, head: ctx.head, dirty: ctx.dirty, snapshot: snapshotToStored(changes.next) };
  const same = JSON.stringify(nextMeta) === JSON.stringify(meta);
  const manifest = same ? base : store.rewriteMeta(base, nextMeta);
  ctx.timings.commit_ms = Math.round(performance.now() - t);
  const outputs = await publishOutputs(store, manifest, publishedTables(options.scip), options.out, null);
  removeUnpublished(options.out, options.scip);
  Object.assign(
    outputs,
    await writeRunTables(options.out, options.state, { snapshot: changes.next, previous: ctx.previous, changes, fullReason: "", delta: /* @__PURE__ */ new Map() })
  );
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
    api_changes: [],
    affected_tests: [],
    delta: EMPTY_DELTA,
    timings: { ...ctx.timings, workers: 0 },
    outputs
  };
  writeReports(options.out, report);
  return report;
}
async function applyIncremental(db, txn, registry, changes, staged, fileIdKey, timings, rootsMoved, scipStage, skipOutputs, forks) {
  let t = performance.now();
  await bindDatasetViews(db, txn, [...ALL_DATASETS.values()], "old_");
  const fileRows = (side, table2, fileIds) => {
    const spec = ALL_DATASETS.get(table2);
    if (!spec || fileIds.length > LITERAL_IDS_MAX) return null;
    const scope = { fileIds, buckets: new Set(fileIds.map((id) => Number(BigInt(id) & BigInt(txn.buckets - 1)))) };
    return side === "old_" ? txn.baseRelation(spec, scope) : txn.relation(spec, scope);
  };
  const replaced = [.../* @__PURE__ */ new Set([...changes.toReplace, ...changes.toExtract])].map(fileIdKey);
  const queue = [...EXTRACT_DATASETS];
  await Promise.all(
    [db, ...forks].map(async (lane) => {
      for (let spec = queue.shift(); spec; spec = queue.shift()) {
        const mine = staged.filter((f) => f.table === spec.name);
        const json = mine.filter((f) => f.format === "json").map((f) => f.path);
        const parquet = mine.filter((f) => f.format !== "json").map((f) => f.path);
        const source = json.length > 0 && parquet.length === 0 ? jsonRelation(json, spec.columns) : parquetRelation(parquet, spec.columns);
        if (json.length > 0 && parquet.length > 0) throw new Error(`staged ${spec.name} rows in two formats`);
        await txn.upsert(spec, `SELECT * FROM ${source}`, replaced, { db: lane });
      }
    })
  );
  await bindDatasetViews(db, txn, EXTRACT_DATASETS);
  lap(timings, "store_extract_ms", t);
  t = performance.now();
  const mi = sqlIdent(MODULE_INDEX.name);
  const pathsSame = changes.entries.every((e) => e.status === "unchanged" || e.status === "modified");
  let moved = [];
  const renamed = /* @__PURE__ */ new Set();
  let lookupMoved = /* @__PURE__ */ new Set();
  if (rootsMoved || !pathsSame || (txn.rewritten.py_imports ?? 0) > 0 && await moduleIndexImportsChanged(db, replaced)) {
    await db.exec("CREATE OR REPLACE TABLE file_allowlist AS SELECT file_id FROM py_files");
    await db.exec(`CREATE OR REPLACE TABLE _module_index_new AS ${outputSource(registry, MODULE_INDEX)}`);
    moved = await db.rows(
      `SELECT DISTINCT CAST(file_id AS VARCHAR) AS file_id FROM ((SELECT * FROM _module_index_new EXCEPT SELECT * FROM old_${MODULE_INDEX.name}) UNION ALL (SELECT * FROM old_${MODULE_INDEX.name} EXCEPT SELECT * FROM _module_index_new))`
    );
    await db.exec(`CREATE OR REPLACE TABLE _module_moved AS ${fileIdRows(moved.map((r) => r.file_id))}`);
    await txn.upsert(
      MODULE_INDEX,
      "SELECT * FROM _module_index_new WHERE file_id IN (SELECT file_id FROM _module_moved)",
      moved.map((r) => r.file_id)
    );
    await db.exec(`CREATE OR REPLACE VIEW ${mi} AS SELECT * FROM ${txn.relation(MODULE_INDEX)}`);
    for (const r of await db.rows(
      `SELECT CAST(n.file_id AS VARCHAR) AS file_id FROM _module_index_new n LEFT JOIN old_${MODULE_INDEX.name} o USING (file_id)
       WHERE o.file_id IS NULL OR n.module IS DISTINCT FROM o.module OR n.root IS DISTINCT FROM o.root OR n.is_package IS DISTINCT FROM o.is_package OR n.importable IS DISTINCT FROM o.importable`
    ))
      renamed.add(r.file_id);
    const pathOnly = moved.map((m) => m.file_id).filter((id) => !renamed.has(id));
    lookupMoved = new Set((await interfaceChanges(db, pathOnly, { fileRows })).filter((c) => c.key === "X").map((c) => c.file_id));
  } else await db.exec(`CREATE OR REPLACE VIEW ${mi} AS SELECT * FROM ${txn.relation(MODULE_INDEX)}`);
  const movedAll = new Set(moved.map((m) => m.file_id));
  const movedIds = new Set([...renamed, ...lookupMoved].filter((id) => movedAll.has(id)));
  const tScip = performance.now();
  const scip = await scipStage(new Set(replaced));
  await bindDatasetViews(db, txn, SCIP_DATASETS);
  const scipMs = performance.now() - tScip;
  timings.scip_ms = Math.round(scipMs);
  t += scipMs;
  const modified = changes.entries.filter((e) => e.status === "modified").map((e) => fileIdKey(e.path));
  const modifiedChanges = await interfaceChanges(db, modified, { fileRows });
  const ifaceChanged = new Set(modifiedChanges.map((c) => c.file_id));
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
  for (const id of movedIds)
    if (!seedIds.has(id)) seeds.push({ file_id: id, reason: renamed.has(id) ? "module name changed" : "import roots changed", propagates: true });
  for (const id of scip.scipChanged) if (!seedIds.has(id) && !movedIds.has(id)) seeds.push({ file_id: id, reason: SCIP_CHANGED, propagates: false });
  const apiOf = async (on) => {
    const tApi = performance.now();
    const api2 = await apiChanges(
      on,
      changes.entries.filter((e) => e.status !== "unchanged").map((e) => ({
        path: e.path,
        old: e.status === "added" ? null : fileIdKey(e.old_path ?? e.path),
        new: e.status === "deleted" ? null : fileIdKey(e.path)
      })),
      fileRows
    );
    lap(timings, "api_ms", tApi);
    return api2;
  };
  const apiBeside = forks[0] ? apiOf(forks[0]) : null;
  apiBeside?.catch(() => void 0);
  const differing = [.../* @__PURE__ */ new Set([...replaced, ...movedAll])];
  const closure = await computeImpact(db, seeds, {
    files: new Set(modified),
    changes: modifiedChanges,
    fileRows,
    differing,
    moduleIndexChanged: movedAll.size > 0
  });
  lap(timings, "impact_ms", t);
  const api = await (apiBeside ?? apiOf(db));
  t = performance.now();
  await db.exec(`CREATE OR REPLACE TABLE file_allowlist AS ${fileIdRows(closure.map((c) => c.file_id))} UNION ALL SELECT 0::BIGINT`);
  await db.exec("DELETE FROM file_allowlist WHERE file_id IS NULL");
  const ruleTimings = await runRules(db, txn, registry, ALL_DATASETS, { full: false, skip: /* @__PURE__ */ new Set([MODULE_INDEX.name, ...skipOutputs]), forks });
  lap(timings, "rules_ms", t);
  const delta = await computeDelta(db);
  const live = new Set((await db.rows("SELECT CAST(file_id AS VARCHAR) AS file_id FROM py_files")).map((r) => r.file_id));
  const changedGraph = deltaByPath(delta);
  const impacted = closure.filter((c) => live.has(c.file_id)).map((c) => ({ path: c.path, reasons: c.reasons, via: c.via, graph_changed: changedGraph?.has(c.path) ?? false }));
  return { scip: scip.report, impacted, api, delta, ruleTimings };
}
var MODULE_INDEX_IMPORT_COLUMNS = ["file_id", "level", "module", "name", "is_star", "import_kind"];
async function moduleIndexImportsChanged(db, files) {
  if (files.length > 200) return true;
  if (files.length === 0) return false;
  const cols = MODULE_INDEX_IMPORT_COLUMNS.map(sqlIdent).join(", ");
  const ids = fileIdList(files);
  const side = (t) => `SELECT ${cols} FROM ${t} WHERE file_id IN (${ids})`;
  const r = await db.rows(
    `SELECT count(*) AS n FROM ((${side("py_imports")} EXCEPT ALL ${side("old_py_imports")}) UNION ALL (${side("old_py_imports")} EXCEPT ALL ${side("py_imports")}))`
  );
  return Number(r[0]?.n ?? 0) > 0;
}
function scipRuleSkip(options) {
  return new Set(options.scip.kind === "off" ? [SCIP_DEFS.name, SCIP_ALIGNMENT.name] : []);
}
function sameScipIndex(meta, options) {
  if (options.scip.kind === "off") return true;
  const prev = meta.summary?.scip;
  if (prev?.status !== "ok" || prev.mode !== options.scip.kind) return false;
  return options.scip.kind !== "path" || (meta.scip_index_sha256 ?? null) === scipIndexSha(options);
}
function scipIndexSha(options) {
  return options.scip.kind === "path" ? sha256File(options.scip.path) : null;
}
var RULE_LANES = 2;
async function forkLanes(db, threads) {
  return Promise.all(Array.from({ length: Math.max(0, Math.min(RULE_LANES, threads) - 1) }, () => db.fork()));
}
function lap(timings, name, since) {
  timings[name] = Math.round(performance.now() - since);
}
var DELTA_TABLES = [
  { table: "cpg_nodes", label: "nodes", id: "node_id", part: "file_id", spans: ["bstart", "bend", "start_line", "start_col", "end_line", "end_col"] },
  { table: "cpg_edges", label: "edges", id: "edge_id", part: "origin_file_id", spans: [] },
  { table: "cpg_props", label: "props", id: "(entity_id || ':' || key)", part: "file_id", spans: [] }
];
async function computeDelta(db) {
  const side = (t, view) => {
    const all = (ALL_DATASETS.get(t.table)?.columns ?? []).map(([c]) => c);
    const spans = new Set(t.spans);
    const content = all.filter((c) => !spans.has(c)).map(sqlIdent);
    const pos = t.spans.length > 0 ? `sum(hash(${t.spans.map(sqlIdent).join(", ")}))` : "0";
    return `SELECT ${t.id} AS id, any_value(${t.part}) AS file_id, count(*) AS n, sum(hash(${content.join(", ")})) AS c, ${pos} AS p
      FROM ${view}_${t.table} WHERE ${t.part} IN (SELECT file_id FROM file_allowlist) GROUP BY 1`;
  };
  const cmp = (t) => `
    SELECT '${t.label}' AS tbl, coalesce(n.file_id, o.file_id) AS file_id,
           count(*) FILTER (WHERE o.id IS NULL) AS added,
           count(*) FILTER (WHERE n.id IS NULL) AS removed,
           count(*) FILTER (WHERE n.id IS NOT NULL AND o.id IS NOT NULL AND (n.n <> o.n OR n.c <> o.c)) AS changed,
           count(*) FILTER (WHERE n.id IS NOT NULL AND o.id IS NOT NULL AND n.n = o.n AND n.c = o.c AND n.p <> o.p) AS moved
    FROM (${side(t, "in_scope")}) n FULL OUTER JOIN (${side(t, "in_scope_old")}) o USING (id)
    GROUP BY ALL`;
  const rows = await db.rows(`
    WITH d AS (${DELTA_TABLES.map(cmp).join(" UNION ALL ")})
    SELECT coalesce(f.path, of.path, '') AS path, d.tbl AS "table", d.added, d.removed, d.changed, d.moved
    FROM d LEFT JOIN py_files f ON f.file_id = d.file_id LEFT JOIN old_py_files of ON of.file_id = d.file_id
    WHERE d.added > 0 OR d.removed > 0 OR d.changed > 0 OR d.moved > 0
    ORDER BY path, "table"`);
  const kinds = ["added", "removed", "changed", "moved"];
  const totals = {};
  for (const t of DELTA_TABLES) for (const k of kinds) if (k !== "moved" || t.spans.length > 0) totals[`${t.label}_${k}`] = 0;
  const perFile = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const e = perFile.get(r.path ?? "") ?? {};
    for (const k of kinds) {
      const key2 = `${r.table}_${k}`;
      if (!(key2 in totals)) continue;
      const v = Number(r[k]);
      totals[key2] = (totals[key2] ?? 0) + v;
      if (v > 0) e[key2] = v;
    }
    perFile.set(r.path ?? "", e);
  }
  return { ...totals, files: [...perFile.entries()].map(([path, v]) => ({ path, ...v })) };
}
function roundAll(r) {
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(v)]));
}
function inspectState(options) {
  const loaded = new StateStore(options.state).load(pipelineFingerprint(options));
  if (!loaded.manifest) return { usable: false, head: null, reason: loaded.reason };
  const meta = loaded.manifest.meta;
  if (!snapshotFromStored(meta.snapshot)) return { usable: false, head: null, reason: "the previous state has no usable snapshot" };
  return { usable: true, head: meta.head ?? null, reason: null };
}

// src/pipeline/run-verify.ts
import { existsSync as existsSync9, mkdtempSync as mkdtempSync3, rmSync as rmSync10 } from "node:fs";
import { tmpdir as tmpdir3 } from "node:os";
import { join as join20 } from "node:path";
async function compareOutputs(actualOut, expectedOut) {
  const db = await openDb();
  try {
    const tables = [];
    const scip = SCIP_OUTPUTS.filter((t) => existsSync9(join20(expectedOut, t.name)) || existsSync9(join20(actualOut, t.name)));
    for (const spec of [...PUBLISHED, ...scip]) {
      const rel = (dir) => existsSync9(join20(dir, spec.name)) ? publishedRelation(dir, spec.name) : parquetRelation([], spec.columns);
      const a = rel(actualOut);
      const e = rel(expectedOut);
      const part = spec.partitionColumn;
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
        table: spec.name,
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
  if (!existsSync9(join20(options.out, "cpg_nodes"))) {
    throw new UserError(`there is no published CPG in ${options.out} to verify; run \`pycpg build\` first`);
  }
  const work = mkdtempSync3(join20(tmpdir3(), "pycpg-verify-"));
  try {
    const full = makeBuildOptions({ ...options, state: join20(work, "state"), out: join20(work, "out"), full: true });
    await runBuild(full, { progress });
    return await compareOutputs(options.out, full.out);
  } finally {
    rmSync10(work, { recursive: true, force: true });
  }
}

// src/report/pr-comment.ts
var MAX_COMMENT_CHARS = 65536;
var MAX_SUMMARY_BYTES = 1024 * 1024;
function commentMarker(header) {
  return `<!-- pycpg-comment:${encodeURIComponent(header)} -->`;
}
function renderPrComment(input) {
  const budget = MAX_COMMENT_CHARS - 64;
  return `${commentMarker(input.header)}
${assemble(sections(input), budget - commentMarker(input.header).length - 1, (s) => s.length)}`;
}
function renderJobSummary(input) {
  return assemble(sections(input), MAX_SUMMARY_BYTES - 1024, (s) => Buffer.byteLength(s, "utf8"));
}
function clipText(s, max) {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const c = s.charCodeAt(end - 1);
  if (end > 0 && c >= 55296 && c <= 56319) end--;
  return `${s.slice(0, end)}…`;
}
function oneLine(s) {
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
}
function code(s, max = 200) {
  const t = clipText(oneLine(s), max);
  const runs = t.match(/`+/g) ?? [];
  const fence = "`".repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = t.startsWith("`") || t.endsWith("`") || t.startsWith(" ") && t.endsWith(" ") && t.trim() !== "" ? " " : "";
  return `${fence}${pad}${t.replace(/\|/g, "\\|")}${pad}${fence}`;
}
var HTML_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function text(s, max = 500) {
  return clipText(oneLine(s), max).replace(/[\\`*[\]|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML_ESCAPES[c]).replace(
    /^(\s*)(#{1,6}|[+-]|\d+)([.)]?)(?=\s|$)/,
    (m, sp, mark, dot) => /\d/.test(mark) ? dot ? `${sp}${mark}\\${dot}` : m : `${sp}\\${mark}${dot}`
  ).replace(/(https?|ftp|www)(?=[:.])/gi, "$1​").replace(/([@#])(?=[A-Za-z0-9])/g, "$1​");
}
function mermaidLabel(s, max = 60) {
  const safe = s.replace(/[^A-Za-z0-9_./ -]/g, "_").replace(/ {2,}/g, " ");
  return safe.length <= max ? safe : `…${safe.slice(safe.length - max + 1)}`;
}
function safeUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.protocol !== "http:") return null;
    return u.href.replace(/[()<>\s"'`[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  } catch {
    return null;
  }
}
function shellQuote(s) {
  const p = s.startsWith("-") ? `./${s}` : s;
  return /^[A-Za-z0-9_/.,:@%+=-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
function fenced(lang, body) {
  const runs = body.match(/`{3,}|~{3,}/g) ?? [];
  const fence = "`".repeat(Math.max(3, ...runs.filter((r) => r.startsWith("`")).map((r) => r.length + 1)));
  return `${fence}${lang}
${body}
${fence}`;
}
function assemble(parts, budget, measure) {
  const notice = (dropped2) => `> [!NOTE]
> Shortened to fit GitHub's size limit${dropped2 > 0 ? `: ${dropped2} more section${dropped2 === 1 ? "" : "s"} left out` : ""}. The full report is \`report.md\` / \`report.json\` in the output directory and the run's artifact.`;
  const size = (xs) => xs.reduce((n, s) => n + (s === null ? 0 : measure(s) + 2), 0);
  const reserve = measure(notice(99)) + 2;
  let rendered = parts.map((p) => p(Number.POSITIVE_INFINITY));
  if (size(rendered) <= budget) return `${rendered.filter((s) => s !== null).join("\n\n")}
`;
  for (let limit = 256; limit >= 1; limit = Math.floor(limit / 2)) {
    rendered = parts.map((p) => p(limit));
    if (size(rendered) + reserve <= budget) break;
  }
  let dropped = 0;
  const footer = rendered.pop() ?? null;
  while (rendered.length > 1 && size(rendered) + size([footer]) + reserve > budget) {
    if (rendered.pop() !== null) dropped++;
  }
  const kept = [...rendered, notice(dropped), footer].filter((s) => s !== null);
  return `${kept.join("\n\n")}
`;
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var seconds = (ms) => `${(Number(ms ?? 0) / 1e3).toFixed(2)} s`;
var sum = (r) => Object.values(r).reduce((a, b) => a + b, 0);
function shortSha(s) {
  if (!s) return null;
  return /^[0-9a-f]{7,64}$/i.test(s) ? code(s.slice(0, 10)) : code(s, 40);
}
function more(n, what) {
  return n > 0 ? `

…and ${plural(n, what)} more.` : "";
}
function scipNotices(r) {
  const s = r.scip;
  if (s?.status !== "failed") return [];
  return [`Built without the SCIP layer (scip: ${s.mode}, ${s.failure ?? "failed"}): ${s.reason ?? "no index"}. The syntactic graph is complete.`];
}
function scipLine(r) {
  const s = r.scip;
  if (s?.status !== "ok") return null;
  const a = s.alignment ?? {};
  const changed = s.changed_documents != null ? ` (${plural(s.changed_documents, "document")} changed)` : "";
  return `<sub>SCIP: ${plural(s.documents ?? 0, "document")}${changed} · resolvers agree on ${(a.agree ?? 0).toLocaleString("en-US")} sites, disagree on ${(a.disagree ?? 0).toLocaleString("en-US")} (table \`scip_alignment\`)</sub>`;
}
function sections(input) {
  const { report: r, context: ctx } = input;
  const title = input.header === "pycpg" ? "### pycpg" : `### pycpg · ${text(input.header, 100)}`;
  const changedPaths = new Set(r.changed.flatMap((c) => c.old_path ? [c.path, c.old_path] : [c.path]));
  const totalMs = r.timings.total_ms;
  const cache = `cache: ${text(ctx.cache, 60)}`;
  const allNotices = [...ctx.notices, ...scipNotices(r)];
  const notices = () => allNotices.length === 0 ? null : allNotices.map((n) => `> [!WARNING]
> ${text(n, 1e3)}`).join("\n\n");
  const scip = () => scipLine(r);
  const footer = () => {
    const bits = [];
    const art = safeUrl(ctx.artifactUrl);
    const run = safeUrl(ctx.runUrl);
    if (art) bits.push(`[CPG artifact](${art})`);
    if (run) bits.push(`[workflow run](${run})`);
    const base = shortSha(ctx.baseSha);
    const head2 = shortSha(ctx.headSha);
    if (base && head2) bits.push(`${base} → ${head2}`);
    else if (head2) bits.push(`at ${head2}`);
    bits.push(`pycpg ${text(r.tool.version, 40)}`);
    return `<sub>${bits.join(" · ")}</sub>`;
  };
  const graphSize = `${sum(r.graph.nodes).toLocaleString("en-US")} nodes, ${sum(r.graph.edges).toLocaleString("en-US")} edges`;
  if (r.mode === "full") {
    const head2 = () => [
      title,
      `**Full build** of ${plural(r.files.discovered, "Python file")}: ${graphSize} · ${cache} · ${seconds(totalMs)}`,
      "",
      `Why full: ${text(r.fallback_reason ?? "a full build was requested")}. The next run can be incremental and will list what a change impacts.`
    ].join("\n");
    return [head2, notices, scip, footer];
  }
  if (r.changed.length === 0) {
    const head2 = () => [title, `**No Python file changed** since the last build · incremental · ${cache} · ${seconds(totalMs)} · graph: ${graphSize}`].join("\n");
    return [head2, notices, footer];
  }
  const tests = r.affected_tests;
  const head = () => [
    title,
    `**${plural(r.changed.length, "file")} changed → ${plural(r.impacted.length, "file")} impacted → ${plural(tests.length, "test file")} affected** · incremental · ${cache} · ${seconds(totalMs)}`
  ].join("\n");
  const changedList2 = (limit) => {
    const shown = r.changed.slice(0, Math.min(limit, 30)).map((c) => {
      const how = c.status === "renamed" && c.old_path ? `renamed from ${code(c.old_path)}` : text(c.status, 20);
      return `${code(c.path)} (${how})`;
    });
    return `Changed: ${shown.join(", ")}${r.changed.length > shown.length ? ` and ${r.changed.length - shown.length} more` : ""}`;
  };
  const api = (limit) => {
    if (r.api_changes.length === 0) return null;
    const lines = ["#### API changes", ""];
    let shown = 0;
    let hidden = 0;
    for (const m of r.api_changes) {
      const items = m.changes;
      const room = Math.max(0, limit - shown);
      if (room === 0) {
        hidden += items.length;
        continue;
      }
      lines.push(`${m.module ? `**${code(m.module)}**` : "**(not importable)**"} · ${code(m.path)}`);
      for (const c of items.slice(0, room)) {
        const verb = c.change === "added" ? "➕ added" : c.change === "removed" ? "➖ removed" : "✏️ changed";
        const detail = c.change === "changed" ? `${code(c.before ?? "", 300)} → ${code(c.after ?? "", 300)}` : code((c.change === "added" ? c.after : c.before) ?? "", 300);
        lines.push(`- ${verb} ${text(c.kind, 40)} ${code(c.name, 120)}: ${detail}`);
      }
      shown += Math.min(room, items.length);
      hidden += Math.max(0, items.length - room);
      lines.push("");
    }
    return lines.join("\n").trimEnd() + more(hidden, "API change");
  };
  const impacted = (limit) => {
    if (r.impacted.length === 0) return null;
    const rows = r.impacted.slice(0, limit).map((i) => {
      const mark = changedPaths.has(i.path) ? " *(changed)*" : "";
      const same = i.graph_changed === false ? " *(rechecked: its graph did not change)*" : "";
      return `- ${code(i.path)}${mark}: ${text(i.reasons.join("; "), 400)}${same}`;
    });
    const body = rows.join("\n") + more(r.impacted.length - rows.length, "impacted file");
    const heading = `#### Impacted files (${r.impacted.length})`;
    if (r.impacted.length <= 10) return `${heading}

${body}`;
    return `${heading}

<details><summary>${r.impacted.length} files recomputed, changed ones included, with why</summary>

${body}

</details>`;
  };
  const affected = (limit) => {
    if (tests.length === 0) return null;
    const shown = tests.slice(0, limit);
    const list = shown.map((t) => `- ${code(t)}`).join("\n");
    const cmd = fenced("sh", `python -m pytest ${tests.map(shellQuote).join(" ")}`);
    const listBlock = tests.length <= 10 ? list : `<details><summary>${tests.length} test files</summary>

${list}${more(tests.length - shown.length, "test file")}

</details>`;
    const cmdBlock = limit >= tests.length ? `Run just them:

${cmd}` : "The command to run them all is too long for this comment: see `affected_tests` in report.json.";
    return `#### Affected tests (${tests.length})

${listBlock}

${cmdBlock}`;
  };
  const diagram = (limit) => {
    const m = rippleDiagram(r, Math.min(limit, 40));
    return m === null ? null : `#### Ripple

${fenced("mermaid", m)}`;
  };
  const delta = () => {
    const d = r.delta;
    const lines = ["#### Graph delta", ""];
    if (d) {
      const n = (k) => Number(d[k] ?? 0).toLocaleString("en-US");
      const pm = (a, b) => `+${n(a)} / −${n(b)}`;
      if ("nodes_moved" in d)
        lines.push(
          `| | added / removed | changed | moved |`,
          `|---|---:|---:|---:|`,
          `| nodes | ${pm("nodes_added", "nodes_removed")} | ${n("nodes_changed")} | ${n("nodes_moved")} |`,
          `| edges | ${pm("edges_added", "edges_removed")} | ${n("edges_changed")} | |`,
          `| properties | ${pm("props_added", "props_removed")} | ${n("props_changed")} | |`,
          ""
        );
      else
        lines.push(
          `| | added / removed |`,
          `|---|---:|`,
          `| nodes | ${pm("nodes_added", "nodes_removed")} |`,
          `| edges | ${pm("edges_added", "edges_removed")} |`,
          `| properties | ${pm("props_added", "props_removed")} |`,
          ""
        );
    }
    lines.push(`Graph now: ${graphSize}, ${r.graph.props.toLocaleString("en-US")} properties over ${plural(r.files.discovered, "file")}.`);
    const stages = Object.entries(r.timings).filter((e) => typeof e[1] === "number" && e[0].endsWith("_ms") && e[0] !== "total_ms");
    if (stages.length > 0)
      lines.push(
        "",
        `<details><summary>Timings: ${seconds(totalMs)} in all</summary>

${stages.map(([k, v]) => `${k.replace(/_ms$/, "")} ${v} ms`).join(" · ")}

</details>`
      );
    return lines.join("\n");
  };
  return [head, changedList2, notices, api, impacted, affected, diagram, delta, scip, footer];
}
function rippleDiagram(r, maxNodes = 40) {
  const changed = new Set(r.changed.flatMap((c) => c.old_path ? [c.path, c.old_path] : [c.path]));
  const rechecked = new Set(r.impacted.filter((i) => i.graph_changed === false).map((i) => i.path));
  const edges = [];
  for (const i of r.impacted) for (const v of i.via) if (v !== i.path) edges.push([v, i.path]);
  if (edges.length === 0) return null;
  const sources = new Set(edges.map((e) => e[0]));
  const targets = new Set(edges.map((e) => e[1]));
  const maxDepth = Math.max(...[...sources, ...targets].map((f) => f.split("/").length));
  let sg = (p) => p;
  let tg = (p) => p;
  for (let depth = maxDepth; depth >= 1; depth--) {
    tg = (p) => groupAt(p, depth);
    sg = sources.size <= maxNodes / 2 ? (p) => p : tg;
    const nodes = /* @__PURE__ */ new Set([...[...sources].map(sg), ...[...targets].map(tg)]);
    if (nodes.size <= maxNodes) break;
  }
  const agg = /* @__PURE__ */ new Map();
  for (const [a, b] of edges) {
    const k = `${sg(a)}\0${tg(b)}`;
    if (sg(a) !== tg(b)) agg.set(k, (agg.get(k) ?? 0) + 1);
  }
  const grouped = edges.some(([a, b]) => sg(a) !== a || tg(b) !== b);
  const kept = [];
  const shown = /* @__PURE__ */ new Set();
  for (const [k, count] of [...agg.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
    if (kept.length >= maxNodes * 2) break;
    const [a, b] = k.split("\0");
    const add = (shown.has(a) ? 0 : 1) + (shown.has(b) ? 0 : 1);
    if (shown.size + add > maxNodes) continue;
    shown.add(a);
    shown.add(b);
    kept.push([k, count]);
  }
  if (kept.length === 0) return null;
  const ids = /* @__PURE__ */ new Map();
  const nodeLines = [];
  const id = (n) => {
    let v = ids.get(n);
    if (!v) {
      ids.set(n, v = `n${ids.size}`);
      const isChanged = changed.has(n) || [...changed].some((c) => sg(c) === n && n.endsWith("/"));
      nodeLines.push(`  ${v}["${mermaidLabel(n)}"]${isChanged ? ":::changed" : rechecked.has(n) ? ":::same" : ""}`);
    }
    return v;
  };
  const edgeLines = [];
  for (const [k, count] of kept) {
    const [a, b] = k.split("\0");
    const [ia, ib] = [id(a), id(b)];
    edgeLines.push(grouped && count > 1 ? `  ${ia} -- ${count} --> ${ib}` : `  ${ia} --> ${ib}`);
  }
  const lines = ["flowchart LR", ...nodeLines, ...edgeLines, "  classDef changed fill:#fde68a,stroke:#b45309"];
  if (nodeLines.some((l) => l.endsWith(":::same"))) lines.push("  classDef same stroke-dasharray:4 3,color:#6b7280");
  if (agg.size > kept.length) lines.push(`  more["${agg.size - kept.length} more links not shown"]`);
  return lines.join("\n");
}
function groupAt(path, depth) {
  const parts = path.split("/");
  if (parts.length <= depth) return path;
  return depth === 0 ? "(repository)" : `${parts.slice(0, depth).join("/")}/`;
}

export {
  UsageError,
  UserError,
  SCIP_PYTHON_VERSION,
  DEFAULT_SCIP_TIMEOUT_S,
  parseScipMode,
  DEFAULT_MAX_FILE_BYTES,
  makeBuildOptions,
  PACKAGE_ROOT,
  TOOL_VERSION,
  PUBLISHED,
  sqlIdent,
  DEFAULT_NATIVE_REGISTRY,
  ensureNativeWith,
  ensureDuckdbNativeLocal,
  openDb,
  RUN_TABLES,
  publishedRelation,
  SILENT_PROGRESS,
  streamProgress,
  SCIP_OUTPUTS,
  pipelineFingerprint,
  runBuild,
  inspectState,
  runVerify,
  commentMarker,
  renderPrComment,
  renderJobSummary
};
