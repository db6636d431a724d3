/**
 * The sticky PR comment: one comment per marker (report/pr-comment.ts `commentMarker`), created
 * once, then updated in place, left alone when its body would not change. Plain `fetch` against
 * the REST issue-comments endpoints (`GITHUB_API_URL`, so GHES works too).
 *
 * Which comment is ours: its body starts with the marker AND its author is us. "Us" is the
 * token's user when `GET /user` answers (a personal access token); an installation token
 * (the workflow's GITHUB_TOKEN) cannot read `/user` (403), and then "us" is
 * `github-actions[bot]`, the identity GITHUB_TOKEN comments as. Another bot's or a person's
 * comment that starts with the same marker is left alone (GitHub would refuse our PATCH of it
 * anyway). The oldest matching comment wins when several exist.
 *
 * Failures are results, never exceptions: 403 on a write ("forbidden": a fork PR's read-only
 * token; the caller writes the job summary instead and warns), anything else "failed". A 422 on a
 * write (the body is too long by GitHub's count) is retried once with the body cut to 60,000
 * UTF-8 bytes at a paragraph boundary, open `<details>` and code fences closed, and a notice.
 */

export interface StickyCommentOptions {
  /** GITHUB_API_URL, e.g. https://api.github.com. */
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  /** The pull request (or issue) number. */
  issueNumber: number;
  /** The hidden marker the body starts with. */
  marker: string;
  /** The full body (it must start with `marker`). */
  body: string;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** Who "us" is when GET /user cannot tell (installation tokens); default github-actions[bot]. */
  fallbackLogin?: string;
  /** False: only update an existing comment, never create one ("skipped" when there is none). Default true. */
  createIfMissing?: boolean;
}

export type StickyCommentResult =
  | { action: "created" | "updated" | "unchanged"; id: number; url: string }
  | { action: "forbidden" | "failed"; status: number | null; message: string }
  | { action: "skipped"; status: null; message: string };

interface ApiComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { login?: string; type?: string } | null;
}

