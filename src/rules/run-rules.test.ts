/**
 * The scheduler that runs rule outputs on several connections: an output never starts before the
 * outputs it reads are written, independent outputs run at once, a failure stops the rest.
 */
import { describe, expect, it } from "vitest";
import { RULE_INPUTS } from "../pipeline/run-build.ts";
import { loadRules } from "./rule-registry.ts";
import { ruleDependencies, schedule } from "./run-rules.ts";

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

/** Runs `items` with `deps` on `lanes` lanes; each item takes `ticks[item]` timer ticks. */
async function trace(items: string[], deps: Record<string, string[]>, lanes: number, ticks: Record<string, number> = {}, fail?: string) {
  const events: string[] = [];
  let running = 0;
  let peak = 0;
  const depMap = new Map(items.map((i) => [i, new Set(deps[i] ?? [])]));
  const run = async (lane: number, item: string) => {
    events.push(`start ${item}`);
    running++;
    peak = Math.max(peak, running);
    for (let i = 0; i < (ticks[item] ?? 1); i++) await tick();
    running--;
    if (item === fail) throw new Error(`${item} failed on lane ${lane}`);
    events.push(`end ${item}`);
  };
  const error = await schedule(
    items,
    depMap,
    Array.from({ length: lanes }, (_, i) => i),
    run,
  ).then(
    () => null,
    (e: unknown) => e as Error,
  );
  return { events, peak, error };
}

describe("schedule", () => {
  it("starts an item only after all its dependencies ended, and runs independent items at once", async () => {
    const deps = { b: ["a"], c: ["a"], d: ["b", "c"], e: [] };
    const { events, peak, error } = await trace(["a", "b", "c", "d", "e"], deps, 2, { a: 3, e: 1 });
    expect(error).toBeNull();
    for (const [item, ds] of Object.entries(deps)) {
      for (const d of ds) expect(events.indexOf(`start ${item}`), `${item} after ${d}`).toBeGreaterThan(events.indexOf(`end ${d}`));
    }
    expect(events.filter((e) => e.startsWith("end")).sort()).toEqual(["end a", "end b", "end c", "end d", "end e"]);
    expect(peak).toBe(2);
  });

  it("on one lane runs the items one at a time, longest chain first (ties in the given order)", async () => {
    // chains: a -> b -> c is 3 long from a, 2 from b; x and c are 1 long
    const { events, peak } = await trace(["x", "a", "b", "c"], { b: ["a"], c: ["b"] }, 1);
    expect(peak).toBe(1);
    expect(events.filter((e) => e.startsWith("start"))).toEqual(["start a", "start b", "start x", "start c"]);
  });

  it("stops starting items after a failure and rethrows it once the running ones end", async () => {
    const { events, error } = await trace(["a", "b", "c", "slow"], { b: ["a"], c: ["b"] }, 2, { slow: 4 }, "a");
    expect(error?.message).toMatch(/^a failed/);
    expect(events).toContain("end slow");
    expect(events).not.toContain("start b");
    expect(events).not.toContain("start c");
  });
});

describe("ruleDependencies", () => {
  it("lists, for each output, the other outputs of the run its rules read", () => {
    const registry = loadRules(RULE_INPUTS);
    const todo = registry.outputs.filter((o) => o !== "module_index");
    const deps = ruleDependencies(registry, todo);
    expect([...(deps.get("import_edges") ?? [])].sort()).toEqual(["import_modules", "module_exports"]);
    // class_mro reads its own previous rows: not a dependency on itself
    expect(deps.get("class_mro")?.has("class_mro")).toBe(false);
    // module_index is not rewritten by this run: nobody waits for it
    expect([...deps.values()].some((d) => d.has("module_index"))).toBe(false);
    expect(deps.get("cpg_props")?.size).toBe(0);
  });
});
