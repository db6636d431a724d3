/**
 * GitRunner: prefetched answers are the ones git gives when asked then and there, a failure is
 * rethrown when the answer is used, and a command not prefetched still runs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { git, gitInitCommit, scratchRoot } from "../../test/support/cpg-build.ts";
import { GitRunner, probeRepo, REPO_PROBE_ARGS } from "./git-runner.ts";

const scratch = scratchRoot("git-runner");
afterAll(() => scratch.cleanup());

describe("GitRunner", () => {
  it("answers prefetched commands as git does, rethrows a failed one, and runs the others when asked", async () => {
    const repo = scratch.dir("repo");
    writeFileSync(join(repo, "a.py"), "x = 1\n");
    gitInitCommit(repo);
    writeFileSync(join(repo, "b.py"), "y = 2\n");
    const ls = ["ls-files", "-z", "--cached", "--others", "--", "*.py"];
    const head = ["rev-parse", "HEAD"];
    const bad = ["rev-parse", "--verify", "-q", "no-such-ref^{commit}"];
    const names = (out: Buffer) => out.toString().split("\0").filter(Boolean).sort();
    const runner = new GitRunner(repo);
    await runner.prefetch([ls, head, bad]);
    expect(names(runner.run(ls))).toEqual(["a.py", "b.py"]);
    expect(runner.run(head).toString().trim()).toBe(git(repo, "rev-parse", "HEAD").trim());
    expect(() => runner.run(bad)).toThrow();
    // the answer is the prefetched one: a file added since is not in it, but is for a fresh runner
    writeFileSync(join(repo, "c.py"), "z = 3\n");
    expect(names(runner.run(ls))).toEqual(["a.py", "b.py"]);
    expect(names(new GitRunner(repo).run(ls))).toEqual(["a.py", "b.py", "c.py"]);
    // not prefetched: run when asked
    expect(runner.run(["rev-parse", "--is-inside-work-tree"]).toString().trim()).toBe("true");
  });

  it("probeRepo answers both questions from one process: in a work tree, in one without commits, outside git, inside .git", async () => {
    const repo = scratch.dir("probe-repo");
    writeFileSync(join(repo, "a.py"), "x = 1\n");
    gitInitCommit(repo);
    const unborn = scratch.dir("probe-unborn");
    git(unborn, "init", "-q");
    const plain = scratch.dir("probe-plain");
    mkdirSync(join(plain, "sub"), { recursive: true });
    const head = git(repo, "rev-parse", "HEAD").trim();
    const prefetched = new GitRunner(repo);
    await prefetched.prefetch([REPO_PROBE_ARGS]);
    expect(probeRepo(prefetched)).toEqual({ workTree: true, head });
    expect(probeRepo(new GitRunner(repo))).toEqual({ workTree: true, head });
    // git exits 1 there (no HEAD commit) after saying it is a work tree
    const unbornRunner = new GitRunner(unborn);
    await unbornRunner.prefetch([REPO_PROBE_ARGS]);
    expect(probeRepo(unbornRunner)).toEqual({ workTree: true, head: null });
    expect(probeRepo(new GitRunner(unborn))).toEqual({ workTree: true, head: null });
    expect(probeRepo(new GitRunner(join(plain, "sub")))).toEqual({ workTree: false, head: null });
    expect(probeRepo(new GitRunner(join(repo, ".git")))).toEqual({ workTree: false, head });
  });
});
