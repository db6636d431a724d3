/**
 * The SCIP layer end to end on a small repository (test/support/scip-fixture.ts) with the real
 * scip-python (about 2 s per run): the index's occurrences land one row each with byte spans that
 * cover exactly the text the index points at (non-ASCII identifiers and strings included); the
 * alignment gives SYMBOL nodes and scip edges; a signature edit changes its users' documents and
 * the incremental run recomputes them with reason scip_changed, equal to a full build; and a
 * corrupt index, a missing, crashing, out-of-memory or slow scip-python each leave a successful
 * build without the layer that says why.
 */
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.ts";
import { runBuild } from "../src/pipeline/run-build.ts";
import { renderPrComment } from "../src/report/pr-comment.ts";
import { renderMarkdown } from "../src/report/render-markdown.ts";
import { decodeScipIndex, isLocalSymbol, type ScipIndex } from "../src/scip/decode-scip-index.ts";
import { readScipIndex } from "../src/scip/read-scip-index.ts";
import { runScipPython } from "../src/scip/run-scip-python.ts";
import { SCIP_PROJECT_NAME } from "../src/scip/scip-layer.ts";
import { loadScipSchema } from "../src/scip/scip-schema.ts";
import { gitInitCommit, queryOut } from "./support/cpg-build.ts";
import { buildFull, buildInc, expectSameAsFull, gitCommitAll, options, scratch, sidesFor } from "./support/incremental.ts";
import { SCIP_FILES_V1, SCIP_FILES_V2, writeScipFixture } from "./support/scip-fixture.ts";

const tmp = scratch("scip-layer");
afterAll(() => tmp.cleanup());

let repo = "";
let indexFile = "";
let index: ScipIndex;

beforeAll(async () => {
  repo = join(tmp.dir("repo"), "repo");
  writeScipFixture(repo, SCIP_FILES_V1);
  gitInitCommit(repo);
  indexFile = join(tmp.root, "v1.scip");
  await runScipPython({ repoDir: repo, outFile: indexFile, projectName: SCIP_PROJECT_NAME, maxOldSpaceMb: 1024 });
  await loadScipSchema();
  index = decodeScipIndex(readFileSync(indexFile));
}, 120_000);

