/**
 * The git side of the action's event handling, on real repositories: a "remote" with a main branch,
 * a feature branch and GitHub's refs/pull/N/merge, cloned the way actions/checkout does (depth 1
 * over file://, so depth applies). Fetching a missing base, deepening to a merge base, recognising
 * the merge-commit checkout, the temporary base worktree, and every failure path (unknown commit,
 * no remote, a remote that never answers) ending in a clear `fetchFailed`.
 */
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { devNull } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkoutInfo, decideBaseBuild, type EventPlan, ensureCommits, planFromEvent, withCommitCheckout } from "../src/action/event.ts";
import { makeBuildOptions } from "../src/config/build-options.ts";
import { dirtyPaths } from "../src/incremental/git-changes.ts";
import { runBuild } from "../src/pipeline/run-build.ts";
import { git, scratchRoot, writeFiles } from "./support/cpg-build.ts";

const scratch = scratchRoot("action-git");
let remote: string;
let remoteUrl: string;
/** main: m0..m3, fork point, then 20 more commits; feature: 30 commits from the fork point. */
let forkPoint: string;
let mainTip: string;
let mainBeforeTip: string;
let featureTip: string;
let prMerge: string;

const FEATURE_COMMITS = 30;
const MAIN_AFTER_FORK = 20;

function commit(repo: string, message: string, files: Record<string, string>): string {
  writeFiles(repo, files);
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "--no-verify", "-m", message);
  return git(repo, "rev-parse", "HEAD").trim();
}

/** The way actions/checkout fetches a pull_request run: init, fetch the merge ref at depth 1, check it out detached. */
function checkoutLikeActions(name: string, ref: string): string {
  const dir = scratch.dir(name);
  git(dir, "init", "-q");
  git(dir, "remote", "add", "origin", remoteUrl);
  git(dir, "fetch", "-q", "--no-tags", "--depth=1", "origin", `+${ref}:refs/remotes/pull/1/merge`);
  git(dir, "checkout", "-q", "--detach", "refs/remotes/pull/1/merge");
  return dir;
}

function shallowClone(name: string, branch: string): string {
  const dir = join(scratch.dir(name), "repo");
  git(scratch.root, "clone", "-q", "--depth=1", "--no-tags", "--branch", branch, remoteUrl, dir);
  return dir;
}

function hasCommit(dir: string, sha: string): boolean {
  try {
    git(dir, "cat-file", "-e", `${sha}^{commit}`);
    return true;
  } catch {
    return false;
  }
}

function prPlan(base: string, head: string): EventPlan {
  return planFromEvent({
    eventName: "pull_request",
    payload: { number: 1, pull_request: { number: 1, base: { sha: base }, head: { sha: head } } },
    sha: prMerge,
    ref: "refs/pull/1/merge",
    defaultBranch: "main",
    overrides: { base: null, head: null },
  });
}

function pushPlan(before: string, after: string, ref = "refs/heads/feature"): EventPlan {
  return planFromEvent({
    eventName: "push",
    payload: { ref, before, after, repository: { default_branch: "main" } },
    sha: after,
    ref,
    defaultBranch: null,
    overrides: { base: null, head: null },
  });
}

