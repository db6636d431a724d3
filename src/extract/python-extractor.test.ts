/**
 * Focused tests of the tree-sitter walker on inline Python snippets: PythonExtractor with the real
 * grammar, rows read back from the RowBuilders as Arrow.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Parser } from "web-tree-sitter";
import { fileIdOf, type Id64, id64, idToBigInt, idToKey } from "../normalize/ids.ts";
import { decodeSource, lineStarts } from "../normalize/source-text.ts";
import { loadPythonLanguage } from "./file-extractor.ts";
import { type ExtractSinks, type ExtractSummary, PythonExtractor } from "./python-extractor.ts";
import { loadArrow, RowBuilder } from "./row-builder.ts";
import {
  PY_ATTRIBUTES,
  PY_BINDINGS,
  PY_CALLS,
  PY_DECORATORS,
  PY_DEFS,
  PY_DIAGNOSTICS,
  PY_EXPORTS,
  PY_IMPORTS,
  PY_NAMES,
  PY_PARAMS,
  PY_TYPES,
} from "./tables.ts";

type Row = Record<string, unknown>;
interface Extracted {
  summary: ExtractSummary;
  defs: Row[];
  params: Row[];
  decorators: Row[];
  calls: Row[];
  names: Row[];
  attributes: Row[];
  imports: Row[];
  bindings: Row[];
  diagnostics: Row[];
  exports: Row[];
  types: Row[];
}

const FILE_ID: Id64 = fileIdOf("pkg/mod.py", null);
const F = idToKey(FILE_ID);
const MODULE_ID = String(idToBigInt(id64(`${F}|MODULE||0`)));

let parser: Parser;
let extractor: PythonExtractor;
let sinks: ExtractSinks;

const SPECS = {
  defs: PY_DEFS,
  params: PY_PARAMS,
  decorators: PY_DECORATORS,
  calls: PY_CALLS,
  names: PY_NAMES,
  attributes: PY_ATTRIBUTES,
  imports: PY_IMPORTS,
  bindings: PY_BINDINGS,
  diagnostics: PY_DIAGNOSTICS,
  exports: PY_EXPORTS,
  types: PY_TYPES,
} as const;

beforeAll(async () => {
  await loadArrow();
  const language = await loadPythonLanguage();
  parser = new Parser();
  parser.setLanguage(language);
  sinks = {} as ExtractSinks;
  extractor = new PythonExtractor(sinks, language);
});

/** BIGINT cells as decimal strings, everything else as is. */
function plain(row: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? String(v) : v]));
}

function extract(src: string): Extracted {
  for (const [k, spec] of Object.entries(SPECS)) (sinks as unknown as Record<string, RowBuilder>)[k] = new RowBuilder(spec);
  const bytes = Buffer.from(src, "utf8");
  const text = decodeSource(bytes);
  const tree = parser.parse(text.text);
  if (!tree) throw new Error("no tree");
  let summary: ExtractSummary;
  try {
    summary = extractor.extract({ fileId: FILE_ID, text: text.text, byteAt: text.byteAt, lineStarts: lineStarts(bytes), tree });
  } finally {
    tree.delete();
  }
  const out = { summary } as Extracted;
  for (const k of Object.keys(SPECS) as (keyof typeof SPECS)[]) {
    out[k] = (sinks[k] as RowBuilder)
      .toArrow()
      .toArray()
      .map((r) => plain(r.toJSON()));
  }
  return out;
}

