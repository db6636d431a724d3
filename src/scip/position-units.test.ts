import { describe, expect, it } from "vitest";
import { positionUnitOf, ScipPositionMapper } from "./position-units.ts";
import { PositionEncoding } from "./scip-schema.ts";

const enc = (s: string) => new TextEncoder().encode(s);

describe("ScipPositionMapper", () => {
  // Line 1 holds a 4-byte character (2 UTF-16 units) and a 2-byte one before `helper`.
  const src = 'import os\ns = "😀é"; t = helper(2)\n\tx\n';
  const m = new ScipPositionMapper(enc(src));
  const helperByte = Buffer.from(src).indexOf("helper");

  it("maps UTF-16, UTF-8 and code-point columns to the same byte position", () => {
    const expected = { offset: helperByte, line: 2, col: helperByte - 10 };
    expect(m.toBytes(1, 15, "utf16")).toEqual(expected); // s = "(5) 😀(2) é(1) "; t = (7)
    expect(m.toBytes(1, 14, "utf32")).toEqual(expected);
    expect(m.toBytes(1, 18, "utf8")).toEqual(expected);
    expect(new TextDecoder().decode(enc(src).subarray(helperByte, helperByte + 6))).toBe("helper");
  });

  it("handles ASCII lines, the last line, past-the-end and missing lines", () => {
    expect(m.toBytes(0, 7, "utf16")).toEqual({ offset: 7, line: 1, col: 7 });
    expect(m.toBytes(2, 1, "utf16")?.col).toBe(1);
    expect(m.toBytes(2, 99, "utf16")).toEqual({ offset: Buffer.from(src).indexOf("\tx") + 2, line: 3, col: 2 }); // clamps at the newline
    expect(m.toBytes(3, 0, "utf16")).toEqual({ offset: enc(src).length, line: 4, col: 0 });
    expect(m.toBytes(4, 0, "utf16")).toBeNull();
    expect(m.lineCount).toBe(4);
  });

  it("maps a position inside a surrogate pair to the character's first byte", () => {
    const start = enc('import os\ns = "').length;
    expect(m.toBytes(1, 6, "utf16")?.offset).toBe(start);
  });

  it("counts a BOM in byte offsets but not in line 0's characters", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc("x = 1\ny = x\n")]);
    const b = new ScipPositionMapper(bom);
    expect(b.toBytes(0, 4, "utf16")).toEqual({ offset: 7, line: 1, col: 7 });
    expect(b.toBytes(1, 4, "utf16")).toEqual({ offset: 13, line: 2, col: 4 });
  });
});

describe("positionUnitOf", () => {
  it("reads an unspecified encoding as UTF-16 (scip-python)", () => {
    expect(positionUnitOf(PositionEncoding.Unspecified)).toBe("utf16");
    expect(positionUnitOf(PositionEncoding.Utf8CodeUnitOffsetFromLineStart)).toBe("utf8");
    expect(positionUnitOf(PositionEncoding.Utf16CodeUnitOffsetFromLineStart)).toBe("utf16");
    expect(positionUnitOf(PositionEncoding.Utf32CodeUnitOffsetFromLineStart)).toBe("utf32");
  });
});