beforeAll(() => {
  // The code under test runs git with process.env: keep the user's configuration out of it too.
  process.env.GIT_CONFIG_NOSYSTEM = "1";
  process.env.GIT_CONFIG_GLOBAL = devNull;
  remote = scratch.dir("remote");
  remoteUrl = `file://${remote}`;
  git(remote, "init", "-q", "-b", "main");
  commit(remote, "m0", { "app/pkg/__init__.py": "", "app/pkg/core.py": "def area(w, h):\n    return w * h\n", "README.md": "demo\n" });
  commit(remote, "m1", { "app/pkg/util.py": "def clamp(x, lo, hi):\n    return max(lo, min(x, hi))\n" });
  forkPoint = commit(remote, "m2", { "app/pkg/core.py": "def area(w, h):\n    return abs(w * h)\n" });
  git(remote, "checkout", "-q", "-b", "feature");
  for (let i = 0; i < FEATURE_COMMITS; i++)
    featureTip = commit(remote, `f${i}`, {
      "app/pkg/feature.py": `STEP = ${i}\n`,
      "app/pkg/core.py": `def area(w, h, scale=${i}):\n    return abs(w * h) * scale\n`,
    });
  git(remote, "checkout", "-q", "main");
  for (let i = 0; i < MAIN_AFTER_FORK; i++) {
    mainBeforeTip = mainTip ?? forkPoint;
    mainTip = commit(remote, `m${i + 3}`, { "app/pkg/util.py": `def clamp(x, lo, hi):\n    return max(lo, min(x, hi))  # v${i}\n`, "docs.txt": `${i}\n` });
  }
  // GitHub's test merge of the pull request, kept only under refs/pull/1/merge.
  git(remote, "checkout", "-q", "--detach", mainTip);
  git(remote, "merge", "-q", "--no-ff", "--no-edit", "feature");
  prMerge = git(remote, "rev-parse", "HEAD").trim();
  git(remote, "update-ref", "refs/pull/1/merge", prMerge);
  git(remote, "checkout", "-q", "main");
});

afterAll(() => scratch.cleanup());

describe("ensureCommits + checkoutInfo on a pull_request checkout (refs/pull/N/merge, depth 1)", () => {
  it("recognises the merge commit, fetches the missing base at depth 1, and the diff is exactly the PR's files", async () => {
    const clone = checkoutLikeActions("pr", "refs/pull/1/merge");
    const plan = prPlan(mainTip, featureTip);
    const info = await checkoutInfo(clone, plan);
    expect(info).toMatchObject({ head: prMerge, shallow: true, parents: [mainTip, featureTip], checkout: "merge-commit", warning: null });
    expect(hasCommit(clone, mainTip)).toBe(false);

    const got = await ensureCommits(clone, plan);
    expect(got.fetchFailed).toBeNull();
    expect(got.base).toBe(mainTip);
    expect(hasCommit(clone, mainTip)).toBe(true);
    expect(got.notes.join("\n")).toMatch(/fetched base [0-9a-f]{12} \(--depth=1\)/);
    // Still shallow: only the base commit came, not its history.
    expect(git(clone, "rev-parse", "--is-shallow-repository").trim()).toBe("true");
    expect(dirtyPaths(clone, got.base!)).toEqual(["app/pkg/core.py", "app/pkg/feature.py"]);
  });

  it("a payload base the branch has moved past: compares with the merge's first parent and says so", async () => {
    const clone = checkoutLikeActions("pr-moved", "refs/pull/1/merge");
    const plan = prPlan(mainBeforeTip, featureTip);
    const info = await checkoutInfo(clone, plan);
    expect(info.checkout).toBe("merge-commit");
    expect(info.warning).toContain("the base branch moved");
    const got = await ensureCommits(clone, plan);
    expect(got.base).toBe(mainTip);
    expect(got.notes.join("\n")).toContain("comparing with the merge's first parent");
  });

  it("the PR head checked out (ref: head.sha): compares with the merge base, deepening the clone step by step", async () => {
    const clone = shallowClone("pr-head", "feature");
    const plan = prPlan(mainTip, featureTip);
    expect((await checkoutInfo(clone, plan)).checkout).toBe("head");
    const got = await ensureCommits(clone, plan);
    expect(got.fetchFailed).toBeNull();
    expect(got.base).toBe(forkPoint);
    expect(got.head).toBe(featureTip);
    expect(got.notes.join("\n")).toMatch(/deepened the clone by \d+ commits/);
    expect(dirtyPaths(clone, got.base!)).toEqual(["app/pkg/core.py", "app/pkg/feature.py"]);
  });

  it("a checkout that is neither the merge nor the head is named in a warning", async () => {
    const clone = shallowClone("pr-other", "main");
    const info = await checkoutInfo(clone, prPlan(mainTip, featureTip));
    expect(info.checkout).toBe("other");
    expect(info.warning).toContain("neither the pull request's merge commit");
  });
});

