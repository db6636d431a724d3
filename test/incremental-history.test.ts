/**
 * The scripted sample history (test/support/sample-history.ts), replayed commit by commit: one
 * state built incrementally across every checkout, compared after each with a full build of the
 * same tree. Also checks what the report says changed (against git's own diff), that every
 * changed file is impacted, the rename entry, and that the empty "touch" commit rewrites nothing.
 */
import { utimesSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildReport } from "../src/report/build-report.ts";
import {
  buildFull,
  buildInc,
  dataFiles,
  expectSameAsFull,
  git,
  publishedParts,
  readManifest,
  reportSummary,
  type Sides,
  scratch,
  sidesFor,
} from "./support/incremental.ts";
import { createSampleHistory, type HistoryCommit } from "./support/sample-history.ts";

const tmp = scratch("history");
afterAll(() => tmp.cleanup());

let commits: HistoryCommit[] = [];
let sides: Sides;
const reports: BuildReport[] = [];

/** What git says changed between two commits, as the report's `changed` entries (Python files only). */
function gitChanged(repo: string, from: string, to: string): { path: string; status: string; old_path: string | null }[] {
  const raw = git(repo, "diff", "--name-status", "-M", "-z", from, to, "--", "*.py").split("\0");
  const out: { path: string; status: string; old_path: string | null }[] = [];
  for (let i = 0; i < raw.length; ) {
    const s = raw[i++];
    if (!s) continue;
    if (s.startsWith("R")) {
      const old = raw[i++] as string;
      out.push({ path: raw[i++] as string, status: "renamed", old_path: old });
    } else {
      const status = ({ A: "added", M: "modified", D: "deleted" } as Record<string, string>)[s[0] as string];
      if (!status) throw new Error(`unexpected git status ${s}`);
      out.push({ path: raw[i++] as string, status, old_path: null });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

function sortedChanged(r: BuildReport) {
  return [...r.changed].sort((a, b) => (a.path < b.path ? -1 : 1));
}

beforeAll(async () => {
  const work = tmp.dir("work");
  const repo = join(work, "repo");
  commits = createSampleHistory(repo);
  sides = sidesFor(repo, work);
  git(repo, "checkout", "-q", commits[0]?.sha as string);
  const first = await buildInc(sides);
  expect(first.mode).toBe("full");
  expect(first.fallback_reason).toBe("no previous state");
  await buildFull(sides);
  await expectSameAsFull(sides, `first commit ${commits[0]?.message}`);
});

describe("incremental builds along the sample history", () => {
  it("has the scripted 12 commits", () => {
    expect(commits).toHaveLength(12);
  });

  it("every commit: incremental, equal to a full build, with git's changes reported and impacted", async () => {
    for (let i = 1; i < commits.length; i++) {
      const c = commits[i] as HistoryCommit;
      const prev = commits[i - 1] as HistoryCommit;
      const ctx = `commit ${i} "${c.message}"`;
      git(sides.repo, "checkout", "-q", c.sha);
      const isTouch = c.message.startsWith("models: touch");
      if (isTouch) {
        // The touch commit is empty; touch the file in the work tree too, as a checkout or an editor would.
        const later = new Date(Date.now() + 3_600_000);
        utimesSync(join(sides.repo, "shop/models.py"), later, later);
      }
      const manifestBefore = readManifest(sides.state);
      const dataBefore = dataFiles(sides.state);
      const partsBefore = publishedParts(sides.out);

      const inc = await buildInc(sides);
      const full = await buildFull(sides);
      reports.push(inc);
      expect(inc.mode, `${ctx}: fallback ${inc.fallback_reason}`).toBe("incremental");
      expect(inc.fallback_reason, ctx).toBeNull();
      await expectSameAsFull(sides, ctx);
      expect(reportSummary(inc), ctx).toEqual(reportSummary(full));

      // What changed is exactly what git says changed between the two commits.
      const expected = gitChanged(sides.repo, prev.sha, c.sha);
      expect(sortedChanged(inc), ctx).toEqual(expected);
      // Every changed file that still exists is impacted, with a reason.
      const impacted = new Map(inc.impacted.map((x) => [x.path, x.reasons]));
      for (const ch of expected.filter((e) => e.status !== "deleted")) {
        expect(impacted.has(ch.path), `${ctx}: ${ch.path} (${ch.status}) is impacted`).toBe(true);
        expect(impacted.get(ch.path)?.length, `${ctx}: reasons of ${ch.path}`).toBeGreaterThan(0);
      }

      if (isTouch) {
        expect(inc.changed, ctx).toEqual([]);
        expect(inc.impacted, ctx).toEqual([]);
        expect(inc.generation, ctx).toBe(manifestBefore.generation);
        expect(readManifest(sides.state).generation).toBe(manifestBefore.generation);
        expect(readManifest(sides.state).datasets).toEqual(manifestBefore.datasets);
        expect(dataFiles(sides.state)).toEqual(dataBefore);
        expect(publishedParts(sides.out)).toEqual(partsBefore);
      } else {
        expect(inc.generation, ctx).toBe(manifestBefore.generation + 1);
      }
    }
    // 11 incremental runs and 11 full builds: give it room on a loaded 2-core machine.
  }, 360_000);

  it("reports the file move as one renamed entry with old_path", () => {
    const i = commits.findIndex((c) => c.message.startsWith("storage: move"));
    const r = reports[i - 1] as BuildReport;
    const entries = r.changed.filter((e) => e.path.endsWith("storage.py") || e.old_path?.endsWith("storage.py"));
    expect(entries).toEqual([{ path: "shop/core/storage.py", status: "renamed", old_path: "shop/storage.py" }]);
    // The importers that were edited are changed too; the old module's importers are impacted.
    const impacted = r.impacted.map((x) => x.path);
    expect(impacted).toEqual(expect.arrayContaining(["shop/core/storage.py", "shop/inventory.py", "shop/cli.py", "tests/test_inventory.py"]));
    const reasons = r.impacted.find((x) => x.path === "shop/core/storage.py")?.reasons ?? [];
    expect(reasons.join(" ")).toContain("renamed from shop/storage.py");
  });

  it("reports the deleted plugin as deleted and not impacted", () => {
    const i = commits.findIndex((c) => c.message.startsWith("plugins: delete"));
    const r = reports[i - 1] as BuildReport;
    expect(r.changed).toContainEqual({ path: "shop/plugins/loyalty.py", status: "deleted", old_path: null });
    expect(r.impacted.map((x) => x.path)).not.toContain("shop/plugins/loyalty.py");
    expect(r.delta?.files).toContainEqual(expect.objectContaining({ path: "shop/plugins/loyalty.py" }));
  });

  it("jumping back to the first commit and forward to the last stays equal to full builds", async () => {
    for (const [label, c] of [
      ["back to the first commit", commits[0]],
      ["forward to the last commit", commits[commits.length - 1]],
      ["to the syntax-error commit", commits.find((x) => x.message.includes("syntax error)"))],
    ] as const) {
      git(sides.repo, "checkout", "-q", (c as HistoryCommit).sha);
      const inc = await buildInc(sides);
      await buildFull(sides);
      expect(inc.mode, label).toBe("incremental");
      expect(inc.changed.length, label).toBeGreaterThan(0);
      await expectSameAsFull(sides, label);
    }
  });
});
