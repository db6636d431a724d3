/**
 * Suite `query-output`: `node bin/pycpg.js query` as a user runs it over a large published CPG
 * (the CPython standard library, ~1,790 files), under GNU time for the peak RSS:
 * - the bounded table (stdout to /dev/null) of `SELECT * FROM` each published table;
 * - `SELECT node_id, kind, path FROM cpg_nodes` (~1.75M rows, the query that used to crash) in
 *   every streaming format, to --output in the bench's cache, with the row count checked;
 * - the same rows four times over (~7M) as CSV: bounded memory means the same peak RSS;
 * - DuckDB's own `COPY ... TO (FORMAT csv)` of those rows, in-process, as the native reference;
 * - every example query of docs/schema.md as the table (the row count is the one pycpg prints).
 * Best of REPEATS runs per case. Uses the stdlib build kept in <bench root>/builds/stdlib (any
 * dist/ made it: only the published tables matter here), building it once when there is none.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { hasGnuTime, runFullBuild } from "../lib/pycpg.ts";
import { min as minOf, round } from "../lib/stats.ts";
import { keptBuildDirs, markKeptBuild, type Suite, type SuiteContext } from "../lib/suite.ts";
import { type Align, mb, mdTable, rssMb, secs, textTable } from "../lib/table.ts";

export const REPEATS = 2;
const NODES_SQL = "SELECT node_id, kind, path FROM cpg_nodes";
const TIMES = 4;
const SCALED_SQL = `SELECT n.node_id, n.kind, n.path FROM cpg_nodes n, range(${TIMES}) r(k)`;

interface CaseResult {
  case: string;
  format: string;
  sql: string;
  rows: number;
  wall_s: number[];
  best_wall_s: number;
  peak_rss_kb: number | null;
  /** User + system CPU seconds of the fastest run (GNU time %U + %S). */
  cpu_s: number | null;
  output_bytes: number | null;
}

async function ensureStdlibBuild(ctx: SuiteContext): Promise<{ out: string; rebuilt: boolean }> {
  const dirs = keptBuildDirs(ctx.root, "stdlib");
  if (existsSync(join(dirs.out, "report.json")) && existsSync(join(dirs.out, "cpg_nodes"))) return { out: dirs.out, rebuilt: false };
  const corpus = ctx.corpus("stdlib");
  ctx.log("query-output: no stdlib build is kept; building it once...");
  const run = await runFullBuild(ctx.repoRoot, corpus.dir, dirs);
  markKeptBuild(ctx.root, "stdlib", corpus.commit, ctx.machine.dist_sha256);
  ctx.log(`query-output: stdlib built in ${run.wall_s.toFixed(1)} s`);
  return { out: dirs.out, rebuilt: true };
}

/** One `pycpg query` process; stdout discarded. Returns wall seconds, peak RSS and stderr. */
async function runQueryProcess(
  ctx: SuiteContext,
  args: readonly string[],
): Promise<{ wall_s: number; peak_rss_kb: number | null; cpu_s: number | null; stderr: string; stdoutTail: string }> {
  const timeFile = join(ctx.root, `.query-time-${process.pid}.txt`);
  rmSync(timeFile, { force: true });
  const cli = [join(ctx.repoRoot, "bin", "pycpg.js"), "query", ...args];
  const useTime = hasGnuTime();
  const [cmd, argv] = useTime ? ["/usr/bin/time", ["-f", "%e %M %U %S", "-o", timeFile, process.execPath, ...cli]] : [process.execPath, cli];
  const t0 = performance.now();
  const { code, stderr, tail } = await new Promise<{ code: number | null; stderr: string; tail: string }>((resolveRun, reject) => {
    const child = spawn(cmd, argv, { cwd: ctx.root, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    let last = "";
    child.stdout.on("data", (d: Buffer) => {
      last = (last + d.toString()).slice(-2000);
    });
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (c) => resolveRun({ code: c, stderr: err, tail: last }));
  });
  const wall = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`pycpg query ${args.join(" ")} exited with ${code}: ${stderr.trim().slice(-2000)}`);
  let rss: number | null = null;
  let cpu: number | null = null;
  if (useTime) {
    const last = (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "").split(/\s+/);
    rss = Number(last[1]);
    cpu = Number(last[2]) + Number(last[3]);
    rmSync(timeFile, { force: true });
  }
  return { wall_s: wall, peak_rss_kb: rss, cpu_s: cpu, stderr, stdoutTail: tail };
}

/** The example queries of docs/schema.md (its sql blocks), each with its first comment line as a title. */
function schemaExamples(repoRoot: string): { title: string; sql: string }[] {
  const doc = readFileSync(join(repoRoot, "docs", "schema.md"), "utf8");
  return [...doc.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => {
    const sql = (m[1] as string).trim();
    return { title: /^--\s*(.*)/.exec(sql)?.[1] ?? sql.slice(0, 40), sql };
  });
}

const rowsWritten = (stderr: string) => Number(/wrote ([\d,]+) rows?/.exec(stderr)?.[1]?.replace(/,/g, "") ?? Number.NaN);
const rowsInTable = (tail: string) => Number(/\(([\d,]+) rows?(, \d+ shown)?\)\s*$/.exec(tail)?.[1]?.replace(/,/g, "") ?? Number.NaN);

