/**
 * A loopback stand-in for the GitHub REST API's issue-comment endpoints: a real node http server
 * on 127.0.0.1 with the comments in memory, for tests of the sticky comment and of the action end
 * to end (point `GITHUB_API_URL` at `url`).
 *
 * - `GET  /repos/:owner/:repo/issues/:n/comments?per_page=&page=`: oldest first, `Link` header
 *   with rel="next"/"last" like GitHub's (per_page at most 100, default 30);
 * - `POST /repos/:owner/:repo/issues/:n/comments` `{body}` -> 201;
 * - `PATCH /repos/:owner/:repo/issues/comments/:id` `{body}` -> 200;
 * - `GET  /user`: the token's user, or 403 "Resource not accessible by integration" for an
 *   installation token (GITHUB_TOKEN), as GitHub answers.
 * Every request needs `Authorization: Bearer <token>` (or `token <token>`) with a known token,
 * else 401. A read-only token gets 403 on writes; a body over 65,536 characters gets 422.
 * `extraRoutes` lets a test serve more endpoints (return null to fall through).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeUser {
  login: string;
  type: "User" | "Bot";
}

export interface FakeToken {
  user: FakeUser;
  /** An installation token (GITHUB_TOKEN): GET /user answers 403. */
  installation?: boolean;
  /** Writes answer 403 (a fork PR's token). */
  readOnly?: boolean;
}

export interface FakeComment {
  id: number;
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  user: FakeUser;
  created_at: string;
  updated_at: string;
}

export interface FakeRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: string;
}

export interface FakeResponse {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

export interface FakeGitHub {
  /** Base URL, like GITHUB_API_URL (no trailing slash). */
  url: string;
  comments: FakeComment[];
  requests: FakeRequest[];
  /** Adds a comment as `user` (oldest first by insertion); returns it. */
  addComment(c: { owner: string; repo: string; issue_number: number; body: string; user: FakeUser }): FakeComment;
  /** The comments of one issue, oldest first. */
  commentsOf(owner: string, repo: string, issue: number): FakeComment[];
  close(): Promise<void>;
}

export const ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", type: "Bot" };

/** The default tokens: `ghs_actions` (GITHUB_TOKEN), `ghs_readonly` (a fork PR's), `ghp_user` (a PAT of `octocat`). */
export const DEFAULT_TOKENS: Record<string, FakeToken> = {
  ghs_actions: { user: ACTIONS_BOT, installation: true },
  ghs_readonly: { user: ACTIONS_BOT, installation: true, readOnly: true },
  ghp_user: { user: { login: "octocat", type: "User" } },
};

const MAX_BODY = 65536;

export async function startFakeGitHub(
  opts: { tokens?: Record<string, FakeToken>; extraRoutes?: (req: FakeRequest, url: URL, token: FakeToken) => FakeResponse | null } = {},
): Promise<FakeGitHub> {
  const tokens = opts.tokens ?? DEFAULT_TOKENS;
  const comments: FakeComment[] = [];
  const requests: FakeRequest[] = [];
  let nextId = 1000;
  let clock = Date.parse("2026-01-01T00:00:00Z");
  const now = () => new Date((clock += 1000)).toISOString();
  let base = "";

  const view = (c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.example/${c.owner}/${c.repo}/pull/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${c.owner}/${c.repo}/issues/${c.issue_number}`,
    body: c.body,
    user: { login: c.user.login, type: c.user.type, id: 1 },
    created_at: c.created_at,
    updated_at: c.updated_at,
  });

  const addComment: FakeGitHub["addComment"] = (c) => {
    const t = now();
    const comment: FakeComment = { id: nextId++, ...c, created_at: t, updated_at: t };
    comments.push(comment);
    return comment;
  };
  const commentsOf = (owner: string, repo: string, issue: number) => comments.filter((c) => c.owner === owner && c.repo === repo && c.issue_number === issue);

  const handle = (req: FakeRequest, url: URL): FakeResponse => {
    const auth = req.authorization?.match(/^(?:Bearer|token) (.+)$/i)?.[1];
    const token = auth ? tokens[auth] : undefined;
    if (!token) return { status: 401, json: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" } };
    const extra = opts.extraRoutes?.(req, url, token);
    if (extra) return extra;
    const forbidden = { status: 403, json: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest" } };
    if (req.method === "GET" && url.pathname === "/user") {
      return token.installation ? forbidden : { status: 200, json: { login: token.user.login, type: token.user.type, id: 1 } };
    }
    let m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/);
    if (m) {
      const [owner, repo, n] = [decodeURIComponent(m[1] as string), decodeURIComponent(m[2] as string), Number(m[3])];
      if (req.method === "GET") {
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get("per_page") ?? 30)));
        const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
        const all = commentsOf(owner, repo, n);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number, rel: string) => {
          const u = new URL(url.href);
          u.searchParams.set("per_page", String(perPage));
          u.searchParams.set("page", String(p));
          return `<${u.href}>; rel="${rel}"`;
        };
        const links = [];
        if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
        if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
        return {
          status: 200,
          json: all.slice((page - 1) * perPage, page * perPage).map(view),
          headers: links.length ? { link: links.join(", ") } : {},
        };
      }
      if (req.method === "POST") {
        if (token.readOnly) return forbidden;
        const body = parseBody(req.body);
        if (body === null) return { status: 422, json: { message: 'Invalid request.\n\n"body" wasn\'t supplied.' } };
        if (body.length > MAX_BODY) return tooLong();
        return { status: 201, json: view(addComment({ owner, repo, issue_number: n, body, user: token.user })) };
      }
    }
    m = url.pathname.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/);
    if (m && req.method === "PATCH") {
      const c = comments.find((x) => x.id === Number(m?.[3]));
      if (!c) return { status: 404, json: { message: "Not Found" } };
      if (token.readOnly || c.user.login !== token.user.login) return forbidden;
      const body = parseBody(req.body);
      if (body === null) return { status: 422, json: { message: "Invalid request." } };
      if (body.length > MAX_BODY) return tooLong();
      c.body = body;
      c.updated_at = now();
      return { status: 200, json: view(c) };
    }
    return { status: 404, json: { message: "Not Found", documentation_url: "https://docs.github.com/rest" } };
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", base);
      const r: FakeRequest = {
        method: req.method ?? "GET",
        path: `${url.pathname}${url.search}`,
        authorization: req.headers.authorization ?? null,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(r);
      let out: FakeResponse;
      try {
        out = handle(r, url);
      } catch (err) {
        out = { status: 500, json: { message: String(err) } };
      }
      res.writeHead(out.status, { "content-type": "application/json; charset=utf-8", ...(out.headers ?? {}) });
      res.end(out.json === undefined ? "" : JSON.stringify(out.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    comments,
    requests,
    addComment,
    commentsOf,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function parseBody(text: string): string | null {
  try {
    const v = JSON.parse(text) as { body?: unknown };
    return typeof v.body === "string" ? v.body : null;
  } catch {
    return null;
  }
}

function tooLong(): FakeResponse {
  return {
    status: 422,
    json: {
      message: "Validation Failed",
      errors: [{ resource: "IssueComment", code: "custom", field: "body", message: "body is too long (maximum is 65536 characters)" }],
      documentation_url: "https://docs.github.com/rest/issues/comments",
    },
  };
}
