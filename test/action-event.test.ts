/**
 * The event -> commits plan, from realistic webhook payloads (test/fixtures/events/*.json) read the
 * way the runner hands them over (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SHA, GITHUB_REF).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type EventPlan, loadEventInput, planFromEvent } from "../src/action/event.ts";

const FIXTURES = resolve(import.meta.dirname, "fixtures", "events");
/** What GITHUB_SHA is on a pull_request run: the test merge commit, never a payload SHA. */
const MERGE_SHA = "c4b8e2f6a0d4c8e2b6f0a4d8c2e6b0f4a8d2c6e0";
const BASE = "9f2c1e5a7b3d4c6e8f0a1b2c3d4e5f60718293a4";
const HEAD = "3e7a9c1b5d2f4e6a8c0b1d3f5e7a9c2b4d6f8e0a";
const AFTER = "5d2f4e6a8c0b1d3f5e7a9c2b4d6f8e0a3e7a9c1b";
const NONE = { base: null, head: null };

function planFor(fixture: string, eventName: string, sha: string, ref: string, overrides: { base: string | null; head: string | null } = NONE): EventPlan {
  const env = { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: join(FIXTURES, fixture), GITHUB_SHA: sha, GITHUB_REF: ref };
  return planFromEvent(loadEventInput(env, overrides));
}

