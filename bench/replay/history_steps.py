"""Scripted history steps for the incremental replay benchmark (bench/replay/corpus-history.ts).

Usage: python3 history_steps.py < CONFIG_JSON
  CONFIG_JSON: {"repo": ..., "pkg": ..., "root": "" or "src", "steps": [...], "git": [git command prefix],
                "env": {...}, "dates": [one commit date per step]}

Indexes the Python package REPO/ROOT/PKG (ROOT: the import root holding it, e.g. `src` for a
src layout; module names are relative to it) with CPython's `ast` (once; after each step only the files the
commit touched are parsed again), then for each step chooses its target deterministically
(candidates sorted by path and name; the middle one is taken unless the step says otherwise),
edits the work tree (bytes in, bytes out; `git mv` / `git rm` for moves and deletions), commits
(`git add -A`, the given identity and date) and prints one JSON line:
{"step", "sha", "message", "files"} (files: `git show --name-status -M`). STATE carries what later
steps need (paths already used, the star import to remove, the syntax error to fix).

The choice depends only on the files' contents, so the same corpus gives the same history.
"""
import ast
import json
import os
import re
import subprocess
import sys

CONFIG = json.load(sys.stdin)
REPO = CONFIG["repo"]
PKG = CONFIG["pkg"]
ROOT = CONFIG.get("root", "")
PREFIX = ROOT + "/" if ROOT else ""


def local(path):
    """A repository path relative to the import root (what module names are made of)."""
    assert path.startswith(PREFIX), path
    return path[len(PREFIX):]
STEP = ""
STATE = {"used": []}


def mark_used(*paths):
    for p in paths:
        if p not in STATE["used"]:
            STATE["used"].append(p)


# ---------------------------------------------------------------------------------------------
# Index


class Mod:
    def __init__(self, path, text, tree):
        self.path = path  # relative to REPO, POSIX
        self.text = text
        self.tree = tree
        parts = local(path)[:-3].split("/")
        self.is_pkg = parts[-1] == "__init__"
        if self.is_pkg:
            parts = parts[:-1]
        self.name = ".".join(parts)
        self.package = self.name if self.is_pkg else ".".join(parts[:-1])
        self.ascii = text.isascii()
        # (node, target module, toplevel) for every import statement, in source order
        self.imports = []
        for node, top in stmt_imports(tree.body, True):
            if isinstance(node, ast.ImportFrom):
                self.imports.append((node, resolve(self, node.level, node.module), top))
            else:
                for a in node.names:
                    self.imports.append((node, a.name, top))


def stmt_imports(body, top):
    """Import statements of a statement list and the blocks nested in it (imports are statements)."""
    for n in body:
        if isinstance(n, (ast.Import, ast.ImportFrom)):
            yield n, top
        for field in ("body", "orelse", "finalbody", "handlers"):
            sub = getattr(n, field, None)
            if isinstance(sub, list):
                yield from stmt_imports(sub, False)
        if isinstance(n, ast.Match):
            for case in n.cases:
                yield from stmt_imports(case.body, False)


def resolve(mod, level, module):
    if level == 0:
        return module or ""
    base = mod.package.split(".") if mod.package else []
    if level - 1 > 0:
        base = base[: len(base) - (level - 1)] if level - 1 <= len(base) else []
    parts = base + ([module] if module else [])
    return ".".join(p for p in parts if p)


def parse_mod(rel):
    """The Mod of a repository path, or None (not a target: unreadable, BOM, coding cookie, syntax error)."""
    try:
        with open(os.path.join(REPO, rel), "rb") as f:
            data = f.read()
        if data.startswith(b"\xef\xbb\xbf"):
            return None
        text = data.decode("utf-8")
        if re.search(r"^[ \t\f]*#.*?coding[:=]", "\n".join(text.split("\n")[:2]), re.M):
            return None  # keep targets free of coding cookies
        return Mod(rel, text, ast.parse(data, filename=rel))
    except (OSError, UnicodeDecodeError, SyntaxError, ValueError):
        return None


MODS = {}
BY_NAME = {}
IMPORTERS = {}  # module name -> set(paths)
NAME_IMPORTERS = {}  # (module, name) -> set(paths)


def index_all():
    root = os.path.join(REPO, ROOT, PKG)
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != "__pycache__")
        for fn in sorted(files):
            if fn.endswith(".py"):
                rel = os.path.relpath(os.path.join(d, fn), REPO).replace(os.sep, "/")
                m = parse_mod(rel)
                if m:
                    MODS[rel] = m
    derive()


