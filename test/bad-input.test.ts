/**
 * Bad and unusual input through the real pipeline (discover -> extract -> rules -> publish): every
 * case builds a small temporary repository and checks the published Parquet. A bad file must
 * become FILE + DIAGNOSTIC nodes (and whatever of it can still be read), never a failed build.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildRepo, gitInitCommit, lit, queryOut, scratchRoot, writeFiles } from "./support/cpg-build.ts";

const scratch = scratchRoot("bad-input");
afterAll(() => scratch.cleanup());

interface NodeRow {
  node_id: string;
  kind: string;
  file_id: string;
  path: string;
  name: string | null;
  qname: string | null;
  bstart: number;
  bend: number;
  start_line: number;
  start_col: number;
  end_line: number;
  end_col: number;
}

/** Builds `files` as a repository (a git one when `gitRepo`) and returns helpers over the output. */
async function build(
  files: Record<string, string | Uint8Array>,
  opts: { gitRepo?: boolean; maxFileBytes?: number; include?: string[]; exclude?: string[] } = {},
) {
  const base = scratch.dir("case");
  const repo = join(base, "repo");
  mkdirSync(repo);
  writeFiles(repo, files);
  if (opts.gitRepo) gitInitCommit(repo);
  const built = await buildRepo(repo, join(base, "work"), {
    maxFileBytes: opts.maxFileBytes,
    include: opts.include,
    exclude: opts.exclude,
  });
  return { repo, ...built, ...helpers(built.out) };
}

function helpers(out: string) {
  const nodes = (where: string) =>
    queryOut<NodeRow>(
      out,
      `SELECT CAST(node_id AS VARCHAR) AS node_id, kind, CAST(file_id AS VARCHAR) AS file_id, path, name, qname, bstart, bend, start_line, start_col, end_line, end_col FROM cpg_nodes WHERE ${where} ORDER BY bstart, kind, name`,
    );
  const prop = async (entityId: string, key: string) =>
    (await queryOut<{ value: string }>(out, `SELECT value FROM cpg_props WHERE entity_id = ${entityId} AND key = ${lit(key)}`))[0]?.value ?? null;
  const fileNode = async (path: string) => {
    const rows = await nodes(`kind = 'FILE' AND path = ${lit(path)}`);
    expect(rows, `one FILE node for ${path}`).toHaveLength(1);
    return rows[0] as NodeRow;
  };
  const names = async (kind: string, path: string) => (await nodes(`kind = ${lit(kind)} AND path = ${lit(path)}`)).map((n) => n.name);
  const filePaths = async () => (await queryOut<{ path: string }>(out, "SELECT path FROM cpg_nodes WHERE kind = 'FILE' ORDER BY path")).map((r) => r.path);
  return { nodes, prop, fileNode, names, filePaths };
}

/** The DIAGNOSTIC nodes of a file, each with whether a HAS_DIAGNOSTIC edge leads to it from the FILE node. */
async function diagnostics(out: string, path: string) {
  return queryOut<{ code: string; start_line: number; linked: boolean; bstart: number }>(
    out,
    `SELECT n.name AS code, n.start_line, n.bstart,
            EXISTS (SELECT 1 FROM cpg_edges e WHERE e.kind = 'HAS_DIAGNOSTIC' AND e.src = n.file_id AND e.dst = n.node_id) AS linked
     FROM cpg_nodes n WHERE n.kind = 'DIAGNOSTIC' AND n.path = ${lit(path)} ORDER BY n.bstart, n.name`,
  );
}

function codes(diags: { code: string }[]): string[] {
  return [...new Set(diags.map((d) => d.code))].sort();
}