export const queryOutputSuite: Suite = {
  name: "query-output",
  description: `pycpg query over the stdlib CPG: bounded table of each table, ~1.75M rows streamed as csv/json/jsonl/markdown, ~7M as csv (best of ${REPEATS}, peak RSS)`,
  async run(ctx) {
    const { out, rebuilt } = await ensureStdlibBuild(ctx);
    const instance = await DuckDBInstance.create(":memory:");
    const con = await instance.connect();
    const expected = new Map<string, number>();
    let copyMs = Number.NaN;
    const copyFile = join(ctx.root, "query-output-duckdb-copy.csv");
    try {
      for (const t of ["cpg_nodes", "cpg_edges", "cpg_props"]) {
        await con.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(out, t, "*.parquet")}')`);
        const r = await con.runAndReadAll(`SELECT count(*) FROM ${t}`);
        expected.set(t, Number(r.getRows()[0]?.[0]));
      }
      const t0 = performance.now();
      await con.run(`COPY (${NODES_SQL}) TO '${copyFile}' (FORMAT csv, HEADER)`);
      copyMs = performance.now() - t0;
    } finally {
      con.closeSync();
      instance.closeSync();
    }
    const copyBytes = statSync(copyFile).size;
    rmSync(copyFile, { force: true });
    const nodeRows = expected.get("cpg_nodes") ?? Number.NaN;

    const cases: { name: string; format: string; sql: string; rows: number; file: boolean }[] = [
      ...["cpg_nodes", "cpg_edges", "cpg_props"].map((t) => ({
        name: `SELECT * FROM ${t}`,
        format: "table",
        sql: `SELECT * FROM ${t}`,
        rows: expected.get(t) ?? 0,
        file: false,
      })),
      ...["csv", "json", "jsonl", "markdown"].map((f) => ({ name: "node_id, kind, path", format: f, sql: NODES_SQL, rows: nodeRows, file: true })),
      { name: "node_id, kind, path", format: "table", sql: NODES_SQL, rows: nodeRows, file: false },
      { name: `node_id, kind, path x${TIMES}`, format: "csv", sql: SCALED_SQL, rows: nodeRows * TIMES, file: true },
      ...schemaExamples(ctx.repoRoot).map((e, i) => ({
        name: `schema.md example ${i + 1}: ${e.title}`,
        format: "table",
        sql: e.sql,
        rows: Number.NaN,
        file: false,
      })),
    ];
    const results: CaseResult[] = [];
    for (const c of cases) {
      const file = join(ctx.root, `query-output.${c.format}`);
      const walls: number[] = [];
      let rss: number | null = null;
      let bytes: number | null = null;
      let cpuOfBest: number | null = null;
      for (let i = 0; i < REPEATS; i++) {
        const args = ["--out", out, "--format", c.format, ...(c.file ? ["--output", file] : []), c.sql];
        ctx.log(`query-output: ${c.name} as ${c.format} (run ${i + 1}/${REPEATS})`);
        const r = await runQueryProcess(ctx, args);
        const got = c.file ? rowsWritten(r.stderr) : rowsInTable(r.stdoutTail);
        if (Number.isNaN(c.rows)) c.rows = got;
        if (Number.isNaN(got) || got !== c.rows) throw new Error(`query-output: ${c.name} as ${c.format}: ${got} rows, expected ${c.rows}`);
        if (walls.length === 0 || r.wall_s < minOf(walls)) cpuOfBest = r.cpu_s;
        walls.push(r.wall_s);
        if (r.peak_rss_kb !== null) rss = Math.max(rss ?? 0, r.peak_rss_kb);
        if (c.file) bytes = statSync(file).size;
      }
      rmSync(file, { force: true });
      results.push({
        case: c.name,
        format: c.format,
        sql: c.sql,
        rows: c.rows,
        wall_s: walls.map((w) => round(w, 2)),
        best_wall_s: round(minOf(walls), 2),
        peak_rss_kb: rss,
        cpu_s: cpuOfBest === null ? null : round(cpuOfBest, 2),
        output_bytes: bytes,
      });
    }

    const headers = ["query", "format", "rows", "best wall (s)", "CPU user+sys (s)", "peak RSS (MiB)", "output (MB)"];
    const align: Align[] = ["l", "l", "r", "r", "r", "r", "r"];
    const rows = results.map((r) => [
      r.case,
      r.format,
      String(r.rows),
      secs(r.best_wall_s),
      r.cpu_s === null ? "-" : secs(r.cpu_s),
      rssMb(r.peak_rss_kb),
      r.output_bytes === null ? "-" : mb(r.output_bytes),
    ]);
    rows.splice(
      cases.findIndex((c) => c.name.startsWith("schema.md")),
      0,
      ["node_id, kind, path (DuckDB COPY, in-process)", "csv", String(nodeRows), secs(copyMs / 1000), "-", "-", mb(copyBytes)],
    );
    const note =
      `Each row is one \`node bin/pycpg.js query --out OUT --format F [--output FILE] "SQL"\` process (best of ${REPEATS}; CPU is GNU time's user + system seconds of that run, all threads, which on a loaded machine says more than the wall time; peak RSS is the largest of the runs), ` +
      `over the published CPG of the CPython standard library (corpus \`stdlib\`${rebuilt ? ", built for this run" : ", the kept build"}). ` +
      "Tables go to stdout (discarded) and print 40 of the rows; the other formats write every row to a file; the row count printed by pycpg is checked against DuckDB's count. " +
      `The x${TIMES} row repeats every node ${TIMES} times: with streaming, its peak RSS stays that of the x1 run. ` +
      "The DuckDB COPY row is DuckDB's own CSV writer on the same rows, for reference (no process start-up, no JS). " +
      "The schema.md rows are the example queries of docs/schema.md, shown as the bounded table.";
    return {
      results: { corpus: "stdlib", out, repeats: REPEATS, cases: results, duckdb_copy_csv_ms: round(copyMs, 1), duckdb_copy_csv_bytes: copyBytes },
      text: textTable(headers, rows, align),
      markdown: `${mdTable(headers, rows, align)}\n\n${note}`,
    };
  },
};
