/**
 * The sticky comment against a loopback GitHub REST server (test/support/fake-github.ts): real
 * HTTP, comments in memory, Link-header pagination, tokens with identities.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIONS_BOT, type FakeGitHub, startFakeGitHub } from "../../test/support/fake-github.ts";
import { commentMarker, MAX_COMMENT_CHARS } from "../report/pr-comment.ts";
import { HARD_LIMIT_BYTES, hardTruncate, nextLink, upsertStickyComment } from "./sticky-comment.ts";

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
});
afterEach(async () => {
  await gh.close();
});

const MARKER = commentMarker("pycpg");
const target = (over: Partial<Parameters<typeof upsertStickyComment>[0]> = {}) => ({
  apiUrl: gh.url,
  token: "ghs_actions",
  owner: "acme",
  repo: "shop",
  issueNumber: 7,
  marker: MARKER,
  body: `${MARKER}\nfirst`,
  ...over,
});
const writes = () => gh.requests.filter((r) => r.method === "POST" || r.method === "PATCH");

describe("upsertStickyComment", () => {
  it("creates, then updates in place, then leaves an unchanged body alone", async () => {
    const a = await upsertStickyComment(target());
    expect(a).toMatchObject({ action: "created" });
    expect(gh.commentsOf("acme", "shop", 7)).toHaveLength(1);
    expect(gh.comments[0]?.user).toEqual(ACTIONS_BOT);
    expect(a.action === "created" && a.url).toContain(`#issuecomment-${gh.comments[0]?.id}`);
    // every request carried the token
    expect(gh.requests.every((r) => r.authorization === "Bearer ghs_actions")).toBe(true);

    const b = await upsertStickyComment(target({ body: `${MARKER}\nsecond` }));
    expect(b).toMatchObject({ action: "updated", id: gh.comments[0]?.id });
    expect(gh.commentsOf("acme", "shop", 7).map((c) => c.body)).toEqual([`${MARKER}\nsecond`]);

    const before = writes().length;
    const c = await upsertStickyComment(target({ body: `${MARKER}\nsecond` }));
    expect(c).toMatchObject({ action: "unchanged", id: gh.comments[0]?.id });
    expect(writes().length).toBe(before); // no PATCH
    expect(gh.commentsOf("acme", "shop", 7)).toHaveLength(1);
  });

  it("finds its comment on page 2 of more than 100 comments", async () => {
    for (let i = 0; i < 150; i++) {
      if (i === 120) gh.addComment({ owner: "acme", repo: "shop", issue_number: 7, body: `${MARKER}\nold`, user: ACTIONS_BOT });
      gh.addComment({ owner: "acme", repo: "shop", issue_number: 7, body: `review ${i}`, user: { login: `dev${i % 5}`, type: "User" } });
    }
    const r = await upsertStickyComment(target({ body: `${MARKER}\nnew` }));
    expect(r.action).toBe("updated");
    expect(gh.commentsOf("acme", "shop", 7)).toHaveLength(151);
    expect(
      gh
        .commentsOf("acme", "shop", 7)
        .filter((c) => c.body.startsWith(MARKER))
        .map((c) => c.body),
    ).toEqual([`${MARKER}\nnew`]);
    const lists = gh.requests.filter((q) => q.method === "GET" && q.path.includes("/comments"));
    expect(lists.map((q) => new URL(q.path, gh.url).searchParams.get("page") ?? "1")).toEqual(["1", "2"]);
    expect(lists.every((q) => q.path.includes("per_page=100"))).toBe(true);
  });

  it("leaves another bot's and a person's comment with the same marker alone", async () => {
    const other = gh.addComment({ owner: "acme", repo: "shop", issue_number: 7, body: `${MARKER}\nnot ours`, user: { login: "other-bot[bot]", type: "Bot" } });
    const person = gh.addComment({ owner: "acme", repo: "shop", issue_number: 7, body: `${MARKER}\nquoted by a person`, user: { login: "dev", type: "User" } });
    const r = await upsertStickyComment(target());
    expect(r.action).toBe("created");
    expect(other.body).toBe(`${MARKER}\nnot ours`);
    expect(person.body).toBe(`${MARKER}\nquoted by a person`);
    expect(gh.commentsOf("acme", "shop", 7)).toHaveLength(3);
    expect(gh.requests.some((q) => q.method === "PATCH")).toBe(false);
  });

  it("with a personal token, 'us' is the token's user", async () => {
    gh.addComment({ owner: "acme", repo: "shop", issue_number: 7, body: `${MARKER}\nby the actions bot`, user: ACTIONS_BOT });
    const a = await upsertStickyComment(target({ token: "ghp_user" }));
    expect(a.action).toBe("created");
    expect(gh.comments.at(-1)?.user.login).toBe("octocat");
    const b = await upsertStickyComment(target({ token: "ghp_user", body: `${MARKER}\nagain` }));
    expect(b.action).toBe("updated");
    expect(gh.commentsOf("acme", "shop", 7).map((c) => c.body)).toEqual([`${MARKER}\nby the actions bot`, `${MARKER}\nagain`]);
  });

  it("two markers keep two comments", async () => {
    const other = commentMarker("types");
    await upsertStickyComment(target());
    await upsertStickyComment(target({ marker: other, body: `${other}\nB` }));
    await upsertStickyComment(target({ body: `${MARKER}\nA2` }));
    expect(gh.commentsOf("acme", "shop", 7).map((c) => c.body)).toEqual([`${MARKER}\nA2`, `${other}\nB`]);
  });

  it("403 (a fork PR's read-only token) is 'forbidden', nothing written", async () => {
    const r = await upsertStickyComment(target({ token: "ghs_readonly" }));
    expect(r).toMatchObject({ action: "forbidden", status: 403 });
    expect(r.action === "forbidden" && r.message).toContain("Resource not accessible by integration");
    expect(gh.comments).toHaveLength(0);
  });

  it("422 (too long) is retried once, cut under the limit with a notice", async () => {
    const para = `${"x".repeat(999)}\n\n`;
    const long = `${MARKER}\n<details><summary>s</summary>\n\n${para.repeat(80)}`;
    expect(long.length).toBeGreaterThan(MAX_COMMENT_CHARS);
    const r = await upsertStickyComment(target({ body: long }));
    expect(r.action).toBe("created");
    const posts = gh.requests.filter((q) => q.method === "POST");
    expect(posts).toHaveLength(2);
    const stored = gh.comments[0]?.body ?? "";
    expect(stored.startsWith(`${MARKER}\n`)).toBe(true);
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(HARD_LIMIT_BYTES);
    expect(stored).toContain("Cut to fit GitHub's comment size limit");
    expect((stored.match(/<details>/g) ?? []).length).toBe((stored.match(/<\/details>/g) ?? []).length);
    // the same long body again: the stored (cut) one equals what would be written, so nothing is
    const again = await upsertStickyComment(target({ body: long }));
    expect(again.action).toBe("unchanged");
    expect(gh.requests.filter((q) => q.method === "PATCH")).toHaveLength(1); // one refused attempt, no second write
  });

  it("bad credentials and an unreachable or silent server are 'failed', with the reason", async () => {
    const bad = await upsertStickyComment(target({ token: "nope" }));
    expect(bad).toMatchObject({ action: "failed", status: 401 });
    expect(bad.action === "failed" && bad.message).toContain("Bad credentials");

    const silent = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    try {
      const t0 = Date.now();
      const slow = await upsertStickyComment(target({ apiUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, timeoutMs: 300 }));
      expect(slow).toMatchObject({ action: "failed", status: null });
      expect(slow.action === "failed" && slow.message).toContain("timed out after 300 ms");
      expect(Date.now() - t0).toBeLessThan(5000);
    } finally {
      silent.closeAllConnections();
      await new Promise((r) => silent.close(r));
    }
  });

  it("does not follow a next link to another origin (the token would go along)", async () => {
    await gh.close();
    gh = await startFakeGitHub({
      extraRoutes: (req) =>
        req.method === "GET" && req.path.includes("/issues/7/comments")
          ? { status: 200, json: [], headers: { link: '<http://127.0.0.2:9/steal?page=2>; rel="next"' } }
          : null,
    });
    const r = await upsertStickyComment(target());
    expect(r.action).toBe("created");
    expect(gh.requests.filter((q) => q.method === "GET" && q.path.includes("comments"))).toHaveLength(1);
  });
});

describe("helpers", () => {
  it("nextLink reads rel=next", () => {
    expect(nextLink('<https://a/x?page=2>; rel="next", <https://a/x?page=5>; rel="last"')).toBe("https://a/x?page=2");
    expect(nextLink('<https://a/x?page=1>; rel="prev"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });

  it("hardTruncate keeps whole characters and closes fences", () => {
    const s = `${"😀".repeat(10_000)}\n\n\`\`\`sh\n${"y".repeat(50_000)}`;
    const t = hardTruncate(s, 30_000);
    expect(Buffer.byteLength(t)).toBeLessThanOrEqual(30_000);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(t)).toBe(false);
    expect((t.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect(hardTruncate("short", 30_000)).toBe("short");
  });
});
