/**
 * A scoped run computes on two connections when it has two cores' worth of threads and on one
 * otherwise (`--threads 1`): both give the rows of a full build, and the same report.
 */
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildFull, buildInc, copySampleRepo, expectSameAsFull, gitCommitAll, gitInit, scratch, sidesFor } from "./support/incremental.ts";

const tmp = scratch("one-connection");
afterAll(() => tmp.cleanup());

describe("incremental runs on one connection and on two", () => {
  it("give a full build's rows and the same impacted files and API changes", async () => {
    const reports = [];
    for (const threads of [1, 2]) {
      const work = tmp.dir(`t${threads}`);
      const repo = join(work, "repo");
      copySampleRepo(repo);
      gitInit(repo);
      const s = sidesFor(repo, work);
      expect((await buildInc(s, { threads })).mode).toBe("full");
      // an interface change (a new public function) and a changed signature: impact, API changes
      appendFileSync(join(repo, "shop/pricing.py"), "\n\ndef pycpg_added(x: int) -> int:\n    return x\n");
      const models = join(repo, "shop/models.py");
      writeFileSync(models, readFileSync(models, "utf8").replace(/^class (\w+)/m, "class $1Renamed"));
      gitCommitAll(repo, "edit");
      const r = await buildInc(s, { threads });
      expect(r.mode).toBe("incremental");
      await buildFull(s);
      await expectSameAsFull(s, `threads ${threads}`);
      reports.push(r);
    }
    const [one, two] = reports;
    expect(one?.impacted.length).toBeGreaterThan(1);
    expect(one?.api_changes.length).toBeGreaterThan(0);
    expect(two?.impacted).toEqual(one?.impacted);
    expect(two?.api_changes).toEqual(one?.api_changes);
  }, 180_000);
});