describe("ensureCommits on pushes", () => {
  it("a push: fetches the missing before at depth 1", async () => {
    const clone = shallowClone("push", "main");
    const got = await ensureCommits(clone, pushPlan(forkPoint, mainTip, "refs/heads/main"));
    expect(got).toMatchObject({ base: forkPoint, head: mainTip, fetchFailed: null });
    expect(dirtyPaths(clone, forkPoint)).toEqual(["app/pkg/util.py"]);
  });

  it("a new branch (before all zeros): the merge base with the default branch, found by deepening", async () => {
    const clone = shallowClone("new-branch", "feature");
    const plan = pushPlan("0".repeat(40), featureTip);
    expect(plan.newBranch).toBe(true);
    const got = await ensureCommits(clone, plan);
    expect(got.fetchFailed).toBeNull();
    expect(got.base).toBe(forkPoint);
    const notes = got.notes.join("\n");
    expect(notes).toContain("fetched the tip of main");
    // 30 commits on the feature: more than one deepening step (8, then 16, then 32).
    expect(notes.match(/more commits of history/g)?.length).toBeGreaterThan(1);
  });

  it("a new branch whose merge base lies deeper than maxDeepen: fetchFailed says so and what to do", async () => {
    const clone = shallowClone("new-branch-bounded", "feature");
    const got = await ensureCommits(clone, pushPlan("0".repeat(40), featureTip), { maxDeepen: 8 });
    expect(got.base).toBeNull();
    expect(got.fetchFailed).toMatch(/no merge base of [0-9a-f]{12} and [0-9a-f]{12} within 8 commits/);
    expect(got.fetchFailed).toContain("fetch-depth: 0");
  });

  it("a base given by name (the `base` input): looked up on the remote", async () => {
    const clone = shallowClone("by-name", "feature");
    const plan = planFromEvent({
      eventName: "workflow_dispatch",
      payload: {},
      sha: featureTip,
      ref: "refs/heads/feature",
      defaultBranch: "main",
      overrides: { base: "main", head: null },
    });
    const got = await ensureCommits(clone, plan);
    expect(got).toMatchObject({ base: mainTip, head: featureTip, fetchFailed: null });
  });

  it("full builds and deleted branches fetch nothing", async () => {
    const clone = shallowClone("full", "main");
    const before = git(clone, "count-objects", "-v");
    const full = await ensureCommits(
      clone,
      planFromEvent({ eventName: "schedule", payload: {}, sha: mainTip, ref: "refs/heads/main", defaultBranch: null, overrides: { base: null, head: null } }),
    );
    expect(full).toEqual({ base: null, head: mainTip, notes: [], fetchFailed: null });
    const deleted = await ensureCommits(clone, pushPlan(featureTip, "0".repeat(40)));
    expect(deleted.notes[0]).toContain("nothing to fetch: push deleted refs/heads/feature");
    expect(git(clone, "count-objects", "-v")).toBe(before);
  });
});

