/**
 * Git's view of what changed since the commit a state was built from: the proposal the change
 * set confirms with content hashes. Paths are relative to the repository directory pycpg was
 * given (which may be a subdirectory of the work tree).
 */
import { GitRunner, probeRepo } from "../util/git-runner.ts";
import type { GitProposal } from "./change-set.ts";

/** `git diff` of the Python paths changed since `since` (gitProposal). */
export function diffSinceArgs(since: string): string[] {
  return ["diff", "--name-status", "-M", "-z", "--relative", "--no-ext-diff", since, "--", "*.py"];
}

/** The commit checked out in `repo`, or null outside git (or in a repository without commits). */
export function headCommit(repo: string, git = new GitRunner(repo)): string | null {
  return probeRepo(git).head;
}

/** The commit `rev` names in `repo`, or null when it names none there. */
export function resolveCommit(repo: string, rev: string): string | null {
  try {
    return (
      new GitRunner(repo)
        .run(["rev-parse", "--verify", "-q", `${rev}^{commit}`])
        .toString()
        .trim() || null
    );
  } catch {
    return null;
  }
}

/**
 * Python paths that differ between `commit` and the work tree, plus untracked ones (`untracked`:
 * the untracked paths when the caller already has them from discovery).
 */
export function dirtyPaths(repo: string, commit: string, untracked: ReadonlySet<string> | null = null, git = new GitRunner(repo)): string[] {
  const proposal = gitProposal(repo, commit, [], untracked, git);
  return proposal ? [...proposal.dirty] : [];
}

/**
 * What changed between `since` and the work tree (committed, staged, unstaged and untracked
 * changes), with renames. `alsoCandidates` are paths that were dirty when the state was built
 * (they may have been reverted since). Returns null when git cannot answer (no git, or `since`
 * is not in this clone, e.g. a shallow checkout): the caller then screens files by stat data.
 */
export function gitProposal(
  repo: string,
  since: string,
  alsoCandidates: readonly string[],
  untracked: ReadonlySet<string> | null = null,
  git = new GitRunner(repo),
): (GitProposal & { readonly dirty: readonly string[] }) | null {
  try {
    // A commit missing from the clone (shallow checkout) makes git diff fail: null below.
    const diff = git.run(diffSinceArgs(since)).toString("utf8").split("\0");
    const candidates = new Set<string>();
    const renames = new Map<string, string>();
    for (let i = 0; i < diff.length; ) {
      const status = diff[i++];
      if (!status) continue;
      if (status.startsWith("R") || status.startsWith("C")) {
        const from = diff[i++] as string;
        const to = diff[i++] as string;
        candidates.add(to);
        if (status.startsWith("R")) {
          candidates.add(from);
          renames.set(to, from);
        }
      } else candidates.add(diff[i++] as string);
    }
    const others = untracked ?? git.run(["ls-files", "--others", "--exclude-standard", "-z", "--", "*.py"]).toString("utf8").split("\0");
    for (const p of others) if (p) candidates.add(p);
    // What git itself reports (the next state's `dirty`), before the earlier dirty paths join.
    const dirty = [...candidates].sort();
    for (const p of alsoCandidates) candidates.add(p);
    return { candidates, renames, dirty };
  } catch {
    return null;
  }
}
