/**
 * Decoding Python source bytes into the string tree-sitter parses, while keeping every span
 * addressable as a UTF-8 byte offset into the file *as stored* (BOM and invalid bytes included).
 *
 * tree-sitter's JS binding reports positions in UTF-16 code units of the string it was given.
 * `byteAt[i]` maps such an index to the raw byte offset; for pure-ASCII files (the common case)
 * the mapping is the identity and no table is allocated.
 */

export type SourceEncoding = "ascii" | "utf-8" | "utf-8-bom" | "invalid-utf-8" | string;

export interface SourceText {
  /** The text handed to the parser (BOM removed, invalid bytes replaced by U+FFFD). */
  readonly text: string;
  /** "ascii", "utf-8", "utf-8-bom", "invalid-utf-8", or the PEP 263 coding cookie's name. */
  readonly encoding: SourceEncoding;
  /** UTF-16 index -> raw byte offset, length text.length + 1; null when the mapping is the identity. */
  readonly byteAt: Uint32Array | null;
  /** Number of undecodable bytes replaced by U+FFFD. */
  readonly invalidBytes: number;
  /** Byte offset of the first undecodable byte, or -1. */
  readonly firstInvalidByte: number;
}

const UTF8_ALIASES = new Set(["utf-8", "utf8", "utf_8", "u8", "utf", "cp65001"]);

/** Reads a PEP 263 coding cookie from the first two lines, lower-cased, or null. */
export function readCodingCookie(bytes: Uint8Array): string | null {
  let lineStart = 0;
  for (let line = 0; line < 2 && lineStart < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, lineStart);
    if (end < 0) end = bytes.length;
    const text = latin1(bytes, lineStart, Math.min(end, lineStart + 200));
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(text);
    if (m?.[1]) return m[1].toLowerCase();
    // The cookie may only be on line 2 if line 1 is a comment or blank.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(text)) return null;
    lineStart = end + 1;
  }
  return null;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = "";
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i] as number);
  return s;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

/** Decodes source bytes; never throws. */
export function decodeSource(bytes: Uint8Array): SourceText {
  if (isAscii(bytes)) {
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
      encoding: "ascii",
      byteAt: null,
      invalidBytes: 0,
      firstInvalidByte: -1,
    };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const cookie = hasBom ? null : readCodingCookie(bytes);
  if (cookie && !UTF8_ALIASES.has(cookie)) {
    const legacy = decodeLegacy(bytes, cookie);
    if (legacy) return legacy;
  }
  return decodeUtf8(bytes, hasBom ? 3 : 0);
}

/** UTF-8 decoding with a byte map; each byte of an invalid sequence becomes one U+FFFD. */
function decodeUtf8(bytes: Uint8Array, start: number): SourceText {
  const n = bytes.length;
  const byteAt = new Uint32Array(n - start + 1);
  const parts: string[] = [];
  let chunk: number[] = [];
  let units = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, chunk));
    chunk = [];
  };
  let i = start;
  while (i < n) {
    const b0 = bytes[i] as number;
    let cp = -1;
    let len = 1;
    if (b0 < 0x80) cp = b0;
    else if (b0 >= 0xc2 && b0 <= 0xdf && i + 1 < n) {
      const b1 = bytes[i + 1] as number;
      if ((b1 & 0xc0) === 0x80) {
        cp = ((b0 & 0x1f) << 6) | (b1 & 0x3f);
        len = 2;
      }
    } else if (b0 >= 0xe0 && b0 <= 0xef && i + 2 < n) {
      const b1 = bytes[i + 1] as number;
      const b2 = bytes[i + 2] as number;
      if ((b1 & 0xc0) === 0x80 && (b2 & 0xc0) === 0x80) {
        const c = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
          cp = c;
          len = 3;
        }
      }
    } else if (b0 >= 0xf0 && b0 <= 0xf4 && i + 3 < n) {
      const b1 = bytes[i + 1] as number;
      const b2 = bytes[i + 2] as number;
      const b3 = bytes[i + 3] as number;
      if ((b1 & 0xc0) === 0x80 && (b2 & 0xc0) === 0x80 && (b3 & 0xc0) === 0x80) {
        const c = ((b0 & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
        if (c >= 0x10000 && c <= 0x10ffff) {
          cp = c;
          len = 4;
        }
      }
    }
    if (cp < 0) {
      cp = 0xfffd;
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
    }
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      byteAt[units++] = i;
      byteAt[units++] = i;
      chunk.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      byteAt[units++] = i;
      chunk.push(cp);
    }
    if (chunk.length >= 8192) flush();
    i += len;
  }
  flush();
  byteAt[units] = n;
  return {
    text: parts.join(""),
    encoding: invalid > 0 ? "invalid-utf-8" : start > 0 ? "utf-8-bom" : "utf-8",
    byteAt: byteAt.subarray(0, units + 1),
    invalidBytes: invalid,
    firstInvalidByte: firstInvalid,
  };
}

/**
 * Decodes a file that declares a legacy encoding (latin-1, cp1252, shift_jis, ...). The decoder is
 * fed one byte at a time so the byte offset of every character is known; this is slow but such
 * files are rare. Returns null when the platform does not know the encoding.
 */
function decodeLegacy(bytes: Uint8Array, label: string): SourceText | null {
  // Python spells codecs "latin-1", "iso_8859_15", "cp1252"; the WHATWG labels differ slightly.
  const base = label.replace(/_/g, "-");
  const candidates = [
    base,
    base.replace(/-/g, ""),
    base.replace(/-/g, "_"),
    base.replace(/^cp(\d+)$/, "windows-$1"),
    base.replace(/^(latin|iso-latin)-?1$/, "latin1"),
  ];
  let decoder: TextDecoder | null = null;
  for (const c of candidates) {
    try {
      decoder = new TextDecoder(c, { fatal: false });
      break;
    } catch {
      // try the next spelling
    }
  }
  if (!decoder) return null;
  const byteAt: number[] = [];
  const parts: string[] = [];
  let pendingStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    const out = decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    if (out.length > 0) {
      for (let k = 0; k < out.length; k++) byteAt.push(pendingStart);
      parts.push(out);
      pendingStart = i + 1;
    }
  }
  const tail = decoder.decode();
  for (let k = 0; k < tail.length; k++) byteAt.push(pendingStart);
  parts.push(tail);
  byteAt.push(bytes.length);
  const text = parts.join("");
  let invalid = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 0xfffd) invalid++;
  return { text, encoding: label, byteAt: Uint32Array.from(byteAt), invalidBytes: invalid, firstInvalidByte: -1 };
}

/** Byte offsets at which each line starts (line 1 starts at 0); lines end at "\n". */
export function lineStarts(bytes: Uint8Array): Uint32Array {
  let count = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) count++;
  const starts = new Uint32Array(count);
  let k = 1;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) starts[k++] = i + 1;
  return starts;
}

/** 0-based line index containing byte offset `b` (binary search over `starts`). */
export function lineIndexOf(starts: Uint32Array, b: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= b) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
