/**
 * The comment stage of the action: render the job summary and the PR comment from the build
 * report, and post the comment per the `comment` input. Never throws; main.ts writes the summary,
 * logs the warning if any, and sets `comment-url`.
 *
 * `comment` input:
 *   - `always`: create or update the comment on every pull-request run;
 *   - `on-change` (default): create it only when the run found changed Python files
 *     (`report.changed`), but always update one that exists (so a push that reverts the Python
 *     changes does not leave a stale comment behind);
 *   - `never`: no comment.
 * Runs that are not about a pull request (push, merge_group, schedule) post nothing.
 * A 403 (a fork PR's read-only token) yields a warning pointing at the job summary, which holds
 * the same content, and at the README's workflow_run pattern.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BuildReport } from "../report/build-report.ts";
import { commentMarker, type PrCommentContext, renderJobSummary, renderPrComment } from "../report/pr-comment.ts";
import { type StickyCommentResult, upsertStickyComment } from "./sticky-comment.ts";

export type CommentMode = "always" | "on-change" | "never";

export interface CommentStageInput {
  report: BuildReport;
  /** The `comment-header` input. */
  header: string;
  /** The `comment` input. */
  mode: CommentMode;
  context: PrCommentContext;
  /** Where to reach GitHub; issueNumber null when the run is not about a pull request. */
  github: { apiUrl: string; token: string; owner: string; repo: string; issueNumber: number | null };
  /** When set, the comment body is also written to `<outDir>/pr-comment.md` (for the workflow_run pattern). */
  outDir?: string | null;
  timeoutMs?: number;
}

export interface CommentStageResult {
  /** Markdown for the job summary (core.summary.addRaw(summary).write()). */
  summary: string;
  /** The comment body, rendered whatever happened to it. */
  body: string;
  comment: StickyCommentResult | { action: "skipped"; reason: string };
  /** The comment's URL when it was created, updated or left unchanged; null otherwise (the `comment-url` output). */
  url: string | null;
  /** One line for core.warning, or null. */
  warning: string | null;
}

/** Parses the `comment` input; throws with what to write for anything else. */
export function parseCommentMode(value: string): CommentMode {
  const v = value.trim() || "on-change";
  if (v === "always" || v === "on-change" || v === "never") return v;
  throw new Error(`the comment input must be always, on-change or never, got "${value}"`);
}

/** The workflow run's URL from the runner's environment (null when it does not say). */
export function runUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run, GITHUB_RUN_ATTEMPT: attempt } = env;
  if (!server || !repo || !run) return null;
  return `${server.replace(/\/+$/, "")}/${repo}/actions/runs/${run}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}`;
}

/** An uploaded artifact's URL (null without an id). */
export function artifactUrlFromEnv(artifactId: number | string | null, env: NodeJS.ProcessEnv = process.env): string | null {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!server || !repo || !run || artifactId === null || artifactId === "") return null;
  return `${server.replace(/\/+$/, "")}/${repo}/actions/runs/${run}/artifacts/${artifactId}`;
}

export async function commentStage(input: CommentStageInput): Promise<CommentStageResult> {
  const rendered = { report: input.report, header: input.header, context: input.context };
  const summary = renderJobSummary(rendered);
  const body = renderPrComment(rendered);
  let warning: string | null = null;
  if (input.outDir) {
    try {
      writeFileSync(join(input.outDir, "pr-comment.md"), body);
    } catch (err) {
      warning = `could not write pr-comment.md: ${(err as Error).message}`;
    }
  }
  const skip = (reason: string): CommentStageResult => ({ summary, body, comment: { action: "skipped", reason }, url: null, warning });
  if (input.mode === "never") return skip("the comment input is never");
  const { issueNumber } = input.github;
  if (issueNumber === null) return skip("not a pull request");
  if (!input.github.token) {
    return { ...skip("no github-token"), warning: "no github-token: the PR comment was not posted (the job summary has the report)" };
  }
  const createIfMissing = input.mode === "always" || input.report.changed.length > 0;
  const result = await upsertStickyComment({
    apiUrl: input.github.apiUrl,
    token: input.github.token,
    owner: input.github.owner,
    repo: input.github.repo,
    issueNumber,
    marker: commentMarker(input.header),
    body,
    timeoutMs: input.timeoutMs,
    createIfMissing,
  });
  if (result.action === "skipped") return skip("on-change: no Python file changed and no comment to update");
  if (result.action === "forbidden")
    warning =
      `could not post the PR comment (${result.message}): a pull request from a fork gets a read-only token. ` +
      "The job summary has the same report; see the README (Fork pull requests) for the workflow_run pattern.";
  else if (result.action === "failed") warning = `could not post the PR comment: ${result.message}. The job summary has the same report.`;
  const url = result.action === "created" || result.action === "updated" || result.action === "unchanged" ? result.url : null;
  return { summary, body, comment: result, url, warning };
}
