/**
 * Working-tree changes (not only commits) through incremental builds: the git proposal is the
 * diff between the state's recorded commit and the work tree (staged, unstaged, untracked), plus
 * the paths that were dirty when the state was built, so an uncommitted edit is picked up and so
 * is its revert, even when the revert restores the size and the mtime. Each step is compared with
 * a full build (published tables and every internal dataset).
 */
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFull, buildInc, copySampleRepo, expectSameAsFull, git, gitCommitAll, gitInit, type Sides, scratch, sidesFor } from "./support/incremental.ts";

const tmp = scratch("worktree");
afterAll(() => tmp.cleanup());

describe("working-tree (uncommitted) changes", () => {
  let s: Sides;
  const pricing = () => join(s.repo, "shop/pricing.py");

  beforeAll(async () => {
    const work = tmp.dir("worktree");
    const repo = join(work, "repo");
    copySampleRepo(repo);
    gitInit(repo);
    s = sidesFor(repo, work);
    expect((await buildInc(s)).mode).toBe("full");
  });

  async function step(context: string, expectedChanged: { path: string; status: string }[]) {
    const r = await buildInc(s);
    await buildFull(s);
    expect(r.mode, context).toBe("incremental");
    expect(
      r.changed.map((c) => ({ path: c.path, status: c.status })),
      context,
    ).toEqual(expectedChanged);
    await expectSameAsFull(s, context);
    return r;
  }

  it("an uncommitted edit is picked up, and so is its revert (even with size and mtime restored)", async () => {
    const original = readFileSync(pricing());
    const st = statSync(pricing(), { bigint: true });
    // Same size, different bytes: `quantize` -> `quantise` in the first definition.
    const edited = Buffer.from(original.toString("latin1").replace("def quantize(amount: Decimal)", "def quantise(amount: Decimal)"), "latin1");
    expect(edited.length).toBe(original.length);
    writeFileSync(pricing(), edited);
    await step("uncommitted edit", [{ path: "shop/pricing.py", status: "modified" }]);
    await step("nothing changed since", []);

    // Revert the work tree to the committed bytes and put the old mtime back: stat data match the
    // commit-time snapshot, but the state was built with the edit; it must be picked up.
    writeFileSync(pricing(), original);
    utimesSync(pricing(), new Date(Number(st.atimeMs)), new Date(Number(st.mtimeMs)));
    await step("uncommitted edit reverted", [{ path: "shop/pricing.py", status: "modified" }]);
    await step("nothing changed since the revert", []);
  });

  it("a same-size edit with the mtime put back is still found (git compares content, not stat data)", async () => {
    const original = readFileSync(pricing());
    const st = statSync(pricing());
    writeFileSync(pricing(), Buffer.from(original.toString("latin1").replace("ROUND_HALF_UP, Decimal", "ROUND_HALF_UP, Dezimal"), "latin1"));
    expect(statSync(pricing()).size).toBe(st.size);
    utimesSync(pricing(), st.atime, st.mtime);
    await step("same-size edit, mtime restored", [{ path: "shop/pricing.py", status: "modified" }]);
    git(s.repo, "checkout", "-q", "HEAD", "--", "shop/pricing.py");
    await step("checked out again", [{ path: "shop/pricing.py", status: "modified" }]);
  });

  it("untracked files are added, and removing them deletes them", async () => {
    writeFileSync(join(s.repo, "shop/untracked_mod.py"), "from .pricing import quantize\n\nQ = quantize\n");
    await step("untracked file", [{ path: "shop/untracked_mod.py", status: "added" }]);
    rmSync(join(s.repo, "shop/untracked_mod.py"));
    await step("untracked file removed", [{ path: "shop/untracked_mod.py", status: "deleted" }]);
  });

  it("a staged change is picked up; committing it afterwards is no change", async () => {
    const helpers = join(s.repo, "shop/helpers.py");
    writeFileSync(helpers, `${readFileSync(helpers, "utf8")}\n\ndef staged_helper():\n    return 0\n`);
    git(s.repo, "add", "shop/helpers.py");
    await step("staged change", [{ path: "shop/helpers.py", status: "modified" }]);
    gitCommitAll(s.repo, "commit the staged change");
    await step("committed what was already built", []);
  });

  it("an uncommitted move and a deletion: the move is a rename (identical content), the deletion a deletion", async () => {
    git(s.repo, "mv", "shop/sync.py", "shop/core/sync.py");
    rmSync(join(s.repo, "shop/reports.py"));
    await step("moved and deleted in the work tree", [
      { path: "shop/core/sync.py", status: "renamed" },
      { path: "shop/reports.py", status: "deleted" },
    ]);
    gitCommitAll(s.repo, "commit the move and the deletion");
    await step("committed", []);
  });

  it("a repository that is a subdirectory of the git work tree: its edits count, the rest of the work tree does not", async () => {
    const work = tmp.dir("subdir");
    const top = join(work, "top");
    copySampleRepo(join(top, "sub"));
    writeFileSync(join(top, "outside.py"), "X = 1\n");
    gitInit(top);
    const sub: Sides = sidesFor(join(top, "sub"), work);
    expect((await buildInc(sub)).mode).toBe("full");
    writeFileSync(join(top, "outside.py"), "X = 2\n");
    const helpers = join(top, "sub/shop/helpers.py");
    writeFileSync(helpers, `${readFileSync(helpers, "utf8")}\nY = 3\n`);
    gitCommitAll(top, "edit inside and outside");
    writeFileSync(join(top, "sub/shop/new_in_sub.py"), "Z = 1\n");
    const r = await buildInc(sub);
    await buildFull(sub);
    expect(r.mode).toBe("incremental");
    expect(r.changed.map((c) => `${c.status} ${c.path}`)).toEqual(["modified shop/helpers.py", "added shop/new_in_sub.py"]);
    await expectSameAsFull(sub, "subdirectory repository");
  });
});
