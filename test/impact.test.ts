/**
 * The impact closure, through small repositories: a full build, one change in the work tree
 * (uncommitted; git proposes it), an incremental build; then what the report's `impacted` says:
 * which files, and why. Each case also checks that the incremental output equals a full build.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../src/report/build-report.ts";
import { renderMarkdown } from "../src/report/render-markdown.ts";
import { buildFull, buildInc, expectSameAsFull, gitInit, scratch, sidesFor } from "./support/incremental.ts";

const tmp = scratch("impact");
afterAll(() => tmp.cleanup());

type Files = Record<string, string>;

function write(root: string, files: Files): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

interface Impact {
  report: BuildReport;
  /** path -> reasons */
  impacted: Map<string, string[]>;
}

/** Builds `files`, applies `change` to the work tree, builds incrementally; checks equality with a full build. */
async function impactOf(files: Files, change: (root: string) => void): Promise<Impact> {
  const work = tmp.dir("case");
  const repo = join(work, "repo");
  mkdirSync(repo);
  write(repo, files);
  gitInit(repo);
  const s = sidesFor(repo, work);
  const first = await buildInc(s);
  expect(first.mode).toBe("full");
  change(repo);
  const report = await buildInc(s);
  expect(report.mode).toBe("incremental");
  await buildFull(s);
  await expectSameAsFull(s, "impact case");
  return { report, impacted: new Map(report.impacted.map((i) => [i.path, i.reasons])) };
}

/** Appends a top-level definition: the module's interface changes. */
const addDef =
  (path: string, name = "added_later") =>
  (root: string) =>
    write(root, { [path]: `${readText(root, path)}\n\ndef ${name}():\n    return 1\n` });

function readText(root: string, path: string): string {
  return readFileSync(join(root, path), "utf8");
}

function expectImpacted(i: Impact, path: string, reasonPattern?: RegExp): void {
  const reasons = i.impacted.get(path);
  expect(reasons, `${path} should be impacted; impacted: ${JSON.stringify(i.report.impacted)}`).toBeDefined();
  expect(reasons?.length).toBeGreaterThan(0);
  if (reasonPattern) expect(reasons?.join(" | ")).toMatch(reasonPattern);
}

function expectNotImpacted(i: Impact, path: string): void {
  expect(i.impacted.has(path), `${path} should not be impacted; impacted: ${JSON.stringify(i.report.impacted)}`).toBe(false);
}

const UNRELATED = { "other.py": "import json\n\n\ndef unrelated():\n    return json.dumps(1)\n" };

/** Renames a top-level definition (its importers are left as they are). */
const renameDef = (path: string, from: string, to: string) => (root: string) =>
  write(root, { [path]: readText(root, path).replace(new RegExp(`\\b${from}\\b`, "g"), to) });

describe("what the report says of each impacted file", () => {
  it("graph_changed: a file recomputed whose rows came out the same says so", async () => {
    const i = await impactOf(
      {
        "lib.py": "def f(a):\n    return a\n",
        "caller.py": "from lib import f\n\nf(1)\n",
        "user.py": "from lib import f\n\n\ndef g():\n    return f(2).real\n",
        ...UNRELATED,
      },
      // f's signature changes (its interface), not its id, place or what it returns
      (root) => write(root, { "lib.py": "def f(a, b=0):\n    return a\n" }),
    );
    // user.py reads what f returns, which the type rules take from f's signature: recomputed, the same
    expectImpacted(i, "user.py", /type dependency \(lib\.py\)/);
    expectNotImpacted(i, "caller.py");
    const byPath = new Map(i.report.impacted.map((x) => [x.path, x.graph_changed]));
    expect(byPath.get("lib.py")).toBe(true); // its parameter b is a new node
    expect(byPath.get("user.py")).toBe(false);
    // and graph_changed agrees with the delta's files
    const deltaFiles = new Set(((i.report.delta?.files ?? []) as { path: string }[]).map((f) => f.path));
    for (const x of i.report.impacted) expect(x.graph_changed, x.path).toBe(deltaFiles.has(x.path));
    expect(renderMarkdown(i.report)).toContain("| user.py | type dependency (lib.py) | the same (rechecked) |");
  });
});

