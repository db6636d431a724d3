/**
 * Suite `scip`: the SCIP layer (issue 11) on Django and SymPy (Debian's copies, laid out as the
 * resolution suite lays them out, so its cached scip-python indexes are reused).
 *
 * 1. Ingest: a full build with `--scip <cached index>` against one without the layer (time, peak
 *    RSS, stages); scip_occurrences row count against the index's occurrence count; every
 *    occurrence's byte span checked against the text the index's range names (the file decoded as
 *    a JavaScript string, sliced in UTF-16 units: an independent conversion), and classified
 *    (identifier, `name as alias`, dotted module path, empty module definition).
 * 2. Cost (Django): scip-python's full index (time, peak RSS under GNU time) beside pycpg's own
 *    stages; a full build with `--scip auto` (indexing overlaps extraction); a one-file pull
 *    request: the full re-index against indexing only pycpg's impacted files (a generated
 *    pyrightconfig.json `include`) and `--target-only <directory>`, with every document those
 *    cheaper runs produce compared byte for byte with the full re-index's.
 * 3. Soundness (Django): for a few edits (a body edit; `return 0` as the first statement of the
 *    most-imported functions, which changes their inferred return type), how many documents a full
 *    re-index changes outside pycpg's syntactic impact closure (the files the incremental run
 *    recomputes only because of `scip_changed`).
 */
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { decodeScipDocument } from "../../src/scip/decode-scip-index.ts";
import { readScipIndex } from "../../src/scip/read-scip-index.ts";
import { runScipPython, SCIP_PYTHON_VERSION, scipPythonEntry } from "../../src/scip/run-scip-python.ts";
import { SCIP_PROJECT_NAME } from "../../src/scip/scip-layer.ts";
import { openDb } from "../../src/store/duckdb.ts";
import { sqlString } from "../../src/store/sql.ts";
import { commitAll } from "../corpora.ts";
import { applyBodyEdit, pickBodyEdit } from "../lib/body-edit.ts";
import { type BuildRun, runFullBuild, runIncrementalBuild, stageTimings } from "../lib/pycpg.ts";
import { round } from "../lib/stats.ts";
import type { Suite, SuiteContext } from "../lib/suite.ts";
import { mdTable, textTable } from "../lib/table.ts";
import { CORPORA, type CorpusPlan, prepareLayout, scipIndexFor } from "./resolution-quality.ts";

interface ScipReportPart {
  status: string;
  failure: string | null;
  reason: string | null;
  index_seconds?: number;
  wait_ms?: number;
  ingest_ms?: number;
  documents?: number;
  index_documents?: number;
  occurrences?: number;
  changed_documents?: number | null;
  converted_documents?: number;
  alignment?: Record<string, number>;
}

type Report = BuildRun["report"] & { scip?: ScipReportPart; impacted?: { path: string; reasons: string[] }[] };

interface SpanCheck {
  documents: number;
  index_occurrences: number;
  rows: number;
  exact: number;
  mismatched: number;
  examples: string[];
  kinds: Record<string, number>;
  name_mismatches: number;
}

interface IngestResult {
  corpus: string;
  files: number;
  index_bytes: number;
  index_cached: boolean;
  index_seconds: number;
  off: { wall_s: number; peak_rss_mb: number | null; stages: Record<string, number> };
  on: { wall_s: number; peak_rss_mb: number | null; stages: Record<string, number>; scip: ScipReportPart | undefined };
  spans: SpanCheck;
}

const mb = (kb: number | null) => (kb === null ? null : Math.round(kb / 1024));

