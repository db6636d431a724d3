/**
 * Random edits of a Python repository for property tests of the incremental engine. An edit is
 * plain data (readable when fast-check prints a counterexample); `applyEdit` resolves it against
 * the work tree as it stands (a `pick` is taken modulo the number of eligible files), applies it,
 * and returns a description of what it actually did, or null when nothing was eligible.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import fc from "fast-check";
import { git } from "./incremental.ts";

export type Edit =
  | { kind: "body"; pick: number }
  | { kind: "renameFunction"; pick: number; alsoImporters: boolean }
  | { kind: "addModule"; pick: number; style: number }
  | { kind: "deleteModule"; pick: number }
  | { kind: "moveFile"; pick: number; dest: number; modify: boolean }
  | { kind: "addStarImport"; pick: number; target: number }
  | { kind: "removeStarImport"; pick: number }
  | { kind: "addAbsoluteImport"; pick: number; target: number }
  | { kind: "toggleInit"; pick: number }
  | { kind: "syntaxError"; pick: number }
  | { kind: "invalidUtf8"; pick: number }
  | { kind: "touch"; pick: number }
  | { kind: "grow"; pick: number }
  | { kind: "revert"; pick: number }
  | { kind: "addSubclass"; pick: number }
  | { kind: "addMethod"; pick: number }
  | { kind: "extendAll"; pick: number }
  | { kind: "shiftVariables"; pick: number }
  | { kind: "retype"; pick: number; target: number }
  | { kind: "retypeAttribute"; pick: number; target: number }
  | { kind: "renameMethod"; pick: number }
  | { kind: "addTypedUser"; pick: number }
  | { kind: "addChainUser"; pick: number };

/** After the edits of a step: commit everything, stage everything, or leave the work tree dirty. */
export type Commit = "commit" | "stage" | "none";

export interface Step {
  edits: Edit[];
  commit: Commit;
}

/**
 * The size limit the property tests build with (`grow` pushes a file past it): small for the
 * sample repository, above any source file of a real package given as PYCPG_RANDOM_REPO.
 */
export const MAX_FILE_BYTES = process.env.PYCPG_RANDOM_REPO ? 1_000_000 : 12_000;

const pick = fc.nat({ max: 1_000 });

/** One arbitrary per kind of edit. */
const EDIT_ARBS: { [K in Edit["kind"]]: fc.Arbitrary<Extract<Edit, { kind: K }>> } = {
  body: fc.record({ kind: fc.constant("body" as const), pick }),
  renameFunction: fc.record({ kind: fc.constant("renameFunction" as const), pick, alsoImporters: fc.boolean() }),
  addModule: fc.record({ kind: fc.constant("addModule" as const), pick, style: fc.nat({ max: 3 }) }),
  deleteModule: fc.record({ kind: fc.constant("deleteModule" as const), pick }),
  moveFile: fc.record({ kind: fc.constant("moveFile" as const), pick, dest: pick, modify: fc.boolean() }),
  addStarImport: fc.record({ kind: fc.constant("addStarImport" as const), pick, target: pick }),
  removeStarImport: fc.record({ kind: fc.constant("removeStarImport" as const), pick }),
  addAbsoluteImport: fc.record({ kind: fc.constant("addAbsoluteImport" as const), pick, target: pick }),
  toggleInit: fc.record({ kind: fc.constant("toggleInit" as const), pick }),
  syntaxError: fc.record({ kind: fc.constant("syntaxError" as const), pick }),
  invalidUtf8: fc.record({ kind: fc.constant("invalidUtf8" as const), pick }),
  touch: fc.record({ kind: fc.constant("touch" as const), pick }),
  grow: fc.record({ kind: fc.constant("grow" as const), pick }),
  revert: fc.record({ kind: fc.constant("revert" as const), pick }),
  addSubclass: fc.record({ kind: fc.constant("addSubclass" as const), pick }),
  addMethod: fc.record({ kind: fc.constant("addMethod" as const), pick }),
  extendAll: fc.record({ kind: fc.constant("extendAll" as const), pick }),
  shiftVariables: fc.record({ kind: fc.constant("shiftVariables" as const), pick }),
  retype: fc.record({ kind: fc.constant("retype" as const), pick, target: pick }),
  retypeAttribute: fc.record({ kind: fc.constant("retypeAttribute" as const), pick, target: pick }),
  renameMethod: fc.record({ kind: fc.constant("renameMethod" as const), pick }),
  addTypedUser: fc.record({ kind: fc.constant("addTypedUser" as const), pick }),
  addChainUser: fc.record({ kind: fc.constant("addChainUser" as const), pick }),
};