describe("a changed name impacts the files that read it (name-level)", () => {
  it("`import a`: only the files that load the changed name as an attribute", async () => {
    const i = await impactOf(
      {
        "a.py": "def f():\n    return 1\n\n\ndef g():\n    return 2\n",
        "b.py": "import a\n\nX = a.f()\n",
        "c.py": "import a\n\nY = a.g()\n",
        ...UNRELATED,
      },
      renameDef("a.py", "f", "f2"),
    );
    expectImpacted(i, "a.py", /content_changed \(modified\)/);
    expectImpacted(i, "b.py", /uses attributes of a \(changed: a\.f/);
    expectNotImpacted(i, "c.py");
    expectNotImpacted(i, "other.py");
  });

  it("a new name impacts nobody who does not read it", async () => {
    const i = await impactOf(
      { "a.py": "def f():\n    return 1\n", "b.py": "import a\n\nX = a.f()\n", "c.py": "from a import f\n", ...UNRELATED },
      addDef("a.py"),
    );
    expectNotImpacted(i, "b.py");
    expectNotImpacted(i, "c.py");
  });

  it("a rename of an imported function impacts only the importers of that name", async () => {
    const i = await impactOf(
      {
        "a.py": "def x():\n    return 1\n\n\ndef y():\n    return 2\n",
        "uses_x.py": "from a import x\n\nY = x()\n",
        "uses_y.py": "from a import y\n\nY = y()\n",
        ...UNRELATED,
      },
      renameDef("a.py", "y", "y2"),
    );
    expectImpacted(i, "uses_y.py", /imports a \(changed: y\)/);
    expectNotImpacted(i, "uses_x.py");
    expectNotImpacted(i, "other.py");
  });

  it("relative imports: `from .a import x`, `from ..a import x`, and `from . import a` with and without attribute reads", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "",
        "pkg/a.py": "def x():\n    return 1\n",
        "pkg/b.py": "from .a import x\n",
        "pkg/sub/__init__.py": "",
        "pkg/sub/c.py": "from ..a import x\n",
        "pkg/sub/d.py": "from .. import a\n",
        "pkg/sub/e.py": "from .. import a\n\nE = a.x()\n",
        ...UNRELATED,
      },
      renameDef("pkg/a.py", "x", "x2"),
    );
    for (const p of ["pkg/b.py", "pkg/sub/c.py"]) expectImpacted(i, p, /imports pkg\.a \(changed: x\)/);
    expectImpacted(i, "pkg/sub/e.py", /uses attributes of pkg\.a \(changed: pkg\.a\.x/);
    // d holds the module but reads none of its names: its rows do not change
    expectNotImpacted(i, "pkg/sub/d.py");
    expectNotImpacted(i, "pkg/sub/__init__.py");
    expectNotImpacted(i, "other.py");
  });

  it("through a re-export chain impl -> pkg/__init__ -> app -> more, not to a variable built from it", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "from .impl import Thing\n",
        "pkg/impl.py": "class Thing:\n    pass\n",
        "app.py": "from pkg import Thing\n\nt = Thing()\n",
        "more.py": "from app import Thing\n",
        "deeper.py": "from app import t\n",
        ...UNRELATED,
      },
      (root) => write(root, { "pkg/impl.py": "def Thing():\n    return 1\n" }),
    );
    expectImpacted(i, "pkg/__init__.py", /imports pkg\.impl \(changed: Thing\)/);
    expectImpacted(i, "app.py", /re-export via pkg \(changed: Thing\)/);
    expectImpacted(i, "more.py", /re-export via app \(changed: Thing\)/);
    // t is a variable: the resolver does not infer its value
    expectNotImpacted(i, "deeper.py");
    expectNotImpacted(i, "other.py");
  });

  it("through a star import: the star importer's names change, and their importers", async () => {
    const i = await impactOf(
      {
        "base.py": "def helper():\n    return 1\n\n\ndef stable():\n    return 2\n",
        "star.py": "from base import *\n",
        "user.py": "from star import helper\n",
        "user_stable.py": "from star import stable\n",
        ...UNRELATED,
      },
      renameDef("base.py", "helper", "helper2"),
    );
    expectImpacted(i, "star.py", /star import of base \(changed: helper, helper2\)/);
    expectImpacted(i, "user.py", /re-export via star \(changed: helper\)/);
    expectNotImpacted(i, "user_stable.py");
    expectNotImpacted(i, "other.py");
  });

  it("`import pkg.sub.mod` binds pkg: a name changed anywhere below pkg impacts it when it loads that attribute", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "",
        "pkg/sub/__init__.py": "",
        "pkg/sub/mod.py": "V = 1\n",
        "pkg/other.py": "W = 1\n",
        "plain.py": "import pkg.sub.mod\n\nZ = pkg.other.W\n",
        "plain_unrelated.py": "import pkg.sub.mod\n\nZ = pkg.sub.mod.V\n",
        "aliased.py": "import pkg.sub as s\n\nZ = s.mod.V\n",
        ...UNRELATED,
      },
      renameDef("pkg/other.py", "W", "W2"),
    );
    expectImpacted(i, "plain.py", /uses attributes of pkg \(changed: pkg\.other\.W/);
    expectNotImpacted(i, "plain_unrelated.py");
    expectNotImpacted(i, "aliased.py");
    expectNotImpacted(i, "other.py");
  });

  it("a changed base class propagates to subclasses in other modules and to their importers", async () => {
    const i = await impactOf(
      {
        "base.py": "class A:\n    def m(self):\n        return 1\n\n\nclass B(A):\n    pass\n",
        "sub.py": "from base import B\n\n\nclass C(B):\n    def n(self):\n        return self.m()\n",
        "user.py": "from sub import C\n\nC().m()\n",
        "other_user.py": "from base import A\n",
        ...UNRELATED,
      },
      (root) => write(root, { "base.py": "class A:\n    def m(self):\n        return 1\n\n\nclass B(object):\n    pass\n" }),
    );
    // B still names the same class (only its MRO changed): sub.py reads it as a base, user.py
    // through an attribute of C
    expectImpacted(i, "sub.py", /subclass of a changed class \(C\)/);
    expectImpacted(i, "user.py", /imports sub \(class hierarchy changed: C\)/);
    // the changed file says what changed in it, not that B is a subclass of something that changed
    expectImpacted(i, "base.py", /bases changed \(B\)/);
    expect(i.impacted.get("base.py")?.join(" | ")).not.toMatch(/subclass of a changed class/);
    expectNotImpacted(i, "other_user.py");
    expectNotImpacted(i, "other.py");
  });

  it("a class whose MRO changed impacts the readers that go through it, not every importer or star importer", async () => {
    const i = await impactOf(
      {
        "base.py": "class A:\n    def m(self):\n        return 1\n\n\nclass Mixin:\n    def m(self):\n        return 2\n",
        "mid.py": "from base import A, Mixin\n\n\nclass C(A):\n    pass\n",
        "pkg/__init__.py": "from mid import C\n",
        "attr_user.py": "from mid import C\n\nC.m(None)\n",
        "alias_user.py": "from mid import C as K\n\nK().m()\n",
        "typed_user.py": "from mid import C\n\n\ndef f():\n    x = C()\n    return x.m()\n",
        "sub_elsewhere.py": "from pkg import C\n\n\nclass D(C):\n    def n(self):\n        return self.m()\n",
        "sub_user.py": "from sub_elsewhere import D\n\nD().m()\n",
        "check_only.py": "from mid import C\n\n\ndef is_c(x):\n    return isinstance(x, C)\n",
        "star_only.py": "from mid import *\n\n\ndef make():\n    return C\n",
        "star_attr.py": "from pkg import *\n\nC.m(None)\n",
        ...UNRELATED,
      },
      (root) => write(root, { "mid.py": "from base import A, Mixin\n\n\nclass C(Mixin, A):\n    pass\n" }),
    );
    expectImpacted(i, "attr_user.py", /imports mid \(class hierarchy changed: C\)/);
    expectImpacted(i, "alias_user.py", /imports mid \(class hierarchy changed: C\)/);
    expectImpacted(i, "typed_user.py");
    expectImpacted(i, "sub_elsewhere.py", /subclass of a changed class \(D\)/);
    expectImpacted(i, "sub_user.py", /imports sub_elsewhere \(class hierarchy changed: D\)/);
    expectImpacted(i, "star_attr.py", /star import of pkg \(class hierarchy changed: C\)/);
    // their rows do not depend on C's MRO (the incremental output equals the full build)
    expectNotImpacted(i, "check_only.py");
    expectNotImpacted(i, "star_only.py");
    expectNotImpacted(i, "pkg/__init__.py");
    expectNotImpacted(i, "other.py");
  });

  it("a class that changes into another value is still a value change for every importer", async () => {
    const i = await impactOf(
      {
        "mid.py": "class C:\n    pass\n",
        "check_only.py": "from mid import C\n\n\ndef is_c(x):\n    return isinstance(x, C)\n",
        "star_only.py": "from mid import *\n\n\ndef make():\n    return C\n",
        ...UNRELATED,
      },
      (root) => write(root, { "mid.py": "def C():\n    return None\n" }),
    );
    expectImpacted(i, "check_only.py", /imports mid \(changed: C\)/);
    expectImpacted(i, "star_only.py", /star import of mid \(changed: C\)/);
  });

  it("a new method in a base class reaches the subclasses' users that call it, not the others", async () => {
    const i = await impactOf(
      {
        "base.py": "class A:\n    def m(self):\n        return 1\n",
        "sub.py": "from base import A\n\n\nclass C(A):\n    pass\n",
        "calls_new.py": "from sub import C\n\nC().extra()\n",
        "calls_old.py": "from sub import C\n\nC().m()\n",
        ...UNRELATED,
      },
      (root) => write(root, { "base.py": "class A:\n    def m(self):\n        return 1\n\n    def extra(self):\n        return 2\n" }),
    );
    expectImpacted(i, "calls_new.py", /re-export via sub \(changed: C\)/);
    expectNotImpacted(i, "calls_old.py");
    expectNotImpacted(i, "sub.py");
  });

  it("a new submodule pkg/x.py shadows the name x of pkg/__init__.py for `from pkg import x`", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "x = 1\ny = 2\n",
        "user.py": "from pkg import x\n",
        "user_y.py": "from pkg import y\n",
        ...UNRELATED,
      },
      (root) => write(root, { "pkg/x.py": "X = 1\n" }),
    );
    expectImpacted(i, "user.py", /imports pkg \(changed: x\)/);
    expectNotImpacted(i, "user_y.py");
    expectNotImpacted(i, "pkg/__init__.py");
  });
});