def reindex(paths):
    for rel in paths:
        MODS.pop(rel, None)
        if rel.startswith(PREFIX + PKG + "/") and rel.endswith(".py") and os.path.exists(os.path.join(REPO, rel)):
            m = parse_mod(rel)
            if m:
                MODS[rel] = m
    derive()


def derive():
    BY_NAME.clear()
    IMPORTERS.clear()
    NAME_IMPORTERS.clear()
    BY_NAME.update({m.name: m for m in MODS.values()})
    for m in MODS.values():
        for node, tgt, _top in m.imports:
            if isinstance(node, ast.ImportFrom):
                IMPORTERS.setdefault(tgt, set()).add(m.path)
                for a in node.names:
                    if a.name == "*":
                        continue
                    NAME_IMPORTERS.setdefault((tgt, a.name), set()).add(m.path)
                    sub = tgt + "." + a.name if tgt else a.name
                    if sub in BY_NAME:
                        IMPORTERS.setdefault(sub, set()).add(m.path)
            else:
                parts = tgt.split(".")
                for i in range(1, len(parts) + 1):
                    IMPORTERS.setdefault(".".join(parts[:i]), set()).add(m.path)


def importers_of(mod):
    return sorted(p for p in IMPORTERS.get(mod.name, set()) if p != mod.path)


def unused(paths):
    return not any(p in STATE["used"] for p in paths)


def middle(cands):
    if not cands:
        raise SystemExit(f"step {STEP}: no candidate found in {PKG}")
    return cands[len(cands) // 2]


# ---------------------------------------------------------------------------------------------
# Text helpers (lines keep their endings)


def lines_of(text):
    return text.splitlines(keepends=True)


def write_text(path, text, encoding="utf-8"):
    with open(os.path.join(REPO, path), "wb") as f:
        f.write(text.encode(encoding))


def read_bytes(path):
    with open(os.path.join(REPO, path), "rb") as f:
        return f.read()


def write_bytes(path, data):
    with open(os.path.join(REPO, path), "wb") as f:
        f.write(data)


def indent_of(line):
    return line[: len(line) - len(line.lstrip(" \t"))]


def newline_of(text):
    return "\r\n" if "\r\n" in text else "\n"


def is_docstring(stmt):
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)


def stmt_start(stmt):
    decos = getattr(stmt, "decorator_list", [])
    return min([stmt.lineno] + [d.lineno for d in decos])


def starts_line(mod, lineno, col):
    line = lines_of(mod.text)[lineno - 1]
    return line[:col].strip() == ""


def body_insert_point(mod, fn):
    """(lineno, indent) before the function's first non-docstring statement, or None."""
    body = fn.body
    i = 1 if is_docstring(body[0]) else 0
    if i >= len(body):
        return None
    stmt = body[i]
    line_no = stmt_start(stmt)
    if line_no <= fn.lineno:
        return None
    lines = lines_of(mod.text)
    line = lines[line_no - 1]
    if not starts_line(mod, line_no, len(indent_of(line))) or indent_of(line) == "" or line.strip() == "":
        return None
    # The previous line must not end inside a bracket/continuation (it ends a statement).
    if lines[line_no - 2].rstrip("\r\n").endswith("\\"):
        return None
    return line_no, indent_of(line)


def module_functions(mod):
    out = []
    for node in mod.tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and len(node.body) >= 1:
            pt = body_insert_point(mod, node)
            if pt:
                out.append((node, pt))
    return out


def insert_lines(path, text, line_no, new_lines):
    """Inserts new_lines (without endings) before 1-based line_no."""
    lines = lines_of(text)
    nl = newline_of(text)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += nl
    lines[line_no - 1 : line_no - 1] = [ln + nl for ln in new_lines]
    return "".join(lines)


def top_import_insert_line(mod):
    """1-based line after the last module-level import (or after the docstring / at the top)."""
    last = None
    for node in mod.tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last = node
    if last is not None:
        return last.end_lineno + 1
    body = mod.tree.body
    if body and is_docstring(body[0]):
        return body[0].end_lineno + 1
    return 1


def word_re(name):
    return re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")


def from_header_re():
    return re.compile(r"from\s+((?:\.\s*)*[\w.]*)\s+import\b")


