/**
 * Suite `resolution-quality`: pycpg's CALLS / REFERENCES edges against scip-python, an independent
 * resolver (issue 3). For django, rich (annotated code) and sympy: index the corpus with scip-python (cached), build it
 * with pycpg, and compare site by site (bench/lib/resolution-compare.ts says exactly what is
 * compared). Targets: precision >= 97%, recall >= 85% (issue 9).
 *
 * Layout: both tools index the same tree, `<bench root>/resolution/<corpus>/repo/<package>/...`,
 * i.e. the package in a directory of its own, as it sits in site-packages. With the package
 * directory as the project root instead, scip-python resolves `from django.db import models` to
 * the system's installed copy (outside the project) and only relative imports would resolve
 * in-repo; pycpg infers the package name either way (docs/schema.md "Module names").
 *
 * The scip-python index is cached under `<bench root>/resolution/scip-cache/`, keyed by the corpus
 * commit (a hash of its content: bench/corpora.ts pins identity and date), the layout and the
 * scip-python version: django takes ~1 min and 1.5 GB, sympy several minutes.
 * PYCPG_BENCH_RESOLUTION_CORPORA=django (comma-separated) restricts the corpora.
 */
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runScipPython, SCIP_PYTHON_VERSION, ScipPythonError } from "../../src/scip/run-scip-python.ts";
import { type CorpusName, commitAll, git, type PreparedCorpus } from "../corpora.ts";
import { runFullBuild } from "../lib/pycpg.ts";
import { type CategoryCount, type CompareResult, compareResolution, readScipIndex, type Score } from "../lib/resolution-compare.ts";
import { round } from "../lib/stats.ts";
import type { Suite, SuiteContext } from "../lib/suite.ts";
import { type Align, mdTable, textTable, yesNo } from "../lib/table.ts";

export const PRECISION_TARGET = 0.97;
export const RECALL_TARGET = 0.85;
export interface CorpusPlan {
  corpus: CorpusName;
  pkg: string;
  /**
   * Files and directories scip-python cannot index (it aborts the whole run with "Maximum call
   * stack size exceeded" while checking them, even with a larger stack, or runs out of memory),
   * excluded through pyrightconfig.json: they get no scip document, so their sites and the
   * references to their definitions are not scored.
   */
  scipExclude: readonly string[];
  /** Node heap for scip-python (MB). */
  scipHeapMb: number;
}
export const CORPORA: readonly CorpusPlan[] = [
  { corpus: "django", pkg: "django", scipExclude: [], scipHeapMb: 8192 },
  { corpus: "rich", pkg: "rich", scipExclude: [], scipHeapMb: 4096 },
  {
    corpus: "sympy",
    pkg: "sympy",
    // bessel.py & co.: scip-python aborts on them (stack overflow). rubi: 49 generated files, 8 of
    // SymPy's 34 MB: with them scip-python ran out of an 8 GB heap after 30 minutes.
    scipExclude: [
      "sympy/functions/special/bessel.py",
      "sympy/functions/special/tests/test_bessel.py",
      "sympy/external/tests/test_scipy.py",
      "sympy/integrals/rubi",
    ],
    scipHeapMb: 12288,
  },
];
/** Bump when the layout handed to the indexer changes (invalidates cached indexes). */
const LAYOUT_VERSION = 1;
const TOP_CATEGORIES = 12;

export interface ScipRunInfo {
  index_file: string;
  cached: boolean;
  /** Indexing time of the run that produced the cached index. */
  seconds: number;
  bytes: number;
  /** Lines of scip-python output mentioning an internal error (files it could not type-check). */
  internal_errors: number;
  /** How scip-python failed when the index is the partial one it wrote before aborting, else null. */
  failure: string | null;
}

interface CorpusResult extends Omit<CompareResult, "disagree" | "missing" | "pycpg_only" | "scip_refs_outside_sites"> {
  corpus: CorpusName;
  files: number;
  layout: string;
  scip: ScipRunInfo;
  pycpg_build_s: number;
  compare_s: number;
  /** Disagreements in categories attributed to scip-python (its symbol names another identifier, a module for a variable, ...). */
  disagree_attributed_to_scip: number;
  /** Files scip-python was told to skip (pyrightconfig.json exclude). */
  scip_excluded: string[];
  disagree: CategoryCount[];
  missing: CategoryCount[];
  pycpg_only: CategoryCount[];
  scip_refs_outside_sites: CategoryCount[];
}