describe("ensureCommits failures end in fetchFailed with the reason", () => {
  it("an unknown commit", async () => {
    const clone = shallowClone("unknown", "main");
    const ghost = "dead".repeat(10);
    const got = await ensureCommits(clone, pushPlan(ghost, mainTip, "refs/heads/main"));
    expect(got.base).toBeNull();
    expect(got.fetchFailed).toContain(`could not fetch base ${ghost.slice(0, 12)} from origin`);
    expect(got.fetchFailed).toMatch(/exited with \d+: .+/);
  });

  it("no remote, and a remote that is gone", async () => {
    const clone = shallowClone("no-remote", "main");
    git(clone, "remote", "remove", "origin");
    const none = await ensureCommits(clone, pushPlan(forkPoint, mainTip, "refs/heads/main"));
    expect(none.fetchFailed).toContain('the clone has no remote "origin"');
    git(clone, "remote", "add", "origin", `file://${join(scratch.root, "vanished")}`);
    const gone = await ensureCommits(clone, pushPlan(forkPoint, mainTip, "refs/heads/main"));
    expect(gone.fetchFailed).toContain("could not fetch base");
    expect(gone.fetchFailed).toMatch(/does not appear to be a git repository|Could not read from remote/);
  });

  it("not a git work tree: fetchFailed for a comparison, nothing needed for a full build", async () => {
    const plain = scratch.dir("plain");
    const got = await ensureCommits(plain, pushPlan(forkPoint, mainTip, "refs/heads/main"));
    expect(got.fetchFailed).toContain("is not inside a git work tree");
    expect(await checkoutInfo(plain, prPlan(mainTip, featureTip))).toEqual({ head: null, shallow: false, parents: [], checkout: "unknown", warning: null });
  });

  describe("a remote that accepts the connection and never answers", () => {
    let server: Server;
    const sockets: Socket[] = [];
    const closed: Promise<void>[] = [];
    beforeAll(async () => {
      server = createServer((s) => {
        sockets.push(s);
        s.resume(); // read what git sends, so its closing the connection is seen
        closed.push(new Promise((res) => s.on("close", () => res())));
        s.on("error", () => {});
      });
      await new Promise<void>((res) => server.listen(0, "127.0.0.1", res));
    });
    afterAll(() => {
      for (const s of sockets) s.destroy();
      server.close();
    });

    it("gives up after timeoutMs and kills git (the connection is closed)", async () => {
      const clone = shallowClone("silent", "main");
      const port = (server.address() as { port: number }).port;
      git(clone, "remote", "set-url", "origin", `http://127.0.0.1:${port}/repo.git`);
      const got = await ensureCommits(clone, pushPlan(forkPoint, mainTip, "refs/heads/main"), { timeoutMs: 1500 });
      expect(got.base).toBeNull();
      expect(got.fetchFailed).toContain("timed out after 1.5 s");
      expect(sockets.length).toBeGreaterThan(0);
      await Promise.all(closed);
      // The bound on all calls together holds too, whatever the per-call bound.
      const total = await ensureCommits(clone, pushPlan(forkPoint, mainTip, "refs/heads/main"), { timeoutMs: 600_000, totalTimeoutMs: 1500 });
      expect(total.fetchFailed).toMatch(/timed out after 1\.\d s|more than 1\.5 s in total/);
      await Promise.all(closed);
    });
  });
});

