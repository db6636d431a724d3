/**
 * Import roots: the configuration reader (every config style the roots come from), the TOML
 * reader against Python's tomllib, --python-path, ambiguity notes in report.json, and the
 * incremental engine when a configuration change moves the roots (the moved modules' importers
 * are impacted, and incremental == full).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeBuildOptions } from "../src/config/build-options.ts";
import { fingerprintInputs, fingerprintOf } from "../src/config/fingerprint.ts";
import { readImportRoots } from "../src/config/import-roots.ts";
import { parseToml } from "../src/config/toml.ts";
import { buildRepo, queryOut, scratchRoot, writeFiles } from "./support/cpg-build.ts";
import { buildFull, buildInc, expectSameAsFull, gitCommitAll, gitInit, sidesFor } from "./support/incremental.ts";

const scratch = scratchRoot("import-roots");
afterAll(() => scratch.cleanup());

/** Roots as `project: dir` lines, in order. */
function rootsOf(files: Record<string, string>, pythonFiles: string[], pythonPath: string[] = []): string[] {
  const config = readImportRoots({
    repo: "/nonexistent",
    configFiles: Object.keys(files),
    pythonFiles,
    pythonPath,
    read: (p) => files[p] ?? null,
  });
  return [...config.roots.map((r) => `${r.project || "."}: ${r.dir || "."}`), ...config.notes.map((n) => `${n.code}: ${n.path}`)];
}