def rewrite_from_header(mod_text, node, new_spec):
    """Replaces the `from X import` header of ImportFrom `node` (by its position) with new_spec."""
    lines = lines_of(mod_text)
    offset = sum(len(line) for line in lines[: node.lineno - 1]) + len(lines[node.lineno - 1].encode("utf-8")[: node.col_offset].decode("utf-8"))
    m = from_header_re().match(mod_text, offset)
    if not m:
        raise SystemExit(f"cannot rewrite import header at {node.lineno}")
    return mod_text[: m.start(1)] + new_spec + mod_text[m.end(1) :]


RESULT = {}


def emit(message, files, allow_empty=False):
    RESULT.clear()
    RESULT.update({"message": message, "files": sorted(set(files)), "allow_empty": allow_empty})


# ---------------------------------------------------------------------------------------------
# Steps


def plain_modules():
    return [m for p, m in sorted(MODS.items()) if not m.is_pkg]


def step_body_edit_leaf():
    cands = []
    for m in plain_modules():
        n = len(importers_of(m))
        if 1 <= n <= 3 and unused([m.path]):
            for fn, pt in module_functions(m):
                cands.append((m.path, fn.name, pt))
    path, name, (line_no, indent) = middle(cands)
    m = MODS[path]
    write_text(path, insert_lines(path, m.text, line_no, [f'{indent}_replay_note = len("{name}")']))
    mark_used(path)
    emit(f"Body edit: one statement added to {name}() in {path}", [path])


def step_body_edit_hub():
    ranked = sorted((m for m in MODS.values() if unused([m.path]) and module_functions(m)), key=lambda m: (-len(importers_of(m)), m.path))
    m = ranked[0]
    fn, (line_no, indent) = middle(module_functions(m))
    write_text(m.path, insert_lines(m.path, m.text, line_no, [f'{indent}_replay_note = len("{fn.name}")']))
    mark_used(m.path)
    emit(f"Body edit in a hub module ({len(importers_of(m))} importers): {fn.name}() in {m.path}", [m.path])


def files_containing(names):
    """name -> set of paths whose text has `name` as a whole word (one pass over the files)."""
    out = {n: set() for n in names}
    for p, x in MODS.items():
        for w in set(re.findall(r"\w+", x.text)) & names:
            out[w].add(p)
    return out