/** Every occurrence's span against the text its range names; row counts per document. */
async function checkSpans(repo: string, indexFile: string, out: string): Promise<SpanCheck> {
  const db = await openDb(1);
  const rows = new Map<string, { bstart: number | null; bend: number | null }[]>();
  try {
    const all = await db.rows<{ path: string; ordinal: number; bstart: number | null; bend: number | null }>(`
      SELECT f.path, o.ordinal, o.bstart, o.bend
      FROM read_parquet(${sqlString(join(out, "scip_occurrences", "*.parquet"))}) o
      JOIN (SELECT DISTINCT file_id, path FROM read_parquet(${sqlString(join(out, "cpg_nodes", "*.parquet"))}) WHERE kind = 'FILE') f USING (file_id)`);
    for (const r of all) {
      let list = rows.get(r.path);
      if (!list) rows.set(r.path, (list = []));
      list[Number(r.ordinal)] = { bstart: r.bstart === null ? null : Number(r.bstart), bend: r.bend === null ? null : Number(r.bend) };
    }
  } finally {
    db.close();
  }
  const res: SpanCheck = { documents: 0, index_occurrences: 0, rows: 0, exact: 0, mismatched: 0, examples: [], kinds: {}, name_mismatches: 0 };
  for (const list of rows.values()) res.rows += list.filter(Boolean).length;
  const kind = (t: string) =>
    t === ""
      ? "empty (module definition)"
      : /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(t)
        ? "identifier"
        : /^\.*[\w.]+ as \w+$/u.test(t)
          ? "name as alias"
          : /^\.*[\w]+(\.\w+)*$/u.test(t)
            ? "dotted module path"
            : "other";
  await readScipIndex(indexFile, {
    onDocument(doc) {
      const list = rows.get(doc.relativePath);
      if (!list) return;
      res.documents++;
      res.index_occurrences += doc.occurrences.length;
      const bytes = readFileSync(join(repo, doc.relativePath));
      let text = bytes.toString("utf8");
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const lines = text.split("\n");
      doc.occurrences.forEach((o, i) => {
        const r = list[i];
        const want =
          o.range.startLine === o.range.endLine
            ? (lines[o.range.startLine] ?? "").slice(o.range.startChar, o.range.endChar)
            : [
                (lines[o.range.startLine] ?? "").slice(o.range.startChar),
                ...lines.slice(o.range.startLine + 1, o.range.endLine),
                (lines[o.range.endLine] ?? "").slice(0, o.range.endChar),
              ].join("\n");
        const got = r && r.bstart !== null && r.bend !== null ? bytes.subarray(r.bstart, r.bend).toString("utf8") : null;
        if (got === want) {
          res.exact++;
          const k = kind(got);
          res.kinds[k] = (res.kinds[k] ?? 0) + 1;
          const name = /`?([^`/#.()]+)`?(\(\))?[.#]$/u.exec(o.symbol)?.[1];
          if (name && !o.symbol.startsWith("local ") && k === "identifier" && got !== name) res.name_mismatches++;
        } else {
          res.mismatched++;
          if (res.examples.length < 10)
            res.examples.push(`${doc.relativePath}#${i} ${JSON.stringify(o.range)}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
        }
      });
    },
  });
  return res;
}

async function ingest(ctx: SuiteContext, plan: CorpusPlan): Promise<{ result: IngestResult; repo: string; indexFile: string }> {
  const corpus = ctx.corpus(plan.corpus);
  const base = join(ctx.root, "scip", plan.corpus);
  const repo = join(base, "repo");
  ctx.log(`scip: ${plan.corpus}: laying out ${corpus.files.length} files`);
  prepareLayout(corpus, repo, plan.pkg, plan.scipExclude);
  const index = await scipIndexFor(ctx, corpus, repo, plan);
  ctx.log(`scip: ${plan.corpus}: full build without the layer`);
  const off = await runFullBuild(ctx.repoRoot, repo, { state: join(base, "off-state"), out: join(base, "off-out") });
  ctx.log(`scip: ${plan.corpus}: full build with --scip ${index.index_file}`);
  const on = await runFullBuild(ctx.repoRoot, repo, { state: join(base, "on-state"), out: join(base, "on-out") }, { extraArgs: ["--scip", index.index_file] });
  ctx.log(`scip: ${plan.corpus}: checking every occurrence's span`);
  const spans = await checkSpans(repo, index.index_file, join(base, "on-out"));
  const report = on.report as Report;
  return {
    repo,
    indexFile: index.index_file,
    result: {
      corpus: plan.corpus,
      files: corpus.files.length,
      index_bytes: index.bytes,
      index_cached: index.cached,
      index_seconds: index.seconds,
      off: { wall_s: round(off.wall_s, 2), peak_rss_mb: mb(off.peak_rss_kb), stages: stageTimings(off.report) },
      on: { wall_s: round(on.wall_s, 2), peak_rss_mb: mb(on.peak_rss_kb), stages: stageTimings(on.report), scip: report.scip },
      spans,
    },
  };
}

/** A scip-python run under GNU time: seconds and peak RSS (MB). */
async function timedIndex(
  work: string,
  repo: string,
  outFile: string,
  extra: { targetOnly?: string } = {},
): Promise<{ seconds: number; peak_rss_mb: number | null }> {
  const timeFile = join(work, "scip-time.txt");
  const wrapper = join(work, "timed-scip-python.sh");
  writeFileSync(
    wrapper,
    `#!/bin/sh\nexec /usr/bin/time -f "%e %M" -o ${JSON.stringify(timeFile)} ${JSON.stringify(process.execPath)} ${JSON.stringify(scipPythonEntry())} "$@"\n`,
  );
  chmodSync(wrapper, 0o755);
  const t0 = performance.now();
  await runScipPython({
    repoDir: repo,
    outFile,
    projectName: SCIP_PROJECT_NAME,
    maxOldSpaceMb: 8192,
    command: { file: wrapper, node: false },
    targetOnly: extra.targetOnly,
  });
  const seconds = (performance.now() - t0) / 1000;
  const last = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
  const rss = Number(last.split(/\s+/)[1]);
  return { seconds: round(seconds, 1), peak_rss_mb: Number.isFinite(rss) ? Math.round(rss / 1024) : null };
}

/** Document path -> bytes of an index (prefix: what --target-only strips from the paths). */
async function documents(file: string, prefix = ""): Promise<Map<string, Buffer>> {
  const m = new Map<string, Buffer>();
  await readScipIndex(file, {
    onDocument(d, raw) {
      m.set(prefix + d.relativePath, Buffer.from(raw));
    },
  });
  return m;
}

function compareDocs(part: Map<string, Buffer>, full: Map<string, Buffer>): { kept: number; equal: number; differ: string[] } {
  let equal = 0;
  const differ: string[] = [];
  for (const [p, b] of part) {
    if (full.get(p)?.equals(b)) equal++;
    else differ.push(p);
  }
  return { kept: part.size, equal, differ: differ.slice(0, 10) };
}

/** The most-imported module-level functions of the repository (ast), for return-type edits. */
const PICK_IMPORTED = `
import ast, os, sys, json, collections
root, pkg, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
defs = {}
counts = collections.Counter()
for dp, dn, fn in os.walk(os.path.join(root, pkg)):
    dn[:] = sorted(d for d in dn if d != "tests")
    for f in sorted(fn):
        if not f.endswith(".py"): continue
        p = os.path.join(dp, f); rel = os.path.relpath(p, root)
        mod = rel[:-3].replace(os.sep, ".")
        if mod.endswith(".__init__"): mod = mod[:-9]
        try: tree = ast.parse(open(p, "rb").read())
        except (SyntaxError, ValueError): continue
        for s in tree.body:
            if isinstance(s, ast.FunctionDef) and s.body:
                first = s.body[1] if len(s.body) > 1 and isinstance(s.body[0], ast.Expr) and isinstance(getattr(s.body[0], "value", None), ast.Constant) else s.body[0]
                defs[(mod, s.name)] = (rel, first.lineno, first.col_offset)
        for s in ast.walk(tree):
            if isinstance(s, ast.ImportFrom) and s.module and s.level == 0:
                for a in s.names: counts[(s.module, a.name)] += 1
best = [(c, k) for k, c in counts.most_common() if k in defs][:n]
print(json.dumps([{"module": k[0], "name": k[1], "importers": c, "path": defs[k][0], "line": defs[k][1], "col": defs[k][2]} for c, k in best]))
`;

interface ReturnEdit {
  module: string;
  name: string;
  importers: number;
  path: string;
  line: number;
  col: number;
}

interface EditResult {
  edit: string;
  path: string;
  reindex_s: number;
  pycpg_incremental_s: number;
  pycpg_stages: Record<string, number>;
  impacted_syntactic: number;
  documents_changed: number;
  outside_closure: number;
  outside_examples: string[];
}

async function costAndSoundness(ctx: SuiteContext, plan: CorpusPlan, repo: string) {
  const base = join(ctx.root, "scip", plan.corpus);
  const work = join(base, "cost");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  ctx.log(`scip: ${plan.corpus}: scip-python full index (GNU time)`);
  const full0 = join(work, "full-0.scip");
  const fullIndex = await timedIndex(work, repo, full0);
  ctx.log(`scip: ${plan.corpus}: full index in ${fullIndex.seconds} s, ${fullIndex.peak_rss_mb} MB`);

  ctx.log(`scip: ${plan.corpus}: pycpg full build with --scip auto`);
  const dirs = { state: join(work, "state"), out: join(work, "out") };
  const auto = await runFullBuild(ctx.repoRoot, repo, dirs, { extraArgs: ["--scip", "auto"] });
  const autoReport = auto.report as Report;
  ctx.log(`scip: ${plan.corpus}: --scip auto full build in ${auto.wall_s.toFixed(1)} s (scip ${autoReport.scip?.status})`);
  // the incremental runs below ingest the full re-index by PATH (the same documents auto would give)
  const seed = await runFullBuild(ctx.repoRoot, repo, dirs, { extraArgs: ["--scip", full0] });

  const imported = JSON.parse(execFileSync("python3", ["-c", PICK_IMPORTED, repo, plan.pkg, "3"], { encoding: "utf8" })) as ReturnEdit[];
  const edits: { label: string; apply: () => string }[] = [
    {
      label: "body edit (a line appended to a function body)",
      apply: () => {
        const e = pickBodyEdit(repo, "body");
        applyBodyEdit(repo, e);
        return e.path;
      },
    },
    ...imported.map((f) => ({
      label: `\`return 0\` first in ${f.module}.${f.name} (${f.importers} importing modules)`,
      apply: () => {
        const file = join(repo, f.path);
        const lines = readFileSync(file, "utf8").split("\n");
        lines.splice(f.line - 1, 0, `${" ".repeat(f.col)}return 0`);
        writeFileSync(file, lines.join("\n"));
        return f.path;
      },
    })),
  ];

  const results: EditResult[] = [];
  let targeted: Record<string, unknown> | null = null;
  let step = 1;
  let prevIndex = full0;
  for (const e of edits) {
    const path = e.apply();
    commitAll(repo, `scip bench: ${e.label}`, step);
    ctx.log(`scip: ${plan.corpus}: edit ${step}: ${e.label} in ${path}: full re-index`);
    const idx = join(work, `full-${step}.scip`);
    const re = await timedIndex(work, repo, idx);
    ctx.log(`scip: ${plan.corpus}: re-indexed in ${re.seconds} s; pycpg incremental with --scip ${idx}`);
    const inc = await runIncrementalBuild(ctx.repoRoot, repo, dirs, { extraArgs: ["--scip", idx] });
    const r = inc.report as Report;
    const impacted = r.impacted ?? [];
    const outside = impacted.filter((i) => i.reasons.length === 1 && i.reasons[0] === "scip_changed");
    results.push({
      edit: e.label,
      path,
      reindex_s: re.seconds,
      pycpg_incremental_s: round(inc.wall_s, 2),
      pycpg_stages: stageTimings(inc.report),
      impacted_syntactic: impacted.length - outside.length,
      documents_changed: r.scip?.changed_documents ?? 0,
      outside_closure: outside.length,
      outside_examples: outside.slice(0, 5).map((o) => o.path),
    });
    if (targeted === null) {
      // The cheap schemes, on the first (one-file body) edit: index only what pycpg impacted.
      const impactedPaths = impacted.filter((i) => !outside.includes(i)).map((i) => i.path);
      const cfg = join(repo, "pyrightconfig.json");
      const saved = existsSync(cfg) ? readFileSync(cfg, "utf8") : null;
      const exclude = saved ? ((JSON.parse(saved) as { exclude?: string[] }).exclude ?? []) : [];
      writeFileSync(cfg, `${JSON.stringify({ include: impactedPaths, exclude }, null, 2)}\n`);
      ctx.log(`scip: ${plan.corpus}: indexing only the ${impactedPaths.length} impacted files (pyrightconfig include)`);
      const incFile = join(work, "include.scip");
      let inclRun: { seconds: number; peak_rss_mb: number | null };
      try {
        inclRun = await timedIndex(work, repo, incFile);
      } finally {
        if (saved === null) rmSync(cfg, { force: true });
        else writeFileSync(cfg, saved);
      }
      const fullDocs = await documents(idx);
      const cheap = await documents(incFile);
      const included = new Set(impactedPaths);
      // scip-python also writes documents for files the included ones import: compared apart
      const incl = compareDocs(new Map([...cheap].filter(([p]) => included.has(p))), fullDocs);
      const extra = compareDocs(new Map([...cheap].filter(([p]) => !included.has(p))), fullDocs);
      // an included document whose bytes differ: are its occurrences the same (only SymbolInformation differs)?
      const sameOccurrences = [...cheap]
        .filter(([p]) => included.has(p))
        .filter(([p, b]) => {
          const f = fullDocs.get(p);
          return f !== undefined && JSON.stringify(decodeScipDocument(b).occurrences) === JSON.stringify(decodeScipDocument(f).occurrences);
        }).length;
      const prev = await documents(prevIndex);
      // merged = the previous index with the included files' documents replaced by the cheap run's
      let mergedEqual = 0;
      const mergedDiffer: string[] = [];
      for (const [p, b] of fullDocs) {
        const m = included.has(p) ? cheap.get(p) : prev.get(p);
        if (m?.equals(b)) mergedEqual++;
        else if (mergedDiffer.length < 10) mergedDiffer.push(p);
      }
      const dir = dirname(path);
      ctx.log(`scip: ${plan.corpus}: --target-only ${dir}`);
      const toFile = join(work, "target-only.scip");
      const toRun = await timedIndex(work, repo, toFile, { targetOnly: dir });
      const to = compareDocs(await documents(toFile, `${dir}/`), fullDocs);
      targeted = {
        edited: path,
        impacted_files: impactedPaths.length,
        include: { ...inclRun, ...incl, same_occurrences: sameOccurrences, extra_documents: extra, ratio: round(inclRun.seconds / re.seconds, 2) },
        merged: { documents: fullDocs.size, equal_to_full: mergedEqual, differ: mergedDiffer },
        target_only: { dir, ...toRun, ...to, ratio: round(toRun.seconds / re.seconds, 2) },
      };
    }
    prevIndex = idx;
    step++;
  }
  return {
    corpus: plan.corpus,
    full_index: fullIndex,
    auto_full_build: { wall_s: round(auto.wall_s, 2), peak_rss_mb: mb(auto.peak_rss_kb), stages: stageTimings(auto.report), scip: autoReport.scip },
    path_full_build: { wall_s: round(seed.wall_s, 2), peak_rss_mb: mb(seed.peak_rss_kb), stages: stageTimings(seed.report) },
    targeted,
    edits: results,
  };
}

function stagesLine(s: Record<string, number>): string {
  return ["extract_ms", "scip_ms", "rules_ms", "commit_ms", "publish_ms"]
    .filter((k) => k in s)
    .map((k) => `${k.replace(/_ms$/, "")} ${((s[k] ?? 0) / 1000).toFixed(1)}`)
    .join(", ");
}

export const scipSuite: Suite = {
  name: "scip",
  description: "the SCIP layer: ingest (row counts, spans), scip-python cost beside pycpg, one-file PR schemes, soundness of the impact closure",
  async run(ctx) {
    const ingests: IngestResult[] = [];
    let djangoRepo = "";
    for (const plan of CORPORA) {
      const { result, repo } = await ingest(ctx, plan);
      ingests.push(result);
      if (plan.corpus === "django") djangoRepo = repo;
    }
    const djangoPlan = CORPORA.find((p) => p.corpus === "django") as CorpusPlan;
    const cost = await costAndSoundness(ctx, djangoPlan, djangoRepo);
    const results = { scip_python: SCIP_PYTHON_VERSION, ingest: ingests, cost };

    const ingestRows = ingests.map((r) => [
      r.corpus,
      String(r.files),
      String(r.on.scip?.documents ?? 0),
      String(r.spans.index_occurrences),
      String(r.spans.rows),
      `${r.spans.exact}/${r.spans.index_occurrences}`,
      String(r.spans.name_mismatches),
      `${r.off.wall_s} s / ${r.off.peak_rss_mb} MB`,
      `${r.on.wall_s} s / ${r.on.peak_rss_mb} MB`,
      `${((r.on.scip?.ingest_ms ?? 0) / 1000).toFixed(1)} s`,
      `${(((r.on.stages.rules_ms ?? 0) - (r.off.stages.rules_ms ?? 0)) / 1000).toFixed(1)} s`,
    ]);
    const ingestHead = [
      "corpus",
      "files",
      "documents",
      "index occurrences",
      "scip_occurrences rows",
      "exact spans",
      "name ≠ symbol",
      "build, layer off",
      "build, --scip PATH",
      "ingest",
      "rules added",
    ];
    const kinds = ingests.map((r) => [r.corpus, ...Object.entries(r.spans.kinds).map(([k, v]) => `${k}: ${v}`)].join("; "));
    const costRows = [
      ["scip-python full index", `${cost.full_index.seconds} s`, `${cost.full_index.peak_rss_mb} MB`, ""],
      [
        "pycpg full build, layer off",
        `${ingests.find((i) => i.corpus === "django")?.off.wall_s} s`,
        `${ingests.find((i) => i.corpus === "django")?.off.peak_rss_mb} MB`,
        stagesLine(ingests.find((i) => i.corpus === "django")?.off.stages ?? {}),
      ],
      ["pycpg full build, --scip auto", `${cost.auto_full_build.wall_s} s`, `${cost.auto_full_build.peak_rss_mb} MB`, stagesLine(cost.auto_full_build.stages)],
      ["pycpg full build, --scip PATH", `${cost.path_full_build.wall_s} s`, `${cost.path_full_build.peak_rss_mb} MB`, stagesLine(cost.path_full_build.stages)],
    ];
    const first = cost.edits[0];
    if (first) {
      costRows.push(["one-file PR: scip-python full re-index", `${first.reindex_s} s`, "", ""]);
      costRows.push(["one-file PR: pycpg incremental, --scip PATH", `${first.pycpg_incremental_s} s`, "", stagesLine(first.pycpg_stages)]);
    }
    const t = cost.targeted as {
      impacted_files: number;
      include: {
        seconds: number;
        peak_rss_mb: number | null;
        kept: number;
        equal: number;
        same_occurrences: number;
        extra_documents: { kept: number; equal: number };
        ratio: number;
      };
      merged: { documents: number; equal_to_full: number };
      target_only: { dir: string; seconds: number; kept: number; equal: number; ratio: number };
    } | null;
    if (t) {
      costRows.push([
        `one-file PR: index only the ${t.impacted_files} impacted files (pyrightconfig include)`,
        `${t.include.seconds} s (${t.include.ratio}x)`,
        `${t.include.peak_rss_mb} MB`,
        `included files: ${t.include.equal}/${t.include.kept} documents = full (${t.include.same_occurrences} with the same occurrences); the ${t.include.extra_documents.kept} documents of files they import: ${t.include.extra_documents.equal} = full; merged into the previous index: ${t.merged.equal_to_full}/${t.merged.documents} = full`,
      ]);
      costRows.push([
        `one-file PR: --target-only ${t.target_only.dir}`,
        `${t.target_only.seconds} s (${t.target_only.ratio}x)`,
        "",
        `${t.target_only.equal}/${t.target_only.kept} documents = full (paths and symbols relative to the directory)`,
      ]);
    }
    const costHead = ["django", "time", "peak RSS", "notes"];
    const soundRows = cost.edits.map((e) => [
      e.edit,
      e.path,
      String(e.impacted_syntactic),
      String(e.documents_changed),
      String(e.outside_closure),
      e.outside_examples.slice(0, 3).join(", "),
    ]);
    const soundHead = ["edit", "file", "impacted (syntactic)", "documents changed", "outside the closure", "e.g."];
    const text = [textTable(ingestHead, ingestRows), kinds.join("\n"), textTable(costHead, costRows), textTable(soundHead, soundRows)].join("\n\n");
    const markdown = [
      "Ingest (`--scip PATH` with the resolution suite's cached index):",
      "",
      mdTable(ingestHead, ingestRows, ["l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"]),
      "",
      `What the spans cover: ${kinds.join(" · ")}`,
      "",
      "Cost on Django:",
      "",
      mdTable(costHead, costRows),
      "",
      "Soundness of the syntactic impact closure against the type checker (Django; a full re-index after each edit, ingested incrementally):",
      "",
      mdTable(soundHead, soundRows),
    ].join("\n");
    return { results, text, markdown };
  },
};
