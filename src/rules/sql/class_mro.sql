-- rule: class_mro
-- output: class_mro
-- inputs: py_defs, ref_targets, class_mro
-- doc: Every class's bases and method resolution order. A base is the expression in the class
--      header (a subscript `Generic[T]` counts as `Generic`) evaluated in the scope enclosing the
--      class: its NAME_REF or ATTRIBUTE row in ref_targets. Rows: the class itself (depth 0,
--      mro_pos 0), its direct bases (depth 1, base_ordinal = position in the header) and,
--      through in-repository base classes, their ancestors (depth >= 2, up to 20 levels). kind:
--      CLASS (an in-repository class: ancestor_id is its node), EXTERNAL (outside the repository
--      or a builtin such as `object`: qname only, its own ancestors unknown) or UNRESOLVED
--      (a base that is not a class as far as the resolver can tell: a variable, a parameter, a
--      call, or a name it could not find; qname when there is a guess). mro_pos orders the
--      ancestors like Python's C3 linearisation does in the usual cases: a depth-first,
--      left-to-right walk of the bases in which a class reached several times keeps its last
--      position (the rule Python 2.2 used; C3 differs only for some inconsistent hierarchies).
--      confidence: the base's resolution confidence (product along the path).
--      The bases of classes outside file_allowlist are this rule's own depth-1 rows from the
--      previous run: they depend only on their file's py_defs and ref_targets, which are
--      unchanged for a file that is not allowlisted (and a full run allowlists every file).
WITH classes AS (
  -- the allowlisted files' classes (the walk's starting points, and the bases resolved afresh)
  SELECT node_id AS class_id, file_id, parent_id, name_bend, bend, bases, local_qname
  FROM in_scope_py_defs WHERE kind = 'CLASS' AND file_id IN (SELECT file_id FROM file_allowlist)
),
base_texts AS (
  SELECT c.class_id, c.file_id, c.parent_id, c.name_bend, c.bend, b.ordinal,
         trim(regexp_replace(b.text, '\[[\s\S]*$', '')) AS text
  FROM classes c,
       LATERAL (SELECT unnest(CAST(c.bases AS JSON)::VARCHAR[]) AS text, generate_subscripts(CAST(c.bases AS JSON)::VARCHAR[], 1) - 1 AS ordinal) b
  WHERE c.bases IS NOT NULL AND c.bases <> '[]'
),
bases AS (
  -- the header expression of each base, resolved
  SELECT * FROM (
    SELECT t.class_id, t.file_id, t.ordinal, t.text, r.kind, r.target_id, r.target_file_id, r.qname, r.confidence,
           row_number() OVER (PARTITION BY t.class_id, t.ordinal ORDER BY r.bstart) AS rk
    FROM base_texts t
    JOIN in_scope_ref_targets r ON r.file_id = t.file_id AND r.scope_id = t.parent_id
      AND r.bstart > t.name_bend AND r.bend <= t.bend
      AND r.name = regexp_extract(t.text, '[^.\s]*$') AND r.bend - r.bstart = strlen(t.text)
  ) WHERE rk = 1
),
all_bases AS MATERIALIZED (
  SELECT t.class_id, t.file_id, t.ordinal, t.text,
         CASE WHEN b.kind = 'CLASS' THEN 'CLASS'
              WHEN b.kind IN ('EXTERNAL', 'EXTERNAL_MODULE', 'BUILTIN') THEN 'EXTERNAL'
              ELSE 'UNRESOLVED' END AS kind,
         CASE WHEN b.kind = 'CLASS' THEN b.target_id END AS ancestor_id,
         CASE WHEN b.kind = 'CLASS' THEN b.target_file_id END AS ancestor_file_id,
         b.qname,
         coalesce(b.confidence, 0.5) AS confidence
  FROM base_texts t
  LEFT JOIN bases b ON b.class_id = t.class_id AND b.ordinal = t.ordinal
  UNION ALL
  -- every other class: its direct bases as the previous run computed them
  SELECT m.class_id, m.file_id, CAST(m.base_ordinal AS BIGINT), NULL, m.kind, m.ancestor_id, m.ancestor_file_id, m.qname, m.confidence
  FROM class_mro m
  WHERE m.depth = 1 AND NOT EXISTS (SELECT 1 FROM file_allowlist a WHERE a.file_id = m.file_id)
),
walk AS (
  WITH RECURSIVE w(class_id, file_id, ancestor_id, ancestor_file_id, kind, qname, depth, path, base_ordinal, confidence) AS (
    SELECT class_id, file_id, class_id, file_id, 'CLASS', NULL::VARCHAR, 0, '', NULL::INTEGER, 1.0::DOUBLE
    FROM classes WHERE file_id IN (SELECT file_id FROM file_allowlist)
    UNION ALL
    SELECT w.class_id, w.file_id, b.ancestor_id, b.ancestor_file_id, b.kind, b.qname, w.depth + 1,
           w.path || lpad(CAST(b.ordinal AS VARCHAR), 3, '0'), CASE WHEN w.depth = 0 THEN b.ordinal::INTEGER END, w.confidence * b.confidence
    FROM w JOIN all_bases b ON b.class_id = w.ancestor_id
    WHERE w.kind = 'CLASS' AND w.depth < 20
  )
  SELECT * FROM w
),
ordered AS (
  -- path: the base ordinals from the class down, three digits each: its order is the pre-order
  SELECT *, path AS preorder FROM walk
),
kept AS (
  -- a class reached several times keeps its last position; externals are identified by qname
  SELECT *, row_number() OVER (PARTITION BY class_id, coalesce(ancestor_id, CAST(hash(kind, qname, CASE WHEN qname IS NULL THEN path END) >> 1 AS BIGINT))
                               ORDER BY preorder DESC) AS dup
  FROM ordered
)
SELECT
  file_id, class_id, ancestor_id, ancestor_file_id, kind, qname, depth::INTEGER AS depth, base_ordinal,
  CASE WHEN dup = 1 THEN (row_number() OVER (PARTITION BY class_id, dup = 1 ORDER BY preorder) - 1)::INTEGER END AS mro_pos,
  confidence
FROM kept
WHERE dup = 1 OR depth = 1
