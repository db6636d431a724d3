/**
 * Runs `node bin/pycpg.js build ... [--full] --quiet` as a user would, under GNU time for the peak
 * RSS, and reads the report.json it writes. Wall time is measured here (monotonic clock around
 * the child process); GNU time's %e is kept as a cross-check.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

/** The parts of pycpg's report.json the benchmark reads. */
export interface PycpgReport {
  mode: string;
  files: { discovered: number; bytes: number; with_syntax_errors: number; by_status: Record<string, number> };
  graph: { nodes: Record<string, number>; edges: Record<string, number>; props: number };
  timings: Record<string, unknown>;
}

export interface BuildRun {
  /** Wall time of the whole process, seconds. */
  wall_s: number;
  /** GNU time's %e (seconds, 10 ms resolution), null without GNU time. */
  time_wall_s: number | null;
  /** Peak resident set size in KB: GNU time's %M or the largest sampled sum of the process tree, whichever is larger; null without GNU time. */
  peak_rss_kb: number | null;
  report: PycpgReport;
  /** Resident set size of the pycpg process and its worker processes, summed, sampled every ~200 ms (ms since spawn, KB); empty where /proc is missing. */
  rss_samples: { t_ms: number; kb: number }[];
}

/** The children of `pid` (Linux /proc), [] if unknown. */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    const out: number[] = [];
    try {
      for (const d of readdirSync("/proc")) {
        if (!/^\d+$/.test(d)) continue;
        try {
          const stat = readFileSync(`/proc/${d}/stat`, "utf8");
          const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
          if (ppid === pid) out.push(Number(d));
        } catch {
          // gone
        }
      }
    } catch {
      // no /proc
    }
    return out;
  }
}

function vmRssKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

export interface BuildDirs {
  readonly state: string;
  readonly out: string;
}

export interface BuildRunOptions {
  heartbeat?: (elapsedS: number) => void;
  heartbeatS?: number;
  extraArgs?: readonly string[];
}

/**
 * One full build of `repo` into fresh `dirs` (both are deleted first). `heartbeat` is called
 * every `heartbeatS` seconds while the build runs (progress lines for long builds).
 */
export async function runFullBuild(repoRoot: string, repo: string, dirs: BuildDirs, opts: BuildRunOptions = {}): Promise<BuildRun> {
  rmSync(dirs.state, { recursive: true, force: true });
  rmSync(dirs.out, { recursive: true, force: true });
  return runBuildProcess(repoRoot, repo, dirs, ["--full"], opts);
}

/** One incremental build of `repo` over the state a previous build left in `dirs`. */
export async function runIncrementalBuild(repoRoot: string, repo: string, dirs: BuildDirs, opts: BuildRunOptions = {}): Promise<BuildRun> {
  return runBuildProcess(repoRoot, repo, dirs, [], opts);
}

async function runBuildProcess(repoRoot: string, repo: string, dirs: BuildDirs, modeArgs: readonly string[], opts: BuildRunOptions): Promise<BuildRun> {
  mkdirSync(join(dirs.out, ".."), { recursive: true });
  const timeFile = join(dirs.out, "..", `.time-${process.pid}.txt`);
  rmSync(timeFile, { force: true });
  const cli = [
    join(repoRoot, "bin", "pycpg.js"),
    "build",
    "--repo",
    repo,
    "--state",
    dirs.state,
    "--out",
    dirs.out,
    ...modeArgs,
    "--quiet",
    ...(opts.extraArgs ?? []),
  ];
  const useTime = hasGnuTime();
  const [cmd, args] = useTime ? [GNU_TIME, ["-f", "%e %M", "-o", timeFile, process.execPath, ...cli]] : [process.execPath, cli];

  const t0 = performance.now();
  const timer = opts.heartbeat ? setInterval(() => opts.heartbeat?.((performance.now() - t0) / 1000), (opts.heartbeatS ?? 30) * 1000) : null;
  const samples: { t_ms: number; kb: number }[] = [];
  let sampler: NodeJS.Timeout | null = null;
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd: repoRoot, stdio: ["ignore", "ignore", "pipe"] });
    // The process to watch: node itself, i.e. GNU time's child when running under it.
    let watched: number | null = useTime ? null : (child.pid ?? null);
    sampler = setInterval(() => {
      if (watched === null && child.pid !== undefined) watched = childrenOf(child.pid)[0] ?? null;
      if (watched === null) return;
      // pycpg and its extraction worker processes (large builds), summed: their memory at once.
      const kb = vmRssKb(watched);
      if (kb !== null) samples.push({ t_ms: Math.round(performance.now() - t0), kb: kb + childrenOf(watched).reduce((n, c) => n + (vmRssKb(c) ?? 0), 0) });
    }, 200);
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("error", reject);
    child.on("close", (c) => resolveRun({ code: c, stderr: err }));
  });
  const wall = (performance.now() - t0) / 1000;
  if (timer) clearInterval(timer);
  if (sampler) clearInterval(sampler);
  if (code !== 0) throw new Error(`pycpg build of ${repo} exited with ${code}:\n${stderr.trim().slice(-4000)}`);

  let timeWall: number | null = null;
  let rss: number | null = null;
  if (useTime) {
    // GNU time writes "Command exited with non-zero status" lines first on failure; the last line is ours.
    const last = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
    const [e, m] = last.split(/\s+/);
    timeWall = Number(e);
    // GNU time's peak is one process's (pycpg's, or its largest child's); the samples add the
    // worker processes running beside it.
    rss = Math.max(Number(m), ...samples.map((x) => x.kb));
    rmSync(timeFile, { force: true });
  }
  const report = JSON.parse(readFileSync(join(dirs.out, "report.json"), "utf8")) as PycpgReport;
  return { wall_s: wall, time_wall_s: timeWall, peak_rss_kb: rss, report, rss_samples: samples };
}

/** The report's numeric stage timings (ms) in report order, without total_ms. */
export function stageTimings(report: PycpgReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(report.timings)) if (typeof v === "number" && k.endsWith("_ms") && k !== "total_ms") out[k] = v;
  return out;
}

export function totalMs(report: PycpgReport): number {
  const t = report.timings.total_ms;
  return typeof t === "number" ? t : Number.NaN;
}

export function sumValues(r: Record<string, number>): number {
  return Object.values(r).reduce((a, b) => a + b, 0);
}