def step_rename_function():
    names = {n.name for m in plain_modules() for n in m.tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    holders_of = files_containing(names)
    cands = []
    for m in plain_modules():
        if not unused([m.path]):
            continue
        for node in m.tree.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or len(node.name) < 6:
                continue
            imp = NAME_IMPORTERS.get((m.name, node.name), set())
            if not 2 <= len(imp) <= 8 or not unused(imp):
                continue
            holders = holders_of[node.name]
            if holders <= imp | {m.path} and (node.name + "_v2") not in m.text:
                cands.append((m.path, node.name, sorted(holders)))
    path, name, holders = middle(cands)
    rx = word_re(name)
    for p in holders:
        write_text(p, rx.sub(name + "_v2", MODS[p].text))
    mark_used(*holders)
    emit(f"Rename {name}() to {name}_v2() in {path} and in its {len(holders) - 1} importers", holders)


def step_add_module():
    cands = []
    for m in plain_modules():
        if m.package and len(importers_of(m)) >= 1 and unused([m.path]) and local(m.path).count("/") >= 2:
            cands.append(m.path)
    path = middle(cands)
    m = MODS[path]
    new_path = path.rsplit("/", 1)[0] + "/_replay_added.py"
    write_text(
        new_path,
        '"""Helpers added by the replay history."""\n\n\ndef replay_helper(value):\n    return [value]\n\n\nclass ReplayAdded:\n    def method(self):\n        return replay_helper(self)\n',
    )
    at = top_import_insert_line(m)
    write_text(path, insert_lines(path, m.text, at, ["from ._replay_added import ReplayAdded, replay_helper"]))
    mark_used(path, new_path)
    emit(f"Add module {new_path}, imported by {path}", [path, new_path])


def step_delete_module():
    cands = []
    for m in plain_modules():
        imp = importers_of(m)
        sub = any(k.startswith(m.name + ".") for k in BY_NAME)
        if 1 <= len(imp) <= 4 and not sub and unused([m.path] + imp):
            cands.append((m.path, imp))
    path, imp = middle(cands)
    subprocess.run(["git", "rm", "-q", path], cwd=REPO, check=True)
    mark_used(path, *imp)
    emit(f"Delete module {path} (its {len(imp)} importers are left as they are)", [path])


def step_move_module():
    cands = []
    for m in plain_modules():
        imp = importers_of(m)
        if not 2 <= len(imp) <= 6 or not unused([m.path] + imp):
            continue
        if any(k.startswith(m.name + ".") for k in BY_NAME):
            continue
        # Importers must name the module itself (`from pkg.mod import x`, `import pkg.mod`), not
        # import it as a name of its package (`from pkg import mod`), which the fix below would miss.
        basename = m.name.rsplit(".", 1)[-1]
        ok = not any(
            isinstance(n, ast.ImportFrom) and tgt == m.package and any(a.name == basename for a in n.names) for p in imp for n, tgt, _t in MODS[p].imports
        )
        has_relative = any(isinstance(n, ast.ImportFrom) and n.level > 0 for n, _t, _x in m.imports)
        if ok:
            cands.append((m.path, imp, has_relative))
    path, imp, has_relative = middle(cands)
    m = MODS[path]
    lpath = local(path)
    base = lpath.rsplit("/", 1)[-1][:-3]
    parent_pkg_dir = lpath.rsplit("/", 2)[0] if lpath.count("/") >= 2 and not has_relative else lpath.rsplit("/", 1)[0]
    new_path = f"{PREFIX}{parent_pkg_dir}/{base}_moved.py"
    new_name = f"{parent_pkg_dir}/{base}_moved".replace("/", ".")
    subprocess.run(["git", "mv", path, new_path], cwd=REPO, check=True)
    dotted = re.compile(r"(?<![\w.])" + re.escape(m.name) + r"(?![\w])")
    changed = [new_path]
    for p, x in sorted(MODS.items()):
        if p == path:
            continue
        text = x.text
        # Relative from-imports of the module: rewrite their header to the absolute new name,
        # from the last line up so that earlier offsets stay valid.
        nodes = [n for n, tgt, _t in x.imports if isinstance(n, ast.ImportFrom) and n.level > 0 and tgt == m.name]
        for n in sorted(nodes, key=lambda n: (n.lineno, n.col_offset), reverse=True):
            text = rewrite_from_header(text, n, new_name)
        text = dotted.sub(new_name, text)
        if text != x.text:
            write_text(p, text)
            changed.append(p)
    mark_used(path, new_path, *changed)
    emit(f"Move {path} to {new_path} (git mv) and fix its importers", changed + [path])


def all_literals(m):
    """The literal list/tuple values of module-level `__all__ = [...]` and `__all__ += [...]`."""
    out = []
    for node in m.tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            v = node.value
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == "__all__":
            v = node.value
        else:
            continue
        if isinstance(v, (ast.List, ast.Tuple)) and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in v.elts):
            out.append(v)
    return out


def init_reexport_candidates(with_all):
    """(path, lineno, name, bound, importers): names an __init__.py from-imports with 2+ others and
    mentions nowhere else (with_all: or only in a literal __all__ too)."""
    cands = []
    for p, m in sorted(MODS.items()):
        if not m.is_pkg or not unused([p]):
            continue
        for node in m.tree.body:
            if not isinstance(node, ast.ImportFrom) or len(node.names) < 2 or any(a.name == "*" for a in node.names):
                continue
            if not starts_line(m, node.lineno, node.col_offset):
                continue
            for a in node.names:
                bound = a.asname or a.name
                imp = NAME_IMPORTERS.get((m.name, bound), set())
                in_all = sum(1 for v in all_literals(m) for e in v.elts if e.value == bound) if with_all else 0
                if with_all and in_all == 0:
                    continue
                if 1 <= len(imp) <= 6 and unused(imp) and len(word_re(bound).findall(m.text)) == 1 + in_all:
                    cands.append((p, node.lineno, a.name, bound, sorted(imp)))
    return cands