class ApiError extends Error {
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

/** What to cut a body to after GitHub refused it as too long. */
export const HARD_LIMIT_BYTES = 60_000;

export async function upsertStickyComment(o: StickyCommentOptions): Promise<StickyCommentResult> {
  const api = o.apiUrl.replace(/\/+$/, "");
  const timeoutMs = o.timeoutMs ?? 30_000;
  const repoPath = `${api}/repos/${encodeURIComponent(o.owner)}/${encodeURIComponent(o.repo)}`;
  const body = o.body.startsWith(o.marker) ? o.body : `${o.marker}\n${o.body}`;

  const call = async (method: string, url: string, payload?: unknown): Promise<{ status: number; json: unknown; link: string | null }> => {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${o.token}`,
          "x-github-api-version": "2022-11-28",
          "user-agent": "pycpg-action",
          ...(payload === undefined ? {} : { "content-type": "application/json" }),
        },
        body: payload === undefined ? undefined : JSON.stringify(payload),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const e = err as Error;
      const why = e.name === "TimeoutError" || e.name === "AbortError" ? `timed out after ${timeoutMs} ms` : (e.message ?? String(err));
      throw new ApiError(null, `${method} ${url}: ${why}`);
    }
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, json, link: res.headers.get("link") };
  };
  const fail = (what: string, r: { status: number; json: unknown }): ApiError => new ApiError(r.status, `${what}: HTTP ${r.status}: ${apiMessage(r.json)}`);

  try {
    // who we are
    const me = await call("GET", `${api}/user`);
    const login =
      me.status === 200 && typeof (me.json as { login?: unknown })?.login === "string"
        ? ((me.json as { login: string }).login as string)
        : (o.fallbackLogin ?? "github-actions[bot]");

    // find ours, page by page (the Link header's rel="next", on the API's own origin only: the token goes along)
    let url: string | null = `${repoPath}/issues/${o.issueNumber}/comments?per_page=100`;
    let ours: ApiComment | null = null;
    const origin = new URL(api).origin;
    for (let pages = 0; url !== null && ours === null && pages < 1000; pages++) {
      const r = await call("GET", url);
      if (r.status !== 200 || !Array.isArray(r.json)) throw fail("listing the comments", r);
      ours = (r.json as ApiComment[]).find((c) => typeof c.body === "string" && c.body.startsWith(o.marker) && c.user?.login === login) ?? null;
      const next = nextLink(r.link);
      url = next !== null && new URL(next).origin === origin ? next : null;
    }

    if (ours && normalize(ours.body ?? "") === normalize(body)) return { action: "unchanged", id: ours.id, url: ours.html_url };
    if (!ours && o.createIfMissing === false) return { action: "skipped", status: null, message: "no comment to update" };

    const write = async (text: string) =>
      ours
        ? call("PATCH", `${repoPath}/issues/comments/${ours.id}`, { body: text })
        : call("POST", `${repoPath}/issues/${o.issueNumber}/comments`, { body: text });
    let r = await write(body);
    if (r.status === 422) {
      const short = hardTruncate(body, HARD_LIMIT_BYTES);
      if (ours && normalize(ours.body ?? "") === normalize(short)) return { action: "unchanged", id: ours.id, url: ours.html_url };
      r = await write(short);
    }
    if (r.status === 200 || r.status === 201) {
      const c = r.json as ApiComment;
      return { action: ours ? "updated" : "created", id: c.id, url: c.html_url };
    }
    throw fail(ours ? "updating the comment" : "creating the comment", r);
  } catch (err) {
    if (err instanceof ApiError) return { action: err.status === 403 ? "forbidden" : "failed", status: err.status, message: err.message };
    return { action: "failed", status: null, message: (err as Error).message ?? String(err) };
  }
}

function apiMessage(json: unknown): string {
  const j = json as { message?: unknown; errors?: { message?: unknown }[] } | null;
  const m = typeof j?.message === "string" ? j.message : "no message";
  const details = (j?.errors ?? []).map((e) => (typeof e?.message === "string" ? e.message : "")).filter(Boolean);
  return details.length ? `${m} (${details.join("; ")})` : m;
}

/** The URL of rel="next" in a Link header, or null. */
export function nextLink(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(",")) {
    const m = part.match(/<([^>]+)>\s*;\s*rel="?([^";]+)"?/);
    if (m && (m[2] as string).split(/\s+/).includes("next")) return m[1] as string;
  }
  return null;
}

/** GitHub keeps the body as sent, but line endings may come back as CRLF. */
function normalize(s: string): string {
  return s.replace(/\r\n/g, "\n").trimEnd();
}

/**
 * `body` cut to at most `maxBytes` UTF-8 bytes: at the last paragraph break that fits (never in
 * a surrogate pair), open code fences and `<details>` closed, and a notice appended.
 */
export function hardTruncate(body: string, maxBytes: number): string {
  const notice = "\n\n> [!NOTE]\n> Cut to fit GitHub's comment size limit. The full report is in the job summary and the run's artifact.\n";
  const room = maxBytes - Buffer.byteLength(notice) - 64;
  if (Buffer.byteLength(body) <= room) return body;
  // the longest prefix within `room` bytes that ends on a whole character
  let lo = 0;
  let hi = body.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (Buffer.byteLength(body.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  let end = lo;
  const c = body.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  let cut = body.slice(0, end);
  const para = cut.lastIndexOf("\n\n");
  if (para > cut.length / 2) cut = cut.slice(0, para);
  const fences = cut.match(/^(`{3,}|~{3,})/gm) ?? [];
  let closing = "";
  if (fences.length % 2 === 1) closing += `\n${fences[fences.length - 1]}`;
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) closing += "\n\n</details>";
  return `${cut}${closing}${notice}`;
}
