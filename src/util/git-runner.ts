/**
 * The git commands a run asks, asked at once. A build asks git four or five questions (is the
 * repository a work tree and which commit is checked out: one process, `probeRepo`; which files
 * are there; what changed since the state's commit and since that one), each a process of 3-40 ms
 * (and ~15 ms of the Node process's own time to start it); asked one after another they took ~60
 * ms of a ~150 ms run that found nothing to do. `prefetch` starts several together and
 * keeps their answers; `run` returns a kept answer, or runs the command then and there.
 */
import { execFile, execFileSync } from "node:child_process";

/** A command's answer: its standard output (also when it exits non-zero), and the failure if any. */
type Answer = { readonly out: Buffer; readonly err?: unknown };

export class GitRunner {
  private readonly answers = new Map<string, Answer>();

  constructor(readonly cwd: string) {}

  /** Runs the commands at the same time; resolves (never rejects) once every one has ended. */
  async prefetch(commands: readonly (readonly string[])[]): Promise<void> {
    await Promise.all(
      commands.map(
        (args) =>
          new Promise<void>((resolve) => {
            execFile("git", [...args], { cwd: this.cwd, encoding: "buffer", maxBuffer: 1 << 30 }, (err, stdout) => {
              this.answers.set(key(args), err ? { out: stdout ?? Buffer.alloc(0), err } : { out: stdout });
              resolve();
            });
          }),
      ),
    );
  }

  /** The command's standard output: the prefetched one, else from running it now. Throws when git fails. */
  run(args: readonly string[]): Buffer {
    const a = this.answer(args);
    if (a.err !== undefined) throw a.err;
    return a.out;
  }

  /** The command's standard output whether it succeeded or not (empty when git could not run). */
  output(args: readonly string[]): Buffer {
    return this.answer(args).out;
  }

  /** The prefetched answer, else the command run now. */
  private answer(args: readonly string[]): Answer {
    const kept = this.answers.get(key(args));
    if (kept !== undefined) return kept;
    try {
      return { out: execFileSync("git", [...args], { cwd: this.cwd, maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] }) };
    } catch (err) {
      const out = (err as { stdout?: unknown }).stdout;
      return { out: Buffer.isBuffer(out) ? out : Buffer.alloc(0), err };
    }
  }
}

function key(args: readonly string[]): string {
  return args.join("\0");
}

/**
 * One `git rev-parse` for two questions: is the directory inside a work tree (first line:
 * true/false), and which commit is checked out (second line; none in a repository without
 * commits, where git exits 1 after the first line; outside a repository it prints nothing).
 */
export const REPO_PROBE_ARGS = ["rev-parse", "--is-inside-work-tree", "--verify", "-q", "HEAD^{commit}"] as const;

/** Whether the runner's directory is inside a git work tree, and the commit checked out there (null: none). */
export function probeRepo(git: GitRunner): { workTree: boolean; head: string | null } {
  const [inside, head] = git.output(REPO_PROBE_ARGS).toString().split("\n");
  return { workTree: inside?.trim() === "true", head: head && /^[0-9a-f]{40,64}$/.test(head.trim()) ? head.trim() : null };
}
