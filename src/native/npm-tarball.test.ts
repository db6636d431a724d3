/** The tarball reader, on archives written by the system's GNU tar (pax and GNU long names, links, an escaping path). */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unpackNpmTarball } from "./npm-tarball.ts";

const root = mkdtempSync(join(tmpdir(), "pycpg-tarball-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
function tarball(files: Record<string, string>, extra: string[] = [], links: Record<string, string> = {}): Buffer {
  const src = join(root, `src-${n++}`);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(src, p, ".."), { recursive: true });
    writeFileSync(join(src, p), text);
  }
  for (const [p, target] of Object.entries(links)) symlinkSync(target, join(src, p));
  const out = join(root, `t-${n++}.tgz`);
  execFileSync("tar", ["-czf", out, "-C", src, ...extra, "package"], { stdio: ["ignore", "ignore", "ignore"] });
  return readFileSync(out);
}

describe("unpackNpmTarball", () => {
  const deep = `package/${"d".repeat(120)}/${"e".repeat(90)}/file.txt`;
  for (const format of ["pax", "gnu", "ustar"]) {
    it(`unpacks a ${format} archive without its first path component${format === "ustar" ? "" : ", long names included"}`, () => {
      const files: Record<string, string> = { "package/package.json": '{"name":"x"}', "package/lib/a.bin": "\u0000\u0001binary" };
      if (format !== "ustar") files[deep] = "deep";
      const dest = join(root, `dest-${n++}`);
      const written = unpackNpmTarball(tarball(files, [`--format=${format}`], { "package/link": "lib/a.bin" }), dest);
      const expected = Object.keys(files).map((p) => p.slice("package/".length));
      expect([...written].sort()).toEqual([...expected].sort());
      for (const p of expected) expect(readFileSync(join(dest, p), "utf8")).toBe(files[`package/${p}`]);
      expect(existsSync(join(dest, "link"))).toBe(false); // links are not part of an npm package
    });
  }

  it("refuses an entry that would land outside the destination, and data that is not gzip", () => {
    const dest = join(root, `dest-${n++}`);
    const evil = tarball({ "package/x.txt": "x" }, ["--transform", "s,^package/x.txt,package/../../escaped.txt,"]);
    expect(() => unpackNpmTarball(evil, dest)).toThrow(/refusing entry "package\/\.\.\/\.\.\/escaped\.txt"/);
    expect(existsSync(join(dest, "..", "escaped.txt"))).toBe(false);
    expect(() => unpackNpmTarball(Buffer.from("not a tarball"), dest)).toThrow(/not valid gzip/);
  });
});