describe("withCommitCheckout", () => {
  it("gives the base commit's files at the same subdirectory, in a shallow clone, and cleans up", async () => {
    const clone = checkoutLikeActions("wt", "refs/pull/1/merge");
    const got = await ensureCommits(clone, prPlan(mainTip, featureTip));
    const temp = scratch.dir("runner-temp");
    process.env.RUNNER_TEMP = temp;
    try {
      const seen = await withCommitCheckout(join(clone, "app"), got.base!, async (dir, co) => {
        expect(co.prefix).toBe("app/");
        expect(dir).toBe(join(co.root, "app"));
        expect(co.root.startsWith(temp)).toBe(true);
        return {
          core: readFileSync(join(dir, "pkg", "core.py"), "utf8"),
          feature: existsSync(join(dir, "pkg", "feature.py")),
          head: git(dir, "rev-parse", "HEAD").trim(),
          prefix: git(dir, "rev-parse", "--show-prefix").trim(),
        };
      });
      expect(seen).toEqual({ core: "def area(w, h):\n    return abs(w * h)\n", feature: false, head: mainTip, prefix: "app/" });
      expect(readdirSync(temp)).toEqual([]);
      expect(git(clone, "worktree", "list", "--porcelain").match(/^worktree /gm)?.length).toBe(1);
      // The work tree itself is untouched.
      expect(readFileSync(join(clone, "app", "pkg", "core.py"), "utf8")).toContain("scale=29");
    } finally {
      delete process.env.RUNNER_TEMP;
    }
  });

  it("runs none of the repository's hooks (a post-checkout hook configured in the clone stays silent)", async () => {
    const clone = shallowClone("wt-hooks", "main");
    const hooks = scratch.dir("hooks");
    const marker = join(scratch.root, "hook-ran");
    writeFiles(hooks, { "post-checkout": `#!/bin/sh\necho ran > '${marker}'\n` });
    chmodSync(join(hooks, "post-checkout"), 0o755);
    git(clone, "config", "core.hooksPath", hooks);
    // The hook works: an ordinary worktree add runs it.
    git(clone, "worktree", "add", "-q", "--detach", join(scratch.root, "wt-hook-check"), mainTip);
    expect(existsSync(marker)).toBe(true);
    rmSync(marker);
    git(clone, "worktree", "remove", "--force", join(scratch.root, "wt-hook-check"));
    const files = await withCommitCheckout(clone, mainTip, async (dir) => readdirSync(dir).sort(), { tempRoot: scratch.dir("temp-hooks") });
    expect(files).toEqual([".git", "README.md", "app", "docs.txt"]);
    expect(existsSync(marker)).toBe(false);
  });

  it("removes the worktree when the function throws, and refuses a commit the clone lacks", async () => {
    const clone = shallowClone("wt-throw", "main");
    const temp = scratch.dir("temp-throw");
    let root = "";
    await expect(
      withCommitCheckout(
        clone,
        mainTip,
        async (_dir, co) => {
          root = co.root;
          throw new Error("build failed");
        },
        { tempRoot: temp },
      ),
    ).rejects.toThrow("build failed");
    expect(root).not.toBe("");
    expect(existsSync(root)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
    expect(git(clone, "worktree", "list", "--porcelain").match(/^worktree /gm)?.length).toBe(1);
    await expect(withCommitCheckout(clone, featureTip, async () => 1, { tempRoot: temp })).rejects.toThrow(/not a commit in the clone .*fetch it first/);
    rmSync(temp, { recursive: true, force: true });
  });
});

describe("the lead's flow: build the base in a temporary worktree, then the work tree incrementally", () => {
  it("with one state directory, the incremental run's change set is exactly the pull request's files", async () => {
    const clone = checkoutLikeActions("flow", "refs/pull/1/merge");
    const plan = prPlan(mainTip, featureTip);
    const got = await ensureCommits(clone, plan);
    expect(got.fetchFailed).toBeNull();
    const work = scratch.dir("flow-state");
    const state = join(work, "state");
    expect(decideBaseBuild(state, got.base)).toMatchObject({ buildBase: true, stateCommit: null });
    const baseReport = await withCommitCheckout(join(clone, "app"), got.base!, (dir) =>
      runBuild(makeBuildOptions({ repo: dir, state, out: join(work, "out-base"), threads: 1 })),
    );
    expect(baseReport.mode).toBe("full");
    expect(decideBaseBuild(state, got.base)).toEqual({
      buildBase: false,
      stateCommit: mainTip,
      reason: `the state was built at the base ${mainTip.slice(0, 12)}`,
    });
    const report = await runBuild(makeBuildOptions({ repo: join(clone, "app"), state, out: join(work, "out"), threads: 1 }));
    expect(report.mode).toBe("incremental");
    expect(report.changed.map((c) => `${c.status} ${c.path}`).sort()).toEqual(["added pkg/feature.py", "modified pkg/core.py"]);
    // Now the state is at the merge commit: the next PR run with this base must build the base again.
    const next = decideBaseBuild(state, got.base);
    expect(next).toMatchObject({ buildBase: true, stateCommit: prMerge });
    expect(next.reason).toContain("not at the base");
    expect(decideBaseBuild(state, null).buildBase).toBe(false);
  });
});