describe("reading import roots from the configuration", () => {
  it("setuptools in pyproject.toml: packages.find where, package-dir", () => {
    const py = ["lib/pkg/__init__.py", "src/other/__init__.py", "tests/test_a.py"];
    expect(rootsOf({ "pyproject.toml": '[tool.setuptools.packages.find]\nwhere = ["lib"]\n' }, py)).toEqual([".: .", ".: lib"]);
    expect(rootsOf({ "pyproject.toml": '[tool.setuptools]\npackage-dir = {"" = "lib"}\n' }, py)).toEqual([".: .", ".: lib"]);
    // a renamed-but-same-name mapping gives the parent directory
    expect(rootsOf({ "pyproject.toml": '[tool.setuptools.package-dir]\npkg = "lib/pkg"\n' }, py)).toEqual([".: .", ".: lib"]);
    // a mapping that renames the package is reported, not followed
    expect(rootsOf({ "pyproject.toml": '[tool.setuptools.package-dir]\nnewname = "lib/pkg"\n' }, py)).toEqual([
      ".: .",
      ".: src",
      "package-dir-unsupported: pyproject.toml",
    ]);
    // nothing declared: the src layout is discovered (and the repository root is always first)
    expect(rootsOf({ "pyproject.toml": '[project]\nname = "x"\n' }, py)).toEqual([".: .", ".: src"]);
  });

  it("poetry, hatch, pdm, flit, maturin", () => {
    const py = ["a/src/app/__init__.py", "b/python/hb/__init__.py", "c/code/cp/__init__.py", "d/src/fl/__init__.py", "e/pysrc/mt/__init__.py"];
    const files = {
      "a/pyproject.toml": '[tool.poetry]\nname = "app"\npackages = [{ include = "app", from = "src" }]\n',
      "b/pyproject.toml": '[tool.hatch.build.targets.wheel]\npackages = ["python/hb"]\n',
      "c/pyproject.toml": '[tool.pdm.build]\npackage-dir = "code"\n',
      "d/pyproject.toml": '[build-system]\nbuild-backend = "flit_core.buildapi"\n[project]\nname = "fl"\n',
      "e/pyproject.toml": '[tool.maturin]\npython-source = "pysrc"\n',
    };
    expect(rootsOf(files, py)).toEqual([".: .", "a: a/src", "b: b/python", "c: c/code", "d: d/src", "e: e/pysrc"]);
  });

  it("setup.cfg, setup.py (as text), pytest, mypy and pyright settings", () => {
    const py = ["src/p/__init__.py", "source/q/__init__.py", "testing/u.py", "stubs/s.py", "extra/e.py", "setup.py"];
    expect(
      rootsOf({ "setup.cfg": "[metadata]\nname = p\n[options]\npackage_dir =\n    =src\npackages = find:\n[options.packages.find]\nwhere = src\n" }, py),
    ).toEqual([".: .", ".: src"]);
    expect(
      rootsOf(
        {
          "setup.py":
            'from setuptools import setup, find_packages\n# package_dir={"": "nope"}\nsetup(name="q", package_dir={"": "source"}, packages=find_packages(where="source"))\n',
        },
        py,
      ),
    ).toEqual([".: .", ".: source"]);
    expect(rootsOf({ "pytest.ini": "[pytest]\npythonpath = testing\n", "mypy.ini": "[mypy]\nmypy_path = stubs\n" }, py)).toEqual([
      ".: testing",
      ".: .",
      ".: src",
      ".: stubs",
    ]);
    expect(rootsOf({ "tox.ini": "[tool:pytest]\npythonpath =\n    testing\n" }, py)).toEqual([".: testing", ".: .", ".: src"]);
    expect(rootsOf({ "pyrightconfig.json": '{ "extraPaths": ["extra"] }' }, py)).toEqual([".: .", ".: src", ".: extra"]);
    expect(
      rootsOf(
        {
          "pyproject.toml":
            '[tool.pytest.ini_options]\npythonpath = ["testing"]\n[tool.mypy]\nmypy_path = "$MYPY_CONFIG_FILE_DIR/stubs"\n[tool.pyright]\nextraPaths = ["extra"]\n',
        },
        py,
      ),
    ).toEqual([".: testing", ".: .", ".: src", ".: extra", ".: stubs"]);
  });

  it("nested projects, --python-path, bad input", () => {
    const py = [
      "core/__init__.py",
      "examples/app/app/__init__.py",
      "examples/lib2/src/l2/__init__.py",
      "pkg/sub/__init__.py",
      "pkg/__init__.py",
      "vendor/v.py",
    ];
    const files = {
      "examples/app/pyproject.toml": "[project]\nname = 'app'\n",
      "examples/lib2/setup.py": "import setuptools\nsetuptools.setup(name='l2')\n",
      // a setup.py inside a package configures the package, it is not a project
      "pkg/sub/setup.py": "def configuration():\n    pass\nsetup(configuration=configuration)\n",
    };
    expect(rootsOf(files, py, ["vendor"])).toEqual([".: vendor", ".: .", "examples/app: examples/app", "examples/lib2: examples/lib2/src"]);
    expect(rootsOf({ "pyproject.toml": "[tool.setuptools\nwhere = 1\n" }, py)).toEqual([".: .", "config-unreadable: pyproject.toml"]);
    expect(rootsOf({ "pyproject.toml": '[tool.setuptools.packages.find]\nwhere = ["../elsewhere"]\n' }, py, ["/outside"])).toEqual([
      ".: .",
      "root-outside-repository: pyproject.toml",
      "root-outside-repository: ",
    ]);
  });
});

/** Every TOML document Python's tomllib reads the same way: the fixtures' and the machine's real pyproject.toml files. */
function realTomlFiles(): string[] {
  const found: string[] = [];
  const visit = (dir: string, depth: number) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && depth < 6 && e.name !== "node_modules" && !e.name.startsWith(".")) visit(p, depth + 1);
      else if (e.name === "pyproject.toml" && statSync(p).size < 200_000) found.push(p);
    }
  };
  visit(fileURLToPath(new URL("../fixtures", import.meta.url)), 0);
  for (const d of ["/usr/lib/google-cloud-sdk/platform/gsutil/third_party", "/usr/lib/python3/dist-packages", "/usr/share/doc"]) visit(d, 2);
  return found.sort();
}

