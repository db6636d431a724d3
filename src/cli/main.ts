/**
 * The `pycpg` command line: build, query, demo. A thin front door: it parses arguments into
 * options, calls the pipeline, prints, and maps errors to exit codes (0 ok, 1 failure, 2 usage).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_MAX_FILE_BYTES, makeBuildOptions } from "../config/build-options.ts";
import { PACKAGE_ROOT, TOOL_VERSION } from "../config/package-root.ts";
import { runBuild } from "../pipeline/run-build.ts";
import { runVerify } from "../pipeline/run-verify.ts";
import type { BuildReport } from "../report/build-report.ts";
import { renderPrComment } from "../report/pr-comment.ts";
import { SCIP_PYTHON_VERSION } from "../scip/run-scip-python.ts";
import { DEFAULT_SCIP_TIMEOUT_S, parseScipMode } from "../scip/scip-layer.ts";
import { UsageError, UserError } from "../util/errors.ts";
import { type Progress, SILENT_PROGRESS, streamProgress } from "../util/progress.ts";
import { DEFAULT_MAX_ROWS, formatTable } from "./format-table.ts";
import { openQueryDb, runQuery, streamResult } from "./query-command.ts";
import { atomicFileOut, FORMATS, type OutputFormat, resultSink, wroteLine } from "./query-output.ts";

const USAGE = `pycpg ${TOOL_VERSION}: a code property graph of a Python repository, as Parquet.

Usage:
  pycpg build [--repo DIR] [--state DIR] [--out DIR] [--full] [--include GLOB]... [--exclude GLOB]...
              [--max-file-bytes N] [--python-path DIR]... [--scip off|auto|PATH] [--scip-timeout S]
              [--threads N] [--base REV] [--head REV] [--quiet]
  pycpg query [--out DIR] [--format table|csv|json|jsonl|markdown] [--max-rows N] [--output FILE] "SQL"
  pycpg verify [--repo DIR] [--out DIR] [--include GLOB]... [--exclude GLOB]... [--max-file-bytes N] [--python-path DIR]...
               [--scip off|auto|PATH]
  pycpg demo  [--dir DIR] [--quiet]
  pycpg --help | --version

Commands:
  build   Build the CPG of --repo (default .). State goes to --state (default <repo>/.pycpg/state),
          the published tables (folders cpg_nodes/, cpg_edges/, cpg_props/, diff_report/ of
          Parquet files, report.json, report.md) to --out (default <repo>/.pycpg/out).
          Later builds with the same state are incremental: only what the change can affect is
          recomputed (--full forces a rebuild).
  query   Run DuckDB SQL over the CPG published in --out (default .pycpg/out); the views cpg_nodes,
          cpg_edges, cpg_props (and snapshot, diff_report) exist. The table shows at most --max-rows
          rows (default ${DEFAULT_MAX_ROWS}: the first and the last ones, with a "N rows, M shown" footer);
          csv, json (an array), jsonl (one object per line; --json is short for it) and markdown
          stream every row. --output FILE writes there instead of stdout, atomically.
  verify  Rebuild fully in a temporary directory and compare every published table with --out;
          exit 1 with a per-table, per-file summary when they differ.
  demo    Build the sample repository shipped in fixtures/ in a scratch git copy (.pycpg/demo), commit
          a signature change, build incrementally and print the PR comment the Action would post
          (--dir: another scratch directory; it is emptied first).

Options:
  --include/--exclude GLOB   Only / never these paths (repeatable; "**" spans directories).
  --max-file-bytes N         Skip files larger than N bytes, with a diagnostic (default ${DEFAULT_MAX_FILE_BYTES}).
  --python-path DIR          An import root the configuration does not declare (repeatable; relative to
                             the repository): searched right after the importer's own directory, like
                             PYTHONPATH. Roots declared in pyproject.toml, setup.cfg, setup.py, pytest,
                             mypy and pyright settings of the repository and nested projects are read
                             without it.
  --scip off|auto|PATH       The SCIP layer (default off): auto runs scip-python ${SCIP_PYTHON_VERSION} over the repository
                             (a Node heap of 3/4 of the memory, at most 16 GB; PYCPG_SCIP_HEAP_MB overrides),
                             PATH ingests an index.scip made elsewhere. Adds scip_occurrences, scip_symbols and
                             scip_alignment beside the CPG tables, SYMBOL nodes and edges with resolver 'scip'.
                             If no index can be had, the build goes on without the layer and says why.
  --scip-timeout S           Time limit of the scip-python run, seconds (default ${DEFAULT_SCIP_TIMEOUT_S}).
  --threads N                Parsing threads (default: one per core).
  --base REV                 The commit the saved state was built from, when the state records none
                             this clone has (git proposes the changes since REV; hashes decide).
  --head REV                 The commit to build: refuse to run unless the checkout is at REV.
  --quiet                    No progress output.

Exit status: 0 success, 1 failure, 2 usage error.`;

export interface CliIo {
  out: (s: string) => void;
  /** Like `out`, resolving when the text is accepted (back-pressure for large query results); default: `out`. */
  write?: (s: string) => Promise<void>;
  /** The terminal's width when stdout is one: query tables are narrowed to fit it. */
  columns?: number;
  err: NodeJS.WriteStream;
}

function intOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} takes a whole number, got "${v}"`);
  return Number(v);
}

function summaryLine(r: BuildReport): string {
  const nodes = Object.values(r.graph.nodes).reduce((a, b) => a + b, 0);
  const edges = Object.values(r.graph.edges).reduce((a, b) => a + b, 0);
  return `pycpg: ${r.mode} build of ${r.files.discovered} files: ${nodes} nodes, ${edges} edges, ${r.graph.props} props, ${r.diagnostics.total} diagnostics in ${((r.timings.total_ms as number) / 1000).toFixed(2)} s`;
}

const BUILD_FLAGS = {
  repo: { type: "string" },
  state: { type: "string" },
  out: { type: "string" },
  full: { type: "boolean" },
  include: { type: "string", multiple: true },
  exclude: { type: "string", multiple: true },
  "max-file-bytes": { type: "string" },
  "python-path": { type: "string", multiple: true },
  scip: { type: "string" },
  "scip-timeout": { type: "string" },
  threads: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  quiet: { type: "boolean" },
} as const;

function buildOptionsFrom(args: string[]) {
  const { values } = parseArgs({ args, options: BUILD_FLAGS, strict: true });
  const options = makeBuildOptions({
    repo: values.repo,
    state: values.state,
    out: values.out,
    full: values.full,
    include: values.include,
    exclude: values.exclude,
    maxFileBytes: intOption(values["max-file-bytes"], "--max-file-bytes"),
    pythonPath: values["python-path"],
    scip: parseScipMode(values.scip, process.cwd()),
    scipTimeoutS: intOption(values["scip-timeout"], "--scip-timeout"),
    threads: intOption(values.threads, "--threads"),
    base: values.base,
    head: values.head,
  });
  return { options, quiet: values.quiet ?? false };
}

async function build(args: string[], io: CliIo): Promise<void> {
  const { options, quiet } = buildOptionsFrom(args);
  const progress: Progress = quiet ? SILENT_PROGRESS : streamProgress(io.err);
  const report = await runBuild(options, { progress });
  const scip = report.scip;
  const scipLine =
    scip && scip.status === "failed"
      ? `scip: built WITHOUT the SCIP layer: ${scip.reason}\n`
      : scip && scip.status === "ok"
        ? `scip: ${scip.documents} documents, ${scip.occurrences} occurrences${scip.changed_documents != null ? `, ${scip.changed_documents} changed` : ""}\n`
        : "";
  io.out(`${summaryLine(report)}\n${scipLine}report: ${join(options.out, "report.md")}\n`);
}

/** Returns the exit code: 0 when the output equals a full rebuild, 1 otherwise. */
async function verify(args: string[], io: CliIo): Promise<number> {
  const { options, quiet } = buildOptionsFrom(args);
  const result = await runVerify(options, quiet ? SILENT_PROGRESS : streamProgress(io.err));
  for (const t of result.tables) {
    io.out(`${t.table}: ${t.extra === 0 && t.missing === 0 ? "equal" : `${t.extra} extra, ${t.missing} missing rows`}\n`);
    for (const f of t.files) io.out(`  ${f.path}: ${f.extra} extra, ${f.missing} missing\n`);
  }
  io.out(
    result.equal
      ? "verify: the output equals a full rebuild\n"
      : "verify: the output DIFFERS from a full rebuild; run `pycpg build --full` to repair it, and please report this\n",
  );
  return result.equal ? 0 : 1;
}

const QUERY_FLAGS = {
  out: { type: "string" },
  format: { type: "string" },
  json: { type: "boolean" },
  output: { type: "string" },
  "max-rows": { type: "string" },
} as const;

/**
 * SQL often starts with "-- a comment": such an argument (one with whitespace in it, which no
 * option has) is moved after "--" so that parseArgs takes it as the SQL, not as an unknown option.
 */
function sqlAfterDashes(args: readonly string[], flags: Record<string, { type: string }>): string[] {
  const options: string[] = [];
  const sql: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--") {
      sql.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith("-") && !/\s/.test(a)) {
      options.push(a);
      if (flags[a.replace(/^--?/, "")]?.type === "string" && i + 1 < args.length) options.push(args[++i] as string);
    } else sql.push(a);
  }
  return [...options, "--", ...sql];
}

async function query(args: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({ args: sqlAfterDashes(args, QUERY_FLAGS), options: QUERY_FLAGS, allowPositionals: true, strict: true });
  if (positionals.length !== 1)
    throw new UsageError('query takes exactly one SQL string, e.g. pycpg query "SELECT kind, count(*) FROM cpg_nodes GROUP BY kind"');
  const sql = positionals[0] as string;
  if (sql.trim() === "") throw new UsageError('query got an empty SQL string, e.g. pycpg query "SELECT kind, count(*) FROM cpg_nodes GROUP BY kind"');
  if (values.json && values.format !== undefined && values.format !== "jsonl")
    throw new UsageError(`--json is --format jsonl; it cannot be combined with --format ${values.format}`);
  const format = (values.json ? "jsonl" : (values.format ?? "table")) as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes one of ${FORMATS.join(", ")}; got "${values.format}"`);
  const maxRows = intOption(values["max-rows"], "--max-rows") ?? DEFAULT_MAX_ROWS;
  if (values["max-rows"] !== undefined && format !== "table")
    throw new UsageError(`--max-rows bounds the table display; --format ${format} writes every row (use LIMIT in the SQL to get fewer)`);
  const db = await openQueryDb(resolve(values.out ?? ".pycpg/out"));
  try {
    if (values.output === undefined) {
      await streamResult(db, sql, resultSink(format, { write: io.write ?? (async (s) => io.out(s)) }, maxRows, io.columns));
      return;
    }
    const file = resolve(values.output);
    const target = atomicFileOut(file);
    let rows: number;
    try {
      rows = await streamResult(db, sql, resultSink(format, target, maxRows));
      target.commit();
    } catch (err) {
      target.abort();
      throw err;
    }
    io.err.write(wroteLine(rows, file));
  } finally {
    db.close();
  }
}