describe("early cutoff", () => {
  it("a body-only change is recomputed but does not impact importers", async () => {
    const i = await impactOf({ "a.py": "def f():\n    return 1\n", "b.py": "import a\n", ...UNRELATED }, (root) =>
      write(root, { "a.py": "def f():\n    x = 2\n    return x * 21\n" }),
    );
    expectImpacted(i, "a.py", /interface unchanged/);
    expectNotImpacted(i, "b.py");
  });

  it("a body edit that moves a module-level variable: its id stays, the interface too, importers are not impacted", async () => {
    // `from a import X` resolves to the NAME_REF that stores X: its id is keyed by scope, name and
    // ordinal among the stores of X (schema v2), not by its span.
    const i = await impactOf({ "a.py": "def f():\n    return 1\n\n\nX = 1\n", "b.py": "from a import X\n\nY = X\n", ...UNRELATED }, (root) =>
      write(root, { "a.py": "def f():\n    y = 2\n    return y\n\n\nX = 1\n" }),
    );
    expectImpacted(i, "a.py", /interface unchanged/);
    expectNotImpacted(i, "b.py");
  });

  it("a new store of a module-level variable before the one importers see changes the interface; a new load does not", async () => {
    const files = { "a.py": "def f():\n    return 1\n\n\nX = 1\n", "b.py": "from a import X\n\nY = X\n", ...UNRELATED };
    const store = await impactOf(files, (root) => write(root, { "a.py": "X = 0\n\n\ndef f():\n    return 1\n\n\nX = 1\n" }));
    expectImpacted(store, "b.py", /imports a \(changed: X\)/);
    const load = await impactOf(files, (root) => write(root, { "a.py": "print(X)\n\n\ndef f():\n    return 1\n\n\nX = 1\n" }));
    expectImpacted(load, "a.py", /interface unchanged/);
    expectNotImpacted(load, "b.py");
  });

  it("a line added in the first function shifts the class attributes below it: the interface is unchanged, no subclass module is impacted", async () => {
    const base = [
      "def helper():",
      "    return 1",
      "",
      "",
      "class Base:",
      "    limit = 3",
      "    names = ['a']",
      "",
      "    def run(self):",
      "        return self.limit",
      "",
    ].join("\n");
    const i = await impactOf(
      {
        "base.py": base,
        "sub.py": "from base import Base\n\n\nclass Sub(Base):\n    def go(self):\n        return self.limit + len(self.names)\n",
        "user.py": "from sub import Sub\n\nSub().run()\nprint(Sub.limit)\n",
        ...UNRELATED,
      },
      (root) => write(root, { "base.py": base.replace("    return 1", "    value = 1\n    value += 1\n    return value") }),
    );
    expectImpacted(i, "base.py", /interface unchanged/);
    expectNotImpacted(i, "sub.py");
    expectNotImpacted(i, "user.py");
    expect(i.report.impacted.map((x) => x.path)).toEqual(["base.py"]);
    // The delta: the rows below the edit moved (same id, new position); only the function's own
    // rows were added or changed.
    const d = i.report.delta as Record<string, number>;
    expect(d.nodes_moved).toBeGreaterThan(8);
    expect(d.nodes_added).toBeLessThanOrEqual(4);
    expect(d.nodes_removed).toBe(0);
    expect(d.edges_removed).toBe(0);
    expect(d.nodes_changed).toBe(0);
  });

  it("a relative import rewritten as the absolute one it resolves to (and a star import) is no interface change; a new target is", async () => {
    const files = {
      "pkg/__init__.py": "",
      "pkg/a.py": "def x():\n    return 1\n",
      "pkg/c.py": "def x():\n    return 2\n",
      "pkg/b.py": "from .a import x\n",
      "pkg/s.py": "from .a import *\n",
      "pkg/sub/__init__.py": "",
      "pkg/sub/d.py": "from ..a import x\n",
      "user.py": "from pkg.b import x\nfrom pkg.s import x as sx\nfrom pkg.sub.d import x as dx\n\nY = x() + sx() + dx()\n",
      ...UNRELATED,
    };
    const same = await impactOf(files, (root) =>
      write(root, { "pkg/b.py": "from pkg.a import x\n", "pkg/s.py": "from pkg.a import *\n", "pkg/sub/d.py": "from pkg import a\nfrom pkg.a import x\n" }),
    );
    expectImpacted(same, "pkg/b.py", /interface unchanged/);
    expectImpacted(same, "pkg/s.py", /interface unchanged/);
    expectImpacted(same, "pkg/sub/d.py", /content_changed \(modified\)/);
    // d.py binds a new name (a): importers of x are not impacted, nobody reads a
    expectNotImpacted(same, "user.py");
    const moved = await impactOf(files, (root) => write(root, { "pkg/b.py": "from .c import x\n", "pkg/s.py": "from .c import *\n" }));
    expectImpacted(moved, "user.py", /imports pkg\.b \(changed: x\)/);
    expectImpacted(moved, "user.py", /imports pkg\.s \(changed: x\)/);
  });

  it("a star import added above a module's later bindings does not change them; one below a binding may rebind it", async () => {
    const files = {
      "pkg/__init__.py": "from .props import Col\n\n\ndef mapper():\n    return Col\n\n\nrelationship = mapper\n",
      "pkg/props.py": "__all__ = ['Col', 'Rel']\n\n\nclass Col:\n    pass\n\n\nclass Rel:\n    pass\n",
      "uses_mapper.py": "from pkg import mapper, relationship\n\nmapper()\nrelationship()\n",
      "uses_col.py": "from pkg import Col\n\nCol()\n",
      "uses_rel.py": "import pkg\n\npkg.Rel()\n",
      ...UNRELATED,
    };
    const above = await impactOf(files, (root) => write(root, { "pkg/__init__.py": `from .props import *\n${readText(root, "pkg/__init__.py")}` }));
    // mapper and relationship are bound after the star import: it cannot rebind them
    expectNotImpacted(above, "uses_mapper.py");
    expectNotImpacted(above, "other.py");
    // Col is bound after the star import too (by its own import): the star import cannot rebind it;
    // Rel is a name it adds
    expectNotImpacted(above, "uses_col.py");
    expectImpacted(above, "uses_rel.py", /uses attributes of pkg \(changed: pkg\.Rel\)/);
    // below mapper, a star import of a module that exports a mapper of its own rebinds it
    const exporting = { ...files, "pkg/props.py": `${files["pkg/props.py"].replace("'Rel']", "'Rel', 'mapper']")}\n\ndef mapper():\n    return 2\n` };
    const below = await impactOf(exporting, (root) => write(root, { "pkg/__init__.py": `${readText(root, "pkg/__init__.py")}\nfrom .props import *\n` }));
    expectImpacted(below, "uses_mapper.py", /imports pkg \(changed: mapper/);
    // the star import stays, but moves above mapper's binding: it no longer rebinds mapper
    const moved = await impactOf({ ...exporting, "pkg/__init__.py": `${files["pkg/__init__.py"]}\nfrom .props import *\n` }, (root) =>
      write(root, { "pkg/__init__.py": `from .props import *\n${files["pkg/__init__.py"]}` }),
    );
    expectImpacted(moved, "uses_mapper.py", /imports pkg \(changed: mapper/);
    // a binding moved across a star import that does not export its name: nothing rebinds it
    const helper = "def helper():\n    return 1\n";
    const crossed = await impactOf(
      { ...files, "pkg/__init__.py": `from .props import *\n\n\n${helper}`, "uses_helper.py": "from pkg import helper\n\nhelper()\n" },
      (root) => write(root, { "pkg/__init__.py": `${helper}\n\nfrom .props import *\n` }),
    );
    expect(crossed.impacted.get("pkg/__init__.py")).toBeDefined();
    expectNotImpacted(crossed, "uses_helper.py");
    expectNotImpacted(crossed, "uses_col.py");
  });

  it("a star import that rebinds a name to what it was bound to reaches that name's direct readers only", async () => {
    // networkx's pattern: pkg/__init__.py imports Graph from .graph, then also `from .graph import *`
    const files = {
      "pkg/__init__.py": "from .graph import Graph\nfrom .other import *\n",
      "pkg/graph.py": "__all__ = ['Graph']\n\n\nclass Graph:\n    def add(self):\n        return 1\n",
      "pkg/other.py": "__all__ = ['helper']\n\n\ndef helper():\n    return 2\n",
      "direct.py": "from pkg import Graph\n\nGraph().add()\n",
      "top.py": "from pkg import *\n",
      "far.py": "from top import Graph, helper\n\nGraph().add()\nhelper()\n",
      "attr.py": "import pkg\n\npkg.Graph().add()\npkg.helper()\n",
      ...UNRELATED,
    };
    const added = await impactOf(files, (root) => write(root, { "pkg/__init__.py": `${readText(root, "pkg/__init__.py")}from .graph import *\n` }));
    // the readers that record how pkg binds Graph (an import edge's `via`) are recomputed...
    expectImpacted(added, "direct.py", /imports pkg \(bound by a star import now or no longer: Graph\)/);
    expectImpacted(added, "top.py", /star import of pkg \(bound by a star import now or no longer: Graph\)/);
    // ... and nothing beyond them: Graph is the same class, helper did not move
    expectNotImpacted(added, "far.py");
    expectNotImpacted(added, "attr.py");
    expectNotImpacted(added, "other.py");
    const removed = await impactOf({ ...files, "pkg/__init__.py": `${files["pkg/__init__.py"]}from .graph import *\n` }, (root) =>
      write(root, { "pkg/__init__.py": files["pkg/__init__.py"] }),
    );
    expectImpacted(removed, "direct.py", /bound by a star import now or no longer: Graph/);
    expectNotImpacted(removed, "far.py");
    expectNotImpacted(removed, "attr.py");
    // a dynamic __all__ makes the star-bound entry less certain: its value changes, and goes on
    const dynamic = { ...files, "pkg/graph.py": `${files["pkg/graph.py"].replace("__all__ = ['Graph']", "__all__ = ['Graph'] + []")}` };
    const viaDynamic = await impactOf(dynamic, (root) => write(root, { "pkg/__init__.py": `${readText(root, "pkg/__init__.py")}from .graph import *\n` }));
    expectImpacted(viaDynamic, "far.py", /changed: Graph/);
    expectNotImpacted(viaDynamic, "other.py");
    // a name the star source exports but a later binding rebinds: the binding still wins
    const shadowed = await impactOf({ ...files, "pkg/__init__.py": `${files["pkg/__init__.py"]}helper = 3\n` }, (root) =>
      write(root, { "pkg/__init__.py": `from .graph import *\n${files["pkg/__init__.py"]}helper = 3\n` }),
    );
    expectNotImpacted(shadowed, "far.py");
    expectNotImpacted(shadowed, "direct.py");
  });

  it("a star import of a package whose submodule has the name of its namespace entry is a value change", async () => {
    // `from .sub import mod` binds the submodule pkg/sub/mod.py; `from .sub import *` binds what
    // pkg/sub/__init__.py binds as mod: another value
    const files = {
      "pkg/__init__.py": "from .sub import mod\n",
      "pkg/sub/__init__.py": "__all__ = ['mod']\nmod = 1\n",
      "pkg/sub/mod.py": "VALUE = 1\n",
      "top.py": "from pkg import *\n",
      "far.py": "from top import mod\n\nprint(mod)\n",
      ...UNRELATED,
    };
    const i = await impactOf(files, (root) => write(root, { "pkg/__init__.py": `${readText(root, "pkg/__init__.py")}from .sub import *\n` }));
    expectImpacted(i, "far.py", /changed: mod/);
    expectNotImpacted(i, "other.py");
  });

  it("a changed base class or decorator is an interface change", async () => {
    const i = await impactOf(
      { "a.py": "class A:\n    pass\n\n\nclass B(A):\n    pass\n", "b.py": "from a import B\n\nprint(B.__mro__)\n", "c.py": "from a import B\n", ...UNRELATED },
      (root) => write(root, { "a.py": "class A:\n    pass\n\n\nclass B(object):\n    pass\n" }),
    );
    // B is the same class with another MRO: what reads through it is impacted, a bare import is not
    expectImpacted(i, "b.py", /imports a \(class hierarchy changed: B\)/);
    expectNotImpacted(i, "c.py");
  });
});

describe("added, deleted and renamed modules", () => {
  it("adding pkg/x.py impacts `from pkg import x` and `import pkg.x` importers, not the rest", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "",
        "pkg/y.py": "Y = 1\n",
        "uses_x.py": "from pkg import x\n",
        "imports_x.py": "import pkg.x as px\n",
        "uses_y.py": "from pkg.y import Y\n",
        // a star import binds what pkg/__init__.py binds, not its submodules
        "star_user.py": "from pkg import *\n\nprint(x)\n",
        ...UNRELATED,
      },
      (root) => write(root, { "pkg/x.py": "X = 1\n" }),
    );
    expectImpacted(i, "pkg/x.py", /content_changed \(added\)/);
    expectImpacted(i, "uses_x.py", /imports pkg\.x \(changed\)/);
    expectImpacted(i, "imports_x.py", /imports pkg\.x \(changed\)/);
    expectNotImpacted(i, "uses_y.py");
    expectNotImpacted(i, "star_user.py");
    expectNotImpacted(i, "other.py");
  });

  it("a submodule that pkg/__init__.py binds itself reaches its star importers", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "from . import x\n",
        "pkg/x.py": "X = 1\n",
        "star_user.py": "from pkg import *\n\nprint(x.X)\n",
        ...UNRELATED,
      },
      (root) => {
        rmSync(join(root, "pkg/x.py"));
        write(root, { "pkg/x/__init__.py": "X = 2\n" });
      },
    );
    expectImpacted(i, "star_user.py", /star import of pkg/);
    expectNotImpacted(i, "other.py");
  });

  it("the first file of a new top-level package: imports of it that were external become unresolved", async () => {
    const i = await impactOf(
      {
        "from_user.py": "from foo.bar import y\n",
        "alias_user.py": "import foo.bar as fb\n",
        "plain_user.py": "import foo.bar\n",
        ...UNRELATED,
      },
      (root) => write(root, { "foo/x.py": "X = 1\n" }),
    );
    expectImpacted(i, "from_user.py", /imports under foo \(top-level name added or removed\)/);
    expectImpacted(i, "alias_user.py", /imports under foo \(top-level name added or removed\)/);
    expectImpacted(i, "plain_user.py", /imports under foo \(top-level name added or removed\)/);
    expectNotImpacted(i, "other.py");
  });

  it("a new module a.b impacts `import a.b.c as x` (the import loads its parent packages too)", async () => {
    const i = await impactOf({ "a/__init__.py": "", "user.py": "import a.b.c as x\n", ...UNRELATED }, (root) => write(root, { "a/b.py": "B = 1\n" }));
    expectImpacted(i, "user.py", /imports a\.b \(changed\)/);
    expectNotImpacted(i, "other.py");
  });

  it("a new namespace package (a directory without __init__.py) impacts `from pkg.ns import y`", async () => {
    const i = await impactOf({ "pkg/__init__.py": "", "user.py": "from pkg.ns import y\n", ...UNRELATED }, (root) =>
      write(root, { "pkg/ns/mod.py": "M = 1\n" }),
    );
    expectImpacted(i, "user.py", /imports pkg\.ns \(namespace package added or removed\)/);
    expectNotImpacted(i, "other.py");
  });

  it("deleting a module impacts its importers (the deleted file itself is not listed)", async () => {
    const i = await impactOf({ "gone.py": "G = 1\n", "user.py": "from gone import G\n", ...UNRELATED }, (root) => rmSync(join(root, "gone.py")));
    expectImpacted(i, "user.py", /imports gone \(changed\)/);
    expect(i.report.changed).toContainEqual({ path: "gone.py", status: "deleted", old_path: null });
    expectNotImpacted(i, "gone.py");
    expectNotImpacted(i, "other.py");
  });

  it("deleting star-imported modules changes the names they exported, not their private or unlisted ones", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "from pkg.impl import *\nfrom pkg.other import *\n",
        "pkg/impl.py": "import itertools\n\n__all__ = ['f']\n\n\ndef f():\n    return itertools.count()\n",
        "pkg/other.py": "import os as _os\n\n\ndef g():\n    return _os.sep\n",
        "top.py": "from pkg import *\n",
        "reads_f.py": "import pkg\n\nprint(pkg.f, pkg.g)\n",
        "reads_unlisted.py": "import pkg\n\nprint(pkg.itertools, pkg._os)\n",
        ...UNRELATED,
      },
      (root) => {
        rmSync(join(root, "pkg/impl.py"));
        rmSync(join(root, "pkg/other.py"));
      },
    );
    expectImpacted(i, "pkg/__init__.py", /star import of pkg\.impl/);
    expectImpacted(i, "top.py", /star import of pkg \(changed: f, g\)/);
    expectImpacted(i, "reads_f.py", /imports pkg \(changed: f, g\)|uses attributes of pkg/);
    expectNotImpacted(i, "reads_unlisted.py");
    expectNotImpacted(i, "other.py");
  });

  it("moving a module impacts the importers of its old name and of its new name", async () => {
    const i = await impactOf(
      { "pkg/__init__.py": "", "old.py": "O = 1\n", "user_old.py": "import old\n", "user_new.py": "from pkg import moved\n", ...UNRELATED },
      (root) => renameSync(join(root, "old.py"), join(root, "pkg/moved.py")),
    );
    expect(i.report.changed).toEqual([{ path: "pkg/moved.py", status: "renamed", old_path: "old.py" }]);
    expectImpacted(i, "pkg/moved.py", /renamed from old\.py/);
    expectImpacted(i, "user_old.py", /imports old \(changed\)/);
    expectImpacted(i, "user_new.py", /imports pkg\.moved \(changed\)/);
    expectNotImpacted(i, "other.py");
  });
});

