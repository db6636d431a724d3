/**
 * One git command with a time bound, for the action's network-touching git work (fetches of a
 * shallow checkout, merge bases, temporary worktrees). Never prompts (GIT_TERMINAL_PROMPT=0),
 * kills the whole process group on time-out (a fetch starts helpers: remote-https, upload-pack),
 * and keeps stderr so a failure can say why.
 */
import { spawn } from "node:child_process";

export interface GitResult {
  /** Exit code; null when killed (time-out) or when git could not be started. */
  code: number | null;
  stdout: string;
  /** The end of stderr (at most 4 KiB), trimmed. */
  stderr: string;
  timedOut: boolean;
  /** Set when git could not be started at all (e.g. not installed). */
  spawnError: string | null;
  ms: number;
}

export interface GitRunOptions {
  timeoutMs: number;
  env?: Record<string, string>;
}

const STDERR_KEEP = 4096;

/** The environment every git call of the action gets: no prompt, no pager, messages in English. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never", GIT_PAGER: "cat", LC_ALL: "C", ...extra };
}

export function runGit(cwd: string, args: readonly string[], opts: GitRunOptions): Promise<GitResult> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    let timedOut = false;
    let spawnError: string | null = null;
    const out: Buffer[] = [];
    let err = "";
    const child = spawn("git", args, { cwd, env: gitEnv(opts.env), stdio: ["ignore", "pipe", "pipe"], detached: true });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, opts.timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => {
      err += b.toString("utf8");
      if (err.length > 2 * STDERR_KEEP) err = err.slice(-STDERR_KEEP);
    });
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      // A time-out killed the group; make sure nothing it started outlives us.
      if (timedOut) killGroup(child.pid);
      resolve({
        code: timedOut ? null : code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: err.slice(-STDERR_KEEP).trim(),
        timedOut,
        spawnError,
        ms: Math.round(performance.now() - t0),
      });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** A one-line account of a failed git call, for messages: what ran, how it ended, git's own words. */
export function describeFailure(args: readonly string[], r: GitResult, timeoutMs: number): string {
  const cmd = `git ${args.filter((a) => a !== "-c" && !a.startsWith("core.hooksPath")).join(" ")}`;
  if (r.spawnError) return `${cmd} could not start (${r.spawnError}); is git installed?`;
  if (r.timedOut) return `${cmd} timed out after ${(timeoutMs / 1000).toFixed(1)} s`;
  const said = r.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("From ") && !l.startsWith("hint:"))
    .slice(-3)
    .join(" / ");
  return `${cmd} exited with ${r.code}${said ? `: ${said}` : ""}`;
}
