/**
 * The report's `api_changes` and the impacted files' `via`: a full build, a change in the work
 * tree, an incremental build; then which public names the report says were added, removed or
 * changed, with their descriptions before and after.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ApiChange, BuildReport } from "../src/report/build-report.ts";
import { buildInc, gitInit, scratch, sidesFor } from "./support/incremental.ts";

const tmp = scratch("api-changes");
afterAll(() => tmp.cleanup());

type Files = Record<string, string | null>;

function write(root: string, files: Files): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(root, rel);
    if (text === null) rmSync(abs);
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}

async function changeOf(before: Files, after: Files): Promise<BuildReport> {
  const work = tmp.dir("case");
  const repo = join(work, "repo");
  mkdirSync(repo);
  write(repo, before);
  gitInit(repo);
  const s = sidesFor(repo, work);
  const first = await buildInc(s);
  expect(first.mode).toBe("full");
  expect(first.api_changes).toEqual([]);
  write(repo, after);
  const report = await buildInc(s);
  expect(report.mode).toBe("incremental");
  return report;
}

function changesOf(r: BuildReport, path: string): Map<string, ApiChange> {
  const m = r.api_changes.find((x) => x.path === path);
  return new Map((m?.changes ?? []).map((c) => [c.name, c]));
}

describe("api_changes", () => {
  it("a signature change, a new function, a removed class; private names are not listed", async () => {
    const r = await changeOf(
      {
        "pkg/__init__.py": "",
        "pkg/api.py":
          "from decimal import Decimal\n\n\ndef price(amount: Decimal, currency: str, /, *, tax=False) -> Decimal:\n    return amount\n\n\nclass Old:\n    pass\n\n\ndef _helper(x):\n    return x\n\n\ndef body_only():\n    return 1\n",
        "user.py": "from pkg.api import price\n\nprice(1, 'EUR')\n",
      },
      {
        "pkg/api.py":
          "from decimal import Decimal\n\n\ndef price(amount: Decimal, currency: str = 'EUR', /, *, tax: bool = True) -> Decimal:\n    return amount\n\n\ndef new_fn(*args, **kwargs):\n    pass\n\n\ndef _helper(x, y):\n    return x\n\n\ndef _new_private():\n    pass\n\n\ndef body_only():\n    return 2\n",
      },
    );
    const c = changesOf(r, "pkg/api.py");
    expect(r.api_changes.find((x) => x.path === "pkg/api.py")?.module).toBe("pkg.api");
    expect(c.get("price")).toEqual({
      name: "price",
      kind: "function",
      change: "changed",
      before: "def price(amount: Decimal, currency: str, /, *, tax=False) -> Decimal",
      after: "def price(amount: Decimal, currency: str = 'EUR', /, *, tax: bool = True) -> Decimal",
    });
    expect(c.get("new_fn")).toEqual({ name: "new_fn", kind: "function", change: "added", before: null, after: "def new_fn(*args, **kwargs)" });
    expect(c.get("Old")).toEqual({ name: "Old", kind: "class", change: "removed", before: "class Old", after: null });
    expect(c.has("_helper")).toBe(false);
    expect(c.has("_new_private")).toBe(false);
    expect(c.has("body_only")).toBe(false); // a body edit is no API change
    expect(c.has("Decimal")).toBe(false); // an import is not API without __all__
    expect([...c.keys()].sort()).toEqual(["Old", "new_fn", "price"]);
  });

  it("a changed base class, decorator and method; members of public classes; dunder methods", async () => {
    const r = await changeOf(
      {
        "m.py":
          "import functools\n\n\nclass Base:\n    pass\n\n\nclass Other:\n    pass\n\n\nclass C(Base):\n    limit = 3\n\n    def __init__(self, a):\n        self.a = a\n\n    def run(self, n: int) -> int:\n        return n\n\n    def _private(self):\n        pass\n\n\n@functools.cache\ndef cached(x):\n    return x\n\n\nclass _Hidden:\n    def visible_but_private_class(self):\n        pass\n",
      },
      {
        "m.py":
          "import functools\n\n\nclass Base:\n    pass\n\n\nclass Other:\n    pass\n\n\nclass C(Other, metaclass=type):\n    limit = 4\n\n    def __init__(self, a, b=None):\n        self.a = a\n\n    async def run(self, n: int) -> int:\n        return n\n\n    def _private(self, more):\n        pass\n\n    @staticmethod\n    def make():\n        return C(1)\n\n\n@functools.lru_cache(maxsize=None)\ndef cached(x):\n    return x\n\n\nclass _Hidden:\n    def visible_but_private_class(self, y):\n        pass\n",
      },
    );
    const c = changesOf(r, "m.py");
    expect(c.get("C")).toMatchObject({ kind: "class", change: "changed", before: "class C(Base)", after: "class C(Other)" });
    expect(c.get("cached")).toMatchObject({
      change: "changed",
      before: "@functools.cache def cached(x)",
      after: "@functools.lru_cache(maxsize=None) def cached(x)",
    });
    expect(c.get("C.__init__")).toMatchObject({ kind: "method", change: "changed", before: "def __init__(self, a)", after: "def __init__(self, a, b=None)" });
    expect(c.get("C.run")).toMatchObject({ kind: "async method", change: "changed", after: "async def run(self, n: int) -> int" });
    expect(c.get("C.make")).toMatchObject({ kind: "method", change: "added", after: "@staticmethod def make()" });
    expect(c.has("C.limit")).toBe(false); // a value change is not compared
    expect(c.has("C._private")).toBe(false);
    expect([...c.keys()].some((k) => k.startsWith("_Hidden"))).toBe(false);
  });

  it("respects __all__: listed names only, imports included when listed", async () => {
    const r = await changeOf(
      {
        "lib/__init__.py": "from .impl import run, Helper\n\n__all__ = ['run']\n\n\ndef not_listed():\n    pass\n",
        "lib/impl.py": "def run():\n    pass\n\n\nclass Helper:\n    pass\n",
      },
      {
        "lib/__init__.py": "from .impl import run as run, Helper\nfrom .impl import extra\n\n__all__ = ['run', 'extra']\n\n\ndef not_listed(x):\n    pass\n",
        "lib/impl.py": "def run():\n    pass\n\n\nclass Helper:\n    pass\n\n\ndef extra():\n    pass\n",
      },
    );
    const c = changesOf(r, "lib/__init__.py");
    expect(r.api_changes.find((x) => x.path === "lib/__init__.py")?.module).toBe("lib");
    expect(c.get("extra")).toEqual({ name: "extra", kind: "import", change: "added", before: null, after: "from .impl import extra" });
    expect(c.get("run")).toMatchObject({ change: "changed", before: "from .impl import run", after: "from .impl import run as run" });
    expect(c.has("not_listed")).toBe(false);
    expect(c.has("Helper")).toBe(false);
    expect(changesOf(r, "lib/impl.py").get("extra")).toMatchObject({ change: "added", after: "def extra()" });
  });

  it("an added and a deleted module list all their public names; via names the changed file behind each impact", async () => {
    const r = await changeOf(
      {
        "a.py": "def f(x):\n    return x\n",
        "b.py": "from a import f\n\n\ndef g():\n    return f(1)\n",
        "c.py": "from b import g\n\ng()\n",
        "gone.py": "VALUE = 1\n\n\ndef h():\n    pass\n",
        "tests/test_c.py": "import c\n",
      },
      {
        "a.py": "def f(x, y=2):\n    return x\n\n\ndef f2():\n    pass\n",
        "b.py": "from a import f\n\n\ndef g(z):\n    return f(z)\n",
        "gone.py": null,
        "new.py": "X = 1\n",
      },
    );
    expect(changesOf(r, "gone.py").get("VALUE")).toEqual({ name: "VALUE", kind: "variable", change: "removed", before: "VALUE", after: null });
    expect(changesOf(r, "gone.py").get("h")?.change).toBe("removed");
    expect(changesOf(r, "new.py").get("X")?.change).toBe("added");
    expect(changesOf(r, "a.py").get("f2")?.change).toBe("added");
    expect(r.api_changes.map((m) => m.path)).toEqual(["a.py", "b.py", "gone.py", "new.py"]);
    const impacted = new Map(r.impacted.map((i) => [i.path, i]));
    expect(changesOf(r, "b.py").get("g")).toMatchObject({ change: "changed", before: "def g()", after: "def g(z)" });
    expect(impacted.get("a.py")?.via).toEqual([]);
    // c.py imports g from b (b's interface is unchanged: g is still a def) -> not impacted
    expect(impacted.has("c.py")).toBe(false);
  });

  it("via: a re-export chain names the changed file at its root", async () => {
    const r = await changeOf(
      {
        "core.py": "def f():\n    pass\n",
        "mid.py": "from core import f\n",
        "top.py": "from mid import f\n\nf()\n",
        "tests/test_top.py": "from top import f\n",
      },
      { "core.py": "class f:\n    pass\n" },
    );
    const impacted = new Map(r.impacted.map((i) => [i.path, i]));
    expect(impacted.get("mid.py")?.via).toEqual(["core.py"]);
    expect(impacted.get("top.py")?.via).toEqual(["core.py"]);
    expect(impacted.get("tests/test_top.py")?.via).toEqual(["core.py"]);
    expect(impacted.get("core.py")?.via).toEqual([]);
    expect(r.affected_tests).toEqual(["tests/test_top.py"]);
    expect(changesOf(r, "core.py").get("f")).toMatchObject({ kind: "class", change: "changed", before: "def f()", after: "class f" });
  });
});
