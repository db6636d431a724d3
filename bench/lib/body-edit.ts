/**
 * The one-line body edit of issue 10, chosen with CPython's ast (deterministically): in the module
 * with the most bytes after the end of its first function (a module-level function or a method),
 * a line `pycpg_probe = 0` appended to that function's body, so that every row below it moves.
 * `only` restricts the choice to one module (a path relative to the repository).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const PICK = String.raw`
import ast, os, sys, json
root = sys.argv[1]
only = sys.argv[2] if len(sys.argv) > 2 else ""
best = None
for dp, dn, fn in os.walk(root):
    dn[:] = sorted(d for d in dn if not d.startswith("."))
    for f in sorted(fn):
        if not f.endswith(".py"):
            continue
        p = os.path.join(dp, f)
        rel = os.path.relpath(p, root)
        if only and rel != only:
            continue
        src = open(p, "rb").read()
        try:
            tree = ast.parse(src)
        except (SyntaxError, ValueError):
            continue
        first = None
        for n in ast.walk(tree):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and (first is None or n.lineno < first.lineno):
                first = n
        if first is None:
            continue
        lines = src.split(b"\n")
        tail = len(b"\n".join(lines[first.end_lineno:]))
        last = first.body[-1]
        cand = (tail, rel, last.end_lineno, last.col_offset, first.name)
        if best is None or cand[0] > best[0]:
            best = cand
print(json.dumps(best))
`;

export interface BodyEdit {
  label: string;
  /** The module, relative to the repository. */
  path: string;
  /** The function whose body gets the line. */
  fn: string;
  /** Insert after this 1-based line, with this indentation. */
  afterLine: number;
  indent: number;
}

export function pickBodyEdit(repo: string, label: string, only = ""): BodyEdit {
  const out = execFileSync("python3", ["-c", PICK, repo, only], { encoding: "utf8", maxBuffer: 1 << 24 });
  const best = JSON.parse(out) as [number, string, number, number, string] | null;
  if (!best) throw new Error(`no function found in ${only || repo}`);
  return { label, path: best[1], afterLine: best[2], indent: best[3], fn: best[4] };
}

export function applyBodyEdit(repo: string, e: BodyEdit): void {
  const file = join(repo, e.path);
  const lines = readFileSync(file, "utf8").split("\n");
  lines.splice(e.afterLine, 0, `${" ".repeat(e.indent)}pycpg_probe = 0`);
  writeFileSync(file, lines.join("\n"));
}