function def(x: Extracted, qname: string, ordinal = 0): Row {
  const d = x.defs.find((r) => r.local_qname === qname && r.ordinal === ordinal);
  if (!d) throw new Error(`no definition ${qname}#${ordinal}; have ${x.defs.map((r) => `${r.local_qname}#${r.ordinal}`).join(", ")}`);
  return d;
}

function idOf(key: string): string {
  return String(idToBigInt(id64(key)));
}

/** Bindings as "name:kind@scope-qname" strings (scope by local qualified name, "" = module). */
function bindingsOf(x: Extracted): string[] {
  const scopeName = new Map(x.defs.map((d) => [d.node_id as string, d.local_qname as string]));
  return x.bindings.map((b) => `${b.name}:${b.binding_kind}@${scopeName.get(b.scope_id as string)}`);
}

describe("PythonExtractor: definitions", () => {
  it("gives definitions Python's __qualname__ (Class.method, outer.<locals>.inner, lambdas)", () => {
    const x = extract(
      [
        "class C:",
        "    def m(self):",
        "        def inner():",
        "            return lambda v: v",
        "        return inner",
        "    class D:",
        "        async def n(self):",
        "            pass",
        "def outer():",
        "    def inner():",
        "        pass",
        "    class K:",
        "        def k(self):",
        "            pass",
        "    f = lambda: 0",
        "    return f",
        "g = lambda: (lambda: 1)",
        "",
      ].join("\n"),
    );
    expect(x.defs.map((d) => [d.kind, d.local_qname]).sort()).toEqual(
      [
        ["MODULE", ""],
        ["CLASS", "C"],
        ["FUNCTION", "C.m"],
        ["FUNCTION", "C.m.<locals>.inner"],
        ["LAMBDA", "C.m.<locals>.inner.<locals>.<lambda>"],
        ["CLASS", "C.D"],
        ["FUNCTION", "C.D.n"],
        ["FUNCTION", "outer"],
        ["FUNCTION", "outer.<locals>.inner"],
        ["CLASS", "outer.<locals>.K"],
        ["FUNCTION", "outer.<locals>.K.k"],
        ["LAMBDA", "outer.<locals>.<lambda>"],
        ["LAMBDA", "<lambda>"],
        ["LAMBDA", "<lambda>.<locals>.<lambda>"],
      ].sort(),
    );
    // Parents and flags.
    expect(def(x, "C.m").parent_id).toBe(def(x, "C").node_id);
    expect(def(x, "C.m.<locals>.inner").parent_id).toBe(def(x, "C.m").node_id);
    expect(def(x, "C").parent_id).toBe(MODULE_ID);
    expect(def(x, "").node_id).toBe(MODULE_ID);
    expect(def(x, "C.m").is_method).toBe(true);
    expect(def(x, "C.D.n").is_method).toBe(true);
    expect(def(x, "C.D.n").is_async).toBe(true);
    expect(def(x, "C.m.<locals>.inner").is_method).toBe(false);
    expect(def(x, "outer").is_method).toBe(false);
    // Definition ids follow the documented recipe F|KIND|qname|ordinal.
    expect(def(x, "C.m").node_id).toBe(idOf(`${F}|FUNCTION|C.m|0`));
    expect(def(x, "outer.<locals>.K").node_id).toBe(idOf(`${F}|CLASS|outer.<locals>.K|0`));
    // Lambda ids are keyed by the enclosing scope and their ordinal among its lambdas (no span).
    const lam = x.defs.find((d) => d.local_qname === "outer.<locals>.<lambda>") as Row;
    expect(lam.node_id).toBe(idOf(`${F}|LAMBDA|${def(x, "outer").node_id}|<lambda>|0`));
    const inner = x.defs.find((d) => d.local_qname === "<lambda>.<locals>.<lambda>") as Row;
    expect(inner.parent_id).toBe(idOf(`${F}|LAMBDA|${MODULE_ID}|<lambda>|0`));
    expect(inner.node_id).toBe(idOf(`${F}|LAMBDA|${inner.parent_id}|<lambda>|0`));
  });

  it("keeps every id outside the edited function when a line is added to the first function (schema v2)", () => {
    const v1 = [
      "import os",
      "def a():",
      "    return 1",
      "",
      "def b(x):",
      "    return len(x) + len(os.sep)",
      "",
      "class C:",
      "    limit = 3",
      "    @staticmethod",
      "    def m(self):",
      "        f = lambda q: b(q)",
      "        return b(self).attr",
      "from pkg import thing as other",
      "limit = len([1])",
      "",
    ].join("\n");
    const v2 = v1.replace("    return 1", "    y = compute(1, 2, 3)\n    return y");
    const x1 = extract(v1);
    const x2 = extract(v2);
    const a1 = def(x1, "a").node_id;
    // Every row of every table, by id, outside the edited function `a` (rows whose scope or
    // definition is `a` are its own): the same ids, the same columns apart from the position.
    const position = new Set([
      "bstart",
      "bend",
      "start_line",
      "start_col",
      "end_line",
      "end_col",
      "name_bstart",
      "name_bend",
      "attr_bstart",
      "callee_bstart",
      "callee_bend",
      "stmt_bstart",
      "stmt_bend",
    ]);
    const outside = (x: Extracted) => {
      const out: Record<string, Row> = {};
      for (const table of ["defs", "params", "decorators", "calls", "names", "attributes", "imports"] as const)
        for (const r of x[table]) {
          if (r.scope_id === a1 || r.def_id === a1 || r.node_id === a1) continue;
          out[`${table}:${r.node_id}`] = Object.fromEntries(Object.entries(r).filter(([k]) => !position.has(k)));
        }
      return out;
    };
    const o1 = outside(x1);
    const o2 = outside(x2);
    expect(Object.keys(o1).length).toBeGreaterThan(30);
    expect(o2).toEqual(o1);
    // ... although everything below the edit moved.
    const lenCall = (x: Extracted) => x.calls.find((c) => c.callee === "len") as Row;
    expect(lenCall(x2).bstart).toBe((lenCall(x1).bstart as number) + "    y = compute(1, 2, 3)\n    return y".length - "    return 1".length);
    expect(lenCall(x2).node_id).toBe(lenCall(x1).node_id);
    // Bindings: the same rows apart from their positions (a variable's target is its NAME_REF).
    const binds = (x: Extracted) => x.bindings.filter((b) => b.scope_id !== a1).map((b) => `${b.scope_id}|${b.name}|${b.binding_kind}|${b.target_id}`);
    expect(binds(x2)).toEqual(binds(x1));
    // Inside `a`, the new sites are new ids.
    expect(x2.calls.filter((c) => c.scope_id === a1).map((c) => c.callee)).toEqual(["compute"]);
    // A call's id is hash(F|CALL|<scope id>|<callee>|<ordinal among the scope's calls of that callee>).
    const bCalls = x2.calls.filter((c) => c.callee === "len" && c.scope_id === def(x2, "b").node_id);
    expect(bCalls.map((c) => c.node_id)).toEqual([0, 1].map((k) => idOf(`${F}|CALL|${def(x2, "b").node_id}|len|${k}`)));
  });

  it("disambiguates redefinitions by ordinal", () => {
    const x = extract(
      ["def f():", "    return 1", "", "def f():", "    return 2", "", "if cond:", "    class K: pass", "else:", "    class K: pass", ""].join("\n"),
    );
    const fs = x.defs.filter((d) => d.local_qname === "f");
    expect(fs.map((d) => d.ordinal)).toEqual(expect.arrayContaining([0, 1]));
    expect(fs).toHaveLength(2);
    expect(new Set(fs.map((d) => d.node_id)).size).toBe(2);
    expect(def(x, "f", 0).start_line).toBe(1);
    expect(def(x, "f", 1).start_line).toBe(4);
    expect(def(x, "f", 1).node_id).toBe(idOf(`${F}|FUNCTION|f|1`));
    expect(def(x, "K", 0).start_line).toBe(8);
    expect(def(x, "K", 1).start_line).toBe(10);
    // Both bind the name f in the module.
    expect(bindingsOf(x).filter((b) => b.startsWith("f:"))).toEqual(["f:def@", "f:def@"]);
  });

  it("records parameter kinds, defaults, annotations and arity", () => {
    const x = extract(
      [
        "def f(a, b=1, /, c: int = 2, *args, d, e: str = 'x', **kw) -> None:",
        "    pass",
        "def g(self, *, k, **opts): pass",
        "def h(*args: int, **kwargs: 'str'): pass",
        "lam = lambda p, *q, r=3, **s: 0",
        "",
      ].join("\n"),
    );
    const params = (qname: string) =>
      x.params
        .filter((p) => p.def_id === def(x, qname).node_id)
        .sort((p, q) => (p.ordinal as number) - (q.ordinal as number))
        .map((p) => [p.name, p.param_kind, p.has_default, p.annotation]);
    expect(params("f")).toEqual([
      ["a", "positional_only", false, null],
      ["b", "positional_only", true, null],
      ["c", "positional", true, "int"],
      ["args", "vararg", false, null],
      ["d", "keyword_only", false, null],
      ["e", "keyword_only", true, "str"],
      ["kw", "kwarg", false, null],
    ]);
    expect(def(x, "f").arity).toBe(7);
    expect(params("g")).toEqual([
      ["self", "positional", false, null],
      ["k", "keyword_only", false, null],
      ["opts", "kwarg", false, null],
    ]);
    expect(params("h")).toEqual([
      ["args", "vararg", false, "int"],
      ["kwargs", "kwarg", false, "'str'"],
    ]);
    expect(params("<lambda>")).toEqual([
      ["p", "positional", false, null],
      ["q", "vararg", false, null],
      ["r", "keyword_only", true, null],
      ["s", "kwarg", false, null],
    ]);
    expect(def(x, "<lambda>").arity).toBe(4);
    // Parameters bind in the function's own scope, with the PARAM id as target.
    const f = def(x, "f");
    const a = x.params.find((p) => p.name === "a") as Row;
    expect(a.node_id).toBe(idOf(`${F}|PARAM|${f.node_id}|a|0`));
    expect(x.bindings.find((b) => b.name === "a")).toMatchObject({ scope_id: f.node_id, binding_kind: "param", target_id: a.node_id });
    // Span of a parameter with a default covers `b=1`.
    expect([a.bstart, a.bend]).toEqual([6, 7]);
    const b = x.params.find((p) => p.name === "b") as Row;
    expect([b.bstart, b.bend]).toEqual([9, 12]);
  });

  it("records decorators with their target, ordinal and enclosing scope; calls inside them count", () => {
    const x = extract(
      ["@dec", "@pkg.deco(arg(1), key=val())", "def f():", "    pass", "", "class C:", "    @property", "    def p(self): return 1", ""].join("\n"),
    );
    const f = def(x, "f");
    expect(f.decorator_count).toBe(2);
    const fd = x.decorators.filter((d) => d.def_id === f.node_id).sort((p, q) => (p.ordinal as number) - (q.ordinal as number));
    expect(fd.map((d) => [d.ordinal, d.expr, d.scope_id, d.start_line])).toEqual([
      [0, "dec", MODULE_ID, 1],
      [1, "pkg.deco(arg(1), key=val())", MODULE_ID, 2],
    ]);
    const p = def(x, "C.p");
    expect(p.decorator_count).toBe(1);
    // The decorator of a method is evaluated in the class body.
    expect(x.decorators.find((d) => d.def_id === p.node_id)).toMatchObject({ expr: "property", scope_id: def(x, "C").node_id, ordinal: 0 });
    // Calls in decorators are CALL rows in the enclosing scope.
    expect(x.calls.map((c) => [c.callee, c.scope_id]).sort()).toEqual(
      [
        ["pkg.deco", MODULE_ID],
        ["arg", MODULE_ID],
        ["val", MODULE_ID],
      ].sort(),
    );
    const deco = x.calls.find((c) => c.callee === "pkg.deco") as Row;
    expect(deco).toMatchObject({ callee_kind: "attribute", callee_name: "deco", receiver: "pkg", arg_count: 2 });
    // Names in decorators are loads in the enclosing scope.
    expect(x.names.filter((n) => n.name === "dec" || n.name === "property").map((n) => n.ctx)).toEqual(["load", "load"]);
    // The function's span starts at `def` (as CPython's), not at the decorator.
    expect(f.start_line).toBe(3);
  });
});

describe("PythonExtractor: imports and __all__", () => {
  it("records every imported alias with module, name, alias, bound name, level and flags", () => {
    const x = extract(
      [
        "from __future__ import annotations",
        "import a.b.c",
        "import a as b, os.path as osp",
        "from ..x import (y as z, w)",
        "from . import m",
        "from .mod import *",
        "if TYPE_CHECKING:",
        "    import typing_only",
        "if typing.TYPE_CHECKING:",
        "    from t import T",
        "try:",
        "    import fast",
        "except ImportError:",
        "    fast = None",
        "try:",
        "    import other",
        "except (ModuleNotFoundError, OSError):",
        "    from slow import fast2",
        "try:",
        "    import plain",
        "except ValueError:",
        "    pass",
        "def f():",
        "    import inner",
        "",
      ].join("\n"),
    );
    const imp = x.imports.map((i) => [i.import_kind, i.module, i.name, i.alias, i.bound_name, i.level, i.is_star, i.in_type_checking, i.in_try_except]);
    expect(imp).toEqual([
      ["future", "__future__", "annotations", null, "annotations", 0, false, false, false],
      ["import", "a.b.c", null, null, "a", 0, false, false, false],
      ["import", "a", null, "b", "b", 0, false, false, false],
      ["import", "os.path", null, "osp", "osp", 0, false, false, false],
      ["from", "x", "y", "z", "z", 2, false, false, false],
      ["from", "x", "w", null, "w", 2, false, false, false],
      ["from", "", "m", null, "m", 1, false, false, false],
      ["from", "mod", "*", null, null, 1, true, false, false],
      ["import", "typing_only", null, null, "typing_only", 0, false, true, false],
      ["from", "t", "T", null, "T", 0, false, true, false],
      ["import", "fast", null, null, "fast", 0, false, false, true],
      ["import", "other", null, null, "other", 0, false, false, true],
      ["from", "slow", "fast2", null, "fast2", 0, false, false, true],
      ["import", "plain", null, null, "plain", 0, false, false, false],
      ["import", "inner", null, null, "inner", 0, false, false, false],
    ]);
    // Import bindings: one per bound name, in the scope of the import.
    const b = bindingsOf(x).filter((s) => s.includes(":import@"));
    expect(b).toEqual([
      "annotations:import@",
      "a:import@",
      "b:import@",
      "osp:import@",
      "z:import@",
      "w:import@",
      "m:import@",
      "typing_only:import@",
      "T:import@",
      "fast:import@",
      "other:import@",
      "fast2:import@",
      "plain:import@",
      "inner:import@f",
    ]);
    // An import's span is the alias; the statement span is kept beside it.
    const z = x.imports.find((i) => i.alias === "z") as Row;
    expect([z.start_line, z.start_col, z.end_col]).toEqual([4, 17, 23]);
    expect([z.stmt_bstart, z.stmt_bend]).toEqual([x.imports[4]?.stmt_bstart, x.imports[5]?.stmt_bend]);
  });

  it("reads a literal __all__, extends it with +=, and calls anything else dynamic", () => {
    const lit = extract('__all__ = ["a", "b"]\n__all__ += ("c",)\n');
    expect(lit.summary.allKind).toBe("literal");
    expect(lit.exports.map((e) => [e.name, e.ordinal])).toEqual([
      ["a", 0],
      ["b", 1],
      ["c", 2],
    ]);
    const reassigned = extract('__all__ = ["a"]\n__all__ = ["z"]\n');
    expect(reassigned.exports.map((e) => [e.name, e.ordinal])).toEqual([
      ["a", 0],
      ["z", 0],
    ]);
    for (const src of [
      '__all__ = ["a"] + other.__all__\n',
      "__all__ = [n for n in dir()]\n",
      '__all__ = ["a"]\n__all__ += sub.__all__\n',
      '__all__ = [f"x{1}"]\n',
    ]) {
      expect(extract(src).summary.allKind, src).toBe("dynamic");
    }
    expect(extract("x = 1\n").summary.allKind).toBe("none");
    // Only at module level.
    expect(extract('def f():\n    __all__ = ["a"]\n').summary.allKind).toBe("none");
  });
});

describe("PythonExtractor: names and scopes", () => {
  it("gives every name its context and every binding its kind", () => {
    const x = extract(
      [
        "x = 1",
        "x += 2",
        "y: int = 3",
        "del x",
        "for i, (j, k) in items:",
        "    pass",
        "with open(p) as fh, lock:",
        "    pass",
        "try:",
        "    pass",
        "except E as err:",
        "    pass",
        "if (n := 10) > 5:",
        "    pass",
        "ys = [c for c in range(3) if c]",
        "obj.attr = value",
        "a, *rest = seq",
        "def outer():",
        "    global G",
        "    G = 1",
        "    v = 0",
        "    def inner():",
        "        nonlocal v",
        "        v += 1",
        "    return inner",
        "",
      ].join("\n"),
    );
    const ctxs = (name: string) => x.names.filter((n) => n.name === name).map((n) => n.ctx);
    expect(ctxs("x")).toEqual(["store", "store", "del"]);
    expect(ctxs("y")).toEqual(["store"]);
    expect(ctxs("int")).toEqual(["load"]);
    expect(ctxs("i")).toEqual(["store"]);
    expect(ctxs("k")).toEqual(["store"]);
    expect(ctxs("items")).toEqual(["load"]);
    expect(ctxs("fh")).toEqual(["store"]);
    expect(ctxs("lock")).toEqual(["load"]);
    expect(ctxs("E")).toEqual(["load"]);
    expect(ctxs("err")).toEqual(["store"]);
    expect(ctxs("n")).toEqual(["store"]);
    expect(ctxs("c")).toEqual(["load", "store", "load"]);
    expect(ctxs("obj")).toEqual(["load"]);
    expect(ctxs("value")).toEqual(["load"]);
    expect(ctxs("rest")).toEqual(["store"]);
    expect(x.attributes.find((a) => a.attr === "attr")).toMatchObject({ ctx: "store", receiver: "obj" });

    const b = bindingsOf(x);
    for (const expected of [
      "x:assign@",
      "x:augassign@",
      "y:annassign@",
      "x:del@",
      "i:for@",
      "j:for@",
      "k:for@",
      "fh:with@",
      "err:except@",
      "n:walrus@",
      "c:comprehension@",
      "ys:assign@",
      "a:assign@",
      "rest:assign@",
      "outer:def@",
      "G:global@outer",
      "G:assign@outer",
      "v:assign@outer",
      "inner:def@outer",
      "v:nonlocal@outer.<locals>.inner",
      "v:augassign@outer.<locals>.inner",
    ]) {
      expect(b, expected).toContain(expected);
    }
    // Loads never bind; attribute stores do not bind a name either.
    expect(b.filter((s) => s.startsWith("obj:") || s.startsWith("attr:") || s.startsWith("items:"))).toEqual([]);
    // Every NAME_REF id is hash(F|NAME_REF:<ctx>|<scope id>|<name>|<ordinal among the scope's
    // NAME_REFs of that context and name>), and its span is the identifier.
    const seen = new Map<string, number>();
    for (const n of [...x.names].sort((p, q) => (p.bstart as number) - (q.bstart as number))) {
      const k = `NAME_REF:${n.ctx}|${n.scope_id}|${n.name}`;
      const ord = seen.get(k) ?? 0;
      seen.set(k, ord + 1);
      expect(n.node_id).toBe(idOf(`${F}|NAME_REF:${n.ctx}|${n.scope_id}|${n.name}|${ord}`));
      expect((n.bend as number) - (n.bstart as number)).toBe((n.name as string).length);
    }
    // A variable binding's target is the NAME_REF that stores it.
    const stores = new Map(x.names.filter((n) => n.ctx !== "load").map((n) => [`${n.scope_id}|${n.bstart}`, n.node_id]));
    const vars = x.bindings.filter((b) => !["def", "class", "import", "param", "global", "nonlocal"].includes(b.binding_kind as string));
    expect(vars.length).toBeGreaterThan(10);
    for (const v of vars) expect(v.target_id).toBe(stores.get(`${v.scope_id}|${v.bstart}`));
  });

  it("gives every variable binding the id and span of one storing NAME_REF (what the rules use as its target)", () => {
    // module_exports, class_members and ref_targets take a variable binding's target_id as the
    // NAME_REF that stores it: one store or del NAME_REF per binding, at the binding's span.
    const x = extract(
      [
        "a = b = 1",
        "(c, [d, *e]) = f",
        "g: int",
        "h: int = 2",
        "i += 1",
        "for j in k: pass",
        "with m as (n, o): pass",
        "try: pass",
        "except E as p: pass",
        "q = [(r := s) for s in t]",
        "match u:",
        "    case [v, *w] | {'k': v, **w}: pass",
        "    case C(x=y) as z: pass",
        "type Alias = int",
        "del a",
        "class K:",
        "    attr = 1",
        "    def meth(self): self.x = 1",
        "",
      ].join("\n"),
    );
    const stores = x.names.filter((n) => n.ctx !== "load");
    const byId = new Map(stores.map((n) => [n.node_id as string, n]));
    expect(byId.size).toBe(stores.length);
    const vars = x.bindings.filter((b) => !["def", "class", "import", "param", "global", "nonlocal"].includes(b.binding_kind as string));
    expect(new Set(vars.map((v) => v.binding_kind))).toEqual(
      new Set(["assign", "annassign", "augassign", "for", "with", "except", "walrus", "comprehension", "match", "type_alias", "del"]),
    );
    for (const v of vars) {
      const n = byId.get(v.target_id as string);
      expect(n, `${v.name}:${v.binding_kind}`).toMatchObject({
        scope_id: v.scope_id,
        name: v.name,
        bstart: v.bstart,
        bend: v.bend,
        ctx: v.binding_kind === "del" ? "del" : "store",
      });
      expect(stores.filter((s) => s.bstart === v.bstart && s.bend === v.bend && s.ctx === n?.ctx)).toHaveLength(1);
    }
  });

  it("puts calls in f-strings, default values, annotations and lambdas in the right scope", () => {
    const x = extract(
      [
        "def f(a=make(), *, b: typ() = other()) -> ret():",
        '    return f"{inner(a)!r} and {obj.meth(b):>{width()}}"',
        "class C(base()):",
        "    attr = cls_call()",
        "    def m(self, d=dflt()):",
        "        return [comp(i) for i in self.items()]",
        "g = lambda q=lam_default(): lam_body(q)",
        "",
      ].join("\n"),
    );
    const scopeName = new Map(x.defs.map((d) => [d.node_id as string, d.local_qname as string]));
    const where = Object.fromEntries(x.calls.map((c) => [c.callee, scopeName.get(c.scope_id as string)]));
    expect(where).toEqual({
      make: "",
      typ: "",
      other: "",
      ret: "",
      inner: "f",
      "obj.meth": "f",
      width: "f",
      base: "",
      cls_call: "C",
      dflt: "C",
      comp: "C.m",
      "self.items": "C.m",
      lam_default: "",
      lam_body: "<lambda>",
    });
    const meth = x.calls.find((c) => c.callee === "obj.meth") as Row;
    expect(meth).toMatchObject({ callee_kind: "attribute", callee_name: "meth", receiver: "obj", arg_count: 1, start_line: 2 });
    // The f-string's call span is exact (bytes of `obj.meth(b)`).
    const src2 = '    return f"{inner(a)!r} and {obj.meth(b):>{width()}}"';
    const lineStart = "def f(a=make(), *, b: typ() = other()) -> ret():\n".length;
    expect(meth.bstart).toBe(lineStart + src2.indexOf("obj.meth(b)"));
    expect(meth.bend).toBe(lineStart + src2.indexOf("obj.meth(b)") + "obj.meth(b)".length);
    expect(meth.start_col).toBe(src2.indexOf("obj.meth(b)"));
  });

  it("counts arguments and flags star-args", () => {
    const x = extract("f()\ng(1, 2, k=3)\nh(*a, **kw)\ni(x for x in y)\nj(a)(b)\nk[0](1)\n");
    const by = (callee: string) => x.calls.find((c) => c.callee === callee) as Row;
    expect([by("f").arg_count, by("f").has_star_args]).toEqual([0, false]);
    expect([by("g").arg_count, by("g").has_star_args]).toEqual([3, false]);
    expect([by("h").arg_count, by("h").has_star_args]).toEqual([2, true]);
    expect(by("i").arg_count).toBe(1);
    expect(by("j(a)")).toMatchObject({ callee_kind: "call", arg_count: 1, callee_name: null });
    expect(by("k[0]")).toMatchObject({ callee_kind: "subscript", arg_count: 1 });
    // j(a)(b) is two calls, as in ast.
    expect(x.calls.map((c) => c.callee).sort()).toEqual(["f", "g", "h", "i", "j", "j(a)", "k[0]"]);
  });

  it("binds the capture patterns of a match statement and nothing else", () => {
    const x = extract(
      [
        "match command:",
        "    case Point(x=0, y=yy):",
        "        pass",
        "    case [first, *rest]:",
        "        pass",
        '    case {"k": v, **others}:',
        "        pass",
        "    case Color.RED:",
        "        pass",
        "    case str() as s:",
        "        pass",
        "    case (1 | 2) as num:",
        "        pass",
        "    case _:",
        "        pass",
        "",
      ].join("\n"),
    );
    const matchBindings = x.bindings
      .filter((b) => b.binding_kind === "match")
      .map((b) => b.name)
      .sort();
    expect(matchBindings).toEqual(["first", "num", "others", "rest", "s", "v", "yy"].sort());
    // Everything bound by a pattern is a store; class names and value patterns are loads.
    const ctx = (name: string) => x.names.filter((n) => n.name === name).map((n) => n.ctx);
    expect(ctx("yy")).toEqual(["store"]);
    expect(ctx("first")).toEqual(["store"]);
    expect(ctx("Point")).toEqual(["load"]);
    expect(ctx("Color")).toEqual(["load"]);
    expect(ctx("command")).toEqual(["load"]);
    expect(ctx("str")).toEqual(["load"]);
    expect(ctx("s")).toEqual(["store"]);
    expect(ctx("num")).toEqual(["store"]);
    // Keyword names in class patterns (x=) and the wildcard _ are not names at all.
    expect(ctx("x")).toEqual([]);
    expect(x.bindings.filter((b) => b.name === "_" || b.name === "x" || b.name === "Point" || b.name === "RED")).toEqual([]);
  });
});

describe("PythonExtractor: syntax errors", () => {
  it("reports syntax errors as diagnostics and still extracts the code tree-sitter put in ERROR nodes", () => {
    // tree-sitter wraps `print("a"` and what follows in an ERROR node (ERROR has the type id 0xffff).
    const x = extract('print("a"\ndef f():\n    return g()\n\ndef h():\n    return k()\n');
    expect(x.summary.syntaxErrors).toBeGreaterThan(0);
    expect(x.diagnostics.map((d) => d.code)).toContain("syntax-error");
    expect(x.diagnostics.every((d) => d.severity === "error")).toBe(true);
    // (Error recovery also makes a call of the string "a": what tree-sitter builds, kept as is.)
    expect(x.calls.map((c) => c.callee)).toEqual(expect.arrayContaining(["g", "k"]));
    expect(def(x, "h").start_line).toBe(5);
    // A missing token is its own code.
    const y = extract("def f(:\n    pass\n");
    expect(y.diagnostics.map((d) => d.code)).toContain("missing-token");
    expect(def(y, "f").kind).toBe("FUNCTION");
    // A clean file has none.
    const z = extract("def f():\n    return 1\n");
    expect(z.summary.syntaxErrors).toBe(0);
    expect(z.diagnostics).toEqual([]);
  });

  it("extracts docstrings (first non-empty line) and class bases", () => {
    const x = extract(
      [
        '"""Module doc.',
        "",
        'More."""',
        "class A(Base, metaclass=Meta):",
        '    """',
        "    Class doc.",
        '    """',
        "def f():",
        "    # comment",
        "    'single'",
        "    return 1",
        "def g():",
        "    x = 1",
        "",
      ].join("\n"),
    );
    expect(def(x, "").docstring).toBe("Module doc.");
    expect(def(x, "A").docstring).toBe("Class doc.");
    expect(def(x, "A").bases).toBe('["Base"]');
    expect(def(x, "f").docstring).toBe("single");
    expect(def(x, "g").docstring).toBeNull();
  });
});

describe("PythonExtractor: the grammar's `type(...)` misparse", () => {
  it("`type(x).attr = v` is an assignment through the call type(x), as CPython reads it, not a type alias", () => {
    const x = extract("type(self).cache = f(1)\ntype(a, b)[0] = 2\ntype Alias = int\n");
    expect(x.calls.map((c) => [c.callee, c.arg_count, c.bstart, c.bend])).toEqual([
      ["type", 1, 0, 10],
      ["f", 1, 19, 23],
      ["type", 2, 24, 34],
    ]);
    expect(x.names.filter((n) => n.name === "type").map((n) => [n.bstart, n.ctx])).toEqual([
      [0, "load"],
      [24, "load"],
    ]);
    // Only the real alias binds a name; the attribute and subscript targets bind nothing.
    expect(bindingsOf(x)).toEqual(["Alias:type_alias@"]);
  });
});

describe("type facts (py_types)", () => {
  it("records return annotations and simple assignments with their value kinds", () => {
    const src = [
      "def make(a: int) -> 'Foo':",
      "    x = Foo(1)",
      "    y: Bar = None",
      "    self.z = make()",
      "    a, b = 1, 2",
      "    w = v = other.attr",
      "    n = x",
      "    k = 3",
      "",
    ].join("\n");
    const out = extract(src);
    const rows = out.types.map((r) => [r.kind, r.target, r.annotation, r.value_kind, r.value_text]);
    expect(rows).toEqual([
      ["return", null, "'Foo'", null, null],
      ["assign", "x", null, "call", "Foo"],
      ["assign", "y", "Bar", "none", null],
      ["assign", "self.z", null, "call", "make"],
      ["assign", "w", null, "attribute", "other.attr"],
      ["assign", "v", null, "attribute", "other.attr"],
      ["assign", "n", null, "name", "x"],
      ["assign", "k", null, "other", null],
    ]);
    const x = out.types[1] as Row;
    expect(src.slice(Number(x.bstart), Number(x.bend))).toBe("x");
    expect(src.slice(Number(x.value_bstart), Number(x.value_bend))).toBe("Foo(1)");
    // every fact belongs to the function's scope
    const fn = out.defs.find((d) => d.kind === "FUNCTION") as Row;
    expect(new Set(out.types.map((r) => r.scope_id))).toEqual(new Set([fn.node_id]));
  });
});
