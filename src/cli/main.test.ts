/**
 * The command line, run in-process through `main(argv, io)` with captured output, plus one run of
 * the bundled binary as a child process.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git as gitIn, gitInitCommit, scratchRoot, writeFiles } from "../../test/support/cpg-build.ts";
import type { BuildReport } from "../report/build-report.ts";
import { type CliIo, main } from "./main.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

interface Captured {
  io: CliIo;
  out: () => string;
  err: () => string;
}

function capture(isTTY = false): Captured {
  let out = "";
  let err = "";
  const errStream = {
    isTTY,
    write(s: string | Uint8Array) {
      err += typeof s === "string" ? s : Buffer.from(s).toString();
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { io: { out: (s) => void (out += s), err: errStream }, out: () => out, err: () => err };
}

async function cli(argv: string[], isTTY = false): Promise<{ code: number; out: string; err: string }> {
  const c = capture(isTTY);
  const code = await main(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

const scratch = scratchRoot("cli");
let repo: string;
let out: string;
let state: string;

beforeAll(async () => {
  repo = scratch.dir("repo");
  writeFiles(repo, {
    "pkg/__init__.py": "",
    "pkg/core.py": "import os\n\n\ndef helper(x):\n    return os.path.join(x, 'y')\n\n\ndef main():\n    return helper('a') + helper('b')\n",
    "pkg/broken.py": "def ok():\n    pass\n\ndef bad(:\n    pass\n",
  });
  gitInitCommit(repo);
  out = join(scratch.root, "out");
  state = join(scratch.root, "state");
});
afterAll(() => scratch.cleanup());

describe("pycpg CLI (in-process)", () => {
  it("--help prints the usage and exits 0", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("Usage:");
      expect(r.out).toContain("pycpg build");
      expect(r.out).toContain("Exit status: 0 success, 1 failure, 2 usage error.");
    }
  });

  it("no arguments prints the usage and exits 2", async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain("Usage:");
  });

  it("an unknown command or a bad flag exits 2 and points at --help", async () => {
    const unknown = await cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown command "frobnicate"');
    expect(unknown.err).toContain("Run `pycpg --help`");

    const badFlag = await cli(["build", "--repo", repo, "--no-such-flag"]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toContain("--no-such-flag");
    expect(badFlag.err).toContain("Run `pycpg --help`");

    const badNumber = await cli(["build", "--repo", repo, "--threads", "many"]);
    expect(badNumber.code).toBe(2);
    expect(badNumber.err).toContain('--threads takes a whole number, got "many"');
    expect(badNumber.err).toContain("Run `pycpg --help`");

    const twoSql = await cli(["query", "--out", out, "SELECT 1", "SELECT 2"]);
    expect(twoSql.code).toBe(2);
    expect(twoSql.err).toContain("query takes exactly one SQL string");
  });

  it("--version prints the package.json version", async () => {
    for (const flag of ["--version", "-V"]) {
      const r = await cli([flag]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${VERSION}\n`);
    }
  });

  it("build exits 0 and writes report.json, report.md and the three tables", async () => {
    const r = await cli(["build", "--repo", repo, "--state", state, "--out", out, "--full"]);
    expect(r.err).not.toContain("internal error");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^pycpg: full build of 3 files: \d+ nodes, \d+ edges, \d+ props, [1-9]\d* diagnostics in [\d.]+ s\n/);
    expect(r.out).toContain(`report: ${join(out, "report.md")}`);
    // Progress went to stderr as plain lines (not a terminal).
    expect(r.err).toContain("discover: 3 Python files (git)");
    expect(r.err).not.toContain("\r");
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { files: { discovered: number }; mode: string };
    expect(report.files.discovered).toBe(3);
    expect(report.mode).toBe("full");
    expect(readFileSync(join(out, "report.md"), "utf8").length).toBeGreaterThan(100);
    for (const t of ["cpg_nodes", "cpg_edges", "cpg_props"]) {
      expect(statSync(join(out, t)).isDirectory()).toBe(true);
      expect(readdirSync(join(out, t)).filter((f) => f.endsWith(".parquet")).length).toBeGreaterThan(0);
    }
  });

  it("build --quiet prints no progress; a terminal gets a progress bar", async () => {
    const quiet = await cli(["build", "--repo", repo, "--state", join(scratch.root, "state-q"), "--out", join(scratch.root, "out-q"), "--quiet"]);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe("");
    const tty = await cli(["build", "--repo", repo, "--state", join(scratch.root, "state-t"), "--out", join(scratch.root, "out-t")], true);
    expect(tty.code).toBe(0);
    expect(tty.err).toMatch(/\rextract +\[#+\] 3\/3 files/);
  });

  it("query prints rows as a table, or JSON lines with --json", async () => {
    const sql = "SELECT name, count(*) AS n FROM cpg_nodes WHERE kind = 'FUNCTION' GROUP BY name ORDER BY name";
    const table = await cli(["query", "--out", out, sql]);
    expect(table.err).toBe("");
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/helper\s*│\s*1/);
    expect(table.out).toContain("(4 rows)");
    const json = await cli(["query", "--out", out, "--json", sql]);
    expect(json.code).toBe(0);
    const rows = json.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { name: string; n: string | number });
    expect(rows.map((r) => r.name)).toEqual(["bad", "helper", "main", "ok"]);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    // The three views exist.
    const views = await cli(["query", "--out", out, "--json", "SELECT (SELECT count(*) FROM cpg_edges) > 0 AS e, (SELECT count(*) FROM cpg_props) > 0 AS p"]);
    expect(JSON.parse(views.out)).toEqual({ e: true, p: true });
  });

  it("query on a directory with no build exits 1 and says to run build first", async () => {
    const empty = join(scratch.root, "never-built");
    mkdirSync(empty);
    for (const dir of [empty, join(scratch.root, "does-not-exist")]) {
      const r = await cli(["query", "--out", dir, "SELECT 1"]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`no published CPG in ${dir}`);
      expect(r.err).toContain("run `pycpg build");
      expect(r.err).toContain("first");
      expect(r.err).not.toContain("internal error");
    }
  });

  it("a failing SQL query exits 1 with the database's message", async () => {
    const r = await cli(["query", "--out", out, "SELECT no_such_column FROM cpg_nodes"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("pycpg: the query failed:");
    expect(r.err).toContain("no_such_column");
    expect(r.err).not.toContain("internal error");
  });

  it("verify exits 0 when the output equals a full rebuild", async () => {
    const r = await cli(["verify", "--repo", repo, "--out", out, "--quiet"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("cpg_nodes: equal");
    expect(r.out).toContain("verify: the output equals a full rebuild");
  });

  it("build of a missing repository exits 1 with a user error and creates nothing", async () => {
    // With the default --state/--out (inside the repository) nothing may be created either:
    // the typo'd directory must not spring into existence with an empty graph in it.
    const missing = join(scratch.root, "no-such-repo");
    for (const argv of [
      ["build", "--repo", missing, "--quiet"],
      ["build", "--repo", missing, "--state", join(scratch.root, "s2"), "--out", join(scratch.root, "o2"), "--quiet"],
    ]) {
      const r = await cli(argv);
      expect(r.code).toBe(1);
      expect(r.err).toBe(`pycpg: the repository ${missing} is not a directory\n`);
      expect(existsSync(missing)).toBe(false);
    }
    const file = join(repo, "pkg", "core.py");
    const r = await cli(["build", "--repo", file, "--state", join(scratch.root, "s3"), "--out", join(scratch.root, "o3"), "--quiet"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("is not a directory");
  });
});

describe("pycpg build --base / --head", () => {
  it("--head refuses a checkout that is not at the given commit, and names what to do", async () => {
    const bad = await cli([
      "build",
      "--repo",
      repo,
      "--state",
      join(scratch.root, "s4"),
      "--out",
      join(scratch.root, "o4"),
      "--head",
      "no-such-rev",
      "--quiet",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("--head no-such-rev is not a commit");
    gitIn(repo, "commit", "-q", "--allow-empty", "-m", "second");
    const behind = await cli(["build", "--repo", repo, "--state", join(scratch.root, "s4"), "--out", join(scratch.root, "o4"), "--head", "HEAD~1", "--quiet"]);
    expect(behind.code).toBe(1);
    expect(behind.err).toContain("check out HEAD~1 first");
    expect(existsSync(join(scratch.root, "o4", "report.json"))).toBe(false);
    const ok = await cli(["build", "--repo", repo, "--state", join(scratch.root, "s4"), "--out", join(scratch.root, "o4"), "--head", "HEAD", "--quiet"]);
    expect(ok.code).toBe(0);
  });

  it("--base gives git's proposal to a state that records no commit: only git's changed paths are hashed", async () => {
    const r2 = scratch.dir("repo-base");
    writeFiles(r2, { "a.py": "def f():\n    return 1\n", "b.py": "from a import f\n\nf()\n" });
    const o2 = join(scratch.root, "o5");
    const s2 = join(scratch.root, "s5");
    expect((await cli(["build", "--repo", r2, "--state", s2, "--out", o2, "--quiet"])).code).toBe(0); // not a git repository yet
    gitInitCommit(r2);
    const base = gitIn(r2, "rev-parse", "HEAD").trim();
    writeFiles(r2, { "a.py": "def f():\n    return 2\n" });
    gitIn(r2, "commit", "-q", "-am", "edit a");
    const b2 = await cli(["build", "--repo", r2, "--state", s2, "--out", o2, "--base", base, "--quiet"]);
    expect(b2.err).toBe("");
    expect(b2.code).toBe(0);
    const report = JSON.parse(readFileSync(join(o2, "report.json"), "utf8")) as { mode: string; changed: { path: string; status: string }[] };
    expect(report.mode).toBe("incremental");
    expect(report.changed).toEqual([{ path: "a.py", status: "modified", old_path: null }]);
    const q = await cli(["query", "--out", o2, "--json", "SELECT path, status, reason FROM diff_report ORDER BY path"]);
    expect(q.err).toBe("");
    expect(q.code).toBe(0);
    const rows = q.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { path: string; status: string; reason: string });
    expect(rows.find((r) => r.path === "b.py")).toEqual({ path: "b.py", status: "unchanged", reason: "not in git's change list" });
    expect(rows.find((r) => r.path === "a.py")).toEqual({ path: "a.py", status: "modified", reason: "content hash changed" });
  });
});

describe("pycpg demo", () => {
  it("builds the sample, commits a signature change, builds incrementally and prints the PR comment", async () => {
    const dir = join(scratch.root, "demo");
    const r = await cli(["demo", "--dir", dir, "--quiet"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^1\. pycpg: full build of 29 files: /);
    expect(r.out).toMatch(/\n3\. pycpg: incremental build of 29 files: /);
    // the comment, as the action would post it
    const comment = r.out.slice(r.out.indexOf("<!-- pycpg-comment:pycpg -->"));
    expect(comment).toMatch(
      /^<!-- pycpg-comment:pycpg -->\n### pycpg\n\*\*1 file changed → 3 files impacted → 1 test file affected\*\* · incremental · cache: local state · /,
    );
    expect(comment).toContain(
      "- ✏️ changed function `percent`: `def percent(value, /, places: int = 4) -> Decimal` → `def percent(value, /, *, places: int = 2) -> Decimal`",
    );
    expect(comment).toContain("- `shop/plugins/discounts.py`: imports shop.pricing (changed: percent)");
    expect(comment).toContain("```sh\npython -m pytest tests/test_pricing.py\n```");
    expect(comment).toContain('n0["shop/pricing.py"]:::changed');
    expect(comment).toMatch(/\| nodes \| \+\d+ \/ −\d+ \|/);
    // the commit is real: base -> head in the footer, and the report says what changed
    expect(comment).toMatch(/<sub>`[0-9a-f]{10}` → `[0-9a-f]{10}` · pycpg /);
    const report = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as BuildReport;
    expect(report.mode).toBe("incremental");
    expect(report.changed).toEqual([{ path: "shop/pricing.py", status: "modified", old_path: null }]);
    expect(report.affected_tests).toEqual(["tests/test_pricing.py"]);
    // the query over the new graph finds the callers of the changed function
    expect(r.out).toMatch(/pricing\.percent\s*│\s*test_pricing\.test_percent_is_redefined/);
    expect(r.out).toContain(`State: ${join(dir, "state")}`);
  });
});

describe("pycpg binary", () => {
  it("the bundled bin/pycpg.js starts and prints the usage", () => {
    expect(existsSync(join(ROOT, "dist", "cli.js")), "dist/cli.js is missing: run `npm run build`").toBe(true);
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "pycpg.js"), "--help"], { encoding: "utf8", timeout: 30_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`pycpg ${VERSION}:`);
    expect(r.stdout).toContain("Usage:");
    const bad = spawnSync(process.execPath, [join(ROOT, "bin", "pycpg.js"), "nope"], { encoding: "utf8", timeout: 30_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Run `pycpg --help`");
  });
});