describe("__init__.py appearing or disappearing renames the modules below it", () => {
  // Nothing imports through `lib.` (that would make lib/ a namespace package, see module_index.sql):
  // without lib/__init__.py, lib/ is an import root and lib/util.py is module `util`.
  const TREE = {
    "lib/util.py": "def u():\n    return 1\n",
    "lib/more/deep.py": "D = 1\n",
    "lib/more/__init__.py": "",
    "flat_user.py": "import util\n",
    "pkg_user.py": "from more import deep\n",
    ...UNRELATED,
  };

  it("adding lib/__init__.py: every file below lib/ is impacted (module name changed), and so are the importers of the old and new names", async () => {
    const i = await impactOf(TREE, (root) => write(root, { "lib/__init__.py": "" }));
    expectImpacted(i, "lib/__init__.py", /added/);
    expectImpacted(i, "lib/util.py", /module name changed/);
    expectImpacted(i, "lib/more/deep.py", /module name changed/);
    expectImpacted(i, "lib/more/__init__.py", /module name changed/);
    // util was importable as `util` (lib/ was an import root); now it is lib.util.
    expectImpacted(i, "flat_user.py", /imports util \(/);
    expectImpacted(i, "pkg_user.py", /imports more/);
    expectNotImpacted(i, "other.py");
    expect(i.report.changed).toEqual([{ path: "lib/__init__.py", status: "added", old_path: null }]);
  });

  it("removing lib/__init__.py: the files below are impacted, and the importers of their old names", async () => {
    const i = await impactOf({ ...TREE, "lib/__init__.py": "", "pkg_user.py": "from lib.more import deep\n" }, (root) => {
      rmSync(join(root, "lib/__init__.py"));
      write(root, { "pkg_user.py": "from more import deep\n" });
    });
    expectImpacted(i, "lib/util.py", /module name changed/);
    expectImpacted(i, "lib/more/deep.py", /module name changed/);
    expectImpacted(i, "lib/more/__init__.py", /module name changed/);
    expectImpacted(i, "flat_user.py", /imports util \(/);
    expectNotImpacted(i, "other.py");
  });

  it("an import that makes a directory a namespace package renames the modules below it (no __init__.py involved)", async () => {
    // `import lib.util` in another file is evidence that lib/ is a (PEP 420) namespace package.
    const i = await impactOf(TREE, (root) => write(root, { "other.py": "import lib.util\n" }));
    expect(i.report.changed).toEqual([{ path: "other.py", status: "modified", old_path: null }]);
    expectImpacted(i, "lib/util.py", /module name changed/);
    expectImpacted(i, "lib/more/deep.py", /module name changed/);
    expectImpacted(i, "flat_user.py", /imports util \(/);
    expectImpacted(i, "pkg_user.py", /imports more/);
  });
});

describe("type dependencies (type rules) impact the files whose attributes resolved through them", () => {
  const conn = [
    "class Cursor:",
    "    def fetch(self):",
    "        return 1",
    "",
    "",
    "class Connection:",
    "    def __init__(self):",
    "        self.cur = Cursor()",
    "",
    "    def execute(self):",
    "        return 1",
    "",
    "    def cursor(self) -> Cursor:",
    "        return self.cur",
    "",
    "",
    "def connect() -> Connection:",
    "    return Connection()",
    "",
  ].join("\n");
  // every reader reaches db's classes through a type, never through a name of the changed module
  const files: Files = {
    "db.py": conn,
    "api.py": "import db\n\n\ndef open_db() -> db.Connection:\n    return db.connect()\n",
    "by_annotation.py":
      "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from db import Connection\n\n\ndef run(c: 'Connection'):\n    return c.execute()\n",
    "by_return.py": "from api import open_db\n\n\ndef run():\n    x = open_db()\n    return x.cursor().fetch()\n",
    "by_attr.py":
      "from api import open_db\n\n\nclass Holder:\n    def __init__(self):\n        self.conn = open_db()\n\n    def go(self):\n        return self.conn.cur.fetch()\n",
    ...UNRELATED,
  };

  it("a return annotation that changes impacts the callers that typed through it", async () => {
    const i = await impactOf(files, (root) => write(root, { "api.py": readText(root, "api.py").replace("-> db.Connection", "-> 'db.Cursor'") }));
    expectImpacted(i, "by_return.py", /type dependency \(api\.py\)/);
    expectImpacted(i, "by_attr.py", /type dependency \(api\.py\)/);
    expectNotImpacted(i, "by_annotation.py");
    expectNotImpacted(i, "other.py");
  });

  it("an annotation `db.Connection` depends on db's Connection, not on every name of db", async () => {
    // a new function in db (which a file reads as db.helper) changes the module api.py binds as
    // `db`, below it, away from Connection
    const added = await impactOf({ ...files, "calls_helper.py": "import db\n\ndb.helper()\n" }, addDef("db.py", "helper"));
    expectImpacted(added, "calls_helper.py", /uses attributes of db \(changed: db\.helper\)/);
    expectNotImpacted(added, "by_return.py");
    expectNotImpacted(added, "by_attr.py");
    expectNotImpacted(added, "other.py");
    // db's Connection rebound to another class: what the annotation denotes changed
    const rebound = await impactOf(files, (root) => write(root, { "db.py": `${readText(root, "db.py")}\nConnection = Cursor\n` }));
    expectImpacted(rebound, "by_return.py", /type dependency \(api\.py\)/);
    expectImpacted(rebound, "by_attr.py", /type dependency \(api\.py\)/);
  });

  it("a class's new member impacts the files whose typed receivers have that class", async () => {
    const i = await impactOf(files, (root) =>
      write(root, { "db.py": readText(root, "db.py").replace("class Cursor:", "class Cursor:\n    execute = None\n") }),
    );
    expectImpacted(i, "by_return.py", /type dependency \(db\.py\)/);
    expectImpacted(i, "by_attr.py", /type dependency \(db\.py\)/);
    // it looks up members of Connection only (name-level: a member of another class is no dependency)
    expectNotImpacted(i, "by_annotation.py");
    expectNotImpacted(i, "other.py");
  });

  it("an instance attribute whose assigned type changes impacts the files that read it", async () => {
    const i = await impactOf(files, (root) => write(root, { "db.py": readText(root, "db.py").replace("self.cur = Cursor()", "self.cur = Connection()") }));
    expectImpacted(i, "by_attr.py", /type dependency \(db\.py\)/);
    expectNotImpacted(i, "other.py");
  });

  it("a parameter annotation that an instance attribute takes its type from", async () => {
    const i = await impactOf(
      {
        "db.py":
          "class A:\n    def a(self):\n        return 1\n\n\nclass B:\n    def b(self):\n        return 2\n\n\nclass Box:\n    def __init__(self, item: A):\n        self.item = item\n",
        "use.py": "from db import Box\n\n\ndef f(box: Box):\n    return box.item.a()\n",
        ...UNRELATED,
      },
      (root) => write(root, { "db.py": readText(root, "db.py").replace("item: A", "item: B") }),
    );
    expectImpacted(i, "use.py", /type dependency \(db\.py\)/);
    expectNotImpacted(i, "other.py");
  });

  it("a member added to a base class reaches the readers of a subclass's typed receivers that look it up", async () => {
    const i = await impactOf(
      {
        "base.py": "class Base:\n    def __init__(self):\n        self.size = 1\n",
        "sub.py": "from base import Base\n\n\nclass Sub(Base):\n    def run(self):\n        return 1\n",
        "reads_new.py": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import sub\n\n\ndef f(s: 'sub.Sub'):\n    return s.extra()\n",
        "reads_old.py": "import sub\n\n\ndef f(s: 'sub.Sub'):\n    return s.run()\n",
        ...UNRELATED,
      },
      (root) => write(root, { "base.py": `${readText(root, "base.py")}\n    def extra(self):\n        return 2\n` }),
    );
    expectImpacted(i, "reads_new.py");
    expectNotImpacted(i, "reads_old.py");
    expectNotImpacted(i, "other.py");
  });

  it("a class renamed behind a dotted string annotation impacts the annotated reader", async () => {
    const i = await impactOf(
      {
        "pkg/__init__.py": "",
        "pkg/shapes.py": "class Square:\n    def area(self):\n        return 1\n\n\nclass Circle:\n    def area(self):\n        return 2\n",
        "uses.py": "import pkg.shapes\n\n\ndef f(s: 'pkg.shapes.Square'):\n    return s.area()\n",
        "uses_other.py": "import pkg.shapes\n\n\ndef f(s: 'pkg.shapes.Circle'):\n    return s.area()\n",
        ...UNRELATED,
      },
      renameDef("pkg/shapes.py", "Square", "Box"),
    );
    expectImpacted(i, "uses.py");
    expectNotImpacted(i, "uses_other.py");
    expectNotImpacted(i, "other.py");
  });

  it("a store of an instance attribute that is no simple assignment (its type becomes unknown) impacts its readers", async () => {
    const db = [
      "class Cursor:",
      "    def fetch(self):",
      "        return 1",
      "",
      "",
      "class Conn:",
      "    def __init__(self):",
      "        self.cur = Cursor()",
      "",
      "    def reset(self):",
      "        return None",
      "",
    ].join("\n");
    const i = await impactOf({ "db.py": db, "use.py": "from db import Conn\n\n\ndef f(c: Conn):\n    return c.cur.fetch()\n", ...UNRELATED }, (root) =>
      write(root, { "db.py": readText(root, "db.py").replace("        return None", "        self.cur, n = None, 1\n        return n") }),
    );
    expectImpacted(i, "use.py", /type dependency \(db\.py\)/);
    expectNotImpacted(i, "other.py");
  });

  it("a body edit that changes no type fact does not propagate", async () => {
    const i = await impactOf(files, (root) =>
      write(root, { "db.py": readText(root, "db.py").replace("return 1\n\n\nclass Connection", "return 2\n\n\nclass Connection") }),
    );
    expectImpacted(i, "db.py");
    expectNotImpacted(i, "by_return.py");
    expectNotImpacted(i, "by_attr.py");
  });
});