/** The demo's change: a signature change of an exported function (and its shadowed twin goes). */
const DEMO_EDIT: [string, string, string] = ["shop/pricing.py", "def percent(value) -> Decimal:\n    return Decimal(value) / 100\n\n\n", ""];
const DEMO_EDIT_2: [string, string, string] = [
  "shop/pricing.py",
  "# Redefinition: the later definition wins at import time.\ndef percent(value, /, places: int = 4) -> Decimal:",
  "def percent(value, /, *, places: int = 2) -> Decimal:",
];

const DEMO_QUERY = `SELECT c.name AS call, f.qname AS inside_function, c.start_line AS line
FROM cpg_nodes c
JOIN cpg_edges e ON e.kind = 'CALLS' AND e.src = c.node_id
JOIN cpg_nodes t ON t.node_id = e.dst AND t.qname = 'shop.pricing.percent'
LEFT JOIN cpg_edges x ON x.kind = 'CONTAINS' AND x.dst = c.node_id
LEFT JOIN cpg_nodes f ON f.node_id = x.src
ORDER BY f.qname, line`;

function demoGit(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=pycpg demo", "-c", "user.email=demo@example.invalid", "-c", "commit.gpgsign=false", ...args], {
    cwd: dir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/**
 * The product in one command: build the sample repository in a scratch git copy, commit a
 * signature change that ripples, build incrementally, and print the PR comment the action would post.
 */
async function demo(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({ args, options: { quiet: { type: "boolean" }, dir: { type: "string" } }, strict: true });
  const work = resolve(values.dir ?? ".pycpg/demo");
  const repo = join(work, "repo");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(PACKAGE_ROOT, "fixtures", "sample-repo"), repo, {
    recursive: true,
    filter: (src) => !/(^|[/\\])(__pycache__|\.pytest_cache|\.mypy_cache|\.git)([/\\]|$)|\.pyc$/.test(src),
  });
  let git = true;
  try {
    demoGit(repo, "init", "-q", "-b", "main");
    demoGit(repo, "add", "-A");
    demoGit(repo, "commit", "-q", "-m", "sample shop");
  } catch {
    git = false; // no git: the change is found from content hashes instead
  }
  const base = git ? demoGit(repo, "rev-parse", "HEAD").trim() : null;
  const options = makeBuildOptions({ repo, state: join(work, "state"), out: join(work, "out") });
  const progress: Progress = values.quiet ? SILENT_PROGRESS : streamProgress(io.err);
  const first = await runBuild(options, { progress });
  io.out(`1. ${summaryLine(first)}\n`);

  for (const [path, from, to] of [DEMO_EDIT, DEMO_EDIT_2]) {
    const abs = join(repo, path);
    const before = readFileSync(abs, "utf8");
    if (!before.includes(from)) throw new Error(`the demo's edit no longer applies to ${path}: update DEMO_EDIT in src/cli/main.ts`);
    writeFileSync(abs, before.replace(from, to));
  }
  let head: string | null = null;
  if (git) {
    demoGit(repo, "commit", "-q", "-am", "pricing: percent() takes places as keyword-only, default 2; drop the shadowed definition");
    head = demoGit(repo, "rev-parse", "HEAD").trim();
  }
  io.out(`2. commit: shop/pricing.py: percent(value, /, places: int = 4) -> percent(value, /, *, places: int = 2)\n`);
  const second = await runBuild(options, { progress });
  io.out(`3. ${summaryLine(second)}\n\nThe pull-request comment the GitHub Action would post:\n\n`);
  const comment = renderPrComment({
    report: second,
    header: "pycpg",
    context: { runUrl: null, artifactUrl: null, cache: "local state", baseSha: base, headSha: head, notices: [] },
  });
  io.out(`${"-".repeat(100)}\n${comment}${"-".repeat(100)}\n\n`);
  const result = await runQuery(options.out, DEMO_QUERY);
  io.out(`Who calls shop.pricing.percent now (pycpg query --out ${options.out} "..."):\n\n${formatTable(result.rows, result.columns)}\n\n`);
  io.out(
    `Scratch repository: ${repo}\nState: ${options.state}\nCPG (Parquet folders, report.json, report.md): ${options.out}\n` +
      `Try: pycpg query --out ${options.out} "SELECT kind, count(*) FROM cpg_nodes GROUP BY kind"\n`,
  );
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "--help":
      case "-h":
      case "help":
        io.out(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      case "--version":
      case "-V":
        io.out(`${TOOL_VERSION}\n`);
        return 0;
      case "build":
        await build(rest, io);
        return 0;
      case "query":
        await query(rest, io);
        return 0;
      case "demo":
        await demo(rest, io);
        return 0;
      case "verify":
        return await verify(rest, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.err.write(`pycpg: ${(err as Error).message}\nRun \`pycpg --help\` for usage.\n`);
      return 2;
    }
    if (err instanceof UserError) {
      io.err.write(`pycpg: ${err.message}\n`);
      return 1;
    }
    io.err.write(`pycpg: internal error: ${(err as Error).stack ?? String(err)}\nThis is a bug in pycpg; please report it with the command you ran.\n`);
    return 1;
  }
}
