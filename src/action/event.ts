/**
 * Which commits the action compares, from the workflow event, and the git work that makes them
 * available in actions/checkout's shallow clone.
 *
 * - `planFromEvent` (pure) reads the event payload: the base to diff against and the head the run
 *   is about, or a full build with the reason. Payload SHAs only: GITHUB_SHA of a pull request is
 *   the test merge commit (pull_request) or the base branch tip (pull_request_target).
 * - `ensureCommits` fetches what the shallow clone lacks (the base commit, depth 1; or, for a new
 *   branch, the merge base with the default branch, deepening step by step), time-bounded; when it
 *   cannot, it says why (`fetchFailed`) and the caller falls back to the snapshot diff.
 * - `checkoutInfo` tells whether the work tree is the PR's merge commit, its head, or neither.
 * - `withCommitCheckout` runs a function with a commit checked out in a temporary detached worktree
 *   (to build the base's state when the restored one was built elsewhere), at the same
 *   repository-relative subdirectory as the action's working directory.
 *
 * Nothing here runs the repository's code: no hooks (core.hooksPath is /dev/null for the worktree),
 * no LFS smudge, no submodules.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describeFailure, type GitResult, runGit } from "./git-exec.ts";

export type PlanKind = "pull_request" | "push" | "merge_group" | "full";

export interface EventPlan {
  /** What is compared: a PR's base and head, a push's before and after, a merge group, or nothing (full). */
  kind: PlanKind;
  /** The commit to diff against: a full SHA from the payload, or what the `base` input says (a SHA or a branch/tag name). */
  base: string | null;
  /** The commit the run is about (a full SHA, or the `head` input). Informational: pycpg builds the work tree. */
  head: string | null;
  prNumber: number | null;
  /** A push that created a branch or tag (`before` all zeros): the base is the merge base with `defaultBranch`, found by ensureCommits. */
  newBranch: boolean;
  /** The repository's default branch (for a new branch's merge base), when known. */
  defaultBranch: string | null;
  /** Why this is a full build (kind "full"), else null. */
  fullReason: string | null;
  /** Non-null when there is nothing to build at all (a push that deleted a branch): the message to log. */
  skip: string | null;
  /** Which of base/head came from the action inputs rather than the event. */
  overridden: { base: boolean; head: boolean };
  /** One line for the log, summary and comment. */
  description: string;
}

export interface EventInput {
  eventName: string;
  /** The JSON at GITHUB_EVENT_PATH (undefined or null when there was none). */
  payload: unknown;
  /** GITHUB_SHA. */
  sha: string;
  /** GITHUB_REF. */
  ref: string;
  /** The repository's default branch; when null, the payload's repository.default_branch is used. */
  defaultBranch: string | null;
  /** The action inputs `base` and `head` (empty = null). */
  overrides: { base: string | null; head: string | null };
  /** Why the payload could not be read, when it could not (see loadEventInput). */
  payloadProblem?: string | null;
}

const SHA_RE = /^[0-9a-f]{40}$/;
const ZERO_SHA = "0".repeat(40);
const PR_EVENTS = new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
const FULL_EVENTS: Record<string, string> = {
  workflow_dispatch: "workflow_dispatch: a full build that refreshes the cache",
  schedule: "schedule: a full build that refreshes the cache",
};

/** `1a2b3c4d5e6f` for a SHA, the name itself for a ref name. */
export function short(rev: string): string {
  return SHA_RE.test(rev) ? rev.slice(0, 12) : rev;
}

/**
 * An action input naming a commit: a full 40-hex SHA (lower-cased), or a branch/tag name that
 * ensureCommits resolves. Throws with what to write instead when it is neither.
 */
export function parseRevInput(name: "base" | "head", value: string | null): string | null {
  const v = (value ?? "").trim();
  if (v === "") return null;
  if (/^[0-9a-fA-F]{40}$/.test(v)) return v.toLowerCase();
  if (/^[0-9a-fA-F]{7,39}$/.test(v) && /[0-9]/.test(v))
    throw new Error(`input \`${name}\`: "${v}" looks like an abbreviated SHA; give the full 40-character SHA (or a branch or tag name)`);
  const ok = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(v) && !v.includes("..") && !v.includes("//") && !v.endsWith("/") && !v.endsWith(".lock") && !v.endsWith(".");
  if (!ok) throw new Error(`input \`${name}\`: "${v}" is neither a 40-character commit SHA nor a branch or tag name (letters, digits, . _ - /)`);
  return v;
}