def step_init_reexport():
    # Names listed in a literal __all__ as well only when there is no other candidate (SymPy).
    cands = init_reexport_candidates(False) or init_reexport_candidates(True)
    path, lineno, name, bound, imp = middle(cands)
    m = MODS[path]
    node = next(n for n in m.tree.body if isinstance(n, ast.ImportFrom) and n.lineno == lineno)
    lines = lines_of(m.text)
    # Remove the name in place (with its comma) from the import and from a literal __all__,
    # bottom-up so that earlier positions stay valid; a line left empty goes.
    alias = next(a for a in node.names if a.name == name)
    spans = [(alias.lineno, alias.col_offset, alias.end_lineno, alias.end_col_offset)]
    spans += [(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset) for v in all_literals(m) for e in v.elts if e.value == bound]
    for lineno, col, end_lineno, end_col in sorted(spans, reverse=True):
        if lineno != end_lineno:
            raise SystemExit(f"step {STEP}: {bound} spans several lines")
        raw = lines[lineno - 1].encode("utf-8")
        before, after = raw[:col], raw[end_col:]
        m_after = re.match(rb"[ \t]*,[ \t]*", after)
        if m_after:
            after = after[m_after.end() :]
        else:
            before = re.sub(rb",[ \t]*$", b"", before)
        line = (before + after).decode("utf-8")
        lines[lineno - 1] = "" if line.strip() == "" else line
    write_text(path, "".join(lines))
    mark_used(path, *imp)
    emit(f"{path} no longer re-exports {bound} (its {len(imp)} importers are not fixed)", [path])


def has_literal_all(m):
    for node in m.tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            if isinstance(node.value, (ast.List, ast.Tuple)) and all(isinstance(e, ast.Constant) for e in node.value.elts):
                return True
    return False


def step_add_star():
    cands = []
    for p, m in sorted(MODS.items()):
        if not m.is_pkg or len(importers_of(m)) < 2 or not unused([p]):
            continue
        starred = {tgt for n, tgt, _t in m.imports if isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names)}
        for sub in sorted(BY_NAME):
            s = BY_NAME[sub]
            if s.package == m.name and not s.is_pkg and sub not in starred and has_literal_all(s) and s.path in MODS:
                cands.append((p, sub))
    path, sub = middle(cands)
    m = MODS[path]
    at = top_import_insert_line(m)
    line = f"from .{sub.rsplit('.', 1)[-1]} import *  # noqa: F401,F403"
    write_text(path, insert_lines(path, m.text, at, [line]))
    STATE["star"] = {"path": path, "line": line}
    mark_used(path)
    emit(f"Add a star import to {path}: {line}", [path])


def step_remove_star():
    if "star" not in STATE:
        raise SystemExit(f"step {STEP}: add-star found no candidate in {PKG}, so there is nothing to remove")
    star = STATE["star"]
    path = star["path"]
    text = read_bytes(path).decode("utf-8")
    lines = lines_of(text)
    lines = [ln for ln in lines if ln.rstrip("\r\n") != star["line"]]
    write_text(path, "".join(lines))
    emit(f"Remove the star import from {path}", [path])


def step_relative_to_absolute():
    cands = []
    for m in plain_modules():
        if not unused([m.path]):
            continue
        for node, tgt, top in m.imports:
            if isinstance(node, ast.ImportFrom) and node.level > 0 and top and tgt and node.lineno == node.end_lineno:
                cands.append((m.path, node.lineno, tgt))
                break
    path, lineno, tgt = middle(cands)
    m = MODS[path]
    node = next(n for n, _t, _x in m.imports if isinstance(n, ast.ImportFrom) and n.lineno == lineno and n.level > 0)
    write_text(path, rewrite_from_header(m.text, node, tgt))
    mark_used(path)
    emit(f"Make a relative import absolute in {path} (line {lineno}: {tgt})", [path])


def step_syntax_error():
    cands = []
    for m in plain_modules():
        n = len(importers_of(m))
        if 2 <= n <= 10 and unused([m.path]):
            for fn, pt in module_functions(m):
                cands.append((m.path, fn.name, pt))
    path, name, (line_no, indent) = middle(cands)
    m = MODS[path]
    bad = f"{indent}for _replay_i in range(3)"
    write_text(path, insert_lines(path, m.text, line_no, [bad, f"{indent}    _replay_i += 1"]))
    STATE["syntax"] = {"path": path, "line": bad}
    mark_used(path)
    emit(f"Introduce a syntax error (missing colon) in {name}() in {path}", [path])


def step_fix_syntax():
    s = STATE["syntax"]
    text = read_bytes(s["path"]).decode("utf-8")
    lines = lines_of(text)
    for i, ln in enumerate(lines):
        if ln.rstrip("\r\n") == s["line"]:
            lines[i] = s["line"] + ":" + ln[len(s["line"]) :]
    write_text(s["path"], "".join(lines))
    emit(f"Fix the syntax error in {s['path']}", [s["path"]])


