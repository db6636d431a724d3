/**
 * The comment stage against the loopback GitHub REST server: the `comment` modes, runs that are
 * not about a pull request, the 403 degrade to the job summary, pr-comment.md.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS_BOT, type FakeGitHub, startFakeGitHub } from "../../test/support/fake-github.ts";
import type { BuildReport } from "../report/build-report.ts";
import { commentMarker } from "../report/pr-comment.ts";
import { artifactUrlFromEnv, type CommentStageInput, commentStage, parseCommentMode, runUrlFromEnv } from "./comment-stage.ts";

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

function report(changed: boolean): BuildReport {
  return {
    tool: { name: "pycpg", version: "0.1.0" },
    schema_version: 1,
    fingerprint: "f",
    mode: "incremental",
    fallback_reason: null,
    repo: "/r",
    discovery: "git",
    generation: 3,
    files: { discovered: 2, bytes: 10, with_syntax_errors: 0, by_status: { ok: 2 } },
    graph: { nodes: { FILE: 2 }, edges: {}, props: 0 },
    diagnostics: { total: 0, shown: [] },
    changed: changed ? [{ path: "a.py", status: "modified", old_path: null }] : [],
    impacted: changed
      ? [
          { path: "a.py", reasons: ["content_changed (modified)"], via: [] },
          { path: "b.py", reasons: ["imports a (changed: f)"], via: ["a.py"] },
        ]
      : [],
    api_changes: [],
    affected_tests: [],
    delta: { nodes_added: 1, nodes_removed: 0, edges_added: 0, edges_removed: 0, props_added: 0, props_removed: 0, files: [] },
    timings: { total_ms: 100 },
    outputs: {},
  };
}

function stage(over: Partial<CommentStageInput> & { changed?: boolean } = {}): CommentStageInput {
  const { changed = true, ...rest } = over;
  return {
    report: report(changed),
    header: "pycpg",
    mode: "on-change",
    context: { runUrl: null, artifactUrl: null, cache: "hit", baseSha: null, headSha: null, notices: [] },
    github: { apiUrl: gh.url, token: "ghs_actions", owner: "o", repo: "r", issueNumber: 5 },
    ...rest,
  };
}

describe("commentStage", () => {
  it("on-change: creates when Python files changed, skips creating when none did, but updates an existing comment", async () => {
    const quiet = await commentStage(stage({ changed: false }));
    expect(quiet.comment).toEqual({ action: "skipped", reason: "on-change: no Python file changed and no comment to update" });
    expect(gh.requests.some((r) => r.method === "POST")).toBe(false);
    expect(quiet.summary).toContain("**No Python file changed**");

    const first = await commentStage(stage());
    expect(first.comment.action).toBe("created");
    expect(first.url).toMatch(/#issuecomment-\d+$/);
    expect(first.warning).toBeNull();
    expect(gh.comments[0]?.body).toBe(first.body);
    expect(first.body).toContain("`b.py`: imports a (changed: f)");

    const reverted = await commentStage(stage({ changed: false }));
    expect(reverted.comment.action).toBe("updated");
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]?.body).toContain("**No Python file changed**");
  });

  it("always creates; never and non-PR runs post nothing", async () => {
    const never = await commentStage(stage({ mode: "never" }));
    expect(never.comment).toEqual({ action: "skipped", reason: "the comment input is never" });
    const push = await commentStage(stage({ github: { apiUrl: gh.url, token: "ghs_actions", owner: "o", repo: "r", issueNumber: null } }));
    expect(push.comment).toEqual({ action: "skipped", reason: "not a pull request" });
    expect(gh.requests).toHaveLength(0);
    expect(push.summary).toContain("#### Impacted files (2)");
    const always = await commentStage(stage({ mode: "always", changed: false }));
    expect(always.comment.action).toBe("created");
  });

  it("a 403 warns, points at the job summary and the fork pattern, and does not throw", async () => {
    const r = await commentStage(stage({ github: { apiUrl: gh.url, token: "ghs_readonly", owner: "o", repo: "r", issueNumber: 5 } }));
    expect(r.comment.action).toBe("forbidden");
    expect(r.url).toBeNull();
    expect(r.warning).toContain("Resource not accessible by integration");
    expect(r.warning).toContain("job summary");
    expect(r.warning).toContain("workflow_run");
    expect(r.summary).toContain("#### Impacted files (2)");
    expect(gh.comments).toHaveLength(0);
  });

  it("two headers keep two comments; another bot's look-alike is left alone", async () => {
    const other = gh.addComment({ owner: "o", repo: "r", issue_number: 5, body: `${commentMarker("pycpg")}\nfake`, user: { login: "x[bot]", type: "Bot" } });
    await commentStage(stage());
    await commentStage(stage({ header: "second" }));
    await commentStage(stage());
    const bodies = gh.commentsOf("o", "r", 5);
    expect(bodies).toHaveLength(3);
    expect(other.body).toBe(`${commentMarker("pycpg")}\nfake`);
    expect(bodies.filter((c) => c.user.login === ACTIONS_BOT.login).map((c) => c.body.split("\n")[0])).toEqual([
      commentMarker("pycpg"),
      commentMarker("second"),
    ]);
  });

  it("writes pr-comment.md when given an output directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pycpg-comment-"));
    try {
      const r = await commentStage(stage({ mode: "never", outDir: dir }));
      expect(readFileSync(join(dir, "pr-comment.md"), "utf8")).toBe(r.body);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("helpers", () => {
  it("parses the comment input", () => {
    expect(parseCommentMode("")).toBe("on-change");
    expect(parseCommentMode(" always ")).toBe("always");
    expect(() => parseCommentMode("sometimes")).toThrow('the comment input must be always, on-change or never, got "sometimes"');
  });

  it("builds run and artifact URLs from the runner's environment", () => {
    const env = { GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "o/r", GITHUB_RUN_ID: "42", GITHUB_RUN_ATTEMPT: "2" };
    expect(runUrlFromEnv(env)).toBe("https://github.com/o/r/actions/runs/42/attempts/2");
    expect(runUrlFromEnv({ ...env, GITHUB_RUN_ATTEMPT: "1" })).toBe("https://github.com/o/r/actions/runs/42");
    expect(runUrlFromEnv({})).toBeNull();
    expect(artifactUrlFromEnv(7, env)).toBe("https://github.com/o/r/actions/runs/42/artifacts/7");
    expect(artifactUrlFromEnv(null, env)).toBeNull();
  });
});