describe("the TOML reader", () => {
  it("reads real pyproject.toml files exactly as tomllib does", () => {
    const files = realTomlFiles();
    expect(files.length).toBeGreaterThan(8);
    const script =
      "import json, sys, tomllib\nfor p in sys.argv[1:]:\n    print(json.dumps(tomllib.load(open(p, 'rb')), sort_keys=True, default=str, ensure_ascii=False, separators=(',', ':')))";
    const theirs = execFileSync("python3", ["-c", script, ...files])
      .toString()
      .trim()
      .split("\n");
    const sortKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortKeys)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, x]) => [k, sortKeys(x)]),
            )
          : v;
    files.forEach((f, i) => {
      expect(JSON.stringify(sortKeys(parseToml(readFileSync(f, "utf8")))), f).toBe(theirs[i]);
    });
  });

  it("reads every value form and rejects what is not TOML", () => {
    const doc = parseToml(
      [
        "# comment",
        'a = "x\\ty\\u00e9"  # trailing',
        "b = 'C:\\path'",
        'c = """',
        "multi\\",
        '   line"""',
        "d = '''",
        "raw\\n'''",
        "e = [1, 0x1F, 0o17, 0b11, 1_000, -2.5e3, true, false,",
        "  # inside",
        "]",
        "f = { g.h = 1, i = [] }",
        "j.k = 2",
        "date = 1979-05-27T07:32:00Z",
        "[[arr]]",
        "x = 1",
        "[[arr]]",
        "x = 2",
        '["quoted key".sub]',
        "y = inf",
      ].join("\n"),
    );
    expect(doc).toEqual({
      a: "x\tyé",
      b: "C:\\path",
      c: "multiline",
      d: "raw\\n",
      e: [1, 31, 15, 3, 1000, -2500, true, false],
      f: { g: { h: 1 }, i: [] },
      j: { k: 2 },
      date: "1979-05-27T07:32:00Z",
      arr: [{ x: 1 }, { x: 2 }],
      "quoted key": { sub: { y: Infinity } },
    });
    for (const bad of ["a = ", "a = 1\na = 2", "[t]\n[t]", 'a = "open', "a = [1, 2", "a = {b = 1}\n[a]", "a = 1 2", "= 1", "a = 08"])
      expect(() => parseToml(bad), bad).toThrow(/line \d+/);
  });
});

describe("roots in a build", () => {
  it("--python-path makes a directory a root, and is part of the fingerprint", async () => {
    const repo = scratch.dir("python-path");
    writeFiles(repo, { "vendored/thing.py": "def go():\n    return 1\n", "app/main.py": "import thing\n\nthing.go()\n" });
    const edges = async (pythonPath: string[]) => {
      const built = await buildRepo(repo, scratch.dir("pp-build"), { pythonPath });
      return queryOut<{ dst: string }>(
        built.out,
        "SELECT d.path AS dst FROM cpg_edges e JOIN cpg_nodes d ON d.node_id = e.dst WHERE e.kind = 'FILE_IMPORTS' ORDER BY 1",
      );
    };
    expect(await edges([])).toEqual([]);
    expect(await edges(["vendored"])).toEqual([{ dst: "vendored/thing.py" }]);
    const fp = (pythonPath: string[]) => fingerprintOf(fingerprintInputs(makeBuildOptions({ repo, pythonPath }), "0", 1, "r", "d"));
    expect(fp(["vendored"])).not.toBe(fp([]));
  });

  it("reports two roots providing one module name as notes in report.json", async () => {
    const repo = fileURLToPath(new URL("../fixtures/resolution/nested_projects", import.meta.url));
    const built = await buildRepo(repo, scratch.dir("ambiguous"));
    const report = JSON.parse(readFileSync(join(built.out, "report.json"), "utf8")) as typeof built.report;
    expect(report.import_roots?.roots.map((r) => `${r.project}:${r.dir}`)).toEqual([":", "examples/app:examples/app/src", "examples/other:examples/other/src"]);
    expect(report.import_roots?.ambiguous_modules).toBe(2);
    const notes = (report.import_roots?.notes ?? []).filter((n) => n.code === "ambiguous-module");
    expect(notes.map((n) => n.path)).toEqual(["examples/app/src/app/__init__.py", "examples/other/src/app/__init__.py"]);
    expect(notes[0]?.message).toContain("tools/report.py");
    expect(notes[0]?.message).toContain("over examples/other/src/app/__init__.py");
  });
});

