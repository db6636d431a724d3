-- rule: ref_targets
-- output: ref_targets
-- inputs: py_defs, py_bindings, py_names, py_attributes, module_index, module_exports, import_modules, import_edges, class_members
-- split: files
-- doc: Scope-aware resolution of every loaded name (one row per NAME_REF in load context) and of
--      the attribute chains hanging off it through modules and classes (ATTRIBUTE rows, only when
--      resolved). Names follow Python's LEGB rule per scope: the scope's own bindings, then the
--      enclosing functions (class scopes are skipped for code nested in them, a `nonlocal` name
--      skips the scope declaring it, a `global` one goes to the module), then the module
--      namespace (module_exports: own bindings, imports and star imports), then builtins. Within
--      the deciding scope the binding is the last one before the site when the site is in that
--      scope, else the last one (for a global from a nested scope: the module's final
--      namespace). A binding's value: def/class -> the definition; import -> its import_edges
--      target (re-exports followed); param -> the PARAM; any other binding (assignment, for,
--      with, except, walrus, comprehension, match, ...) -> VARIABLE, whose target is the NAME_REF
--      that stores it (a binding-level reference: no type inference). Attribute chains
--      `a.b.c`: on a MODULE the member is its namespace entry, else its submodule; on a NAMESPACE
--      a submodule; on an EXTERNAL_MODULE/EXTERNAL/BUILTIN value the qualified name grows
--      (`os.path.join`); on a CLASS its own class-body binding (inherited members and members
--      reached through `self`/`cls` are in call_targets). resolution: local, enclosing, global,
--      builtin, implicit (module dunders such as __name__), unbound, member, submodule.
--      binding_id: the local binding node (definition, IMPORT, PARAM or storing NAME_REF; for a
--      name bound by a star import, that IMPORT).
--      confidence: the target's confidence (module_exports/import_edges) x 0.8 when the deciding
--      scope binds the name several times x 0.9 for a submodule reached as an attribute that the
--      file does not import itself (someone else must have); 0.5 for UNRESOLVED members of
--      in-repository modules.
WITH defs AS MATERIALIZED (
  SELECT node_id, file_id, kind, parent_id, local_qname FROM in_scope_py_defs WHERE file_id IN (SELECT file_id FROM file_allowlist)
),
mods AS (
  SELECT d.node_id AS module_scope, d.file_id, mi.module FROM defs d JOIN in_scope_module_index mi USING (file_id) WHERE d.kind = 'MODULE'
),
unique_modules AS MATERIALIZED (
  -- one file per importable module name (the primary roots first, a package before a module file)
  SELECT u.module, u.file_id, coalesce(d.node_id, u.file_id) AS node_id
  FROM (
    SELECT mi.module, arg_min(mi.file_id, (mi.root NOT IN ('', 'src', '..'), length(mi.root), NOT mi.is_package, mi.path)) AS file_id
    FROM module_index mi WHERE mi.importable AND mi.module <> '' GROUP BY mi.module
  ) u
  LEFT JOIN py_defs d ON d.file_id = u.file_id AND d.kind = 'MODULE'
),
chain AS (
  -- every scope with its enclosing scopes (depth 0 = itself)
  WITH RECURSIVE c(scope_id, anc_id, anc_kind, anc_parent, depth) AS (
    SELECT node_id, node_id, kind, parent_id, 0 FROM defs
    UNION ALL
    SELECT c.scope_id, d.node_id, d.kind, d.parent_id, c.depth + 1
    FROM c JOIN defs d ON d.node_id = c.anc_parent
    WHERE c.depth < 64
  )
  SELECT scope_id, anc_id, anc_kind, depth FROM c
),
binds AS MATERIALIZED (
  SELECT file_id, scope_id, name, binding_kind, target_id, bstart, bend
  FROM in_scope_py_bindings WHERE file_id IN (SELECT file_id FROM file_allowlist)
),
bsum AS (
  SELECT scope_id, name,
         bool_or(binding_kind = 'global') AS g,
         bool_or(binding_kind = 'nonlocal') AS nl,
         count(*) FILTER (WHERE binding_kind NOT IN ('global', 'nonlocal')) AS nloc,
         count(*) FILTER (WHERE binding_kind NOT IN ('global', 'nonlocal', 'del')) AS nval
  FROM binds GROUP BY ALL
),
sites AS MATERIALIZED (
  SELECT node_id AS site_id, file_id, scope_id, name, bstart, bend FROM in_scope_py_names
  WHERE ctx = 'load' AND file_id IN (SELECT file_id FROM file_allowlist)
),
lookups AS MATERIALIZED (
  -- every (scope, name) read, with an integer id (scope ids are unique across files) and the
  -- file's module namespace entry of that name, if any
  SELECT l.lid, l.scope_id, l.name, l.file_id, e.name IS NOT NULL AS exported,
         e.kind AS e_kind, e.target_id AS e_target_id, e.target_file_id AS e_target_file_id, e.qname AS e_qname,
         e.confidence AS e_confidence, e.via AS e_via
  FROM (
    SELECT row_number() OVER () AS lid, scope_id, name, file_id
    FROM (SELECT scope_id, name, any_value(file_id) AS file_id FROM sites GROUP BY scope_id, name)
  ) l
  LEFT JOIN in_scope_module_exports e ON e.file_id = l.file_id AND e.name = l.name
),
found AS (
  -- the nearest scope that decides the name
  SELECT l.lid, arg_min({'anc_id': c.anc_id, 'anc_kind': c.anc_kind, 'nval': coalesce(b.nval, 0),
                         'how': CASE WHEN b.g OR c.anc_kind = 'MODULE' THEN 'global' WHEN c.depth = 0 THEN 'local' ELSE 'enclosing' END},
                        c.depth) AS f
  FROM lookups l
  JOIN chain c ON c.scope_id = l.scope_id
  LEFT JOIN bsum b ON b.scope_id = c.anc_id AND b.name = l.name
  WHERE (c.depth = 0 OR c.anc_kind <> 'CLASS')
    AND ((b.g AND c.anc_kind <> 'MODULE')
         OR (b.nloc > 0 AND NOT coalesce(b.nl, false))
         OR (c.anc_kind = 'MODULE' AND l.exported))
  GROUP BY l.lid
),
resolved_scope AS (
  -- a `global` declaration sends the lookup to the module scope
  SELECT l.lid, l.scope_id, l.name, l.file_id, f.f.how,
         CASE WHEN f.f.how = 'global' THEN m.module_scope ELSE f.f.anc_id END AS found_scope,
         CASE WHEN f.f.how = 'global' THEN 'MODULE' ELSE f.f.anc_kind END AS found_kind,
         CASE WHEN f.f.how = 'global' THEN coalesce(b.nval, 0) ELSE f.f.nval END AS nval
  FROM found f
  JOIN lookups l USING (lid)
  JOIN mods m ON m.file_id = l.file_id
  LEFT JOIN bsum b ON b.scope_id = m.module_scope AND b.name = l.name
),
bvals AS MATERIALIZED (
  -- the value of every binding that can decide a name, and whether it is its scope's last
  SELECT
    b.file_id, b.scope_id, b.name, b.bstart,
    b.bstart = lb.bstart AS is_last,
    -- (a variable binding's target is the NAME_REF that stores it)
    b.target_id AS binding_id,
    CASE WHEN b.binding_kind IN ('def', 'class') THEN d.kind
         WHEN b.binding_kind = 'import' THEN coalesce(ie.target_kind, 'UNRESOLVED')
         WHEN b.binding_kind = 'param' THEN 'PARAM'
         ELSE 'VARIABLE' END AS kind,
    CASE WHEN b.binding_kind IN ('def', 'class', 'param') THEN b.target_id
         WHEN b.binding_kind = 'import' THEN ie.target_id
         ELSE b.target_id END AS target_id,
    CASE WHEN b.binding_kind = 'import' THEN ie.target_file_id ELSE b.file_id END AS target_file_id,
    CASE WHEN b.binding_kind IN ('def', 'class') THEN concat_ws('.', nullif(m.module, ''), d.local_qname)
         WHEN b.binding_kind = 'import' THEN ie.qname
         WHEN b.binding_kind = 'param' THEN NULL
         WHEN sc.kind = 'MODULE' THEN concat_ws('.', nullif(m.module, ''), b.name)
         WHEN sc.kind = 'CLASS' THEN concat_ws('.', nullif(m.module, ''), sc.local_qname, b.name) END AS qname,
    CASE WHEN b.binding_kind = 'import' THEN coalesce(ie.confidence, 0.5) ELSE 1.0 END::DOUBLE AS confidence
  FROM binds b
  JOIN mods m ON m.file_id = b.file_id
  JOIN (
    SELECT scope_id, name, max(bstart) AS bstart FROM binds
    WHERE binding_kind NOT IN ('global', 'nonlocal', 'del') GROUP BY ALL
  ) lb ON lb.scope_id = b.scope_id AND lb.name = b.name
  LEFT JOIN defs d ON d.node_id = b.target_id
  LEFT JOIN defs sc ON sc.node_id = b.scope_id
  LEFT JOIN in_scope_import_edges ie ON ie.file_id = b.file_id AND ie.import_id = b.target_id AND ie.binds
  WHERE b.binding_kind NOT IN ('global', 'nonlocal', 'del')
),
lookup_raw AS (
  SELECT
    l.lid, l.scope_id, l.name, r.found_scope, r.nval,
    CASE WHEN r.how IS NOT NULL THEN r.how
         WHEN l.name IN ('__name__', '__file__', '__doc__', '__spec__', '__loader__', '__package__', '__path__', '__builtins__',
                         '__cached__', '__annotations__', '__dict__', '__module__', '__qualname__', '__class__') THEN 'implicit'
         WHEN l.name IN (
           'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup', 'BlockingIOError', 'BrokenPipeError',
           'BufferError', 'BytesWarning', 'ChildProcessError', 'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError',
           'ConnectionResetError', 'DeprecationWarning', 'EOFError', 'Ellipsis', 'EncodingWarning', 'EnvironmentError', 'Exception',
           'ExceptionGroup', 'False', 'FileExistsError', 'FileNotFoundError', 'FloatingPointError', 'FutureWarning', 'GeneratorExit',
           'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError', 'InterruptedError', 'IsADirectoryError', 'KeyError',
           'KeyboardInterrupt', 'LookupError', 'MemoryError', 'ModuleNotFoundError', 'NameError', 'None', 'NotADirectoryError',
           'NotImplemented', 'NotImplementedError', 'OSError', 'OverflowError', 'PendingDeprecationWarning', 'PermissionError',
           'ProcessLookupError', 'PythonFinalizationError', 'RecursionError', 'ReferenceError', 'ResourceWarning', 'RuntimeError',
           'RuntimeWarning', 'StopAsyncIteration', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError',
           'TimeoutError', 'True', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
           'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError', '__build_class__',
           '__debug__', '__import__', 'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'bool', 'breakpoint', 'bytearray', 'bytes',
           'callable', 'chr', 'classmethod', 'compile', 'complex', 'copyright', 'credits', 'delattr', 'dict', 'dir', 'divmod', 'enumerate',
           'eval', 'exec', 'exit', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'help', 'hex', 'id',
           'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'license', 'list', 'locals', 'map', 'max', 'memoryview', 'min',
           'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed', 'round', 'set',
           'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip') THEN 'builtin'
         ELSE 'unbound' END AS resolution,
    r.found_kind = 'MODULE' AND (r.found_scope <> l.scope_id OR v.file_id IS NULL) AS from_exports,
    v.binding_id, v.kind, v.target_id, v.target_file_id, v.qname, v.confidence,
    l.e_kind, l.e_target_id, l.e_target_file_id, l.e_qname, l.e_confidence,
    CASE WHEN l.e_via = 'star' THEN st.import_id END AS star_import
  FROM lookups l
  LEFT JOIN resolved_scope r USING (lid)
  LEFT JOIN bvals v ON v.scope_id = r.found_scope AND v.name = l.name AND v.is_last
  -- a name bound by a star import: that IMPORT node is its binding
  LEFT JOIN (
    SELECT file_id, bound_name, max(import_id) AS import_id FROM in_scope_import_edges
    WHERE role = 'star' AND file_id IN (SELECT file_id FROM file_allowlist) GROUP BY ALL
  ) st ON st.file_id = l.file_id AND st.bound_name = l.name
),
lookup_values AS MATERIALIZED (
  -- every (scope, name) read: its deciding binding's value (the scope's last binding), or the
  -- module's final namespace for a global read from a nested scope; `by_position` when a site in
  -- the deciding scope must pick the binding before it instead
  SELECT
    lid, scope_id AS l_scope_id, name AS l_name, resolution,
    coalesce(found_scope = scope_id AND nval > 1, false) AS by_position,
    CASE WHEN from_exports AND star_import IS NOT NULL THEN star_import ELSE binding_id END AS binding_id,
    CASE WHEN resolution = 'builtin' THEN 'BUILTIN'
         WHEN resolution IN ('implicit', 'unbound') THEN 'UNRESOLVED'
         WHEN from_exports THEN e_kind ELSE kind END AS kind,
    CASE WHEN resolution IN ('builtin', 'implicit', 'unbound') THEN NULL
         WHEN from_exports THEN e_target_id ELSE target_id END AS target_id,
    CASE WHEN resolution IN ('builtin', 'implicit', 'unbound') THEN NULL
         WHEN from_exports THEN e_target_file_id ELSE target_file_id END AS target_file_id,
    CASE WHEN resolution = 'builtin' THEN 'builtins.' || name
         WHEN resolution IN ('implicit', 'unbound') THEN NULL
         WHEN from_exports THEN e_qname ELSE qname END AS qname,
    CASE WHEN resolution IN ('unbound', 'implicit') THEN 0.5
         WHEN resolution = 'builtin' THEN 1.0
         WHEN from_exports THEN coalesce(e_confidence, 1.0)
         ELSE coalesce(confidence, 1.0) * (CASE WHEN nval > 1 THEN 0.8 ELSE 1.0 END) END::DOUBLE AS confidence
  FROM lookup_raw
),
pos_sites AS MATERIALIZED (
  -- the sites in a deciding scope that binds the name several times (few)
  SELECT s.site_id, s.file_id, s.scope_id, s.name, s.bstart, s.bend, l.*
  FROM sites s
  JOIN (SELECT * FROM lookup_values WHERE by_position) l ON l.l_scope_id = s.scope_id AND l.l_name = s.name
),
before AS (
  -- such a site's last binding before it (a struct: arg_max skips NULL arguments)
  SELECT s.site_id,
         arg_max({'binding_id': b.binding_id, 'kind': b.kind, 'target_id': b.target_id, 'target_file_id': b.target_file_id,
                  'qname': b.qname, 'confidence': b.confidence}, b.bstart) AS v
  FROM pos_sites s
  JOIN bvals b ON b.scope_id = s.scope_id AND b.name = s.name
  WHERE b.bstart < s.bstart
  GROUP BY s.site_id
),
names_resolved AS MATERIALIZED (
  -- every site with its lookup's value, or for a site picking by position the binding before it
  SELECT s.site_id, s.file_id, s.scope_id, s.name, s.bstart, s.bend, 'NAME_REF' AS site_kind, l.resolution,
         l.binding_id, l.kind, l.target_id, l.target_file_id, l.qname, l.confidence
  FROM sites s
  JOIN lookup_values l ON l.l_scope_id = s.scope_id AND l.l_name = s.name
  WHERE NOT l.by_position
  UNION ALL
  SELECT s.site_id, s.file_id, s.scope_id, s.name, s.bstart, s.bend, 'NAME_REF', s.resolution,
         CASE WHEN bf.site_id IS NULL THEN s.binding_id ELSE bf.v.binding_id END,
         CASE WHEN bf.site_id IS NULL THEN s.kind ELSE bf.v.kind END,
         CASE WHEN bf.site_id IS NULL THEN s.target_id ELSE bf.v.target_id END,
         CASE WHEN bf.site_id IS NULL THEN s.target_file_id ELSE bf.v.target_file_id END,
         CASE WHEN bf.site_id IS NULL THEN s.qname ELSE bf.v.qname END,
         CASE WHEN bf.site_id IS NULL THEN s.confidence ELSE coalesce(bf.v.confidence, 1.0) * 0.8 END::DOUBLE
  FROM pos_sites s
  LEFT JOIN before bf ON bf.site_id = s.site_id
),
loaded AS MATERIALIZED (
  -- the modules a file imports somewhere: as attributes of their parent package they exist for sure
  SELECT DISTINCT file_id, module FROM in_scope_import_modules
  WHERE file_id IN (SELECT file_id FROM file_allowlist) AND target_kind IN ('MODULE', 'NAMESPACE')
),
roots AS MATERIALIZED (
  -- names whose attributes the walk follows
  SELECT * FROM names_resolved WHERE kind IN ('MODULE', 'NAMESPACE', 'EXTERNAL_MODULE', 'EXTERNAL', 'BUILTIN', 'CLASS')
),
attrs AS MATERIALIZED (
  -- loaded attributes of chains rooted at such a name (a chain starts where its root name does)
  SELECT a.node_id AS site_id, a.file_id, a.scope_id, a.attr, a.bstart, a.bend, a.bstart + strlen(a.receiver) AS recv_end
  FROM in_scope_py_attributes a
  WHERE a.ctx = 'load' AND a.file_id IN (SELECT file_id FROM file_allowlist) AND strlen(a.receiver) < 200
    AND EXISTS (SELECT 1 FROM roots r WHERE r.file_id = a.file_id AND r.bstart = a.bstart)
),
member_exports AS MATERIALIZED (
  SELECT e.file_id, e.name, e.kind, e.target_id, e.target_file_id, e.qname, e.confidence FROM module_exports e
  WHERE e.name IN (SELECT attr FROM attrs)
),
members AS MATERIALIZED (
  SELECT m.class_id, m.name, m.kind, m.target_id, m.target_file_id, m.qname, m.confidence FROM class_members m
  WHERE m.name IN (SELECT attr FROM attrs)
),
walk AS (
  WITH RECURSIVE w(site_id, file_id, scope_id, name, bstart, bend, site_kind, resolution, binding_id, kind, target_id, target_file_id, qname, confidence, depth) AS (
    SELECT n.site_id, n.file_id, n.scope_id, n.name, n.bstart, n.bend, n.site_kind, n.resolution, n.binding_id, n.kind, n.target_id, n.target_file_id, n.qname, n.confidence, 0
    FROM roots n
    WHERE EXISTS (SELECT 1 FROM attrs a WHERE a.file_id = n.file_id AND a.bstart = n.bstart AND a.recv_end = n.bend)
    UNION ALL
    SELECT
      a.site_id, a.file_id, a.scope_id, a.attr, a.bstart, a.bend, 'ATTRIBUTE',
      CASE WHEN w.kind = 'MODULE' AND e.name IS NULL THEN 'submodule'
           WHEN w.kind = 'NAMESPACE' THEN 'submodule'
           ELSE 'member' END,
      NULL,
      CASE
        WHEN w.kind = 'MODULE' AND e.name IS NOT NULL THEN e.kind
        WHEN w.kind IN ('MODULE', 'NAMESPACE') AND sub.file_id IS NOT NULL THEN 'MODULE'
        WHEN w.kind IN ('MODULE', 'NAMESPACE') THEN 'UNRESOLVED'
        WHEN w.kind IN ('EXTERNAL_MODULE', 'EXTERNAL', 'BUILTIN') THEN 'EXTERNAL'
        WHEN w.kind = 'CLASS' THEN cm.kind
      END,
      CASE
        WHEN w.kind = 'MODULE' AND e.name IS NOT NULL THEN e.target_id
        WHEN w.kind IN ('MODULE', 'NAMESPACE') AND sub.file_id IS NOT NULL THEN sub.node_id
        WHEN w.kind = 'CLASS' THEN cm.target_id
      END,
      CASE
        WHEN w.kind = 'MODULE' AND e.name IS NOT NULL THEN e.target_file_id
        WHEN w.kind IN ('MODULE', 'NAMESPACE') THEN sub.file_id
        WHEN w.kind = 'CLASS' THEN cm.target_file_id
      END,
      CASE
        WHEN w.kind = 'MODULE' AND e.name IS NOT NULL THEN e.qname
        WHEN w.kind = 'CLASS' THEN cm.qname
        ELSE w.qname || '.' || a.attr
      END,
      w.confidence * (CASE
        WHEN w.kind = 'MODULE' AND e.name IS NOT NULL THEN e.confidence
        WHEN w.kind = 'MODULE' AND sub.file_id IS NOT NULL AND ld.module IS NULL THEN 0.9
        WHEN w.kind IN ('MODULE', 'NAMESPACE') AND sub.file_id IS NULL THEN 0.5
        WHEN w.kind = 'CLASS' THEN cm.confidence
        ELSE 1.0 END)::DOUBLE,
      w.depth + 1
    FROM w
    JOIN attrs a ON a.file_id = w.file_id AND a.bstart = w.bstart AND a.recv_end = w.bend
    LEFT JOIN member_exports e ON e.file_id = w.target_file_id AND e.name = a.attr
    LEFT JOIN unique_modules sub ON sub.module = w.qname || '.' || a.attr
    LEFT JOIN loaded ld ON ld.file_id = a.file_id AND ld.module = w.qname || '.' || a.attr
    LEFT JOIN members cm ON cm.class_id = w.target_id AND cm.name = a.attr
    WHERE w.depth < 12
      AND (w.kind IN ('MODULE', 'NAMESPACE', 'EXTERNAL_MODULE', 'EXTERNAL', 'BUILTIN') OR (w.kind = 'CLASS' AND cm.name IS NOT NULL))
      AND w.qname IS NOT NULL
  )
  SELECT * FROM w WHERE depth > 0
)
SELECT file_id, site_id, site_kind, scope_id, name, bstart, bend, resolution, binding_id, kind, target_id, target_file_id, qname, confidence
FROM names_resolved
UNION ALL
SELECT file_id, site_id, site_kind, scope_id, name, bstart, bend, resolution, binding_id, kind, target_id, target_file_id, qname, confidence
FROM walk