describe("ingesting an index (--scip PATH)", () => {
  let out = "";
  beforeAll(async () => {
    const work = tmp.dir("ingest");
    out = join(work, "out");
    const r = await runBuild(options(repo, join(work, "state"), out, { full: true, scip: { kind: "path", path: indexFile } }));
    expect(r.scip?.status).toBe("ok");
  }, 60_000);

  it("stores one row per occurrence of the index", async () => {
    const total = index.documents.reduce((n, d) => n + d.occurrences.length, 0);
    const rows = await queryOut<{ n: string }>(out, "SELECT count(*) AS n FROM scip_occurrences");
    expect(Number(rows[0]?.n)).toBe(total);
    const perDoc = await queryOut<{ path: string; n: string }>(
      out,
      "SELECT f.path, count(*) AS n FROM scip_occurrences o JOIN cpg_nodes f ON f.kind = 'FILE' AND f.file_id = o.file_id GROUP BY 1 ORDER BY 1",
    );
    expect(perDoc.map((r) => [r.path, Number(r.n)])).toEqual(
      index.documents.map((d) => [d.relativePath, d.occurrences.length]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it("gives every occurrence the byte span of exactly the text its range names (UTF-16 ranges, non-ASCII before it)", async () => {
    const rows = await queryOut<{ path: string; ordinal: number; bstart: number; bend: number; start_line: number; start_col: number; symbol: string }>(
      out,
      "SELECT f.path, o.ordinal, o.bstart, o.bend, o.start_line, o.start_col, o.symbol FROM scip_occurrences o JOIN cpg_nodes f ON f.kind = 'FILE' AND f.file_id = o.file_id",
    );
    const byKey = new Map(rows.map((r) => [`${r.path}#${r.ordinal}`, r]));
    let checked = 0;
    let nonAsciiBefore = 0;
    let nonAsciiNames = 0;
    for (const doc of index.documents) {
      const bytes = readFileSync(join(repo, doc.relativePath));
      const lines = bytes.toString("utf8").split("\n"); // JS strings index by UTF-16 unit, as scip-python counts
      doc.occurrences.forEach((o, i) => {
        const row = byKey.get(`${doc.relativePath}#${i}`);
        expect(row, `${doc.relativePath} occurrence ${i}`).toBeDefined();
        expect(o.range.startLine).toBe(o.range.endLine);
        const line = lines[o.range.startLine] as string;
        const want = line.slice(o.range.startChar, o.range.endChar);
        const got = bytes.subarray(Number(row?.bstart), Number(row?.bend)).toString("utf8");
        expect(got, `${doc.relativePath}:${o.range.startLine + 1} ${o.symbol}`).toBe(want);
        expect(Number(row?.start_line)).toBe(o.range.startLine + 1);
        expect(Number(row?.start_col)).toBe(Buffer.byteLength(line.slice(0, o.range.startChar)));
        // a non-local symbol's occurrence is its name (or `name as alias`, or a module path)
        const name = /`?([^`/#.()]+)`?(\(\))?[.#]$/u.exec(o.symbol)?.[1];
        if (name && !isLocalSymbol(o.symbol)) expect(got === name || got.startsWith(`${name} as `), `${o.symbol}: "${got}"`).toBe(true);
        if (/[^\x00-\x7f]/.test(line.slice(0, o.range.startChar))) nonAsciiBefore++;
        if (/[^\x00-\x7f]/.test(got)) nonAsciiNames++;
        checked++;
      });
    }
    expect(checked).toBe(rows.length);
    expect(nonAsciiBefore).toBeGreaterThanOrEqual(8);
    expect(nonAsciiNames).toBeGreaterThanOrEqual(6); // Café, grüße, π at their definitions and uses
  });

  it("aligns sites: SYMBOL nodes, DEFINES_SYMBOL / REFERENCES_SYMBOL, and CALLS with resolver scip to in-repo definitions", async () => {
    const calls = await queryOut<{ path: string; callee: string; target: string }>(
      out,
      `SELECT s.path, s.name AS callee, d.qname AS target FROM cpg_edges e JOIN cpg_nodes s ON s.node_id = e.src JOIN cpg_nodes d ON d.node_id = e.dst
       WHERE e.kind = 'CALLS' AND e.resolver = 'scip' ORDER BY 1, 2, 3`,
    );
    expect([...new Set(calls.filter((c) => c.path === "pkg/b.py").map((c) => `${c.callee} -> ${c.target}`))].sort()).toEqual([
      "Café -> pkg.a.Café",
      "Café().grüße -> pkg.a.Café.grüße",
      "helper -> pkg.a.helper",
    ]);
    const defs = await queryOut<{ qname: string; symbol: string }>(
      out,
      `SELECT s.qname, y.name AS symbol FROM cpg_edges e JOIN cpg_nodes s ON s.node_id = e.src JOIN cpg_nodes y ON y.node_id = e.dst AND y.kind = 'SYMBOL'
       WHERE e.kind = 'DEFINES_SYMBOL' AND s.kind IN ('CLASS', 'FUNCTION') ORDER BY 1`,
    );
    expect(defs).toEqual(
      expect.arrayContaining([
        { qname: "pkg.a.Café", symbol: "scip-python python project 0 `pkg.a`/`Café`#" },
        { qname: "pkg.a.Café.grüße", symbol: "scip-python python project 0 `pkg.a`/`Café`#`grüße`()." },
      ]),
    );
    const refs = await queryOut<{ n: string }>(out, "SELECT count(*) AS n FROM cpg_edges WHERE kind = 'REFERENCES_SYMBOL' AND resolver = 'scip'");
    expect(Number(refs[0]?.n)).toBeGreaterThan(10);
    // every edge end exists
    const dangling = await queryOut<{ n: string }>(
      out,
      "SELECT count(*) AS n FROM cpg_edges e WHERE e.resolver = 'scip' AND (e.src NOT IN (SELECT node_id FROM cpg_nodes) OR e.dst NOT IN (SELECT node_id FROM cpg_nodes))",
    );
    expect(Number(dangling[0]?.n)).toBe(0);
    const agree = await queryOut<{ agreement: string; n: string }>(out, "SELECT agreement, count(*) AS n FROM scip_alignment GROUP BY 1");
    expect(Number(agree.find((a) => a.agreement === "agree")?.n ?? 0)).toBeGreaterThan(5);
  });

  it("documents a query picking one answer per call site: SCIP where present, else syntactic", async () => {
    const rows = await queryOut<{ resolver: string; n: string }>(
      out,
      `SELECT resolver, count(*) AS n FROM (
         SELECT * FROM cpg_edges WHERE kind = 'CALLS'
         QUALIFY row_number() OVER (PARTITION BY src ORDER BY resolver = 'scip' DESC, dst) = 1) GROUP BY 1`,
    );
    const total = await queryOut<{ n: string }>(out, "SELECT count(DISTINCT src) AS n FROM cpg_edges WHERE kind = 'CALLS'");
    expect(rows.reduce((n, r) => n + Number(r.n), 0)).toBe(Number(total[0]?.n));
    expect(rows.some((r) => r.resolver === "scip")).toBe(true);
  });
});

describe("semantic diff: a signature change recomputes the users (scip_changed)", () => {
  it("incremental with --scip auto equals a full build after the edit, and names the users", async () => {
    const work = tmp.dir("history");
    const hrepo = join(work, "repo");
    writeScipFixture(hrepo, SCIP_FILES_V1);
    gitInitCommit(hrepo);
    const sides = sidesFor(hrepo, work);
    const auto = { scip: { kind: "auto" } } as const;
    const first = await buildInc(sides, auto);
    expect(first.scip?.status).toBe("ok");
    await buildFull(sides, auto);
    await expectSameAsFull(sides, "v1");

    writeScipFixture(hrepo, SCIP_FILES_V2);
    gitCommitAll(hrepo, "helper takes a str");
    const inc = await buildInc(sides, auto);
    expect(inc.mode).toBe("incremental");
    expect(inc.changed.map((c) => c.path)).toEqual(["pkg/a.py"]);
    const reasons = Object.fromEntries(inc.impacted.map((i) => [i.path, i.reasons]));
    // b.py: t = helper(2) is now a str; c.py: z = t follows it. Their text did not change.
    expect(reasons["pkg/b.py"]).toContain("scip_changed");
    expect(reasons["pkg/c.py"]).toContain("scip_changed");
    expect(reasons["pkg/d.py"]).toBeUndefined();
    expect(inc.scip?.changed_documents).toBeGreaterThanOrEqual(3);
    await buildFull(sides, auto);
    await expectSameAsFull(sides, "after the signature edit");

    // The layer failing after a good run: every document goes, and the result is a full build without it.
    const corrupt = join(work, "corrupt.scip");
    writeFileSync(corrupt, Buffer.from("garbage that is not protobuf"));
    const bad = { scip: { kind: "path", path: corrupt } } as const;
    const off = await buildInc(sides, bad);
    expect(off.mode).toBe("incremental");
    expect(off.scip?.status).toBe("failed");
    expect(off.impacted.map((i) => i.path).sort()).toEqual(Object.keys(SCIP_FILES_V1).sort());
    await buildFull(sides, bad);
    await expectSameAsFull(sides, "after the layer failed");
    // and back on
    const back = await buildInc(sides, auto);
    expect(back.scip?.status).toBe("ok");
    expect(back.impacted.every((i) => i.reasons.includes("scip_changed"))).toBe(true);
    await buildFull(sides, auto);
    await expectSameAsFull(sides, "layer back on");
  }, 180_000);
});

describe("indexing only some files (a generated pyrightconfig.json include) and merging", () => {
  async function docs(file: string): Promise<Map<string, Buffer>> {
    const m = new Map<string, Buffer>();
    await readScipIndex(file, {
      onDocument(d, raw) {
        m.set(d.relativePath, Buffer.from(raw));
      },
    });
    return m;
  }

  // On this fixture the kept document is byte-identical to the full index's; on Django it is not
  // (same occurrences, SymbolInformation in another order and number: docs/benchmarks.md, scip).
  it("on the fixture: the kept document equals the full index's; merged into the previous index it misses exactly the users outside the impacted set", async () => {
    const work = tmp.dir("merge");
    const r = join(work, "repo");
    writeScipFixture(r, SCIP_FILES_V2);
    const idx = (name: string) => runScipPython({ repoDir: r, outFile: join(work, name), projectName: SCIP_PROJECT_NAME, maxOldSpaceMb: 1024 });
    await idx("full-v2.scip");
    // pycpg's syntactic closure for the signature edit is pkg/a.py alone (the interface did not change)
    writeFileSync(join(r, "pyrightconfig.json"), JSON.stringify({ include: ["pkg/a.py"] }));
    await idx("only-a.scip");
    const full = await docs(join(work, "full-v2.scip"));
    const part = await docs(join(work, "only-a.scip"));
    const previous = await docs(indexFile); // v1
    expect(part.has("pkg/a.py")).toBe(true);
    expect(part.size).toBeLessThan(full.size);
    expect(part.get("pkg/a.py")?.equals(full.get("pkg/a.py") as Buffer)).toBe(true);
    const merged = new Map([...previous, ["pkg/a.py", part.get("pkg/a.py") as Buffer]]);
    const differ = [...full.keys()].filter((p) => !merged.get(p)?.equals(full.get(p) as Buffer)).sort();
    // the documents whose analysis changed through helper's new return type: what scip_changed catches
    expect(differ).toEqual(["pkg/b.py", "pkg/c.py"]);
  }, 60_000);
});

describe("without an index the build goes on, exit 0, and says why", () => {
  const script = (name: string, body: string) => {
    const p = join(tmp.root, name);
    writeFileSync(p, body);
    chmodSync(p, 0o755);
    return p;
  };

  async function buildWith(extra: Record<string, unknown>, env: string | null) {
    const work = tmp.dir("fail");
    const prev = process.env.PYCPG_SCIP_PYTHON;
    if (env !== null) process.env.PYCPG_SCIP_PYTHON = env;
    try {
      const t0 = performance.now();
      const report = await runBuild(options(repo, join(work, "state"), join(work, "out"), { full: true, ...extra }));
      return { report, seconds: (performance.now() - t0) / 1000, out: join(work, "out") };
    } finally {
      if (prev === undefined) delete process.env.PYCPG_SCIP_PYTHON;
      else process.env.PYCPG_SCIP_PYTHON = prev;
    }
  }

  const cases: [string, Record<string, unknown>, () => string | null, RegExp][] = [
    ["a corrupt index", { scip: { kind: "path", path: "" } }, () => null, /^corrupt$/],
    ["a missing index file", { scip: { kind: "path", path: "/nonexistent/index.scip" } }, () => null, /^no_index$/],
    ["a missing scip-python", { scip: { kind: "auto" } }, () => "/nonexistent/scip-python", /^missing$/],
    ["a crashing scip-python", { scip: { kind: "auto" } }, () => script("crash.mjs", 'console.error("boom: internal error"); process.exit(3);\n'), /^failed$/],
    [
      "scip-python out of memory",
      { scip: { kind: "auto" } },
      () => script("oom.mjs", 'console.error("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"); process.exit(134);\n'),
      /^oom$/,
    ],
    ["scip-python out of time", { scip: { kind: "auto" }, scipTimeoutS: 1 }, () => script("slow.mjs", "setTimeout(() => {}, 60_000);\n"), /^timeout$/],
  ];

  for (const [what, extra, env, failure] of cases) {
    it(`${what}`, async () => {
      if ((extra.scip as { path?: string }).path === "") {
        const p = join(tmp.root, "garbage.scip");
        writeFileSync(p, new Uint8Array([0x12, 0xff, 0xff, 0x03, 0x0a]));
        extra.scip = { kind: "path", path: p };
      }
      const { report, seconds, out } = await buildWith(extra, env());
      expect(report.scip?.status).toBe("failed");
      expect(report.scip?.failure).toMatch(failure);
      expect(report.scip?.reason).toBeTruthy();
      if (report.scip?.failure === "corrupt") expect(report.scip.reason).toMatch(/byte \d+/);
      if (report.scip?.failure === "timeout") expect(seconds).toBeLessThan(30);
      // the syntactic graph is whole, the layer's part empty
      expect(report.graph.nodes.FUNCTION).toBeGreaterThan(0);
      expect(report.graph.nodes.SYMBOL).toBeUndefined();
      expect(Number((await queryOut<{ n: string }>(out, "SELECT count(*) AS n FROM scip_occurrences"))[0]?.n)).toBe(0);
      expect(renderMarkdown(report)).toContain("Built without the SCIP layer");
      const comment = renderPrComment({
        report,
        header: "pycpg",
        context: { runUrl: null, artifactUrl: null, cache: "miss", baseSha: null, headSha: null, notices: [] },
      });
      expect(comment).toMatch(/Built without the SCIP layer \(scip: (auto|path), [a-z_]+\)/);
    }, 60_000);
  }

  it("the CLI exits 0 with a line saying the layer is missing and why", async () => {
    const work = tmp.dir("cli");
    const garbage = join(tmp.root, "cli-garbage.scip");
    writeFileSync(garbage, "not an index");
    let out = "";
    const err = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    const code = await main(["build", "--repo", repo, "--state", join(work, "s"), "--out", join(work, "o"), "--scip", garbage, "--quiet"], {
      out: (s) => void (out += s),
      err,
    });
    expect(code).toBe(0);
    expect(out).toMatch(/scip: built WITHOUT the SCIP layer: the SCIP index .*cli-garbage\.scip is not usable: corrupt at byte \d+/);
    const usage = await main(["build", "--repo", repo, "--scip", "--full"], { out: () => {}, err });
    expect(usage).toBe(2);
  }, 60_000);
});

describe("git is not needed", () => {
  it("indexes a work tree that is not a repository", async () => {
    const work = tmp.dir("nogit");
    const plain = join(work, "plain");
    writeScipFixture(plain, { "m.py": "def f() -> int:\n    return 1\n\nx = f()\n" });
    const r = await runBuild(options(plain, join(work, "state"), join(work, "out"), { full: true, scip: { kind: "auto" } }));
    expect(r.scip?.status).toBe("ok");
    expect(r.graph.edges.CALLS).toBeGreaterThanOrEqual(2); // syntactic + scip
  }, 60_000);
});