describe("planFromEvent", () => {
  it("pull_request: the payload's base and head, never GITHUB_SHA", () => {
    const p = planFor("pull_request.json", "pull_request", MERGE_SHA, "refs/pull/42/merge");
    expect(p).toMatchObject({ kind: "pull_request", base: BASE, head: HEAD, prNumber: 42, newBranch: false, fullReason: null, skip: null });
    expect(p.description).toContain("#42");
    expect(JSON.stringify(p)).not.toContain(MERGE_SHA);
  });

  it("pull_request_target: the payload's SHAs too (GITHUB_SHA is the base branch tip there)", () => {
    const baseTip = "1111111111111111111111111111111111111111";
    const p = planFor("pull_request_target.json", "pull_request_target", baseTip, "refs/heads/main");
    expect(p).toMatchObject({ kind: "pull_request", base: BASE, head: HEAD, prNumber: 42 });
    expect(p.description).toContain("never run");
    expect(JSON.stringify(p)).not.toContain(baseTip);
  });

  it("push: before -> after", () => {
    const p = planFor("push.json", "push", AFTER, "refs/heads/main");
    expect(p).toMatchObject({ kind: "push", base: BASE, head: AFTER, prNumber: null, newBranch: false, skip: null });
    expect(p.description).toContain("push to main");
  });

  it("push with an all-zero before: a new branch, compared with its merge base with the default branch", () => {
    const p = planFor("push-new-branch.json", "push", AFTER, "refs/heads/feature/faster-resolver");
    expect(p).toMatchObject({ kind: "push", base: null, head: AFTER, newBranch: true, defaultBranch: "main", fullReason: null });
    expect(p.description).toContain("new branch feature/faster-resolver");
  });

  it("a new branch with no known default branch, or the default branch itself created: full, with the reason", () => {
    const payload = JSON.parse(readFileSync(join(FIXTURES, "push-new-branch.json"), "utf8"));
    delete payload.repository.default_branch;
    const noDefault = planFromEvent({ eventName: "push", payload, sha: AFTER, ref: payload.ref, defaultBranch: null, overrides: NONE });
    expect(noDefault).toMatchObject({ kind: "full", newBranch: false, head: AFTER });
    expect(noDefault.fullReason).toContain("default branch is unknown");
    payload.ref = "refs/heads/trunk";
    const created = planFromEvent({ eventName: "push", payload, sha: AFTER, ref: payload.ref, defaultBranch: "trunk", overrides: NONE });
    expect(created.kind).toBe("full");
    expect(created.fullReason).toContain("created the default branch trunk");
  });

  it("a push that deleted a branch: nothing to build, and it says so", () => {
    const p = planFor("push-deleted-branch.json", "push", "0".repeat(40), "refs/heads/feature/faster-resolver");
    expect(p.skip).toContain("deleted refs/heads/feature/faster-resolver");
    expect(p).toMatchObject({ base: null, head: null, newBranch: false });
  });

  it("merge_group: base_sha -> head_sha", () => {
    const p = planFor("merge_group.json", "merge_group", "8c0b1d3f5e7a9c2b4d6f8e0a3e7a9c1b5d2f4e6a", "refs/heads/gh-readonly-queue/main/pr-42");
    expect(p).toMatchObject({ kind: "merge_group", base: BASE, head: "8c0b1d3f5e7a9c2b4d6f8e0a3e7a9c1b5d2f4e6a", prNumber: null });
    expect(p.description).toContain("onto main");
  });

  it("workflow_dispatch and schedule: a full build that refreshes the cache, at GITHUB_SHA", () => {
    for (const [fixture, name] of [
      ["workflow_dispatch.json", "workflow_dispatch"],
      ["schedule.json", "schedule"],
    ] as const) {
      const p = planFor(fixture, name, AFTER, "refs/heads/main");
      expect(p).toMatchObject({ kind: "full", base: null, head: AFTER, skip: null });
      expect(p.fullReason).toContain("refreshes the cache");
    }
  });

  it("an event that names no commits: full, with the event's name in the reason", () => {
    const p = planFor("issue_comment.json", "issue_comment", AFTER, "refs/heads/main");
    expect(p.kind).toBe("full");
    expect(p.fullReason).toContain("issue_comment");
  });

  it("a malformed pull_request payload: full, naming each bad field, keeping the PR number for the comment", () => {
    const p = planFor("pull_request-malformed.json", "pull_request", MERGE_SHA, "refs/pull/42/merge");
    expect(p).toMatchObject({ kind: "full", base: null, prNumber: 42 });
    expect(p.fullReason).toContain("pull_request.base.sha should be a 40-character commit SHA but is string");
    expect(p.fullReason).toContain("pull_request.head.sha should be a 40-character commit SHA but is missing");
    expect(p.head).toBeNull();
  });

  it("an event file that is missing or not JSON: full, saying which file and why", () => {
    const dir = mkdtempSync(join(tmpdir(), "pycpg-event-"));
    try {
      const bad = join(dir, "event.json");
      writeFileSync(bad, '{"pull_request": {"base": ');
      const notJson = planFromEvent(loadEventInput({ GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: bad, GITHUB_SHA: MERGE_SHA }, NONE));
      expect(notJson.kind).toBe("full");
      expect(notJson.fullReason).toContain(`${bad} is not valid JSON`);
      const missing = planFromEvent(loadEventInput({ GITHUB_EVENT_NAME: "push", GITHUB_EVENT_PATH: join(dir, "nope.json"), GITHUB_SHA: AFTER }, NONE));
      expect(missing.fullReason).toContain("cannot be read");
      const array = planFromEvent({ eventName: "merge_group", payload: [1, 2], sha: AFTER, ref: "", defaultBranch: null, overrides: NONE });
      expect(array.fullReason).toContain("not a JSON object");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the base and head inputs win over the event", () => {
    const other = "abcdefabcdefabcdefabcdefabcdefabcdefabcd";
    const pr = planFor("pull_request.json", "pull_request", MERGE_SHA, "refs/pull/42/merge", { base: other.toUpperCase(), head: null });
    expect(pr).toMatchObject({ kind: "pull_request", base: other, head: HEAD, overridden: { base: true, head: false } });
    expect(pr.description).toContain("from the action input");
    const dispatch = planFor("workflow_dispatch.json", "workflow_dispatch", AFTER, "refs/heads/main", { base: "release/1.2", head: null });
    expect(dispatch).toMatchObject({ kind: "push", base: "release/1.2", head: AFTER, fullReason: null });
    const newBranch = planFor("push-new-branch.json", "push", AFTER, "refs/heads/feature/faster-resolver", { base: BASE, head: null });
    expect(newBranch).toMatchObject({ base: BASE, newBranch: false });
  });

  it("malformed inputs are refused with what to write instead", () => {
    const input = { eventName: "push", payload: {}, sha: AFTER, ref: "", defaultBranch: null };
    expect(() => planFromEvent({ ...input, overrides: { base: "9f2c1e5", head: null } })).toThrow(/abbreviated SHA; give the full 40-character SHA/);
    expect(() => planFromEvent({ ...input, overrides: { base: "--upload-pack=evil", head: null } })).toThrow(
      /input `base`.*neither a 40-character commit SHA nor a branch/,
    );
    expect(() => planFromEvent({ ...input, overrides: { base: null, head: "main..dev" } })).toThrow(/input `head`/);
    expect(planFromEvent({ ...input, overrides: { base: "  ", head: "" } }).overridden).toEqual({ base: false, head: false });
  });
});
