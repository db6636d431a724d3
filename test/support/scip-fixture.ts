/**
 * A small repository for the SCIP layer's tests, kept apart from the sample fixture (whose history
 * many tests replay): non-ASCII identifiers (a class `Café`, a method `grüße`, a variable `π`),
 * non-ASCII strings before identifiers on one line (U+1F600 is 4 UTF-8 bytes and 2 UTF-16 units,
 * `é` 2 bytes and 1 unit, CJK 3 bytes and 1 unit), and a two-step history whose second commit
 * changes only the signature of `helper` in pkg/a.py: the documents of its users change although
 * their text does not.
 */
import { writeFiles } from "./cpg-build.ts";

export const SCIP_FILES_V1: Record<string, string> = {
  "pkg/__init__.py": "from .a import helper as h\n",
  "pkg/a.py": [
    "def helper(x: int) -> int:",
    "    return x",
    "",
    "",
    "class Café:",
    "    def grüße(self) -> int:",
    "        return helper(1)",
    "",
    "",
    "π = 3.14",
    "",
  ].join("\n"),
  "pkg/b.py": [
    "from pkg.a import helper, Café, π",
    's = "😀é"; t = helper(2); u = Café().grüße()',
    'v = "日本語 😀😀"; w = π + helper(t)',
    "",
    "",
    "def use() -> int:",
    '    return helper(len("ñ")) + Café().grüße()',
    "",
  ].join("\n"),
  "pkg/c.py": "from pkg.b import t\n\nz = t\n",
  "pkg/d.py": "def alone() -> int:\n    return 0\n",
};

/** The second commit: helper's signature changes (int -> str); nothing else. */
export const SCIP_FILES_V2: Record<string, string> = {
  ...SCIP_FILES_V1,
  "pkg/a.py": (SCIP_FILES_V1["pkg/a.py"] as string).replace("def helper(x: int) -> int:", "def helper(x: str) -> str:"),
};

export function writeScipFixture(repo: string, files: Record<string, string>): void {
  writeFiles(repo, files);
}
