import { describe, expect, it } from "vitest";
import { InputError, readInputs } from "./inputs.ts";

const from = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("action inputs", () => {
  it("gives the documented defaults when nothing is set", () => {
    const i = readInputs(from({}));
    expect(i).toMatchObject({
      workingDirectory: ".",
      stateDir: ".pycpg/state",
      outputDir: ".pycpg/out",
      cache: true,
      cacheKeyPrefix: "pycpg",
      saveCache: "default-branch",
      comment: "on-change",
      commentHeader: "pycpg",
      uploadArtifact: true,
      artifactRetentionDays: 0,
      base: null,
      head: null,
      verify: false,
      nativeRegistry: "https://registry.npmjs.org",
    });
    expect(i.include).toEqual([]);
  });

  it("reads newline-separated globs, skipping blank lines and comments", () => {
    const i = readInputs(from({ include: "src/**\n\n# tests too\ntests/**\r\n", exclude: "  **/gen_*.py  " }));
    expect(i.include).toEqual(["src/**", "tests/**"]);
    expect(i.exclude).toEqual(["**/gen_*.py"]);
  });

  it("accepts the boolean spellings YAML users write and trims a registry's trailing slash", () => {
    const i = readInputs(from({ cache: "False", verify: "yes", "upload-artifact": "0", "native-registry": "http://127.0.0.1:4873/" }));
    expect([i.cache, i.verify, i.uploadArtifact, i.nativeRegistry]).toEqual([false, true, false, "http://127.0.0.1:4873"]);
  });

  it.each([
    ["save-cache", "sometimes", /save-cache.*default-branch, always, never/],
    ["comment", "maybe", /comment.*always, on-change, never/],
    ["cache", "perhaps", /cache.*true or false/],
    ["artifact-retention-days", "91", /1 to 90/],
    ["artifact-retention-days", "-1", /whole number/],
    ["base", "--upload-pack=evil", /neither a 40-character commit SHA nor a branch/],
    ["base", "abc1234", /abbreviated SHA/],
    ["head", "a b", /neither a 40-character commit SHA nor a branch/],
    ["native-registry", "ftp://x", /http\(s\) URL/],
    ["cache-key-prefix", "a,b", /commas/],
    ["comment-header", "x -->", /-->/],
  ])("refuses %s=%s with a message naming the input and what it takes", (name, value, message) => {
    expect(() => readInputs(from({ [name]: value }))).toThrow(InputError);
    expect(() => readInputs(from({ [name]: value }))).toThrow(message);
  });
});