type Got<T> = { ok: true; value: T } | { ok: false; problem: string };

function at(payload: unknown, path: string): unknown {
  let cur: unknown = payload;
  for (const key of path.split(".")) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function describeValue(v: unknown): string {
  if (v === undefined) return "missing";
  if (v === null) return "null";
  const s = JSON.stringify(v) ?? String(v);
  return `${typeof v} ${s.length > 60 ? `${s.slice(0, 57)}...` : s}`;
}

function shaAt(payload: unknown, path: string): Got<string> {
  const v = at(payload, path);
  if (typeof v === "string" && /^[0-9a-fA-F]{40}$/.test(v)) return { ok: true, value: v.toLowerCase() };
  return { ok: false, problem: `payload field ${path} should be a 40-character commit SHA but is ${describeValue(v)}` };
}

function prNumberOf(payload: unknown): number | null {
  const n = at(payload, "pull_request.number") ?? at(payload, "number");
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}

/** A plan before the inputs' overrides are applied. */
type Draft = Omit<EventPlan, "overridden">;

function full(reason: string, head: string | null, prNumber: number | null = null, defaultBranch: string | null = null): Draft {
  return { kind: "full", base: null, head, prNumber, newBranch: false, defaultBranch, fullReason: reason, skip: null, description: `full build (${reason})` };
}

/** The plan for an event. Pure: reads only its input. Throws only for malformed `overrides` (a configuration error). */
export function planFromEvent(input: EventInput): EventPlan {
  const overrideBase = parseRevInput("base", input.overrides.base);
  const overrideHead = parseRevInput("head", input.overrides.head);
  const event = input.eventName.trim();
  const payload = input.payload;
  const gitSha = /^[0-9a-fA-F]{40}$/.test(input.sha ?? "") ? input.sha.toLowerCase() : null;
  const payloadDefault = at(payload, "repository.default_branch");
  const defaultBranch = input.defaultBranch?.trim() || (typeof payloadDefault === "string" && payloadDefault ? payloadDefault : null);

  let d: Draft;
  const payloadOk = payload !== null && typeof payload === "object" && !Array.isArray(payload);
  if (event === "") {
    d = full("GITHUB_EVENT_NAME is not set (not running in a workflow?); nothing says which commits to compare", gitSha, null, defaultBranch);
  } else if (FULL_EVENTS[event]) {
    d = full(FULL_EVENTS[event], gitSha, null, defaultBranch);
  } else if (!payloadOk && (PR_EVENTS.has(event) || event === "push" || event === "merge_group")) {
    const why = input.payloadProblem ?? `the event payload is ${describeValue(payload)}, not a JSON object`;
    d = full(`${event} event but ${why}; cannot tell which commits to compare`, PR_EVENTS.has(event) ? null : gitSha, null, defaultBranch);
  } else if (PR_EVENTS.has(event)) {
    d = planPullRequest(event, payload, defaultBranch);
  } else if (event === "push") {
    d = planPush(payload, input.ref, gitSha, defaultBranch);
  } else if (event === "merge_group") {
    d = planMergeGroup(payload, gitSha, defaultBranch);
  } else {
    d = full(`event ${event} does not name commits to compare`, gitSha, null, defaultBranch);
  }

  // The inputs win over the event.
  if (overrideHead !== null) d.head = overrideHead;
  if (overrideBase !== null) {
    if (d.kind === "full") d.kind = "push";
    d.base = overrideBase;
    d.newBranch = false;
    d.fullReason = null;
    d.skip = null;
  } else if (overrideHead !== null && d.skip) {
    d.skip = null;
    d = { ...full("a deleted-branch push names no base; the `head` input alone does not give one", d.head, d.prNumber, defaultBranch) };
  }
  if (overrideBase !== null || overrideHead !== null) d.description = describe(event, d, overrideBase !== null, overrideHead !== null);
  return { ...d, overridden: { base: overrideBase !== null, head: overrideHead !== null } };
}

function describe(event: string, d: Draft, ob: boolean, oh: boolean): string {
  const from = [ob ? "base" : null, oh ? "head" : null].filter(Boolean).join(" and ");
  const what = d.kind === "full" ? `full build (${d.fullReason})` : `${d.base ? short(d.base) : "?"} -> ${d.head ? short(d.head) : "the checkout"}`;
  const pr = d.prNumber !== null ? ` of pull request #${d.prNumber}` : "";
  return `${event}${pr}: ${what} (${from} from the action input${ob && oh ? "s" : ""})`;
}

function planPullRequest(event: string, payload: unknown, defaultBranch: string | null): Draft {
  const prNumber = prNumberOf(payload);
  const problems: string[] = [];
  if (at(payload, "pull_request") === undefined) problems.push("payload has no pull_request object");
  const base = shaAt(payload, "pull_request.base.sha");
  const head = shaAt(payload, "pull_request.head.sha");
  if (problems.length === 0) {
    if (!base.ok) problems.push(base.problem);
    if (!head.ok) problems.push(head.problem);
    if (prNumber === null)
      problems.push(`payload field pull_request.number should be a positive integer but is ${describeValue(at(payload, "pull_request.number"))}`);
  }
  if (problems.length > 0 || !base.ok || !head.ok)
    return full(
      `${event} event with a malformed payload (${problems.join("; ")}); cannot tell which commits to compare`,
      head.ok ? head.value : null,
      prNumber,
      defaultBranch,
    );
  const target = event === "pull_request_target" ? " (pull_request_target: the payload's SHAs; the PR's code is never run)" : "";
  return {
    kind: "pull_request",
    base: base.value,
    head: head.value,
    prNumber,
    newBranch: false,
    defaultBranch,
    fullReason: null,
    skip: null,
    description: `pull request #${prNumber}: base ${short(base.value)} -> head ${short(head.value)}${target}`,
  };
}

function planPush(payload: unknown, envRef: string, gitSha: string | null, defaultBranch: string | null): Draft {
  const before = shaAt(payload, "before");
  const after = shaAt(payload, "after");
  const refV = at(payload, "ref");
  const ref = typeof refV === "string" && refV ? refV : envRef || "";
  const refName = ref.replace(/^refs\/(heads|tags)\//, "");
  if (!before.ok || !after.ok) {
    const problems = [before, after].filter((g): g is { ok: false; problem: string } => !g.ok).map((g) => g.problem);
    return full(
      `push event with a malformed payload (${problems.join("; ")}); cannot tell which commits to compare`,
      after.ok ? after.value : gitSha,
      null,
      defaultBranch,
    );
  }
  if (after.value === ZERO_SHA) {
    const skip = `push deleted ${ref || "a ref"} (after is all zeros): nothing to build`;
    return { kind: "push", base: null, head: null, prNumber: null, newBranch: false, defaultBranch, fullReason: null, skip, description: skip };
  }
  if (before.value === ZERO_SHA) {
    const isTag = ref.startsWith("refs/tags/");
    const what = `${isTag ? "new tag" : "new branch"} ${refName || "(unknown ref)"}`;
    if (defaultBranch === null)
      return full(`push created ${what} and the default branch is unknown, so there is no merge base to compare with`, after.value, null, null);
    if (ref === `refs/heads/${defaultBranch}`)
      return full(`push created the default branch ${defaultBranch}: nothing to compare with`, after.value, null, defaultBranch);
    return {
      kind: "push",
      base: null,
      head: after.value,
      prNumber: null,
      newBranch: true,
      defaultBranch,
      fullReason: null,
      skip: null,
      description: `push of ${what}: merge base with ${defaultBranch} -> ${short(after.value)}`,
    };
  }
  const forced = at(payload, "forced") === true ? " (force-push)" : "";
  return {
    kind: "push",
    base: before.value,
    head: after.value,
    prNumber: null,
    newBranch: false,
    defaultBranch,
    fullReason: null,
    skip: null,
    description: `push to ${refName || "(unknown ref)"}: ${short(before.value)} -> ${short(after.value)}${forced}`,
  };
}

function planMergeGroup(payload: unknown, gitSha: string | null, defaultBranch: string | null): Draft {
  if (at(payload, "merge_group") === undefined)
    return full(
      "merge_group event with a malformed payload (payload has no merge_group object); cannot tell which commits to compare",
      gitSha,
      null,
      defaultBranch,
    );
  const base = shaAt(payload, "merge_group.base_sha");
  const head = shaAt(payload, "merge_group.head_sha");
  if (!base.ok || !head.ok) {
    const problems = [base, head].filter((g): g is { ok: false; problem: string } => !g.ok).map((g) => g.problem);
    return full(
      `merge_group event with a malformed payload (${problems.join("; ")}); cannot tell which commits to compare`,
      head.ok ? head.value : gitSha,
      null,
      defaultBranch,
    );
  }
  const baseRef = at(payload, "merge_group.base_ref");
  const onto = typeof baseRef === "string" ? ` onto ${baseRef.replace(/^refs\/heads\//, "")}` : "";
  return {
    kind: "merge_group",
    base: base.value,
    head: head.value,
    prNumber: null,
    newBranch: false,
    defaultBranch,
    fullReason: null,
    skip: null,
    description: `merge group${onto}: ${short(base.value)} -> ${short(head.value)}`,
  };
}

/**
 * Reads the runner's event description (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SHA,
 * GITHUB_REF) into planFromEvent's input. A missing or unparsable event file is not an error here:
 * it becomes `payloadProblem`, which the plan reports as the reason for a full build.
 */
export function loadEventInput(
  env: NodeJS.ProcessEnv,
  overrides: { base: string | null; head: string | null },
  defaultBranch: string | null = null,
): EventInput {
  const path = env.GITHUB_EVENT_PATH ?? "";
  let payload: unknown;
  let payloadProblem: string | null = null;
  if (!path) payloadProblem = "GITHUB_EVENT_PATH is not set";
  else {
    let text: string | null = null;
    try {
      text = readFileSync(path, "utf8");
    } catch (err) {
      payloadProblem = `the event file ${path} cannot be read (${(err as Error).message})`;
    }
    if (text !== null) {
      try {
        payload = JSON.parse(text);
      } catch (err) {
        payloadProblem = `the event file ${path} is not valid JSON (${(err as Error).message})`;
      }
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    defaultBranch,
    overrides,
    payloadProblem,
  };
}

// ---------------------------------------------------------------------------------------------
// Git: making the commits available.

export interface EnsureOptions {
  /** Bound on each git call (ms); default 120 000. */
  timeoutMs?: number;
  /** How many commits the clone may be deepened by, in total, looking for a merge base; default 4096. */
  maxDeepen?: number;
  /** The remote to fetch from; default "origin". */
  remote?: string;
  /** Bound on all of ensureCommits' git calls together (ms); default 300 000. */
  totalTimeoutMs?: number;
}

export interface EnsuredCommits {
  /** The commit to diff against, present in the clone (a full SHA), or null (full build, or the fetch failed). */
  base: string | null;
  /** The plan's head, resolved to a full SHA when it is in the clone (it is not fetched when nothing needs it), else null. */
  head: string | null;
  /** What was done, for the log (one line each). */
  notes: string[];
  /** Why the base could not be made available (the caller falls back to the snapshot diff), else null. */
  fetchFailed: string | null;
}

/** A reason the commits could not be made available: ends in `fetchFailed`, never in a thrown error. */
class FetchError extends Error {}

class Git {
  readonly notes: string[] = [];
  private readonly deadline: number;
  constructor(
    readonly dir: string,
    readonly timeoutMs: number,
    readonly totalMs = Number.POSITIVE_INFINITY,
  ) {
    this.deadline = performance.now() + totalMs;
  }

  /** The bound of the next call: the per-call bound, or what is left of the total. */
  bound(): number {
    const left = this.deadline - performance.now();
    if (left <= 0) throw new FetchError(`gave up: the git calls took more than ${(this.totalMs / 1000).toFixed(1)} s in total`);
    return Math.max(1, Math.min(this.timeoutMs, Math.round(left)));
  }

  run(args: readonly string[], env?: Record<string, string>): Promise<GitResult> {
    return runGit(this.dir, args, { timeoutMs: this.bound(), env });
  }

  async out(args: readonly string[]): Promise<string | null> {
    const r = await this.run(args);
    return r.code === 0 ? r.stdout.trim() : null;
  }

  /** The full SHA of a commit that is in the clone, else null. */
  async commit(rev: string): Promise<string | null> {
    const out = await this.out(["rev-parse", "--verify", "-q", "--end-of-options", `${rev}^{commit}`]);
    return out && SHA_RE.test(out) ? out : null;
  }

  async isShallow(): Promise<boolean> {
    return (await this.out(["rev-parse", "--is-shallow-repository"])) === "true";
  }
}

/**
 * Makes the plan's base available in the clone at `repoDir` (fetching with depth 1 in a shallow
 * clone; finding a new branch's merge base by deepening step by step), and picks the right base
 * for how the PR was checked out: the merge commit's first parent for a `refs/pull/N/merge`
 * checkout, the merge base of base and head when the head itself is checked out.
 */
export async function ensureCommits(repoDir: string, plan: EventPlan, opts: EnsureOptions = {}): Promise<EnsuredCommits> {
  const g = new Git(repoDir, opts.timeoutMs ?? 120_000, opts.totalTimeoutMs ?? 300_000);
  const remote = opts.remote ?? "origin";
  const maxDeepen = opts.maxDeepen ?? 4096;
  const result = (base: string | null, head: string | null, fetchFailed: string | null): EnsuredCommits => ({ base, head, notes: g.notes, fetchFailed });

  if (plan.skip) {
    g.notes.push(`nothing to fetch: ${plan.skip}`);
    return result(null, null, null);
  }
  const topRun = await g.run(["rev-parse", "--show-toplevel"]);
  if (topRun.code !== 0) {
    const why = topRun.spawnError ? `git could not be started in ${repoDir} (${topRun.spawnError})` : `${repoDir} is not inside a git work tree`;
    if (plan.kind === "full") {
      g.notes.push(`${why}; a full build needs no commits`);
      return result(null, null, null);
    }
    return result(null, null, `${why}, so the commits to compare cannot be looked up`);
  }
  const headLocal = plan.head && SHA_RE.test(plan.head) ? await g.commit(plan.head) : null;
  if (plan.kind === "full" && plan.base === null) return result(null, headLocal, null);

  try {
    const shallow = await g.isShallow();
    if (shallow) g.notes.push("the clone is shallow: missing commits are fetched at depth 1");
    if (plan.newBranch) {
      if (!plan.defaultBranch) throw new FetchError("a new branch needs the default branch for its merge base, and it is unknown");
      const head = plan.head ? await present(g, remote, plan.head, "head", shallow) : await headOf(g);
      const tip = await fetchBranchTip(g, remote, plan.defaultBranch, shallow);
      const mb = await findMergeBase(g, remote, tip, head, maxDeepen, [plan.defaultBranch, head]);
      g.notes.push(`merge base of ${short(head)} with ${plan.defaultBranch} (${short(tip)}): ${short(mb)}`);
      return result(mb, head, null);
    }
    if (plan.base === null) throw new FetchError("the plan has no base");
    let head = headLocal ?? (plan.head && !SHA_RE.test(plan.head) ? await resolveRev(g, remote, plan.head, "head", shallow) : null);
    let base: string;
    const info = plan.kind === "pull_request" && !plan.overridden.base && plan.head ? await checkoutInfo(repoDir, plan) : null;
    if (info?.checkout === "merge-commit" && info.parents[0] && info.parents[0] !== plan.base) {
      g.notes.push(
        `the checkout merges ${short(info.parents[1] ?? "?")} into ${short(info.parents[0])}, not into the payload's base ${short(plan.base)}: comparing with the merge's first parent`,
      );
      base = await present(g, remote, info.parents[0], "base (the merge's first parent)", shallow);
    } else if (info?.checkout === "head" && info.head) {
      head = info.head;
      const payloadBase = await present(g, remote, plan.base, "base", shallow);
      g.notes.push(
        `the checkout is the PR head itself: comparing with the merge base of ${short(payloadBase)} and ${short(head)}, so the base branch's own later changes are left out`,
      );
      base = await findMergeBase(g, remote, payloadBase, head, maxDeepen, [payloadBase, head]);
      g.notes.push(`merge base: ${short(base)}`);
    } else {
      base = await resolveRev(g, remote, plan.base, "base", shallow);
    }
    return result(base, head, null);
  } catch (err) {
    if (err instanceof FetchError) return result(null, headLocal, err.message);
    throw err;
  }
}

async function headOf(g: Git): Promise<string> {
  const h = await g.commit("HEAD");
  if (h === null) throw new FetchError("the clone has no HEAD commit");
  return h;
}

async function remoteUrl(g: Git, remote: string): Promise<string> {
  const r = await g.run(["remote", "get-url", "--end-of-options", remote]);
  if (r.code !== 0)
    throw new FetchError(`the clone has no remote "${remote}" to fetch from (${describeFailure(["remote", "get-url", remote], r, g.timeoutMs)})`);
  return r.stdout.trim();
}

async function fetch(g: Git, remote: string, args: readonly string[], what: string): Promise<void> {
  await remoteUrl(g, remote);
  const full = ["fetch", "--no-tags", "--no-write-fetch-head", "--no-recurse-submodules", ...args];
  const bound = g.bound();
  const r = await runGit(g.dir, full, { timeoutMs: bound });
  if (r.code !== 0) {
    const gone = /not our ref|couldn't find remote ref|no such remote ref/i.test(r.stderr)
      ? ` (${remote} does not have it: deleted, or force-pushed away?)`
      : "";
    throw new FetchError(`could not fetch ${what} from ${remote}: ${describeFailure(full, r, bound)}${gone}`);
  }
  g.notes.push(`fetched ${what} (${args.filter((a) => a.startsWith("--")).join(" ") || "full history"}) in ${r.ms} ms`);
}

/** A SHA present in the clone, fetched (depth 1 in a shallow clone) when missing. */
async function present(g: Git, remote: string, sha: string, what: string, shallow: boolean): Promise<string> {
  const have = await g.commit(sha);
  if (have) return have;
  await fetch(g, remote, [...(shallow ? ["--depth=1"] : []), remote, sha], `${what} ${short(sha)}`);
  const got = await g.commit(sha);
  if (!got) throw new FetchError(`fetched ${what} ${short(sha)} from ${remote} but it is still not a commit in the clone`);
  return got;
}

/** A SHA, or a branch/tag name looked up on the remote (then locally when the remote does not answer). */
async function resolveRev(g: Git, remote: string, rev: string, what: string, shallow: boolean): Promise<string> {
  if (SHA_RE.test(rev)) return present(g, remote, rev, what, shallow);
  const tracking = `refs/remotes/${remote}/${rev}`;
  try {
    for (const [src, dst] of [
      [`refs/heads/${rev}`, tracking],
      [`refs/tags/${rev}`, `refs/tags/${rev}`],
    ]) {
      const ls = await g.run(["ls-remote", "--end-of-options", remote, src]);
      if (ls.code === 0 && ls.stdout.trim()) {
        await fetch(g, remote, [...(shallow ? ["--depth=1"] : []), remote, `+${src}:${dst}`], `${what} ${rev}`);
        const sha = await g.commit(dst);
        if (sha) return sha;
      }
    }
  } catch (err) {
    if (!(err instanceof FetchError)) throw err;
    const local = await g.commit(rev);
    if (local) {
      g.notes.push(`${err.message}; using the local ${rev} (${short(local)})`);
      return local;
    }
    throw err;
  }
  const local = await g.commit(rev);
  if (local) {
    g.notes.push(`${what} ${rev} is not a branch or tag on ${remote}; using the local ${rev} (${short(local)})`);
    return local;
  }
  throw new FetchError(`${what} ${rev} is neither a branch or tag on ${remote} nor a commit in the clone`);
}

/** The default branch's tip, fetched into refs/remotes/<remote>/<branch> (depth 1 when shallow). */
async function fetchBranchTip(g: Git, remote: string, branch: string, shallow: boolean): Promise<string> {
  const dst = `refs/remotes/${remote}/${branch}`;
  await fetch(g, remote, [...(shallow ? ["--depth=1"] : []), remote, `+refs/heads/${branch}:${dst}`], `the tip of ${branch}`);
  const sha = await g.commit(dst);
  if (!sha) throw new FetchError(`fetched ${branch} from ${remote} but ${dst} is not a commit`);
  return sha;
}

/**
 * `git merge-base a b`, deepening a shallow clone step by step (8, 16, 32... commits, at most
 * `maxDeepen` in total) until it answers. `wants` are what each deepening fetch asks for (the
 * default branch by name, SHAs otherwise).
 */
async function findMergeBase(g: Git, remote: string, a: string, b: string, maxDeepen: number, wants: string[]): Promise<string> {
  const refspecs = wants.map((w) => (SHA_RE.test(w) ? w : `+refs/heads/${w}:refs/remotes/${remote}/${w}`));
  let deepened = 0;
  let step = 8;
  for (;;) {
    const mb = await g.out(["merge-base", a, b]);
    if (mb && SHA_RE.test(mb)) {
      if (deepened > 0) g.notes.push(`deepened the clone by ${deepened} commits to find the merge base`);
      return mb;
    }
    if (!(await g.isShallow())) throw new FetchError(`${short(a)} and ${short(b)} have no common ancestor (the clone has their whole history)`);
    if (deepened >= maxDeepen)
      throw new FetchError(
        `no merge base of ${short(a)} and ${short(b)} within ${deepened} commits of deepening (maxDeepen ${maxDeepen}); fetch more history (actions/checkout fetch-depth: 0)`,
      );
    const n = Math.min(step, maxDeepen - deepened);
    await fetch(g, remote, [`--deepen=${n}`, remote, ...refspecs], `${n} more commits of history`);
    deepened += n;
    step *= 2;
  }
}

// ---------------------------------------------------------------------------------------------

export interface CheckoutInfo {
  /** The checked-out commit, or null (not a git work tree / no commit). */
  head: string | null;
  shallow: boolean;
  /** HEAD's parents as recorded in the commit (known even when a shallow clone lacks them). */
  parents: string[];
  /**
   * "merge-commit": a two-parent merge whose second parent is the plan's head (actions/checkout's
   * default refs/pull/N/merge; first parent normally the plan's base); "head": the plan's head
   * itself; "other": neither; "unknown": no plan head to compare with, or no git.
   */
  checkout: "merge-commit" | "head" | "other" | "unknown";
  /** A warning for the log when the checkout does not match what the event says, else null. */
  warning: string | null;
}

/** What is checked out at `repoDir`, compared with the plan's head (and base). */
export async function checkoutInfo(
  repoDir: string,
  plan?: Pick<EventPlan, "kind" | "base" | "head">,
  opts: { timeoutMs?: number } = {},
): Promise<CheckoutInfo> {
  const g = new Git(repoDir, opts.timeoutMs ?? 30_000);
  const head = await g.commit("HEAD");
  if (head === null) return { head: null, shallow: false, parents: [], checkout: "unknown", warning: null };
  const shallow = await g.isShallow();
  const raw = (await g.out(["cat-file", "commit", head])) ?? "";
  const parents: string[] = [];
  for (const line of raw.split("\n")) {
    if (line === "") break;
    const m = /^parent ([0-9a-f]{40})$/.exec(line);
    if (m) parents.push(m[1] as string);
  }
  const want = plan?.head && SHA_RE.test(plan.head) ? plan.head : null;
  if (!want || !plan) return { head, shallow, parents, checkout: "unknown", warning: null };
  if (head === want) return { head, shallow, parents, checkout: "head", warning: null };
  if (parents.length === 2 && parents[1] === want) {
    const warning =
      plan.base && SHA_RE.test(plan.base) && parents[0] !== plan.base
        ? `the checkout ${short(head)} merges the head ${short(want)} into ${short(parents[0] as string)}, not into the event's base ${short(plan.base)} (the base branch moved); comparing with ${short(parents[0] as string)}`
        : null;
    return { head, shallow, parents, checkout: "merge-commit", warning };
  }
  const what =
    plan.kind === "pull_request"
      ? `neither the pull request's merge commit (parents ${plan.base ? short(plan.base) : "?"}, ${short(want)}) nor its head ${short(want)}`
      : `not the event's head ${short(want)}`;
  const hint =
    plan.kind === "pull_request"
      ? " (with pull_request_target, actions/checkout checks out the base branch unless given `ref`); the comparison covers whatever differs between the base and this checkout"
      : "; the comparison covers whatever differs between the base and this checkout";
  return { head, shallow, parents, checkout: "other", warning: `the checkout ${short(head)} is ${what}${hint}` };
}

// ---------------------------------------------------------------------------------------------

export interface TempCheckout {
  /** The directory to build: the same repository-relative subdirectory as `repoDir`, inside the temporary worktree. */
  dir: string;
  /** The temporary worktree's root. */
  root: string;
  /** `repoDir` relative to its repository's top level ("" at the top, else "sub/dir/"). */
  prefix: string;
  sha: string;
}

/**
 * Runs `fn` with `sha` checked out in a temporary detached worktree of the repository containing
 * `repoDir` (under RUNNER_TEMP, else the OS temp dir), at the same repository-relative
 * subdirectory; removes the worktree afterwards, also when `fn` throws. The commit must be in the
 * clone (a shallow clone with the commit fetched will do). No hooks run, LFS files stay pointers.
 */
export async function withCommitCheckout<T>(
  repoDir: string,
  sha: string,
  fn: (dir: string, checkout: TempCheckout) => Promise<T>,
  opts: { timeoutMs?: number; tempRoot?: string } = {},
): Promise<T> {
  const g = new Git(repoDir, opts.timeoutMs ?? 300_000);
  const top = await g.out(["rev-parse", "--show-toplevel"]);
  if (top === null) throw new Error(`cannot check out ${short(sha)}: ${repoDir} is not inside a git work tree`);
  const prefix = (await g.out(["rev-parse", "--show-prefix"])) ?? "";
  const commit = await g.commit(sha);
  if (commit === null) throw new Error(`cannot check out ${short(sha)}: it is not a commit in the clone at ${top} (fetch it first)`);
  await g.run(["worktree", "prune"]);
  const parent = opts.tempRoot ?? process.env.RUNNER_TEMP ?? tmpdir();
  mkdirSync(parent, { recursive: true });
  const tmp = mkdtempSync(join(parent, "pycpg-base-"));
  const root = join(tmp, "tree");
  const addArgs = ["-c", "core.hooksPath=/dev/null", "worktree", "add", "--detach", "--force", root, commit];
  try {
    const r = await g.run(addArgs, { GIT_LFS_SKIP_SMUDGE: "1" });
    if (r.code !== 0) throw new Error(`cannot check out ${short(commit)} in a temporary worktree: ${describeFailure(addArgs, r, g.timeoutMs)}`);
    const dir = prefix ? join(root, prefix.replace(/\/+$/, "")) : root;
    // The working directory may not exist at that commit (added later): an empty directory then.
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    return await fn(dir, { dir, root, prefix, sha: commit });
  } finally {
    await g.run(["worktree", "remove", "--force", "--force", root]);
    rmSync(tmp, { recursive: true, force: true });
    await g.run(["worktree", "prune"]);
  }
}

// ---------------------------------------------------------------------------------------------

export interface BaseBuildDecision {
  /** True: build `base` in a temporary worktree (withCommitCheckout) into the state first, then the work tree. */
  buildBase: boolean;
  /** The commit the state at `stateDir` records (manifest meta.head), or null (no state, unreadable, built outside git). */
  stateCommit: string | null;
  /** One line for the log. */
  reason: string;
}

/**
 * Whether the state directory already corresponds to the diff base: it must record exactly that
 * commit and no uncommitted changes (meta.head, meta.dirty of the manifest the engine writes).
 * Otherwise the change set of the work-tree build would be relative to some other commit, and
 * the PR comment would list more (or less) than the PR's changes. Reads only the manifest; the
 * engine validates the rest of the state when it loads it.
 */
export function decideBaseBuild(stateDir: string, base: string | null): BaseBuildDecision {
  let meta: { head?: unknown; dirty?: unknown } | null = null;
  try {
    const m = JSON.parse(readFileSync(join(stateDir, "manifest.json"), "utf8")) as { meta?: unknown };
    if (m && typeof m.meta === "object" && m.meta !== null) meta = m.meta as { head?: unknown; dirty?: unknown };
  } catch {
    meta = null;
  }
  const stateCommit = meta && typeof meta.head === "string" && SHA_RE.test(meta.head) ? meta.head : null;
  const dirty = meta && Array.isArray(meta.dirty) ? meta.dirty.length : 0;
  if (base === null) return { buildBase: false, stateCommit, reason: "no base commit to compare with: the work tree is built from the state as it is" };
  if (meta === null) return { buildBase: true, stateCommit, reason: `no usable state in ${stateDir}: building the base ${short(base)} first` };
  if (stateCommit === null) return { buildBase: true, stateCommit, reason: `the state records no commit: building the base ${short(base)} first` };
  if (stateCommit !== base)
    return { buildBase: true, stateCommit, reason: `the state was built at ${short(stateCommit)}, not at the base ${short(base)}: building the base first` };
  if (dirty > 0)
    return {
      buildBase: true,
      stateCommit,
      reason: `the state was built at the base ${short(base)} with ${dirty} uncommitted file(s): building the base again`,
    };
  return { buildBase: false, stateCommit, reason: `the state was built at the base ${short(base)}` };
}
