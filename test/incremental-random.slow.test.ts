/**
 * The random edit-sequence property of incremental-random.test.ts with more runs and other seeds
 * (test/support/random-runner.ts). PYCPG_RANDOM_RUNS and PYCPG_RANDOM_SEED override the defaults;
 * PYCPG_RANDOM_KINDS (a comma-separated list of edit kinds, e.g. "retype,renameMethod,body") draws
 * only those edits, to search one part of the engine harder.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratch } from "./support/incremental.ts";
import { type Edit, stepsArb } from "./support/random-edits.ts";
import { makeRandomRunner, type RandomRunner } from "./support/random-runner.ts";

const tmp = scratch("random-slow");
afterAll(() => tmp.cleanup());

const RUNS = Number(process.env.PYCPG_RANDOM_RUNS ?? 8);
const SEED = Number(process.env.PYCPG_RANDOM_SEED ?? 20240611);
const KINDS = process.env.PYCPG_RANDOM_KINDS ? (process.env.PYCPG_RANDOM_KINDS.split(",").map((k) => k.trim()) as Edit["kind"][]) : undefined;

describe("random edit sequences (slow)", () => {
  let runner: RandomRunner;
  beforeAll(async () => {
    runner = await makeRandomRunner(tmp.dir);
  });

  it(
    `incremental equals full after every step (seed ${SEED}, ${RUNS} sequences of up to 8 steps of up to 4 edits${KINDS ? ` of kinds ${KINDS.join(", ")}` : ""})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(stepsArb(8, 4, KINDS), (steps) => runner.run(steps)),
        {
          seed: SEED,
          numRuns: RUNS,
          endOnFailure: !process.env.PYCPG_SHRINK,
        },
      );
      expect(runner.runs).toBeGreaterThanOrEqual(RUNS);
    },
    Math.max(600_000, RUNS * 60_000),
  );
});