export const EDIT_KINDS = Object.keys(EDIT_ARBS) as Edit["kind"][];

/** Random edits of the given kinds (default: every kind). */
export function editArb(kinds: readonly Edit["kind"][] = EDIT_KINDS): fc.Arbitrary<Edit> {
  const unknown = kinds.filter((k) => !(k in EDIT_ARBS));
  if (unknown.length > 0 || kinds.length === 0) throw new Error(`unknown or no edit kinds: ${unknown.join(", ")}; known: ${EDIT_KINDS.join(", ")}`);
  return fc.oneof(...kinds.map((k) => EDIT_ARBS[k] as fc.Arbitrary<Edit>));
}

export function stepsArb(maxSteps: number, maxEdits: number, kinds?: readonly Edit["kind"][]): fc.Arbitrary<Step[]> {
  return fc.array(
    fc.record({
      edits: fc.array(editArb(kinds), { minLength: 1, maxLength: maxEdits }),
      commit: fc.constantFrom<Commit>("commit", "stage", "none"),
    }),
    { minLength: 1, maxLength: maxSteps },
  );
}

/** Every file below `root` (not in .git), POSIX paths relative to it, sorted. */
function walk(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    const abs = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(root, abs));
    else out.push(relative(root, abs).split(sep).join("/"));
  }
  return out.sort();
}

export function pythonFiles(root: string): string[] {
  return walk(root).filter((p) => p.endsWith(".py"));
}

/** Directories holding Python files (POSIX, relative; "" is the root), sorted. */
function pythonDirs(root: string): string[] {
  return [...new Set(pythonFiles(root).map((p) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "")))].sort();
}

/** The dotted name a path would be imported by from the repository root. */
function dotted(path: string): string {
  const parts = path.replace(/\.py$/, "").split("/");
  if (parts[parts.length - 1] === "__init__") parts.pop();
  return parts.join(".") || "root_module";
}

function choose<T>(items: readonly T[], n: number): T | null {
  return items.length === 0 ? null : (items[n % items.length] as T);
}

const read = (root: string, p: string) => readFileSync(join(root, p), "latin1");
const write = (root: string, p: string, text: string) => {
  mkdirSync(dirname(join(root, p)), { recursive: true });
  writeFileSync(join(root, p), text, "latin1");
};

function readable(root: string, p: string): boolean {
  try {
    return statSync(join(root, p)).isFile();
  } catch {
    return false;
  }
}

interface ClassDef {
  p: string;
  name: string;
  /** Its first method taking self ("missing_method" when it has none). */
  method: string;
}