def step_latin1():
    cands = [m.path for m in plain_modules() if m.ascii and 1 <= len(importers_of(m)) <= 5 and unused([m.path])]
    path = middle(cands)
    m = MODS[path]
    lines = lines_of(m.text)
    at = 2 if lines and lines[0].startswith("#!") else 1
    text = insert_lines(path, m.text, at, ["# -*- coding: latin-1 -*-", "# Relu par Ren\u00e9e, caf\u00e9 cr\u00e8me \u00e0 la main"])
    write_text(path, text, "latin-1")
    mark_used(path)
    emit(f"Declare latin-1 in {path} (coding cookie, latin-1 bytes in a comment)", [path])


def step_bom():
    cands = [m.path for m in plain_modules() if not m.ascii and len(importers_of(m)) >= 1 and unused([m.path])]
    if not cands:
        cands = [m.path for m in plain_modules() if len(importers_of(m)) >= 1 and unused([m.path])]
    path = middle(cands)
    write_bytes(path, b"\xef\xbb\xbf" + read_bytes(path))
    mark_used(path)
    emit(f"Add a UTF-8 byte order mark to {path}", [path])


def step_touch():
    cands = [m.path for m in plain_modules() if len(importers_of(m)) >= 1 and unused([m.path])]
    path = middle(cands)
    full = os.path.join(REPO, path)
    write_bytes(path, read_bytes(path))
    st = os.stat(full)
    os.utime(full, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    mark_used(path)
    emit(f"Touch {path} (same bytes, new mtime; empty commit)", [path], allow_empty=True)


def step_add_public_function():
    ranked = sorted((m for m in plain_modules() if unused([m.path])), key=lambda m: (-len(importers_of(m)), m.path))
    m = ranked[0]
    nl = newline_of(m.text)
    text = m.text if m.text.endswith(("\n", "\r")) else m.text + nl
    text += f"{nl}{nl}def replay_public_helper(value):{nl}    return value{nl}"
    write_text(m.path, text)
    mark_used(m.path)
    emit(f"Add a public function to a hub module ({len(importers_of(m))} importers): {m.path}", [m.path])


STEPS = {
    "body-edit-leaf": step_body_edit_leaf,
    "body-edit-hub": step_body_edit_hub,
    "rename-function": step_rename_function,
    "add-module": step_add_module,
    "delete-module": step_delete_module,
    "move-module": step_move_module,
    "init-reexport": step_init_reexport,
    "add-star": step_add_star,
    "remove-star": step_remove_star,
    "relative-to-absolute": step_relative_to_absolute,
    "syntax-error": step_syntax_error,
    "fix-syntax": step_fix_syntax,
    "latin1": step_latin1,
    "bom": step_bom,
    "touch": step_touch,
    "add-public-function": step_add_public_function,
}



def git(args, date=None):
    env = dict(os.environ, **CONFIG["env"])
    if date:
        env["GIT_AUTHOR_DATE"] = date
        env["GIT_COMMITTER_DATE"] = date
    return subprocess.run(CONFIG["git"] + args, cwd=REPO, env=env, check=True, capture_output=True, text=True).stdout


def main():
    index_all()
    for step, date in zip(CONFIG["steps"], CONFIG["dates"]):
        global STEP
        STEP = step
        print(f"[history] {step}", file=sys.stderr, flush=True)
        try:
            STEPS[step]()
        except SystemExit as e:
            # A step without a target in this corpus is left out (reported), not fatal.
            subprocess.run(CONFIG["git"] + ["reset", "-q", "--hard"], cwd=REPO, check=True)
            print(json.dumps({"step": step, "skipped": str(e)}), flush=True)
            continue
        git(["add", "-A"])
        git(["commit", "-q", "--no-verify"] + (["--allow-empty"] if RESULT["allow_empty"] else []) + ["-m", RESULT["message"]], date)
        sha = git(["rev-parse", "HEAD"]).strip()
        files = [ln for ln in git(["show", "--name-status", "-M", "--format=", sha]).split("\n") if ln]
        print(json.dumps({"step": step, "sha": sha, "message": RESULT["message"], "files": files}), flush=True)
        touched = [ln for ln in git(["diff-tree", "--no-commit-id", "--no-renames", "-r", "--name-only", "HEAD~1", "HEAD"]).split("\n") if ln]
        reindex(touched)


main()