describe("bad input", () => {
  it("a syntax error keeps the valid definitions before and after it and adds a linked syntax-error DIAGNOSTIC", async () => {
    const src = [
      "def before():",
      "    return helper(1)",
      "",
      "",
      "def broken(order):",
      "    total = sum(line.total() for line in order.lines",
      "    return total",
      "",
      "",
      "def after():",
      "    return helper(2)",
      "",
      "",
      "class Tail:",
      "    def method(self):",
      "        return 3",
      "",
    ].join("\n");
    const b = await build({ "mod.py": src, "ok.py": "def fine():\n    pass\n" });
    expect(await b.names("FUNCTION", "mod.py")).toEqual(["before", "broken", "after", "method"]);
    expect(await b.names("CLASS", "mod.py")).toEqual(["Tail"]);
    const file = await b.fileNode("mod.py");
    expect(await b.prop(file.node_id, "status")).toBe("syntax_error");
    const diags = await diagnostics(b.out, "mod.py");
    expect(codes(diags)).toContain("syntax-error");
    expect(diags.every((d) => d.linked)).toBe(true);
    // The error is on line 6 (the unclosed call), not somewhere else.
    expect(diags.find((d) => d.code === "syntax-error")?.start_line).toBe(6);
    // The other file is untouched by the error.
    expect(await diagnostics(b.out, "ok.py")).toEqual([]);
    expect(b.report.files.with_syntax_errors).toBe(1);
    expect(b.report.files.by_status).toEqual({ ok: 1, syntax_error: 1 });
  });

  it("code inside a tree-sitter ERROR node is still extracted", async () => {
    // tree-sitter wraps `print("a"` and the statements it swallows in an ERROR node; the call
    // inside it (g()) and the intact function after it must still be found.
    const b = await build({ "err.py": 'print("a"\ndef f():\n    return g()\n\ndef h():\n    pass\n' });
    const calls = await b.names("CALL", "err.py");
    expect(calls).toContain("g");
    expect(await b.names("FUNCTION", "err.py")).toContain("h");
    expect(codes(await diagnostics(b.out, "err.py"))).toContain("syntax-error");
  });

  it("invalid UTF-8: names are still extracted, an invalid-utf-8 DIAGNOSTIC is added and offsets are raw bytes", async () => {
    const bytes = Buffer.concat([
      Buffer.from('"""Module."""\nDEPOT = "Entrep'),
      Buffer.from([0xf4]),
      Buffer.from("t Cr"),
      Buffer.from([0xe9]),
      Buffer.from('teil"  # caf'),
      Buffer.from([0xe9]),
      Buffer.from("\n\n\ndef read_dump(path, depot=DEPOT):\n    return open(path).read()\n"),
    ]);
    const b = await build({ "dump.py": bytes });
    const fns = await b.nodes("kind = 'FUNCTION' AND path = 'dump.py'");
    expect(fns.map((f) => f.name)).toEqual(["read_dump"]);
    const fn = fns[0] as NodeRow;
    expect(fn.bstart).toBe(bytes.indexOf("def read_dump"));
    expect(fn.start_line).toBe(5);
    expect(fn.start_col).toBe(0);
    expect(fn.bend).toBe(bytes.length - 1);
    // A site after the bad bytes on the same line: column counted in raw bytes.
    const open = (await b.nodes("kind = 'CALL' AND path = 'dump.py' AND name = 'open'"))[0] as NodeRow;
    expect(open.bstart).toBe(bytes.indexOf("open(path)"));
    expect(await b.names("NAME_REF", "dump.py")).toEqual(["DEPOT", "DEPOT", "open", "path"]);
    expect(await b.names("PARAM", "dump.py")).toEqual(["path", "depot"]);
    const diags = await diagnostics(b.out, "dump.py");
    expect(codes(diags)).toEqual(["invalid-utf-8"]);
    expect(diags[0]?.bstart).toBe(bytes.indexOf(0xf4));
    expect(diags[0]?.start_line).toBe(2);
    expect(diags.every((d) => d.linked)).toBe(true);
    expect(await b.prop((await b.fileNode("dump.py")).node_id, "encoding")).toBe("invalid-utf-8");
  });

  it("a UTF-8 BOM counts in byte offsets", async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("def first():\n    return 1\n\ndef second():\n    return é()\n")]);
    const b = await build({ "bom.py": bytes });
    const fns = await b.nodes("kind = 'FUNCTION' AND path = 'bom.py'");
    expect(fns.map((f) => [f.name, f.bstart, f.start_line, f.start_col])).toEqual([
      // Columns are byte offsets from the line start as stored, so the BOM shifts line 1 by 3
      // (CPython's col_offset would say 0 there: its tokenizer drops the BOM).
      ["first", 3, 1, 3],
      ["second", bytes.indexOf("def second"), 4, 0],
    ]);
    const call = (await b.nodes("kind = 'CALL' AND path = 'bom.py'"))[0] as NodeRow;
    expect(call.name).toBe("é");
    expect(call.bstart).toBe(bytes.indexOf("é()"));
    expect(call.bend).toBe(bytes.indexOf("é()") + Buffer.byteLength("é()"));
    expect(await diagnostics(b.out, "bom.py")).toEqual([]);
    expect(await b.prop((await b.fileNode("bom.py")).node_id, "encoding")).toBe("utf-8-bom");
  });

  it("a PEP 263 latin-1 file decodes without diagnostics and keeps raw byte offsets", async () => {
    const bytes = Buffer.concat([
      Buffer.from("# -*- coding: latin-1 -*-\n"),
      Buffer.from('NAME = "caf'),
      Buffer.from([0xe9, 0xe9]),
      Buffer.from('"; n = len(NAME)\n\n'),
      Buffer.from("def g():\n    return NAME\n"),
    ]);
    const b = await build({ "legacy.py": bytes });
    expect(await diagnostics(b.out, "legacy.py")).toEqual([]);
    const file = await b.fileNode("legacy.py");
    expect(await b.prop(file.node_id, "encoding")).toBe("latin-1");
    expect(await b.prop(file.node_id, "status")).toBe("ok");
    const g = (await b.nodes("kind = 'FUNCTION' AND path = 'legacy.py'"))[0] as NodeRow;
    expect(g.name).toBe("g");
    expect(g.bstart).toBe(bytes.indexOf("def g"));
    const len = (await b.nodes("kind = 'CALL' AND path = 'legacy.py'"))[0] as NodeRow;
    // Each é is one byte in Latin-1 (it would be two if the file had been read as UTF-8).
    expect(len.bstart).toBe(bytes.indexOf("len(NAME)"));
    expect(len.start_line).toBe(2);
    expect(len.start_col).toBe('NAME = "caf\xe9\xe9"; n = '.length);
    // The string literal's content was decoded as Latin-1: the NAME_REF spans are exact too.
    const refs = await b.nodes("kind = 'NAME_REF' AND path = 'legacy.py' AND name = 'NAME'");
    expect(refs.map((r) => r.bstart)).toEqual([bytes.indexOf("NAME ="), bytes.indexOf("NAME)"), bytes.lastIndexOf("NAME")]);
  });

  it("CRLF line endings give the right lines and columns", async () => {
    const src = "import os\r\n\r\ndef a():\r\n    return os.getcwd()\r\n\r\nclass B:\r\n    def m(self, x):\r\n        return len(x)\r\n";
    const b = await build({ "crlf.py": src });
    const rows = await b.nodes("kind IN ('FUNCTION', 'CLASS', 'CALL') AND path = 'crlf.py'");
    const byName = (n: string) => rows.find((r) => r.name === n) as NodeRow;
    expect([byName("a").start_line, byName("a").start_col, byName("a").bstart]).toEqual([3, 0, src.indexOf("def a")]);
    expect([byName("os.getcwd").start_line, byName("os.getcwd").start_col, byName("os.getcwd").end_col]).toEqual([4, 11, 22]);
    expect([byName("B").start_line, byName("B").start_col]).toEqual([6, 0]);
    expect([byName("m").start_line, byName("m").start_col, byName("m").end_line]).toEqual([7, 4, 8]);
    expect([byName("len").start_line, byName("len").start_col, byName("len").bend]).toEqual([8, 15, src.indexOf("len(x)") + 6]);
    const file = await b.fileNode("crlf.py");
    expect(await b.prop(file.node_id, "newline")).toBe("crlf");
    expect(await b.prop(file.node_id, "line_count")).toBe("8");
    expect(await diagnostics(b.out, "crlf.py")).toEqual([]);
  });

  it("multi-byte UTF-8 before definitions: bstart is the byte offset and columns match CPython's ast", async () => {
    const src = [
      '"""Ünïcödé module 😀."""',
      's = "héllo wörld 😀"; t = len(s); u = str(t)',
      "naïve = 1",
      "def ƒ(x=dict(ä=1)):",
      '    return f"{naïve} {ƒ(x)} 😀" + g(x)',
      "class Ünïcode:",
      '    def métho(self, é="😀"):',
      "        return [str(é) for é in range(3)] + [ƒ()]",
      "",
    ].join("\n");
    const b = await build({ "uni.py": src });
    const file = join(b.repo, "uni.py");
    const py = `
import ast, json, sys
data = open(sys.argv[1], "rb").read()
starts = [0]
for i, ch in enumerate(data):
    if ch == 10:
        starts.append(i + 1)
out = []
for n in ast.walk(ast.parse(data)):
    kind = {ast.FunctionDef: "FUNCTION", ast.ClassDef: "CLASS", ast.Call: "CALL"}.get(type(n))
    if kind:
        out.append([kind, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, starts[n.lineno - 1] + n.col_offset])
print(json.dumps(sorted(out)))
`;
    const expected = JSON.parse(execFileSync("python3", ["-c", py, file]).toString()) as unknown[][];
    expect(expected.length).toBeGreaterThan(8);
    const rows = await b.nodes("kind IN ('FUNCTION', 'CLASS', 'CALL') AND path = 'uni.py'");
    const actual = rows
      .map((r) => [r.kind, r.start_line, r.start_col, r.end_line, r.end_col, r.bstart])
      .sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
    expect(actual).toEqual(expected.sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1)));
    // And byte offsets point at the raw bytes of the file as stored.
    const raw = readFileSync(file);
    const cls = rows.find((r) => r.kind === "CLASS") as NodeRow;
    expect(raw.subarray(cls.bstart, cls.bstart + Buffer.byteLength("class Ünïcode")).toString()).toBe("class Ünïcode");
    const method = rows.find((r) => r.kind === "FUNCTION" && r.start_line === 7) as NodeRow;
    expect(method.start_col).toBe(4);
    expect(raw.subarray(method.bstart, method.bend).toString()).toMatch(/^def métho\(self, é="😀"\):\n.*\[ƒ\(\)\]$/s);
    expect(await diagnostics(b.out, "uni.py")).toEqual([]);
    expect(await b.prop((await b.fileNode("uni.py")).node_id, "encoding")).toBe("utf-8");
  });

  it("NUL bytes: the file is binary, gets a DIAGNOSTIC and nothing else; the build goes on", async () => {
    const b = await build({
      "blob.py": Buffer.from([0x64, 0x65, 0x66, 0x20, 0x66, 0x28, 0x29, 0x3a, 0x00, 0x0a, 0xff, 0xfe, 0x00, 0x00]),
      "good.py": "def good():\n    return 1\n",
    });
    const file = await b.fileNode("blob.py");
    expect(await b.prop(file.node_id, "status")).toBe("binary");
    expect(codes(await diagnostics(b.out, "blob.py"))).toEqual(["binary"]);
    expect((await diagnostics(b.out, "blob.py")).every((d) => d.linked)).toBe(true);
    expect(await b.nodes("path = 'blob.py' AND kind NOT IN ('FILE', 'DIAGNOSTIC')")).toEqual([]);
    expect(await b.names("FUNCTION", "good.py")).toEqual(["good"]);
    expect(b.report.files.by_status).toEqual({ binary: 1, ok: 1 });
  });

  it("an empty file is a FILE and a MODULE with no diagnostics", async () => {
    const b = await build({ "pkg/__init__.py": "", "pkg/empty.py": "" });
    const rows = await b.nodes("path = 'pkg/empty.py'");
    expect(rows.map((r) => r.kind).sort()).toEqual(["FILE", "MODULE"]);
    const mod = rows.find((r) => r.kind === "MODULE") as NodeRow;
    expect([mod.qname, mod.bstart, mod.bend, mod.start_line, mod.end_line]).toEqual(["pkg.empty", 0, 0, 1, 1]);
    expect(await b.prop((await b.fileNode("pkg/empty.py")).node_id, "status")).toBe("ok");
    expect(await b.prop((await b.fileNode("pkg/empty.py")).node_id, "line_count")).toBe("0");
    expect(b.report.diagnostics.total).toBe(0);
  });

  it("a file over the size limit is a too_large FILE with a DIAGNOSTIC and is not parsed", async () => {
    const big = `def big():\n${"    x = 1\n".repeat(30)}`;
    const b = await build({ "big.py": big, "small.py": "def small():\n    pass\n" }, { maxFileBytes: 100 });
    const file = await b.fileNode("big.py");
    expect(await b.prop(file.node_id, "status")).toBe("too_large");
    expect(await b.prop(file.node_id, "size_bytes")).toBe(String(big.length));
    // The code is the status with "-": too-large (docs/schema.md).
    const diags = await diagnostics(b.out, "big.py");
    expect(codes(diags)).toEqual(["too-large"]);
    expect(diags[0]?.linked).toBe(true);
    const msg = await queryOut<{ value: string }>(
      b.out,
      "SELECT p.value FROM cpg_props p JOIN cpg_nodes n ON n.node_id = p.entity_id WHERE n.kind = 'DIAGNOSTIC' AND n.path = 'big.py' AND p.key = 'message'",
    );
    expect(msg[0]?.value).toMatch(/max-file-bytes/);
    expect(await b.nodes("path = 'big.py' AND kind NOT IN ('FILE', 'DIAGNOSTIC')")).toEqual([]);
    expect(await b.names("FUNCTION", "small.py")).toEqual(["small"]);
  });

  it("an empty repository builds: zero FILE nodes, every output exists", async () => {
    const base = scratch.dir("empty");
    const repo = join(base, "repo");
    mkdirSync(repo);
    writeFileSync(join(repo, "README.md"), "no python here\n");
    gitInitCommit(repo);
    const b = await buildRepo(repo, join(base, "work"));
    expect(b.report.files.discovered).toBe(0);
    expect(b.report.discovery).toBe("git");
    for (const t of ["cpg_nodes", "cpg_edges", "cpg_props"]) {
      expect(readdirSync(join(b.out, t)).filter((f) => f.endsWith(".parquet")).length).toBeGreaterThan(0);
    }
    expect(existsSync(join(b.out, "report.json"))).toBe(true);
    expect(existsSync(join(b.out, "report.md"))).toBe(true);
    const n = await queryOut<{ files: string; all: string }>(b.out, "SELECT count(*) FILTER (WHERE kind = 'FILE') AS files, count(*) AS all FROM cpg_nodes");
    expect(n[0]).toEqual({ files: "0", all: "0" });
    // The empty tables still carry their schema.
    const cols = await queryOut<{ column_name: string }>(b.out, "SELECT column_name FROM (DESCRIBE SELECT * FROM cpg_edges)");
    expect(cols.map((c) => c.column_name)).toContain("edge_id");
  });

  it("a directory that is not a git repository is walked (hidden and virtualenv folders skipped)", async () => {
    const b = await build({
      "a.py": "import b\n",
      "pkg/b.py": "def b():\n    pass\n",
      ".hidden/h.py": "x = 1\n",
      "venv/lib/v.py": "x = 1\n",
      "pkg/__pycache__/c.py": "x = 1\n",
      "notes.txt": "def not_python(): pass\n",
    });
    expect(b.report.discovery).toBe("walk");
    expect(await b.filePaths()).toEqual(["a.py", "pkg/b.py"]);
  });

  it("git discovery honours .gitignore and includes untracked files that are not ignored", async () => {
    const base = scratch.dir("gitignore");
    const repo = join(base, "repo");
    mkdirSync(repo);
    writeFiles(repo, { ".gitignore": "ignored.py\nbuild/\n", "tracked.py": "def t():\n    pass\n" });
    gitInitCommit(repo);
    writeFiles(repo, { "ignored.py": "x = 1\n", "build/gen.py": "x = 1\n", "untracked.py": "def u():\n    pass\n" });
    const b = await buildRepo(repo, join(base, "work"));
    expect(b.report.discovery).toBe("git");
    const h = helpers(b.out);
    expect(await h.filePaths()).toEqual(["tracked.py", "untracked.py"]);
    expect(await h.names("FUNCTION", "untracked.py")).toEqual(["u"]);
  });

  it("symbolic links: one to an in-repo file is read, one leaving the repository is a symlink_outside FILE that is never read", async () => {
    const base = scratch.dir("symlinks");
    const outside = join(base, "outside");
    writeFiles(outside, { "secret.py": "def secret():\n    return 42\n" });
    const repo = join(base, "repo");
    writeFiles(repo, { "real.py": "def real():\n    return 1\n" });
    symlinkSync("real.py", join(repo, "alias.py"));
    symlinkSync(join(outside, "secret.py"), join(repo, "leak.py"));
    gitInitCommit(repo);
    const b = await buildRepo(repo, join(base, "work"));
    const h = helpers(b.out);
    expect(await h.filePaths()).toEqual(["alias.py", "leak.py", "real.py"]);
    expect(await h.names("FUNCTION", "alias.py")).toEqual(["real"]);
    expect(await h.names("FUNCTION", "real.py")).toEqual(["real"]);
    const leak = await h.fileNode("leak.py");
    expect(await h.prop(leak.node_id, "status")).toBe("symlink_outside");
    // Not read: no hash, no definitions.
    expect(await h.prop(leak.node_id, "sha256")).toBeNull();
    expect(await h.nodes("path = 'leak.py' AND kind NOT IN ('FILE', 'DIAGNOSTIC')")).toEqual([]);
    const diags = await diagnostics(b.out, "leak.py");
    expect(codes(diags)).toEqual(["symlink-outside"]);
    expect(diags[0]?.linked).toBe(true);
  });

  it("unreadable paths become a FILE with a non-ok status and a DIAGNOSTIC, never a crash", async () => {
    const base = scratch.dir("unreadable");
    const repo = join(base, "repo");
    writeFiles(repo, { "locked.py": "def locked():\n    pass\n", "ok.py": "def ok():\n    pass\n", "x.py/inner.py": "def inner():\n    pass\n" });
    mkdirSync(join(repo, "adir"));
    symlinkSync("missing-target.py", join(repo, "dangling.py"));
    symlinkSync("adir", join(repo, "dirlink.py"));
    chmodSync(join(repo, "locked.py"), 0o000);
    // Root (as in CI containers) reads a mode-000 file anyway: probe what this process can do.
    let lockedReadable = true;
    try {
      readFileSync(join(repo, "locked.py"));
    } catch {
      lockedReadable = false;
    }
    try {
      const b = await buildRepo(repo, join(base, "work"));
      const h = helpers(b.out);
      expect(b.report.discovery).toBe("walk");
      const status = async (p: string) => h.prop((await h.fileNode(p)).node_id, "status");

      if (lockedReadable) {
        // Running as root: the mode-000 file is readable, so it is an ordinary file.
        expect(await status("locked.py")).toBe("ok");
        expect(await h.names("FUNCTION", "locked.py")).toEqual(["locked"]);
      } else {
        expect(await status("locked.py")).toBe("unreadable");
        expect(codes(await diagnostics(b.out, "locked.py"))).toEqual(["unreadable"]);
        expect(await h.nodes("path = 'locked.py' AND kind NOT IN ('FILE', 'DIAGNOSTIC')")).toEqual([]);
      }
      // Unreadable whoever runs the test: a dangling link and a link to a directory.
      expect(await status("dangling.py")).toBe("not_a_file");
      expect(codes(await diagnostics(b.out, "dangling.py"))).toEqual(["not-a-file"]);
      expect(await status("dirlink.py")).toBe("not_a_file");
      expect(codes(await diagnostics(b.out, "dirlink.py"))).toEqual(["not-a-file"]);
      for (const p of ["dangling.py", "dirlink.py"]) expect((await diagnostics(b.out, p)).every((d) => d.linked)).toBe(true);
      // A directory named x.py is a directory: its contents are files, it is not one itself.
      const paths = await h.filePaths();
      expect(paths).not.toContain("x.py");
      expect(paths).toContain("x.py/inner.py");
      expect(await h.names("FUNCTION", "ok.py")).toEqual(["ok"]);
    } finally {
      chmodSync(join(repo, "locked.py"), 0o644);
    }
  });

  it("paths with spaces and non-ASCII characters", async () => {
    const b = await build(
      {
        "dir with space/modülé.py": "def ünïcode_fn():\n    return 1\n",
        "dir with space/plain file.py": "import os\n",
        "ok.py": "x = 1\n",
      },
      { gitRepo: true },
    );
    expect(await b.filePaths()).toEqual(["dir with space/modülé.py", "dir with space/plain file.py", "ok.py"]);
    expect(await b.names("FUNCTION", "dir with space/modülé.py")).toEqual(["ünïcode_fn"]);
    const file = await b.fileNode("dir with space/modülé.py");
    expect(file.name).toBe("modülé.py");
    expect(await b.names("IMPORT", "dir with space/plain file.py")).toEqual(["os"]);
    // The modules under a directory whose name is not an identifier are not importable.
    const mod = (await b.nodes("kind = 'MODULE' AND path = 'dir with space/modülé.py'"))[0] as NodeRow;
    expect(await b.prop(mod.node_id, "importable")).toBe("false");
  });

  it("include and exclude globs select the files", async () => {
    const files = {
      "pkg/a.py": "x = 1\n",
      "pkg/sub/b.py": "x = 1\n",
      "pkg/sub/deeper/c.py": "x = 1\n",
      "tests/test_a.py": "x = 1\n",
      "scripts/tool.py": "x = 1\n",
      "setup.py": "x = 1\n",
    };
    const b = await build(files, { include: ["pkg/**", "tests/**"], exclude: ["**/deeper/**"] });
    expect(await b.filePaths()).toEqual(["pkg/a.py", "pkg/sub/b.py", "tests/test_a.py"]);
    const c = await build(files, { exclude: ["sub", "*.py"] });
    expect(await c.filePaths()).toEqual([]);
    const d = await build(files, { exclude: ["sub", "setup.py"] });
    expect(await d.filePaths()).toEqual(["pkg/a.py", "scripts/tool.py", "tests/test_a.py"]);
    expect(d.report.files.discovered).toBe(3);
  });
});
