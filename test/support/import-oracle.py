"""The import-resolution oracle: which file Python's own import system picks for a module name.

Reads JSON lines on stdin, one per import statement alias:
  {"id": ..., "kind": "import" | "from", "level": 0, "module": "a.b", "name": "n" | null,
   "star": false, "package": "pkg.sub" | "", "roots": ["/abs/root", ...]}
and writes one JSON line per module the import names:
  {"id": ..., "role": "import" | "parent" | "from" | "submodule", "name": "a.b",
   "kind": "file" | "namespace" | "none" | "error", "path": "rel/path.py" | null}

Relative names are made absolute with importlib.util.resolve_name against `package` (the
importer's package as pycpg names it); every name is then looked up part by part the way
importlib.machinery.PathFinder does, with `roots` as sys.path and each package's
submodule_search_locations below it: the first path entry whose FileFinder (built with the
default loaders, extension modules first) finds a module or regular package wins; otherwise the
namespace portions found are collected into a namespace package. (PathFinder itself cannot be
called for a name whose parent is a namespace package that was never imported: its
_NamespacePath looks the parent up in sys.modules.) Nothing is imported: no repository code runs.
"""
import importlib.machinery
import importlib.util
import json
import os
import sys

repo = os.path.realpath(sys.argv[1])
m = importlib.machinery
LOADERS = (
    (m.ExtensionFileLoader, m.EXTENSION_SUFFIXES),
    (m.SourceFileLoader, m.SOURCE_SUFFIXES),
    (m.SourcelessFileLoader, m.BYTECODE_SUFFIXES),
)
cache = {}


def find(name, roots):
    key = (name, roots)
    if key in cache:
        return cache[key]
    parts = name.split(".")
    if len(parts) == 1:
        search = list(roots)
    else:
        parent = find(".".join(parts[:-1]), roots)
        search = parent[2]
    result = ("none", None, None)
    if search:
        portions = []
        for entry in search:
            spec = importlib.machinery.FileFinder(entry, *LOADERS).find_spec(name)
            if spec is None:
                continue
            if spec.loader is not None:
                locations = list(spec.submodule_search_locations) if spec.submodule_search_locations is not None else None
                path = os.path.relpath(os.path.realpath(spec.origin), repo).replace(os.sep, "/")
                result = ("file", path, locations)
                break
            portions.extend(spec.submodule_search_locations or [])
        else:
            if portions:
                result = ("namespace", None, portions)
    cache[key] = result
    return result


def answer(q, role, name):
    roots = tuple(q["roots"])
    kind, path, _ = find(name, roots)
    return {"id": q["id"], "role": role, "name": name, "kind": kind, "path": path}


for line in sys.stdin:
    if not line.strip():
        continue
    q = json.loads(line)
    out = []
    if q["kind"] == "import":
        parts = q["module"].split(".")
        for i in range(len(parts)):
            out.append(answer(q, "import" if i == len(parts) - 1 else "parent", ".".join(parts[: i + 1])))
    else:
        try:
            absolute = importlib.util.resolve_name("." * q["level"] + q["module"], q["package"] or None) if q["level"] else q["module"]
        except (ImportError, ValueError):
            absolute = None
        if absolute is None:
            out.append({"id": q["id"], "role": "from", "name": None, "kind": "error", "path": None})
        else:
            out.append(answer(q, "from", absolute))
            if not q["star"] and q["name"]:
                out.append(answer(q, "submodule", absolute + "." + q["name"]))
    for o in out:
        sys.stdout.write(json.dumps(o) + "\n")
