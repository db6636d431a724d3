#!/usr/bin/env python3
"""Reference counts from CPython's own parser, to check pycpg's extraction against.

Usage:
    printf '%s\n' shop/models.py shop/orders.py | python3 python-oracle.py ROOT

Reads repo-relative paths from stdin (one per line, blank lines ignored) and
prints one JSON object per path on stdout, in input order:

    {"path": ..., "ok": true, "functions": n, "classes": n, "calls": n, "imports": n}

functions = ast.FunctionDef + ast.AsyncFunctionDef, classes = ast.ClassDef,
calls = ast.Call, imports = number of aliases in ast.Import / ast.ImportFrom
nodes (``from x import *`` counts as 1). Files are parsed from their raw bytes,
so BOMs and coding cookies are honoured like CPython does. When reading or
parsing fails, ok is false (with an "error" string) and every count is 0.

On stderr, one JSON line: {"parse_seconds": <time spent inside ast.parse only>,
"bytes": <bytes read>, "files": n, "ok": n, "failed": n}.

Standard library only; never crashes because of one bad file.
"""
import ast
import json
import os
import sys
import time
import warnings


def count(tree):
    functions = classes = calls = imports = 0
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions += 1
        elif isinstance(node, ast.ClassDef):
            classes += 1
        elif isinstance(node, ast.Call):
            calls += 1
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            imports += len(node.names)
    return functions, classes, calls, imports


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 python-oracle.py ROOT < paths\n")
        return 2
    root = argv[1]
    # Invalid escape sequences etc. would otherwise spam stderr.
    warnings.simplefilter("ignore")

    parse_seconds = 0.0
    total_bytes = 0
    n_files = n_ok = 0
    out = sys.stdout

    for raw in sys.stdin.buffer:
        # surrogateescape: non-UTF-8 path bytes round-trip into open().
        rel = raw.rstrip(b"\r\n").decode("utf-8", "surrogateescape")
        if not rel.strip():
            continue
        n_files += 1
        result = {"path": rel, "ok": False, "functions": 0, "classes": 0, "calls": 0, "imports": 0}
        try:
            with open(os.path.join(root, rel), "rb") as fh:
                data = fh.read()
            total_bytes += len(data)
            start = time.perf_counter()
            try:
                tree = ast.parse(data, filename=rel)
            finally:
                parse_seconds += time.perf_counter() - start
            functions, classes, calls, imports = count(tree)
            result.update(ok=True, functions=functions, classes=classes, calls=calls, imports=imports)
            n_ok += 1
        except BaseException as exc:  # noqa: BLE001 - one bad file must not stop the run
            if isinstance(exc, KeyboardInterrupt):
                raise
            result["error"] = f"{type(exc).__name__}: {exc}"
        out.write(json.dumps(result) + "\n")

    out.flush()
    sys.stderr.write(
        json.dumps(
            {
                "parse_seconds": round(parse_seconds, 6),
                "bytes": total_bytes,
                "files": n_files,
                "ok": n_ok,
                "failed": n_files - n_ok,
            }
        )
        + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
