/**
 * Uploads the published CPG (the output directory: Parquet folders + report) as a workflow
 * artifact with @actions/artifact. Artifact names are unique per workflow run (a second upload
 * under a taken name is refused with 409), so the default name carries the commit, the job, the
 * run id and the attempt; a name still taken (the same job in a matrix) gets a numeric suffix.
 * Nothing here throws: a failure or time-out is a result with a warning for the caller.
 */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { DefaultArtifactClient } from "@actions/artifact";
import { bounded, errorText } from "./toolkit-io.ts";

export type ArtifactStatus = "uploaded" | "error" | "timeout" | "unavailable";

export interface ArtifactResult {
  status: ArtifactStatus;
  /** The name the artifact was uploaded under (differs from the requested one after a name clash). */
  name: string;
  id: number | null;
  /** Bytes uploaded (the zip). */
  sizeBytes: number | null;
  warning: string | null;
}

/** Characters an artifact name cannot hold (the toolkit's list: NTFS limits and path separators). */
const INVALID_NAME_CHARS = /[":<>|*?\r\n\\/]/g;
const MAX_NAME = 200;

function namePart(s: string): string {
  return s
    .replace(INVALID_NAME_CHARS, "-")
    .replace(/\s+/g, "-")
    .replace(/[^\x20-\x7e]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The artifact name: `custom` (made valid) when given, else
 * `<prefix>-<sha12>-<job>-<run id>-<attempt>`, which differs between runs, attempts and jobs.
 */
export function artifactName(o: { prefix?: string; sha: string; job: string; runId: string; runAttempt: string; custom?: string }): string {
  const custom = namePart(o.custom ?? "");
  if (custom) return custom.slice(0, MAX_NAME);
  const head = [namePart(o.prefix ?? "") || "pycpg", namePart(o.sha).slice(0, 12) || "nosha"];
  const tail = [namePart(o.runId) || "0", namePart(o.runAttempt) || "1"];
  const room = MAX_NAME - [...head, ...tail].join("-").length - 1;
  const job = namePart(o.job).slice(0, Math.max(8, room)) || "job";
  return [...head, job, ...tail].join("-");
}

/** Why artifacts cannot be uploaded here, or null. */
export function artifactUnavailableReason(): string | null {
  if (!process.env.ACTIONS_RESULTS_URL) return "no artifact service is configured (ACTIONS_RESULTS_URL is not set: not running on a GitHub runner?)";
  if (!process.env.ACTIONS_RUNTIME_TOKEN) return "no artifact service is configured (ACTIONS_RUNTIME_TOKEN is not set)";
  const server = process.env.GITHUB_SERVER_URL;
  if (server) {
    let host = "";
    try {
      host = new URL(server).hostname.toUpperCase();
    } catch {
      host = "";
    }
    if (host && host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST"))
      return "artifacts v4 are not supported on GitHub Enterprise Server";
  }
  return null;
}

/** Every regular file under `dir` (symbolic links followed, a link back to an enclosing folder not). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const ancestors = new Set<string>();
  const visit = (d: string) => {
    const st = statSync(d);
    const id = `${st.dev}:${st.ino}`;
    if (ancestors.has(id)) return;
    ancestors.add(id);
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(d, e.name);
      const s = e.isSymbolicLink() ? statSync(p, { throwIfNoEntry: false }) : e;
      if (!s) continue;
      if (s.isDirectory()) visit(p);
      else if (s.isFile()) out.push(p);
    }
    ancestors.delete(id);
  };
  visit(dir);
  return out;
}

const CONFLICT = /\(409\)|already exists/i;

/**
 * Uploads every file under `dir` (paths relative to it kept) as the artifact `name`.
 * `retentionDays` 0 keeps the repository's setting; otherwise 1-90 (the service caps it at the
 * repository's maximum).
 */
export async function uploadOutputs(o: { name: string; dir: string; retentionDays: number; timeoutMs: number }): Promise<ArtifactResult> {
  const result = (status: ArtifactStatus, extra: Partial<ArtifactResult> = {}): ArtifactResult => ({
    status,
    name: o.name,
    id: null,
    sizeBytes: null,
    warning: null,
    ...extra,
  });
  const unavailable = artifactUnavailableReason();
  if (unavailable !== null) return result("unavailable", { warning: `artifact not uploaded: ${unavailable}` });
  if (!Number.isInteger(o.retentionDays) || o.retentionDays < 0 || o.retentionDays > 90)
    return result("error", { warning: `artifact not uploaded: artifact-retention-days must be 0 (the repository's setting) or 1-90, got ${o.retentionDays}` });
  const dir = resolve(o.dir);
  let files: string[];
  try {
    files = listFiles(dir);
  } catch (err) {
    return result("error", { warning: `artifact not uploaded: cannot read ${o.dir} (${errorText(err)})` });
  }
  if (files.length === 0) return result("error", { warning: `artifact not uploaded: ${o.dir} holds no files` });

  const deadline = performance.now() + o.timeoutMs;
  const client = new DefaultArtifactClient();
  let name = o.name;
  for (let attempt = 1; ; attempt++) {
    const outcome = await bounded(
      // Level 0: the Parquet files are compressed already (deflate saved 0.4% of Django's CPG for
      // ~1.5 s of CPU, docs/benchmarks.md).
      client.uploadArtifact(name, files, dir, { compressionLevel: 0, ...(o.retentionDays > 0 ? { retentionDays: o.retentionDays } : {}) }),
      Math.max(0, deadline - performance.now()),
    );
    if (outcome.timedOut) return result("timeout", { name, warning: `artifact ${name} not uploaded: timed out after ${o.timeoutMs} ms` });
    if ("error" in outcome) {
      const text = errorText(outcome.error);
      // The name is taken in this run (the same job twice, e.g. in a matrix): try the next suffix.
      if (CONFLICT.test(text) && attempt < 5 && performance.now() < deadline) {
        name = `${o.name}-${attempt + 1}`;
        continue;
      }
      return result("error", { name, warning: `artifact ${name} not uploaded: ${text}` });
    }
    return result("uploaded", { name, id: outcome.value.id ?? null, sizeBytes: outcome.value.size ?? null });
  }
}
