/**
 * SCIP character offsets -> pycpg spans (UTF-8 byte offsets, 1-based lines, 0-based byte columns:
 * docs/schema.md "Spans").
 *
 * A SCIP document says its unit in `position_encoding`; scip-python 0.6.6 leaves it unspecified
 * (and writes `text_document_encoding = UTF8` in the metadata, which is the file's encoding, not
 * the position unit). Checked against files with non-ASCII text before an occurrence on the same
 * line (Django's `'Added “%(object)s”.'`, and a test file with U+1F600, which tells UTF-16 from
 * code points): scip-python counts **UTF-16 code units** (it is pyright, whose offsets are
 * JavaScript string indices). So an unspecified encoding is read as UTF-16 here.
 *
 * Lines are split at "\n" as pycpg does; a UTF-8 BOM is not part of line 0's characters (the
 * indexer reads decoded text) but counts in byte offsets (pycpg counts it).
 */
import { PositionEncoding } from "./scip-schema.ts";

export type PositionUnit = "utf8" | "utf16" | "utf32";

/** The unit of a document's character offsets; `Unspecified` is UTF-16 (what scip-python writes). */
export function positionUnitOf(positionEncoding: number): PositionUnit {
  switch (positionEncoding) {
    case PositionEncoding.Utf8CodeUnitOffsetFromLineStart:
      return "utf8";
    case PositionEncoding.Utf32CodeUnitOffsetFromLineStart:
      return "utf32";
    default:
      return "utf16";
  }
}

/** A position in pycpg's terms. */
export interface BytePosition {
  /** UTF-8 byte offset into the file as stored. */
  readonly offset: number;
  /** 1-based line. */
  readonly line: number;
  /** 0-based byte column. */
  readonly col: number;
}

/** Length in bytes of the UTF-8 sequence starting with byte `b` (1 for a stray continuation byte). */
function seqLength(b: number): number {
  if (b < 0xc0) return 1;
  if (b < 0xe0) return 2;
  if (b < 0xf0) return 3;
  return 4;
}

/**
 * Converts (0-based line, character in `unit`) positions of one file to byte positions. Built once
 * per file from its bytes; a conversion walks only the line's bytes up to the position (ASCII lines
 * and ASCII-only prefixes are O(1) past a scan of the prefix).
 */
export class ScipPositionMapper {
  private readonly starts: number[];
  private readonly bom: number;

  constructor(private readonly bytes: Uint8Array) {
    this.bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const starts = [0];
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts.push(i + 1);
    this.starts = starts;
  }

  /** Number of lines ("\n"-separated; a final line without newline counts). */
  get lineCount(): number {
    return this.starts.length;
  }

  /**
   * The byte position of character `char` (counted in `unit`) on 0-based `line`, or null when the
   * line does not exist. A character past the end of the line clamps to the line's end; a position
   * inside a multi-unit character (half a surrogate pair) maps to that character's first byte.
   */
  toBytes(line: number, char: number, unit: PositionUnit): BytePosition | null {
    if (line < 0 || line >= this.starts.length || char < 0) return null;
    const lineStart = (this.starts[line] as number) + (line === 0 ? this.bom : 0);
    const next = line + 1 < this.starts.length ? (this.starts[line + 1] as number) - 1 : this.bytes.length;
    let i = lineStart;
    let units = 0;
    while (i < next && units < char) {
      const b = this.bytes[i] as number;
      const len = Math.min(seqLength(b), next - i);
      const step = unit === "utf8" ? len : unit === "utf16" ? (len === 4 ? 2 : 1) : 1;
      if (units + step > char) break;
      units += step;
      i += len;
    }
    return { offset: i, line: line + 1, col: i - (this.starts[line] as number) };
  }
}
