/**
 * The sample history (test/support/sample-history.ts) replayed with the SCIP layer on: after
 * every commit the incremental state equals a full build's, SCIP datasets and the layer's nodes
 * and edges included. The first build runs scip-python itself (`--scip auto`); after that one
 * index per commit (a real scip-python run, ~5 s) is given to both sides (`--scip PATH`), which
 * is what auto would produce. Slow, hence *.slow.test.ts.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScipPython } from "../src/scip/run-scip-python.ts";
import { SCIP_PROJECT_NAME } from "../src/scip/scip-layer.ts";
import { queryOut } from "./support/cpg-build.ts";
import { buildFull, buildInc, expectSameAsFull, git, reportSummary, type Sides, scratch, sidesFor } from "./support/incremental.ts";
import { createSampleHistory, type HistoryCommit } from "./support/sample-history.ts";

const tmp = scratch("scip-history");
afterAll(() => tmp.cleanup());

const AUTO = { scip: { kind: "auto" } } as const;
let commits: HistoryCommit[] = [];
let sides: Sides;

beforeAll(async () => {
  const work = tmp.dir("work");
  const repo = join(work, "repo");
  commits = createSampleHistory(repo);
  sides = sidesFor(repo, work);
  git(repo, "checkout", "-q", commits[0]?.sha as string);
  const first = await buildInc(sides, AUTO);
  expect(first.scip?.status).toBe("ok");
  // every document is a file of the build, and every occurrence of the index is a row
  expect(first.scip?.unmatched_count).toBe(0);
  const rows = await queryOut<{ n: string }>(sides.out, "SELECT count(*) AS n FROM scip_occurrences");
  expect(Number(rows[0]?.n)).toBe(first.scip?.occurrences);
  await buildFull(sides, AUTO);
  await expectSameAsFull(sides, "first commit");
}, 120_000);

describe("the sample history with --scip auto", () => {
  it("every commit: incremental equals a full build, SCIP layer included", async () => {
    let scipChanged = 0;
    for (let i = 1; i < commits.length; i++) {
      const c = commits[i] as HistoryCommit;
      const ctx = `commit ${i} "${c.message}"`;
      git(sides.repo, "checkout", "-q", c.sha);
      const index = join(tmp.root, `index-${i}.scip`);
      await runScipPython({ repoDir: sides.repo, outFile: index, projectName: SCIP_PROJECT_NAME, maxOldSpaceMb: 2048 });
      const path = { scip: { kind: "path", path: index } } as const;
      const inc = await buildInc(sides, path);
      const full = await buildFull(sides, path);
      expect(inc.mode, ctx).toBe("incremental");
      expect(inc.scip?.status, ctx).toBe("ok");
      expect(full.scip?.status, ctx).toBe("ok");
      await expectSameAsFull(sides, ctx);
      expect(reportSummary(inc), ctx).toEqual(reportSummary(full));
      expect(inc.scip?.alignment, ctx).toEqual(full.scip?.alignment);
      scipChanged += inc.impacted.filter((x) => x.reasons.includes("scip_changed")).length;
    }
    // the history's signature and rename edits change documents of files whose text stayed
    expect(scipChanged).toBeGreaterThan(0);
  }, 900_000);
});