describe("configuration changes in the incremental engine", () => {
  const fileImports = (out: string) =>
    queryOut<{ src: string; dst: string }>(
      out,
      "SELECT s.path AS src, d.path AS dst FROM cpg_edges e JOIN cpg_nodes s ON s.node_id = e.src JOIN cpg_nodes d ON d.node_id = e.dst WHERE e.kind = 'FILE_IMPORTS' ORDER BY 1, 2",
    );

  it("a pyproject.toml that declares a root impacts the importers of the modules it moves; incremental == full", async () => {
    const repo = scratch.dir("config-repo");
    writeFiles(repo, {
      "code/units.py": "METRE = 1\n",
      "code/shapes/__init__.py": "from units import METRE\n",
      "tests/test_units.py": "import units\n\nassert units.METRE == 1\n",
      "other/unrelated.py": "x = 1\n",
    });
    gitInit(repo);
    const s = sidesFor(repo, scratch.dir("config-work"));
    await buildInc(s);
    // code/ is nobody's root yet: `import units` in tests/ is external
    expect(await fileImports(s.out)).toEqual([{ src: "code/shapes/__init__.py", dst: "code/units.py" }]);

    // 1. declaring code/ as the package directory (no Python file changes)
    writeFiles(repo, { "pyproject.toml": '[project]\nname = "shapes"\n\n[tool.setuptools.packages.find]\nwhere = ["code"]\n' });
    gitCommitAll(repo, "declare code/");
    let r = await buildInc(s);
    expect(r.mode).toBe("incremental");
    expect(r.changed).toEqual([]);
    expect(r.impacted.map((i) => i.path)).toContain("tests/test_units.py");
    expect(r.affected_tests).toContain("tests/test_units.py");
    expect(r.impacted.find((i) => i.path === "tests/test_units.py")?.reasons.join(" ")).toMatch(/import roots changed/);
    expect(await fileImports(s.out)).toContainEqual({ src: "tests/test_units.py", dst: "code/units.py" });
    await buildFull(s);
    await expectSameAsFull(s, "after declaring a root");

    // 2. an edit of the configuration that keeps the roots is no change at all
    writeFiles(repo, { "pyproject.toml": '[project]\nname = "shapes"\nversion = "2"\n\n[tool.setuptools.packages.find]\nwhere = ["code"]\n' });
    gitCommitAll(repo, "bump version");
    r = await buildInc(s);
    expect(r.impacted).toEqual([]);

    // 3. removing the declaration moves them back
    rmSync(join(repo, "pyproject.toml"));
    gitCommitAll(repo, "drop pyproject");
    r = await buildInc(s);
    expect(r.impacted.map((i) => i.path)).toContain("tests/test_units.py");
    expect(await fileImports(s.out)).toEqual([{ src: "code/shapes/__init__.py", dst: "code/units.py" }]);
    await buildFull(s);
    await expectSameAsFull(s, "after removing the root");
  });

  it("a nested project appearing renames its modules; their importers are impacted; incremental == full", async () => {
    const repo = scratch.dir("nested-repo");
    writeFiles(repo, {
      "examples/app/app/__init__.py": "from .core import run\n",
      "examples/app/app/core.py": "def run():\n    return 1\n",
      "examples/app/tests/test_core.py": "from app.core import run\n\nrun()\n",
      "examples/app/app.py": "X = 1\n",
      "main.py": "import examples.app.app.core\n",
    });
    gitInit(repo);
    const s = sidesFor(repo, scratch.dir("nested-work"));
    await buildInc(s);
    writeFiles(repo, { "examples/app/setup.cfg": "[metadata]\nname = app\n\n[options]\npackages = find:\n" });
    gitCommitAll(repo, "examples/app is a project");
    const r = await buildInc(s);
    expect(r.mode).toBe("incremental");
    const impacted = r.impacted.map((i) => i.path);
    expect(impacted).toContain("examples/app/tests/test_core.py");
    expect(impacted).toContain("main.py");
    await buildFull(s);
    await expectSameAsFull(s, "after a nested project appeared");
  });
});