/** Copies the corpus's files into `<dir>/<pkg>/` and commits them (pinned identity and date). */
export function prepareLayout(corpus: PreparedCorpus, dir: string, pkg: string, scipExclude: readonly string[]): void {
  rmSync(dir, { recursive: true, force: true });
  const files = git(corpus.dir, ["ls-files", "-z"])
    .split("\0")
    .filter((p) => p !== "");
  const made = new Set<string>();
  for (const f of files) {
    const target = join(dir, pkg, f);
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    copyFileSync(join(corpus.dir, f), target);
  }
  // pycpg reads only .py files: the indexer's configuration does not change what it sees.
  if (scipExclude.length) writeFileSync(join(dir, "pyrightconfig.json"), `${JSON.stringify({ exclude: scipExclude }, null, 2)}\n`);
  git(dir, ["init", "-q"]);
  commitAll(dir, `corpus ${corpus.name} under ${pkg}/`, 0);
}

export async function scipIndexFor(ctx: SuiteContext, corpus: PreparedCorpus, repoDir: string, plan: CorpusPlan): Promise<ScipRunInfo> {
  const { pkg, scipExclude } = plan;
  const cacheDir = join(ctx.root, "resolution", "scip-cache");
  mkdirSync(cacheDir, { recursive: true });
  const excl = scipExclude.length ? `-exclude-${createHash("sha256").update(scipExclude.join("\n")).digest("hex").slice(0, 8)}` : "";
  const base = `${corpus.name}-${corpus.commit.slice(0, 12)}-layout${LAYOUT_VERSION}${excl}-scip-python-${SCIP_PYTHON_VERSION}`;
  const indexFile = join(cacheDir, `${base}.scip`);
  const infoFile = join(cacheDir, `${base}.json`);
  if (existsSync(indexFile) && existsSync(infoFile)) {
    const info = JSON.parse(readFileSync(infoFile, "utf8")) as ScipRunInfo;
    ctx.log(`resolution: ${corpus.name}: reusing the cached scip-python index ${indexFile} (made in ${info.seconds} s)`);
    return { ...info, index_file: indexFile, cached: true };
  }
  const tmp = `${indexFile}.tmp-${process.pid}`;
  const t0 = performance.now();
  let run: { seconds: number; bytes: number; output: string };
  let failure: string | null = null;
  try {
    run = await runScipPython({
      repoDir,
      outFile: tmp,
      projectName: pkg,
      maxOldSpaceMb: plan.scipHeapMb,
      log: (l) => ctx.log(`resolution: ${corpus.name}: ${l}`),
    });
  } catch (err) {
    // scip-python writes documents as it indexes them: when it aborts late, what it wrote is a
    // usable (partial) index. Keep it when it decodes and holds documents; say so in the results.
    if (!(err instanceof ScipPythonError) || err.partialBytes === 0) throw err;
    let documents = 0;
    try {
      documents = (await readScipIndex(tmp)).documents.length;
    } catch {
      documents = 0;
    }
    if (documents === 0) throw err;
    failure = (err.message.split("\n")[0] ?? "").replace(/ \(a partial index.*$/, "");
    ctx.log(`resolution: ${corpus.name}: ${failure}; using the ${documents} documents it wrote`);
    run = { seconds: (performance.now() - t0) / 1000, bytes: err.partialBytes, output: err.message };
  }
  const internal = run.output.split("\n").filter((l) => /internal error/i.test(l)).length;
  if (internal) ctx.log(`resolution: ${corpus.name}: scip-python reported ${internal} internal errors (files it could not fully type-check)`);
  renameSync(tmp, indexFile);
  const info: ScipRunInfo = {
    index_file: indexFile,
    cached: false,
    seconds: round(run.seconds, 1),
    bytes: run.bytes,
    internal_errors: internal,
    failure,
  };
  writeFileSync(infoFile, `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

async function measureCorpus(ctx: SuiteContext, plan: CorpusPlan): Promise<CorpusResult> {
  const { corpus: corpusName, pkg, scipExclude } = plan;
  const corpus = ctx.corpus(corpusName);
  const base = join(ctx.root, "resolution", corpusName);
  const repo = join(base, "repo");
  ctx.log(`resolution: ${corpusName}: laying out ${corpus.files.length} files under ${repo}/${pkg}/`);
  prepareLayout(corpus, repo, pkg, scipExclude);
  const scip = await scipIndexFor(ctx, corpus, repo, plan);

  ctx.log(`resolution: ${corpusName}: pycpg full build...`);
  const build = await runFullBuild(
    ctx.repoRoot,
    repo,
    { state: join(base, "state"), out: join(base, "out") },
    {
      heartbeat: (s) => ctx.log(`resolution: ${corpusName}: pycpg build running for ${Math.round(s)} s`),
    },
  );
  ctx.log(`resolution: ${corpusName}: pycpg built in ${build.wall_s.toFixed(1)} s; comparing...`);

  const t0 = performance.now();
  const index = await readScipIndex(scip.index_file);
  const cmp = await compareResolution({
    repoDir: repo,
    index,
    out: join(base, "out"),
    state: join(base, "state"),
    workDir: join(base, "compare"),
    log: (l) => ctx.log(`resolution: ${corpusName}: ${l}`),
  });
  const compareS = (performance.now() - t0) / 1000;
  const disagreeAttributedToScip = cmp.disagree.filter((c) => /scip-python/.test(c.category)).reduce((a, c) => a + c.count, 0);
  ctx.log(
    `resolution: ${corpusName}: precision ${pct(cmp.overall.precision)}, recall ${pct(cmp.overall.recall)} over ${cmp.overall.sites} sites (${compareS.toFixed(1)} s)`,
  );
  return {
    corpus: corpusName,
    files: corpus.files.length,
    layout: `${pkg}/ in a directory of its own`,
    scip,
    pycpg_build_s: round(build.wall_s, 2),
    compare_s: round(compareS, 1),
    disagree_attributed_to_scip: disagreeAttributedToScip,
    scip_excluded: [...scipExclude],
    ...cmp,
    overall: roundScore(cmp.overall),
    calls: roundScore(cmp.calls),
    names: roundScore(cmp.names),
    locals: roundScore(cmp.locals),
  };
}

function roundScore(s: Score): Score {
  return { ...s, precision: round(s.precision, 4), recall: round(s.recall, 4) };
}

function pct(x: number): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "-";
}

function scoreRows(results: readonly CorpusResult[]): string[][] {
  const rows: string[][] = [];
  for (const r of results) {
    const parts: [string, Score, boolean][] = [
      ["calls", r.calls, true],
      ["name references", r.names, true],
      ["overall", r.overall, true],
      ["function locals (info)", r.locals, false],
    ];
    for (const [label, s, judged] of parts)
      rows.push([
        label === "calls" ? r.corpus : "",
        label,
        String(s.sites),
        String(s.pycpg_edges),
        `${s.agree} (${s.agree_definition} + ${s.agree_same_symbol})`,
        String(s.disagree),
        String(s.missing),
        pct(s.precision),
        pct(s.recall),
        judged && label === "overall" ? yesNo(s.precision >= PRECISION_TARGET) : "",
        judged && label === "overall" ? yesNo(s.recall >= RECALL_TARGET) : "",
      ]);
  }
  return rows;
}

/** Plain text for a Markdown cell: no code spans (source snippets hold quotes and backticks), markup characters escaped. */
function mdText(s: string): string {
  return s
    .replace(/`/g, "")
    .replace(/([\\*_<>[\]#])/g, "\\$1")
    .replace(/\\<br\\>/g, "<br>");
}

function categoryBlock(title: string, cats: readonly CategoryCount[], total: number, md: boolean): string {
  const shown = cats.slice(0, TOP_CATEGORIES);
  const rest = cats.slice(TOP_CATEGORIES).reduce((a, c) => a + c.count, 0);
  const rows = shown.map((c) => [String(c.count), total ? pct(c.count / total) : "-", c.category, c.examples.slice(0, md ? 2 : 3).join(md ? "<br>" : " || ")]);
  if (rest) rows.push([String(rest), total ? pct(rest / total) : "-", `${cats.length - shown.length} more categories (see the JSON)`, ""]);
  const headers = ["count", "share", "category", "examples (file:line, source, targets)"];
  const align: Align[] = ["r", "r", "l", "l"];
  if (!md) return `${title}\n${textTable(headers, rows, align)}`;
  return `${title}\n\n${mdTable(
    headers,
    rows.map((r) => r.map((c, i) => (i >= 2 ? mdText(c) : c))),
    align,
  )}`;
}

export const resolutionQualitySuite: Suite = {
  name: "resolution-quality",
  description: `CALLS/REFERENCES vs scip-python ${SCIP_PYTHON_VERSION} on django, rich and sympy (targets: precision >= ${PRECISION_TARGET * 100}%, recall >= ${RECALL_TARGET * 100}%)`,
  async run(ctx) {
    const only = (process.env.PYCPG_BENCH_RESOLUTION_CORPORA ?? "").split(",").filter((x) => x !== "");
    const selected = only.length ? CORPORA.filter((c) => only.includes(c.corpus)) : CORPORA;
    if (only.length) ctx.log(`resolution: only ${selected.map((c) => c.corpus).join(", ")} (PYCPG_BENCH_RESOLUTION_CORPORA)`);
    const results: CorpusResult[] = [];
    const failed: { corpus: CorpusName; error: string }[] = [];
    for (const plan of selected) {
      try {
        results.push(await measureCorpus(ctx, plan));
      } catch (err) {
        // One corpus failing (scip-python aborting) must not lose the others' numbers.
        const error = ((err as Error).message ?? String(err)).split("\n")[0] ?? "";
        ctx.log(`resolution: ${plan.corpus} FAILED: ${(err as Error).stack ?? err}`);
        failed.push({ corpus: plan.corpus, error });
      }
    }
    if (!results.length) throw new Error(`every corpus failed: ${failed.map((f) => `${f.corpus}: ${f.error}`).join("; ")}`);

    const headers = [
      "corpus",
      "sites",
      "scip in-repo",
      "pycpg edge",
      "agree (definition + same symbol)",
      "differ",
      "no edge",
      "precision",
      "recall",
      `precision >= ${PRECISION_TARGET * 100}%`,
      `recall >= ${RECALL_TARGET * 100}%`,
    ];
    const align: Align[] = ["l", "l", "r", "r", "r", "r", "r", "r", "r", "l", "l"];
    const rows = scoreRows(results);
    const setup = results.map(
      (r) =>
        `${r.corpus}: ${r.files} files, ${r.documents} scip documents, ${r.occurrences} occurrences; scip-python ${r.scip.cached ? `index cached (made in ${r.scip.seconds} s)` : `indexed in ${r.scip.seconds} s`}` +
        `${r.scip.internal_errors ? `, ${r.scip.internal_errors} internal errors` : ""}` +
        `${r.scip.failure ? ` (then it aborted: ${r.scip.failure}; the ${r.documents} documents it had written are compared)` : ""}; pycpg build ${r.pycpg_build_s} s; comparison ${r.compare_s} s. ` +
        `Of the ${r.overall.disagree} sites where pycpg points elsewhere, ${r.disagree_attributed_to_scip} fall in categories attributed to scip-python; ` +
        `precision without them: ${pct(r.overall.agree / (r.overall.pycpg_edges - r.disagree_attributed_to_scip))}.` +
        (r.scip_excluded.length ? ` Not indexed by scip-python (it aborts on them), so not scored: ${r.scip_excluded.join(", ")}.` : ""),
    );
    for (const f of failed) setup.push(`${f.corpus}: NOT MEASURED: ${f.error}`);
    const note =
      "A site is the position of a referenced name in a load context (a NAME_REF, an attribute's name, a call's callee name) that scip-python resolves " +
      "to a non-local symbol with a Definition occurrence in the index. pycpg agrees when one of its edges there (the REFERENCES edge of the name, the CALLS " +
      "edge of the call) points to a node whose name is at a Definition of that symbol (a module: its file), or at another occurrence of the same symbol " +
      "(another binding of the same variable, a property setter, a redefinition: scip has one symbol for them). precision = agree / pycpg edge; " +
      "recall = agree / scip in-repo. Function-local names (scip `local` symbols) are scored apart, for information. Both tools index the package " +
      "in a directory of its own (`<dir>/django/...`), as in site-packages. Definition name positions are derived by the bench from the FUNCTION/CLASS " +
      "span and the source (the graph has no name span for definitions). Categories are heuristics over both tools' answers; \"suspected scip-python " +
      "error\" means pycpg's target has the written name and scip's symbol another one.";
    const perCorpus = (md: boolean) =>
      results
        .map((r) =>
          [
            categoryBlock(`${md ? "#### " : ""}${r.corpus}: pycpg points elsewhere (${r.overall.disagree})`, r.disagree, r.overall.disagree, md),
            categoryBlock(`${md ? "#### " : ""}${r.corpus}: pycpg has no edge (${r.overall.missing})`, r.missing, r.overall.missing, md),
            categoryBlock(
              `${md ? "#### " : ""}${r.corpus}: pycpg edges where scip has no in-repo resolution (not errors; ${r.pycpg_only.reduce((a, c) => a + c.count, 0)})`,
              r.pycpg_only,
              r.pycpg_only.reduce((a, c) => a + c.count, 0),
              md,
            ),
            categoryBlock(
              `${md ? "#### " : ""}${r.corpus}: scip in-repo references at positions that are no pycpg load site (not scored; ${r.scip_refs_outside_sites.reduce((a, c) => a + c.count, 0)})`,
              r.scip_refs_outside_sites,
              r.scip_refs_outside_sites.reduce((a, c) => a + c.count, 0),
              md,
            ),
          ].join("\n\n"),
        )
        .join("\n\n");
    return {
      results: {
        targets: { precision_min: PRECISION_TARGET, recall_min: RECALL_TARGET },
        scip_python: SCIP_PYTHON_VERSION,
        corpora: Object.fromEntries(results.map((r) => [r.corpus, r])),
        failed,
      },
      text: `${textTable(headers, rows, align)}\n\n${setup.join("\n")}\n\n${perCorpus(false)}`,
      markdown: `${mdTable(headers, rows, align)}\n\n${setup.map((s) => `- ${s}`).join("\n")}\n\n${note}\n\n${perCorpus(true)}`,
    };
  },
};