/** The top-level classes of the Python files, with their first method. */
function classDefs(root: string, files: readonly string[]): ClassDef[] {
  return files.flatMap((p) =>
    [...read(root, p).matchAll(/^class ([A-Za-z_]\w*)\b[^\n]*:\n((?:[ \t]+[^\n]*\n|\n)*)/gm)].map((m) => ({
      p,
      name: m[1] as string,
      method: /^[ \t]+def ([A-Za-z_]\w*)\(self/m.exec(m[2] ?? "")?.[1] ?? "missing_method",
    })),
  );
}

/** `text` with `from <module of c> import <c>` prepended when `c` lives in another file. */
function withImportOf(text: string, p: string, c: ClassDef): string {
  return c.p === p ? text : `from ${dotted(c.p)} import ${c.name}\n${text}`;
}

/** Applies one edit; returns what it did, or null when it found nothing to do. `n` makes new names unique. */
export function applyEdit(root: string, e: Edit, n: number): string | null {
  const files = pythonFiles(root);
  switch (e.kind) {
    case "body": {
      const eligible = files.filter((p) => /^([ \t]+)return\b/m.test(read(root, p)));
      const p = choose(eligible, e.pick);
      if (!p) return null;
      write(
        root,
        p,
        read(root, p).replace(/^([ \t]+)return\b/m, (_m, indent: string) => `${indent}_local_${n} = ${n}\n${indent}return`),
      );
      return `body: local variable added before the first return in ${p}`;
    }
    case "renameFunction": {
      const defs = files.flatMap((p) => [...read(root, p).matchAll(/^def ([A-Za-z_]\w*)\(/gm)].map((m) => ({ p, name: m[1] as string })));
      const d = choose(defs, e.pick);
      if (!d) return null;
      const to = `${d.name}_r${n}`;
      const re = new RegExp(`\\b${d.name}\\b`, "g");
      const mentions = new RegExp(`\\b${d.name}\\b`);
      const touched = [d.p];
      write(root, d.p, read(root, d.p).replace(re, to));
      if (e.alsoImporters)
        for (const p of files)
          if (p !== d.p && mentions.test(read(root, p))) {
            write(root, p, read(root, p).replace(re, to));
            touched.push(p);
          }
      return `renameFunction: ${d.name} -> ${to} in ${touched.join(", ")}${e.alsoImporters ? "" : " (importers left as they were)"}`;
    }
    case "addModule": {
      const target = choose(files, e.pick);
      const dir = target ? dirname(target) : ".";
      const p = `${dir === "." ? "" : `${dir}/`}gen_${n}.py`;
      const stem = target ? basename(target, ".py") : "os";
      const mod = target ? dotted(target) : "os";
      const body = [`from .${stem} import *\n`, `import ${mod}\n`, `from ${mod} import helper_${n}\n`, `from . import ${stem}\n`][e.style % 4];
      write(root, p, `${body}\n\ndef generated_${n}(x):\n    return x\n`);
      return `addModule: ${p} with ${JSON.stringify(body?.trim())}`;
    }
    case "deleteModule": {
      const p = choose(files, e.pick);
      if (!p) return null;
      rmSync(join(root, p));
      return `deleteModule: ${p}`;
    }
    case "moveFile": {
      const p = choose(files, e.pick);
      if (!p) return null;
      const dirs = [...pythonDirs(root), `shop/moved_${n}`];
      const dest = choose(dirs, e.dest) as string;
      let to = `${dest ? `${dest}/` : ""}${basename(p)}`;
      if (to === p || existsSync(join(root, to))) to = `${dest ? `${dest}/` : ""}${basename(p, ".py")}_m${n}.py`;
      mkdirSync(dirname(join(root, to)), { recursive: true });
      renameSync(join(root, p), join(root, to));
      if (e.modify) write(root, to, `${read(root, to)}\nMOVED_${n} = ${n}\n`);
      return `moveFile: ${p} -> ${to}${e.modify ? " (and modified)" : ""}`;
    }
    case "addStarImport": {
      const p = choose(files, e.pick);
      const t = choose(files, e.target);
      if (!p || !t) return null;
      write(root, p, `from ${dotted(t)} import *\n${read(root, p)}`);
      return `addStarImport: from ${dotted(t)} import * in ${p}`;
    }
    case "removeStarImport": {
      const eligible = files.filter((p) => /^.*import \*.*$/m.test(read(root, p)));
      const p = choose(eligible, e.pick);
      if (!p) return null;
      write(root, p, read(root, p).replace(/^.*import \*.*\n?/m, ""));
      return `removeStarImport: in ${p}`;
    }
    case "addAbsoluteImport": {
      const p = choose(files, e.pick);
      const t = choose(files, e.target);
      if (!p || !t) return null;
      write(root, p, `${read(root, p)}\nimport ${dotted(t)}\n`);
      return `addAbsoluteImport: import ${dotted(t)} in ${p}`;
    }
    case "toggleInit": {
      const d = choose(pythonDirs(root), e.pick);
      if (d === null) return null;
      const p = `${d ? `${d}/` : ""}__init__.py`;
      if (existsSync(join(root, p))) {
        rmSync(join(root, p));
        return `toggleInit: removed ${p}`;
      }
      write(root, p, "");
      return `toggleInit: added ${p}`;
    }
    case "syntaxError": {
      const p = choose(files, e.pick);
      if (!p) return null;
      write(root, p, `${read(root, p)}\n\nclass Broken_${n}(:\n    pass\n`);
      return `syntaxError: appended an unclosed class header to ${p}`;
    }
    case "invalidUtf8": {
      const p = choose(files, e.pick);
      if (!p) return null;
      writeFileSync(join(root, p), Buffer.concat([readFileSync(join(root, p)), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x0a])]));
      return `invalidUtf8: appended a comment with invalid UTF-8 bytes to ${p}`;
    }
    case "touch": {
      const p = choose(files, e.pick);
      if (!p) return null;
      const t = new Date(Date.now() + n * 1000);
      utimesSync(join(root, p), t, t);
      return `touch: ${p}`;
    }
    case "grow": {
      const p = choose(files, e.pick);
      if (!p) return null;
      write(root, p, `${read(root, p)}\n# ${"padding ".repeat(Math.ceil(MAX_FILE_BYTES / 8))}\n`);
      return `grow: ${p} past ${MAX_FILE_BYTES} bytes`;
    }
    case "addSubclass": {
      // A subclass in a new module, calling an inherited method through self (cross-file MRO).
      const classes = classDefs(root, files);
      const c = choose(classes, e.pick);
      if (!c) return null;
      const dir = dirname(c.p);
      const p = `${dir === "." ? "" : `${dir}/`}sub_${n}.py`;
      write(root, p, `from ${dotted(c.p)} import ${c.name}\n\n\nclass Sub${n}(${c.name}):\n    def go(self):\n        return self.${c.method}()\n`);
      return `addSubclass: ${p} subclasses ${dotted(c.p)}.${c.name} and calls self.${c.method}()`;
    }
    case "addMethod": {
      const classes = files.flatMap((p) =>
        [...read(root, p).matchAll(/^class ([A-Za-z_]\w*)\b[^\n]*:\n/gm)].map((m) => ({ p, name: m[1] as string, at: m.index as number, len: m[0].length })),
      );
      const c = choose(classes, e.pick);
      if (!c) return null;
      const text = read(root, c.p);
      const at = c.at + c.len;
      write(root, c.p, `${text.slice(0, at)}    def added_${n}(self):\n        return ${n}\n\n${text.slice(at)}`);
      return `addMethod: ${c.name}.added_${n} in ${c.p}`;
    }
    case "extendAll": {
      const eligible = files.filter((p) => /^__all__ = \[/m.test(read(root, p)));
      const p = choose(eligible, e.pick);
      if (!p) return null;
      write(root, p, `${read(root, p).replace(/^__all__ = \[/m, `__all__ = ["exported_${n}", `)}\n\ndef exported_${n}():\n    return ${n}\n`);
      return `extendAll: exported_${n} added to __all__ in ${p}`;
    }
    case "shiftVariables": {
      // A line at the top of the file: every module-level variable moves (their NAME_REF ids change).
      const p = choose(files, e.pick);
      if (!p) return null;
      write(root, p, `# shifted ${n}\n${read(root, p)}`);
      return `shiftVariables: a comment line prepended to ${p}`;
    }
    case "retype": {
      // A return annotation names another class: the callers' `f().attr` resolve elsewhere.
      const sites = files.flatMap((p) =>
        [...read(root, p).matchAll(/\) -> ("?[A-Za-z_][\w.]*"?):/g)].map((m) => ({ p, at: m.index as number, len: m[0].length })),
      );
      const site = choose(sites, e.pick);
      const c = choose(classDefs(root, files), e.target);
      if (!site || !c) return null;
      const text = read(root, site.p);
      write(root, site.p, withImportOf(`${text.slice(0, site.at)}) -> ${c.name}:${text.slice(site.at + site.len)}`, site.p, c));
      return `retype: the return annotation at offset ${site.at} of ${site.p} is now ${dotted(c.p)}.${c.name}`;
    }
    case "retypeAttribute": {
      // An instance attribute gets an annotation naming a class: `obj.attr.x` resolves through it.
      const sites = files.flatMap((p) => [...read(root, p).matchAll(/^([ \t]+)self\.([A-Za-z_]\w*) = /gm)].map((m) => ({ p, m })));
      const site = choose(sites, e.pick);
      const c = choose(classDefs(root, files), e.target);
      if (!site || !c) return null;
      const text = read(root, site.p);
      const at = site.m.index as number;
      const [whole, indent, attr] = site.m as unknown as [string, string, string];
      write(root, site.p, withImportOf(`${text.slice(0, at)}${indent}self.${attr}: ${c.name} = ${text.slice(at + whole.length)}`, site.p, c));
      return `retypeAttribute: self.${attr} in ${site.p} annotated as ${dotted(c.p)}.${c.name}`;
    }
    case "renameMethod": {
      // Only the definition: callers through self, instances and annotations lose their target.
      const sites = files.flatMap((p) => [...read(root, p).matchAll(/^([ \t]+)def ([A-Za-z_]\w*)\(self/gm)].map((m) => ({ p, m })));
      const site = choose(sites, e.pick);
      if (!site) return null;
      const text = read(root, site.p);
      const at = site.m.index as number;
      const [whole, indent, name] = site.m as unknown as [string, string, string];
      write(root, site.p, `${text.slice(0, at)}${indent}def ${name}_m${n}(self${text.slice(at + whole.length)}`);
      return `renameMethod: ${name} -> ${name}_m${n} in ${site.p} (callers left as they were)`;
    }
    case "addTypedUser": {
      // A module whose resolutions all go through types: annotations, returns, self attributes.
      const c = choose(classDefs(root, files), e.pick);
      if (!c) return null;
      const dir = dirname(c.p);
      const p = `${dir === "." ? "" : `${dir}/`}typed_${n}.py`;
      write(
        root,
        p,
        [
          `from ${dotted(c.p)} import ${c.name}`,
          "",
          "",
          `def make_${n}() -> ${c.name}:`,
          `    return ${c.name}.__new__(${c.name})`,
          "",
          "",
          `def use_${n}(obj: ${c.name}):`,
          `    return obj.${c.method}()`,
          "",
          "",
          `class Holder${n}:`,
          "    def __init__(self):",
          `        self.item = make_${n}()`,
          "",
          "    def run(self):",
          `        return self.item.${c.method}(), make_${n}().${c.method}()`,
          "",
        ].join("\n"),
      );
      return `addTypedUser: ${p} reaches ${dotted(c.p)}.${c.name}.${c.method} through annotations and self attributes`;
    }
    case "addChainUser": {
      // A module calling a module-level function of another and using the result's attributes.
      const fns = files.flatMap((p) =>
        [...read(root, p).matchAll(/^def ([A-Za-z_]\w*)\([^)]*\) -> "?([A-Za-z_]\w*)"?:/gm)].map((m) => ({ p, fn: m[1] as string, cls: m[2] as string })),
      );
      const f = choose(fns, e.pick);
      if (!f) return null;
      const attr = classDefs(root, files).find((c) => c.name === f.cls)?.method ?? "missing_method";
      const dir = dirname(f.p);
      const p = `${dir === "." ? "" : `${dir}/`}chain_${n}.py`;
      write(root, p, `from ${dotted(f.p)} import ${f.fn}\n\nvalue_${n} = ${f.fn}()\n\n\ndef chain_${n}():\n    return value_${n}.${attr}, ${f.fn}().${attr}\n`);
      return `addChainUser: ${p} uses ${dotted(f.p)}.${f.fn}().${attr}`;
    }
    case "revert": {
      // A pending (uncommitted) change, undone: `git checkout HEAD -- path`, or removing an untracked file.
      const entries = git(root, "status", "--porcelain", "-z", "--untracked-files=all")
        .split("\0")
        .filter((s) => /^[ MADRCU?]{2} .+\.py$/.test(s) && !s.startsWith("R") && !s.startsWith("C"));
      const entry = choose(entries, e.pick);
      if (!entry) return null;
      const p = entry.slice(3);
      if (entry.startsWith("??")) rmSync(join(root, p));
      else if (entry.startsWith("A")) git(root, "rm", "-q", "-f", "--", p);
      else git(root, "checkout", "-q", "HEAD", "--", p);
      return `revert: ${p} (${entry.slice(0, 2).trim()})`;
    }
  }
}

/** Content hash of every Python file in the work tree (what the graph depends on). */
export function contentSnapshot(root: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of pythonFiles(root))
    if (readable(root, p))
      m.set(
        p,
        createHash("sha256")
          .update(readFileSync(join(root, p)))
          .digest("hex"),
      );
  return m;
}

/** Python files over MAX_FILE_BYTES (skipped: no hash, so their stat data decide whether they changed). */
export function largeFiles(root: string): Set<string> {
  return new Set(pythonFiles(root).filter((p) => readable(root, p) && statSync(join(root, p)).size > MAX_FILE_BYTES));
}

/** Paths added, deleted or whose content differs between two snapshots. */
export function contentChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const out = new Set<string>();
  for (const [p, h] of after) if (before.get(p) !== h) out.add(p);
  for (const p of before.keys()) if (!after.has(p)) out.add(p);
  return [...out].sort();
}
