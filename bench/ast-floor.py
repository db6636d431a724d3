#!/usr/bin/env python3
"""The benchmark's floor: CPython's own ast.parse over a list of files, timed over parsing only.

Usage:
    git ls-files -z '*.py' | python3 ast-floor.py ROOT [REPEATS]

Reads NUL- or newline-separated repo-relative paths from stdin, reads every file into memory
first (reading is not timed), then parses all of them REPEATS times (default 3) with
ast.parse(bytes) (so BOMs and coding cookies are honoured as CPython does) and prints one JSON
object on stdout:

    {"files": n, "bytes": n, "ok": n, "failed": n, "runs_s": [...], "best_s": s,
     "python": "3.11.7", "implementation": "cpython"}

A file that fails to parse (SyntaxError, ValueError for NUL bytes, ...) still counts in the
time spent on it. Standard library only; single-threaded, as CPython parses.
"""
import ast
import gc
import json
import os
import platform
import sys
import time
import warnings


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: python3 ast-floor.py ROOT [REPEATS] < paths\n")
        return 2
    root = argv[1]
    repeats = int(argv[2]) if len(argv) == 3 else 3
    # SyntaxWarnings (invalid escapes, ...) would otherwise be printed and timed.
    warnings.simplefilter("ignore")

    raw = sys.stdin.buffer.read()
    sep = b"\0" if b"\0" in raw else b"\n"
    paths = [p.decode("utf-8", "surrogateescape") for p in raw.split(sep) if p.strip()]
    sources = []
    total = 0
    for rel in paths:
        try:
            with open(os.path.join(root, rel), "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        total += len(data)
        sources.append((rel, data))

    runs = []
    ok = 0
    for _ in range(max(1, repeats)):
        gc.collect()
        ok = 0
        elapsed = 0.0
        for rel, data in sources:
            tree = None
            start = time.perf_counter()
            try:
                tree = ast.parse(data, filename=rel)
                ok += 1
            except (SyntaxError, ValueError, UnicodeError, MemoryError, RecursionError):
                pass
            elapsed += time.perf_counter() - start
            # Freeing the tree happens here, outside the timed region (parse only).
            del tree
        runs.append(round(elapsed, 4))

    json.dump(
        {
            "files": len(sources),
            "bytes": total,
            "ok": ok,
            "failed": len(sources) - ok,
            "runs_s": runs,
            "best_s": min(runs),
            "python": platform.python_version(),
            "implementation": sys.implementation.name,
        },
        sys.stdout,
    )
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
